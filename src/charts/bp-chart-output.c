/* bp-chart-output.c: charts as image surfaces and as PNG, SVG and PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "bp-atomic-file.h"
#include "bp-chart-private.h"

/* cairo's own limit for image surfaces */
#define MAX_PIXELS 32767

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} FileFormat;

typedef struct
{
  int fd;
  int saved_errno;
} StreamTarget;

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  StreamTarget *target = closure;

  while (length > 0)
    {
      ssize_t written = write (target->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          target->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
format_from_path (const char  *path,
                  FileFormat  *format,
                  GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_set_error (error, BP_CHART_ERROR, BP_CHART_ERROR_UNSUPPORTED_FORMAT,
                   /* Translators: %s is the file name the user gave, as in "Cannot write
                    * the chart to “chart.gif”: the file name must end in .png, .svg or
                    * .pdf" */
                   _("Cannot write the chart to “%s”: the file name must end in .png, .svg "
                     "or .pdf"),
                   display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  display = g_filename_display_name (path);
  g_set_error (error, BP_CHART_ERROR, BP_CHART_ERROR_RENDER,
               /* Translators: the file, then cairo's description of what failed (in
                * English), as in "Could not draw the chart into “/tmp/fte.png”: out of
                * memory" */
               _("Could not draw the chart into “%s”: %s"), display,
               cairo_status_to_string (status));
  return FALSE;
}

/* Draws the chart into @target's stream. The caller has already checked the size. */
static cairo_status_t
render_stream (BpChart            *chart,
               FileFormat          format,
               double              width,
               double              height,
               const BpChartTheme *theme,
               StreamTarget       *target)
{
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case FORMAT_PNG:
      surface = bp_chart_render_to_surface (chart, (int) ceil (width), (int) ceil (height), 1.0,
                                            theme);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, write_to_fd, target);
      cairo_surface_destroy (surface);
      return status;

    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_fd, target, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_fd, target, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Boardpack");
      if (chart->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, chart->title);
      break;

    default:
      g_assert_not_reached ();
    }

  cr = cairo_create (surface);
  bp_chart_draw (chart, cr, width, height, theme);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * bp_chart_render_to_surface:
 * @chart: a chart
 * @width: width in user units (logical pixels)
 * @height: height in user units
 * @scale: device scale: 1, or 2 for HiDPI (the surface is then 2 x @width pixels wide)
 * @theme: (nullable): the theme; NULL: light
 *
 * Draws the chart into a new ARGB32 image surface, for tests, the clipboard and PNG.
 * Hit testing afterwards uses user units, as for bp_chart_draw().
 *
 * Returns: (transfer full): the surface; check cairo_surface_status() (an invalid size
 *   gives a surface in an error state)
 */
cairo_surface_t *
bp_chart_render_to_surface (BpChart            *chart,
                            int                 width,
                            int                 height,
                            double              scale,
                            const BpChartTheme *theme)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  int pixel_width;
  int pixel_height;

  g_return_val_if_fail (chart != NULL, NULL);

  if (!(scale > 0) || !isfinite (scale))
    scale = 1.0;
  pixel_width = (int) ceil (width * scale);
  pixel_height = (int) ceil (height * scale);
  if (width <= 0 || height <= 0 || pixel_width > MAX_PIXELS || pixel_height > MAX_PIXELS)
    return cairo_image_surface_create (CAIRO_FORMAT_INVALID, 0, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;
  cairo_surface_set_device_scale (surface, scale, scale);

  cr = cairo_create (surface);
  bp_chart_draw (chart, cr, width, height, theme);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/**
 * bp_chart_write_file:
 * @chart: a chart
 * @path: the file to write; its extension (.png, .svg or .pdf, any case) picks the format
 * @width: width in pixels (PNG, SVG) or points (PDF: one page of @width x @height)
 * @height: height
 * @theme: (nullable): the theme; NULL: light
 * @error: return location for an error
 *
 * Writes the chart to a temporary file beside @path and renames it over @path only
 * when complete, so @path is never left half-written; on failure @path is untouched.
 *
 * Returns: whether the file was written
 */
gboolean
bp_chart_write_file (BpChart             *chart,
                     const char          *path,
                     double               width,
                     double               height,
                     const BpChartTheme  *theme,
                     GError             **error)
{
  BpAtomicFile file = BP_ATOMIC_FILE_INIT;
  StreamTarget target = { -1, 0 };
  FileFormat format;
  cairo_status_t status;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!format_from_path (path, &format, error))
    return FALSE;
  if (!(width >= 1 && height >= 1 && width <= MAX_PIXELS && height <= MAX_PIXELS))
    {
      g_set_error (error, BP_CHART_ERROR, BP_CHART_ERROR_INVALID_SIZE,
                   /* Translators: the width and height asked for, then the largest
                    * allowed, as in "Cannot draw a chart of 0 × 400: width and height must
                    * be between 1 and 32767" */
                   _("Cannot draw a chart of %g × %g: width and height must be between 1 "
                     "and %d"),
                   width, height, MAX_PIXELS);
      return FALSE;
    }

  if (!bp_atomic_file_open (&file, path, BP_ATOMIC_FILE_KEEP_MODE, NULL))
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (file.saved_errno),
                   /* Translators: the folder, then the system's description of the error,
                    * as in "Cannot write the chart in the folder “/tmp/out”: Permission
                    * denied" */
                   _("Cannot write the chart in the folder “%s”: %s"), display,
                   g_strerror (file.saved_errno));
      return FALSE;
    }
  target.fd = file.fd;

  status = render_stream (chart, format, width, height, theme, &target);
  if (target.saved_errno == 0 && status == CAIRO_STATUS_SUCCESS &&
      !bp_atomic_file_commit (&file, NULL))
    target.saved_errno = file.saved_errno;

  if (target.saved_errno != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      bp_atomic_file_abort (&file);
      if (target.saved_errno != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (target.saved_errno),
                       /* Translators: the file, then the system's description of the
                        * error, as in "Could not write the chart to “/tmp/fte.png”: No
                        * space left on device" */
                       _("Could not write the chart to “%s”: %s"), display,
                       g_strerror (target.saved_errno));
          return FALSE;
        }
      return check_status (status, path, error);
    }
  return TRUE;
}

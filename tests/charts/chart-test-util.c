/* chart-test-util.c: pixels, reference images and data files for the chart tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <pango/pangocairo.h>

#include "bp-chart-private.h"
#include "chart-test-util.h"

/* Image comparison: both images are averaged over BLOCK x BLOCK pixel blocks, which
 * absorbs sub-pixel differences of antialiasing; a block "differs" when a channel's
 * average moved by more than BLOCK_TOLERANCE (of 255). A missing line of a series
 * changes dozens of blocks. */
#define BLOCK 4
#define BLOCK_TOLERANCE 40

/**
 * test_theme_init:
 * @theme: (out caller-allocates): a theme
 * @kind: light, dark, high contrast
 *
 * The theme with the font pinned to TEST_FONT, so images do not depend on the
 * machine's default sans-serif font.
 */
void
test_theme_init (BpChartTheme     *theme,
                 BpChartThemeKind  kind)
{
  bp_chart_theme_init (theme, kind);
  theme->font_family = TEST_FONT;
}

gboolean
test_font_available (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoFontFamily **families = NULL;
  gboolean found = FALSE;
  int n = 0;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), TEST_FONT) == 0;
  g_free (families);

  return found;
}

/* Un-premultiplied 0-255 channels of the pixel at device coordinates (x, y). */
TestPixel
test_pixel_at (cairo_surface_t *surface,
               int              x,
               int              y)
{
  TestPixel pixel = { 0, 0, 0, 0 };
  const unsigned char *data;
  guint32 argb;
  int stride;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32
                 || cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24);
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  argb = *(const guint32 *) (const void *) (data + (gsize) y * stride + (gsize) x * 4);

  pixel.alpha = cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24
                  ? 0xff
                  : (argb >> 24) & 0xff;
  if (pixel.alpha == 0)
    return pixel;
  pixel.red = (int) (((argb >> 16) & 0xff) * 255 / pixel.alpha);
  pixel.green = (int) (((argb >> 8) & 0xff) * 255 / pixel.alpha);
  pixel.blue = (int) ((argb & 0xff) * 255 / pixel.alpha);

  return pixel;
}

/* The largest channel difference between @pixel and @color, 0-255. */
int
test_pixel_distance (TestPixel           pixel,
                     const BpChartColor *color)
{
  int dr = abs (pixel.red - (int) lround (color->red * 255));
  int dg = abs (pixel.green - (int) lround (color->green * 255));
  int db = abs (pixel.blue - (int) lround (color->blue * 255));

  return MAX (dr, MAX (dg, db));
}

double
test_pixel_luminance (TestPixel pixel)
{
  return (0.2126 * pixel.red + 0.7152 * pixel.green + 0.0722 * pixel.blue) / 255.0;
}

/* A file under tests/charts/data, wherever G_TEST_SRCDIR points (tests/ or
 * tests/charts/). */
char *
test_data_path (const char *name)
{
  g_autofree char *nested = g_test_build_filename (G_TEST_DIST, "charts", "data", NULL);

  /* tests/data exists too (other suites' fixtures): charts/data first */
  if (g_file_test (nested, G_FILE_TEST_IS_DIR))
    return g_build_filename (nested, name, NULL);

  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static void
block_average (cairo_surface_t *surface,
               int              bx,
               int              by,
               double           out[3])
{
  int n = 0;

  out[0] = out[1] = out[2] = 0;
  for (int y = by * BLOCK; y < (by + 1) * BLOCK; y++)
    for (int x = bx * BLOCK; x < (bx + 1) * BLOCK; x++)
      {
        TestPixel p = test_pixel_at (surface, x, y);

        out[0] += p.red;
        out[1] += p.green;
        out[2] += p.blue;
        n++;
      }
  for (int i = 0; i < 3; i++)
    out[i] /= n;
}

static gboolean
block_has_text (BpChart *chart,
                int      bx,
                int      by)
{
  BpChartRect block = { bx * BLOCK, by * BLOCK, BLOCK, BLOCK };

  for (guint i = 0; chart != NULL && i < _bp_chart_get_n_text_boxes (chart); i++)
    {
      BpChartRect box;

      _bp_chart_get_text_box (chart, i, &box);
      /* a pixel of margin for antialiasing, and for halos and boxes around labels */
      if (block.x < box.x + box.width + 4 && box.x - 4 < block.x + block.width
          && block.y < box.y + box.height + 2 && box.y - 2 < block.y + block.height)
        return TRUE;
    }

  return FALSE;
}

/**
 * test_compare_images:
 * @actual: a rendered image
 * @expected: the reference image, the same size
 * @mask_text_of: (nullable): the chart @actual was drawn from (at scale 1): blocks
 *   under its text are left out, so glyph rasterisation (hinting, FreeType versions)
 *   cannot fail the comparison; the words are tested by the summary and label tests
 *
 * Returns: the fraction of BLOCK x BLOCK blocks whose average colour differs by more
 *   than BLOCK_TOLERANCE in some channel; 1.0 if the sizes differ
 */
double
test_compare_images (cairo_surface_t *actual,
                     cairo_surface_t *expected,
                     BpChart         *mask_text_of)
{
  int width = cairo_image_surface_get_width (actual);
  int height = cairo_image_surface_get_height (actual);
  int blocks = 0;
  int differing = 0;

  if (width != cairo_image_surface_get_width (expected)
      || height != cairo_image_surface_get_height (expected))
    return 1.0;

  for (int by = 0; by < height / BLOCK; by++)
    for (int bx = 0; bx < width / BLOCK; bx++)
      {
        double a[3];
        double e[3];

        if (block_has_text (mask_text_of, bx, by))
          continue;
        block_average (actual, bx, by, a);
        block_average (expected, bx, by, e);
        blocks++;
        if (fabs (a[0] - e[0]) > BLOCK_TOLERANCE || fabs (a[1] - e[1]) > BLOCK_TOLERANCE
            || fabs (a[2] - e[2]) > BLOCK_TOLERANCE)
          differing++;
      }

  return blocks > 0 ? (double) differing / blocks : 0.0;
}

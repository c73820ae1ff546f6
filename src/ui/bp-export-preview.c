/* bp-export-preview.c: the PDF's first pages as pictures, before anything is written
 *
 * The pack is computed in a worker thread on a connection of its own to the database,
 * for the period and stage the window shows, and laid out exactly as the PDF would be
 * (bp_export_pdf_preview()); the pages come back as textures for the export dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-export-preview.h"
#include "bp-pack.h"
#include "bp-pdf-report.h"

typedef struct
{
  char            *db_path;
  BpReportOptions  options;
  BpProfile        profile;
  guint            n_pages;
  GPtrArray       *pages;   /* (element-type cairo_surface_t) */
  int              total;
} PreviewJob;

static void
preview_job_free (gpointer data)
{
  PreviewJob *job = data;

  g_free (job->db_path);
  g_clear_pointer (&job->pages, g_ptr_array_unref);
  g_free (job);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewJob *job = task_data;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpReport) report = NULL;
  g_autoptr(BpPack) pack = NULL;
  GError *error = NULL;

  store = bp_store_open (job->db_path, &error);
  if (store == NULL || !bp_store_begin_snapshot (store, &error) ||
      (report = bp_report_compute (store, &job->options, &error)) == NULL ||
      (pack = bp_pack_new (report, store, job->profile, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  job->pages = bp_export_pdf_preview (pack, job->n_pages, 1.0, &job->total, &error);
  if (job->pages == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * bp_export_preview_async:
 * @source: the object the task belongs to (the export dialog)
 *
 * Lays out the pack of @session's period, stage and years under @profile and draws its
 * first @n_pages pages, in a worker thread.
 */
void
bp_export_preview_async (GObject             *source,
                         BpSession           *session,
                         BpProfile            profile,
                         guint                n_pages,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PreviewJob *job = g_new0 (PreviewJob, 1);

  job->db_path = g_strdup (bp_store_get_path (bp_session_get_store (session)));
  job->options.period_end = bp_session_get_period_end (session);
  job->options.stage = bp_session_get_stage (session);
  job->options.years = bp_session_get_disparity_years (session);
  job->profile = profile;
  job->n_pages = n_pages;
  task = g_task_new (source, cancellable, callback, user_data);
  g_task_set_source_tag (task, bp_export_preview_async);
  g_task_set_task_data (task, job, preview_job_free);
  g_task_run_in_thread (task, preview_thread);
}

/* A page drawn by cairo (RGB24, native endian) as a texture. */
static GdkTexture *
page_texture (cairo_surface_t *page)
{
  int width = cairo_image_surface_get_width (page);
  int height = cairo_image_surface_get_height (page);
  int stride = cairo_image_surface_get_stride (page);
  g_autoptr(GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (page),
                                         (gsize) stride * (gsize) height);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, (gsize) stride);
}

/**
 * bp_export_preview_finish:
 * @out_total: (out): the pages the PDF will have
 *
 * Returns: (transfer full) (element-type GdkTexture): the pages, or NULL
 */
GPtrArray *
bp_export_preview_finish (GAsyncResult  *result,
                          int           *out_total,
                          GError       **error)
{
  PreviewJob *job = g_task_get_task_data (G_TASK (result));
  GPtrArray *textures;

  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bp_export_preview_async,
                        NULL);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  textures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < job->pages->len; i++)
    g_ptr_array_add (textures, page_texture (g_ptr_array_index (job->pages, i)));
  if (out_total)
    *out_total = job->total;
  return textures;
}

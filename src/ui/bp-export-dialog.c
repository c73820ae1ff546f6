/* bp-export-dialog.c: "Export board pack…": where, which format, for whom, in which
 * language
 *
 * The pack is computed and written in a worker thread on a connection of its own to the
 * database, for the period and stage the window shows; the main thread polls the
 * progress. A pack in the language the window is not in is written by `boardpack export
 * --language` in a process of its own, since the language of messages is the whole
 * process's (bp_i18n_use_language()). When done, the files can be opened from the
 * dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bp-export-dialog.h"
#include "bp-paper.h"
#include "bp-file-guard.h"
#include "bp-i18n.h"
#include "bp-pdf-report.h"
#include "bp-export-preview.h"
#include "bp-ui.h"
#include "bp-ui-format.h"
#include "bp-workbook.h"

typedef enum
{
  FORMAT_BOTH,
  FORMAT_XLSX,
  FORMAT_PDF,
} ExportFormat;

/* The language row's choices. */
typedef enum
{
  LANGUAGE_ENGLISH,
  LANGUAGE_WELSH,
  LANGUAGE_BOTH,    /* two packs, each named with its language */
} ExportLanguage;

typedef struct
{
  char      *db_path;
  BpDay      period_end;
  BpStage    stage;
  int        years;       /* the disproportionality pooled over 1 to 3 financial years */
  BpProfile  profile;
  char      *xlsx_path;   /* (nullable) in the window's language */
  char      *pdf_path;    /* (nullable) */
  gboolean   here;        /* a pack in the window's language is written */
  char      *program;     /* (nullable) boardpack, for the pack in the other language */
  char      *other_language;  /* (nullable) "cy" or "en" */
  char      *other_xlsx;  /* (nullable) */
  char      *other_pdf;   /* (nullable) */
  int        progress;    /* per mille, atomic */
  int        step;        /* 0: computing, 1: workbook, 2: PDF, 3: the other language
                           * (atomic) */
} ExportJob;

struct _BpExportDialog
{
  AdwWindow             parent_instance;

  /* template */
  AdwWindowTitle       *window_title;
  GtkButton            *cancel_button;
  GtkButton            *export_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwPreferencesGroup  *file_group;
  AdwEntryRow          *name_row;
  AdwActionRow         *folder_row;
  AdwComboRow          *format_row;
  AdwComboRow          *language_row;
  AdwActionRow         *period_row;
  AdwActionRow         *stage_row;
  GtkWidget            *preview_button;
  GtkLabel             *preview_label;
  GtkBox               *preview_box;
  AdwEntryRow          *meeting_row;
  AdwEntryRow          *author_row;
  AdwEntryRow          *purpose_row;
  AdwEntryRow          *recommendations_row;
  GtkCheckButton       *internal_check;
  GtkCheckButton       *partner_check;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_detail;
  AdwStatusPage        *done_page;
  GtkWidget            *open_xlsx_button;
  GtkWidget            *open_pdf_button;

  BpSession            *session;
  GSettings            *settings;
  GFile                *folder;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  GCancellable         *preview_cancellable;
  ExportJob            *job;
  guint                 progress_id;
  char                 *xlsx_path;  /* written (the first language's) */
  char                 *pdf_path;
  char                 *files_text; /* every file written, a line each */
  gboolean              closed;
};

G_DEFINE_FINAL_TYPE (BpExportDialog, bp_export_dialog, ADW_TYPE_WINDOW)

enum
{
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- helpers ----------------------------------------------------------------------- */

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->db_path);
  g_free (job->xlsx_path);
  g_free (job->pdf_path);
  g_free (job->program);
  g_free (job->other_language);
  g_free (job->other_xlsx);
  g_free (job->other_pdf);
  g_free (job);
}

static void
set_folder (BpExportDialog *self,
            GFile          *folder)
{
  g_autofree char *path = NULL;

  g_set_object (&self->folder, folder);
  path = g_file_get_path (folder);
  adw_action_row_set_subtitle (self->folder_row, path ? path : "");
}

static char *
default_name (BpExportDialog *self)
{
  const char *area = bp_session_get_area_name (self->session);
  BpDay end = bp_session_get_period_end (self->session);
  g_autofree char *iso = end != BP_DAY_INVALID ? bp_day_to_iso (end) : g_strdup ("");
  char *name;

  /* "Northdale board pack 2024-12": the month of the period end */
  if (strlen (iso) >= 7)
    iso[7] = '\0';
  /* Translators: a file name, "Northdale board pack 2024-12" */
  name = g_strdup_printf (_("%s board pack %s"), area && *area ? area : _("Youth justice"), iso);
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return name;
}

static void
stop_progress (BpExportDialog *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
}

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  BpExportDialog *self = user_data;
  int step;

  if (self->job == NULL)
    return G_SOURCE_CONTINUE;
  step = g_atomic_int_get (&self->job->step);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 g_atomic_int_get (&self->job->progress) / 1000.0);
  gtk_label_set_text (self->progress_detail,
                      step == 0 ? _("Working out the figures…")
                      : step == 1 ? _("Writing the Excel workbook…")
                      : step == 2 ? _("Writing the PDF…")
                      /* Translators: the export dialog's progress, while the pack in the
                       * other language (a process of its own) is written */
                      : _("Writing the pack in the other language…"));
  return G_SOURCE_CONTINUE;
}

static void
on_workbook_progress_cb (double   fraction,
                         gpointer user_data)
{
  ExportJob *job = user_data;
  double start = 0.1, span = job->pdf_path ? 0.45 : 0.9;

  g_atomic_int_set (&job->progress, (int) ((start + span * CLAMP (fraction, 0, 1)) * 1000));
}

static void
on_pdf_progress_cb (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;
  double start = job->xlsx_path ? 0.55 : 0.1, span = job->xlsx_path ? 0.45 : 0.9;

  g_atomic_int_set (&job->progress, (int) ((start + span * CLAMP (fraction, 0, 1)) * 1000));
}

/* `boardpack --db DB export --language L ...` for the pack in the other language, with the
 * same period, stage, years and profile. */
static gboolean
export_other_language (ExportJob     *job,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autofree char *iso = bp_day_to_iso (job->period_end);

  g_ptr_array_add (argv, g_strdup (job->program));
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (job->db_path));
  g_ptr_array_add (argv, g_strdup ("export"));
  g_ptr_array_add (argv, g_strdup_printf ("--language=%s", job->other_language));
  g_ptr_array_add (argv, g_strdup_printf ("--period-end=%s", iso));
  g_ptr_array_add (argv, g_strdup_printf ("--stage=%s", bp_stage_name (job->stage)));
  g_ptr_array_add (argv, g_strdup_printf ("--years=%d", job->years));
  g_ptr_array_add (argv, g_strdup_printf ("--profile=%s", bp_profile_name (job->profile)));
  if (job->other_xlsx)
    g_ptr_array_add (argv, g_strdup_printf ("--xlsx=%s", job->other_xlsx));
  if (job->other_pdf)
    g_ptr_array_add (argv, g_strdup_printf ("--pdf=%s", job->other_pdf));
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               error);
  if (process == NULL ||
      !g_subprocess_communicate (process, NULL, cancellable, NULL, &err, error))
    {
      if (process)
        g_subprocess_force_exit (process);
      return FALSE;
    }
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));

      g_strstrip (text);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: the pack in the other language failed: the command
                    * line's message, as in "The pack in the other language was not
                    * written: …" */
                   _("The pack in the other language was not written: %s"),
                   g_str_has_prefix (text, "boardpack: ") ? text + strlen ("boardpack: ")
                                                         : text);
      return FALSE;
    }
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpReport) report = NULL;
  BpReportOptions options = { job->period_end, job->stage, job->years };
  GError *error = NULL;

  /* A pack named as the database would replace it. */
  {
    g_autoptr(BpFileGuard) guard = bp_file_guard_new ();

    bp_file_guard_add_database (guard, job->db_path);
    if ((job->xlsx_path && !bp_file_guard_add_output (guard, job->xlsx_path, &error)) ||
        (job->pdf_path && !bp_file_guard_add_output (guard, job->pdf_path, &error)) ||
        (job->other_xlsx && !bp_file_guard_add_output (guard, job->other_xlsx, &error)) ||
        (job->other_pdf && !bp_file_guard_add_output (guard, job->other_pdf, &error)))
      {
        g_task_return_error (task, error);
        return;
      }
  }

  if (!job->here)
    {
      g_atomic_int_set (&job->step, 3);
      g_atomic_int_set (&job->progress, 100);
      if (!export_other_language (job, cancellable, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }
  store = bp_store_open (job->db_path, &error);
  /* The report and both files from one state of the database, whatever an import
   * commits meanwhile; the snapshot ends when the store is closed. */
  if (store == NULL || !bp_store_begin_snapshot (store, &error) ||
      (report = bp_report_compute (store, &options, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  g_atomic_int_set (&job->progress, 100);
  if (job->xlsx_path != NULL)
    {
      g_atomic_int_set (&job->step, 1);
      if (!bp_export_workbook (report, store, job->profile, job->xlsx_path,
                               on_workbook_progress_cb, job, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  if (job->pdf_path != NULL)
    {
      g_atomic_int_set (&job->step, 2);
      if (!bp_export_pdf (report, store, job->profile, job->pdf_path, on_pdf_progress_cb, job,
                          cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  if (job->other_language != NULL)
    {
      g_atomic_int_set (&job->step, 3);
      if (!export_other_language (job, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_boolean (task, TRUE);
}

static void
show_options (BpExportDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "options");
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), TRUE);
  gtk_button_set_label (self->cancel_button, _("_Cancel"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
}

static void
on_export_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  BpExportDialog *self = BP_EXPORT_DIALOG (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) files = g_string_new (NULL);

  stop_progress (self);
  self->job = NULL;
  if (self->closed)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_options (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          AdwToast *toast = adw_toast_new (error->message);

          adw_toast_set_timeout (toast, 0);
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
        }
      else
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Export cancelled: no file was written")));
      return;
    }

  g_free (self->xlsx_path);
  g_free (self->pdf_path);
  self->xlsx_path = g_strdup (job->here ? job->xlsx_path : job->other_xlsx);
  self->pdf_path = g_strdup (job->here ? job->pdf_path : job->other_pdf);
  {
    const char *written[] = { job->here ? job->xlsx_path : NULL, job->here ? job->pdf_path : NULL,
                              job->other_xlsx, job->other_pdf };

    for (guint i = 0; i < G_N_ELEMENTS (written); i++)
      if (written[i] != NULL)
        g_string_append_printf (files, "%s%s", files->len ? "\n" : "", written[i]);
  }
  g_free (self->files_text);
  self->files_text = g_strdup (files->str);
  adw_status_page_set_description (self->done_page, files->str);
  gtk_widget_set_visible (self->open_xlsx_button, self->xlsx_path != NULL);
  gtk_widget_set_visible (self->open_pdf_button, self->pdf_path != NULL);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_widget_grab_focus (self->xlsx_path ? self->open_xlsx_button : self->open_pdf_button);
  g_signal_emit (self, signals[EXPORTED], 0);
}

/* The meeting date as typed: a date, or blank. */
static gboolean
meeting_date (BpExportDialog *self,
              BpDay          *out_day)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->meeting_row));

  *out_day = BP_DAY_INVALID;
  return text[0] == '\0' || bp_day_parse (text, out_day);
}

static void
on_meeting_changed_cb (BpExportDialog *self)
{
  BpDay day;
  gboolean ok = meeting_date (self, &day);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->meeting_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->meeting_row), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), ok);
}

/* The paper's details as the dialog shows them, saved for the pack (and the next time). */
static gboolean
save_paper (BpExportDialog *self,
            GError        **error)
{
  BpPaperDetails d = { BP_DAY_INVALID };

  meeting_date (self, &d.meeting);
  d.author = (char *) gtk_editable_get_text (GTK_EDITABLE (self->author_row));
  d.purpose = (char *) gtk_editable_get_text (GTK_EDITABLE (self->purpose_row));
  d.recommendations = (char *) gtk_editable_get_text (GTK_EDITABLE (self->recommendations_row));
  return bp_paper_details_save (bp_session_get_store (self->session), &d, error);
}

static void
load_paper (BpExportDialog *self)
{
  g_autoptr(BpPaperDetails) d = bp_paper_details_load (bp_session_get_store (self->session));

  if (d->meeting != BP_DAY_INVALID)
    {
      int y, m, dd;
      g_autofree char *text = NULL;

      bp_day_to_ymd (d->meeting, &y, &m, &dd);
      text = g_strdup_printf ("%02d/%02d/%04d", dd, m, y);
      gtk_editable_set_text (GTK_EDITABLE (self->meeting_row), text);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->author_row), d->author);
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_row), d->purpose);
  gtk_editable_set_text (GTK_EDITABLE (self->recommendations_row), d->recommendations);
}

/* The program that writes the pack in the other language: $BOARDPACK_PROGRAM (the
 * tests, whose program is not boardpack), else this program. */
static char *
export_program (void)
{
  const char *env = g_getenv ("BOARDPACK_PROGRAM");

  if (env && *env)
    return g_strdup (env);
  return g_file_read_link ("/proc/self/exe", NULL);
}

/* The files' path without extension for @language ("cy", "en"): the name as given, or
 * with both languages, the name and the language in its own words ("… (Cymraeg)"). */
static char *
language_stem (const char     *stem,
               ExportLanguage  choice,
               const char     *language)
{
  if (choice != LANGUAGE_BOTH)
    return g_strdup (stem);
  return g_strconcat (stem, g_strcmp0 (language, "cy") == 0 ? " (Cymraeg)" : " (English)",
                      NULL);
}

/* Every file the dialog's choices would write, for the question whether to replace. */
static GPtrArray *
target_paths (BpExportDialog *self,
              const char     *stem)
{
  ExportFormat format = adw_combo_row_get_selected (self->format_row);
  ExportLanguage language = adw_combo_row_get_selected (self->language_row);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *languages[] = { "en", "cy" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *s = NULL;

      if (language != LANGUAGE_BOTH && i != (language == LANGUAGE_WELSH ? 1u : 0u))
        continue;
      s = language_stem (stem, language, languages[i]);
      if (format != FORMAT_PDF)
        g_ptr_array_add (paths, g_strconcat (s, ".xlsx", NULL));
      if (format != FORMAT_XLSX)
        g_ptr_array_add (paths, g_strconcat (s, ".pdf", NULL));
    }
  return paths;
}

static void
start_export (BpExportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ExportFormat format = adw_combo_row_get_selected (self->format_row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *folder = g_file_get_path (self->folder);
  g_autofree char *stem = g_build_filename (folder, name, NULL);
  ExportJob *job;
  g_autoptr(GError) paper_error = NULL;
  BpDay meeting;

  if (!meeting_date (self, &meeting))
    return; /* Export is off until the date is one */
  /* A read-only database keeps no details; the pack is still written. */
  if (!save_paper (self, &paper_error))
    g_debug ("The paper's details were not saved: %s", paper_error->message);
  job = g_new0 (ExportJob, 1);
  job->db_path = g_strdup (bp_store_get_path (bp_session_get_store (self->session)));
  job->period_end = bp_session_get_period_end (self->session);
  job->stage = bp_session_get_stage (self->session);
  job->years = bp_session_get_disparity_years (self->session);
  job->profile = gtk_check_button_get_active (self->partner_check) ? BP_PROFILE_PARTNER
                                                                    : BP_PROFILE_INTERNAL;
  {
    ExportLanguage language = adw_combo_row_get_selected (self->language_row);
    const char *here = bp_i18n_language ();
    const char *chosen = language == LANGUAGE_WELSH ? "cy" : "en";
    g_autofree char *here_stem = NULL;
    g_autofree char *other_stem = NULL;

    job->here = language == LANGUAGE_BOTH || g_strcmp0 (chosen, here) == 0;
    if (language == LANGUAGE_BOTH || !job->here)
      {
        job->other_language = g_strdup (g_strcmp0 (here, "cy") == 0 ? "en" : "cy");
        job->program = export_program ();
      }
    here_stem = language_stem (stem, language, here);
    other_stem = job->other_language ? language_stem (stem, language, job->other_language)
                                     : NULL;
    if (job->here && format != FORMAT_PDF)
      job->xlsx_path = g_strconcat (here_stem, ".xlsx", NULL);
    if (job->here && format != FORMAT_XLSX)
      job->pdf_path = g_strconcat (here_stem, ".pdf", NULL);
    if (other_stem && format != FORMAT_PDF)
      job->other_xlsx = g_strconcat (other_stem, ".xlsx", NULL);
    if (other_stem && format != FORMAT_XLSX)
      job->other_pdf = g_strconcat (other_stem, ".pdf", NULL);
    g_settings_set_string (self->settings, "export-language",
                           language == LANGUAGE_BOTH ? "both" : chosen);
  }

  g_settings_set_string (self->settings, "export-folder", folder);
  g_settings_set_enum (self->settings, "export-format", (int) format);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->job = job;
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), FALSE);
  self->progress_id = g_timeout_add (100, on_progress_tick_cb, self);
  on_progress_tick_cb (self);

  task = g_task_new (self, self->cancellable, on_export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        BpExportDialog   *self)
{
  if (g_strcmp0 (response, "replace") == 0)
    start_export (self);
}

static void
open_path (BpExportDialog *self,
           const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* --- preview ------------------------------------------------------------------------ */

/* The pages a preview shows: the cover and the summary. */
#define PREVIEW_PAGES 2

static void
on_preview_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BpExportDialog *self = BP_EXPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *text = NULL;
  GtkWidget *child;
  int total = 0;

  if (self->closed)
    return;
  gtk_widget_set_sensitive (self->preview_button, TRUE);
  pages = bp_export_preview_finish (result, &total, &error);
  if (pages == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_box))) != NULL)
    gtk_box_remove (self->preview_box, child);
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (g_ptr_array_index (pages, i));
      /* Translators: the text alternative of a page in the export dialog's preview, as
       * in "Page 2 of the PDF" */
      g_autofree char *label = g_strdup_printf (_("Page %u of the PDF"), i + 1);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_widget_set_size_request (picture, 300, 424);
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), label);
      gtk_widget_add_css_class (picture, "card");
      gtk_box_append (self->preview_box, picture);
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: over the export dialog's preview:
                                        * the pages shown and the pages the PDF will
                                        * have, as in "The first 2 pages of 56. Nothing
                                        * is written until you press Export." */
                                       "The first %u page of %d. Nothing is written until "
                                       "you press Export.",
                                       "The first %u pages of %d. Nothing is written until "
                                       "you press Export.", pages->len),
                          pages->len, total);
  gtk_label_set_text (self->preview_label, text);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
on_preview_clicked_cb (BpExportDialog *self)
{
  g_autoptr(GError) paper_error = NULL;
  BpDay meeting;

  if (!meeting_date (self, &meeting))
    return;
  /* the cover shows the paper's details as typed */
  if (!save_paper (self, &paper_error))
    g_debug ("The paper's details were not saved: %s", paper_error->message);
  gtk_widget_set_sensitive (self->preview_button, FALSE);
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  self->preview_cancellable = g_cancellable_new ();
  bp_export_preview_async (G_OBJECT (self), self->session,
                           gtk_check_button_get_active (self->partner_check)
                           ? BP_PROFILE_PARTNER : BP_PROFILE_INTERNAL,
                           PREVIEW_PAGES, self->preview_cancellable, on_preview_done_cb, NULL);
}

static void
on_preview_back_clicked_cb (BpExportDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "options");
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_export_clicked_cb (BpExportDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *folder = self->folder ? g_file_get_path (self->folder) : NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (g_free);
  AdwMessageDialog *dialog;

  if (name == NULL || *name == '\0' || strchr (name, '/') != NULL || folder == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Give a file name and a folder on this "
                                                    "computer")));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }

  stem = g_build_filename (folder, name, NULL);
  paths = target_paths (self, stem);
  for (guint i = 0; i < paths->len; i++)
    if (g_file_test (g_ptr_array_index (paths, i), G_FILE_TEST_EXISTS))
      {
        g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));

        g_ptr_array_add (existing, g_steal_pointer (&base));
      }
  if (existing->len == 0)
    {
      start_export (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Replace the existing files?"), NULL));
  if (existing->len == 1)
    /* Translators: a file of the board pack, as in "Northdale board pack 2024-12.pdf is
     * already in this folder. …" */
    adw_message_dialog_format_body (dialog, _("%s is already in this folder. Replacing it "
                                              "overwrites what it holds."),
                                    (const char *) g_ptr_array_index (existing, 0));
  else
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (existing, NULL);
      list = g_strjoinv ("\n", (char **) existing->pdata);
      /* Translators: the files of the board pack already in the folder, one a line */
      adw_message_dialog_format_body (dialog, _("These files are already in this folder; "
                                                "replacing them overwrites what they "
                                                "hold:\n%s"), list);
    }
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_cancel_clicked_cb (BpExportDialog *self)
{
  if (self->job != NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      gtk_label_set_text (self->progress_detail, _("Cancelling…"));
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_folder_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     BpExportDialog  *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (folder != NULL && g_file_peek_path (folder) != NULL)
    set_folder (self, folder);
}

static void
on_folder_clicked_cb (BpExportDialog *self)
{
  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose a folder for the board pack"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), self->folder, NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_open_xlsx_clicked_cb (BpExportDialog *self)
{
  if (self->xlsx_path != NULL)
    open_path (self, self->xlsx_path);
}

static void
on_open_pdf_clicked_cb (BpExportDialog *self)
{
  if (self->pdf_path != NULL)
    open_path (self, self->pdf_path);
}

static void
on_open_folder_clicked_cb (BpExportDialog *self)
{
  g_autofree char *folder = self->folder ? g_file_get_path (self->folder) : NULL;

  if (folder != NULL)
    open_path (self, folder);
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gpointer   user_data)
{
  BpExportDialog *self = BP_EXPORT_DIALOG (window);

  /* Closing while writing cancels: the files are written whole or not at all. */
  if (self->job != NULL)
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_export_dialog_dispose (GObject *object)
{
  BpExportDialog *self = BP_EXPORT_DIALOG (object);

  self->closed = TRUE;
  stop_progress (self);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_object (&self->folder);
  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (bp_export_dialog_parent_class)->dispose (object);
}

static void
bp_export_dialog_finalize (GObject *object)
{
  BpExportDialog *self = BP_EXPORT_DIALOG (object);

  g_free (self->xlsx_path);
  g_free (self->pdf_path);
  g_free (self->files_text);

  G_OBJECT_CLASS (bp_export_dialog_parent_class)->finalize (object);
}

static void
bp_export_dialog_class_init (BpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_export_dialog_dispose;
  object_class->finalize = bp_export_dialog_finalize;

  /**
   * BpExportDialog::exported:
   * The files are written.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, file_group);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, preview_button);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, preview_box);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_back_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, author_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, recommendations_row);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, internal_check);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, partner_check);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, progress_detail);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, open_xlsx_button);
  gtk_widget_class_bind_template_child (widget_class, BpExportDialog, open_pdf_button);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folder_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_xlsx_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_pdf_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_folder_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bp_export_dialog_init (BpExportDialog *self)
{
  bp_ui_init ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = bp_ui_settings_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

/* --- public API -------------------------------------------------------------------- */

/**
 * bp_export_dialog_new:
 * Returns: (transfer full): the dialog for the period and stage @session shows
 */
BpExportDialog *
bp_export_dialog_new (GtkWindow *parent,
                      BpSession *session)
{
  BpExportDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *period = NULL;
  g_autoptr(GFile) file = NULL;
  const char *documents;

  g_return_val_if_fail (BP_IS_SESSION (session), NULL);

  self = g_object_new (BP_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);

  period = bp_ui_format_period_label (bp_session_get_period_end (session));
  adw_window_title_set_subtitle (self->window_title, period);
  adw_action_row_set_subtitle (self->period_row, period);
  {
    BpStage stage = bp_session_get_stage (session);
    int years = bp_session_get_disparity_years (session);
    const char *what = g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (stage));
    g_autofree char *text = NULL;

    if (years > 1)
      /* Translators: the export dialog's row "Disproportionality": the stage and the
       * financial years pooled, as in "Children cautioned or sentenced, pooled over 2
       * financial years, as chosen in Preferences" */
      text = g_strdup_printf (_("Children %s, pooled over %d financial years, as chosen in "
                                "Preferences"), what, years);
    else
      /* Translators: the export dialog's row "Disproportionality": the stage, as in
       * "Children cautioned or sentenced, as chosen in Preferences" */
      text = g_strdup_printf (_("Children %s, as chosen in Preferences"), what);

    adw_action_row_set_subtitle (self->stage_row, text);
  }
  name = default_name (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  load_paper (self);

  folder = g_settings_get_string (self->settings, "export-folder");
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (folder == NULL || *folder == '\0' || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_free (folder);
      folder = g_strdup (documents && g_file_test (documents, G_FILE_TEST_IS_DIR)
                         ? documents : g_get_home_dir ());
    }
  file = g_file_new_for_path (folder);
  set_folder (self, file);

  adw_combo_row_set_selected (self->format_row,
                              (guint) g_settings_get_enum (self->settings, "export-format"));
  {
    /* the language chosen last, else the window's */
    g_autofree char *language = g_settings_get_string (self->settings, "export-language");
    const char *here = bp_i18n_language ();

    if (g_strcmp0 (language, "both") == 0)
      adw_combo_row_set_selected (self->language_row, LANGUAGE_BOTH);
    else
      adw_combo_row_set_selected (self->language_row,
                                  g_strcmp0 (*language ? language : here, "cy") == 0
                                  ? LANGUAGE_WELSH : LANGUAGE_ENGLISH);
  }
  if (g_settings_get_enum (self->settings, "default-profile") == BP_PROFILE_PARTNER)
    gtk_check_button_set_active (self->partner_check, TRUE);
  return self;
}

/* Whether the files are being written. */
gboolean
bp_export_dialog_get_busy (BpExportDialog *self)
{
  g_return_val_if_fail (BP_IS_EXPORT_DIALOG (self), FALSE);
  return self->job != NULL;
}

/* Returns: (nullable): the workbook written, once done */
const char *
bp_export_dialog_get_xlsx_path (BpExportDialog *self)
{
  g_return_val_if_fail (BP_IS_EXPORT_DIALOG (self), NULL);
  return self->xlsx_path;
}

/* Returns: (nullable): the PDF written, once done */
const char *
bp_export_dialog_get_pdf_path (BpExportDialog *self)
{
  g_return_val_if_fail (BP_IS_EXPORT_DIALOG (self), NULL);
  return self->pdf_path;
}

/* Sets the file name (without extension), folder, format (0 both, 1 xlsx, 2 pdf) and
 * profile, as a user would; for tests and scripts. */
void
bp_export_dialog_set_target (BpExportDialog *self,
                             const char     *folder,
                             const char     *name,
                             guint           format,
                             BpProfile       profile)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (BP_IS_EXPORT_DIALOG (self));

  file = g_file_new_for_path (folder);
  set_folder (self, file);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  adw_combo_row_set_selected (self->format_row, format);
  gtk_check_button_set_active (profile == BP_PROFILE_PARTNER ? self->partner_check
                                                             : self->internal_check, TRUE);
}

/* Chooses the language row's @choice: 0 English, 1 Welsh, 2 both; for tests. */
void
bp_export_dialog_set_language (BpExportDialog *self,
                               guint           choice)
{
  g_return_if_fail (BP_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->language_row, MIN (choice, (guint) LANGUAGE_BOTH));
}

/* Returns: every file written, a line each, once done */
const char *
bp_export_dialog_get_files (BpExportDialog *self)
{
  g_return_val_if_fail (BP_IS_EXPORT_DIALOG (self), NULL);
  return self->files_text;
}

/* Presses Preview. */
void
bp_export_dialog_preview (BpExportDialog *self)
{
  g_return_if_fail (BP_IS_EXPORT_DIALOG (self));
  on_preview_clicked_cb (self);
}

/* Presses Export. */
void
bp_export_dialog_export (BpExportDialog *self)
{
  g_return_if_fail (BP_IS_EXPORT_DIALOG (self));
  on_export_clicked_cb (self);
}

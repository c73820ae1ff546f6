/* bp-import-dialog.c: importing CSV files with progress, cancel and the problems found
 *
 * Each file is imported in a worker thread on a connection of its own to the database
 * (the window's connection belongs to the main thread); the main thread polls the
 * progress, and tells the session's store when new data has been committed, so every
 * page refreshes.
 *
 * An import is all or nothing. When rows are invalid the dialog lists the problems with
 * their line numbers and offers two ways on: import the valid rows only, or save the
 * rejected rows (unchanged, with the reason in a last column) to correct them. Saving
 * the rejects of a file that was not imported runs the same import into a scratch
 * database in a private folder, so the user's data is never touched for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bp-ui.h"
#include "bp-import.h"
#include "bp-area-chooser.h"
#include "bp-import-dialog.h"
#include "bp-table.h"
#include "bp-ui-format.h"

/* Problems listed in the dialog; the count of the others is given. */
#define MAX_MESSAGES 200

typedef struct
{
  char           *db_path;
  char           *file_path;
  int             kind;           /* -1: recognise it from the header */
  gboolean        skip_invalid;
  char           *rejects_path;   /* with skip_invalid: where the rejected rows go */
  gboolean        scratch;        /* only to write the rejects file */
  int             progress;       /* per mille, written by the worker (atomic) */
  gboolean        detect_failed;  /* the header matched no kind */
  BpImportKind    used_kind;
  BpImportResult *result;
} ImportJob;

struct _BpImportDialog
{
  AdwWindow             parent_instance;

  /* template */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwPreferencesGroup  *kind_group;
  GtkCheckButton       *kind_outcomes;
  GtkCheckButton       *kind_population;
  GtkCheckButton       *kind_benchmarks;
  GtkCheckButton       *kind_interventions;
  GtkCheckButton       *kind_victims;
  GtkCheckButton       *kind_staffing;
  GtkCheckButton       *kind_budget;
  GtkCheckButton       *kind_actions;
  GtkLabel             *preview_title;
  GtkLabel             *preview_detail;
  GtkColumnView        *preview_table;
  GtkWidget            *preview_import_button;
  int                   preview_kind;
  GtkCheckButton       *kind_board;
  GtkLabel             *progress_title;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_detail;
  GtkButton            *cancel_button;
  GtkImage             *result_icon;
  GtkLabel             *result_title;
  GtkLabel             *result_message;
  GtkWidget            *problems_scroller;
  GtkListBox           *problems_list;
  GtkLabel             *more_problems;
  GtkButton            *save_rejects_button;
  GtkButton            *skip_invalid_button;
  GtkButton            *close_button;

  BpSession            *session;
  GListModel           *files;
  guint                 current;
  int                   kind;
  BpImportKind          current_kind;
  ImportJob            *job;          /* the running job, owned by its task */
  GCancellable         *cancellable;
  guint                 progress_id;
  char                 *tmp_dir;
  char                 *rejects_path; /* rejects of the last import of valid rows only */
  GtkFileChooserNative *chooser;
  gboolean              closed;
};

G_DEFINE_FINAL_TYPE (BpImportDialog, bp_import_dialog, ADW_TYPE_WINDOW)

enum
{
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- helpers ----------------------------------------------------------------------- */

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->db_path);
  g_free (job->file_path);
  g_free (job->rejects_path);
  g_clear_pointer (&job->result, bp_import_result_free);
  g_free (job);
}

static GFile *
current_file (BpImportDialog *self)
{
  return g_list_model_get_item (self->files, self->current);
}

static char *
current_display_name (BpImportDialog *self)
{
  g_autoptr(GFile) file = current_file (self);

  return file ? g_file_get_basename (file) : g_strdup ("");
}

/* "12,304 rows imported, 2 rejected": what the window's toast says. */
static char *
import_summary (const BpImportResult *result)
{
  guint64 imported = result->rows_new + result->rows_updated + result->rows_unchanged;
  g_autofree char *n_imported = bp_ui_format_count ((gint64) imported);
  g_autofree char *n_rejected = bp_ui_format_count ((gint64) result->rows_rejected);

  if (result->rows_new + result->rows_updated == 0 && result->rows_rejected == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a toast after an import that changed
                                          * nothing, as in "No changes: the 6,000 rows were
                                          * imported before" */
                                         "No changes: the %s row was imported before",
                                         "No changes: the %s rows were imported before",
                                         (gulong) imported),
                            n_imported);
  if (result->rows_rejected == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a toast after an import, as in
                                          * "12,304 rows imported" */
                                         "%s row imported",
                                         "%s rows imported",
                                         (gulong) imported),
                            n_imported);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a toast after an import of the valid
                                        * rows only: the rows imported and the rows rejected,
                                        * as in "12,304 rows imported, 2 rejected" */
                                       "%s row imported, %s rejected",
                                       "%s rows imported, %s rejected",
                                       (gulong) imported),
                          n_imported, n_rejected);
}

static const char *
ensure_tmp_dir (BpImportDialog  *self,
                GError         **error)
{
  if (self->tmp_dir == NULL)
    self->tmp_dir = g_dir_make_tmp ("boardpack-import-XXXXXX", error);
  return self->tmp_dir;
}

static void
remove_tmp_dir (BpImportDialog *self)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (self->tmp_dir == NULL)
    return;
  dir = g_dir_open (self->tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (self->tmp_dir);
  g_clear_pointer (&self->tmp_dir, g_free);
}

static void
remove_scratch_database (BpImportDialog *self)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; self->tmp_dir && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/scratch.db%s", self->tmp_dir, suffixes[i]);

      g_unlink (path);
    }
}

static void
toast (BpImportDialog *self,
       const char     *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
clear_problems (BpImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
}

static void
add_problem (BpImportDialog *self,
             const char     *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_append (self->problems_list, label);
}

static void
stop_progress (BpImportDialog *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
}

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  BpImportDialog *self = user_data;

  if (self->job != NULL)
    {
      int progress = g_atomic_int_get (&self->job->progress);

      if (progress < 0)
        {
          gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
          gtk_progress_bar_set_text (self->progress_bar,
                                     _("Waiting for another import to finish…"));
          gtk_progress_bar_pulse (self->progress_bar);
        }
      else
        {
          gtk_progress_bar_set_show_text (self->progress_bar, FALSE);
          gtk_progress_bar_set_fraction (self->progress_bar, progress / 1000.0);
        }
    }
  return G_SOURCE_CONTINUE;
}

static void
on_worker_progress_cb (double   fraction,
                       gpointer user_data)
{
  ImportJob *job = user_data;

  /* -1: another import holds the database, and this one waits for it. */
  g_atomic_int_set (&job->progress, fraction == BP_IMPORT_WAITING
                                    ? -1 : (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(BpStore) store = NULL;
  BpImportOptions options = { 0 };
  GError *error = NULL;

  if (job->kind < 0)
    {
      if (!bp_import_detect_kind (job->file_path, &job->used_kind, &error))
        {
          job->detect_failed = g_error_matches (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER);
          g_task_return_error (task, error);
          return;
        }
    }
  else
    job->used_kind = (BpImportKind) job->kind;

  store = bp_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  options.kind = job->used_kind;
  options.skip_invalid = job->skip_invalid;
  options.rejects_path = job->rejects_path;
  options.max_messages = MAX_MESSAGES;
  options.progress = on_worker_progress_cb;
  options.progress_data = job;
  if (!bp_import_file (store, job->file_path, &options, &job->result, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void on_import_done_cb (GObject      *object,
                               GAsyncResult *result,
                               gpointer      user_data);

static void
run_job (BpImportDialog *self,
         ImportJob      *job,
         const char     *title)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = current_display_name (self);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->job = job;

  gtk_label_set_text (self->progress_title, title);
  gtk_label_set_text (self->progress_detail, name);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
  stop_progress (self);
  self->progress_id = g_timeout_add (100, on_progress_tick_cb, self);

  task = g_task_new (self, self->cancellable, on_import_done_cb, NULL);
  g_task_set_source_tag (task, run_job);
  g_task_set_task_data (task, job, import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
start_import (BpImportDialog *self,
              int             kind,
              gboolean        skip_invalid)
{
  g_autoptr(GFile) file = current_file (self);
  g_autofree char *name = current_display_name (self);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  ImportJob *job;

  job = g_new0 (ImportJob, 1);
  job->db_path = g_strdup (bp_store_get_path (bp_session_get_store (self->session)));
  job->file_path = g_file_get_path (file);
  job->kind = kind;
  job->skip_invalid = skip_invalid;
  if (skip_invalid)
    {
      const char *dir = ensure_tmp_dir (self, &error);

      if (dir == NULL)
        {
          g_warning ("No private folder for the rejects file: %s", error->message);
          import_job_free (job);
          return;
        }
      g_clear_pointer (&self->rejects_path, g_free);
      job->rejects_path = g_build_filename (dir, "rejects.csv", NULL);
      g_unlink (job->rejects_path);
    }

  adw_window_title_set_subtitle (self->window_title, name);
  title = skip_invalid ? g_strdup (_("Importing the valid rows"))
                       : g_strdup_printf (_("Importing %s"), name);
  run_job (self, job, title);
}

/* The first rows a preview shows. */
#define PREVIEW_ROWS 5

static void show_kind_page (BpImportDialog *self);

static const char *
kind_title (BpImportKind kind)
{
  switch (kind)
    {
    case BP_IMPORT_OUTCOMES: return _("Case data (outcomes)");
    case BP_IMPORT_POPULATION: return _("Population");
    case BP_IMPORT_BENCHMARKS: return _("Benchmarks");
    case BP_IMPORT_INTERVENTIONS: return _("Interventions (for the KPIs)");
    case BP_IMPORT_VICTIMS: return _("Victims (for the KPIs)");
    case BP_IMPORT_BOARD: return _("Board attendance (for the KPIs)");
    case BP_IMPORT_STAFFING: return _("Staffing (for the plan)");
    case BP_IMPORT_BUDGET: return _("Budget (for the plan)");
    case BP_IMPORT_ACTIONS: return _("Improvement plan (for the plan)");
    case BP_N_IMPORT_KINDS:
    default: return "";
    }
}

/* Before a file is imported: its first rows and what each heading will be read as, with
 * the headings not used and the required columns missing. A file whose kind cannot be
 * told, or that cannot be read, goes on to the import, which says why. */
static void
show_preview (BpImportDialog *self,
              int             kind)
{
  g_autoptr(GFile) file = current_file (self);
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autofree char *name = current_display_name (self);
  g_autoptr(BpImportPreview) preview = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (BpTableColumn));
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autoptr(GString) ignored = g_string_new (NULL);
  g_autofree char *title = NULL;
  BpImportKind known = BP_IMPORT_OUTCOMES;

  if (path == NULL ||
      (kind < 0 ? !bp_import_detect_kind (path, &known, NULL) : (known = kind, FALSE)) ||
      (preview = bp_import_preview (path, known, PREVIEW_ROWS, NULL)) == NULL)
    {
      start_import (self, kind, FALSE);
      return;
    }
  self->preview_kind = (int) known;
  for (guint i = 0; i < preview->headings->len; i++)
    {
      const char *heading = g_ptr_array_index (preview->headings, i);
      const char *column = g_ptr_array_index (preview->columns, i);
      BpTableColumn c = { NULL, FALSE };

      if (column == NULL)
        {
          /* Translators: a heading of the import preview's table: a column of the file
           * that the import does not use, as in "Worker (not used)" */
          g_ptr_array_add (titles, g_strdup_printf (_("%s (not used)"), heading));
          if (heading[0])
            g_string_append_printf (ignored, "%s%s", ignored->len ? ", " : "", heading);
        }
      else if (g_ascii_strcasecmp (heading, column) == 0)
        g_ptr_array_add (titles, g_strdup (heading));
      else
        /* Translators: a heading of the import preview's table: the file's heading and
         * the column it is read as, as in "DOB → date_of_birth" */
        g_ptr_array_add (titles, g_strdup_printf (_("%s → %s"), heading, column));
      c.title = g_ptr_array_index (titles, titles->len - 1);
      g_array_append_val (columns, c);
    }
  for (guint r = 0; r < preview->rows->len; r++)
    {
      GStrv fields = g_ptr_array_index (preview->rows, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();

      for (guint i = 0; i < preview->headings->len; i++)
        g_ptr_array_add (cells, (gpointer) (i < g_strv_length (fields) ? fields[i] : ""));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, bp_table_row_new ((const char * const *) cells->pdata));
    }
  bp_table_set_columns (self->preview_table, (const BpTableColumn *) columns->data,
                        columns->len);
  bp_table_set_rows (self->preview_table, rows);
  bp_table_set_title (self->preview_table, name);

  /* Translators: the import preview's heading: the file and the kind it will be
   * imported as, as in "“outcomes.csv”: Case data (outcomes)" */
  title = g_strdup_printf (_("“%s”: %s"), name, kind_title (known));
  gtk_label_set_text (self->preview_title, title);
  g_string_append_printf (detail, g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: on the import preview */
                                               "The first row, as the import will read it; "
                                               "every row is checked when you import.",
                                               "The first %u rows, as the import will read "
                                               "them; every row is checked when you import.",
                                               preview->rows->len),
                          preview->rows->len);
  if (ignored->len)
    {
      g_string_append_c (detail, ' ');
      /* Translators: on the import preview: the file's headings the import does not
       * use, as in "Not used: Worker, Team." */
      g_string_append_printf (detail, _("Not used: %s."), ignored->str);
    }
  if (preview->missing->len > 0)
    {
      g_autofree char *missing = NULL;

      g_ptr_array_add (preview->missing, NULL);
      missing = g_strjoinv (", ", (char **) preview->missing->pdata);
      g_ptr_array_remove_index (preview->missing, preview->missing->len - 1);
      g_string_append_c (detail, ' ');
      /* Translators: on the import preview: the columns the kind of file needs that the
       * file does not have, as in "Missing: sex, date_of_birth: the import will stop." */
      g_string_append_printf (detail, _("Missing: %s: the import will stop."), missing);
    }
  gtk_label_set_text (self->preview_detail, detail->str);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_grab_focus (self->preview_import_button);
}

static void
on_preview_import_clicked_cb (BpImportDialog *self)
{
  start_import (self, self->preview_kind, FALSE);
}

static void
on_preview_kind_clicked_cb (BpImportDialog *self)
{
  show_kind_page (self);
}

static void
next_file (BpImportDialog *self)
{
  self->current++;
  if (self->current >= g_list_model_get_n_items (self->files))
    {
      self->closed = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  show_preview (self, self->kind);
}

static void
show_kind_page (BpImportDialog *self)
{
  g_autofree char *name = current_display_name (self);
  /* Translators: %s is a file name, as in "What is in “export.csv”?" */
  g_autofree char *title = g_strdup_printf (_("What is in “%s”?"), name);

  adw_preferences_group_set_title (self->kind_group, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_stack_set_visible_child_name (self->stack, "kind");
}

static void
set_close_label (BpImportDialog *self)
{
  gboolean more = self->current + 1 < g_list_model_get_n_items (self->files);

  gtk_button_set_label (self->close_button, more ? _("_Next file") : _("_Close"));
}

/* A problem as the dialog lists it: the file is the dialog's title, so not its path
 * again; "line 3, column sex: ..." for "/path/file.csv:3: column sex: ..." (the command
 * line keeps the path, as compilers write it). Returns: (transfer full) */
static char *
problem_text (BpImportDialog *self,
              const char     *message)
{
  g_autoptr(GFile) file = current_file (self);
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autofree char *display = path ? g_filename_display_name (path) : NULL;
  /* the words the import's messages start a column with ("column ") */
  const char *column_format = _("column %s: %s");
  g_autofree char *column = g_strndup (column_format, strcspn (column_format, "%"));
  const char *rest = message, *p;
  g_autofree char *line = NULL;

  if (display == NULL || !g_str_has_prefix (message, display) ||
      message[strlen (display)] != ':')
    return g_strdup (message);
  rest = message + strlen (display) + 1;
  for (p = rest; g_ascii_isdigit (*p) || *p == ','; p++)
    ;
  if (p == rest || p[0] != ':' || p[1] != ' ')
    return g_strdup (rest);
  line = g_strndup (rest, (gsize) (p - rest));
  rest = p + 2;
  if (column[0] && g_str_has_prefix (rest, column))
    /* Translators: a problem of an import in the dialog: the line and the problem with
     * a column, as in "line 3, column sex: not a sex code ..." */
    return g_strdup_printf (_("line %s, %s"), line, rest);
  /* Translators: a problem of an import in the dialog: the line and the problem with the
   * row, as in "line 4: the row has 3 fields, not 9" */
  return g_strdup_printf (_("line %s: %s"), line, rest);
}

static void
list_messages (BpImportDialog       *self,
               const BpImportResult *result)
{
  guint64 listed = 0;

  clear_problems (self);
  for (guint i = 0; result && i < result->notes->len; i++)
    add_problem (self, g_ptr_array_index (result->notes, i));
  for (guint i = 0; result && i < result->messages->len; i++, listed++)
    {
      g_autofree char *text = problem_text (self, g_ptr_array_index (result->messages, i));

      add_problem (self, text);
    }
  gtk_widget_set_visible (self->problems_scroller,
                          gtk_widget_get_first_child (GTK_WIDGET (self->problems_list)) != NULL);

  if (result != NULL && result->n_problems > listed)
    {
      guint64 more = result->n_problems - listed;
      g_autofree char *n = bp_ui_format_count ((gint64) more);
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the problems listed; %s is how
                                            * many more, as in "… and 1,204 more problems: save
                                            * the rejects file to see every one" */
                                           "… and %s more problem: save the rejects file to see "
                                           "every one",
                                           "… and %s more problems: save the rejects file to see "
                                           "every one",
                                           (gulong) more),
                              n);

      gtk_label_set_text (self->more_problems, text);
      gtk_widget_set_visible (GTK_WIDGET (self->more_problems), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->more_problems), FALSE);
}

/* Nothing was imported: why, and the ways on. */
static void
show_failure (BpImportDialog       *self,
              const BpImportResult *result,
              const GError         *error)
{
  g_autofree char *name = current_display_name (self);
  gboolean invalid_rows = g_error_matches (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID) &&
                          result != NULL;
  g_autofree char *message = NULL;

  if (invalid_rows)
    {
      g_autofree char *n_bad = bp_ui_format_count ((gint64) result->rows_rejected);
      g_autofree char *n_rows = bp_ui_format_count ((gint64) result->rows);

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: the rows not valid, all the rows
                                               * and the file name, as in "3 of the 6,000 rows of
                                               * “outcomes.csv” are not valid, so nothing was
                                               * imported. …" */
                                              "%s of the %s rows of “%s” is not valid, so nothing "
                                              "was imported. Correct the file and import it "
                                              "again, or import the valid rows only.",
                                              "%s of the %s rows of “%s” are not valid, so "
                                              "nothing was imported. Correct the file and import "
                                              "it again, or import the valid rows only.",
                                              (gulong) result->rows_rejected),
                                 n_bad, n_rows, name);
    }
  else
    message = g_strdup (error->message);

  gtk_image_set_from_icon_name (self->result_icon, "dialog-warning-symbolic");
  gtk_label_set_text (self->result_title, _("Nothing was imported"));
  gtk_label_set_text (self->result_message, message);
  list_messages (self, result);
  gtk_widget_set_visible (GTK_WIDGET (self->save_rejects_button), invalid_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_invalid_button),
                          invalid_rows && result->rows_rejected < result->rows);
  set_close_label (self);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

/* The valid rows were imported: the rejected ones and their reasons. */
static void
show_rejected (BpImportDialog       *self,
               const BpImportResult *result)
{
  g_autofree char *summary = import_summary (result);

  /* the valid rows are in: a success, with what was left out below */
  gtk_image_set_from_icon_name (self->result_icon, "emblem-ok-symbolic");
  gtk_label_set_text (self->result_title, summary);
  gtk_label_set_text (self->result_message,
                      _("The rejected rows were left out. Save them to a file to correct them, "
                        "then import that file."));
  list_messages (self, result);
  gtk_widget_set_visible (GTK_WIDGET (self->save_rejects_button), self->rejects_path != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_invalid_button), FALSE);
  set_close_label (self);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  BpImportDialog *self = BP_IMPORT_DIALOG (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  stop_progress (self);
  self->job = NULL;

  if (job->scratch)
    {
      remove_scratch_database (self);
      if (self->closed)
        return;
      if (ok)
        {
          g_autofree char *name = g_path_get_basename (job->rejects_path);
          /* Translators: a toast; %s is a file name, as in "Rejected rows saved to
           * “outcomes-rejects.csv”" */
          g_autofree char *text = g_strdup_printf (_("Rejected rows saved to “%s”"), name);

          toast (self, text);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, "result");
      return;
    }

  if (ok)
    {
      g_autofree char *summary = import_summary (job->result);

      self->current_kind = job->used_kind;
      if (job->result->rows_new + job->result->rows_updated > 0)
        bp_store_emit_changed (bp_session_get_store (self->session));
      g_signal_emit (self, signals[TOAST], 0, summary);
      /* Benchmarks name the area beside its neighbours: ask which it is, never guess. */
      if (job->used_kind == BP_IMPORT_BENCHMARKS)
        {
          GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

          bp_area_chooser_ask (parent ? parent : GTK_WINDOW (self), self->session);
        }
      if (self->closed)
        return;
      if (job->result->rows_rejected > 0)
        {
          self->rejects_path = g_strdup (job->result->rejects_path);
          show_rejected (self, job->result);
        }
      else
        next_file (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_signal_emit (self, signals[TOAST], 0, _("Import cancelled: nothing was changed"));
      if (!self->closed)
        {
          self->closed = TRUE;
          gtk_window_destroy (GTK_WINDOW (self));
        }
      return;
    }
  if (self->closed)
    return;

  self->current_kind = job->used_kind;
  if (job->detect_failed)
    show_kind_page (self);
  else
    show_failure (self, job->result, error);
}

static void
on_kind_import_clicked_cb (BpImportDialog *self)
{
  BpImportKind kind = BP_IMPORT_OUTCOMES;

  if (gtk_check_button_get_active (self->kind_population))
    kind = BP_IMPORT_POPULATION;
  else if (gtk_check_button_get_active (self->kind_benchmarks))
    kind = BP_IMPORT_BENCHMARKS;
  else if (gtk_check_button_get_active (self->kind_interventions))
    kind = BP_IMPORT_INTERVENTIONS;
  else if (gtk_check_button_get_active (self->kind_victims))
    kind = BP_IMPORT_VICTIMS;
  else if (gtk_check_button_get_active (self->kind_board))
    kind = BP_IMPORT_BOARD;
  else if (gtk_check_button_get_active (self->kind_staffing))
    kind = BP_IMPORT_STAFFING;
  else if (gtk_check_button_get_active (self->kind_budget))
    kind = BP_IMPORT_BUDGET;
  else if (gtk_check_button_get_active (self->kind_actions))
    kind = BP_IMPORT_ACTIONS;
  start_import (self, kind, FALSE);
}

static void
on_cancel_clicked_cb (BpImportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_label_set_text (self->progress_detail, _("Cancelling…"));
  g_cancellable_cancel (self->cancellable);
}

static void
on_skip_invalid_clicked_cb (BpImportDialog *self)
{
  start_import (self, (int) self->current_kind, TRUE);
}

static void
on_close_clicked_cb (BpImportDialog *self)
{
  next_file (self);
}

static void
on_rejects_chosen_cb (GtkNativeDialog *dialog,
                      int              response,
                      BpImportDialog  *self)
{
  g_autoptr(GFile) target = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (target != NULL)
    bp_import_dialog_save_rejects (self, target);
}

static void
on_save_rejects_clicked_cb (BpImportDialog *self)
{
  g_autofree char *name = current_display_name (self);
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  g_autoptr(GFile) file = current_file (self);
  g_autoptr(GFile) folder = file ? g_file_get_parent (file) : NULL;
  char *dot;

  if (self->chooser != NULL)
    return;
  stem = g_strdup (name);
  dot = strrchr (stem, '.');
  if (dot != NULL)
    *dot = '\0';
  suggested = g_strdup_printf ("%s-rejects.csv", stem);

  self->chooser = gtk_file_chooser_native_new (_("Save rejects file"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_rejects_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gpointer   user_data)
{
  BpImportDialog *self = BP_IMPORT_DIALOG (window);

  /* Closing while importing cancels: nothing is changed. */
  self->closed = TRUE;
  if (self->job != NULL)
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_import_dialog_dispose (GObject *object)
{
  BpImportDialog *self = BP_IMPORT_DIALOG (object);

  self->closed = TRUE;
  stop_progress (self);
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->cancellable);
  remove_tmp_dir (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (bp_import_dialog_parent_class)->dispose (object);
}

static void
bp_import_dialog_finalize (GObject *object)
{
  BpImportDialog *self = BP_IMPORT_DIALOG (object);

  /* Kept to the end: an import finishing after the dialog closed still tells the
   * session about its data. */
  g_clear_object (&self->session);
  g_clear_object (&self->files);
  g_free (self->rejects_path);

  G_OBJECT_CLASS (bp_import_dialog_parent_class)->finalize (object);
}

static void
bp_import_dialog_class_init (BpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_import_dialog_dispose;
  object_class->finalize = bp_import_dialog_finalize;

  /**
   * BpImportDialog::toast:
   * @text: what happened, for the main window to say
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_group);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_outcomes);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_population);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_benchmarks);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_interventions);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_victims);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_staffing);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_budget);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_actions);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, kind_board);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, progress_title);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, progress_detail);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, result_icon);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, preview_title);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, preview_detail);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, preview_table);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, preview_import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_kind_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, result_title);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, result_message);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, problems_scroller);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, more_problems);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, save_rejects_button);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, skip_invalid_button);
  gtk_widget_class_bind_template_child (widget_class, BpImportDialog, close_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_skip_invalid_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_rejects_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bp_import_dialog_init (BpImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

/* --- public API -------------------------------------------------------------------- */

/**
 * bp_import_dialog_new:
 * @files: (transfer none): the CSV files (GFile) to import one after the other
 * @kind: a BpImportKind for every file, or -1 to recognise each from its header
 *
 * Returns: (transfer full): the dialog; bp_import_dialog_start() begins
 */
BpImportDialog *
bp_import_dialog_new (GtkWindow  *parent,
                      BpSession  *session,
                      GListModel *files,
                      int         kind)
{
  BpImportDialog *self;

  g_return_val_if_fail (BP_IS_SESSION (session), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);

  self = g_object_new (BP_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->files = g_object_ref (files);
  self->kind = kind;
  return self;
}

/* Shows the dialog and imports the first file. */
void
bp_import_dialog_start (BpImportDialog *self)
{
  g_return_if_fail (BP_IS_IMPORT_DIALOG (self));

  if (g_list_model_get_n_items (self->files) == 0)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_window_present (GTK_WINDOW (self));
  show_preview (self, self->kind);
}

/* Presses Import on the preview, if the dialog shows one; for tests and the gallery.
 * Returns: whether it did */
gboolean
bp_import_dialog_confirm (BpImportDialog *self)
{
  g_return_val_if_fail (BP_IS_IMPORT_DIALOG (self), FALSE);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "preview") != 0)
    return FALSE;
  on_preview_import_clicked_cb (self);
  return TRUE;
}

/* Whether an import is running. */
gboolean
bp_import_dialog_get_busy (BpImportDialog *self)
{
  g_return_val_if_fail (BP_IS_IMPORT_DIALOG (self), FALSE);
  return self->job != NULL;
}

/**
 * bp_import_dialog_save_rejects:
 * @target: where to write the rejected rows (a CSV file, replaced if it exists)
 *
 * Writes the rows of the file shown that are not valid, unchanged, with the reason in a
 * last column. After an import of the valid rows only, that file is already made and is
 * copied; when nothing was imported, the file is imported again into a scratch database
 * in a private folder, so the user's database is never touched for it.
 */
void
bp_import_dialog_save_rejects (BpImportDialog *self,
                               GFile          *target)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (target));

  if (self->job != NULL)
    return;
  if (self->rejects_path != NULL)
    {
      g_autoptr(GFile) source = g_file_new_for_path (self->rejects_path);
      g_autofree char *name = g_file_get_basename (target);
      g_autofree char *text = NULL;

      if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
        {
          toast (self, error->message);
          return;
        }
      text = g_strdup_printf (_("Rejected rows saved to “%s”"), name);
      toast (self, text);
    }
  else
    {
      g_autoptr(GFile) file = current_file (self);
      const char *dir = ensure_tmp_dir (self, &error);
      ImportJob *job;

      if (dir == NULL)
        {
          toast (self, error->message);
          return;
        }
      remove_scratch_database (self);
      job = g_new0 (ImportJob, 1);
      job->db_path = g_build_filename (dir, "scratch.db", NULL);
      job->file_path = g_file_get_path (file);
      job->kind = (int) self->current_kind;
      job->skip_invalid = TRUE;
      job->rejects_path = g_file_get_path (target);
      job->scratch = TRUE;
      run_job (self, job, _("Writing the rejects file"));
    }
}

/* Cancels the running import, as the Cancel button does: nothing is changed. */
void
bp_import_dialog_cancel (BpImportDialog *self)
{
  g_return_if_fail (BP_IS_IMPORT_DIALOG (self));

  if (self->job != NULL)
    on_cancel_clicked_cb (self);
}

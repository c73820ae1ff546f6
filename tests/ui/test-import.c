/* test-import.c: importing from the window: problems listed, nothing changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "bp-import-dialog.h"
#include "bp-table.h"
#include "bp-test-util.h"
#include "bp-ui-fixture.h"
#include "bp-window.h"

typedef struct
{
  char           *dir;
  char           *db;
  BpWindow       *window;
  BpImportDialog *dialog;
  GPtrArray      *toasts;
  gboolean        destroyed;
} Fixture;

#define OUTCOMES_HEADER "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date," \
                        "outcome_type,offence_date\n"

/* One good row (line 2), a bad sex (line 3) and an impossible date (line 4). */
#define BAD_OUTCOMES OUTCOMES_HEADER \
  "N-1,C-901,2009-02-01,M,W1,2024-02-01,YC,2024-01-20\n" \
  "N-2,C-902,2009-02-01,X,W1,2024-02-01,YC,2024-01-20\n" \
  "N-3,C-903,2009-02-01,F,W1,2024-13-45,YC,2024-01-20\n"

static gpointer
dialog_child (Fixture    *f,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                   BP_TYPE_IMPORT_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static gboolean
session_idle (gpointer data)
{
  return !bp_session_get_computing (data);
}

static gboolean
dialog_settled (gpointer data)
{
  Fixture *f = data;

  return f->destroyed || !bp_import_dialog_get_busy (f->dialog);
}

static char *
dump (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = bp_store_open (f->db, &error);

  g_assert_no_error (error);
  return bp_test_dump_store (store);
}

static void
on_toast_cb (BpImportDialog *dialog,
             const char     *text,
             Fixture        *f)
{
  g_ptr_array_add (f->toasts, g_strdup (text));
}

static void
on_destroy_cb (GtkWidget *widget,
               Fixture   *f)
{
  f->destroyed = TRUE;
}

/* Imports @path as the window does, and waits until the dialog has nothing running. */
static void
import (Fixture    *f,
        const char *path,
        int         kind)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_list_store_append (files, file);
  f->destroyed = FALSE;
  f->dialog = bp_import_dialog_new (GTK_WINDOW (f->window), bp_window_get_session (f->window),
                                    G_LIST_MODEL (files), kind);
  g_signal_connect (f->dialog, "toast", G_CALLBACK (on_toast_cb), f);
  g_signal_connect (f->dialog, "destroy", G_CALLBACK (on_destroy_cb), f);
  bp_import_dialog_start (f->dialog);
  /* the preview first: its first rows and how its headings are read; then Import */
  bp_import_dialog_confirm (f->dialog);
  bp_ui_fixture_wait (dialog_settled, f, 60);
  bp_ui_fixture_wait (session_idle, bp_window_get_session (f->window), 60);
  bp_ui_fixture_wait_ms (20);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = bp_test_tmpdir ();
  f->db = bp_ui_fixture_make_database (f->dir);
  f->toasts = g_ptr_array_new_with_free_func (g_free);
  f->window = bp_window_new (NULL, f->db);
  gtk_window_present (GTK_WINDOW (f->window));
  bp_ui_fixture_wait (session_idle, bp_window_get_session (f->window), 30);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (!f->destroyed && f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  bp_ui_fixture_wait_ms (20);
  g_ptr_array_unref (f->toasts);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
problems_text (Fixture *f)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (dialog_child (f, "problems_list"));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }
  return g_string_free (text, FALSE);
}

/* --- tests ------------------------------------------------------------------------- */

/* A file with two bad rows: the dialog names both by line and column, and the
 * database is exactly as it was. */
static void
test_bad_file_changes_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "bad.csv", BAD_OUTCOMES);

  import (f, path, -1);

  g_assert_false (f->destroyed);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (dialog_child (f, "stack")), ==, "result");
  g_assert_cmpstr (gtk_label_get_text (dialog_child (f, "result_title")), ==,
                   "Nothing was imported");
  g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (f, "result_message")),
                            "2 of the 3 rows"));
  problems = problems_text (f);
  /* the file is the dialog's title: the problems say the line and the column only */
  g_assert_nonnull (strstr (problems, "line 3, column sex: "));
  g_assert_nonnull (strstr (problems, "line 4, column outcome_date: "));
  g_assert_null (strstr (problems, f->dir));
  g_assert_null (strstr (problems, "bad.csv:"));
  g_assert_true (gtk_widget_get_visible (dialog_child (f, "save_rejects_button")));
  g_assert_true (gtk_widget_get_visible (dialog_child (f, "skip_invalid_button")));
  g_assert_cmpuint (f->toasts->len, ==, 0);

  after = dump (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (bp_session_get_state (bp_window_get_session (f->window)), ==,
                   BP_SESSION_READY);
}

/* "Import valid rows only": the good row goes in, the two bad ones are counted and
 * written to a rejects file with their reasons. */
static void
test_import_valid_rows_only (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "bad.csv", BAD_OUTCOMES);
  BpStore *store;

  import (f, path, -1);
  g_signal_emit_by_name (dialog_child (f, "skip_invalid_button"), "clicked");
  bp_ui_fixture_wait (dialog_settled, f, 60);
  bp_ui_fixture_wait (session_idle, bp_window_get_session (f->window), 60);

  g_assert_cmpstr (gtk_label_get_text (dialog_child (f, "result_title")), ==,
                   "1 row imported, 2 rejected");
  /* rows went in: the success icon, not a warning */
  g_assert_cmpstr (gtk_image_get_icon_name (dialog_child (f, "result_icon")), ==,
                   "emblem-ok-symbolic");
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->toasts, 0), ==, "1 row imported, 2 rejected");
  g_assert_true (gtk_widget_get_visible (dialog_child (f, "save_rejects_button")));

  store = bp_session_get_store (bp_window_get_session (f->window));
  /* 60 + 22 + 77 fixture rows, and the one valid row. */
  g_assert_cmpint (bp_store_count (store, "outcome"), ==, 60 + 22 + 77 + 1);
  {
    g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (store, "SELECT count(*) FROM import_reject",
                                                     NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  }
}

/* "Save rejects file…" when nothing was imported: the bad rows, unchanged, with their
 * reasons; the database is untouched. */
static void
test_save_rejects (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "bad.csv", BAD_OUTCOMES);
  g_autofree char *rejects = g_build_filename (f->dir, "bad-rejects.csv", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (rejects);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  import (f, path, -1);
  bp_import_dialog_save_rejects (f->dialog, target);
  g_assert_true (bp_import_dialog_get_busy (f->dialog));
  bp_ui_fixture_wait (dialog_settled, f, 60);

  g_assert_true (g_file_get_contents (rejects, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  /* The header with a reason column, then the two bad rows as they were. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_suffix (lines[0], ",reason"));
  g_assert_true (g_str_has_prefix (lines[1], "N-2,C-902,2009-02-01,X,"));
  g_assert_true (g_str_has_prefix (lines[2], "N-3,C-903,"));
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (dialog_child (f, "stack")), ==, "result");

  after = dump (f);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
progress_shown (gpointer data)
{
  Fixture *f = data;

  return gtk_progress_bar_get_fraction (dialog_child (f, "progress_bar")) > 0.0;
}

/* A long import shows its progress while the window goes on (the main loop runs), and
 * Cancel stops it with nothing changed. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;
  g_autoptr(GString) csv = g_string_new (OUTCOMES_HEADER);
  g_autofree char *path = NULL;
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = NULL;

  for (int i = 0; i < 300000; i++)
    g_string_append_printf (csv, "B-%06d,C-%06d,2009-02-01,F,W1,2024-02-01,YC,2024-01-20\n", i, i);
  path = bp_ui_fixture_write_csv (f->dir, "big.csv", csv->str);
  file = g_file_new_for_path (path);
  g_list_store_append (files, file);

  f->dialog = bp_import_dialog_new (GTK_WINDOW (f->window), bp_window_get_session (f->window),
                                    G_LIST_MODEL (files), -1);
  g_signal_connect (f->dialog, "toast", G_CALLBACK (on_toast_cb), f);
  g_signal_connect (f->dialog, "destroy", G_CALLBACK (on_destroy_cb), f);
  bp_import_dialog_start (f->dialog);
  g_assert_true (bp_import_dialog_confirm (f->dialog));
  bp_ui_fixture_wait (progress_shown, f, 60);
  g_assert_true (bp_import_dialog_get_busy (f->dialog));
  bp_import_dialog_cancel (f->dialog);
  bp_ui_fixture_wait (dialog_settled, f, 60);

  g_assert_true (f->destroyed);
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->toasts, 0), ==, "Import cancelled: nothing was changed");
  after = dump (f);
  g_assert_cmpstr (before, ==, after);
}

/* A population file is recognised from its header and imported; the window says how
 * many rows went in. */
static void
test_recognises_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "pop.csv",
                                                   "year,age,sex,ethnicity,count,source\n"
                                                   "2022,10-17,All,All,33000,ONS mid-year "
                                                   "estimate 2022\n");

  import (f, path, -1);
  g_assert_true (f->destroyed);
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->toasts, 0), ==, "1 row imported");
  g_assert_cmpint (bp_store_count (bp_session_get_store (bp_window_get_session (f->window)),
                                   "population"), ==, 5);
}

/* A header of no known kind: the dialog asks which kind the file is. */
static void
test_asks_kind (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "what.csv", "a,b,c\n1,2,3\n");

  import (f, path, -1);
  g_assert_false (f->destroyed);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (dialog_child (f, "stack")), ==, "kind");
}

static gboolean
population_imported (gpointer data)
{
  Fixture *f = data;
  BpSession *session = bp_window_get_session (f->window);

  return bp_store_count (bp_session_get_store (session), "population") == 5 &&
         !bp_session_get_computing (session);
}

/* Before importing, the dialog shows the file's first rows and what each heading is
 * read as (a synonym's column named, a heading not used said so), and nothing is
 * imported until Import is pressed. */
static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "pop.csv",
                                                   "year,age,gender,ethnicity,count,source,Notes\n"
                                                   "2022,10-17,All,All,33000,ONS 2022,checked\n"
                                                   "2021,10-17,All,All,32000,ONS 2021,\n");
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkColumnView *table;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) sex = NULL;
  g_autoptr(GtkColumnViewColumn) notes = NULL;

  g_list_store_append (files, file);
  f->dialog = bp_import_dialog_new (GTK_WINDOW (f->window), bp_window_get_session (f->window),
                                    G_LIST_MODEL (files), -1);
  g_signal_connect (f->dialog, "toast", G_CALLBACK (on_toast_cb), f);
  g_signal_connect (f->dialog, "destroy", G_CALLBACK (on_destroy_cb), f);
  bp_import_dialog_start (f->dialog);
  bp_ui_fixture_wait_ms (50);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (dialog_child (f, "stack")), ==, "preview");
  g_assert_cmpstr (gtk_label_get_text (dialog_child (f, "preview_title")), ==,
                   "“pop.csv”: Population");
  g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (f, "preview_detail")),
                            "Not used: Notes."));
  table = dialog_child (f, "preview_table");
  g_assert_cmpuint (bp_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (bp_table_row_get_cell (bp_table_get_row (table, 0), 4), ==, "33000");
  columns = gtk_column_view_get_columns (table);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);
  sex = g_list_model_get_item (columns, 2);
  notes = g_list_model_get_item (columns, 6);
  g_assert_cmpstr (gtk_column_view_column_get_title (sex), ==, "gender → sex");
  g_assert_cmpstr (gtk_column_view_column_get_title (notes), ==, "Notes (not used)");
  /* nothing is imported yet */
  after = dump (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (bp_import_dialog_get_busy (f->dialog));

  g_assert_true (bp_import_dialog_confirm (f->dialog));
  bp_ui_fixture_wait (dialog_settled, f, 60);
  bp_ui_fixture_wait (session_idle, bp_window_get_session (f->window), 60);
  g_assert_true (f->destroyed);
  g_assert_cmpuint (f->toasts->len, ==, 1);
}

/* CSV files dropped on the window are imported, each recognised from its header. */
static void
test_drop_files (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = bp_ui_fixture_write_csv (f->dir, "dropped.csv",
                                                   "year,age,sex,ethnicity,count,source\n"
                                                   "2022,10-17,All,All,33000,ONS mid-year "
                                                   "estimate 2022\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList *list = g_slist_prepend (NULL, file);
  GdkFileList *files = gdk_file_list_new_from_list (list);
  GObject *overlay = gtk_widget_get_template_child (GTK_WIDGET (f->window), BP_TYPE_WINDOW,
                                                    "toast_overlay");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (overlay));
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, files);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
    }
  g_value_unset (&value);
  g_slist_free (list);
  g_assert_true (accepted);
  /* the import dialog previews the file: Import */
  {
    GList *toplevels = gtk_window_list_toplevels ();
    gboolean confirmed = FALSE;

    for (GList *l = toplevels; l; l = l->next)
      if (BP_IS_IMPORT_DIALOG (l->data))
        confirmed |= bp_import_dialog_confirm (l->data);
    g_list_free (toplevels);
    g_assert_true (confirmed);
  }

  /* The fixture's four population rows and the one dropped. */
  bp_ui_fixture_wait (population_imported, f, 60);
}

int
main (int    argc,
      char **argv)
{
  bp_ui_fixture_init (&argc, &argv);

  g_test_add ("/ui/import/bad-file-changes-nothing", Fixture, NULL, fixture_set_up,
              test_bad_file_changes_nothing, fixture_tear_down);
  g_test_add ("/ui/import/valid-rows-only", Fixture, NULL, fixture_set_up,
              test_import_valid_rows_only, fixture_tear_down);
  g_test_add ("/ui/import/save-rejects", Fixture, NULL, fixture_set_up, test_save_rejects,
              fixture_tear_down);
  g_test_add ("/ui/import/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  g_test_add ("/ui/import/recognises-kind", Fixture, NULL, fixture_set_up,
              test_recognises_kind, fixture_tear_down);
  g_test_add ("/ui/import/asks-kind", Fixture, NULL, fixture_set_up, test_asks_kind,
              fixture_tear_down);
  g_test_add ("/ui/import/preview", Fixture, NULL, fixture_set_up, test_preview,
              fixture_tear_down);
  g_test_add ("/ui/import/drop-files", Fixture, NULL, fixture_set_up, test_drop_files,
              fixture_tear_down);
  return g_test_run ();
}

/* test-export.c: "Export board pack…" writes the workbook and the PDF
 *
 * The workbook is read back with an independent reader (Debian's python3-openpyxl).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "bp-disparity-page.h"
#include "bp-export-dialog.h"
#include "bp-overview-page.h"
#include "bp-paper.h"
#include "bp-table.h"
#include "bp-test-util.h"
#include "bp-ui.h"
#include "bp-ui-fixture.h"
#include "bp-window.h"

typedef struct
{
  char           *dir;
  char           *db;
  BpWindow       *window;
  BpExportDialog *dialog;
} Fixture;

static gboolean
session_idle (gpointer data)
{
  return !bp_session_get_computing (data);
}

static gboolean
export_done (gpointer data)
{
  return !bp_export_dialog_get_busy (data);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = bp_test_tmpdir ();
  f->db = bp_ui_fixture_make_database (f->dir);
  f->window = bp_window_new (NULL, f->db);
  gtk_window_present (GTK_WINDOW (f->window));
  bp_ui_fixture_wait (session_idle, bp_window_get_session (f->window), 30);
  f->dialog = bp_export_dialog_new (GTK_WINDOW (f->window), bp_window_get_session (f->window));
  gtk_window_present (GTK_WINDOW (f->dialog));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  bp_ui_fixture_wait_ms (20);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static gboolean
file_starts_with (const char *path,
                  const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return length > strlen (magic) && memcmp (contents, magic, strlen (magic)) == 0;
}

/* Both files, internal profile: the workbook holds the area and the 60 first time
 * entrants of the period. */
static void
test_writes_workbook_and_pdf (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "pack.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "pack.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "texts = [c for ws in wb for row in ws.iter_rows(values_only=True) for c in row]\n"
    "print('area' if any(isinstance(c, str) and 'Testshire' in c for c in texts) else '-')\n"
    "print('fte' if 60 in texts else '-')\n";
  /* Debian's Python, where python3-openpyxl is. */
  char *argv[] = { (char *) "/usr/bin/python3", (char *) "-c", (char *) script, xlsx, NULL };
  g_autoptr(GError) error = NULL;

  bp_export_dialog_set_target (f->dialog, f->dir, "pack", 0, BP_PROFILE_INTERNAL);
  bp_export_dialog_export (f->dialog);
  g_assert_true (bp_export_dialog_get_busy (f->dialog));
  bp_ui_fixture_wait (export_done, f->dialog, 120);

  g_assert_cmpstr (bp_export_dialog_get_xlsx_path (f->dialog), ==, xlsx);
  g_assert_cmpstr (bp_export_dialog_get_pdf_path (f->dialog), ==, pdf);
  g_assert_true (file_starts_with (xlsx, "PK"));
  g_assert_true (file_starts_with (pdf, "%PDF"));

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read the workbook: %s", err);
  g_assert_cmpstr (out, ==, "area\nfte\n");
}

/* Only the PDF when asked: no workbook is written. */
static void
test_pdf_only (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "partner.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "partner.pdf", NULL);

  bp_export_dialog_set_target (f->dialog, f->dir, "partner", 2, BP_PROFILE_PARTNER);
  bp_export_dialog_export (f->dialog);
  bp_ui_fixture_wait (export_done, f->dialog, 120);

  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_true (file_starts_with (pdf, "%PDF"));
}

/* Choosing Remands on the Disproportionality page is that page's view: the Overview and
 * the board pack keep the stage of Preferences (cautioned or sentenced), and the export
 * dialog says which stage the pack uses (issue "Trust", 3). */
static void
test_page_stage_leaves_pack (Fixture       *f,
                             gconstpointer  data)
{
  BpSession *session = bp_window_get_session (f->window);
  GtkWidget *page = bp_ui_fixture_window_child (f->window, "disparity_page");
  GtkDropDown *stage = GTK_DROP_DOWN (gtk_widget_get_template_child (page,
                                                                      BP_TYPE_DISPARITY_PAGE,
                                                                      "stage_dropdown"));
  g_autofree char *xlsx = g_build_filename (f->dir, "stage.xlsx", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "print(wb['Disproportionality']['A1'].value)\n";
  char *argv[] = { (char *) "/usr/bin/python3", (char *) "-c", (char *) script, xlsx, NULL };
  g_autoptr(GError) error = NULL;
  BpExportDialog *dialog;
  GtkWidget *stage_row;

  gtk_drop_down_set_selected (stage, BP_STAGE_REMAND);
  bp_ui_fixture_wait (session_idle, session, 30);
  g_assert_cmpint (bp_session_get_page_report (session)->disparity.stage, ==, BP_STAGE_REMAND);
  g_assert_cmpint (bp_session_get_stage (session), ==, BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (bp_session_get_report (session)->disparity.stage, ==,
                   BP_STAGE_CAUTIONED_OR_SENTENCED);
  /* The Overview's tile is still the hand-worked RRI of children cautioned or sentenced. */
  g_assert_cmpstr (bp_overview_page_get_value (bp_ui_fixture_window_child (f->window,
                                                                          "overview_page"),
                                               "disparity"), ==, "2.50");
  if (g_getenv ("BP_UI_SHOTS"))
    {
      g_autofree char *shot = g_build_filename (g_getenv ("BP_UI_SHOTS"),
                                                "overview-after-remands.png", NULL);
      g_autofree char *shot2 = g_build_filename (g_getenv ("BP_UI_SHOTS"),
                                                 "disparity-remands.png", NULL);

      bp_window_show_page (f->window, "disparity");
      bp_ui_fixture_wait_ms (200);
      g_assert_true (bp_ui_fixture_save_window (GTK_WIDGET (f->window), shot2));
      bp_window_show_page (f->window, "overview");
      bp_ui_fixture_wait_ms (200);
      g_assert_true (bp_ui_fixture_save_window (GTK_WIDGET (f->window), shot));
    }

  dialog = bp_export_dialog_new (GTK_WINDOW (f->window), session);
  stage_row = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (dialog), BP_TYPE_EXPORT_DIALOG,
                                             "stage_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (stage_row)), ==,
                   "Children cautioned or sentenced, as chosen in Preferences");
  bp_export_dialog_set_target (dialog, f->dir, "stage", 1, BP_PROFILE_INTERNAL);
  bp_export_dialog_export (dialog);
  bp_ui_fixture_wait (export_done, dialog, 120);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read the workbook: %s", err);
  g_assert_nonnull (strstr (out, "children cautioned or sentenced in"));
  g_assert_null (strstr (out, "remanded"));
}

/* The page's years and tier, and the six-year series; then the pack's years from
 * Preferences: the page's choices leave the pack alone, Preferences' reach it. */
static void
test_page_years_and_tier (Fixture       *f,
                          gconstpointer  data)
{
  BpSession *session = bp_window_get_session (f->window);
  GtkWidget *page = bp_ui_fixture_window_child (f->window, "disparity_page");
  GtkDropDown *years = GTK_DROP_DOWN (gtk_widget_get_template_child (page,
                                                                      BP_TYPE_DISPARITY_PAGE,
                                                                      "years_dropdown"));
  GtkDropDown *tier = GTK_DROP_DOWN (gtk_widget_get_template_child (page,
                                                                     BP_TYPE_DISPARITY_PAGE,
                                                                     "tier_dropdown"));
  GtkColumnView *trend = GTK_COLUMN_VIEW (gtk_widget_get_template_child (page,
                                                                          BP_TYPE_DISPARITY_PAGE,
                                                                          "trend_table"));
  g_autoptr(GSettings) settings = bp_ui_settings_new ();
  g_autofree char *xlsx = g_build_filename (f->dir, "pooled.xlsx", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *script =
    "import sys, openpyxl\n"
    "ws = openpyxl.load_workbook(sys.argv[1])['Disproportionality']\n"
    "print(' '.join(str(c.value) for r in ws.iter_rows() for c in r if c.value))\n";
  char *argv[] = { (char *) "/usr/bin/python3", (char *) "-c", (char *) script, xlsx, NULL };
  g_autoptr(GError) error = NULL;
  const BpDisparity *d;
  BpExportDialog *dialog;
  GtkWidget *stage_row;

  bp_window_show_page (f->window, "disparity");
  gtk_drop_down_set_selected (years, 1);  /* two years, pooled */
  gtk_drop_down_set_selected (tier, 1 + BP_TIER_PRE_COURT);
  bp_ui_fixture_wait (session_idle, session, 30);
  bp_ui_fixture_wait_ms (100);
  d = &bp_session_get_page_report (session)->disparity;
  g_assert_cmpint (d->years, ==, 2);
  g_assert_true (d->by_tier);
  g_assert_cmpint (d->tier, ==, BP_TIER_PRE_COURT);
  g_assert_cmpint (bp_session_get_report (session)->disparity.years, ==, 1);
  g_assert_false (bp_session_get_report (session)->disparity.by_tier);
  /* a row per group, a column per year and the two changes */
  g_assert_cmpuint (bp_table_get_n_rows (trend), ==, BP_DISPARITY_N_ROWS);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (trend)), ==,
                    1 + BP_DISPARITY_TREND_YEARS + 2);
  if (g_getenv ("BP_UI_SHOTS"))
    {
      g_autofree char *shot = g_build_filename (g_getenv ("BP_UI_SHOTS"),
                                                "disparity-pooled-tier.png", NULL);

      g_assert_true (bp_ui_fixture_save_window (GTK_WIDGET (f->window), shot));
    }

  g_settings_set_int (settings, "pack-disparity-years", 2);
  bp_ui_fixture_wait_ms (50);
  bp_ui_fixture_wait (session_idle, session, 30);
  g_assert_cmpint (bp_session_get_disparity_years (session), ==, 2);
  g_assert_cmpint (bp_session_get_report (session)->disparity.years, ==, 2);
  dialog = bp_export_dialog_new (GTK_WINDOW (f->window), session);
  stage_row = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                           BP_TYPE_EXPORT_DIALOG, "stage_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (stage_row)), ==,
                   "Children cautioned or sentenced, pooled over 2 financial years, as chosen "
                   "in Preferences");
  bp_export_dialog_set_target (dialog, f->dir, "pooled", 1, BP_PROFILE_INTERNAL);
  bp_export_dialog_export (dialog);
  bp_ui_fixture_wait (export_done, dialog, 120);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "pack-disparity-years");

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read the workbook: %s", err);
  g_assert_nonnull (strstr (out, "pooled over 2 financial years"));
  g_assert_null (strstr (out, "Only outcomes of one tier"));
}

/* The paper's details: typed in the dialog, kept in the database, printed on the cover;
 * a meeting date that is not one keeps Export off. */
static void
test_paper_details (Fixture       *f,
                    gconstpointer  data)
{
  GObject *meeting = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                    BP_TYPE_EXPORT_DIALOG, "meeting_row");
  GObject *author = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                   BP_TYPE_EXPORT_DIALOG, "author_row");
  GObject *purpose = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                    BP_TYPE_EXPORT_DIALOG, "purpose_row");
  GObject *button = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                   BP_TYPE_EXPORT_DIALOG, "export_button");
  g_autofree char *xlsx = g_build_filename (f->dir, "paper.xlsx", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *script =
    "import sys, openpyxl\n"
    "ws = openpyxl.load_workbook(sys.argv[1])['Cover']\n"
    "t = ws.tables['The_paper']\n"
    "print('|'.join(str(c.value) for r in ws[t.ref] for c in r))\n";
  char *argv[] = { (char *) "/usr/bin/python3", (char *) "-c", (char *) script, xlsx, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(BpPaperDetails) kept = NULL;

  gtk_editable_set_text (GTK_EDITABLE (meeting), "31/13/2025");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  gtk_editable_set_text (GTK_EDITABLE (meeting), "15/04/2025");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  gtk_editable_set_text (GTK_EDITABLE (author), "Head of Service");
  gtk_editable_set_text (GTK_EDITABLE (purpose), "For information and decision");
  bp_export_dialog_set_target (f->dialog, f->dir, "paper", 1, BP_PROFILE_INTERNAL);
  bp_export_dialog_export (f->dialog);
  bp_ui_fixture_wait (export_done, f->dialog, 120);

  kept = bp_paper_details_load (bp_session_get_store (bp_window_get_session (f->window)));
  g_assert_cmpint (kept->meeting, ==, bp_day_from_ymd (2025, 4, 15));
  g_assert_cmpstr (kept->author, ==, "Head of Service");
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read the cover: %s", err);
  g_assert_nonnull (strstr (out, "Board meeting|15 April 2025"));
  g_assert_nonnull (strstr (out, "Author|Head of Service"));
  g_assert_nonnull (strstr (out, "Purpose|For information and decision"));
}

/* Both languages: two packs, each named with its language; the Welsh one (written by
 * `boardpack export --language cy` in a process of its own) numbers its pages in Welsh,
 * and the window stays English. */
static void
test_both_languages (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *english = g_build_filename (f->dir, "pack (English).pdf", NULL);
  g_autofree char *welsh = g_build_filename (f->dir, "pack (Cymraeg).pdf", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "pack.pdf", NULL);
  g_autofree char *out_en = NULL;
  g_autofree char *out_cy = NULL;
  char *argv_en[] = { (char *) "pdftotext", english, (char *) "-", NULL };
  char *argv_cy[] = { (char *) "pdftotext", welsh, (char *) "-", NULL };
  g_autoptr(GError) error = NULL;

  bp_export_dialog_set_target (f->dialog, f->dir, "pack", 2, BP_PROFILE_INTERNAL);
  bp_export_dialog_set_language (f->dialog, 2);
  bp_export_dialog_export (f->dialog);
  bp_ui_fixture_wait (export_done, f->dialog, 180);

  g_assert_true (file_starts_with (english, "%PDF"));
  g_assert_true (file_starts_with (welsh, "%PDF"));
  g_assert_false (g_file_test (plain, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (bp_export_dialog_get_files (f->dialog), "pack (Cymraeg).pdf"));
  g_spawn_sync (NULL, argv_en, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out_en, NULL, NULL,
                &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, argv_cy, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out_cy, NULL, NULL,
                &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out_en, "Page 1 of"));
  g_assert_nonnull (strstr (out_cy, "Tudalen 1 o"));
  g_assert_cmpstr (_("Export board pack"), ==, "Export board pack");
  /* The dialog remembers the choice: the next tests' dialogs start from the window's. */
  {
    g_autoptr(GSettings) settings = bp_ui_settings_new ();

    g_autofree char *kept = g_settings_get_string (settings, "export-language");

    g_assert_cmpstr (kept, ==, "both");
    g_settings_reset (settings, "export-language");
  }
}

static gboolean
preview_shown (gpointer data)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (data), BP_TYPE_EXPORT_DIALOG,
                                                  "stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "preview") == 0;
}

/* Preview draws the PDF's cover and summary in the dialog and writes nothing. */
static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  GObject *box = gtk_widget_get_template_child (GTK_WIDGET (f->dialog), BP_TYPE_EXPORT_DIALOG,
                                                "preview_box");
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                  BP_TYPE_EXPORT_DIALOG, "preview_label");
  g_autofree char *pdf = g_build_filename (f->dir, "preview.pdf", NULL);
  GtkWidget *page;
  guint n = 0;

  bp_export_dialog_set_target (f->dialog, f->dir, "preview", 2, BP_PROFILE_INTERNAL);
  gtk_window_set_default_size (GTK_WINDOW (f->dialog), 760, 640);
  bp_export_dialog_preview (f->dialog);
  bp_ui_fixture_wait (preview_shown, f->dialog, 120);
  for (page = gtk_widget_get_first_child (GTK_WIDGET (box)); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (page));

      g_assert_nonnull (paintable);
      /* A4 portrait at a pixel a point */
      g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 596);
      g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 842);
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)),
                                   "The first 2 pages of "));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  if (g_getenv ("BP_UI_SHOTS"))
    {
      g_autofree char *path = g_build_filename (g_getenv ("BP_UI_SHOTS"),
                                                "export-preview.png", NULL);

      bp_ui_fixture_wait_ms (300);
      g_assert_true (bp_ui_fixture_save_window (GTK_WIDGET (f->dialog), path));
    }
}

int
main (int    argc,
      char **argv)
{
  bp_ui_fixture_init (&argc, &argv);

  g_test_add ("/ui/export/writes-workbook-and-pdf", Fixture, NULL, fixture_set_up,
              test_writes_workbook_and_pdf, fixture_tear_down);
  g_test_add ("/ui/export/pdf-only", Fixture, NULL, fixture_set_up, test_pdf_only,
              fixture_tear_down);
  g_test_add ("/ui/export/page-stage-leaves-the-pack", Fixture, NULL, fixture_set_up,
              test_page_stage_leaves_pack, fixture_tear_down);
  g_test_add ("/ui/export/paper-details", Fixture, NULL, fixture_set_up, test_paper_details,
              fixture_tear_down);
  g_test_add ("/ui/export/both-languages", Fixture, NULL, fixture_set_up, test_both_languages,
              fixture_tear_down);
  g_test_add ("/ui/export/preview", Fixture, NULL, fixture_set_up, test_preview,
              fixture_tear_down);
  g_test_add ("/ui/export/page-years-and-tier", Fixture, NULL, fixture_set_up,
              test_page_years_and_tier, fixture_tear_down);
  return g_test_run ();
}

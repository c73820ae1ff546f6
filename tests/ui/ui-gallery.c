/* ui-gallery.c: every page of the window as PNG files, light and dark
 *
 *   ui-gallery DATABASE OUTDIR [WIDTH HEIGHT]
 *
 * Opens the real window on DATABASE, waits for its figures, and renders the window
 * (GtkSnapshot + the window's GskRenderer) once per page and style to
 * OUTDIR/<page>-<light|dark>.png, then the dialogs: the problems of a bad file, the
 * export options and the preferences. What a reviewer looks at without a desktop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-ui-fixture.h"

#include <adwaita.h>

#include "bp-export-dialog.h"
#include "bp-i18n.h"
#include "bp-import-dialog.h"
#include "bp-preferences-window.h"
#include "bp-rate-page.h"
#include "bp-ui.h"
#include "bp-window.h"

static const char *const pages[] = {
  "overview", "fte", "custody", "reoffending", "disparity", "plan", "data",
};

static void
wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
import_idle (gpointer data)
{
  return !bp_import_dialog_get_busy (data);
}

int
main (int    argc,
      char **argv)
{
  BpWindow *window;
  BpSession *session;
  int width = 1300, height = 900;
  gint64 deadline;

  if (argc != 3 && argc != 5)
    {
      g_printerr ("usage: ui-gallery DATABASE OUTDIR [WIDTH HEIGHT]\n");
      return 1;
    }
  if (argc == 5)
    {
      width = atoi (argv[3]);
      height = atoi (argv[4]);
    }

  gtk_init ();
  /* In the desktop's language, as the program is: LANGUAGE=cy gives the Welsh window. */
  bp_i18n_init ();
  adw_init ();
  bp_ui_init ();
  /* Pictures of settled windows, not of transitions. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* What AdwApplication does for the real program: the application's own styles. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, BP_RESOURCE_PATH "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_mkdir_with_parents (argv[2], 0700);

  window = bp_window_new (NULL, argv[1]);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  session = bp_window_get_session (window);

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (bp_session_get_computing (session) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  for (guint style = 0; style < 2; style++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          style ? ADW_COLOR_SCHEME_FORCE_DARK
                                                : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%s.png", pages[i],
                                                   style ? "dark" : "light");
          g_autofree char *path = g_build_filename (argv[2], name, NULL);

          if (bp_session_get_state (session) == BP_SESSION_READY)
            bp_window_show_page (window, pages[i]);
          wait_ms (400);
          if (!bp_ui_fixture_save_window (GTK_WIDGET (window), path))
            {
              g_printerr ("ui-gallery: %s could not be written\n", path);
              return 1;
            }
          g_print ("%s\n", path);
          if (bp_session_get_state (session) != BP_SESSION_READY)
            break;
        }
    }

  /* A breakdown, and the dialogs, light. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  if (bp_session_get_state (session) == BP_SESSION_READY)
    {
      g_autofree char *path = g_build_filename (argv[2], "fte-by-ethnic-group-light.png", NULL);
      BpRatePage *fte = BP_RATE_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                     BP_TYPE_WINDOW,
                                                                     "fte_page"));

      bp_window_show_page (window, "fte");
      bp_rate_page_set_view (fte, BP_RATE_VIEW_ETHNICITY);
      wait_ms (400);
      if (bp_ui_fixture_save_window (GTK_WIDGET (window), path))
        g_print ("%s\n", path);
      bp_rate_page_set_view (fte, BP_RATE_VIEW_TREND);
    }
  {
    g_autofree char *bad = g_build_filename (argv[2], "bad-outcomes.csv", NULL);
    g_autofree char *path = g_build_filename (argv[2], "import-problems.png", NULL);
    g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
    g_autoptr(GFile) file = g_file_new_for_path (bad);
    BpImportDialog *dialog;

    g_file_set_contents (bad,
                         "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,"
                         "outcome_type,offence_date\n"
                         "G-1,C-1,2009-02-01,M,W1,2024-02-01,YC,2024-01-20\n"
                         "G-2,C-2,2009-02-01,X,W1,2024-02-01,YC,2024-01-20\n"
                         "G-3,C-3,2009-02-01,F,W1,31/02/2024,YC,2024-01-20\n"
                         "G-4,C-4,2009-02-01,F,W1,2024-02-01,Community order,2024-01-20\n",
                         -1, NULL);
    g_list_store_append (files, file);
    dialog = bp_import_dialog_new (GTK_WINDOW (window), session, G_LIST_MODEL (files), -1);
    bp_import_dialog_start (dialog);
    wait_ms (400);
    {
      g_autofree char *preview = g_build_filename (argv[2], "import-preview.png", NULL);

      if (bp_ui_fixture_save_window (GTK_WIDGET (dialog), preview))
        g_print ("%s\n", preview);
    }
    bp_import_dialog_confirm (dialog);
    deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
    while (!import_idle (dialog) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    wait_ms (400);
    if (bp_ui_fixture_save_window (GTK_WIDGET (dialog), path))
      g_print ("%s\n", path);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  if (bp_session_get_state (session) == BP_SESSION_READY)
    {
      g_autofree char *path = g_build_filename (argv[2], "export-dialog.png", NULL);
      BpExportDialog *dialog = bp_export_dialog_new (GTK_WINDOW (window), session);

      gtk_window_present (GTK_WINDOW (dialog));
      wait_ms (400);
      if (bp_ui_fixture_save_window (GTK_WIDGET (dialog), path))
        g_print ("%s\n", path);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  {
    g_autofree char *path = g_build_filename (argv[2], "preferences.png", NULL);
    BpPreferencesWindow *prefs = bp_preferences_window_new (GTK_WINDOW (window));

    gtk_window_present (GTK_WINDOW (prefs));
    wait_ms (400);
    if (bp_ui_fixture_save_window (GTK_WIDGET (prefs), path))
      g_print ("%s\n", path);
    gtk_window_destroy (GTK_WINDOW (prefs));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

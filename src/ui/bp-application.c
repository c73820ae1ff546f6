/* bp-application.c: the application: one instance, its actions and accelerators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-application.h"
#include "bp-preferences-window.h"
#include "bp-ui.h"
#include "bp-window.h"

struct _BpApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
};

G_DEFINE_FINAL_TYPE (BpApplication, bp_application, ADW_TYPE_APPLICATION)

typedef struct
{
  const char *action;
  const char *accels[3];
} Accel;

static const Accel accels[] = {
  { "app.quit", { "<Primary>q", NULL } },
  { "app.preferences", { "<Primary>comma", NULL } },
  { "win.show-help-overlay", { "<Primary>question", NULL } },
  { "window.close", { "<Primary>w", NULL } },
  { "window.import", { "<Primary>o", NULL } },
  { "window.export", { "<Primary>e", NULL } },
  { "window.show-page::overview", { "<Alt>1", NULL } },
  { "window.show-page::fte", { "<Alt>2", NULL } },
  { "window.show-page::custody", { "<Alt>3", NULL } },
  { "window.show-page::reoffending", { "<Alt>4", NULL } },
  { "window.show-page::disparity", { "<Alt>5", NULL } },
  { "window.show-page::data", { "<Alt>6", NULL } },
};

/* --- actions ----------------------------------------------------------------------- */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window saves its size. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  BpPreferencesWindow *window = bp_preferences_window_new (gtk_application_get_active_window (app));

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Boardpack contributors"), NULL };
  const char *sources[] = {
    _("Youth Justice Board: key performance indicator guidance and the Summary Ethnic Disparity "
      "Toolkit"),
    _("Ministry of Justice: youth justice statistics and the proven reoffending methodology"),
    _("Office for National Statistics: mid-year population estimates and Census 2021"),
    NULL,
  };
  GtkWidget *about = adw_about_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Boardpack"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Boardpack contributors"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("The quarterly board pack of a youth justice service: first "
                                   "time entrants, use of custody, proven reoffending and ethnic "
                                   "disproportionality, from your own case data. Case data never "
                                   "leaves this computer except in a file you choose to write."));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (ADW_ABOUT_WINDOW (about), _("© The Boardpack contributors"));
  /* Translators: your names, one a line, to be credited for the translation */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Methods and data sources"),
                                       sources);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Published statistics"),
                                      NULL, GTK_LICENSE_CUSTOM,
                                      _("Comparators and population figures contain public "
                                        "sector information licensed under the Open Government "
                                        "Licence v3.0."));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated, NULL, NULL, NULL, { 0 } },
  { "preferences", preferences_activated, NULL, NULL, NULL, { 0 } },
  { "about", about_activated, NULL, NULL, NULL, { 0 } },
};

/* --- GApplication ------------------------------------------------------------------ */

static void
bp_application_startup (GApplication *application)
{
  /* Before GTK and libadwaita look for the shortcuts window and style.css in it. */
  bp_ui_init ();
  G_APPLICATION_CLASS (bp_application_parent_class)->startup (application);

  if (!bp_ui_is_installed () && g_file_test (bp_ui_uninstalled_icon_dir (), G_FILE_TEST_IS_DIR))
    gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    bp_ui_uninstalled_icon_dir ());
  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
bp_application_activate (GApplication *application)
{
  BpApplication *self = BP_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (bp_window_new (GTK_APPLICATION (application), self->database_path));
  gtk_window_present (window);
}

static void
bp_application_finalize (GObject *object)
{
  BpApplication *self = BP_APPLICATION (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (bp_application_parent_class)->finalize (object);
}

static void
bp_application_class_init (BpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = bp_application_finalize;
  app_class->startup = bp_application_startup;
  app_class->activate = bp_application_activate;
}

static void
bp_application_init (BpApplication *self)
{
}

/**
 * bp_application_new:
 * @database_path: (nullable): the database the window opens; %NULL for the default
 *
 * One instance: starting Boardpack again brings its window forward.
 *
 * Returns: (transfer full)
 */
BpApplication *
bp_application_new (const char *database_path)
{
  BpApplication *self = g_object_new (BP_TYPE_APPLICATION,
                                      "application-id", APP_ID,
                                      "flags", G_APPLICATION_DEFAULT_FLAGS,
                                      "resource-base-path", "/io/github/boardpack/Boardpack",
                                      NULL);

  self->database_path = g_strdup (database_path);
  return self;
}

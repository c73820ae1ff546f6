/* bp-ui.c: what every user of the window library does first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "bp-resources.h"
#include "bp-ui.h"

/**
 * bp_ui_init:
 * Registers the templates and styles (the GResource bundle). Safe to call again.
 */
void
bp_ui_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      GtkSettings *settings = gtk_settings_get_default ();

      bp_register_resource ();
      /* A page switch gives the focus to its first selectable label (a headline figure),
       * and GTK would select all its text: the figure then looks highlighted. Selecting
       * with the mouse or Shift and the arrows still works. */
      if (settings != NULL)
        g_object_set (settings, "gtk-label-select-on-focus", FALSE, NULL);
      g_once_init_leave (&done, 1);
    }
}

/**
 * bp_ui_settings_new:
 * The application's settings. An installed build finds its schema where GLib looks; a
 * build run from its build directory finds the schema compiled beside it.
 *
 * Returns: (transfer full): the settings
 */
GSettings *
bp_ui_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      build_source = g_settings_schema_source_new_from_directory (BP_BUILD_SCHEMA_DIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, TRUE);
    }
  if (schema == NULL)
    g_error ("The settings schema %s is not installed: install Boardpack (meson install), "
             "or run it from its build directory", APP_ID);
  return g_settings_new_full (schema, NULL, NULL);
}

/* Whether the program runs installed (its settings schema where GLib looks), or from
 * its build directory. */
gboolean
bp_ui_is_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL;
}

/* Where an uninstalled build finds the application's icons (the source tree). */
const char *
bp_ui_uninstalled_icon_dir (void)
{
  return BP_SOURCE_ICON_DIR;
}

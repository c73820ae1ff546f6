/* bp-preferences-window.c: the preferences, kept in GSettings
 *
 * Every control is bound to its key, so a change applies at once: the window's pages
 * follow the settings through their session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-preferences-window.h"
#include "bp-ui.h"

struct _BpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *area_row;
  AdwComboRow          *palette_row;
  GtkAdjustment        *threshold_adjustment;
  GtkSwitch            *family_switch;
  GtkSwitch            *region_switch;
  GtkSwitch            *national_switch;
  AdwComboRow          *profile_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (BpPreferencesWindow, bp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Enum keys (their nicks) against the position in a combo row. */
static const char *const palettes[] = { "analysis-function", "okabe-ito", NULL };
static const char *const profiles[] = { "internal", "partner", NULL };

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (nicks[i], nick) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char *const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
update_profile_subtitle (BpPreferencesWindow *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->profile_row),
                               adw_combo_row_get_selected (self->profile_row) == 1
                               ? _("For partners: counts of 1 to 4 are suppressed, and no "
                                   "child-level data is included")
                               : _("Board papers, OFFICIAL-SENSITIVE: every count is shown"));
}

static void
on_profile_selected_cb (AdwComboRow         *row,
                        GParamSpec          *pspec,
                        BpPreferencesWindow *self)
{
  update_profile_subtitle (self);
}

static void
bp_preferences_window_dispose (GObject *object)
{
  BpPreferencesWindow *self = BP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bp_preferences_window_parent_class)->dispose (object);
}

static void
bp_preferences_window_class_init (BpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, area_row);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, palette_row);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, threshold_adjustment);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, family_switch);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, region_switch);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, national_switch);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, profile_row);
}

static void
bp_preferences_window_init (BpPreferencesWindow *self)
{
  bp_ui_init ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = bp_ui_settings_new ();

  g_settings_bind (self->settings, "area-name", self->area_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "palette", self->palette_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_position, position_to_nick,
                                (gpointer) palettes, NULL);
  g_settings_bind (self->settings, "rri-threshold", self->threshold_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "comparator-family", self->family_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "comparator-region", self->region_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "comparator-national", self->national_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-profile", self->profile_row,
                                "selected", G_SETTINGS_BIND_DEFAULT, nick_to_position,
                                position_to_nick, (gpointer) profiles, NULL);
  g_signal_connect (self->profile_row, "notify::selected", G_CALLBACK (on_profile_selected_cb),
                    self);
  update_profile_subtitle (self);
}

/* Returns: (transfer full): the preferences, over @parent */
BpPreferencesWindow *
bp_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (BP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

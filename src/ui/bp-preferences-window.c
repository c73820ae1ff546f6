/* bp-preferences-window.c: the preferences, kept in GSettings, and the database's area
 *
 * Every control is bound to its key, so a change applies at once: the window's pages
 * follow the settings through their session. The area belongs to the data, not to the
 * user: it is kept in the database the window has open (bp_session_set_area_name()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-preferences-window.h"
#include "bp-session.h"
#include "bp-ui.h"
#include "bp-window.h"

struct _BpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *area_row;
  GtkLabel             *area_services_label;
  AdwComboRow          *palette_row;
  GtkAdjustment        *threshold_adjustment;
  GtkSwitch            *family_switch;
  GtkSwitch            *region_switch;
  GtkSwitch            *national_switch;
  AdwComboRow          *profile_row;
  AdwComboRow          *stage_row;

  GSettings            *settings;
  BpSession            *session;  /* (nullable): the window's, for its database's area */
};

G_DEFINE_FINAL_TYPE (BpPreferencesWindow, bp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Enum keys (their nicks) against the position in a combo row. */
static const char *const palettes[] = { "analysis-function", "okabe-ito", NULL };
static const char *const profiles[] = { "internal", "partner", NULL };
/* In BpStage order, as the schema's Stage enum. */
static const char *const stages[] = { "cautioned_or_sentenced", "fte", "custody", "remand", NULL };

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
on_area_apply_cb (AdwEntryRow         *row,
                  BpPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session == NULL)
    return;
  if (!bp_session_set_area_name (self->session, gtk_editable_get_text (GTK_EDITABLE (row)),
                                 &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
}

/* Says which youth justice services the benchmarks name, so the user types one of them. */
static void
update_area (BpPreferencesWindow *self)
{
  g_auto(GStrv) services = NULL;
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  if (self->session == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->area_row), FALSE);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->area_row), bp_session_get_area_name (self->session));
  services = bp_store_benchmark_services (bp_session_get_store (self->session));
  if (services && services[0])
    {
      list = g_strjoinv (", ", services);
      /* Translators: under the area's name in Preferences; %s is a list of names, as in
       * "Havering, Redbridge" */
      text = g_strdup_printf (_("The area this database reports on, as the YJB's benchmarks "
                                "name it. They name these youth justice services: %s. Those "
                                "other than the area are its neighbours."), list);
    }
  else
    text = g_strdup (_("The area this database reports on, as the YJB's benchmarks name it. "
                       "No benchmarks of youth justice services are imported yet."));
  gtk_label_set_label (self->area_services_label, text);
}

static void
bp_preferences_window_dispose (GObject *object)
{
  BpPreferencesWindow *self = BP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);

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
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, area_services_label);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, palette_row);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, threshold_adjustment);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, family_switch);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, region_switch);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, national_switch);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, profile_row);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, stage_row);
}

static void
bp_preferences_window_init (BpPreferencesWindow *self)
{
  bp_ui_init ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = bp_ui_settings_new ();

  g_signal_connect (self->area_row, "apply", G_CALLBACK (on_area_apply_cb), self);
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
  g_settings_bind_with_mapping (self->settings, "pack-stage", self->stage_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_position, position_to_nick,
                                (gpointer) stages, NULL);
  g_signal_connect (self->profile_row, "notify::selected", G_CALLBACK (on_profile_selected_cb),
                    self);
  update_profile_subtitle (self);
}

/* Returns: (transfer full): the preferences, over @parent (a BpWindow gives the area of
 * its database) */
BpPreferencesWindow *
bp_preferences_window_new (GtkWindow *parent)
{
  BpPreferencesWindow *self = g_object_new (BP_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            NULL);

  if (BP_IS_WINDOW (parent))
    self->session = g_object_ref (bp_window_get_session (BP_WINDOW (parent)));
  update_area (self);
  return self;
}

/* bp-preferences-window.c: the preferences, kept in GSettings, and the database's area
 *
 * Every control is bound to its key, so a change applies at once: the window's pages
 * follow the settings through their session. The area belongs to the data, not to the
 * user: it is kept in the database the window has open (bp_session_set_area_name()), as
 * are the named neighbours the board pack leaves out (bp_store_set_hidden_neighbours())
 * and the rule of the summary's statuses (bp_rag_rule_save()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-preferences-window.h"
#include "bp-rag.h"
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
  AdwComboRow          *years_row;
  AdwComboRow          *rag_row;
  AdwPreferencesGroup  *neighbours_group;
  GPtrArray            *neighbour_rows; /* (element-type AdwActionRow) in neighbours_group */

  GSettings            *settings;
  BpSession            *session;  /* (nullable): the window's, for its database's area */
};

G_DEFINE_FINAL_TYPE (BpPreferencesWindow, bp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Enum keys (their nicks) against the position in a combo row. */
static const char *const palettes[] = { "analysis-function", "okabe-ito", NULL };
static const char *const profiles[] = { "internal", "partner", NULL };
/* In BpStage order, as the schema's Stage enum. */
static const char *const stages[] = { "cautioned_or_sentenced", "fte", "custody", "remand",
                                       "diversion", "any_outcome", NULL };

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

static void update_neighbours (BpPreferencesWindow *self);

/* The status rule is the database's, as the area is (bp_rag_rule_save()). */
static void
on_rag_selected_cb (AdwComboRow         *row,
                    GParamSpec          *pspec,
                    BpPreferencesWindow *self)
{
  BpStore *store = self->session ? bp_session_get_store (self->session) : NULL;
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (store == NULL || selected >= BP_N_RAG_RULES ||
      (BpRagRule) selected == bp_rag_rule_load (store))
    return;
  if (!bp_rag_rule_save (store, (BpRagRule) selected, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
}

static void
update_rag_rule (BpPreferencesWindow *self)
{
  BpStore *store = self->session ? bp_session_get_store (self->session) : NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->rag_row), store != NULL);
  adw_combo_row_set_selected (self->rag_row, store ? (guint) bp_rag_rule_load (store) : 0);
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

/* A neighbour's switch: the names of the rows switched off are the ones hidden. */
static void
on_neighbour_active_cb (GtkSwitch           *sw,
                        GParamSpec          *pspec,
                        BpPreferencesWindow *self)
{
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();
  g_auto(GStrv) before = NULL;
  g_autoptr(GError) error = NULL;
  BpStore *store = bp_session_get_store (self->session);

  if (store == NULL)
    return;
  /* Hidden names no row shows (a neighbour of another area) stay hidden. */
  before = bp_store_get_hidden_neighbours (store);
  for (guint i = 0; before[i] != NULL; i++)
    {
      gboolean shown = FALSE;

      for (guint r = 0; r < self->neighbour_rows->len; r++)
        shown |= g_strcmp0 (adw_preferences_row_get_title (
                              g_ptr_array_index (self->neighbour_rows, r)), before[i]) == 0;
      if (!shown)
        g_ptr_array_add (hidden, before[i]);
    }
  for (guint r = 0; r < self->neighbour_rows->len; r++)
    {
      AdwActionRow *row = g_ptr_array_index (self->neighbour_rows, r);
      GtkSwitch *row_switch = g_object_get_data (G_OBJECT (row), "bp-switch");

      if (!gtk_switch_get_active (row_switch))
        g_ptr_array_add (hidden, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }
  g_ptr_array_add (hidden, NULL);
  if (!bp_store_set_hidden_neighbours (store, (const char *const *) hidden->pdata, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
}

/* A switch per named neighbour: every youth justice service of the benchmarks but the
 * area itself. */
static void
update_neighbours (BpPreferencesWindow *self)
{
  g_auto(GStrv) services = NULL;
  g_auto(GStrv) hidden = NULL;
  BpStore *store = self->session ? bp_session_get_store (self->session) : NULL;
  const char *area = self->session ? bp_session_get_area_name (self->session) : "";

  for (guint r = 0; r < self->neighbour_rows->len; r++)
    adw_preferences_group_remove (self->neighbours_group,
                                  g_ptr_array_index (self->neighbour_rows, r));
  g_ptr_array_set_size (self->neighbour_rows, 0);
  if (store == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->neighbours_group), FALSE);
      return;
    }
  services = bp_store_benchmark_services (store);
  hidden = bp_store_get_hidden_neighbours (store);
  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    {
      GtkWidget *row;
      GtkWidget *sw;

      if (g_strcmp0 (services[i], area) == 0)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), services[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      sw = gtk_switch_new ();
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (sw),
                             !g_strv_contains ((const char *const *) hidden, services[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      g_object_set_data (G_OBJECT (row), "bp-switch", sw);
      g_signal_connect (sw, "notify::active", G_CALLBACK (on_neighbour_active_cb), self);
      adw_preferences_group_add (self->neighbours_group, row);
      g_ptr_array_add (self->neighbour_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->neighbours_group), self->neighbour_rows->len > 0);
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
  g_clear_pointer (&self->neighbour_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bp_preferences_window_parent_class)->dispose (object);
}

/* "pack-disparity-years" (1 to 3) and the row's position (0 to 2). */
static gboolean
years_to_position (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_uint (value, (guint) CLAMP (g_variant_get_int32 (variant), 1, 3) - 1);
  return TRUE;
}

static GVariant *
position_to_years (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position > 2)
    return NULL;
  return g_variant_new_int32 ((gint32) position + 1);
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
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, years_row);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, rag_row);
  gtk_widget_class_bind_template_child (widget_class, BpPreferencesWindow, neighbours_group);
}

static void
bp_preferences_window_init (BpPreferencesWindow *self)
{
  bp_ui_init ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = bp_ui_settings_new ();
  self->neighbour_rows = g_ptr_array_new ();

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
  g_settings_bind_with_mapping (self->settings, "pack-disparity-years", self->years_row,
                                "selected", G_SETTINGS_BIND_DEFAULT, years_to_position,
                                position_to_years, NULL, NULL);
  g_signal_connect (self->profile_row, "notify::selected", G_CALLBACK (on_profile_selected_cb),
                    self);
  update_profile_subtitle (self);
  {
    GtkStringList *rules = gtk_string_list_new (NULL);

    for (guint i = 0; i < BP_N_RAG_RULES; i++)
      gtk_string_list_append (rules, bp_rag_rule_title ((BpRagRule) i));
    adw_combo_row_set_model (self->rag_row, G_LIST_MODEL (rules));
    g_object_unref (rules);
  }
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
    {
      self->session = g_object_ref (bp_window_get_session (BP_WINDOW (parent)));
      /* The area is not its own neighbour: the list follows it once it is set. */
      g_signal_connect_object (self->session, "notify::area-name",
                               G_CALLBACK (update_area), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->session, "notify::area-name",
                               G_CALLBACK (update_neighbours), self, G_CONNECT_SWAPPED);
    }
  update_area (self);
  update_neighbours (self);
  update_rag_rule (self);
  g_signal_connect (self->rag_row, "notify::selected", G_CALLBACK (on_rag_selected_cb), self);
  return self;
}

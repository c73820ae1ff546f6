/* bp-indicator-tile.c: a headline indicator on the Overview, opening its page
 *
 * A card-style button: the indicator's name, its value, the direction and size of the
 * change, a comparator, and a small chart of its trend. Its action (set in the .ui)
 * opens the indicator's page; its accessible label reads the figures in one sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-ui.h"
#include "bp-chart-view.h"
#include "bp-indicator-tile.h"

struct _BpIndicatorTile
{
  GtkButton    parent_instance;

  GtkLabel    *title_label;
  GtkLabel    *value_label;
  GtkLabel    *unit_label;
  GtkLabel    *change_label;
  GtkLabel    *comparator_label;
  BpChartView *chart_view;
};

G_DEFINE_FINAL_TYPE (BpIndicatorTile, bp_indicator_tile, GTK_TYPE_BUTTON)

enum
{
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_optional_text (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
bp_indicator_tile_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BpIndicatorTile *self = BP_INDICATOR_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_indicator_tile_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BpIndicatorTile *self = BP_INDICATOR_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      if (g_strcmp0 (gtk_label_get_text (self->title_label), g_value_get_string (value)) != 0)
        {
          gtk_label_set_text (self->title_label, g_value_get_string (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_indicator_tile_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BP_TYPE_INDICATOR_TILE);

  G_OBJECT_CLASS (bp_indicator_tile_parent_class)->dispose (object);
}

static void
bp_indicator_tile_class_init (BpIndicatorTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_indicator_tile_dispose;
  object_class->get_property = bp_indicator_tile_get_property;
  object_class->set_property = bp_indicator_tile_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-indicator-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, BpIndicatorTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, BpIndicatorTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, BpIndicatorTile, unit_label);
  gtk_widget_class_bind_template_child (widget_class, BpIndicatorTile, change_label);
  gtk_widget_class_bind_template_child (widget_class, BpIndicatorTile, comparator_label);
  gtk_widget_class_bind_template_child (widget_class, BpIndicatorTile, chart_view);
}

static void
bp_indicator_tile_init (BpIndicatorTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bp_indicator_tile_set_figures:
 * @value: the headline figure as published ("206")
 * @unit: what it counts ("first time entrants per 100,000 children aged 10–17")
 * @change: (nullable): the direction and size of the change
 * @comparator: (nullable): a published comparator
 */
void
bp_indicator_tile_set_figures (BpIndicatorTile *self,
                               const char      *value,
                               const char      *unit,
                               const char      *change,
                               const char      *comparator)
{
  g_autoptr(GString) label = g_string_new (NULL);

  g_return_if_fail (BP_IS_INDICATOR_TILE (self));

  /* A tile without a figure says why in its sentence (@unit), with no empty headline. */
  gtk_label_set_text (self->value_label, value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (self->value_label), value != NULL && *value != '\0');
  gtk_label_set_text (self->unit_label, unit ? unit : "");
  set_optional_text (self->change_label, change);
  set_optional_text (self->comparator_label, comparator);

  /* One sentence for a screen reader: "First time entrants: 206 per 100,000…; up 15.5%…" */
  g_string_append_printf (label, "%s: %s %s", gtk_label_get_text (self->title_label),
                          value ? value : "", unit ? unit : "");
  if (change != NULL && *change != '\0')
    g_string_append_printf (label, "; %s", change);
  if (comparator != NULL && *comparator != '\0')
    g_string_append_printf (label, "; %s", comparator);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label->str, -1);
}

/* The sentence beside the figure, or in its place when there is none. */
const char *
bp_indicator_tile_get_sentence (BpIndicatorTile *self)
{
  g_return_val_if_fail (BP_IS_INDICATOR_TILE (self), NULL);
  return gtk_label_get_text (self->unit_label);
}

const char *
bp_indicator_tile_get_value (BpIndicatorTile *self)
{
  g_return_val_if_fail (BP_IS_INDICATOR_TILE (self), NULL);
  return gtk_label_get_text (self->value_label);
}

/* The comparators and how the figure compares with them ("" when none is shown). */
const char *
bp_indicator_tile_get_comparator (BpIndicatorTile *self)
{
  g_return_val_if_fail (BP_IS_INDICATOR_TILE (self), NULL);
  return gtk_label_get_text (self->comparator_label);
}

/* @chart: (nullable): the small trend chart */
void
bp_indicator_tile_set_chart (BpIndicatorTile *self,
                             BpChart         *chart)
{
  g_return_if_fail (BP_IS_INDICATOR_TILE (self));

  bp_chart_view_set_chart (self->chart_view, chart);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_view), chart != NULL);
}

void
bp_indicator_tile_set_palette (BpIndicatorTile *self,
                               int              palette)
{
  g_return_if_fail (BP_IS_INDICATOR_TILE (self));
  bp_chart_view_set_palette (self->chart_view, palette);
}

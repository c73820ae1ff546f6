/* bp-indicator-page.c: the page of one indicator: headline, chart, sentence and table
 *
 * What every indicator page shares, as Sysprof's SysprofSection is for its sections: the
 * session it follows, bringing itself up to date only while on screen, the chart view
 * and its palette, the text of the point under the pointer, the chart's text
 * alternative, the table and the notes. A subclass has its own .ui (a template with
 * parent="BpIndicatorPage") that may add widgets as <child type="controls">, <child
 * type="notice"> and <child type="extra">, and fills the page in its update() vfunc.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-chart-view.h"
#include "bp-commentary-box.h"
#include "bp-indicator-page.h"
#include "bp-ui.h"

typedef struct
{
  GtkLabel      *title_label;
  GtkLabel      *headline_value;
  GtkLabel      *headline_label;
  GtkLabel      *change_label;
  GtkBox        *controls_box;
  GtkLabel      *description_label;
  GtkBox        *notice_box;
  GtkStack      *chart_stack;
  BpChartView   *chart_view;
  GtkLabel      *point_label;
  GtkLabel      *summary_label;
  GtkLabel      *table_title;
  GtkColumnView *table;
  GtkBox        *extra_box;
  GtkLabel      *notes_label;
  BpCommentaryBox *commentary_box;

  BpSession     *session;
  gboolean       dirty;  /* the report changed while the page was not on screen */
} BpIndicatorPagePrivate;

static GtkBuildableIface *parent_buildable_iface;

static void bp_indicator_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (BpIndicatorPage, bp_indicator_page, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (BpIndicatorPage)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                bp_indicator_page_buildable_init))

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- the commentary ------------------------------------------------------------------ */

/**
 * bp_indicator_page_set_commentary_key:
 * @key: (nullable): the commentary's key (cli.md, "Commentary"), as the indicator's JSON
 *   key: the page then shows the manager's commentary under its headline
 */
void
bp_indicator_page_set_commentary_key (BpIndicatorPage *self,
                                      const char      *key)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_if_fail (BP_IS_INDICATOR_PAGE (self));

  bp_commentary_box_set_key (priv->commentary_box, priv->session, key);
  bp_indicator_page_queue_update (self);
}

BpCommentaryBox *
bp_indicator_page_get_commentary (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  return priv->commentary_box;
}

/* --- keeping up to date ------------------------------------------------------------- */

static void
ensure_updated (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);
  const BpReport *report;

  if (!priv->dirty || priv->session == NULL)
    return;
  priv->dirty = FALSE;
  report = BP_INDICATOR_PAGE_GET_CLASS (self)->get_report
           ? BP_INDICATOR_PAGE_GET_CLASS (self)->get_report (self, priv->session)
           : bp_session_get_report (priv->session);
  if (report != NULL)
    {
      BP_INDICATOR_PAGE_GET_CLASS (self)->update (self, report);
      bp_commentary_box_set_period (priv->commentary_box, report->period.end);
    }
}

/**
 * bp_indicator_page_queue_update:
 * Brings the page up to date now if it is on screen, else when it is next shown: a new
 * report costs only the page the user is looking at.
 */
void
bp_indicator_page_queue_update (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_if_fail (BP_IS_INDICATOR_PAGE (self));

  priv->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_updated (self);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_session_changed_cb (BpSession       *session,
                       GParamSpec      *pspec,
                       BpIndicatorPage *self)
{
  bp_indicator_page_queue_update (self);
}

static void
on_palette_changed_cb (BpSession       *session,
                       GParamSpec      *pspec,
                       BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  bp_chart_view_set_palette (priv->chart_view, bp_session_get_palette (session));
}

static void
on_point_text_cb (BpChartView     *view,
                  GParamSpec      *pspec,
                  BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);
  const char *text = bp_chart_view_get_point_text (view);

  gtk_label_set_text (priv->point_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->point_label), text != NULL);
}

/* --- GtkBuildable: <child type="controls"> and <child type="extra"> ----------------- */

static void
bp_indicator_page_add_child (GtkBuildable *buildable,
                             GtkBuilder   *builder,
                             GObject      *child,
                             const char   *type)
{
  BpIndicatorPage *self = BP_INDICATOR_PAGE (buildable);
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  if (g_strcmp0 (type, "controls") == 0 && GTK_IS_WIDGET (child))
    gtk_box_append (priv->controls_box, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "notice") == 0 && GTK_IS_WIDGET (child))
    gtk_box_append (priv->notice_box, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "extra") == 0 && GTK_IS_WIDGET (child))
    gtk_box_append (priv->extra_box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
bp_indicator_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = bp_indicator_page_add_child;
}

/* --- GtkWidget --------------------------------------------------------------------- */

static void
bp_indicator_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bp_indicator_page_parent_class)->map (widget);
  ensure_updated (BP_INDICATOR_PAGE (widget));
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_indicator_page_dispose (GObject *object)
{
  BpIndicatorPage *self = BP_INDICATOR_PAGE (object);
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  /* what was typed a moment ago is kept */
  bp_commentary_box_save (priv->commentary_box);
  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_clear_object (&priv->session);
  /* No gtk_widget_dispose_template(): with GTK 4.8 it fails an assertion on this class
   * once a subclass's template has added children to it. AdwBin's dispose unparents the
   * scaffold, and the template's own references go when the page is finalized. */

  G_OBJECT_CLASS (bp_indicator_page_parent_class)->dispose (object);
}

static void
bp_indicator_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BpIndicatorPage *self = BP_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, bp_indicator_page_get_session (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_indicator_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BpIndicatorPage *self = BP_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      if (g_value_get_object (value) != NULL)
        bp_indicator_page_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_indicator_page_real_update (BpIndicatorPage *self,
                               const BpReport  *report)
{
}

static void
bp_indicator_page_class_init (BpIndicatorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_indicator_page_dispose;
  object_class->get_property = bp_indicator_page_get_property;
  object_class->set_property = bp_indicator_page_set_property;
  widget_class->map = bp_indicator_page_map;
  klass->update = bp_indicator_page_real_update;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, BP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BP_TYPE_CHART_VIEW);
  g_type_ensure (BP_TYPE_COMMENTARY_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-indicator-page.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child_private (widget_class, BpIndicatorPage, name)
  BIND (title_label);
  BIND (headline_value);
  BIND (headline_label);
  BIND (change_label);
  BIND (controls_box);
  BIND (description_label);
  BIND (notice_box);
  BIND (chart_stack);
  BIND (chart_view);
  BIND (point_label);
  BIND (summary_label);
  BIND (table_title);
  BIND (table);
  BIND (extra_box);
  BIND (notes_label);
  BIND (commentary_box);
#undef BIND
}

static void
bp_indicator_page_init (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (priv->chart_view, "notify::point-text", G_CALLBACK (on_point_text_cb),
                    self);
}

/* --- public API -------------------------------------------------------------------- */

void
bp_indicator_page_set_session (BpIndicatorPage *self,
                               BpSession       *session)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);
  const char *const *follows;

  g_return_if_fail (BP_IS_INDICATOR_PAGE (self));
  g_return_if_fail (BP_IS_SESSION (session));

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_set_object (&priv->session, session);
  g_signal_connect (session, "notify::report", G_CALLBACK (on_session_changed_cb), self);
  follows = BP_INDICATOR_PAGE_GET_CLASS (self)->follows;
  for (guint i = 0; follows != NULL && follows[i] != NULL; i++)
    {
      g_autofree char *signal = g_strconcat ("notify::", follows[i], NULL);

      g_signal_connect (session, signal, G_CALLBACK (on_session_changed_cb), self);
    }
  g_signal_connect (session, "notify::palette", G_CALLBACK (on_palette_changed_cb), self);
  on_palette_changed_cb (session, NULL, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  bp_indicator_page_queue_update (self);
}

/* Returns: (transfer none) (nullable) */
BpSession *
bp_indicator_page_get_session (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  return priv->session;
}

void
bp_indicator_page_set_title (BpIndicatorPage *self,
                             const char      *title)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->title_label, title);
}

/* @value (nullable): the figure, large; none when it cannot be given, and then @text
 * says why. */
void
bp_indicator_page_set_headline (BpIndicatorPage *self,
                                const char      *value,
                                const char      *text)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->headline_value, value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->headline_value), value != NULL);
  gtk_label_set_text (priv->headline_label, text);
}

void
bp_indicator_page_set_change (BpIndicatorPage *self,
                              const char      *text)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->change_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->change_label), text != NULL && text[0]);
}

void
bp_indicator_page_set_description (BpIndicatorPage *self,
                                   const char      *text)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->description_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->description_label), text != NULL && text[0]);
}

/* @chart (nullable): the chart, whose text alternative is shown under it */
void
bp_indicator_page_set_chart (BpIndicatorPage *self,
                             BpChart         *chart)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);
  const char *summary = chart ? bp_chart_get_summary (chart) : NULL;

  bp_chart_view_set_chart (priv->chart_view, chart);
  gtk_stack_set_visible_child_name (priv->chart_stack, chart ? "chart" : "placeholder");
  gtk_label_set_text (priv->summary_label, summary ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->summary_label), summary && *summary);
  gtk_widget_set_visible (GTK_WIDGET (priv->chart_stack), TRUE);
}

/* A page with no chart at all (the Plan page's tables): no placeholder either. */
void
bp_indicator_page_hide_chart (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  bp_chart_view_set_chart (priv->chart_view, NULL);
  gtk_widget_set_visible (GTK_WIDGET (priv->chart_stack), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (priv->summary_label), FALSE);
}

void
bp_indicator_page_set_table_title (BpIndicatorPage *self,
                                   const char      *title)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->table_title, title);
  bp_table_set_title (priv->table, title);
}

/* @rows: (element-type BpTableRow) */
void
bp_indicator_page_set_table (BpIndicatorPage     *self,
                             const char          *title,
                             const BpTableColumn *columns,
                             guint                n_columns,
                             GPtrArray           *rows)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->table_title, title);
  bp_table_set_title (priv->table, title);
  bp_table_set_columns (priv->table, columns, n_columns);
  bp_table_set_rows (priv->table, rows);
}

void
bp_indicator_page_set_notes (BpIndicatorPage *self,
                             const char      *notes)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  gtk_label_set_text (priv->notes_label, notes ? notes : "");
}

const char *
bp_indicator_page_get_description (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  ensure_updated (self);
  return gtk_label_get_text (priv->description_label);
}

const char *
bp_indicator_page_get_headline (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  ensure_updated (self);
  return gtk_label_get_text (priv->headline_value);
}

GtkColumnView *
bp_indicator_page_get_table (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  ensure_updated (self);
  return priv->table;
}

GtkWidget *
bp_indicator_page_get_chart_view (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  ensure_updated (self);
  return GTK_WIDGET (priv->chart_view);
}

/* The chart's text alternative, as shown under it. */
const char *
bp_indicator_page_get_summary (BpIndicatorPage *self)
{
  BpIndicatorPagePrivate *priv = bp_indicator_page_get_instance_private (self);

  g_return_val_if_fail (BP_IS_INDICATOR_PAGE (self), NULL);
  ensure_updated (self);
  return gtk_label_get_text (priv->summary_label);
}

/* bp-kpis-page.c: the page of the ten KPIs (kpis.md)
 *
 * A tile per KPI with its figure for the quarter, how many it was recorded for, the
 * change on the quarter before and the England and Wales comparator as published.
 * Choosing a tile shows that KPI below: its headline, its chart (the trend of 8 quarters,
 * the funnel for mental health and substance misuse, the split by intervention type),
 * its sentence and the table of its quarters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-i18n.h"
#include "bp-indicator-tile.h"
#include "bp-kpis-page.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpKpisPage
{
  BpIndicatorPage  parent_instance;

  GtkFlowBox      *tiles;
  GtkDropDown     *view_dropdown;
  BpIndicatorTile *tile[BP_N_KPIS];
  BpKpiKind        selected;
  BpKpiChart       views[BP_N_KPI_CHARTS + 1]; /* the dropdown's items; VIEW_COMPARED
                                                * last */
  guint            n_views;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (BpKpisPage, bp_kpis_page, BP_TYPE_INDICATOR_PAGE)

/* The view of the published comparators, after the charts of bp_chart_build_kpi(). */
#define VIEW_COMPARED ((BpKpiChart) BP_N_KPI_CHARTS)

/* "92.9%", or the rate for serious violence; "–" when there is nothing to count. */
static char *
format_value (BpKpiKind            kind,
              const BpKpiHeadline *h)
{
  if (isnan (h->value))
    return g_strdup ("–");
  if (kind == BP_KPI_SERIOUS_VIOLENCE)
    return bp_format_number (h->value, 0);
  return bp_ui_format_percent (h->value, 1);
}

/* "26 of 28 recorded; 2 not recorded" */
static char *
format_known (BpKpiKind            kind,
              const BpKpiHeadline *h)
{
  g_autofree char *part = bp_ui_format_count (h->part);
  g_autofree char *whole = bp_ui_format_count (h->whole);

  if (kind == BP_KPI_SERIOUS_VIOLENCE)
    /* Translators: beside the serious violence rate: the children, as in "per 100,000
     * aged 10-17 (6 children)" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "per 100,000 aged 10-17 (%s child)",
                                         "per 100,000 aged 10-17 (%s children)",
                                         (gulong) CLAMP (h->part, 0, G_MAXLONG)), part);
  if (h->unknown > 0)
    {
      g_autofree char *unknown = bp_ui_format_count (h->unknown);

      /* Translators: under a KPI's figure: its numerator, denominator and those for whom
       * it was not recorded, as in "26 of 28; 2 not recorded" */
      return g_strdup_printf (_("%s of %s; %s not recorded"), part, whole, unknown);
    }
  /* Translators: under a KPI's figure: its numerator and denominator, as in "26 of 28" */
  return g_strdup_printf (_("%s of %s"), part, whole);
}

/* "Up 2.1 points on the quarter before" */
static char *
format_change (BpKpiKind          kind,
               const BpKpis      *k)
{
  BpKpiHeadline now = bp_kpi_headline (kind, &k->series[BP_KPI_SERIES - 1]);
  BpKpiHeadline before = bp_kpi_headline (kind, &k->series[BP_KPI_SERIES - 2]);
  double change = now.value - before.value;
  g_autofree char *amount = NULL;

  if (isnan (change))
    return g_strdup (_("No figure for the quarter before"));
  amount = bp_format_number (fabs (change), kind == BP_KPI_SERIOUS_VIOLENCE ? 0 : 1);
  if (g_strcmp0 (amount, "0") == 0 || g_strcmp0 (amount, "0.0") == 0)
    return g_strdup (_("No change on the quarter before"));
  if (kind == BP_KPI_SERIOUS_VIOLENCE)
    /* Translators: a KPI tile: the change in a rate per 100,000, as in "Up 12 on the
     * quarter before" */
    return g_strdup_printf (change > 0 ? _("Up %s on the quarter before")
                                       : _("Down %s on the quarter before"), amount);
  /* Translators: a KPI tile: the change in percentage points, as in "Up 2.1 points on
   * the quarter before" */
  return g_strdup_printf (change > 0 ? _("Up %s points on the quarter before")
                                     : _("Down %s points on the quarter before"), amount);
}

static char *
format_comparator (const BpKpis *k,
                   BpKpiKind     kind)
{
  const BpBenchmark *b = bp_benchmark_find (k->benchmarks[kind], bp_kpi_code (kind),
                                            "NATIONAL");

  if (b == NULL)
    return NULL;
  /* Translators: a KPI tile: the published comparator as published, as in "England and
   * Wales 91.4" */
  return g_strdup_printf (_("%s %s"), bp_area_display_name (b->area_name), b->value_text);
}

static const char *const view_names[BP_N_KPI_CHARTS] = {
  /* Translators: a choice of chart on the KPIs page */
  N_("Trend, 8 quarters"),
  /* Translators: a choice of chart on the KPIs page: screened, need, offered, attending */
  N_("Funnel"),
  /* Translators: a choice of chart on the KPIs page */
  N_("By type of intervention"),
};

/* The dropdown offers the charts the selected KPI has. */
static void
fill_views (BpKpisPage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  self->n_views = 0;
  for (int v = 0; v < BP_N_KPI_CHARTS; v++)
    if (bp_kpi_chart_exists (self->selected, v))
      {
        self->views[self->n_views++] = v;
        gtk_string_list_append (list, _(view_names[v]));
      }
  self->views[self->n_views++] = VIEW_COMPARED;
  /* Translators: a choice of chart on the KPIs page: the area beside its neighbours,
   * family, region and England and Wales, as published */
  gtk_string_list_append (list, _("Compared"));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->view_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->view_dropdown, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->view_dropdown), self->n_views > 1);
  self->filling = FALSE;
}

static void
update_tiles (BpKpisPage   *self,
              const BpKpis *k)
{
  for (int i = 0; i < BP_N_KPIS; i++)
    {
      BpKpiHeadline h;
      g_autofree char *value = NULL;
      g_autofree char *known = NULL;
      g_autofree char *change = NULL;
      g_autofree char *comparator = NULL;

      if (k == NULL || !k->have[i])
        {
          bp_indicator_tile_set_figures (self->tile[i], "–",
                                         _(bp_kpi_missing_note (i)), NULL, NULL);
          continue;
        }
      h = bp_kpi_headline (i, &k->quarter);
      value = format_value (i, &h);
      known = format_known (i, &h);
      change = format_change (i, k);
      comparator = format_comparator (k, i);
      bp_indicator_tile_set_figures (self->tile[i], value, known, change, comparator);
    }
  for (int i = 0; i < BP_N_KPIS; i++)
    {
      if (i == (int) self->selected)
        gtk_widget_add_css_class (GTK_WIDGET (self->tile[i]), "selected-tile");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->tile[i]), "selected-tile");
    }
}

/* The quarter's published rows best first, as bars (the area hatched and labelled) and a
 * table, as on the rate pages. */
static void
show_compared (BpKpisPage   *self,
               const BpKpis *k,
               BpKpiKind     kind)
{
  BpIndicatorPage *page = BP_INDICATOR_PAGE (self);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *quarter = bp_ui_format_period (k->quarter.period);
  g_autofree char *title = NULL;
  BpComparison c;
  const BpTableColumn columns[] = {
    { _("Area"), FALSE },
    { _("Comparator"), FALSE },
    { _("Number"), TRUE },
    { _("Of"), TRUE },
    { _("Value as published"), TRUE },
    { _("Rank (1 = lowest)"), TRUE },
  };

  bp_kpi_comparison (k, kind, &c);
  /* Translators: a chart's and a table's title on the KPIs page: a KPI and the quarter,
   * as in "Suitable accommodation compared, October to December 2024" */
  title = g_strdup_printf (_("%s compared, %s"), _(bp_kpi_title (kind)), quarter);
  if (c.rows->len > 0)
    chart = bp_chart_new_comparison (&c, title, _(bp_kpi_headline_label (kind)), "");
  bp_indicator_page_set_chart (page, chart);
  for (guint i = 0; i < c.rows->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (c.rows, i);

      bp_table_add_row_take (rows, g_strdup (bp_area_display_name (b->area_name)),
                             g_strdup (bp_comparison_row_kind (b)),
                             g_strdup (b->numerator && b->numerator[0] ? b->numerator : "–"),
                             g_strdup (b->denominator && b->denominator[0] ? b->denominator
                                                                           : "–"),
                             g_strdup (b->value_text),
                             b->rank > 0 ? g_strdup_printf (_("%d of %d"), b->rank, b->rank_of)
                                         : g_strdup ("–"),
                             NULL);
    }
  bp_indicator_page_set_table (page, title, columns, G_N_ELEMENTS (columns), rows);
  bp_indicator_page_set_notes (page, c.rows->len > 0 ? NULL
                               /* Translators: the KPIs page's Compared view when the
                                * benchmarks hold no row of the KPI's code */
                               : _("No comparators are published for this KPI in the "
                                   "quarter: import the YJB's KPI benchmarks (codes KPI_…) "
                                   "to see the area beside its neighbours."));
  bp_comparison_clear (&c);
}

static void
update_selected (BpKpisPage     *self,
                 const BpReport *report,
                 const BpKpis   *k)
{
  BpIndicatorPage *page = BP_INDICATOR_PAGE (self);
  BpKpiKind kind = self->selected;
  BpKpiHeadline h = bp_kpi_headline (kind, &k->quarter);
  BpKpiHeadline y = bp_kpi_headline (kind, &k->year);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = format_value (kind, &h);
  g_autofree char *known = format_known (kind, &h);
  g_autofree char *quarter = bp_ui_format_period (k->quarter.period);
  g_autofree char *headline = NULL;
  g_autofree char *year_value = format_value (kind, &y);
  g_autofree char *year_known = format_known (kind, &y);
  g_autofree char *change = NULL;
  g_autofree char *title = NULL;
  guint view = gtk_drop_down_get_selected (self->view_dropdown);
  const BpTableColumn columns[] = {
    { _("Quarter"), FALSE },
    { _("Number"), TRUE },
    { _("Of"), TRUE },
    { kind == BP_KPI_SERIOUS_VIOLENCE ? _("Per 100,000") : _("%"), TRUE },
    { _("Not recorded"), TRUE },
  };

  /* Translators: the headline of the KPIs page: what the figure counts, how many it was
   * recorded for and the quarter, as in "in suitable accommodation at the end (26 of 28;
   * 2 not recorded), October to December 2024" */
  headline = g_strdup_printf (_("%s (%s), %s"), _(bp_kpi_headline_label (kind)), known,
                              quarter);
  bp_indicator_page_set_headline (page, value, headline);
  /* Translators: the line under the KPIs page's headline: the 12 months' figure, as in
   * "12 months: 89.4% (269 of 301; 13 not recorded)." */
  change = g_strdup_printf (_("12 months: %s (%s)."), year_value, year_known);
  bp_indicator_page_set_change (page, change);
  {
    BpComparison c;
    g_autofree char *words = NULL;

    bp_kpi_comparison (k, kind, &c);
    words = bp_ui_comparison_words (&c, h.value, "", bp_kpi_definition (kind));
    bp_indicator_page_set_description (page, words);
    bp_comparison_clear (&c);
  }

  if (view < self->n_views && self->views[view] == VIEW_COMPARED)
    {
      show_compared (self, k, kind);
      return;
    }
  chart = bp_chart_build_kpi (report, kind, view < self->n_views ? self->views[view]
                                                                  : BP_KPI_CHART_TREND, NULL);
  bp_indicator_page_set_chart (page, chart);

  for (int q = 0; q < BP_KPI_SERIES; q++)
    {
      BpKpiHeadline s = bp_kpi_headline (kind, &k->series[q]);

      bp_table_add_row_take (rows, bp_ui_format_period (k->series[q].period),
                             bp_ui_format_count (s.part),
                             kind == BP_KPI_SERIOUS_VIOLENCE && s.whole < 0
                             ? g_strdup ("–") : bp_ui_format_count (s.whole),
                             kind == BP_KPI_SERIOUS_VIOLENCE
                             ? bp_format_number (s.value, 0) : bp_ui_format_percent (s.value, 1),
                             s.unknown < 0 ? g_strdup ("–") : bp_ui_format_count (s.unknown),
                             NULL);
    }
  /* Translators: the table of the KPIs page: a KPI's title, as in "Suitable
   * accommodation, the last 8 quarters" */
  title = g_strdup_printf (_("%s, the last 8 quarters"), _(bp_kpi_title (kind)));
  bp_indicator_page_set_table (page, title, columns, G_N_ELEMENTS (columns), rows);
  bp_indicator_page_set_notes (page, h.warning
                               /* xgettext:no-c-format */
                               ? _("Data quality: more than 10% of the children were not "
                                   "recorded for this KPI in the quarter, so its figure may "
                                   "not reflect them all.")
                               : NULL);
}

static void
bp_kpis_page_update (BpIndicatorPage *page,
                     const BpReport  *report)
{
  BpKpisPage *self = BP_KPIS_PAGE (page);
  const BpKpis *k = bp_report_value (report, &bp_kpis_indicator);

  bp_indicator_page_set_title (page, _(bp_kpis_indicator.title));
  update_tiles (self, k);
  if (k == NULL || !k->have[self->selected])
    {
      bp_indicator_page_set_headline (page, NULL,
                                      k == NULL
                                      ? bp_report_indicator_note (report, &bp_kpis_indicator)
                                      : _(bp_kpi_missing_note (self->selected)));
      bp_indicator_page_set_change (page, NULL);
      bp_indicator_page_set_description (page, bp_kpi_definition (self->selected));
      bp_indicator_page_set_chart (page, NULL);
      {
        g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);

        bp_indicator_page_set_table (page, "", NULL, 0, none);
      }
      bp_indicator_page_set_notes (page, NULL);
      return;
    }
  update_selected (self, report, k);
}

void
bp_kpis_page_select (BpKpisPage *self,
                     BpKpiKind   kind)
{
  g_return_if_fail (BP_IS_KPIS_PAGE (self));
  g_return_if_fail ((guint) kind < BP_N_KPIS);

  self->selected = kind;
  fill_views (self);
  bp_indicator_page_queue_update (BP_INDICATOR_PAGE (self));
}

BpKpiKind
bp_kpis_page_get_selected (BpKpisPage *self)
{
  return self->selected;
}

const char *
bp_kpis_page_get_tile_value (BpKpisPage *self,
                             BpKpiKind   kind)
{
  return bp_indicator_tile_get_value (self->tile[kind]);
}

static void
on_tile_clicked_cb (GtkButton  *button,
                    BpKpisPage *self)
{
  bp_kpis_page_select (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                 "bp-kpi")));
}

static void
on_view_selected_cb (BpKpisPage *self)
{
  if (!self->filling)
    bp_indicator_page_queue_update (BP_INDICATOR_PAGE (self));
}

static void
bp_kpis_page_class_init (BpKpisPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_kpis_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-kpis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpKpisPage, tiles);
  gtk_widget_class_bind_template_child (widget_class, BpKpisPage, view_dropdown);
}

static void
bp_kpis_page_init (BpKpisPage *self)
{
  g_type_ensure (BP_TYPE_INDICATOR_TILE);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      GtkWidget *child = gtk_flow_box_child_new ();

      self->tile[i] = g_object_new (BP_TYPE_INDICATOR_TILE, "title", _(bp_kpi_title (i)),
                                    NULL);
      g_object_set_data (G_OBJECT (self->tile[i]), "bp-kpi", GINT_TO_POINTER (i));
      bp_indicator_tile_set_chart (self->tile[i], NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self->tile[i]), "compact-tile");
      g_signal_connect (self->tile[i], "clicked", G_CALLBACK (on_tile_clicked_cb), self);
      gtk_widget_set_focusable (child, FALSE);
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), GTK_WIDGET (self->tile[i]));
      gtk_flow_box_append (self->tiles, child);
    }
  self->selected = BP_KPI_ACCOMMODATION;
  fill_views (self);
  g_signal_connect_swapped (self->view_dropdown, "notify::selected",
                            G_CALLBACK (on_view_selected_cb), self);
}

/* bp-chart-kpis.c: the charts of the KPIs (kpis.md): every KPI's percentage in the
 * quarter and the year, and of one KPI its trend over 8 quarters, its funnel (mental
 * health, substance misuse) and its split by intervention type
 *
 * A partner sees a share only when its part and whole are both shown (the disclosure
 * plan's keys of bp_kpi_disclosure_key()); the funnel and the split are for the board
 * paper and the window, and for a partner hide every count of 1 to 4.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-report-mask.h"

static const char *const view_suffix[BP_N_KPI_CHARTS] = { "", "-funnel", "-by-type" };

gboolean
bp_kpi_chart_exists (BpKpiKind  kind,
                     BpKpiChart view)
{
  switch (view)
    {
    case BP_KPI_CHART_TREND:
      return TRUE;
    case BP_KPI_CHART_FUNNEL:
      return kind == BP_KPI_MENTAL_HEALTH || kind == BP_KPI_SUBSTANCE_MISUSE;
    case BP_KPI_CHART_BY_TYPE:
      return kind == BP_KPI_ACCOMMODATION || kind == BP_KPI_ETE || kind == BP_KPI_OOCD;
    case BP_N_KPI_CHARTS:
    default:
      return FALSE;
    }
}

/* Returns: (transfer full): its kind for `boardpack chart`, "kpi-ete-by-type" */
char *
bp_kpi_chart_name (BpKpiKind  kind,
                   BpKpiChart view)
{
  g_autofree char *key = g_strdelimit (g_strdup (bp_kpi_key (kind)), "_", '-');

  return g_strdup_printf ("kpi-%s%s", key, view_suffix[view]);
}

gboolean
bp_kpi_chart_parse (const char *name,
                    BpKpiKind  *out_kind,
                    BpKpiChart *out_view)
{
  for (int k = 0; k < BP_N_KPIS; k++)
    for (int v = 0; v < BP_N_KPI_CHARTS; v++)
      {
        g_autofree char *candidate = NULL;

        if (!bp_kpi_chart_exists (k, v))
          continue;
        candidate = bp_kpi_chart_name (k, v);
        if (g_ascii_strcasecmp (candidate, name) == 0)
          {
            *out_kind = k;
            *out_view = v;
            return TRUE;
          }
      }
  return FALSE;
}

/* The headline of @kind in period @q (-1: the year) as a partner may see it. */
static BpChartSharePoint
share_point (const BpKpis         *k,
             BpKpiKind             kind,
             int                   q,
             const BpReportHidden *hidden,
             const char           *label)
{
  const BpKpiPeriod *p = q < 0 ? &k->year : &k->series[q];
  BpKpiHeadline h = bp_kpi_headline (kind, p);
  g_autofree char *part = bp_kpi_disclosure_key (kind, q, "part");
  g_autofree char *whole = bp_kpi_disclosure_key (kind, q, "whole");
  BpChartSharePoint point = { label, h.part, h.whole };

  if (bp_report_hidden_state (hidden, part) != BP_CELL_SHOWN ||
      bp_report_hidden_state (hidden, whole) != BP_CELL_SHOWN)
    point.part = point.whole = -1;
  return point;
}

/* The KPIs sheet's chart: each KPI's percentage in the quarter and the year (serious
 * violence, a rate, has its own trend). */
BpChart *
_bp_chart_build_kpis (const BpReport            *report,
                      gconstpointer              value,
                      const BpReportHidden      *hidden,
                      const BpChartBuildOptions *options)
{
  const BpKpis *k = value;
  const char *categories[BP_N_KPIS];
  BpChartSharePoint quarter[BP_N_KPIS], year[BP_N_KPIS];
  g_autofree char *q_end = bp_day_format_month_year (k->quarter.period.end);
  g_autofree char *q_name = NULL;
  g_autofree char *y_name = NULL;
  BpChartShareSeries series[2];
  BpChartSharesInput input = { 0 };
  guint n = 0;

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      if (!k->have[i] || i == BP_KPI_SERIOUS_VIOLENCE)
        continue;
      categories[n] = _(bp_kpi_title (i));
      quarter[n] = share_point (k, i, BP_KPI_SERIES - 1, hidden, NULL);
      year[n] = share_point (k, i, -1, hidden, NULL);
      n++;
    }
  if (n == 0)
    return NULL;
  /* Translators: a series of the KPIs chart: the quarter to a month, "Quarter to Mar 2025" */
  q_name = g_strdup_printf (_("Quarter to %s"), q_end);
  /* Translators: a series of the KPIs chart: the 12 months to a month */
  y_name = g_strdup_printf (_("12 months to %s"), q_end);
  series[0] = (BpChartShareSeries) { q_name, FALSE, quarter };
  series[1] = (BpChartShareSeries) { y_name, TRUE, year };
  /* Translators: the KPIs chart's title */
  input.title = _("Key performance indicators");
  /* Translators: the KPIs chart's subtitle */
  input.subtitle = _("Each KPI's headline percentage, over the children it was recorded for");
  input.source = _("Source: local case data");
  /* Translators: the unit under the KPIs chart's axis; keep it short */
  input.axis = _("%");
  input.categories = categories;
  input.n_categories = n;
  input.series = series;
  input.n_series = 2;
  return bp_chart_new_shares (&input);
}

static BpChart *
build_trend (const BpKpis         *k,
             BpKpiKind             kind,
             const BpReportHidden *hidden)
{
  char *labels[BP_KPI_SERIES];
  BpChart *chart;
  /* Translators: a KPI trend chart's subtitle */
  const char *subtitle = _("Quarters, each labelled with its last month");

  for (int q = 0; q < BP_KPI_SERIES; q++)
    labels[q] = bp_day_format_month_year (k->series[q].period.end);

  if (kind == BP_KPI_SERIOUS_VIOLENCE)
    {
      gint64 counts[BP_KPI_SERIES];
      const char *symbols[BP_KPI_SERIES];
      BpChartCountSeries series;
      BpChartCountsInput input = { 0 };

      for (int q = 0; q < BP_KPI_SERIES; q++)
        {
          g_autofree char *key = bp_kpi_disclosure_key (kind, q, "part");

          counts[q] = _bp_chart_count_shown (hidden, key, k->series[q].sv_children,
                                             &symbols[q]);
        }
      /* Translators: the series of the serious violence chart */
      series = (BpChartCountSeries) { _("Children"), FALSE, counts, symbols };
      input.title = _(bp_kpi_title (kind));
      /* Translators: the serious violence chart's subtitle */
      input.subtitle = _("Children cautioned or sentenced for serious violence, by quarter");
      input.source = _("Source: local case data");
      input.axis = _("Children");
      input.categories = (const char *const *) labels;
      input.n_categories = BP_KPI_SERIES;
      input.series = &series;
      input.n_series = 1;
      chart = bp_chart_new_counts (&input);
    }
  else
    {
      BpChartSharePoint points[BP_KPI_SERIES];
      BpChartShareTrendInput input = { 0 };

      for (int q = 0; q < BP_KPI_SERIES; q++)
        points[q] = share_point (k, kind, q, hidden, labels[q]);
      input.title = _(bp_kpi_title (kind));
      input.subtitle = subtitle;
      input.source = _("Source: local case data");
      input.name = _(bp_kpi_title (kind));
      /* Translators: the unit of a KPI trend chart's axis: keep it short */
      input.axis = _("%");
      input.points = points;
      input.n_points = BP_KPI_SERIES;
      chart = bp_chart_new_share_trend (&input);
    }
  for (int q = 0; q < BP_KPI_SERIES; q++)
    g_free (labels[q]);
  return chart;
}

/* A count of the funnel or the split as a partner may see it: 1 to 4 hidden. */
static gint64
shown_count (const BpChartBuildOptions *options,
             gint64                     count,
             const char               **symbol)
{
  *symbol = NULL;
  if (bp_profile_hides_count (options->profile, count))
    {
      *symbol = BP_SYMBOL_CONFIDENTIAL;
      return -1;
    }
  return count;
}

static BpChart *
build_funnel (const BpKpis              *k,
              BpKpiKind                  kind,
              const BpChartBuildOptions *options)
{
  const char *stages[] = {
    /* Translators: a stage of the mental health (or substance misuse) funnel */
    _("In the cohort"),
    /* Translators: a stage of the mental health (or substance misuse) funnel */
    _("Screened"),
    /* Translators: a stage of the mental health (or substance misuse) funnel */
    _("With a need"),
    /* Translators: a stage of the mental health (or substance misuse) funnel */
    _("Offered an intervention"),
    /* Translators: a stage of the mental health (or substance misuse) funnel */
    _("Attending"),
  };
  const BpKpiFunnel *f[2];
  gint64 counts[2][G_N_ELEMENTS (stages)];
  const char *symbols[2][G_N_ELEMENTS (stages)];
  g_autofree char *end = bp_day_format_month_year (k->quarter.period.end);
  g_autofree char *q_name = g_strdup_printf (_("Quarter to %s"), end);
  g_autofree char *y_name = g_strdup_printf (_("12 months to %s"), end);
  BpChartCountSeries series[2];
  BpChartCountsInput input = { 0 };

  f[0] = kind == BP_KPI_MENTAL_HEALTH ? &k->quarter.mental_health : &k->quarter.substance_misuse;
  f[1] = kind == BP_KPI_MENTAL_HEALTH ? &k->year.mental_health : &k->year.substance_misuse;
  for (int s = 0; s < 2; s++)
    {
      const gint64 v[] = { f[s]->cohort, f[s]->screened, f[s]->need, f[s]->offered,
                           f[s]->attending };

      for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
        counts[s][i] = shown_count (options, v[i], &symbols[s][i]);
    }
  series[0] = (BpChartCountSeries) { q_name, FALSE, counts[0], symbols[0] };
  series[1] = (BpChartCountSeries) { y_name, TRUE, counts[1], symbols[1] };
  input.title = _(bp_kpi_title (kind));
  /* Translators: the funnel chart's subtitle */
  input.subtitle = _("Children whose intervention ended: screened, with a need, offered an "
                     "intervention, attending");
  input.source = _("Source: local case data");
  input.axis = _("Children");
  input.categories = stages;
  input.n_categories = G_N_ELEMENTS (stages);
  input.series = series;
  input.n_series = 2;
  return bp_chart_new_counts (&input);
}

static BpChart *
build_by_type (const BpKpis              *k,
               BpKpiKind                  kind,
               const BpChartBuildOptions *options)
{
  const BpKpiPeriod *p = &k->year;
  const char *names[BP_N_INTERVENTION_TYPES];
  gint64 cohort[BP_N_INTERVENTION_TYPES], yes[BP_N_INTERVENTION_TYPES];
  const char *cohort_symbols[BP_N_INTERVENTION_TYPES], *yes_symbols[BP_N_INTERVENTION_TYPES];
  BpChartCountSeries series[2];
  BpChartCountsInput input = { 0 };
  guint n = 0;

  for (int t = BP_N_INTERVENTION_TYPES - 1; t >= 0; t--)
    {
      gint64 all = kind == BP_KPI_OOCD ? p->oocd_by_type[t] : p->cohort_by_type[t];
      const BpKpiShare *share = kind == BP_KPI_ETE ? &p->ete_by_type[t]
                                : &p->accommodation_by_type[t];

      if (all == 0)
        continue;
      names[n] = _(bp_intervention_type_name (t));
      cohort[n] = shown_count (options, all, &cohort_symbols[n]);
      yes[n] = kind == BP_KPI_OOCD ? 0 : shown_count (options, share->yes, &yes_symbols[n]);
      n++;
    }
  series[0] = (BpChartCountSeries) {
    kind == BP_KPI_OOCD
    /* Translators: a series of the by-type chart: out-of-court interventions ended */
    ? _("Ended in the 12 months")
    /* Translators: a series of the by-type chart: the children of the cohort */
    : _("Children in the cohort"), FALSE, cohort, cohort_symbols };
  series[1] = (BpChartCountSeries) {
    kind == BP_KPI_ETE
    /* Translators: a series of the by-type chart */
    ? _("In suitable education, training or employment at the end")
    /* Translators: a series of the by-type chart */
    : _("In suitable accommodation at the end"), TRUE, yes, yes_symbols };
  input.title = _(bp_kpi_title (kind));
  /* Translators: the by-type chart's subtitle */
  input.subtitle = _("By the type of the intervention that ended, 12 months");
  input.source = _("Source: local case data");
  input.axis = _("Children");
  input.categories = names;
  input.n_categories = n;
  input.series = series;
  input.n_series = kind == BP_KPI_OOCD ? 1 : 2;
  return n > 0 ? bp_chart_new_counts (&input) : NULL;
}

/**
 * bp_chart_build_kpi:
 * Returns: (transfer full) (nullable): the chart, or %NULL when the KPI was not
 *   calculated or has no such chart
 */
BpChart *
bp_chart_build_kpi (const BpReport            *report,
                    BpKpiKind                  kind,
                    BpKpiChart                 view,
                    const BpChartBuildOptions *options)
{
  static const BpChartBuildOptions internal = { BP_PROFILE_INTERNAL, FALSE, 0.0 };
  const BpChartBuildOptions *o = options ? options : &internal;
  const BpKpis *k = bp_report_value (report, &bp_kpis_indicator);
  BpReportHidden hidden;
  BpChart *chart = NULL;

  if (k == NULL || !k->have[kind] || !bp_kpi_chart_exists (kind, view))
    return NULL;
  bp_report_hidden_compute (report, o->profile, &hidden);
  switch (view)
    {
    case BP_KPI_CHART_TREND: chart = build_trend (k, kind, &hidden); break;
    case BP_KPI_CHART_FUNNEL: chart = build_funnel (k, kind, o); break;
    case BP_KPI_CHART_BY_TYPE: chart = build_by_type (k, kind, o); break;
    case BP_N_KPI_CHARTS:
    default: break;
    }
  bp_report_hidden_clear (&hidden);
  return chart;
}

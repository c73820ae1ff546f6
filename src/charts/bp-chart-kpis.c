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
#include "bp-format.h"
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

/* The funnel of the 12 months: a partner sees no stage of 1 to 4 children, nor one
 * whose difference from the stage above is 1 to 4 (the children who left the path
 * there). */
static BpChart *
build_funnel (const BpKpis              *k,
              BpKpiKind                  kind,
              const BpChartBuildOptions *options)
{
  const char *labels[] = {
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
  const BpKpiFunnel *f = kind == BP_KPI_MENTAL_HEALTH ? &k->year.mental_health
                                                      : &k->year.substance_misuse;
  const gint64 counts[] = { f->cohort, f->screened, f->need, f->offered, f->attending };
  BpChartFunnelStage stages[G_N_ELEMENTS (labels)];
  g_autofree char *end = bp_day_format_month_year (k->year.period.end);
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  BpChartFunnelInput input = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *symbol;
      gint64 shown = shown_count (options, counts[i], &symbol);

      stages[i] = (BpChartFunnelStage) { labels[i], shown, symbol };
      if (i > 0 && stages[i].count >= 0 && stages[i - 1].count >= 0
          && bp_profile_hides_count (options->profile, counts[i - 1] - counts[i]))
        {
          stages[i].count = -1;
          stages[i].symbol = BP_SYMBOL_CONFIDENTIAL;
        }
    }
  /* Translators: the series of a KPI funnel chart: the 12 months to a month */
  name = g_strdup_printf (_("Children, 12 months to %s"), end);
  /* Translators: the funnel chart's subtitle: the 12 months to a month */
  subtitle = g_strdup_printf (_("Children whose intervention ended in the 12 months to %s, "
                                "each stage within the one above"), end);
  input.title = _(bp_kpi_title (kind));
  input.subtitle = subtitle;
  input.source = _("Source: local case data");
  input.name = name;
  input.stages = stages;
  input.n_stages = G_N_ELEMENTS (stages);
  return bp_chart_new_funnel (&input);
}

/* Out-of-court interventions ended in the 12 months, by type: one count each. */
static BpChart *
build_oocd_by_type (const BpKpis              *k,
                    const BpChartBuildOptions *options)
{
  const char *names[BP_N_INTERVENTION_TYPES];
  gint64 counts[BP_N_INTERVENTION_TYPES];
  const char *symbols[BP_N_INTERVENTION_TYPES];
  BpChartCountSeries series;
  BpChartCountsInput input = { 0 };
  guint n = 0;

  for (int t = BP_N_INTERVENTION_TYPES - 1; t >= 0; t--)
    {
      if (k->year.oocd_by_type[t] == 0)
        continue;
      names[n] = _(bp_intervention_type_name (t));
      counts[n] = shown_count (options, k->year.oocd_by_type[t], &symbols[n]);
      n++;
    }
  if (n == 0)
    return NULL;
  /* Translators: a series of the by-type chart: out-of-court interventions ended */
  series = (BpChartCountSeries) { _("Ended in the 12 months"), FALSE, counts, symbols };
  input.title = _(bp_kpi_title (BP_KPI_OOCD));
  /* Translators: the by-type chart's subtitle */
  input.subtitle = _("By the type of the intervention that ended, 12 months");
  input.source = _("Source: local case data");
  input.axis = _("Children");
  input.categories = names;
  input.n_categories = n;
  input.series = &series;
  input.n_series = 1;
  return bp_chart_new_counts (&input);
}

/* Accommodation or ETE at the end of each type of intervention, 12 months: suitable,
 * not suitable and not recorded stacked, the share of those recorded at the right. A
 * partner sees no row with a part of 1 to 4 (the parts add up to the row). */
static BpChart *
build_by_type (const BpKpis              *k,
               BpKpiKind                  kind,
               const BpChartBuildOptions *options)
{
  const BpKpiPeriod *p = &k->year;
  const char *names[BP_N_INTERVENTION_TYPES];
  const char *symbols[BP_N_INTERVENTION_TYPES];
  char *notes[BP_N_INTERVENTION_TYPES];
  gint64 yes[BP_N_INTERVENTION_TYPES], no[BP_N_INTERVENTION_TYPES];
  gint64 unrecorded[BP_N_INTERVENTION_TYPES];
  BpChartStackPart parts[3];
  BpChartStackedInput input = { 0 };
  BpChart *chart;
  guint n = 0;

  if (kind == BP_KPI_OOCD)
    return build_oocd_by_type (k, options);

  for (int t = BP_N_INTERVENTION_TYPES - 1; t >= 0; t--)
    {
      const BpKpiShare *share = kind == BP_KPI_ETE ? &p->ete_by_type[t]
                                : &p->accommodation_by_type[t];
      gint64 v[3] = { share->yes, share->known - share->yes, share->cohort - share->known };
      gboolean hide = FALSE;

      if (share->cohort == 0)
        continue;
      for (int i = 0; i < 3; i++)
        hide |= bp_profile_hides_count (options->profile, v[i]);
      names[n] = _(bp_intervention_type_name (t));
      symbols[n] = hide ? BP_SYMBOL_CONFIDENTIAL : NULL;
      yes[n] = hide ? -1 : v[0];
      no[n] = hide ? -1 : v[1];
      unrecorded[n] = hide ? -1 : v[2];
      notes[n] = NULL;
      if (!hide && share->known > 0)
        {
          g_autofree char *pct = bp_format_number (bp_kpi_share_pct (share), 0);
          g_autofree char *known = bp_format_count (share->known);

          /* Translators: the note beside a row of the KPI by-type chart: the share
           * suitable of the children recorded, as in "80% of 10 recorded" */
          notes[n] = g_strdup_printf (_("%s%% of %s recorded"), pct, known);
        }
      n++;
    }
  if (n == 0)
    return NULL;
  /* Translators: a part of the KPI by-type chart: children in suitable accommodation
   * (or ETE) at the end of their intervention */
  parts[0] = (BpChartStackPart) { C_("kpi", "Suitable"), FALSE, yes };
  /* Translators: a part of the KPI by-type chart */
  parts[1] = (BpChartStackPart) { C_("kpi", "Not suitable"), TRUE, no };
  /* Translators: a part of the KPI by-type chart: no status recorded at the end */
  parts[2] = (BpChartStackPart) { C_("kpi", "Not recorded"), FALSE, unrecorded };
  input.title = _(bp_kpi_title (kind));
  input.subtitle = kind == BP_KPI_ETE
                   /* Translators: the by-type chart's subtitle for ETE */
                   ? _("Education, training or employment at the end, by the type of the "
                       "intervention that ended, 12 months")
                   /* Translators: the by-type chart's subtitle for accommodation */
                   : _("Accommodation at the end, by the type of the intervention that "
                       "ended, 12 months");
  input.source = _("Source: local case data");
  input.axis = _("Children");
  input.categories = names;
  input.notes = (const char *const *) notes;
  /* Translators: the header of the notes column of the KPI by-type chart */
  input.notes_header = C_("kpi", "Suitable");
  input.symbols = symbols;
  input.n_categories = n;
  input.parts = parts;
  input.n_parts = G_N_ELEMENTS (parts);
  chart = bp_chart_new_stacked (&input);
  for (guint i = 0; i < n; i++)
    g_free (notes[i]);
  return chart;
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

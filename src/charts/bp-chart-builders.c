/* bp-chart-builders.c: the charts of a BpReport, for the screen, the PDF and `boardpack chart`
 *
 * The one place where indicator results become chart inputs, so the window, the PDF and
 * the command line draw the same chart from the same numbers. For partners, the rules of
 * domain.md section 9 (bp-report-mask.c) decide what a chart shows: a suppressed count is
 * [c] and a value made from it is not drawn.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-i18n.h"
#include "bp-report-mask.h"

static const BpChartBuildOptions default_options = { BP_PROFILE_INTERNAL, FALSE, 0.0 };

/* The comparators a chart draws, by the benchmarks' area type. */
static const struct { const char *type; BpChartComparatorRole role; } comparator_roles[] = {
  { "FAMILY", BP_CHART_COMPARATOR_FAMILY },
  { "REGION", BP_CHART_COMPARATOR_REGION },
  { "NATIONAL", BP_CHART_COMPARATOR_NATIONAL },
};

static BpChart *
build_rate (const BpReport            *report,
            BpChartKind                kind,
            const BpChartBuildOptions *o)
{
  const BpRateIndicator *ind = kind == BP_CHART_KIND_FTE ? &report->fte : &report->custody;
  const char *indicator = ind->code;
  BpChartRatePoint points[BP_SERIES_QUARTERS];
  BpChartRatePoint comparator_points[G_N_ELEMENTS (comparator_roles)][BP_SERIES_QUARTERS];
  BpChartComparator comparators[G_N_ELEMENTS (comparator_roles)];
  char *labels[BP_SERIES_QUARTERS];
  char family_name[128];
  BpChartRateInput input = { 0 };
  guint n_comparators = 0;
  BpChart *chart;

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];

      labels[q] = bp_day_format_month_year (v->period.end);
      points[q].label = labels[q];
      points[q].value = v->rate;
      points[q].count = v->count;
      points[q].population = v->population;
    }

  for (guint r = 0; r < G_N_ELEMENTS (comparator_roles) && !o->no_comparators; r++)
    {
      const char *name = NULL;

      for (int q = 0; q < BP_SERIES_QUARTERS; q++)
        {
          const BpBenchmark *b = bp_benchmark_find (ind->series[q].benchmarks, indicator,
                                                 comparator_roles[r].type);

          comparator_points[n_comparators][q] = (BpChartRatePoint) { NULL, NAN, -1, -1 };
          if (b)
            {
              comparator_points[n_comparators][q].value = b->value;
              name = bp_area_display_name (b->area_name);
            }
        }
      if (name == NULL)
        continue;
      comparators[n_comparators].role = comparator_roles[r].role;
      comparators[n_comparators].name = name;
      /* The chart says "the <name> average": a published "YJS Family Average" would
       * read "average average". */
      if (comparator_roles[r].role == BP_CHART_COMPARATOR_FAMILY &&
          g_str_has_suffix (name, " Average") && strlen (name) < sizeof family_name)
        {
          g_strlcpy (family_name, name, strlen (name) - strlen (" Average") + 1);
          comparators[n_comparators].name = family_name;
        }
      comparators[n_comparators].points = comparator_points[n_comparators];
      n_comparators++;
    }

  input.kind = kind;
  input.local_name = report->area[0] ? report->area : NULL;
  input.points = points;
  input.n_points = BP_SERIES_QUARTERS;
  input.comparators = n_comparators ? comparators : NULL;
  input.n_comparators = n_comparators;
  input.source = kind == BP_CHART_KIND_FTE
                 /* Translators: the source line under the first time entrants chart */
                 ? _("Source: local case data (first statutory outcome held); comparators as "
                     "published by the YJB")
                 /* Translators: the source line under the use of custody chart */
                 : _("Source: local case data; comparators as published by the YJB");
  chart = bp_chart_new_rate (&input);

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    g_free (labels[q]);
  return chart;
}

/* "Apr-Jun 2022", in the current language */
static char *
cohort_label (const BpPeriod *p)
{
  int y, m1, m2;

  bp_day_to_ymd (p->start, NULL, &m1, NULL);
  bp_day_to_ymd (p->end, &y, &m2, NULL);
  /* Translators: a 3-month cohort on the reoffending chart's axis: its first and last
   * months (abbreviated), then the year, as in "Apr-Jun 2022"; keep it short */
  return g_strdup_printf (C_("date", "%s-%s %d"), bp_month_abbrev (m1), bp_month_abbrev (m2), y);
}

static BpChart *
build_reoffending (const BpReport            *report,
                   const BpChartBuildOptions *o)
{
  BpChartReoffendingCohort cohorts[BP_REOFFENDING_SERIES];
  char *labels[BP_REOFFENDING_SERIES];
  BpChartReoffendingInput input = { 0 };
  BpChartReoffendingComparator comparators[G_N_ELEMENTS (comparator_roles)];
  double rates[G_N_ELEMENTS (comparator_roles)][BP_REOFFENDING_SERIES];
  guint n_comparators = 0;
  BpChart *chart;

  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCohort *c = &report->reoffending.series[k];

      labels[k] = cohort_label (&c->cohort);
      cohorts[k].label = labels[k];
      cohorts[k].rate = c->binary_rate;
      cohorts[k].frequency = c->frequency;
      cohorts[k].cohort = c->cohort_size;
      cohorts[k].reoffenders = c->reoffenders;
      cohorts[k].reoffences = c->reoffences;
      cohorts[k].follow_up_incomplete = !c->follow_up_complete;
    }
  /* The comparators published for each cohort: one line each, when any is held. */
  for (guint r = 0; r < G_N_ELEMENTS (comparator_roles) && !o->no_comparators; r++)
    {
      const char *name = NULL;

      for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
        {
          const BpBenchmark *b = bp_benchmark_find (report->reoffending.series[k].benchmarks,
                                                    bp_reoffending_code (BP_REOFF_BINARY, FALSE),
                                                    comparator_roles[r].type);

          rates[n_comparators][k] = b ? b->value : NAN;
          if (b)
            name = bp_area_display_name (b->area_name);
        }
      if (name == NULL)
        continue;
      comparators[n_comparators].role = comparator_roles[r].role;
      comparators[n_comparators].name = name;
      comparators[n_comparators].rates = rates[n_comparators];
      n_comparators++;
    }
  input.comparators = n_comparators ? comparators : NULL;
  input.n_comparators = n_comparators;
  input.cohorts = cohorts;
  input.n_cohorts = BP_REOFFENDING_SERIES;
  /* Translators: the source line under the reoffending chart */
  input.source = _("Source: local case data, proven reoffending by the MoJ method");
  chart = bp_chart_new_reoffending (&input);
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    g_free (labels[k]);
  return chart;
}

/* The title of a disproportionality chart that is pooled over years or counts one tier:
 * it says so. Returns: (transfer full) (nullable): NULL for the default title */
static char *
disparity_title (const BpDisparity *d,
                 gboolean           rri)
{
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  const char *stage = g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (d->stage));

  if (d->years <= 1 && !d->by_tier)
    return NULL;
  period = bp_disparity_period_label (d);
  if (rri)
    /* Translators: a chart title: the stage and the financial years, as in "Ethnic
     * disproportionality: children cautioned or sentenced, 2022/23 to 2023/24" */
    title = g_strdup_printf (_("Ethnic disproportionality: children %s, %s"), stage, period);
  else
    /* Translators: a chart title: the stage and the financial years, as in "Children
     * cautioned or sentenced, 2022/23 to 2023/24, and the population, by ethnic group" */
    title = g_strdup_printf (_("Children %s, %s, and the population, by ethnic group"), stage,
                             period);
  if (d->by_tier)
    /* Translators: a chart title when one tier is counted, as in "...: pre-court outcomes
     * only" */
    return g_strdup_printf (_("%s: %s outcomes only"), title, _(bp_tier_name (d->tier)));
  return g_steal_pointer (&title);
}

static BpChart *
build_rri (const BpReport            *report,
           const BpReportHidden      *hidden,
           const BpChartBuildOptions *o)
{
  static const int order[] = { BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED,
                               BP_ETHNIC_OTHER, BP_DISPARITY_MINORITIES };
  const BpDisparity *d = &report->disparity;
  BpChartRriGroup groups[G_N_ELEMENTS (order)];
  BpChartRriInput input = { 0 };
  g_autofree char *title = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const BpDisparityRow *r = &d->rows[order[i]];

      groups[i] = (BpChartRriGroup) { 0 };
      groups[i].group = r->group;
      groups[i].count = r->count;
      groups[i].rri = r->rri;
      groups[i].ci_low = r->ci_low;
      groups[i].ci_high = r->ci_high;
      groups[i].significance = g_strcmp0 (r->significance, "higher") == 0
                               ? BP_CHART_SIGNIFICANCE_HIGHER
                               : g_strcmp0 (r->significance, "lower") == 0
                               ? BP_CHART_SIGNIFICANCE_LOWER : BP_CHART_SIGNIFICANCE_NONE;
      if (hidden->group[order[i]] || hidden->group[BP_ETHNIC_WHITE])
        groups[i].symbol = BP_SYMBOL_CONFIDENTIAL;
    }
  input.stage = bp_stage_description (d->stage);
  title = disparity_title (d, TRUE);
  input.title = title;
  input.reference_count = d->rows[BP_ETHNIC_WHITE].count;
  input.groups = groups;
  input.n_groups = G_N_ELEMENTS (order);
  input.threshold = o->rri_threshold;
  input.source = d->population_source
                 /* Translators: the source line under the ethnicity charts */
                 ? _("Source: local case data; 10-17 population by ethnic group from the Census")
                 /* Translators: the source line under the relative rate index chart when
                  * the population is not from the Census */
                 : _("Source: local case data");
  return bp_chart_new_rri (&input);
}

static BpChart *
build_ethnicity (const BpReport            *report,
                 const BpReportHidden      *hidden,
                 const BpChartBuildOptions *o)
{
  static const int order[] = { BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED,
                               BP_ETHNIC_OTHER, BP_ETHNIC_WHITE };
  const BpDisparity *d = &report->disparity;
  BpChartEthnicityGroup groups[G_N_ELEMENTS (order)];
  BpChartEthnicityInput input = { 0 };
  g_autofree char *title = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const BpDisparityRow *r = &d->rows[order[i]];

      groups[i] = (BpChartEthnicityGroup) { 0 };
      groups[i].group = r->group;
      groups[i].count = r->count;
      groups[i].share = r->share;
      groups[i].population = r->population;
      groups[i].population_share = r->population_share;
      if (hidden->group[order[i]] || hidden->known)
        groups[i].symbol = BP_SYMBOL_CONFIDENTIAL;
      else if (o->profile == BP_PROFILE_PARTNER && d->known_total < 10)
        {
          groups[i].share = NAN;
          groups[i].symbol = BP_SYMBOL_LOW_RELIABILITY;
        }
    }
  input.stage = bp_stage_description (d->stage);
  title = disparity_title (d, FALSE);
  input.title = title;
  input.groups = groups;
  input.n_groups = G_N_ELEMENTS (order);
  /* Translators: the source line under the ethnicity charts */
  input.source = _("Source: local case data; 10-17 population by ethnic group from the Census");
  return bp_chart_new_ethnicity (&input);
}

/**
 * bp_chart_build:
 * @options: (nullable): the profile and choices; %NULL for internal with comparators
 *
 * The chart of @kind for @report, showing what @options' profile may see: for partners
 * the figures bp_report_hidden_compute() hides are not drawn, and hidden groups say [c].
 *
 * Returns: (transfer full)
 */
BpChart *
bp_chart_build (BpChartKind                kind,
                const BpReport            *report,
                const BpChartBuildOptions *options)
{
  const BpChartBuildOptions *o = options ? options : &default_options;
  BpReportHidden hidden;
  BpReport masked;
  BpChart *chart = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  bp_report_hidden_compute (report, o->profile, &hidden);
  bp_report_mask (report, &hidden, &masked);

  switch (kind)
    {
    case BP_CHART_KIND_FTE:
    case BP_CHART_KIND_CUSTODY:
      chart = build_rate (&masked, kind, o);
      break;
    case BP_CHART_KIND_REOFFENDING:
      chart = build_reoffending (&masked, o);
      break;
    case BP_CHART_KIND_RRI:
      chart = build_rri (&masked, &hidden, o);
      break;
    case BP_CHART_KIND_ETHNICITY:
      chart = build_ethnicity (&masked, &hidden, o);
      break;
    default:
      g_warn_if_reached ();
    }
  bp_report_hidden_clear (&hidden);
  return chart;
}

/* --- the registry's indicators ------------------------------------------------------ */

/* One line per indicator with a chart of its own, by the key of its module. */
static const struct
{
  const char           *key;
  BpChartIndicatorFunc  build;
} indicator_charts[] = {
  { "diversion", _bp_chart_build_diversion },
  { "remand", _bp_chart_build_remand },
  { "disposals", _bp_chart_build_disposals },
  { "offences", _bp_chart_build_offences },
  { "delays", _bp_chart_build_delays },
  { "cohort", _bp_chart_build_cohort },
  { "kpis", _bp_chart_build_kpis },
};

gint64
_bp_chart_count_shown (const BpReportHidden *hidden,
                       const char           *key,
                       gint64                count,
                       const char          **symbol)
{
  *symbol = NULL;
  if (bp_report_hidden_state (hidden, key) != BP_CELL_SHOWN)
    {
      *symbol = BP_SYMBOL_CONFIDENTIAL;
      return -1;
    }
  return count;
}

/**
 * bp_chart_indicator_has_chart:
 * Whether the indicator of @key (bp_indicator_lookup()) has a chart of its own.
 */
gboolean
bp_chart_indicator_has_chart (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (indicator_charts); i++)
    if (g_strcmp0 (indicator_charts[i].key, key) == 0)
      return TRUE;
  return FALSE;
}

/**
 * bp_chart_build_indicator:
 * @key: an indicator's key, e.g. "remand"
 * @options: (nullable): as for bp_chart_build()
 *
 * The chart of a registry indicator, showing what the profile may see.
 *
 * Returns: (transfer full) (nullable): the chart; %NULL when the indicator has none or
 *   could not be computed
 */
BpChart *
bp_chart_build_indicator (const char                *key,
                          const BpReport            *report,
                          const BpChartBuildOptions *options)
{
  const BpChartBuildOptions *o = options ? options : &default_options;
  const BpIndicator *indicator = bp_indicator_lookup (key);
  gconstpointer value;
  BpReportHidden hidden;
  BpChart *chart = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (indicator == NULL || (value = bp_report_value (report, indicator)) == NULL)
    return NULL;
  bp_report_hidden_compute (report, o->profile, &hidden);
  for (guint i = 0; i < G_N_ELEMENTS (indicator_charts); i++)
    if (g_strcmp0 (indicator_charts[i].key, key) == 0)
      chart = indicator_charts[i].build (report, value, &hidden, o);
  bp_report_hidden_clear (&hidden);
  return chart;
}

/* bp-ui-charts.c: the charts the pages show, built by src/charts from the session's report
 *
 * The indicator charts come from bp_chart_build(), the same builders as the PDF and
 * `boardpack chart`; this module only applies the window's choices (which comparators,
 * the practical RRI threshold). The small trend lines of the Overview and the breakdown
 * bars are chart models made with the chart library's API: drawing, hit testing and the
 * text alternative stay in src/charts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-chart-builders.h"
#include "bp-ui-charts.h"

/* Returns: (transfer container): the comparators of @benchmarks the user chose to see */
static GPtrArray *
chosen_comparators (BpSession *session,
                    GPtrArray *benchmarks)
{
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (benchmarks, i);

      if (bp_session_get_show_comparator (session, b->area_type))
        g_ptr_array_add (chosen, (gpointer) b);
    }
  return chosen;
}

/**
 * bp_ui_chart_build:
 * @comparators: whether to draw the published comparators (those chosen in Preferences)
 *
 * Returns: (transfer full) (nullable): the chart of @kind for the session's report
 */
BpChart *
bp_ui_chart_build (BpChartKind  kind,
                   BpSession   *session,
                   gboolean     comparators)
{
  /* The ethnicity charts show the Disproportionality page's own stage. */
  const BpReport *report = kind == BP_CHART_KIND_RRI || kind == BP_CHART_KIND_ETHNICITY
                           ? bp_session_get_page_report (session)
                           : bp_session_get_report (session);
  BpChartBuildOptions options = { BP_PROFILE_INTERNAL, !comparators, 0.0 };
  g_autoptr(GPtrArray) owned = NULL;
  BpReport copy;
  BpRateIndicator *ind;

  if (report == NULL)
    return NULL;
  options.rri_threshold = bp_session_get_rri_threshold (session);
  if (kind == BP_CHART_KIND_REOFFENDING && comparators)
    {
      /* the cohorts' comparator lists, holding only the areas chosen */
      copy = *report;
      owned = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      for (guint k = 0; k < BP_REOFFENDING_SERIES; k++)
        {
          copy.reoffending.series[k].benchmarks =
            chosen_comparators (session, copy.reoffending.series[k].benchmarks);
          g_ptr_array_add (owned, copy.reoffending.series[k].benchmarks);
        }
      return bp_chart_build (kind, &copy, &options);
    }
  if ((kind != BP_CHART_KIND_FTE && kind != BP_CHART_KIND_CUSTODY) || !comparators)
    return bp_chart_build (kind, report, &options);

  /* A shallow copy whose comparator lists hold only the areas chosen; it shares every
   * other pointer with the report, so it is never freed as a report. */
  copy = *report;
  ind = kind == BP_CHART_KIND_FTE ? &copy.fte : &copy.custody;
  owned = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      ind->series[q].benchmarks = chosen_comparators (session, ind->series[q].benchmarks);
      g_ptr_array_add (owned, ind->series[q].benchmarks);
    }
  ind->current.benchmarks = chosen_comparators (session, ind->current.benchmarks);
  g_ptr_array_add (owned, ind->current.benchmarks);
  return bp_chart_build (kind, &copy, &options);
}

/**
 * bp_ui_chart_sparkline:
 * A small line of a trend, for an Overview tile: no legend, no axis titles.
 *
 * Returns: (transfer full)
 */
BpChart *
bp_ui_chart_sparkline (const char   *name,
                       const char  **labels,
                       const double *values,
                       guint         n)
{
  BpChart *chart = bp_chart_new (BP_CHART_LAYOUT_COLUMNS);
  guint series;

  bp_chart_set_show_legend (chart, FALSE);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, NULL, BP_CHART_SCALE_LINEAR, TRUE);
  for (guint i = 0; i < n; i++)
    bp_chart_add_category (chart, labels[i], NULL);
  series = bp_chart_add_series (chart, name, BP_CHART_SERIES_LINE, BP_CHART_AXIS_PRIMARY, 0,
                                BP_CHART_MARKER_CIRCLE, BP_CHART_DASH_SOLID);
  bp_chart_series_set_emphasis (chart, series, TRUE);
  for (guint i = 0; i < n; i++)
    bp_chart_set_value (chart, series, i, values[i], NULL);
  return chart;
}

/**
 * bp_ui_chart_bars:
 * @summary: the text alternative, a sentence or two saying what the bars show
 *
 * A bar per group, for the breakdowns of a rate.
 *
 * Returns: (transfer full)
 */
BpChart *
bp_ui_chart_bars (const char    *title,
                  const char    *subtitle,
                  const char    *axis_title,
                  const char    *series_name,
                  const char    *summary,
                  const BpUiBar *bars,
                  guint          n)
{
  BpChart *chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  guint series;

  bp_chart_set_title (chart, title);
  bp_chart_set_subtitle (chart, subtitle);
  bp_chart_set_summary (chart, summary);
  bp_chart_set_show_legend (chart, FALSE);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, axis_title, BP_CHART_SCALE_LINEAR, TRUE);
  for (guint i = 0; i < n; i++)
    bp_chart_add_category (chart, bars[i].label, NULL);
  series = bp_chart_add_series (chart, series_name, BP_CHART_SERIES_BARS, BP_CHART_AXIS_PRIMARY,
                                0, BP_CHART_MARKER_NONE, BP_CHART_DASH_SOLID);
  for (guint i = 0; i < n; i++)
    {
      bp_chart_set_value (chart, series, i, bars[i].value, bars[i].tooltip);
      if (isfinite (bars[i].value) && bars[i].value_text != NULL)
        bp_chart_set_point_label (chart, series, i, bars[i].value_text);
    }
  return chart;
}

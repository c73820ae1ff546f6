/* bp-chart-delays.c: the delays chart: the median days from offence to outcome of court
 * and out-of-court outcomes, this year and the year before (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-delays.h"

BpChart *
_bp_chart_build_delays (const BpReport            *report,
                        gconstpointer              value,
                        const BpReportHidden      *hidden,
                        const BpChartBuildOptions *options)
{
  const BpDelays *d = value;
  const char *names[BP_N_DELAY_KINDS];
  gint64 now[BP_N_DELAY_KINDS], before[BP_N_DELAY_KINDS];
  const char *now_symbols[BP_N_DELAY_KINDS], *before_symbols[BP_N_DELAY_KINDS];
  g_autofree char *end = bp_day_format_month_year (d->period.end);
  g_autofree char *now_name = NULL;
  BpChartCountSeries series[2];
  BpChartCountsInput input = { 0 };

  for (guint k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      g_autofree char *key = g_strdup_printf ("delays.now.%s", bp_delay_kind_key (k));
      double median = d->kinds[k].median_days;

      names[k] = _(bp_delay_kind_name (k));
      /* a median of a hidden count is not drawn; medians are drawn to the whole day */
      now[k] = _bp_chart_count_shown (hidden, key,
                                      isfinite (median) ? (gint64) lround (median) : -1,
                                      &now_symbols[k]);
      g_free (key);
      key = g_strdup_printf ("delays.before.%s", bp_delay_kind_key (k));
      median = d->previous[k].median_days;
      before[k] = _bp_chart_count_shown (hidden, key,
                                         isfinite (median) ? (gint64) lround (median) : -1,
                                         &before_symbols[k]);
    }
  /* Translators: a series of a chart: the 12 months to a month, as in "12 months to Mar
   * 2025" */
  now_name = g_strdup_printf (_("12 months to %s"), end);
  series[0] = (BpChartCountSeries) { now_name, FALSE, now, now_symbols };
  series[1] = (BpChartCountSeries) { _("The 12 months before"), TRUE, before, before_symbols };

  /* Translators: the delays chart's title */
  input.title = _("Median days from offence to outcome");
  /* Translators: the delays chart's subtitle */
  input.subtitle = _("Outcomes of children aged 10-17 in the area with an offence date");
  input.source = _("Source: local case data");
  /* Translators: the unit under the delays chart's axis; keep it short */
  input.axis = _("Days");
  input.categories = names;
  input.n_categories = BP_N_DELAY_KINDS;
  input.series = series;
  input.n_series = 2;
  return bp_chart_new_counts (&input);
}

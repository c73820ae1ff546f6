/* bp-chart-disposals.c: the disposal mix chart: outcomes by tier, this year and the year
 * before (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-disposals.h"

BpChart *
_bp_chart_build_disposals (const BpReport            *report,
                           gconstpointer              value,
                           const BpReportHidden      *hidden,
                           const BpChartBuildOptions *options)
{
  const BpDisposals *d = value;
  const char *names[BP_DISPOSAL_N_TIERS];
  gint64 now[BP_DISPOSAL_N_TIERS], before[BP_DISPOSAL_N_TIERS];
  const char *now_symbols[BP_DISPOSAL_N_TIERS], *before_symbols[BP_DISPOSAL_N_TIERS];
  g_autofree char *end = bp_day_format_month_year (d->current.period.end);
  g_autofree char *now_name = NULL;
  BpChartCountSeries series[2];
  BpChartCountsInput input = { 0 };

  for (guint t = 0; t < BP_DISPOSAL_N_TIERS; t++)
    {
      g_autofree char *k_now = g_strdup_printf ("disposals.now.%s", bp_tier_key (t));
      g_autofree char *k_before = g_strdup_printf ("disposals.before.%s", bp_tier_key (t));

      names[t] = _(bp_tier_name (t));
      now[t] = _bp_chart_count_shown (hidden, k_now, d->current.by_tier[t], &now_symbols[t]);
      before[t] = _bp_chart_count_shown (hidden, k_before, d->previous.by_tier[t],
                                         &before_symbols[t]);
    }
  /* Translators: a series of a chart: the 12 months to a month, as in "12 months to Mar
   * 2025" */
  now_name = g_strdup_printf (_("12 months to %s"), end);
  series[0] = (BpChartCountSeries) { now_name, FALSE, now, now_symbols };
  series[1] = (BpChartCountSeries) { _("The 12 months before"), TRUE, before, before_symbols };

  /* Translators: the disposal mix chart's title */
  input.title = _("Outcomes by tier");
  /* Translators: the disposal mix chart's subtitle */
  input.subtitle = _("Outcomes of children aged 10-17 in the area, from informal to custody");
  input.source = _("Source: local case data");
  input.axis = _("Outcomes");
  input.categories = names;
  input.n_categories = BP_DISPOSAL_N_TIERS;
  input.series = series;
  input.n_series = 2;
  return bp_chart_new_counts (&input);
}

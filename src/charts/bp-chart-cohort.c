/* bp-chart-cohort.c: the cohort chart: children with any outcome by the tier of their
 * most serious outcome (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-cohort.h"

BpChart *
_bp_chart_build_cohort (const BpReport            *report,
                        gconstpointer              value,
                        const BpReportHidden      *hidden,
                        const BpChartBuildOptions *options)
{
  const BpCohort *c = value;
  const char *names[BP_N_TIERS];
  gint64 counts[BP_N_TIERS];
  const char *symbols[BP_N_TIERS];
  g_autofree char *end = bp_day_format_month_year (c->period.end);
  g_autofree char *name = NULL;
  BpChartCountSeries series;
  BpChartCountsInput input = { 0 };

  for (guint t = 0; t < BP_N_TIERS; t++)
    {
      g_autofree char *key = g_strdup_printf ("cohort.now.tier.%u", t);

      names[t] = _(bp_tier_name (t));
      counts[t] = _bp_chart_count_shown (hidden, key, c->by_tier[t], &symbols[t]);
    }
  /* Translators: the series of the cohort chart, as in "Children, 12 months to Mar 2025" */
  name = g_strdup_printf (_("Children, 12 months to %s"), end);
  series = (BpChartCountSeries) { name, FALSE, counts, symbols };

  /* Translators: the cohort chart's title */
  input.title = _("Children by their most serious outcome");
  /* Translators: the cohort chart's subtitle */
  input.subtitle = _("Children aged 10-17 in the area with any outcome in the 12 months");
  input.source = _("Source: local case data");
  input.axis = _("Children");
  input.categories = names;
  input.n_categories = BP_N_TIERS;
  input.series = &series;
  input.n_series = 1;
  return bp_chart_new_counts (&input);
}

/* bp-chart-diversion.c: the diversion chart: outcomes by type, this year and the year
 * before (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-diversion.h"

BpChart *
_bp_chart_build_diversion (const BpReport            *report,
                           gconstpointer              value,
                           const BpReportHidden      *hidden,
                           const BpChartBuildOptions *options)
{
  const BpDiversion *d = value;
  const char *names[BP_DIVERSION_N_TYPES];
  gint64 now[BP_DIVERSION_N_TYPES], before[BP_DIVERSION_N_TYPES];
  const char *now_symbols[BP_DIVERSION_N_TYPES], *before_symbols[BP_DIVERSION_N_TYPES];
  g_autofree char *this_year = bp_day_format_month_year (d->current.period.end);
  g_autofree char *now_name = NULL;
  BpChartCountSeries series[2];
  BpChartCountsInput input = { 0 };

  for (guint i = 0; i < BP_DIVERSION_N_TYPES; i++)
    {
      const char *code = bp_outcome_type_code (bp_diversion_type (i));
      g_autofree char *k_now = g_strdup_printf ("diversion.now.%s.outcomes", code);
      g_autofree char *k_before = g_strdup_printf ("diversion.before.%s.outcomes", code);

      names[i] = _(bp_outcome_type_name (bp_diversion_type (i)));
      now[i] = _bp_chart_count_shown (hidden, k_now, d->current.by_type[i].outcomes,
                                      &now_symbols[i]);
      before[i] = _bp_chart_count_shown (hidden, k_before, d->previous.by_type[i].outcomes,
                                         &before_symbols[i]);
    }
  /* Translators: a series of the diversion chart: the 12 months to a month, as in "12
   * months to Mar 2025" */
  now_name = g_strdup_printf (_("12 months to %s"), this_year);
  series[0] = (BpChartCountSeries) { now_name, FALSE, now, now_symbols };
  /* Translators: a series of the diversion chart: the 12 months before */
  series[1] = (BpChartCountSeries) { _("The 12 months before"), TRUE, before, before_symbols };

  /* Translators: the diversion chart's title */
  input.title = _("Diversion and out-of-court outcomes, by type");
  /* Translators: the diversion chart's subtitle */
  input.subtitle = _("Outcomes of children aged 10-17 in the area, this year and the year "
                     "before");
  /* Translators: the source line under a chart of local case data */
  input.source = _("Source: local case data");
  /* Translators: the unit under the diversion chart's axis; keep it short */
  input.axis = _("Outcomes");
  input.categories = names;
  input.n_categories = BP_DIVERSION_N_TYPES;
  input.series = series;
  input.n_series = 2;
  return bp_chart_new_counts (&input);
}

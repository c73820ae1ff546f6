/* bp-chart-remand.c: the remands chart: children remanded by what followed within 12
 * months, this year and the year before (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-remand.h"

BpChart *
_bp_chart_build_remand (const BpReport            *report,
                        gconstpointer              value,
                        const BpReportHidden      *hidden,
                        const BpChartBuildOptions *options)
{
  const BpRemand *r = value;
  const char *names[BP_REMAND_N_FOLLOWED];
  gint64 counts[BP_REMAND_N_FOLLOWED];
  const char *symbols[BP_REMAND_N_FOLLOWED];
  g_autofree char *end = bp_day_format_month_year (r->current.period.end);
  g_autofree char *series_name = NULL;
  BpChartCountSeries series;
  BpChartCountsInput input = { 0 };

  for (guint f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    {
      g_autofree char *key = g_strdup_printf ("remand.now.then.%s",
                                              bp_remand_followed_key (f));

      names[f] = _(bp_remand_followed_name (f));
      counts[f] = _bp_chart_count_shown (hidden, key, r->current.followed_by[f], &symbols[f]);
    }
  /* Translators: the series of the remands chart: children remanded in the 12 months to
   * a month, as in "Children remanded, 12 months to Mar 2025" */
  series_name = g_strdup_printf (_("Children remanded, 12 months to %s"), end);
  series = (BpChartCountSeries) { series_name, FALSE, counts, symbols };

  /* Translators: the remands chart's title */
  input.title = _("Children remanded, by what followed within 12 months");
  /* Translators: the remands chart's subtitle */
  input.subtitle = _("Each child's first remand of the 12 months: a custodial sentence, "
                     "another court sentence, or neither");
  input.source = _("Source: local case data");
  /* Translators: the unit under the remands chart's axis; keep it short */
  input.axis = _("Children");
  input.categories = names;
  input.n_categories = BP_REMAND_N_FOLLOWED;
  input.series = &series;
  input.n_series = 1;
  return bp_chart_new_counts (&input);
}

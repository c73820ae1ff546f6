/* bp-chart-offences.c: proven offences by offence group, this year and the year before
 * (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-builders-private.h"
#include "bp-offences.h"

BpChart *
_bp_chart_build_offences (const BpReport            *report,
                          gconstpointer              value,
                          const BpReportHidden      *hidden,
                          const BpChartBuildOptions *options)
{
  const BpOffences *o = value;
  const char *names[BP_N_OFFENCE_GROUPS];
  gint64 now[BP_N_OFFENCE_GROUPS], before[BP_N_OFFENCE_GROUPS];
  const char *now_symbols[BP_N_OFFENCE_GROUPS], *before_symbols[BP_N_OFFENCE_GROUPS];
  g_autofree char *end = bp_day_format_month_year (o->current.period.end);
  g_autofree char *now_name = NULL;
  BpChartCountSeries series[2];
  BpChartCountsInput input = { 0 };
  guint n = 0;

  /* The groups in order, "not recorded" last; a group of no offence in either year is
   * left out (the table lists it). */
  for (int g = 1; g <= BP_N_OFFENCE_GROUPS; g++)
    {
      int group = g % BP_N_OFFENCE_GROUPS;
      const char *key = bp_offences_group_key (group);
      g_autofree char *k_now = g_strdup_printf ("offences.now.%s", key);
      g_autofree char *k_before = g_strdup_printf ("offences.before.%s", key);

      if (o->current.by_group[group] == 0 && o->previous.by_group[group] == 0)
        continue;
      names[n] = _(bp_offences_group_name (group));
      now[n] = _bp_chart_count_shown (hidden, k_now, o->current.by_group[group],
                                      &now_symbols[n]);
      before[n] = _bp_chart_count_shown (hidden, k_before, o->previous.by_group[group],
                                         &before_symbols[n]);
      n++;
    }
  /* Translators: a series of a chart: the 12 months to a month, as in "12 months to Mar
   * 2025" */
  now_name = g_strdup_printf (_("12 months to %s"), end);
  series[0] = (BpChartCountSeries) { now_name, FALSE, now, now_symbols };
  series[1] = (BpChartCountSeries) { _("The 12 months before"), TRUE, before, before_symbols };

  /* Translators: the proven offences chart's title */
  input.title = _("Proven offences by offence group");
  /* Translators: the proven offences chart's subtitle */
  input.subtitle = _("Offences of children aged 10-17 in the area proven by a caution or a "
                     "court sentence");
  input.source = _("Source: local case data");
  /* Translators: a chart's axis: proven offences */
  input.axis = _("Offences");
  input.categories = names;
  input.n_categories = n;
  input.series = series;
  input.n_series = 2;
  return bp_chart_new_counts (&input);
}

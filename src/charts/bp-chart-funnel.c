/* bp-chart-funnel.c: a funnel: the children at each stage of a path (in the cohort,
 * screened, with a need, offered an intervention, attending), each stage a bar centred
 * under the one above and as wide as its count, the share of the stage above at the right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-kinds-private.h"
#include "bp-format.h"

/* "75% of the stage above", or NULL when either count is not shown or the stage above
 * is empty. */
static char *
share_of_above (const BpChartFunnelStage *stage,
                const BpChartFunnelStage *above)
{
  g_autofree char *pct = NULL;

  if (above == NULL || stage->count < 0 || above->count <= 0)
    return NULL;
  pct = bp_format_number (100.0 * (double) stage->count / (double) above->count, 0);
  /* Translators: the note beside a stage of a funnel chart: its share of the stage above
   * it, as in "75% of the stage above" */
  return g_strdup_printf (_("%s%% of the stage above"), pct);
}

/**
 * bp_chart_new_funnel:
 * @input: the stages
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_funnel (const BpChartFunnelInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  guint series;

  g_return_val_if_fail (input != NULL, NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  bp_chart_set_title (chart, input->title);
  if (input->subtitle)
    bp_chart_set_subtitle (chart, input->subtitle);
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, NULL, BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_set_show_legend (chart, FALSE);
  series = bp_chart_add_series (chart, input->name, BP_CHART_SERIES_FUNNEL,
                                BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_NONE,
                                BP_CHART_DASH_SOLID);

  for (guint i = 0; i < input->n_stages; i++)
    {
      const BpChartFunnelStage *stage = &input->stages[i];
      g_autofree char *note = share_of_above (stage, i > 0 ? &input->stages[i - 1] : NULL);
      guint category = bp_chart_add_category (chart, stage->label, note);
      g_autofree char *sentence = NULL;

      if (stage->count >= 0)
        {
          g_autofree char *shown = bp_format_count (stage->count);
          g_autofree char *tooltip = NULL;

          /* Translators: what hovering a stage of a funnel chart says: the stage and its
           * count, as in "Screened: 30" */
          tooltip = g_strdup_printf (_("%s: %s"), stage->label, shown);
          bp_chart_set_value (chart, series, category, (double) stage->count, tooltip);
          bp_chart_set_point_label (chart, series, category, shown);
          sentence = note != NULL
                     /* Translators: a stage of a funnel chart's text alternative: the
                      * stage, its count and its share of the stage above, as in
                      * "Screened: 30, 75% of the stage above." */
                     ? g_strdup_printf (_("%s: %s, %s."), stage->label, shown, note)
                     /* Translators: a stage of a funnel chart's text alternative, as in
                      * "In the cohort: 40." */
                     : g_strdup_printf (_("%s: %s."), stage->label, shown);
        }
      else
        {
          const char *symbol = stage->symbol ? stage->symbol : C_("chart", "no data");

          bp_chart_set_point_label (chart, series, category, symbol);
          sentence = g_strdup_printf (_("%s: %s."), stage->label, symbol);
        }
      bp_append_sentence (summary, sentence);
    }
  bp_chart_set_summary (chart, summary->str);
  return chart;
}

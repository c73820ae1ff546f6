/* bp-chart-counts.c: counts by category as bars, one or more series side by side
 *
 * The chart of the indicators that are counts (diversion by type, remands and what
 * followed, ...): categories down the left, a bar per series, each bar labelled with its
 * count; a second series is hatched, so the two differ without colour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-kinds-private.h"
#include "bp-format.h"

/**
 * bp_chart_new_counts:
 * @input: the counts
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_counts (const BpChartCountsInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  guint series[8];

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->n_series <= G_N_ELEMENTS (series), NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  bp_chart_set_title (chart, input->title);
  if (input->subtitle)
    bp_chart_set_subtitle (chart, input->subtitle);
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, input->axis, BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_set_show_legend (chart, input->n_series > 1);
  for (guint k = 0; k < input->n_series; k++)
    {
      series[k] = bp_chart_add_series (chart, input->series[k].name, BP_CHART_SERIES_BARS,
                                       BP_CHART_AXIS_PRIMARY, (int) k, BP_CHART_MARKER_NONE,
                                       BP_CHART_DASH_SOLID);
      bp_chart_series_set_hatched (chart, series[k], input->series[k].hatched);
    }

  for (guint c = 0; c < input->n_categories; c++)
    {
      guint category = bp_chart_add_category (chart, input->categories[c], NULL);
      g_autoptr (GString) sentence = g_string_new (NULL);

      for (guint k = 0; k < input->n_series; k++)
        {
          const BpChartCountSeries *s = &input->series[k];
          gint64 n = s->counts[c];
          g_autofree char *shown = NULL;

          if (n >= 0)
            {
              g_autofree char *tooltip = NULL;

              shown = bp_format_count (n);
              /* Translators: what hovering a bar of a counts chart says: the category,
               * the series and the count, as in "Triage, 2024/25: 8" */
              tooltip = g_strdup_printf (_("%s, %s: %s"), input->categories[c], s->name, shown);
              bp_chart_set_value (chart, series[k], category, (double) n, tooltip);
              bp_chart_set_point_label (chart, series[k], category, shown);
            }
          else
            {
              const char *symbol = s->symbols && s->symbols[c]
                                   ? s->symbols[c]
                                   /* Translators: drawn on a chart where a value is
                                    * missing; keep it short */
                                   : C_("chart", "no data");

              shown = g_strdup (symbol);
              bp_chart_set_point_label (chart, series[k], category, symbol);
            }
          if (k > 0)
            g_string_append (sentence, "; ");
          /* Translators: a series and its count in a counts chart's text alternative,
           * as in "12 months to Mar 2025: 8" */
          g_string_append_printf (sentence, _("%s: %s"), s->name, shown);
        }
      {
        /* Translators: one category of a counts chart's text alternative: the category
         * and the counts of each series, as in "Triage. 12 months to Mar 2025: 8; The 12
         * months before: 12." */
        g_autofree char *text = g_strdup_printf (_("%s. %s."), input->categories[c],
                                                 sentence->str);

        bp_append_sentence (summary, text);
      }
    }
  bp_chart_set_summary (chart, summary->str);
  return chart;
}

/* bp-chart-stacked.c: the parts of a whole, one bar per category (children suitably
 * accommodated, not, not recorded, by the type of their intervention): each part a
 * segment labelled inside when it fits, alternate parts hatched, a note per row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-kinds-private.h"
#include "bp-format.h"

/**
 * bp_chart_new_stacked:
 * @input: the parts
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_stacked (const BpChartStackedInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  guint series[8];

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->n_parts > 0 && input->n_parts <= G_N_ELEMENTS (series), NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  bp_chart_set_title (chart, input->title);
  if (input->subtitle)
    bp_chart_set_subtitle (chart, input->subtitle);
  bp_chart_set_source (chart, input->source);
  if (input->notes_header)
    bp_chart_set_notes_header (chart, input->notes_header);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, input->axis, BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_set_show_legend (chart, TRUE);
  for (guint k = 0; k < input->n_parts; k++)
    {
      series[k] = bp_chart_add_series (chart, input->parts[k].name, BP_CHART_SERIES_STACKED,
                                       BP_CHART_AXIS_PRIMARY, (int) k, BP_CHART_MARKER_NONE,
                                       BP_CHART_DASH_SOLID);
      bp_chart_series_set_hatched (chart, series[k], input->parts[k].hatched);
    }

  for (guint c = 0; c < input->n_categories; c++)
    {
      const char *note = input->notes ? input->notes[c] : NULL;
      guint category = bp_chart_add_category (chart, input->categories[c], note);
      g_autoptr (GString) parts = g_string_new (NULL);
      gboolean any = FALSE;

      for (guint k = 0; k < input->n_parts; k++)
        {
          const BpChartStackPart *part = &input->parts[k];
          gint64 n = part->counts[c];
          g_autofree char *shown = NULL;
          g_autofree char *tooltip = NULL;

          if (n < 0)
            continue;
          shown = bp_format_count (n);
          /* Translators: what hovering a segment of a stacked bar says: the category,
           * the part and its count, as in "Youth conditional caution, Suitable: 8" */
          tooltip = g_strdup_printf (_("%s, %s: %s"), input->categories[c], part->name, shown);
          bp_chart_set_value (chart, series[k], category, (double) n, tooltip);
          bp_chart_set_point_label (chart, series[k], category, shown);
          if (any)
            g_string_append (parts, "; ");
          /* Translators: a part and its count in a stacked chart's text alternative, as
           * in "Suitable: 8" */
          g_string_append_printf (parts, _("%s: %s"), part->name, shown);
          any = TRUE;
        }
      if (!any)
        {
          const char *symbol = input->symbols && input->symbols[c] ? input->symbols[c]
                                                                   : C_("chart", "no data");

          bp_chart_set_point_label (chart, series[0], category, symbol);
          g_string_append (parts, symbol);
        }
      {
        g_autofree char *text = note != NULL
                                /* Translators: one row of a stacked chart's text
                                 * alternative: the category, its parts, and the row's
                                 * note, as in "Custodial sentence. Suitable: 8; Not
                                 * suitable: 2 (80% of 10 recorded)." */
                                ? g_strdup_printf (_("%s. %s (%s)."), input->categories[c],
                                                   parts->str, note)
                                : g_strdup_printf (_("%s. %s."), input->categories[c],
                                                   parts->str);

        bp_append_sentence (summary, text);
      }
    }
  bp_chart_set_summary (chart, summary->str);
  return chart;
}

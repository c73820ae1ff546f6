/* bp-chart-comparison.c: an indicator's published comparators as bars, best first
 *
 * One bar per published row of a comparison (bp-comparison.h): the area's own figure,
 * its named neighbours, its family, region and England and Wales, each labelled with its
 * figure as published. The area is marked three ways, never by colour alone: its bar is
 * hatched and in a series of its own (the legend says "This area"), and its label says so.
 * A row whose value is not a number (NAN: a partner pack's [c]) has no bar, only "[c]".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-kinds-private.h"
#include "bp-disclosure.h"
#include "bp-format.h"
#include "bp-i18n.h"

/**
 * bp_chart_new_comparison:
 * @comparison: the published rows, best first
 * @title: the chart's title
 * @axis: the unit under the axis, "per 100,000 10-17 year olds"
 * @unit: after each published figure: "%" or ""
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_comparison (const BpComparison *comparison,
                         const char         *title,
                         const char         *axis,
                         const char         *unit)
{
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *rank = NULL;
  BpChart *chart;
  guint others, area;

  g_return_val_if_fail (comparison != NULL, NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  bp_chart_set_title (chart, title);
  bp_chart_set_subtitle (chart, comparison->better == BP_BETTER_NEITHER
                                /* Translators: a comparator chart's subtitle */
                                ? _("As published, lowest first")
                                /* Translators: a comparator chart's subtitle */
                                : _("As published, best first"));
  /* Translators: the source line of a chart of published figures */
  bp_chart_set_source (chart, _("Source: YJB published benchmarks"));
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, axis, BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_set_show_legend (chart, comparison->own != NULL);
  /* Translators: a series of a comparator chart: every row but the area's own */
  others = bp_chart_add_series (chart, _("Comparators"), BP_CHART_SERIES_STACKED,
                                BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_NONE,
                                BP_CHART_DASH_SOLID);
  /* Translators: a series of a comparator chart: the area's own published figure */
  area = bp_chart_add_series (chart, C_("chart", "This area"), BP_CHART_SERIES_STACKED,
                              BP_CHART_AXIS_PRIMARY, 1, BP_CHART_MARKER_NONE,
                              BP_CHART_DASH_SOLID);
  bp_chart_series_set_hatched (chart, area, TRUE);
  rank = bp_comparison_rank_text (comparison);
  {
    /* The text alternative says what it shows before the bars. */
    g_autofree char *lead = g_strdup_printf (_("%s."), title);

    bp_append_sentence (summary, lead);
  }

  for (guint i = 0; i < comparison->rows->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (comparison->rows, i);
      const char *name = bp_area_display_name (b->area_name);
      g_autofree char *label = b->own
                               /* Translators: the area's own bar in a comparator chart,
                                * as in "Havering (this area)" */
                               ? g_strdup_printf (_("%s (this area)"), name)
                               : g_strdup (name);
      g_autofree char *shown = g_strconcat (b->value_text, unit, NULL);
      /* Translators: what hovering a bar of a comparator chart says: the area and its
       * figure as published, as in "Redbridge: 177" */
      g_autofree char *tooltip = g_strdup_printf (_("%s: %s"), label, shown);
      guint category = bp_chart_add_category (chart, label, b->own ? rank : NULL);
      guint series = b->own ? area : others;

      if (!isfinite (b->value))
        {
          g_free (shown);
          shown = g_strdup (BP_SYMBOL_CONFIDENTIAL);
          bp_chart_set_point_label (chart, series, category, shown);
        }
      else
        {
          bp_chart_set_value (chart, series, category, b->value, tooltip);
          bp_chart_set_point_label (chart, series, category, shown);
        }
      {
        g_autofree char *sentence = b->own && rank != NULL
                                    /* Translators: a row of a comparator chart's text
                                     * alternative for the area itself, as in "Havering
                                     * (this area): 180, position 90 of 154." */
                                    ? g_strdup_printf (_("%s: %s, %s."), label, shown, rank)
                                    : g_strdup_printf (_("%s: %s."), label, shown);

        bp_append_sentence (summary, sentence);
      }
    }
  bp_chart_set_summary (chart, summary->str);
  return chart;
}

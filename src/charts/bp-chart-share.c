/* bp-chart-share.c: a percentage over consecutive periods, as a line with its parts
 *
 * The trend chart of the KPIs: each point is a part of a whole ("26 of 28"), drawn as a
 * percentage from 0 to 100, with the counts in its tooltip and the text alternative. A
 * period with no whole, or one not shown, leaves a gap, never a zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-chart-kinds-private.h"
#include "bp-format.h"

/**
 * bp_chart_new_share_trend:
 * @input: the points
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_share_trend (const BpChartShareTrendInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  guint series;

  g_return_val_if_fail (input != NULL, NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_COLUMNS);
  bp_chart_set_title (chart, input->title);
  if (input->subtitle)
    bp_chart_set_subtitle (chart, input->subtitle);
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, input->axis, BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_set_show_legend (chart, FALSE);
  series = bp_chart_add_series (chart, input->name, BP_CHART_SERIES_LINE, BP_CHART_AXIS_PRIMARY,
                                0, BP_CHART_MARKER_CIRCLE, BP_CHART_DASH_SOLID);
  /* A percentage: the axis always reaches 100, so a small change does not look large. */
  bp_chart_add_reference_line (chart, BP_CHART_AXIS_PRIMARY, 100.0, NULL, BP_CHART_DASH_DOTTED,
                               FALSE);

  for (guint i = 0; i < input->n_points; i++)
    {
      const BpChartSharePoint *p = &input->points[i];
      guint category = bp_chart_add_category (chart, p->label, NULL);
      g_autofree char *text = NULL;

      if (p->part >= 0 && p->whole > 0)
        {
          double pct = (double) p->part / (double) p->whole * 100.0;
          g_autofree char *shown = bp_format_number (pct, 1);
          g_autofree char *part = bp_format_count (p->part);
          g_autofree char *whole = bp_format_count (p->whole);
          g_autofree char *tooltip = NULL;

          /* Translators: hovering a point of a percentage trend: the period, the
           * percentage and its parts, as in "Jan-Mar 2024: 92.9% (26 of 28)" */
          tooltip = g_strdup_printf (_("%s: %s%% (%s of %s)"), p->label, shown, part, whole);
          bp_chart_set_value (chart, series, category, pct, tooltip);
          text = g_strdup_printf ("%s.", tooltip);
        }
      else if (p->whole == 0)
        /* Translators: a period of a percentage trend's text alternative with nobody in
         * it, as in "Jan-Mar 2024: none." */
        text = g_strdup_printf (_("%s: none."), p->label);
      else
        /* Translators: a period of a percentage trend's text alternative whose figures
         * are suppressed, as in "Jan-Mar 2024: suppressed." */
        text = g_strdup_printf (_("%s: suppressed."), p->label);
      bp_append_sentence (summary, text);
    }
  bp_chart_set_summary (chart, summary->str);
  return chart;
}

/* A point's percentage and its tooltip; FALSE when it is not drawn. */
static gboolean
share_text (const BpChartSharePoint *p,
            const char              *category,
            const char              *series,
            double                  *out_pct,
            char                   **out_text)
{
  g_autofree char *shown = NULL;
  g_autofree char *part = NULL;
  g_autofree char *whole = NULL;

  if (p->part < 0 || p->whole < 0)
    {
      /* Translators: a suppressed share in a chart's text alternative, as in "Suitable
       * accommodation, Jan-Mar 2024: [c]" */
      *out_text = g_strdup_printf (_("%s, %s: %s"), category, series, "[c]");
      return FALSE;
    }
  if (p->whole == 0)
    {
      *out_text = g_strdup_printf (_("%s, %s: %s"), category, series,
                                   /* Translators: a share with nobody to count */
                                   C_("chart", "none"));
      return FALSE;
    }
  *out_pct = (double) p->part / (double) p->whole * 100.0;
  shown = bp_format_number (*out_pct, 1);
  part = bp_format_count (p->part);
  whole = bp_format_count (p->whole);
  /* Translators: hovering a bar of percentages: the category, the series, the percentage
   * and its parts, as in "Suitable accommodation, Jan-Mar 2024: 92.9% (26 of 28)" */
  *out_text = g_strdup_printf (_("%s, %s: %s%% (%s of %s)"), category, series, shown, part,
                               whole);
  return TRUE;
}

/**
 * bp_chart_new_shares:
 * @input: the percentages
 *
 * Percentages by category as bars from 0 to 100, a second series hatched, each bar
 * labelled with its percentage; a share not shown is labelled [c] and not drawn.
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_shares (const BpChartSharesInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  guint series[4];

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->n_series <= G_N_ELEMENTS (series), NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  bp_chart_set_title (chart, input->title);
  if (input->subtitle)
    bp_chart_set_subtitle (chart, input->subtitle);
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, input->axis, BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_add_reference_line (chart, BP_CHART_AXIS_PRIMARY, 100.0, NULL, BP_CHART_DASH_DOTTED,
                               FALSE);
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

      for (guint k = 0; k < input->n_series; k++)
        {
          g_autofree char *text = NULL;
          double pct = 0;

          if (share_text (&input->series[k].points[c], input->categories[c],
                          input->series[k].name, &pct, &text))
            {
              g_autofree char *label = bp_format_number (pct, 1);
              g_autofree char *with_unit = g_strdup_printf ("%s%%", label);

              bp_chart_set_value (chart, series[k], category, pct, text);
              bp_chart_set_point_label (chart, series[k], category, with_unit);
            }
          else
            bp_chart_set_point_label (chart, series[k], category,
                                      input->series[k].points[c].whole == 0
                                      ? C_("chart", "none") : "[c]");
          {
            g_autofree char *sentence = g_strdup_printf ("%s.", text);

            bp_append_sentence (summary, sentence);
          }
        }
    }
  bp_chart_set_summary (chart, summary->str);
  return chart;
}

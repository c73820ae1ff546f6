/* bp-chart-rri.c: relative rate index by ethnic group, with 95% confidence intervals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

#define RRI_DECIMALS 2     /* as published: "RRI 2.50, CI 1.38-4.52" */
#define SUMMARY_DECIMALS 1 /* plain language: "3.8 times as likely" (0.04 below 0.095) */

static BpChartMarker
significance_marker (BpChartSignificance significance)
{
  switch (significance)
    {
    case BP_CHART_SIGNIFICANCE_HIGHER:
      return BP_CHART_MARKER_TRIANGLE_UP;
    case BP_CHART_SIGNIFICANCE_LOWER:
      return BP_CHART_MARKER_TRIANGLE_DOWN;
    case BP_CHART_SIGNIFICANCE_NONE:
    default:
      return BP_CHART_MARKER_CIRCLE;
    }
}

static const char *
significance_words (BpChartSignificance significance)
{
  switch (significance)
    {
    case BP_CHART_SIGNIFICANCE_HIGHER:
      /* Translators: a relative rate index whose confidence interval lies above 1, in
       * the notes column of the chart (under "2.50 (1.38–4.52)") and in its tooltips;
       * keep it short */
      return _("significantly higher");
    case BP_CHART_SIGNIFICANCE_LOWER:
      /* Translators: a relative rate index whose confidence interval lies below 1; see
       * "significantly higher" */
      return _("significantly lower");
    case BP_CHART_SIGNIFICANCE_NONE:
    default:
      /* Translators: a relative rate index whose confidence interval includes 1; see
       * "significantly higher" */
      return _("not significant");
    }
}

static gboolean
has_interval (const BpChartRriGroup *group)
{
  return isfinite (group->ci_low) && isfinite (group->ci_high);
}

/* The row's note: "3.80 (2.30–6.20)\nsignificantly higher", or "no data" */
static char *
rri_note (const BpChartRriGroup *group)
{
  g_autofree char *rri = NULL;

  if (!isfinite (group->rri))
    return g_strdup (group->symbol != NULL
                       ? group->symbol
                       /* Translators: drawn on a chart where a value is missing; keep it
                        * short */
                       : C_("chart", "no data"));

  rri = bp_format_number_full (group->rri, RRI_DECIMALS, BP_FORMAT_PLAIN);
  if (has_interval (group))
    {
      g_autofree char *low = bp_format_number_full (group->ci_low, RRI_DECIMALS, BP_FORMAT_PLAIN);
      g_autofree char *high = bp_format_number_full (group->ci_high, RRI_DECIMALS, BP_FORMAT_PLAIN);

      return g_strdup_printf ("%s (%s\u2013%s)\n%s", rri, low, high,
                              significance_words (group->significance));
    }

  /* Translators: the second line of a relative rate index in the chart's notes column
   * ("2.50" above it) when there is no confidence interval; keep it short */
  return g_strdup_printf ("%s\n%s", rri, _("no interval"));
}

/* "Black: RRI 3.80 (95% CI 2.30 to 6.20), significantly higher; 28 children" */
static char *
rri_tooltip (const BpChartRriGroup *group)
{
  g_autofree char *rri = bp_format_number_full (group->rri, RRI_DECIMALS, BP_FORMAT_PLAIN);
  g_autofree char *text = NULL;
  const char *name = _bp_chart_group_name (group->group);

  if (has_interval (group))
    {
      g_autofree char *low = bp_format_number_full (group->ci_low, RRI_DECIMALS, BP_FORMAT_PLAIN);
      g_autofree char *high = bp_format_number_full (group->ci_high, RRI_DECIMALS, BP_FORMAT_PLAIN);

      /* Translators: what hovering a point of the relative rate index chart says: the
       * ethnic group, its relative rate index, the 95% confidence interval and
       * "significantly higher", "significantly lower" or "not significant", as in
       * "Black: RRI 3.80 (95% CI 2.30 to 6.20), significantly higher" */
      text = g_strdup_printf (_("%s: RRI %s (95%% CI %s to %s), %s"), name, rri, low, high,
                              significance_words (group->significance));
    }
  else
    /* Translators: what hovering a point of the relative rate index chart says: the
     * ethnic group and its relative rate index, as in "Black: RRI 3.80" */
    text = g_strdup_printf (_("%s: RRI %s"), name, rri);

  if (group->count >= 0)
    {
      g_autofree char *count = bp_format_count (group->count);

      /* Translators: added to a tooltip of the relative rate index chart: %s is the text
       * so far ("Black: RRI 3.80 (95% CI 2.30 to 6.20), significantly higher"), then the
       * number of children of the group, as in "...; 28 children" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %s child", "%s; %s children",
                                           (gulong) group->count),
                              text, count);
    }

  return g_steal_pointer (&text);
}

/* One decimal reads best in a sentence; a ratio that would show as 0.0 gets two. */
static char *
prose_ratio (double value)
{
  return bp_format_number_full (value, fabs (value) < 0.095 ? 2 : SUMMARY_DECIMALS, BP_FORMAT_PLAIN);
}

/* The reference group's children, "White children" */
static char *
reference_phrase (const BpChartRriInput *input)
{
  return _bp_chart_noun_phrase (input->reference_group != NULL ? input->reference_group
                                                               : "White",
                                NULL);
}

/* "Black children were 3.8 times as likely as White children to be cautioned or
 * sentenced (95% CI 2.3 to 6.2), a significant difference." */
static char *
rri_sentence (const BpChartRriInput *input,
              const BpChartRriGroup *group)
{
  g_autofree char *who = _bp_chart_noun_phrase (group->group, group->noun_phrase);
  g_autofree char *reference = reference_phrase (input);
  const char *stage = _bp_chart_stage (input->stage);
  g_autofree char *rri = NULL;

  if (!isfinite (group->rri))
    /* Translators: a sentence of the relative rate index chart's summary: %s is a noun
     * phrase for the group's children, as in "There is no relative rate index for Other
     * children." */
    return g_strdup_printf (_("There is no relative rate index for %s."), who);
  if (group->count == 0 || group->rri == 0)
    /* Translators: a sentence of the relative rate index chart's summary: a noun phrase
     * for the group's children, then the stage, as in "No Mixed children were cautioned
     * or sentenced." */
    return g_strdup_printf (_("No %s were %s."), who, stage);

  rri = prose_ratio (group->rri);
  if (has_interval (group))
    {
      g_autofree char *low = prose_ratio (group->ci_low);
      g_autofree char *high = prose_ratio (group->ci_high);

      if (group->significance == BP_CHART_SIGNIFICANCE_NONE)
        /* Translators: a sentence of the relative rate index chart's summary: the
         * group's children, their relative rate index, the reference group's children,
         * the stage, then the 95% confidence interval, as in "Asian children were 0.6
         * times as likely as White children to be cautioned or sentenced (95% CI 0.2 to
         * 1.9), not a significant difference." The first letter is made a capital. */
        return g_strdup_printf (_("%s were %s times as likely as %s to be %s (95%% CI %s to %s), "
                                  "not a significant difference."),
                                who, rri, reference, stage, low, high);

      /* Translators: as "%s were %s times as likely as %s to be %s (95%% CI %s to %s), not
       * a significant difference.", for a significant one: "Black children were 3.8
       * times as likely as White children to be cautioned or sentenced (95% CI 2.3 to
       * 6.2), a significant difference." */
      return g_strdup_printf (_("%s were %s times as likely as %s to be %s (95%% CI %s to %s), "
                                "a significant difference."),
                              who, rri, reference, stage, low, high);
    }

  /* Translators: a sentence of the relative rate index chart's summary: the group's
   * children, their relative rate index, the reference group's children and the stage,
   * as in "Black children were 1.9 times as likely as White children to be remanded."
   * The first letter is made a capital. */
  return g_strdup_printf (_("%s were %s times as likely as %s to be %s."), who, rri, reference,
                          stage);
}

/**
 * bp_chart_new_rri:
 * @input: the groups (White excluded: it is the reference)
 *
 * Builds the relative rate index chart: one row per group, the RRI as a marker whose
 * shape says the significance (up triangle higher, down triangle lower, circle not
 * significant) with its 95% CI as a whisker, on a log scale through parity at 1
 * (a heavy line labelled with the reference group), with an optional dashed practical
 * threshold. Each row's note repeats the numbers and the significance in words.
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_rri (const BpChartRriInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *parity = NULL;
  const char *stage;
  const char *reference;
  guint series;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->groups != NULL || input->n_groups == 0, NULL);

  stage = _bp_chart_stage (input->stage);
  reference = _bp_chart_group_name (input->reference_group != NULL ? input->reference_group
                                                                   : "White");

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  /* Translators: a chart title: %s is the stage, as in "Ethnic disproportionality:
   * children cautioned or sentenced" */
  title = g_strdup_printf (_("Ethnic disproportionality: children %s"), stage);
  bp_chart_set_title (chart, input->title != NULL ? input->title : title);
  if (input->subtitle != NULL)
    bp_chart_set_subtitle (chart, input->subtitle);
  else
    {
      g_autofree char *children = reference_phrase (input);
      g_autofree char *subtitle = g_strdup_printf (
        /* Translators: the subtitle of the relative rate index chart: %s is the
         * reference group's children, as in "Relative rate index: each group's rate
         * divided by the rate for White children, with 95% confidence intervals" */
        _("Relative rate index: each group's rate divided by the rate for %s, "
          "with 95%% confidence intervals"),
        children);

      bp_chart_set_subtitle (chart, subtitle);
    }
  bp_chart_set_source (chart, input->source);
  /* Translators: the unit under the relative rate index chart's axis; keep it short */
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, _("Relative rate index (log scale)"),
                     BP_CHART_SCALE_LOG, FALSE);
  /* Translators: the heading of the notes column of the relative rate index chart, over
   * "2.50 (1.38–4.52)"; keep it short */
  /* xgettext:no-c-format */
  bp_chart_set_notes_header (chart, _("RRI (95% CI)"));

  /* Translators: the name of the relative rate index chart's series of points */
  series = bp_chart_add_series (chart, _("Relative rate index"), BP_CHART_SERIES_DOTS,
                                BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_CIRCLE,
                                BP_CHART_DASH_SOLID);
  bp_chart_series_set_in_legend (chart, series, FALSE);
  /* Translators: a legend entry of the relative rate index chart, beside an up
   * triangle */
  bp_chart_add_legend_entry (chart, _("Significantly higher"), 0, BP_CHART_MARKER_TRIANGLE_UP,
                             BP_CHART_DASH_SOLID, BP_CHART_SWATCH_MARKER);
  /* Translators: a legend entry of the relative rate index chart, beside a down
   * triangle */
  bp_chart_add_legend_entry (chart, _("Significantly lower"), 0, BP_CHART_MARKER_TRIANGLE_DOWN,
                             BP_CHART_DASH_SOLID, BP_CHART_SWATCH_MARKER);
  /* Translators: a legend entry of the relative rate index chart, beside a circle */
  bp_chart_add_legend_entry (chart, _("No significant difference"), 0, BP_CHART_MARKER_CIRCLE,
                             BP_CHART_DASH_SOLID, BP_CHART_SWATCH_MARKER);

  for (guint i = 0; i < input->n_groups; i++)
    {
      const BpChartRriGroup *group = &input->groups[i];
      g_autofree char *label = _bp_chart_group_label (group->group, group->count);
      g_autofree char *note = rri_note (group);
      g_autofree char *sentence = rri_sentence (input, group);
      guint c = bp_chart_add_category (chart, label, note);

      /* zero (no child of the group at the stage) has no place on a log scale */
      if (isfinite (group->rri) && group->rri > 0)
        {
          g_autofree char *tooltip = rri_tooltip (group);

          bp_chart_set_value (chart, series, c, group->rri, tooltip);
          if (has_interval (group) && group->ci_low > 0)
            bp_chart_set_interval (chart, series, c, group->ci_low, group->ci_high);
          bp_chart_set_point_marker (chart, series, c, significance_marker (group->significance));
        }
      bp_append_sentence (summary, sentence);
    }

  if (input->reference_count >= 0)
    {
      g_autofree char *count = bp_format_count (input->reference_count);

      /* Translators: the label of the line at 1 on the relative rate index chart: the
       * reference group and its number of children, as in "White (n=40) = 1"; keep it
       * short */
      parity = g_strdup_printf (_("%s (n=%s) = 1"), reference, count);
    }
  else
    /* Translators: the label of the line at 1 on the relative rate index chart: %s is
     * the reference group, as in "White = 1"; keep it short */
    parity = g_strdup_printf (_("%s = 1"), reference);
  bp_chart_add_reference_line (chart, BP_CHART_AXIS_PRIMARY, 1.0, parity, BP_CHART_DASH_SOLID,
                               TRUE);
  if (isfinite (input->threshold) && input->threshold > 0 && input->threshold != 1.0)
    {
      g_autofree char *value = bp_format_number_full (input->threshold, 2, BP_FORMAT_PLAIN);
      /* Translators: the label of a dashed line on the relative rate index chart: %s is
       * the practical threshold, as in "Threshold 1.25"; keep it short */
      g_autofree char *label = g_strdup_printf (_("Threshold %s"), value);

      bp_chart_add_reference_line (chart, BP_CHART_AXIS_PRIMARY, input->threshold, label,
                                   BP_CHART_DASH_DASHED, FALSE);
    }

  if (input->n_groups == 0)
    /* Translators: the summary of an ethnicity chart with no groups */
    bp_append_sentence (summary, _("There are no figures for any ethnic group."));
  bp_chart_set_summary (chart, summary->str);

  return chart;
}

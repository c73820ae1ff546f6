/* bp-chart-ethnicity.c: shares of children against population shares, by ethnic group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

#define SHARE_DECIMALS 1

static gboolean
has_shares (const BpChartEthnicityGroup *group)
{
  return isfinite (group->share) && isfinite (group->population_share);
}

static char *
percent (double value)
{
  g_autofree char *number = bp_format_number_full (value, SHARE_DECIMALS, BP_FORMAT_PLAIN);

  return g_strconcat (number, "%", NULL);
}

/* "+21.0 pp"; differences are taken at full precision, then rounded */
static char *
difference_note (const BpChartEthnicityGroup *group)
{
  g_autofree char *pp = NULL;

  if (!has_shares (group))
    return g_strdup (group->symbol != NULL ? group->symbol : "no data");

  pp = bp_format_number_full (group->share - group->population_share, SHARE_DECIMALS,
                         BP_FORMAT_SIGN | BP_FORMAT_UNICODE_MINUS);
  return g_strconcat (pp, " pp", NULL);
}

/* "Black children were 47.6% of children cautioned or sentenced and 21.6% of the 10-17
 * population (+26.0 percentage points)." */
static char *
ethnicity_sentence (const BpChartEthnicityInput *input,
                    const BpChartEthnicityGroup *group)
{
  g_autofree char *who = _bp_chart_noun_phrase (group->group, group->noun_phrase);
  g_autofree char *share = NULL;
  g_autofree char *population_share = NULL;
  g_autofree char *pp = NULL;
  const char *stage = input->stage != NULL ? input->stage : BP_CHART_DEFAULT_STAGE;
  const char *population = input->population_label != NULL ? input->population_label
                                                           : "10-17 population";

  if (!has_shares (group))
    return g_strdup_printf ("there are no figures for %s.", who);

  share = percent (group->share);
  population_share = percent (group->population_share);
  pp = bp_format_number_full (group->share - group->population_share, SHARE_DECIMALS, BP_FORMAT_SIGN);

  return g_strdup_printf ("%s were %s of children %s and %s of the %s (%s percentage points).",
                          who, share, stage, population_share, population, pp);
}

/**
 * bp_chart_new_ethnicity:
 * @input: the groups, each with its share of children and of the population
 *
 * Builds the paired bar chart: for each group, the share of children at the stage
 * (solid) above its share of the 10-17 population (hatched), each bar labelled with
 * its percentage, and the difference in percentage points in the column at the right.
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_ethnicity (const BpChartEthnicityInput *input)
{
  BpChart *chart;
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *children_name = NULL;
  const char *stage;
  const char *population;
  guint children;
  guint residents;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->groups != NULL || input->n_groups == 0, NULL);

  stage = input->stage != NULL ? input->stage : BP_CHART_DEFAULT_STAGE;
  population = input->population_label != NULL ? input->population_label : "10-17 population";

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  if (input->title != NULL)
    bp_chart_set_title (chart, input->title);
  else
    {
      g_autofree char *title = g_strdup_printf ("Children %s and the population, by ethnic group",
                                                stage);

      bp_chart_set_title (chart, title);
    }
  bp_chart_set_subtitle (chart, input->subtitle != NULL
                                  ? input->subtitle
                                  : "Share of children of known ethnicity, and share of the "
                                    "10-17 population (2021 Census)");
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, "% of children", BP_CHART_SCALE_LINEAR, TRUE);
  bp_chart_set_notes_header (chart, "Difference");

  children_name = g_strdup_printf ("Children %s", stage);
  children = bp_chart_add_series (chart, children_name, BP_CHART_SERIES_BARS,
                                  BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_NONE,
                                  BP_CHART_DASH_SOLID);
  residents = bp_chart_add_series (chart, population, BP_CHART_SERIES_BARS, BP_CHART_AXIS_PRIMARY,
                                   1, BP_CHART_MARKER_NONE, BP_CHART_DASH_SOLID);
  bp_chart_series_set_hatched (chart, residents, TRUE);

  for (guint i = 0; i < input->n_groups; i++)
    {
      const BpChartEthnicityGroup *group = &input->groups[i];
      g_autofree char *label = _bp_chart_group_label (group->group, group->count);
      g_autofree char *note = difference_note (group);
      g_autofree char *sentence = ethnicity_sentence (input, group);
      guint c = bp_chart_add_category (chart, label, note);

      if (isfinite (group->share))
        {
          g_autofree char *shown = percent (group->share);
          g_autofree char *tooltip = NULL;

          if (group->count >= 0)
            {
              g_autofree char *count = bp_format_count (group->count);

              tooltip = g_strdup_printf ("%s: %s of children %s (%s children)", group->group,
                                         shown, stage, count);
            }
          else
            tooltip = g_strdup_printf ("%s: %s of children %s", group->group, shown, stage);
          bp_chart_set_value (chart, children, c, group->share, tooltip);
          bp_chart_set_point_label (chart, children, c, shown);
        }
      else
        bp_chart_set_point_label (chart, children, c,
                                  group->symbol != NULL ? group->symbol : "no data");

      if (isfinite (group->population_share))
        {
          g_autofree char *shown = percent (group->population_share);
          g_autofree char *tooltip = NULL;

          if (group->population >= 0)
            {
              g_autofree char *count = bp_format_count (group->population);

              tooltip = g_strdup_printf ("%s: %s of the %s (%s children)", group->group, shown,
                                         population, count);
            }
          else
            tooltip = g_strdup_printf ("%s: %s of the %s", group->group, shown, population);
          bp_chart_set_value (chart, residents, c, group->population_share, tooltip);
          bp_chart_set_point_label (chart, residents, c, shown);
        }

      _bp_chart_append_sentence (summary, sentence);
    }

  if (input->n_groups == 0)
    _bp_chart_append_sentence (summary, "there are no figures for any ethnic group.");
  bp_chart_set_summary (chart, summary->str);

  return chart;
}

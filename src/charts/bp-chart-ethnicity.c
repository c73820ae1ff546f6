/* bp-chart-ethnicity.c: shares of children against population shares, by ethnic group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

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
    return g_strdup (group->symbol != NULL
                       ? group->symbol
                       /* Translators: drawn on a chart where a value is missing; keep it
                        * short */
                       : C_("chart", "no data"));

  pp = bp_format_number_full (group->share - group->population_share, SHARE_DECIMALS,
                         BP_FORMAT_SIGN | BP_FORMAT_UNICODE_MINUS);
  /* Translators: a difference in percentage points in the notes column of the
   * ethnicity chart, as in "+21.0 pp"; keep it short */
  return g_strdup_printf (_("%s pp"), pp);
}

/* The population the shares are of, "10-17 population" */
static const char *
population_name (const BpChartEthnicityInput *input)
{
  if (input->population_label != NULL)
    return input->population_label;

  /* Translators: the name of the hatched bars of the ethnicity chart, and the end of
   * "47.6% of the 10-17 population" */
  return _("10-17 population");
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
  const char *stage = _bp_chart_stage (input->stage);

  if (!has_shares (group))
    /* Translators: a sentence of the ethnicity chart's summary: %s is a noun phrase for
     * the group's children, as in "There are no figures for Other children." */
    return g_strdup_printf (_("There are no figures for %s."), who);

  share = percent (group->share);
  population_share = percent (group->population_share);
  pp = bp_format_number_full (group->share - group->population_share, SHARE_DECIMALS, BP_FORMAT_SIGN);

  /* Translators: a sentence of the ethnicity chart's summary: the group's children,
   * their share of the children at the stage, the stage, their share of the population,
   * the population, and the difference, as in "Black children were 47.6% of children
   * cautioned or sentenced and 21.6% of the 10-17 population (+26.0 percentage points)."
   * The first letter is made a capital. */
  return g_strdup_printf (_("%s were %s of children %s and %s of the %s (%s percentage points)."),
                          who, share, stage, population_share, population_name (input), pp);
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

  stage = _bp_chart_stage (input->stage);
  population = population_name (input);

  chart = bp_chart_new (BP_CHART_LAYOUT_ROWS);
  if (input->title != NULL)
    bp_chart_set_title (chart, input->title);
  else
    {
      /* Translators: a chart title: %s is the stage, as in "Children cautioned or
       * sentenced and the population, by ethnic group" */
      g_autofree char *title = g_strdup_printf (_("Children %s and the population, by ethnic "
                                                  "group"),
                                                stage);

      bp_chart_set_title (chart, title);
    }
  bp_chart_set_subtitle (chart, input->subtitle != NULL
                                  ? input->subtitle
                                  /* Translators: the subtitle of the ethnicity chart */
                                  : _("Share of children of known ethnicity, and share of the "
                                      "10-17 population (2021 Census)"));
  bp_chart_set_source (chart, input->source);
  /* Translators: the unit under the ethnicity chart's axis; keep it short */
  /* xgettext:no-c-format */
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, _("% of children"), BP_CHART_SCALE_LINEAR,
                     TRUE);
  /* Translators: the heading of the ethnicity chart's notes column, over "+21.0 pp": the
   * difference between the two shares; keep it short */
  bp_chart_set_notes_header (chart, _("Difference"));

  /* Translators: the name of the solid bars of the ethnicity chart: %s is the stage, as
   * in "Children cautioned or sentenced" */
  children_name = g_strdup_printf (_("Children %s"), stage);
  children = bp_chart_add_series (chart, children_name, BP_CHART_SERIES_BARS,
                                  BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_NONE,
                                  BP_CHART_DASH_SOLID);
  residents = bp_chart_add_series (chart, population, BP_CHART_SERIES_BARS, BP_CHART_AXIS_PRIMARY,
                                   1, BP_CHART_MARKER_NONE, BP_CHART_DASH_SOLID);
  bp_chart_series_set_hatched (chart, residents, TRUE);

  for (guint i = 0; i < input->n_groups; i++)
    {
      const BpChartEthnicityGroup *group = &input->groups[i];
      const char *name = _bp_chart_group_name (group->group);
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

              tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      /* Translators: what hovering a solid
                                                       * bar of the ethnicity chart says:
                                                       * the group, its share, the stage and
                                                       * the number of children, as in
                                                       * "Black: 47.6% of children cautioned
                                                       * or sentenced (49 children)". */
                                                      "%s: %s of children %s (%s child)",
                                                      "%s: %s of children %s (%s children)",
                                                      (gulong) group->count),
                                         name, shown, stage, count);
            }
          else
            /* Translators: what hovering a solid bar of the ethnicity chart says: the
             * group, its share and the stage, as in "Black: 47.6% of children cautioned
             * or sentenced" */
            tooltip = g_strdup_printf (_("%s: %s of children %s"), name, shown, stage);
          bp_chart_set_value (chart, children, c, group->share, tooltip);
          bp_chart_set_point_label (chart, children, c, shown);
        }
      else
        bp_chart_set_point_label (chart, children, c,
                                  group->symbol != NULL
                                    ? group->symbol
                                    /* Translators: drawn on a chart where a value is
                                     * missing; keep it short */
                                    : C_("chart", "no data"));

      if (isfinite (group->population_share))
        {
          g_autofree char *shown = percent (group->population_share);
          g_autofree char *tooltip = NULL;

          if (group->population >= 0)
            {
              g_autofree char *count = bp_format_count (group->population);

              tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      /* Translators: what hovering a
                                                       * hatched bar of the ethnicity chart
                                                       * says: the group, its share, the
                                                       * population and the group's number
                                                       * in it, as in "Black: 21.6% of the
                                                       * 10-17 population (6,175 children)". */
                                                      "%s: %s of the %s (%s child)",
                                                      "%s: %s of the %s (%s children)",
                                                      (gulong) group->population),
                                         name, shown, population, count);
            }
          else
            /* Translators: what hovering a hatched bar of the ethnicity chart says: the
             * group, its share and the population, as in "Black: 21.6% of the 10-17
             * population" */
            tooltip = g_strdup_printf (_("%s: %s of the %s"), name, shown, population);
          bp_chart_set_value (chart, residents, c, group->population_share, tooltip);
          bp_chart_set_point_label (chart, residents, c, shown);
        }

      bp_append_sentence (summary, sentence);
    }

  if (input->n_groups == 0)
    /* Translators: the summary of an ethnicity chart with no groups */
    bp_append_sentence (summary, _("There are no figures for any ethnic group."));
  bp_chart_set_summary (chart, summary->str);

  return chart;
}

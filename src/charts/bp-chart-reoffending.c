/* bp-chart-reoffending.c: proven reoffending by 3-month cohort
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

#define RATE_DECIMALS 1
#define FREQUENCY_DECIMALS 2
#define INCOMPLETE_NOTE "follow-up not yet complete"

/* "Apr-Jun 2022: 40.9% reoffended (9 of 22 children)" */
static char *
rate_tooltip (const BpChartReoffendingCohort *cohort)
{
  g_autofree char *rate = bp_format_number_full (cohort->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
  g_autoptr (GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s: %s%% reoffended", cohort->label, rate);
  if (cohort->reoffenders >= 0 && cohort->cohort >= 0)
    {
      g_autofree char *reoffenders = bp_format_count (cohort->reoffenders);
      g_autofree char *size = bp_format_count (cohort->cohort);

      g_string_append_printf (text, " (%s of %s children)", reoffenders, size);
    }
  if (cohort->follow_up_incomplete)
    g_string_append (text, "; " INCOMPLETE_NOTE);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Apr-Jun 2022: 3.50 reoffences per child (77 reoffences, cohort of 22)" */
static char *
frequency_tooltip (const BpChartReoffendingCohort *cohort)
{
  g_autofree char *frequency = bp_format_number_full (cohort->frequency, FREQUENCY_DECIMALS,
                                                 BP_FORMAT_PLAIN);
  g_autoptr (GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s: %s reoffences per child", cohort->label, frequency);
  if (cohort->reoffences >= 0 && cohort->cohort >= 0)
    {
      g_autofree char *reoffences = bp_format_count (cohort->reoffences);
      g_autofree char *size = bp_format_count (cohort->cohort);

      g_string_append_printf (text, " (%s reoffences, cohort of %s)", reoffences, size);
    }
  if (cohort->follow_up_incomplete)
    g_string_append (text, "; " INCOMPLETE_NOTE);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Of the 22 children in the Apr-Jun 2022 cohort, 9 (40.9%) reoffended within 12
 * months, with 77 proven reoffences (3.50 per child). In the previous cohort
 * (Jan-Mar 2022) the rate was 34.4%." */
static char *
reoffending_summary (const BpChartReoffendingInput *input)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const BpChartReoffendingCohort *latest = NULL;
  const BpChartReoffendingCohort *previous = NULL;

  /* the latest cohort with a rate; the one before it for comparison */
  for (guint i = input->n_cohorts; i-- > 0;)
    if (isfinite (input->cohorts[i].rate))
      {
        latest = &input->cohorts[i];
        if (i > 0 && isfinite (input->cohorts[i - 1].rate))
          previous = &input->cohorts[i - 1];
        break;
      }

  if (latest == NULL)
    return g_strdup ("There are no proven reoffending figures.");

  {
    g_autofree char *rate = bp_format_number_full (latest->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
    g_autofree char *sentence = NULL;

    if (latest->cohort >= 0 && latest->reoffenders >= 0)
      {
        g_autofree char *size = bp_format_count (latest->cohort);
        g_autofree char *reoffenders = bp_format_count (latest->reoffenders);

        sentence = g_strdup_printf ("of the %s children in the %s cohort, %s (%s%%) reoffended "
                                    "within 12 months",
                                    size, latest->label, reoffenders, rate);
      }
    else
      sentence = g_strdup_printf ("in the %s cohort, %s%% of children reoffended within 12 months",
                                  latest->label, rate);

    if (isfinite (latest->frequency))
      {
        g_autofree char *frequency = bp_format_number_full (latest->frequency, FREQUENCY_DECIMALS,
                                                       BP_FORMAT_PLAIN);
        g_autofree char *longer = NULL;

        if (latest->reoffences >= 0)
          {
            g_autofree char *reoffences = bp_format_count (latest->reoffences);

            longer = g_strdup_printf ("%s, with %s proven reoffences (%s per child).", sentence,
                                      reoffences, frequency);
          }
        else
          longer = g_strdup_printf ("%s, with %s proven reoffences per child.", sentence,
                                    frequency);
        _bp_chart_append_sentence (text, longer);
      }
    else
      {
        g_autofree char *ended = g_strconcat (sentence, ".", NULL);

        _bp_chart_append_sentence (text, ended);
      }
  }

  if (previous != NULL)
    {
      g_autofree char *rate = bp_format_number_full (previous->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
      g_autofree char *sentence = g_strdup_printf ("in the previous cohort (%s) the rate was %s%%.",
                                                   previous->label, rate);

      _bp_chart_append_sentence (text, sentence);
    }

  if (latest->follow_up_incomplete)
    {
      g_autofree char *sentence =
        g_strdup_printf ("follow-up of the %s cohort is not yet complete, so its figures may rise.",
                         latest->label);

      _bp_chart_append_sentence (text, sentence);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * bp_chart_new_reoffending:
 * @input: the cohorts, oldest first
 *
 * Builds the proven reoffending chart: the binary rate (%) as bars labelled with their
 * value, reoffences per child as a line with diamonds on a secondary axis on the right.
 * Cohorts whose follow-up is incomplete are hatched, with a legend entry saying so.
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_reoffending (const BpChartReoffendingInput *input)
{
  BpChart *chart;
  g_autofree char *summary = NULL;
  gboolean any_incomplete = FALSE;
  guint rate;
  guint frequency;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->cohorts != NULL || input->n_cohorts == 0, NULL);

  chart = bp_chart_new (BP_CHART_LAYOUT_COLUMNS);
  bp_chart_set_title (chart, input->title != NULL ? input->title : "Proven reoffending");
  bp_chart_set_subtitle (chart, input->subtitle != NULL
                                  ? input->subtitle
                                  : "Children who reoffended within 12 months, and reoffences "
                                    "per child, by 3-month cohort");
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, "Reoffending rate (%)", BP_CHART_SCALE_LINEAR,
                     TRUE);
  bp_chart_set_axis (chart, BP_CHART_AXIS_SECONDARY, "Reoffences per child",
                     BP_CHART_SCALE_LINEAR, TRUE);

  rate = bp_chart_add_series (chart, "Reoffending rate (%)", BP_CHART_SERIES_BARS,
                              BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_NONE, BP_CHART_DASH_SOLID);
  /* dark blue and orange: the Analysis Function's pair for two series */
  frequency = bp_chart_add_series (chart, "Reoffences per child", BP_CHART_SERIES_LINE,
                                   BP_CHART_AXIS_SECONDARY, 3, BP_CHART_MARKER_DIAMOND,
                                   BP_CHART_DASH_SOLID);

  for (guint i = 0; i < input->n_cohorts; i++)
    {
      const BpChartReoffendingCohort *cohort = &input->cohorts[i];
      const char *label = cohort->label != NULL ? cohort->label : "";
      guint c = bp_chart_add_category (chart, label, NULL);

      if (isfinite (cohort->rate))
        {
          g_autofree char *tooltip = rate_tooltip (cohort);
          g_autofree char *value = bp_format_number_full (cohort->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
          g_autofree char *shown = g_strconcat (value, "%", NULL);

          bp_chart_set_value (chart, rate, c, cohort->rate, tooltip);
          bp_chart_set_point_label (chart, rate, c, shown);
          bp_chart_set_point_hatched (chart, rate, c, cohort->follow_up_incomplete);
        }
      else
        bp_chart_set_point_label (chart, rate, c, "no data");

      if (isfinite (cohort->frequency))
        {
          g_autofree char *tooltip = frequency_tooltip (cohort);
          g_autofree char *value = bp_format_number_full (cohort->frequency, FREQUENCY_DECIMALS,
                                                     BP_FORMAT_PLAIN);

          bp_chart_set_value (chart, frequency, c, cohort->frequency, tooltip);
          bp_chart_set_point_label (chart, frequency, c, value);
        }

      any_incomplete |= cohort->follow_up_incomplete;
    }

  if (any_incomplete)
    bp_chart_add_legend_entry (chart, "Follow-up not yet complete", 0, BP_CHART_MARKER_NONE,
                               BP_CHART_DASH_SOLID, BP_CHART_SWATCH_HATCHED_BAR);

  summary = reoffending_summary (input);
  bp_chart_set_summary (chart, summary);

  return chart;
}

/* bp-chart-reoffending.c: proven reoffending by 3-month cohort
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

#define RATE_DECIMALS 1
#define FREQUENCY_DECIMALS 2

/* A comparator's line: its own colour, marker and dash, none of them the orange and
 * diamond of the reoffences per child. */
static void
comparator_style (BpChartComparatorRole  role,
                  int                   *color,
                  BpChartMarker         *marker,
                  BpChartDash           *dash)
{
  switch (role)
    {
    case BP_CHART_COMPARATOR_FAMILY:
      *color = 1, *marker = BP_CHART_MARKER_SQUARE, *dash = BP_CHART_DASH_DASHED;
      break;
    case BP_CHART_COMPARATOR_REGION:
      *color = 2, *marker = BP_CHART_MARKER_TRIANGLE_UP, *dash = BP_CHART_DASH_DOTTED;
      break;
    case BP_CHART_COMPARATOR_NATIONAL:
    default:
      *color = 4, *marker = BP_CHART_MARKER_CIRCLE, *dash = BP_CHART_DASH_DASH_DOT;
      break;
    }
}

/* "Published for the Jan-Mar 2023 cohort: YJS Family Average 29.8%, England and Wales
 * 34.0%." for the latest cohort with a published figure; NULL when there is none. */
static char *
comparators_sentence (const BpChartReoffendingInput *input)
{
  g_autoptr (GString) list = g_string_new (NULL);
  int latest = -1;

  for (guint i = input->n_cohorts; i-- > 0 && latest < 0;)
    for (guint c = 0; c < input->n_comparators; c++)
      if (input->comparators[c].rates && isfinite (input->comparators[c].rates[i]))
        latest = (int) i;
  if (latest < 0)
    return NULL;
  for (guint c = 0; c < input->n_comparators; c++)
    {
      const BpChartReoffendingComparator *comparator = &input->comparators[c];
      g_autofree char *rate = NULL;

      if (comparator->rates == NULL || !isfinite (comparator->rates[latest]))
        continue;
      rate = bp_format_number_full (comparator->rates[latest], RATE_DECIMALS, BP_FORMAT_PLAIN);
      if (list->len)
        g_string_append (list, ", ");
      /* Translators: a comparator and its reoffending rate, in a list, as in "England and
       * Wales 34.0%" */
      g_string_append_printf (list, _("%s %s%%"), comparator->name, rate);
    }
  /* Translators: a sentence of the reoffending chart's summary: the cohort and the
   * published comparators, as in "Published for the Jan-Mar 2023 cohort: YJS Family
   * Average 29.8%, England and Wales 34.0%." */
  return g_strdup_printf (_("Published for the %s cohort: %s."),
                          input->cohorts[latest].label ? input->cohorts[latest].label : "",
                          list->str);
}

/* "Apr-Jun 2022: 40.9% reoffended (9 of 22 children; follow-up not yet complete)" */
static char *
incomplete_tooltip (char *tooltip)
{
  char *longer;

  /* Translators: added to what hovering a bar or point of the reoffending chart says
   * when the cohort's follow-up is not complete: %s is the text so far, as in "Apr-Jun
   * 2022: 40.9% reoffended (9 of 22 children)" */
  longer = g_strdup_printf (_("%s; follow-up not yet complete"), tooltip);
  g_free (tooltip);
  return longer;
}

/* "Apr-Jun 2022: 40.9% reoffended (9 of 22 children)" */
static char *
rate_tooltip (const BpChartReoffendingCohort *cohort)
{
  g_autofree char *rate = bp_format_number_full (cohort->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
  char *text;

  if (cohort->reoffenders >= 0 && cohort->cohort >= 0)
    {
      g_autofree char *reoffenders = bp_format_count (cohort->reoffenders);
      g_autofree char *size = bp_format_count (cohort->cohort);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: what hovering a bar of the
                                            * reoffending chart says: the cohort, the
                                            * percentage of its children who reoffended,
                                            * the number who reoffended and the number of
                                            * children in the cohort, as in "Apr-Jun 2022:
                                            * 40.9% reoffended (9 of 22 children)". The
                                            * plural follows the cohort's size. */
                                           "%s: %s%% reoffended (%s of %s child)",
                                           "%s: %s%% reoffended (%s of %s children)",
                                           (gulong) cohort->cohort),
                              cohort->label, rate, reoffenders, size);
    }
  else
    /* Translators: what hovering a bar of the reoffending chart says: the cohort and the
     * percentage of its children who reoffended, as in "Apr-Jun 2022: 40.9% reoffended" */
    text = g_strdup_printf (_("%s: %s%% reoffended"), cohort->label, rate);

  return cohort->follow_up_incomplete ? incomplete_tooltip (text) : text;
}

/* "Apr-Jun 2022: 3.50 reoffences per child (77 reoffences, cohort of 22)" */
static char *
frequency_tooltip (const BpChartReoffendingCohort *cohort)
{
  g_autofree char *frequency = bp_format_number_full (cohort->frequency, FREQUENCY_DECIMALS,
                                                 BP_FORMAT_PLAIN);
  char *text;

  if (cohort->reoffences >= 0 && cohort->cohort >= 0)
    {
      g_autofree char *reoffences = bp_format_count (cohort->reoffences);
      g_autofree char *size = bp_format_count (cohort->cohort);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: what hovering a point of the
                                            * reoffending chart's line says: the cohort,
                                            * the reoffences per child, the number of
                                            * reoffences and the number of children in
                                            * the cohort, as in "Apr-Jun 2022: 3.50
                                            * reoffences per child (77 reoffences, cohort
                                            * of 22)". The plural follows the number of
                                            * reoffences. */
                                           "%s: %s reoffences per child (%s reoffence, "
                                           "cohort of %s)",
                                           "%s: %s reoffences per child (%s reoffences, "
                                           "cohort of %s)",
                                           (gulong) cohort->reoffences),
                              cohort->label, frequency, reoffences, size);
    }
  else
    /* Translators: what hovering a point of the reoffending chart's line says: the
     * cohort and the reoffences per child, as in "Apr-Jun 2022: 3.50 reoffences per
     * child" */
    text = g_strdup_printf (_("%s: %s reoffences per child"), cohort->label, frequency);

  return cohort->follow_up_incomplete ? incomplete_tooltip (text) : text;
}

/* The first sentence of the summary, about the latest cohort: its size and reoffenders
 * when known, and its reoffences when known. */
static char *
latest_sentence (const BpChartReoffendingCohort *latest)
{
  g_autofree char *rate = bp_format_number_full (latest->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
  g_autofree char *frequency = NULL;
  g_autofree char *reoffences = NULL;

  if (isfinite (latest->frequency))
    frequency = bp_format_number_full (latest->frequency, FREQUENCY_DECIMALS, BP_FORMAT_PLAIN);
  if (frequency != NULL && latest->reoffences >= 0)
    reoffences = bp_format_count (latest->reoffences);

  if (latest->cohort >= 0 && latest->reoffenders >= 0)
    {
      g_autofree char *size = bp_format_count (latest->cohort);
      g_autofree char *reoffenders = bp_format_count (latest->reoffenders);

      if (reoffences != NULL)
        /* Translators: a chart summary: the number of children in the cohort, the
         * cohort, the number who reoffended, the percentage, the number of proven
         * reoffences and the reoffences per child, as in "Of the 22 children in the
         * Apr-Jun 2022 cohort, 9 (40.9%) reoffended within 12 months, with 77 proven
         * reoffences (3.50 per child)." Any number may be 1; English keeps the plurals. */
        return g_strdup_printf (_("Of the %s children in the %s cohort, %s (%s%%) reoffended "
                                  "within 12 months, with %s proven reoffences (%s per child)."),
                                size, latest->label, reoffenders, rate, reoffences, frequency);
      if (frequency != NULL)
        /* Translators: a chart summary: the number of children in the cohort, the
         * cohort, the number who reoffended, the percentage and the reoffences per child,
         * as in "Of the 22 children in the Apr-Jun 2022 cohort, 9 (40.9%) reoffended
         * within 12 months, with 3.50 proven reoffences per child." Any number may be 1;
         * English keeps the plurals. */
        return g_strdup_printf (_("Of the %s children in the %s cohort, %s (%s%%) reoffended "
                                  "within 12 months, with %s proven reoffences per child."),
                                size, latest->label, reoffenders, rate, frequency);
      /* Translators: a chart summary: the number of children in the cohort, the cohort,
       * the number who reoffended and the percentage, as in "Of the 22 children in the
       * Apr-Jun 2022 cohort, 9 (40.9%) reoffended within 12 months." Any number may be 1;
       * English keeps the plurals. */
      return g_strdup_printf (_("Of the %s children in the %s cohort, %s (%s%%) reoffended "
                                "within 12 months."),
                              size, latest->label, reoffenders, rate);
    }

  if (reoffences != NULL)
    /* Translators: a chart summary: the cohort, the percentage of its children who
     * reoffended, the number of proven reoffences and the reoffences per child, as in
     * "In the Apr-Jun 2022 cohort, 40.9% of children reoffended within 12 months, with 77
     * proven reoffences (3.50 per child)." The number of reoffences may be 1; English
     * keeps the plural. */
    return g_strdup_printf (_("In the %s cohort, %s%% of children reoffended within 12 months, "
                              "with %s proven reoffences (%s per child)."),
                            latest->label, rate, reoffences, frequency);
  if (frequency != NULL)
    /* Translators: a chart summary: the cohort, the percentage of its children who
     * reoffended and the reoffences per child, as in "In the Apr-Jun 2022 cohort, 40.9%
     * of children reoffended within 12 months, with 3.50 proven reoffences per child." */
    return g_strdup_printf (_("In the %s cohort, %s%% of children reoffended within 12 months, "
                              "with %s proven reoffences per child."),
                            latest->label, rate, frequency);
  /* Translators: a chart summary: the cohort and the percentage of its children who
   * reoffended, as in "In the Apr-Jun 2022 cohort, 40.9% of children reoffended within 12
   * months." */
  return g_strdup_printf (_("In the %s cohort, %s%% of children reoffended within 12 months."),
                          latest->label, rate);
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
    /* Translators: the reoffending chart's summary when there are no figures */
    return g_strdup (_("There are no proven reoffending figures."));

  {
    g_autofree char *sentence = latest_sentence (latest);

    bp_append_sentence (text, sentence);
  }

  if (previous != NULL)
    {
      g_autofree char *rate = bp_format_number_full (previous->rate, RATE_DECIMALS, BP_FORMAT_PLAIN);
      /* Translators: a sentence of the reoffending chart's summary: the previous cohort
       * and its reoffending rate, as in "In the previous cohort (Jan-Mar 2022) the rate
       * was 34.4%." */
      g_autofree char *sentence = g_strdup_printf (_("In the previous cohort (%s) the rate was "
                                                     "%s%%."),
                                                   previous->label, rate);

      bp_append_sentence (text, sentence);
    }

  {
    g_autofree char *sentence = comparators_sentence (input);

    if (sentence)
      bp_append_sentence (text, sentence);
  }

  if (latest->follow_up_incomplete)
    {
      g_autofree char *sentence =
        /* Translators: a sentence of the reoffending chart's summary: %s is the cohort,
         * as in "Follow-up of the Apr-Jun 2022 cohort is not yet complete, so its figures
         * may rise." */
        g_strdup_printf (_("Follow-up of the %s cohort is not yet complete, so its figures may "
                           "rise."),
                         latest->label);

      bp_append_sentence (text, sentence);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * bp_chart_new_reoffending:
 * @input: the cohorts, oldest first
 *
 * Builds the proven reoffending chart: the binary rate (%) as bars labelled with their
 * value, reoffences per child as a line with diamonds on a secondary axis on the right,
 * and the published comparators of the rate as lines over the bars.
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
  bp_chart_set_title (chart, input->title != NULL
                               ? input->title
                               /* Translators: a chart title */
                               : _("Proven reoffending"));
  bp_chart_set_subtitle (chart, input->subtitle != NULL
                                  ? input->subtitle
                                  /* Translators: the subtitle of the reoffending chart */
                                  : _("Children who reoffended within 12 months, and reoffences "
                                      "per child, by 3-month cohort"));
  bp_chart_set_source (chart, input->source);
  /* Translators: the unit above the reoffending chart's left axis, and the name of its
   * bars; keep it short */
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, _("Reoffending rate (%)"),
                     BP_CHART_SCALE_LINEAR, TRUE);
  /* Translators: the unit above the reoffending chart's right axis, and the name of its
   * line; keep it short */
  bp_chart_set_axis (chart, BP_CHART_AXIS_SECONDARY, _("Reoffences per child"),
                     BP_CHART_SCALE_LINEAR, TRUE);

  rate = bp_chart_add_series (chart, _("Reoffending rate (%)"), BP_CHART_SERIES_BARS,
                              BP_CHART_AXIS_PRIMARY, 0, BP_CHART_MARKER_NONE, BP_CHART_DASH_SOLID);
  /* dark blue and orange: the Analysis Function's pair for two series */
  frequency = bp_chart_add_series (chart, _("Reoffences per child"), BP_CHART_SERIES_LINE,
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
        /* Translators: drawn on a chart where a value is missing; keep it short */
        bp_chart_set_point_label (chart, rate, c, C_("chart", "no data"));

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

  /* The published comparators of the rate: lines over the bars, on the same axis. */
  for (guint k = 0; k < input->n_comparators; k++)
    {
      const BpChartReoffendingComparator *comparator = &input->comparators[k];
      BpChartMarker marker;
      BpChartDash dash;
      int color;
      guint line;

      if (comparator->rates == NULL || comparator->name == NULL)
        continue;
      comparator_style (comparator->role, &color, &marker, &dash);
      line = bp_chart_add_series (chart, comparator->name, BP_CHART_SERIES_LINE,
                                  BP_CHART_AXIS_PRIMARY, color, marker, dash);
      for (guint i = 0; i < input->n_cohorts; i++)
        {
          g_autofree char *value = NULL;
          g_autofree char *tooltip = NULL;

          if (!isfinite (comparator->rates[i]))
            continue;
          value = bp_format_number_full (comparator->rates[i], RATE_DECIMALS, BP_FORMAT_PLAIN);
          /* Translators: what hovering a comparator's point on the reoffending chart says:
           * the cohort, the comparator and its published rate, as in "Jan-Mar 2023: England
           * and Wales 34.0% reoffended" */
          tooltip = g_strdup_printf (_("%s: %s %s%% reoffended"),
                                     input->cohorts[i].label ? input->cohorts[i].label : "",
                                     comparator->name, value);
          bp_chart_set_value (chart, line, i, comparator->rates[i], tooltip);
        }
    }

  if (any_incomplete)
    /* Translators: a legend entry of the reoffending chart, beside a hatched bar */
    bp_chart_add_legend_entry (chart, _("Follow-up not yet complete"), 0, BP_CHART_MARKER_NONE,
                               BP_CHART_DASH_SOLID, BP_CHART_SWATCH_HATCHED_BAR);

  summary = reoffending_summary (input);
  bp_chart_set_summary (chart, summary);

  return chart;
}

/* bp-chart-rate.c: first time entrant and custody rates over rolling 12-month periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

/* Quarter ends per year: the point a year before the latest is four back. */
#define PERIODS_PER_YEAR 4

/* The sentences and tooltips of each kind are written out whole in rate_tooltip() and
 * rate_summary(), so that a translation never builds them from pieces. */
typedef struct
{
  gboolean    fte;
  const char *title;
  const char *subtitle;
  const char *axis_title;
  int         decimals;
} RateWording;

static const RateWording fte_wording = {
  TRUE,
  /* Translators: a chart title */
  N_("First time entrants"),
  /* Translators: the subtitle of the first time entrants chart */
  N_("First time entrants to the youth justice system per 100,000 children aged 10-17, "
     "rolling 12 months to each quarter end"),
  /* Translators: the unit above a chart's value axis; keep it short */
  N_("per 100,000 10-17 year olds"),
  0,
};

static const RateWording custody_wording = {
  FALSE,
  /* Translators: a chart title */
  N_("Use of custody"),
  /* Translators: the subtitle of the use of custody chart */
  N_("Custodial sentences per 1,000 children aged 10-17, rolling 12 months to each quarter "
     "end"),
  /* Translators: the unit above a chart's value axis; keep it short */
  N_("per 1,000 10-17 year olds"),
  2,
};

typedef struct
{
  BpChartMarker marker;
  BpChartDash   dash;
  int           color;
} SeriesStyle;

static SeriesStyle
comparator_style (BpChartComparatorRole role)
{
  switch (role)
    {
    case BP_CHART_COMPARATOR_FAMILY:
      return (SeriesStyle) { BP_CHART_MARKER_SQUARE, BP_CHART_DASH_DASHED, 1 };
    case BP_CHART_COMPARATOR_REGION:
      return (SeriesStyle) { BP_CHART_MARKER_TRIANGLE_UP, BP_CHART_DASH_DOTTED, 2 };
    case BP_CHART_COMPARATOR_NATIONAL:
    default:
      return (SeriesStyle) { BP_CHART_MARKER_DIAMOND, BP_CHART_DASH_DASH_DOT, 3 };
    }
}

/* "Mar 2024: 180 per 100,000 (47 children of 26,092)" */
static char *
rate_tooltip (const RateWording      *wording,
              const char             *label,
              const BpChartRatePoint *point)
{
  g_autofree char *value = bp_format_number_full (point->value, wording->decimals, BP_FORMAT_THOUSANDS);
  g_autofree char *count = NULL;
  g_autofree char *population = NULL;
  gulong n = point->count >= 0 ? (gulong) point->count : 0;

  if (point->count < 0)
    return wording->fte
           /* Translators: what hovering a point of the first time entrants chart says:
            * the period, then the rate, as in "Mar 2024: 180 per 100,000" */
           ? g_strdup_printf (_("%s: %s per 100,000"), label, value)
           /* Translators: what hovering a point of the use of custody chart says: the
            * period, then the rate, as in "Mar 2024: 0.38 per 1,000" */
           : g_strdup_printf (_("%s: %s per 1,000"), label, value);

  count = bp_format_count (point->count);
  if (point->population < 0)
    return wording->fte
           /* Translators: hovering a point of the first time entrants chart: the
            * period, the rate and the number of children, as in "Mar 2024: 180 per
            * 100,000 (47 children)" */
           ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s per 100,000 (%s child)",
                                           "%s: %s per 100,000 (%s children)", n),
                              label, value, count)
           : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: hovering a point of the use of
                                            * custody chart: the period, the rate and the
                                            * number of custodial sentences, as in "Mar
                                            * 2024: 0.38 per 1,000 (11 custodial
                                            * sentences)".  */
                                           "%s: %s per 1,000 (%s custodial sentence)",
                                           "%s: %s per 1,000 (%s custodial sentences)", n),
                              label, value, count);

  population = bp_format_count (point->population);
  if (wording->fte)
    /* Translators: hovering a point of the first time entrants chart: the period, the
     * rate, the number of children and the 10-17 population, as in "Mar 2024: 180 per
     * 100,000 (47 children of 26,092)" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s per 100,000 (%s child of %s)",
                                         "%s: %s per 100,000 (%s children of %s)", n),
                            label, value, count, population);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: hovering a point of the use of
                                        * custody chart: the period, the rate, the number
                                        * of custodial sentences and the 10-17
                                        * population, as in "Mar 2024: 0.38 per 1,000 (11
                                        * custodial sentences, population 28,797)". */
                                       "%s: %s per 1,000 (%s custodial sentence, population %s)",
                                       "%s: %s per 1,000 (%s custodial sentences, population %s)",
                                       n),
                          label, value, count, population);
}

static guint
add_rate_series (BpChart                *chart,
                 const RateWording      *wording,
                 const BpChartRateInput *input,
                 const char             *name,
                 const BpChartRatePoint *points,
                 SeriesStyle             style)
{
  guint series = bp_chart_add_series (chart, name, BP_CHART_SERIES_LINE, BP_CHART_AXIS_PRIMARY,
                                      style.color, style.marker, style.dash);
  double last = input->n_points > 0 ? points[input->n_points - 1].value : NAN;
  gboolean any = FALSE;

  for (guint i = 0; i < input->n_points; i++)
    {
      g_autofree char *tooltip = NULL;

      if (!isfinite (points[i].value))
        continue;
      tooltip = rate_tooltip (wording, input->points[i].label, &points[i]);
      bp_chart_set_value (chart, series, i, points[i].value, tooltip);
      any = TRUE;
    }

  /* The label's figure is the latest period's only: an earlier value beside the line's
   * end would read as the current rate. Without one the label is the name alone. */
  if (isfinite (last))
    {
      g_autofree char *value = bp_format_number_full (last, wording->decimals, BP_FORMAT_THOUSANDS);

      bp_chart_series_set_end_label (chart, series, name, value);
    }
  else
    bp_chart_series_set_end_label (chart, series, any ? name : NULL, NULL);

  return series;
}

typedef enum
{
  CHANGE_UNKNOWN, /* no figure a year earlier */
  CHANGE_UP,
  CHANGE_DOWN,
  CHANGE_SAME,
} Change;

/* The sentence about the latest local rate, without its full stop: "The first time
 * entrant rate was 180 per 100,000 in the 12 months to Mar 2024, up from 153 a year
 * earlier". */
static char *
latest_clause (const RateWording *wording,
               const char        *value,
               const char        *label,
               Change             change,
               const char        *before)
{
  if (wording->fte)
    switch (change)
      {
      case CHANGE_UP:
        /* Translators: the start of a chart summary, followed by a full stop or by the
         * comparators' figures: the rate, the period's end and the rate a year earlier,
         * as in "The first time entrant rate was 180 per 100,000 in the 12 months to Mar
         * 2024, up from 153 a year earlier" */
        return g_strdup_printf (_("The first time entrant rate was %s per 100,000 in the 12 "
                                  "months to %s, up from %s a year earlier"),
                                value, label, before);
      case CHANGE_DOWN:
        /* Translators: as "The first time entrant rate was %s per 100,000 in the 12
         * months to %s, up from %s a year earlier", for a fall */
        return g_strdup_printf (_("The first time entrant rate was %s per 100,000 in the 12 "
                                  "months to %s, down from %s a year earlier"),
                                value, label, before);
      case CHANGE_SAME:
        /* Translators: the start of a chart summary, followed by a full stop or by the
         * comparators' figures: the rate and the period's end, as in "The first time
         * entrant rate was 180 per 100,000 in the 12 months to Mar 2024, the same as a
         * year earlier" */
        return g_strdup_printf (_("The first time entrant rate was %s per 100,000 in the 12 "
                                  "months to %s, the same as a year earlier"),
                                value, label);
      case CHANGE_UNKNOWN:
      default:
        /* Translators: the start of a chart summary, followed by a full stop or by the
         * comparators' figures: the rate and the period's end, as in "The first time
         * entrant rate was 180 per 100,000 in the 12 months to Mar 2024" */
        return g_strdup_printf (_("The first time entrant rate was %s per 100,000 in the 12 "
                                  "months to %s"),
                                value, label);
      }

  switch (change)
    {
    case CHANGE_UP:
      /* Translators: the start of a chart summary, followed by a full stop or by the
       * comparators' figures: the rate, the period's end and the rate a year earlier, as
       * in "The custody rate was 0.38 per 1,000 in the 12 months to Mar 2024, up from
       * 0.35 a year earlier" */
      return g_strdup_printf (_("The custody rate was %s per 1,000 in the 12 months to %s, up "
                                "from %s a year earlier"),
                              value, label, before);
    case CHANGE_DOWN:
      /* Translators: as "The custody rate was %s per 1,000 in the 12 months to %s, up from
       * %s a year earlier", for a fall */
      return g_strdup_printf (_("The custody rate was %s per 1,000 in the 12 months to %s, "
                                "down from %s a year earlier"),
                              value, label, before);
    case CHANGE_SAME:
      /* Translators: the start of a chart summary, followed by a full stop or by the
       * comparators' figures: the rate and the period's end, as in "The custody rate was
       * 0.38 per 1,000 in the 12 months to Mar 2024, the same as a year earlier" */
      return g_strdup_printf (_("The custody rate was %s per 1,000 in the 12 months to %s, the "
                                "same as a year earlier"),
                              value, label);
    case CHANGE_UNKNOWN:
    default:
      /* Translators: the start of a chart summary, followed by a full stop or by the
       * comparators' figures: the rate and the period's end, as in "The custody rate was
       * 0.38 per 1,000 in the 12 months to Mar 2024" */
      return g_strdup_printf (_("The custody rate was %s per 1,000 in the 12 months to %s"),
                              value, label);
    }
}

/* "The first time entrant rate was 180 per 100,000 in the 12 months to Mar 2024, up
 * from 153 a year earlier; the YJS family average was 160." */
static char *
rate_summary (const RateWording      *wording,
              const BpChartRateInput *input)
{
  g_autoptr (GPtrArray) comparisons = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *clause = NULL;
  g_autofree char *text = NULL;
  guint n = input->n_points;
  const BpChartRatePoint *latest;

  if (n == 0)
    return g_strdup (wording->fte
                     /* Translators: a chart summary when there are no figures at all */
                     ? _("There are no figures for the first time entrant rate.")
                     /* Translators: a chart summary when there are no figures at all */
                     : _("There are no figures for the custody rate."));

  latest = &input->points[n - 1];
  if (isfinite (latest->value))
    {
      g_autofree char *value = bp_format_number_full (latest->value, wording->decimals,
                                                 BP_FORMAT_THOUSANDS);
      g_autofree char *before_text = NULL;
      Change change = CHANGE_UNKNOWN;

      if (n > PERIODS_PER_YEAR && isfinite (input->points[n - 1 - PERIODS_PER_YEAR].value))
        {
          double before = input->points[n - 1 - PERIODS_PER_YEAR].value;
          double now_shown = bp_round_half_away (latest->value, wording->decimals);
          double before_shown = bp_round_half_away (before, wording->decimals);

          before_text = bp_format_number_full (before, wording->decimals, BP_FORMAT_THOUSANDS);
          /* compare what the reader sees, so "up from 180" never follows "180" */
          change = now_shown > before_shown   ? CHANGE_UP
                   : now_shown < before_shown ? CHANGE_DOWN
                                              : CHANGE_SAME;
        }
      clause = latest_clause (wording, value, latest->label, change, before_text);
    }
  else
    clause = wording->fte
             /* Translators: the start of a chart summary, followed by a full stop or by
              * the comparators' figures: %s is the period's end, as in "There is no
              * figure for the first time entrant rate in the 12 months to Mar 2024" */
             ? g_strdup_printf (_("There is no figure for the first time entrant rate in the 12 "
                                  "months to %s"),
                                latest->label)
             /* Translators: the start of a chart summary, followed by a full stop or by
              * the comparators' figures: %s is the period's end, as in "There is no
              * figure for the custody rate in the 12 months to Mar 2024" */
             : g_strdup_printf (_("There is no figure for the custody rate in the 12 months to "
                                  "%s"),
                                latest->label);

  for (guint c = 0; c < input->n_comparators; c++)
    {
      const BpChartComparator *comparator = &input->comparators[c];
      g_autofree char *value = NULL;

      if (comparator->points == NULL || comparator->name == NULL
          || !isfinite (comparator->points[n - 1].value))
        continue;
      value = bp_format_number_full (comparator->points[n - 1].value, wording->decimals,
                                BP_FORMAT_THOUSANDS);
      if (comparator->role == BP_CHART_COMPARATOR_FAMILY)
        g_ptr_array_add (comparisons,
                         /* Translators: a comparator's figure in a chart summary: %s is the
                          * name of the group of similar areas as published ("YJS family"),
                          * then its rate, as in "the YJS family average was 160" */
                         g_strdup_printf (_("the %s average was %s"), comparator->name, value));
      else
        g_ptr_array_add (comparisons,
                         /* Translators: a comparator's figure in a chart summary: %s is a
                          * region or nation as published ("London", "England and Wales"),
                          * then its rate, as in "the London rate was 152" */
                         g_strdup_printf (_("the %s rate was %s"), comparator->name, value));
    }
  if (comparisons->len > 0)
    {
      g_autofree char *joined = bp_join_list (comparisons);

      /* Translators: a chart summary: the sentence about the local rate ("The first time
       * entrant rate was 180 per 100,000 in the 12 months to Mar 2024"), then the
       * comparators' figures ("the YJS family average was 160 and the London rate was
       * 152") */
      text = g_strdup_printf (C_("rate summary", "%s; %s."), clause, joined);
    }
  else
    text = g_strconcat (clause, ".", NULL);

  {
    g_autoptr (GString) sentence = g_string_new (NULL);

    bp_append_sentence (sentence, text);
    return g_string_free (g_steal_pointer (&sentence), FALSE);
  }
}

/**
 * bp_chart_new_rate:
 * @input: the local rates, and comparators, for consecutive quarter ends
 *
 * Builds the first time entrant (@input->kind %BP_CHART_KIND_FTE, whole numbers per
 * 100,000) or custody (%BP_CHART_KIND_CUSTODY, two decimals per 1,000) chart: the
 * local line heavy with circles, each comparator a distinct colour, marker and dash,
 * every line labelled at its end with its name and latest value.
 *
 * Returns: (transfer full): the chart
 */
BpChart *
bp_chart_new_rate (const BpChartRateInput *input)
{
  const RateWording *wording;
  BpChart *chart;
  g_autofree char *summary = NULL;
  guint local;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->kind == BP_CHART_KIND_FTE || input->kind == BP_CHART_KIND_CUSTODY,
                        NULL);
  g_return_val_if_fail (input->points != NULL || input->n_points == 0, NULL);

  wording = input->kind == BP_CHART_KIND_FTE ? &fte_wording : &custody_wording;
  chart = bp_chart_new (BP_CHART_LAYOUT_COLUMNS);
  bp_chart_set_title (chart, input->title != NULL ? input->title : _(wording->title));
  bp_chart_set_subtitle (chart, input->subtitle != NULL ? input->subtitle : _(wording->subtitle));
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, _(wording->axis_title), BP_CHART_SCALE_LINEAR,
                     TRUE);
  bp_chart_set_show_legend (chart, FALSE);

  for (guint i = 0; i < input->n_points; i++)
    bp_chart_add_category (chart, input->points[i].label != NULL ? input->points[i].label : "",
                           NULL);

  /* the local line first: it comes first in keyboard order (and is drawn on top,
   * being emphasised) */
  local = add_rate_series (chart, wording, input,
                           input->local_name != NULL
                             ? input->local_name
                             /* Translators: the name of the local area's line on a chart
                              * when the area has no name; keep it short */
                             : C_("chart series", "Local"),
                           input->points,
                           (SeriesStyle) { BP_CHART_MARKER_CIRCLE, BP_CHART_DASH_SOLID, 0 });
  bp_chart_series_set_emphasis (chart, local, TRUE);
  for (guint c = 0; c < input->n_comparators; c++)
    {
      const BpChartComparator *comparator = &input->comparators[c];

      if (comparator->points == NULL || comparator->name == NULL)
        continue;
      add_rate_series (chart, wording, input, comparator->name, comparator->points,
                       comparator_style (comparator->role));
    }

  summary = rate_summary (wording, input);
  bp_chart_set_summary (chart, summary);

  return chart;
}

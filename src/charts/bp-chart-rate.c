/* bp-chart-rate.c: first time entrant and custody rates over rolling 12-month periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

/* Quarter ends per year: the point a year before the latest is four back. */
#define PERIODS_PER_YEAR 4

typedef struct
{
  const char *title;
  const char *subtitle;
  const char *axis_title;
  const char *per;        /* "per 100,000" */
  const char *measure;    /* summary: "The first time entrant rate" */
  const char *counted;    /* tooltip: "children" / "custodial sentences" */
  int         decimals;
} RateWording;

static const RateWording fte_wording = {
  "First time entrants",
  "First time entrants to the youth justice system per 100,000 children aged 10-17, "
  "rolling 12 months to each quarter end",
  "per 100,000 10-17 year olds",
  "per 100,000",
  "the first time entrant rate",
  "children",
  0,
};

static const RateWording custody_wording = {
  "Use of custody",
  "Custodial sentences per 1,000 children aged 10-17, rolling 12 months to each quarter end",
  "per 1,000 10-17 year olds",
  "per 1,000",
  "the custody rate",
  "custodial sentences",
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

  if (point->count < 0)
    return g_strdup_printf ("%s: %s %s", label, value, wording->per);

  count = bp_format_count (point->count);
  if (point->population < 0)
    return g_strdup_printf ("%s: %s %s (%s %s)", label, value, wording->per, count,
                            wording->counted);

  population = bp_format_count (point->population);
  if (wording == &fte_wording)
    return g_strdup_printf ("%s: %s %s (%s %s of %s)", label, value, wording->per, count,
                            wording->counted, population);

  return g_strdup_printf ("%s: %s %s (%s %s, population %s)", label, value, wording->per, count,
                          wording->counted, population);
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

/* "The first time entrant rate was 180 per 100,000 in the 12 months to Mar 2024, up
 * from 153 a year earlier; the YJS family average was 160." */
static char *
rate_summary (const RateWording      *wording,
              const BpChartRateInput *input)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GPtrArray) comparisons = g_ptr_array_new_with_free_func (g_free);
  guint n = input->n_points;
  const BpChartRatePoint *latest;

  if (n == 0)
    return g_strdup_printf ("There are no figures for %s.", wording->measure);

  latest = &input->points[n - 1];
  if (isfinite (latest->value))
    {
      g_autofree char *value = bp_format_number_full (latest->value, wording->decimals,
                                                 BP_FORMAT_THOUSANDS);

      g_string_append_printf (text, "%s was %s %s in the 12 months to %s", wording->measure, value,
                              wording->per, latest->label);
      if (n > PERIODS_PER_YEAR && isfinite (input->points[n - 1 - PERIODS_PER_YEAR].value))
        {
          double before = input->points[n - 1 - PERIODS_PER_YEAR].value;
          double now_shown = bp_round_half_away (latest->value, wording->decimals);
          double before_shown = bp_round_half_away (before, wording->decimals);
          g_autofree char *before_text = bp_format_number_full (before, wording->decimals,
                                                           BP_FORMAT_THOUSANDS);

          /* compare what the reader sees, so "up from 180" never follows "180" */
          if (now_shown > before_shown)
            g_string_append_printf (text, ", up from %s a year earlier", before_text);
          else if (now_shown < before_shown)
            g_string_append_printf (text, ", down from %s a year earlier", before_text);
          else
            g_string_append (text, ", the same as a year earlier");
        }
    }
  else
    g_string_append_printf (text, "there is no figure for %s in the 12 months to %s",
                            wording->measure, latest->label);

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
                         g_strdup_printf ("the %s average was %s", comparator->name, value));
      else
        g_ptr_array_add (comparisons,
                         g_strdup_printf ("the %s rate was %s", comparator->name, value));
    }
  if (comparisons->len > 0)
    {
      g_autofree char *joined = _bp_chart_join_list (comparisons);

      g_string_append_printf (text, "; %s", joined);
    }
  g_string_append_c (text, '.');

  {
    g_autoptr (GString) sentence = g_string_new (NULL);

    _bp_chart_append_sentence (sentence, text->str);
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
  bp_chart_set_title (chart, input->title != NULL ? input->title : wording->title);
  bp_chart_set_subtitle (chart, input->subtitle != NULL ? input->subtitle : wording->subtitle);
  bp_chart_set_source (chart, input->source);
  bp_chart_set_axis (chart, BP_CHART_AXIS_PRIMARY, wording->axis_title, BP_CHART_SCALE_LINEAR,
                     TRUE);
  bp_chart_set_show_legend (chart, FALSE);

  for (guint i = 0; i < input->n_points; i++)
    bp_chart_add_category (chart, input->points[i].label != NULL ? input->points[i].label : "",
                           NULL);

  /* the local line first: it comes first in keyboard order (and is drawn on top,
   * being emphasised) */
  local = add_rate_series (chart, wording, input,
                           input->local_name != NULL ? input->local_name : "Local", input->points,
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

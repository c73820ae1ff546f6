/* bp-chart-ticks.c: "nice" axis ticks, linear and logarithmic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-format.h"
#include "bp-chart-ticks.h"

/* Steps a reader can add up in their head: 1, 2, 2.5 and 5 times a power of ten. */
static const double nice_mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };

static double
nice_step_at_least (double raw)
{
  double magnitude;

  g_assert (raw > 0 && isfinite (raw));

  magnitude = pow (10.0, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (nice_mantissas); i++)
    {
      /* tolerate rounding in raw / magnitude so 0.3 / 0.1 does not become 3.0000001 */
      if (nice_mantissas[i] * magnitude >= raw * (1 - 1e-9))
        return nice_mantissas[i] * magnitude;
    }

  return 10.0 * magnitude;
}

/* The next nice step after @step, e.g. 2.5 -> 5, 5 -> 10. */
static double
next_nice_step (double step)
{
  return nice_step_at_least (step * 1.0001);
}

static int
decimals_for_step (double step)
{
  int decimals = 0;

  /* Smallest number of places that writes the step exactly (0.25 -> 2, 2.5 -> 1). */
  while (decimals < 10)
    {
      double scaled = step * pow (10.0, decimals);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, fabs (scaled)))
        break;
      decimals++;
    }

  return decimals;
}

static void
normalise_range (double   *lo,
                 double   *hi,
                 gboolean  include_zero)
{
  if (!isfinite (*lo) && !isfinite (*hi))
    {
      /* All missing: an empty axis from 0 to 1. */
      *lo = 0.0;
      *hi = 1.0;
      return;
    }
  if (!isfinite (*lo))
    *lo = *hi;
  if (!isfinite (*hi))
    *hi = *lo;
  if (*lo > *hi)
    {
      double tmp = *lo;

      *lo = *hi;
      *hi = tmp;
    }

  if (include_zero)
    {
      *lo = MIN (*lo, 0.0);
      *hi = MAX (*hi, 0.0);
    }

  if (*hi == *lo)
    {
      /* A single value: open the axis around it (or from zero up to it). */
      if (*lo == 0.0)
        *hi = 1.0;
      else if (include_zero)
        {
          if (*lo > 0)
            *lo = 0.0;
          else
            *hi = 0.0;
        }
      else
        {
          double pad = fabs (*lo) * 0.1;

          *lo -= pad;
          *hi += pad;
        }
    }
}

static gboolean
fill_linear (double        lo,
             double        hi,
             double        step,
             guint         max_count,
             BpChartTicks *ticks)
{
  double first = floor (lo / step + 1e-9);
  double last = ceil (hi / step - 1e-9);
  double n = last - first + 1;

  if (n > max_count)
    return FALSE;

  ticks->n_ticks = (guint) n;
  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      double v = (first + i) * step;

      /* write 0.30000000000000004 as 0.3 */
      ticks->values[i] = fabs (v) < step * 1e-9 ? 0.0 : v;
    }
  ticks->min = ticks->values[0];
  ticks->max = ticks->values[ticks->n_ticks - 1];
  ticks->step = step;
  ticks->decimals = decimals_for_step (step);

  return TRUE;
}

/**
 * bp_chart_ticks_linear:
 * @data_min: smallest data value (NAN if none)
 * @data_max: largest data value (NAN if none)
 * @target_count: the most ticks wanted (at least 2)
 * @include_zero: whether the axis must start (or end) at zero
 * @ticks: (out caller-allocates): the ticks
 *
 * Chooses the smallest nice step (1, 2, 2.5 or 5 times a power of ten) that covers the
 * data with at most @target_count ticks, the first and last tick enclosing the data:
 * 0-0.38 with 5 gives 0, 0.1 ... 0.4. All-missing data gives 0-1.
 */
void
bp_chart_ticks_linear (double        data_min,
                       double        data_max,
                       guint         target_count,
                       gboolean      include_zero,
                       BpChartTicks *ticks)
{
  double lo = data_min;
  double hi = data_max;
  double step;

  g_return_if_fail (ticks != NULL);

  memset (ticks, 0, sizeof *ticks);
  normalise_range (&lo, &hi, include_zero);
  target_count = CLAMP (target_count, 2, BP_CHART_MAX_TICKS);

  /* The step that would give exactly target_count ticks if lo and hi fell on ticks;
   * snapping them outwards can add up to two, so step up until the count fits. */
  step = nice_step_at_least ((hi - lo) / (target_count - 1));
  while (!fill_linear (lo, hi, step, target_count, ticks))
    step = next_nice_step (step);
}

/**
 * bp_chart_ticks_linear_intervals:
 * @data_min: smallest data value (NAN if none)
 * @data_max: largest data value (NAN if none)
 * @n_intervals: the number of intervals wanted (ticks = intervals + 1)
 * @include_zero: whether the axis must include zero
 * @ticks: (out caller-allocates): the ticks
 *
 * Like bp_chart_ticks_linear() but with exactly @n_intervals intervals, so a secondary
 * axis can share the primary axis's grid lines.
 */
void
bp_chart_ticks_linear_intervals (double        data_min,
                                 double        data_max,
                                 guint         n_intervals,
                                 gboolean      include_zero,
                                 BpChartTicks *ticks)
{
  double lo = data_min;
  double hi = data_max;
  double step;

  g_return_if_fail (ticks != NULL);

  memset (ticks, 0, sizeof *ticks);
  normalise_range (&lo, &hi, include_zero);
  n_intervals = CLAMP (n_intervals, 1, BP_CHART_MAX_TICKS - 1);

  step = nice_step_at_least ((hi - lo) / n_intervals);
  for (;;)
    {
      double first = floor (lo / step + 1e-9) * step;

      if (first + n_intervals * step >= hi - step * 1e-9)
        {
          ticks->n_ticks = n_intervals + 1;
          for (guint i = 0; i < ticks->n_ticks; i++)
            {
              double v = first + i * step;

              ticks->values[i] = fabs (v) < step * 1e-9 ? 0.0 : v;
            }
          break;
        }
      step = next_nice_step (step);
    }

  ticks->min = ticks->values[0];
  ticks->max = ticks->values[ticks->n_ticks - 1];
  ticks->step = step;
  ticks->decimals = decimals_for_step (step);
}

/**
 * bp_chart_ticks_log:
 * @data_min: smallest positive data value (NAN if none)
 * @data_max: largest positive data value (NAN if none)
 * @max_count: most ticks wanted (at least 3)
 * @ticks: (out caller-allocates): the ticks
 *
 * Ticks for a ratio axis: powers of two (0.25 0.5 1 2 4 8), always including 1 and at
 * least 0.5 to 2, powers of four (0.25 1 4 16) when powers of two would be more than
 * @max_count. The axis (min, max) runs from the power of two below the data to the one
 * above, so with powers of four its ends may fall between ticks. Values that are not
 * positive are ignored.
 */
void
bp_chart_ticks_log (double        data_min,
                    double        data_max,
                    guint         max_count,
                    BpChartTicks *ticks)
{
  int lo_exp = -1;
  int hi_exp = 1;
  int stride = 1;
  int first;
  int last;

  g_return_if_fail (ticks != NULL);

  memset (ticks, 0, sizeof *ticks);
  max_count = CLAMP (max_count, 3, BP_CHART_MAX_TICKS);

  if (isfinite (data_min) && data_min > 0)
    lo_exp = MIN (lo_exp, (int) floor (log2 (data_min) + 1e-9));
  if (isfinite (data_max) && data_max > 0)
    hi_exp = MAX (hi_exp, (int) ceil (log2 (data_max) - 1e-9));
  if (isfinite (data_max) && data_max > 0 && !(isfinite (data_min) && data_min > 0))
    lo_exp = MIN (lo_exp, (int) floor (log2 (data_max) + 1e-9));
  lo_exp = MAX (lo_exp, -30);
  hi_exp = MIN (hi_exp, 30);

  while ((hi_exp - lo_exp) / stride + 1 > (int) max_count && stride < 16)
    stride *= 2;

  /* Ticks at multiples of the stride keep 1 (2^0) on the axis. */
  first = (int) ceil ((double) lo_exp / stride) * stride;
  last = (int) floor ((double) hi_exp / stride) * stride;

  ticks->n_ticks = (guint) ((last - first) / stride + 1);
  for (guint i = 0; i < ticks->n_ticks; i++)
    ticks->values[i] = ldexp (1.0, first + (int) i * stride);
  ticks->min = ldexp (1.0, lo_exp);
  ticks->max = ldexp (1.0, hi_exp);
  ticks->step = ldexp (1.0, stride);
  ticks->decimals = 0;
  ticks->logarithmic = TRUE;
}

/**
 * bp_chart_ticks_format:
 * @ticks: the ticks
 * @index: which tick
 *
 * Formats a tick label: linear ticks with the decimals of the step and thousands
 * separators; log ticks as 0.125, 0.25, 0.5, 1, 2 and, below 0.1, as fractions "1/16".
 *
 * Returns: (transfer full): the label
 */
char *
bp_chart_ticks_format (const BpChartTicks *ticks,
                       guint               index)
{
  double v;

  g_return_val_if_fail (ticks != NULL, NULL);
  g_return_val_if_fail (index < ticks->n_ticks, NULL);

  v = ticks->values[index];
  if (ticks->logarithmic && v < 1.0)
    {
      int places;

      if (v < 0.1)
        return g_strdup_printf ("1/%.0f", 1.0 / v);

      /* 0.5 -> 1 place, 0.25 -> 2, 0.125 -> 3 */
      for (places = 1; places < 6; places++)
        if (fabs (bp_round_half_away (v, places) - v) < 1e-12)
          break;
      return bp_format_number_full (v, places, BP_FORMAT_PLAIN);
    }
  if (ticks->logarithmic)
    return bp_format_number_full (v, 0, BP_FORMAT_THOUSANDS);

  return bp_format_number_full (v, ticks->decimals, BP_FORMAT_THOUSANDS | BP_FORMAT_UNICODE_MINUS);
}

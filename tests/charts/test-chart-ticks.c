/* test-chart-ticks.c: axes get nice ticks that cover the data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-charts.h"

/* A step a reader can count in: 1, 2, 2.5 or 5 times a power of ten. */
static gboolean
is_nice_step (double step)
{
  double magnitude = pow (10.0, floor (log10 (step) + 1e-9));
  double mantissa = step / magnitude;

  return fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9
         || fabs (mantissa - 2.5) < 1e-9 || fabs (mantissa - 5) < 1e-9;
}

static void
assert_nice_cover (const BpChartTicks *ticks,
                   double              lo,
                   double              hi)
{
  g_assert_cmpuint (ticks->n_ticks, >=, 2);
  g_assert_true (is_nice_step (ticks->step));
  /* cover the data (allowing for the last bit of a double: 0.1 * 3 > 0.3) */
  g_assert_cmpfloat (ticks->values[0], <=, lo + ticks->step * 1e-6);
  g_assert_cmpfloat (ticks->values[ticks->n_ticks - 1], >=, hi - ticks->step * 1e-6);
  g_assert_cmpfloat (ticks->min, ==, ticks->values[0]);
  g_assert_cmpfloat (ticks->max, ==, ticks->values[ticks->n_ticks - 1]);
  for (guint i = 1; i < ticks->n_ticks; i++)
    g_assert_cmpfloat_with_epsilon (ticks->values[i] - ticks->values[i - 1], ticks->step,
                                    ticks->step * 1e-9);
  /* no more than one empty interval beyond the data at either end */
  g_assert_cmpfloat (ticks->values[1], >, lo);
  g_assert_cmpfloat (ticks->values[ticks->n_ticks - 2], <, hi);
}

static void
assert_labels (const BpChartTicks *ticks,
               const char *const  *expected)
{
  g_assert_cmpuint (ticks->n_ticks, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      g_autofree char *label = bp_chart_ticks_format (ticks, i);

      g_assert_cmpstr (label, ==, expected[i]);
    }
}

/* custody rates: 0 to 0.38 per 1,000 */
static void
test_small_rates (void)
{
  BpChartTicks ticks;
  const char *const labels[] = { "0.0", "0.1", "0.2", "0.3", "0.4", NULL };

  bp_chart_ticks_linear (0.05, 0.38, 5, TRUE, &ticks);
  assert_nice_cover (&ticks, 0.0, 0.38);
  assert_labels (&ticks, labels);
}

/* FTE rates between 150 and 230, axis not forced to zero */
static void
test_awkward_range (void)
{
  BpChartTicks ticks;
  const char *const labels[] = { "150", "175", "200", "225", "250", NULL };

  bp_chart_ticks_linear (150, 230, 5, FALSE, &ticks);
  assert_nice_cover (&ticks, 150, 230);
  assert_labels (&ticks, labels);

  /* the same data from zero */
  bp_chart_ticks_linear (150, 230, 6, TRUE, &ticks);
  assert_nice_cover (&ticks, 0, 230);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.step, ==, 50);
}

static void
test_single_value (void)
{
  BpChartTicks ticks;

  /* one value from zero: the axis reaches it */
  bp_chart_ticks_linear (180, 180, 6, TRUE, &ticks);
  assert_nice_cover (&ticks, 0, 180);

  /* one value, not from zero: an axis around it */
  bp_chart_ticks_linear (0.38, 0.38, 6, FALSE, &ticks);
  g_assert_true (is_nice_step (ticks.step));
  g_assert_cmpuint (ticks.n_ticks, >=, 3);
  g_assert_cmpfloat (ticks.min, <, 0.38);
  g_assert_cmpfloat (ticks.max, >, 0.38);

  /* zero alone */
  bp_chart_ticks_linear (0, 0, 6, TRUE, &ticks);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 1);

  /* a single negative value, from zero */
  bp_chart_ticks_linear (-8.2, -8.2, 6, TRUE, &ticks);
  assert_nice_cover (&ticks, -8.2, 0);
}

static void
test_all_missing (void)
{
  BpChartTicks ticks;

  bp_chart_ticks_linear (NAN, NAN, 6, TRUE, &ticks);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 1);
  g_assert_cmpuint (ticks.n_ticks, >=, 2);
  g_assert_true (is_nice_step (ticks.step));

  /* one end missing: the other alone */
  bp_chart_ticks_linear (NAN, 40.9, 6, TRUE, &ticks);
  assert_nice_cover (&ticks, 0, 40.9);
}

static void
test_thousands_labels (void)
{
  BpChartTicks ticks;
  const char *const labels[] = { "0", "5,000", "10,000", "15,000", "20,000", "25,000",
                                 "30,000", NULL };

  bp_chart_ticks_linear (0, 26092, 8, TRUE, &ticks);
  assert_labels (&ticks, labels);
}

static void
test_target_respected (void)
{
  BpChartTicks ticks;

  for (guint target = 2; target <= 10; target++)
    {
      bp_chart_ticks_linear (0, 235, target, TRUE, &ticks);
      g_assert_cmpuint (ticks.n_ticks, <=, target);
      assert_nice_cover (&ticks, 0, 235);
    }
}

/* Many ranges, from a fixed seed: every one gets nice ticks that cover it. */
static void
test_sweep (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20240331);

  for (guint i = 0; i < 2000; i++)
    {
      double scale = pow (10.0, g_rand_int_range (rand, -4, 7));
      double a = g_rand_double_range (rand, -1, 1) * scale;
      double b = a + (0.001 + g_rand_double (rand)) * scale;
      guint target = g_rand_int_range (rand, 3, 11);
      gboolean zero = g_rand_boolean (rand);
      BpChartTicks ticks;

      bp_chart_ticks_linear (a, b, target, zero, &ticks);
      g_assert_cmpuint (ticks.n_ticks, <=, target);
      assert_nice_cover (&ticks, zero ? MIN (a, 0) : a, zero ? MAX (b, 0) : b);
    }
}

/* The secondary axis shares the primary's grid lines: same number of intervals. */
static void
test_intervals (void)
{
  BpChartTicks ticks;
  const char *const labels[] = { "0", "1", "2", "3", "4", "5", NULL };

  bp_chart_ticks_linear_intervals (0.63, 3.5, 5, TRUE, &ticks);
  assert_labels (&ticks, labels);

  bp_chart_ticks_linear_intervals (0, 0.38, 4, TRUE, &ticks);
  g_assert_cmpuint (ticks.n_ticks, ==, 5);
  g_assert_cmpfloat (ticks.max, >=, 0.38);
  g_assert_true (is_nice_step (ticks.step));
}

/* RRI: powers of two through 1, wide enough for the intervals */
static void
test_log (void)
{
  BpChartTicks ticks;
  const char *const labels[] = { "0.125", "0.25", "0.5", "1", "2", "4", "8", NULL };
  const char *const parity[] = { "0.5", "1", "2", NULL };
  const char *const fours[] = { "1/16", "0.25", "1", "4", "16", "64", NULL };

  /* the worked examples' intervals: 0.19 to 4.52 */
  bp_chart_ticks_log (0.18558, 4.51972, 13, &ticks);
  assert_labels (&ticks, labels);
  g_assert_true (ticks.logarithmic);
  g_assert_cmpfloat (ticks.min, <=, 0.18558);
  g_assert_cmpfloat (ticks.max, >=, 4.51972);

  /* near parity, and no data: 0.5 to 2 at least */
  bp_chart_ticks_log (0.9, 1.1, 13, &ticks);
  assert_labels (&ticks, parity);
  bp_chart_ticks_log (NAN, NAN, 13, &ticks);
  assert_labels (&ticks, parity);

  /* too many powers of two for the room: powers of four, still through 1 */
  bp_chart_ticks_log (0.05, 60, 6, &ticks);
  assert_labels (&ticks, fours);
  g_assert_cmpfloat (ticks.min, <=, 0.05);
  g_assert_cmpfloat (ticks.max, >=, 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/ticks/small-rates", test_small_rates);
  g_test_add_func ("/charts/ticks/awkward-range", test_awkward_range);
  g_test_add_func ("/charts/ticks/single-value", test_single_value);
  g_test_add_func ("/charts/ticks/all-missing", test_all_missing);
  g_test_add_func ("/charts/ticks/thousands", test_thousands_labels);
  g_test_add_func ("/charts/ticks/target-respected", test_target_respected);
  g_test_add_func ("/charts/ticks/sweep", test_sweep);
  g_test_add_func ("/charts/ticks/secondary-intervals", test_intervals);
  g_test_add_func ("/charts/ticks/log", test_log);

  return g_test_run ();
}

/* test-chart-hit.c: hovering finds the right point; the keyboard walks the points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "chart-samples.h"
#include "chart-test-util.h"

#define RADIUS 6.0

static void
draw (BpChart *chart,
      int      width,
      int      height)
{
  BpChartTheme theme;
  cairo_surface_t *surface;

  test_theme_init (&theme, BP_CHART_THEME_LIGHT);
  surface = bp_chart_render_to_surface (chart, width, height, 1.0, &theme);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static BpChart *
local_only_fte (void)
{
  BpChartRateInput input = {
    .kind = BP_CHART_KIND_FTE,
    .points = sample_fte_local,
    .n_points = SAMPLE_N_QUARTERS,
  };

  return bp_chart_new_rate (&input);
}

static void
test_before_draw (void)
{
  g_autoptr (BpChart) chart = local_only_fte ();
  BpChartHit hit;

  g_assert_false (bp_chart_hit_test (chart, 100, 100, RADIUS, &hit));
  g_assert_cmpuint (bp_chart_get_n_targets (chart), ==, 0);
  g_assert_false (bp_chart_get_target (chart, 0, &hit));
  g_assert_true (isnan (bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 1.0)));
}

/* The latest local point: "Mar 2024: 180 per 100,000 (47 children of 26,092)". */
static void
test_hit_point (void)
{
  g_autoptr (BpChart) chart = local_only_fte ();
  BpChartHit hit;
  double x;
  double y;

  draw (chart, 800, 500);
  x = bp_chart_category_to_position (chart, 11);
  y = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 47 * 100000.0 / 26092);

  g_assert_true (bp_chart_hit_test (chart, x + 2, y - 3, RADIUS, &hit));
  g_assert_cmpuint (hit.series, ==, 0);
  g_assert_cmpuint (hit.category, ==, 11);
  g_assert_cmpstr (hit.series_name, ==, "Local");
  g_assert_cmpstr (hit.category_label, ==, "Mar 2024");
  g_assert_cmpstr (hit.tooltip, ==, "Mar 2024: 180 per 100,000 (47 children of 26,092)");
  g_assert_cmpfloat_with_epsilon (hit.x, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (hit.y, y, 1e-9);
  g_assert_cmpfloat_with_epsilon (hit.value, 47 * 100000.0 / 26092, 1e-9);
}

/* Halfway between two markers, and well away from the line, nothing is hit. */
static void
test_miss_between_points (void)
{
  g_autoptr (BpChart) chart = local_only_fte ();
  BpChartRect plot;
  double x0;
  double x1;
  double y0;
  double y1;

  draw (chart, 800, 500);
  g_assert_true (bp_chart_get_plot_area (chart, &plot));
  x0 = bp_chart_category_to_position (chart, 3);
  x1 = bp_chart_category_to_position (chart, 4);
  y0 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, sample_fte_local[3].value);
  y1 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, sample_fte_local[4].value);

  g_assert_false (bp_chart_hit_test (chart, (x0 + x1) / 2, (y0 + y1) / 2, RADIUS, NULL));
  g_assert_false (bp_chart_hit_test (chart, x0, plot.y + plot.height - 5, RADIUS, NULL));
  g_assert_false (bp_chart_hit_test (chart, -50, -50, RADIUS, NULL));
  /* just out of reach of a marker, then just within */
  g_assert_false (bp_chart_hit_test (chart, x0, y0 - 5.5 - RADIUS - 1, RADIUS, NULL));
  g_assert_true (bp_chart_hit_test (chart, x0, y0 - RADIUS, RADIUS, NULL));
}

/* A comparator's point, with its published figures in the tooltip. */
static void
test_hit_comparator (void)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_FTE);
  BpChartHit hit;
  double x;
  double y;

  draw (chart, 1200, 700);
  x = bp_chart_category_to_position (chart, 11);
  y = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 160);
  g_assert_true (bp_chart_hit_test (chart, x, y, RADIUS, &hit));
  g_assert_cmpstr (hit.series_name, ==, "YJS family");
  g_assert_cmpstr (hit.tooltip, ==, "Mar 2024: 160 per 100,000 (113 children of 70,982)");

  /* the region's missing quarter is not a point */
  x = bp_chart_category_to_position (chart, 5);
  y = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 161);
  if (bp_chart_hit_test (chart, x, y, 2, &hit))
    g_assert_cmpstr (hit.series_name, !=, "London");
}

/* Bars answer anywhere inside; a line's marker over a bar wins. */
static void
test_hit_bars_and_line (void)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_REOFFENDING);
  BpChartHit hit;
  double x;
  double top;
  double base;
  double marker_y;

  draw (chart, 1200, 700);
  x = bp_chart_category_to_position (chart, 6);
  top = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 44 * 100.0 / 128);
  base = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 0);
  marker_y = bp_chart_value_to_position (chart, BP_CHART_AXIS_SECONDARY, 145.0 / 128);

  /* inside the bar, away from the line */
  g_assert_true (bp_chart_hit_test (chart, x - 10, (top + marker_y) / 2 - 20, RADIUS, &hit));
  g_assert_cmpuint (hit.category, ==, 6);
  g_assert_cmpstr (hit.series_name, ==, "Reoffending rate (%)");
  g_assert_cmpstr (hit.tooltip, ==, "Jan-Mar 2022: 34.4% reoffended (44 of 128 children)");
  g_assert_cmpfloat (base, >, top);

  /* on the frequency marker, which sits over the bar */
  g_assert_true (bp_chart_hit_test (chart, x, marker_y, RADIUS, &hit));
  g_assert_cmpstr (hit.series_name, ==, "Reoffences per child");
  g_assert_cmpstr (hit.tooltip, ==,
                   "Jan-Mar 2022: 1.13 reoffences per child (145 reoffences, cohort of 128)");

  /* the incomplete cohort says so */
  x = bp_chart_category_to_position (chart, 7);
  top = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 9 * 100.0 / 22);
  g_assert_true (bp_chart_hit_test (chart, x - 15, top + 5, RADIUS, &hit));
  g_assert_cmpstr (hit.tooltip, ==,
                   "Apr-Jun 2022: 40.9% reoffended (9 of 22 children); follow-up not yet complete");

  /* between bars, above everything: nothing */
  x = (bp_chart_category_to_position (chart, 2) + bp_chart_category_to_position (chart, 3)) / 2;
  g_assert_false (bp_chart_hit_test (chart, x, bp_chart_value_to_position (
                                                chart, BP_CHART_AXIS_PRIMARY, 48),
                                     RADIUS, NULL));
}

/* RRI rows: the marker and its whisker; the "no data" row has none. */
static void
test_hit_rri (void)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_RRI);
  BpChartHit hit;
  double y;

  draw (chart, 1000, 600);
  y = bp_chart_category_to_position (chart, 1);
  g_assert_true (bp_chart_hit_test (
    chart, bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 2.5), y, RADIUS, &hit));
  g_assert_cmpuint (hit.category, ==, 1);
  g_assert_cmpstr (hit.category_label, ==, "Black (n=15)");
  g_assert_cmpstr (hit.tooltip, ==,
                   "Black: RRI 2.50 (95% CI 1.38 to 4.52), significantly higher; 15 children");

  /* on the whisker near its upper end */
  g_assert_true (bp_chart_hit_test (
    chart, bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 4.4), y, RADIUS, &hit));
  g_assert_cmpuint (hit.category, ==, 1);

  /* Other: no data, no point anywhere along its row */
  y = bp_chart_category_to_position (chart, 3);
  for (double v = 0.2; v < 6; v *= 1.2)
    g_assert_false (bp_chart_hit_test (
      chart, bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, v), y, RADIUS, NULL));
}

/* Keyboard order: series by series, categories in order, missing values skipped;
 * every target is found again by hit testing at its own position. */
static void
test_enumerate (void)
{
  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);
      guint n;
      BpChartHit previous = { 0 };

      draw (chart, 1200, 700);
      n = bp_chart_get_n_targets (chart);
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          BpChartHit hit;
          BpChartHit found;

          g_assert_true (bp_chart_get_target (chart, i, &hit));
          g_assert_cmpuint (hit.target, ==, i);
          g_assert_false (isnan (hit.value));
          g_assert_nonnull (hit.tooltip);
          if (i > 0)
            g_assert_true (hit.series > previous.series
                           || (hit.series == previous.series && hit.category > previous.category));
          g_assert_true (bp_chart_hit_test (chart, hit.x, hit.y, 1.0, &found));
          g_assert_cmpuint (found.series, ==, hit.series);
          g_assert_cmpuint (found.category, ==, hit.category);
          previous = hit;
        }
      g_assert_false (bp_chart_get_target (chart, n, &previous));
    }

  {
    /* FTE sample: local 12, family 12, region 11 (one missing), national 12 */
    g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_FTE);
    BpChartHit first;

    draw (chart, 1200, 700);
    g_assert_cmpuint (bp_chart_get_n_targets (chart), ==, 47);
    g_assert_true (bp_chart_get_target (chart, 0, &first));
    g_assert_cmpstr (first.series_name, ==, "Local");
    g_assert_cmpstr (first.category_label, ==, "Jun 2021");
  }
}

/* The focused point is ringed in the accent colour. */
static void
test_highlight (void)
{
  g_autoptr (BpChart) chart = local_only_fte ();
  BpChartTheme theme;
  BpChartHit hit;
  cairo_surface_t *surface;
  gboolean ring = FALSE;

  test_theme_init (&theme, BP_CHART_THEME_LIGHT);
  draw (chart, 800, 500);
  g_assert_true (bp_chart_get_target (chart, 5, &hit));
  bp_chart_set_highlight (chart, 5);
  g_assert_cmpint (bp_chart_get_highlight (chart), ==, 5);
  surface = bp_chart_render_to_surface (chart, 800, 500, 1.0, &theme);
  for (int dx = 6; dx <= 12; dx++)
    ring |= test_pixel_distance (test_pixel_at (surface, (int) hit.x + dx, (int) hit.y),
                                 &theme.accent) < 50;
  g_assert_true (ring);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/hit/before-draw", test_before_draw);
  g_test_add_func ("/charts/hit/point", test_hit_point);
  g_test_add_func ("/charts/hit/miss-between-points", test_miss_between_points);
  g_test_add_func ("/charts/hit/comparator", test_hit_comparator);
  g_test_add_func ("/charts/hit/bars-and-line", test_hit_bars_and_line);
  g_test_add_func ("/charts/hit/rri", test_hit_rri);
  g_test_add_func ("/charts/hit/enumerate", test_enumerate);
  g_test_add_func ("/charts/hit/highlight", test_highlight);

  return g_test_run ();
}

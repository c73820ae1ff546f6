/* bench-charts.c: time to draw each chart kind at 1200 x 700 into an image surface
 *
 * Prints the median of RUNS draws per kind (a chart redrawn, as on hover: its text
 * layouts are reused), its ratio to the 2 ms target (below 1.0 is within target), and
 * the median of a cold draw (a new chart built from its input and drawn once: what a
 * first paint or an export costs). Run through bench/charts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "chart-samples.h"

#define WIDTH 1200
#define HEIGHT 700
#define RUNS 200
#define WARM_UP 5
#define TARGET_MS 2.0

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : RUNS;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autofree double *times = NULL;
  BpChartTheme theme;
  double worst = 0;

  if (runs == 0)
    runs = RUNS;
  times = g_new (double, runs);
  bp_chart_theme_init (&theme, BP_CHART_THEME_LIGHT);

  g_print ("Median time to draw each chart at %d x %d into an image surface, %u runs\n", WIDTH,
           HEIGHT, runs);
  g_print ("%-12s %10s %10s %10s %14s %14s\n", "kind", "median ms", "min ms", "max ms",
           "ratio to 2 ms", "cold draw ms");
  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);
      double median;
      double cold;

      for (guint i = 0; i < WARM_UP; i++)
        {
          cairo_t *cr = cairo_create (surface);

          bp_chart_draw (chart, cr, WIDTH, HEIGHT, &theme);
          cairo_destroy (cr);
        }
      for (guint i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          cairo_t *cr = cairo_create (surface);

          bp_chart_draw (chart, cr, WIDTH, HEIGHT, &theme);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
      qsort (times, runs, sizeof (double), compare_doubles);
      median = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
      worst = MAX (worst, median / TARGET_MS);
      g_print ("%-12s %10.3f %10.3f %10.3f %14.2f", bp_chart_kind_to_string (k), median,
               times[0], times[runs - 1], median / TARGET_MS);

      for (guint i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr (BpChart) fresh = sample_chart_new ((BpChartKind) k);
          cairo_t *cr = cairo_create (surface);

          bp_chart_draw (fresh, cr, WIDTH, HEIGHT, &theme);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
      qsort (times, runs, sizeof (double), compare_doubles);
      cold = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
      g_print (" %14.3f\n", cold);
    }
  g_print ("worst ratio to target: %.2f (%s)\n", worst,
           worst <= 1.0 ? "within target" : "over target");

  cairo_surface_destroy (surface);
  return EXIT_SUCCESS;
}

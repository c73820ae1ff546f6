/* test-chart-builders.c: the charts of a report, from the bundled demo data
 *
 * The demo data (data/demo, seed 1) for the period ending 31 Dec 2024 gives: FTE 56
 * (206 per 100,000), up from 179; custody 0.11 per 1,000; Jan-Mar 2023 reoffending
 * cohort 12 of 33; Other children cautioned or sentenced in 2023/24: 2. Those are the
 * numbers `boardpack report` prints for the same files.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-chart-builders.h"
#include "bp-import.h"
#include "bp-test-util.h"

static BpReport *
demo_report (char **out_dir)
{
  static const char *kinds[] = { "outcomes", "population", "benchmarks" };
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autofree char *db = NULL;
  BpReportOptions options = { bp_day_from_ymd (2024, 12, 31), BP_STAGE_CAUTIONED_OR_SENTENCED };
  BpReport *report;

  *out_dir = bp_test_tmpdir ();
  db = g_build_filename (*out_dir, "demo.db", NULL);
  store = bp_store_open (db, &error);
  g_assert_no_error (error);
  for (int k = 0; k < 3; k++)
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", kinds[k]);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "demo",
                                                     name, NULL);
      BpImportOptions io = { 0 };

      g_assert_true (bp_import_kind_parse (kinds[k], &io.kind));
      g_assert_true (bp_import_file (store, path, &io, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  report = bp_report_compute (store, &options, &error);
  g_assert_no_error (error);
  return report;
}

static void
test_summaries (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BpReport) report = demo_report (&dir);
  g_autoptr(BpChart) fte = bp_chart_build (BP_CHART_KIND_FTE, report, NULL);
  g_autoptr(BpChart) reoff = bp_chart_build (BP_CHART_KIND_REOFFENDING, report, NULL);
  g_autoptr(BpChart) rri = bp_chart_build (BP_CHART_KIND_RRI, report, NULL);

  g_assert_cmpint (report->fte.current.count, ==, 56);
  g_assert_cmpstr (bp_chart_get_summary (fte), ==,
                   "The first time entrant rate was 206 per 100,000 in the 12 months to "
                   "Dec 2024, up from 179 a year earlier; the YJS Family average was 163, the "
                   "Northern Region rate was 161 and the England and Wales rate was 149.");
  /* 12 quarter ends, local first then three comparators. */
  g_assert_cmpuint (bp_chart_get_n_categories (fte), ==, 12);
  g_assert_cmpuint (bp_chart_get_n_series (fte), ==, 4);
  g_assert_cmpstr (bp_chart_get_category_label (fte, 11), ==, "Dec 2024");
  g_assert_cmpfloat_with_epsilon (bp_chart_get_value (fte, 0, 11), report->fte.current.rate,
                                  1e-9);
  g_assert_nonnull (strstr (bp_chart_get_summary (reoff),
                            "Of the 33 children in the Jan-Mar 2023 cohort, 12 (36.4%)"));
  g_assert_nonnull (strstr (bp_chart_get_summary (rri), "Other children were 1.3 times"));
  bp_test_rm_rf (dir);
}

static void
test_no_comparators (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BpReport) report = demo_report (&dir);
  BpChartBuildOptions o = { BP_PROFILE_INTERNAL, TRUE, 0.0 };
  g_autoptr(BpChart) fte = bp_chart_build (BP_CHART_KIND_FTE, report, &o);

  g_assert_cmpuint (bp_chart_get_n_series (fte), ==, 1);
  bp_test_rm_rf (dir);
}

static void
test_partner_suppression (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BpReport) report = demo_report (&dir);
  BpChartBuildOptions partner = { BP_PROFILE_PARTNER, FALSE, 0.0 };
  g_autoptr(BpChart) rri = bp_chart_build (BP_CHART_KIND_RRI, report, &partner);
  g_autoptr(BpChart) internal = bp_chart_build (BP_CHART_KIND_RRI, report, NULL);
  g_autoptr(BpChart) custody = bp_chart_build (BP_CHART_KIND_CUSTODY, report, &partner);
  const char *summary = bp_chart_get_summary (rri);

  /* Other (2 children) is [c], and so is the next smallest group in the column, Asian
   * (6): 2 could otherwise be worked out from the total. */
  g_assert_cmpint (report->disparity.rows[BP_ETHNIC_OTHER].count, ==, 2);
  g_assert_cmpint (report->disparity.rows[BP_ETHNIC_ASIAN].count, ==, 6);
  g_assert_null (strstr (summary, "Other children were"));
  g_assert_null (strstr (summary, "Asian children were"));
  g_assert_nonnull (strstr (summary, "Black children were"));
  /* Points are known once drawn: two fewer for partners. */
  cairo_surface_destroy (bp_chart_render_to_surface (rri, 800, 500, 1.0, NULL));
  cairo_surface_destroy (bp_chart_render_to_surface (internal, 800, 500, 1.0, NULL));
  g_assert_cmpuint (bp_chart_get_n_targets (internal), ==, 5);
  g_assert_cmpuint (bp_chart_get_n_targets (rri), ==, 3);

  /* Custody counts of 1 to 4 leave their rate undrawn for partners. */
  for (guint q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      gint64 n = report->custody.series[q].count;

      if (n >= 1 && n <= 4)
        g_assert_true (isnan (bp_chart_get_value (custody, 0, q)));
      else
        g_assert_cmpfloat_with_epsilon (bp_chart_get_value (custody, 0, q),
                                        report->custody.series[q].rate, 1e-9);
    }
  bp_test_rm_rf (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charts/builders/summaries", test_summaries);
  g_test_add_func ("/charts/builders/no-comparators", test_no_comparators);
  g_test_add_func ("/charts/builders/partner-suppression", test_partner_suppression);
  return g_test_run ();
}

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
  static const char *kinds[] = { "outcomes", "population", "benchmarks", "interventions",
                                 "victims", "board" };
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autofree char *db = NULL;
  BpReportOptions options = { bp_day_from_ymd (2024, 12, 31), BP_STAGE_CAUTIONED_OR_SENTENCED };
  BpReport *report;

  *out_dir = bp_test_tmpdir ();
  db = g_build_filename (*out_dir, "demo.db", NULL);
  store = bp_store_open (db, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
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

/* A pooled or one-tier disproportionality says so in its charts' titles. */
static void
test_disparity_titles (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BpReport) report = demo_report (&dir);
  BpDisparity *d = &report->disparity;
  g_autoptr(BpChart) plain = bp_chart_build (BP_CHART_KIND_RRI, report, NULL);
  g_autoptr(BpChart) pooled = NULL;
  g_autoptr(BpChart) shares = NULL;

  g_assert_cmpstr (bp_chart_get_title (plain), ==,
                   "Ethnic disproportionality: children cautioned or sentenced");
  d->years = 2;
  d->pooled.start = bp_day_add_months (d->year.start, -12);
  d->by_tier = TRUE;
  d->tier = BP_TIER_PRE_COURT;
  pooled = bp_chart_build (BP_CHART_KIND_RRI, report, NULL);
  shares = bp_chart_build (BP_CHART_KIND_ETHNICITY, report, NULL);
  g_assert_cmpstr (bp_chart_get_title (pooled), ==,
                   "Ethnic disproportionality: children cautioned or sentenced, 2022/23 to "
                   "2023/24: pre-court outcomes only");
  g_assert_cmpstr (bp_chart_get_title (shares), ==,
                   "Children cautioned or sentenced, 2022/23 to 2023/24, and the population, "
                   "by ethnic group: pre-court outcomes only");
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

/* The KPI charts: every KPI's trend, the funnels and the splits exist and draw; the
 * chart names round-trip; a partner sees no share whose part or whole is hidden. */
static void
test_kpis (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BpReport) report = demo_report (&dir);
  BpChartBuildOptions partner = { BP_PROFILE_PARTNER, FALSE, 0.0 };
  const BpKpis *k = bp_report_value (report, &bp_kpis_indicator);
  guint n_charts = 0;

  g_assert_nonnull (k);
  for (int kind = 0; kind < BP_N_KPIS; kind++)
    for (int view = 0; view < BP_N_KPI_CHARTS; view++)
      {
        g_autofree char *name = NULL;
        g_autoptr(BpChart) chart = NULL;
        BpKpiKind parsed_kind;
        BpKpiChart parsed_view;

        if (!bp_kpi_chart_exists (kind, view))
          continue;
        name = bp_kpi_chart_name (kind, view);
        g_assert_true (bp_kpi_chart_parse (name, &parsed_kind, &parsed_view));
        g_assert_cmpint (parsed_kind, ==, kind);
        g_assert_cmpint (parsed_view, ==, view);
        chart = bp_chart_build_kpi (report, kind, view, NULL);
        g_assert_nonnull (chart);
        g_assert_cmpstr (bp_chart_get_summary (chart), !=, "");
        cairo_surface_destroy (bp_chart_render_to_surface (chart, 800, 500, 1.0, NULL));
        n_charts++;
      }
  /* 10 trends, 2 funnels, 3 splits */
  g_assert_cmpuint (n_charts, ==, 15);

  /* The trend's last point is the quarter's headline: accommodation part of whole. */
  {
    g_autoptr(BpChart) trend = bp_chart_build_kpi (report, BP_KPI_ACCOMMODATION,
                                                   BP_KPI_CHART_TREND, NULL);
    BpKpiHeadline h = bp_kpi_headline (BP_KPI_ACCOMMODATION, &k->quarter);

    g_assert_cmpfloat_with_epsilon (bp_chart_get_value (trend, 0, BP_KPI_SERIES - 1),
                                    (double) h.part / (double) h.whole * 100.0, 1e-9);
  }

  /* For partners: wherever a quarter's part or complement (whole - part) is 1 to 4, the
   * share is not drawn, as the two counts would give it away; the demo's victims have such
   * quarters (Oct-Dec 2024: 10 of 12 engaged, so 2 not). */
  {
    g_autoptr(BpChart) trend = bp_chart_build_kpi (report, BP_KPI_VICTIMS,
                                                   BP_KPI_CHART_TREND, &partner);
    guint n_hidden = 0;

    for (int q = 0; q < BP_KPI_SERIES; q++)
      {
        BpKpiHeadline h = bp_kpi_headline (BP_KPI_VICTIMS, &k->series[q]);
        gint64 rest = h.whole - h.part;

        if ((h.part >= 1 && h.part <= 4) || (rest >= 1 && rest <= 4))
          {
            g_assert_true (isnan (bp_chart_get_value (trend, 0, q)));
            n_hidden++;
          }
      }
    g_assert_cmpuint (n_hidden, >, 0);
  }
  /* The funnel is the 12 months' path; for partners it hides counts of 1 to 4 and any
   * stage 1 to 4 short of the stage above. */
  {
    g_autoptr(BpChart) internal = bp_chart_build_kpi (report, BP_KPI_MENTAL_HEALTH,
                                                      BP_KPI_CHART_FUNNEL, NULL);
    const BpKpiFunnel *f = &k->year.mental_health;

    g_assert_cmpfloat (bp_chart_get_value (internal, 0, 0), ==, (double) f->cohort);
    g_assert_cmpfloat (bp_chart_get_value (internal, 0, 1), ==, (double) f->screened);
    g_assert_cmpfloat (bp_chart_get_value (internal, 0, 4), ==, (double) f->attending);
  }
  for (int kind = BP_KPI_MENTAL_HEALTH; kind <= BP_KPI_SUBSTANCE_MISUSE; kind++)
    {
      g_autoptr(BpChart) funnel = bp_chart_build_kpi (report, kind, BP_KPI_CHART_FUNNEL,
                                                      &partner);
      double above = NAN;

      for (guint stage = 0; stage < 5; stage++)
        {
          double v = bp_chart_get_value (funnel, 0, stage);

          g_assert_true (isnan (v) || v == 0 || v > 4);
          if (!isnan (v) && !isnan (above))
            g_assert_true (above - v == 0 || above - v > 4);
          above = v;
        }
    }
  /* The split by type stacks suitable, not suitable and not recorded, which add up to
   * the children of each type; for partners a row with any part of 1 to 4 is hidden
   * whole (its parts and total would give the small one away). */
  {
    g_autoptr(BpChart) internal = bp_chart_build_kpi (report, BP_KPI_ETE,
                                                      BP_KPI_CHART_BY_TYPE, NULL);
    g_autoptr(BpChart) shared = bp_chart_build_kpi (report, BP_KPI_ETE, BP_KPI_CHART_BY_TYPE,
                                                    &partner);
    guint row = 0, n_hidden = 0;

    for (int t = BP_N_INTERVENTION_TYPES - 1; t >= 0; t--)
      {
        const BpKpiShare *share = &k->year.ete_by_type[t];
        gboolean small = FALSE;
        double sum = 0;

        if (share->cohort == 0)
          continue;
        for (guint part = 0; part < 3; part++)
          {
            double v = bp_chart_get_value (internal, part, row);

            sum += v;
            small |= v >= 1 && v <= 4;
          }
        g_assert_cmpfloat (sum, ==, (double) share->cohort);
        g_assert_cmpfloat (bp_chart_get_value (internal, 0, row), ==, (double) share->yes);
        if (small)
          {
            for (guint part = 0; part < 3; part++)
              g_assert_true (isnan (bp_chart_get_value (shared, part, row)));
            n_hidden++;
          }
        else
          g_assert_cmpfloat (bp_chart_get_value (shared, 0, row), ==, (double) share->yes);
        row++;
      }
    g_assert_cmpuint (row, >, 2);
    g_assert_cmpuint (n_hidden, >, 0);
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
  g_test_add_func ("/charts/builders/disparity-titles", test_disparity_titles);
  g_test_add_func ("/charts/builders/kpis", test_kpis);
  return g_test_run ();
}

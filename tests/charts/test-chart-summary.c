/* test-chart-summary.c: every chart says its message in words, and labels its numbers
 *
 * The expected sentences are written out by hand from the inputs (the arithmetic is in
 * the comments), never taken from the code under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <math.h>

#include "bp-chart-private.h"
#include "chart-samples.h"
#include "chart-test-util.h"

static void
assert_summary (BpChart    *chart,
                const char *expected)
{
  g_assert_nonnull (chart);
  g_assert_cmpstr (bp_chart_get_summary (chart), ==, expected);
}

/* Whether the last draw showed @text as one block of text. */
static gboolean
chart_shows_text (BpChart    *chart,
                  const char *text)
{
  for (guint i = 0; i < _bp_chart_get_n_text_boxes (chart); i++)
    if (g_strcmp0 (_bp_chart_get_text_box (chart, i, NULL), text) == 0)
      return TRUE;

  return FALSE;
}

static void
draw_once (BpChart *chart)
{
  BpChartTheme theme;
  cairo_surface_t *surface;

  test_theme_init (&theme, BP_CHART_THEME_LIGHT);
  surface = bp_chart_render_to_surface (chart, 1200, 700, 1.0, &theme);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* 47 FTEs of 26,092 = 180.13 -> 180; a year earlier 40 of 26,092 = 153.30 -> 153;
 * the family average published as 160 */
static void
test_fte_summary (void)
{
  const BpChartComparator family[] = {
    { BP_CHART_COMPARATOR_FAMILY, "YJS family", sample_fte_family },
  };
  BpChartRateInput input = {
    .kind = BP_CHART_KIND_FTE,
    .points = sample_fte_local,
    .n_points = SAMPLE_N_QUARTERS,
    .comparators = family,
    .n_comparators = 1,
  };
  g_autoptr (BpChart) chart = bp_chart_new_rate (&input);
  g_autoptr (BpChart) sample = sample_chart_new (BP_CHART_KIND_FTE);

  assert_summary (chart, "The first time entrant rate was 180 per 100,000 in the 12 months to "
                         "Mar 2024, up from 153 a year earlier; the YJS family average was 160.");

  /* every comparator, the region and nation by name */
  assert_summary (sample, "The first time entrant rate was 180 per 100,000 in the 12 months to "
                          "Mar 2024, up from 153 a year earlier; the YJS family average was 160, "
                          "the London rate was 152 and the England and Wales rate was 147.");
}

static void
test_fte_summary_direction (void)
{
  BpChartRatePoint points[5] = {
    { "Mar 2023", 179.6, 47, 26170 }, { "Jun 2023", 170, -1, -1 }, { "Sep 2023", 171, -1, -1 },
    { "Dec 2023", 172, -1, -1 },      { "Mar 2024", 180.4, 47, 26054 },
  };
  BpChartRateInput input = { .kind = BP_CHART_KIND_FTE, .points = points, .n_points = 5 };
  g_autoptr (BpChart) same = NULL;
  g_autoptr (BpChart) down = NULL;
  g_autoptr (BpChart) missing = NULL;
  g_autoptr (BpChart) short_series = NULL;
  g_autoptr (BpChart) empty = NULL;

  /* 180.4 and 179.6 both show as 180: the reader sees no change, so none is claimed */
  same = bp_chart_new_rate (&input);
  assert_summary (same, "The first time entrant rate was 180 per 100,000 in the 12 months to "
                        "Mar 2024, the same as a year earlier.");

  points[0].value = 201.5; /* 201.5 -> 202 (half away from zero) */
  down = bp_chart_new_rate (&input);
  assert_summary (down, "The first time entrant rate was 180 per 100,000 in the 12 months to "
                        "Mar 2024, down from 202 a year earlier.");

  points[4].value = NAN;
  missing = bp_chart_new_rate (&input);
  assert_summary (missing, "There is no figure for the first time entrant rate in the 12 months "
                           "to Mar 2024.");

  points[4].value = 180.4;
  input.points = points + 1;
  input.n_points = 4; /* no point a year back */
  short_series = bp_chart_new_rate (&input);
  assert_summary (short_series, "The first time entrant rate was 180 per 100,000 in the 12 "
                                "months to Mar 2024.");

  input.n_points = 0;
  empty = bp_chart_new_rate (&input);
  assert_summary (empty, "There are no figures for the first time entrant rate.");
}

/* 11 sentences of 28,797 = 0.382 -> 0.38; a year earlier 10 of 28,797 = 0.347 -> 0.35 */
static void
test_custody_summary (void)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_CUSTODY);

  assert_summary (chart, "The custody rate was 0.38 per 1,000 in the 12 months to Mar 2024, up "
                         "from 0.35 a year earlier; the YJS family average was 0.20 and the "
                         "England and Wales rate was 0.08.");
}

/* C 22, R 9, O 77: 40.9%, 3.50 per child; the cohort before: C 128, R 44: 34.4% */
static void
test_reoffending_summary (void)
{
  BpChartReoffendingCohort cohorts[2] = { sample_cohorts[6], sample_cohorts[7] };
  BpChartReoffendingInput input = { .cohorts = cohorts, .n_cohorts = 2 };
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_REOFFENDING);
  g_autoptr (BpChart) counts_unknown = NULL;
  g_autoptr (BpChart) none = NULL;

  assert_summary (chart, "Of the 22 children in the Apr-Jun 2022 cohort, 9 (40.9%) reoffended "
                         "within 12 months, with 77 proven reoffences (3.50 per child). In the "
                         "previous cohort (Jan-Mar 2022) the rate was 34.4%. Follow-up of the "
                         "Apr-Jun 2022 cohort is not yet complete, so its figures may rise.");

  /* published rates without counts; follow-up complete */
  cohorts[1].cohort = cohorts[1].reoffenders = cohorts[1].reoffences = -1;
  cohorts[1].follow_up_incomplete = FALSE;
  counts_unknown = bp_chart_new_reoffending (&input);
  assert_summary (counts_unknown, "In the Apr-Jun 2022 cohort, 40.9% of children reoffended "
                                  "within 12 months, with 3.50 proven reoffences per child. In "
                                  "the previous cohort (Jan-Mar 2022) the rate was 34.4%.");

  /* the published comparators: a line each over the bars, and the latest cohort's in
   * words (the family published for both cohorts, England and Wales for the first) */
  {
    const double family[2] = { 31.0, 29.8 };
    const double national[2] = { 34.0, NAN };
    const BpChartReoffendingComparator comparators[] = {
      { BP_CHART_COMPARATOR_FAMILY, "YJS Family Average", family },
      { BP_CHART_COMPARATOR_NATIONAL, "England and Wales", national },
    };
    BpChartReoffendingInput with = input;
    g_autoptr (BpChart) compared = NULL;

    with.comparators = comparators;
    with.n_comparators = G_N_ELEMENTS (comparators);
    compared = bp_chart_new_reoffending (&with);
    g_assert_cmpuint (bp_chart_get_n_series (compared), ==, 4);
    g_assert_nonnull (strstr (bp_chart_get_summary (compared),
                              "Published for the Apr-Jun 2022 cohort: YJS Family Average "
                              "29.8%."));
  }

  cohorts[0].rate = cohorts[1].rate = NAN;
  none = bp_chart_new_reoffending (&input);
  assert_summary (none, "There are no proven reoffending figures.");
}

/* The brief's example, and domain.md's worked examples: 15 of 3,000 against White 40
 * of 20,000 -> RRI 2.50 (1.38-4.52), "higher"; 3 of 2,500 -> 0.60 (0.19-1.94), none */
static void
test_rri_summary (void)
{
  const BpChartRriGroup example[] = {
    { "Black", NULL, 28, 3.8, 2.3, 6.2, BP_CHART_SIGNIFICANCE_HIGHER, NULL },
  };
  BpChartRriInput input = { .groups = example, .n_groups = 1, .reference_count = 40 };
  g_autoptr (BpChart) chart = bp_chart_new_rri (&input);
  g_autoptr (BpChart) sample = sample_chart_new (BP_CHART_KIND_RRI);

  assert_summary (chart, "Black children were 3.8 times as likely as White children to be "
                         "cautioned or sentenced (95% CI 2.3 to 6.2), a significant difference.");

  /* 0.6 (0.19 -> 0.2, 1.94 -> 1.9); 2.5 (1.38 -> 1.4, 4.52 -> 4.5); 1.6 (0.75 -> 0.8,
   * 3.41 -> 3.4); Other: no RRI; 0.35 -> 0.4 (0.21 -> 0.2, 0.57 -> 0.6) */
  assert_summary (sample,
                  "Asian children were 0.6 times as likely as White children to be cautioned or "
                  "sentenced (95% CI 0.2 to 1.9), not a significant difference. "
                  "Black children were 2.5 times as likely as White children to be cautioned or "
                  "sentenced (95% CI 1.4 to 4.5), a significant difference. "
                  "Mixed children were 1.6 times as likely as White children to be cautioned or "
                  "sentenced (95% CI 0.8 to 3.4), not a significant difference. "
                  "There is no relative rate index for Other children. "
                  "Children from ethnic minority groups were 0.4 times as likely as White "
                  "children to be cautioned or sentenced (95% CI 0.2 to 0.6), a significant "
                  "difference.");
}

static void
test_rri_summary_stage (void)
{
  const BpChartRriGroup groups[] = {
    { "Mixed", NULL, 0, 0, NAN, NAN, BP_CHART_SIGNIFICANCE_NONE, NULL },
    { "Black", "Black and Black British children", 6, 1.94, NAN, NAN,
      BP_CHART_SIGNIFICANCE_NONE, NULL },
    /* 0.04 would read "0.0" to one decimal: two decimals below 0.095 */
    { "Asian", NULL, 1, 0.3, 0.04, 2.24, BP_CHART_SIGNIFICANCE_NONE, NULL },
  };
  BpChartRriInput input = {
    .stage = "remanded",
    .reference_group = "White British",
    .groups = groups,
    .n_groups = G_N_ELEMENTS (groups),
    .reference_count = -1,
  };
  g_autoptr (BpChart) chart = bp_chart_new_rri (&input);
  g_autoptr (BpChart) empty = NULL;

  assert_summary (chart, "No Mixed children were remanded. Black and Black British children "
                         "were 1.9 times as likely as White British children to be remanded. "
                         "Asian children were 0.3 times as likely as White British children to "
                         "be remanded (95% CI 0.04 to 2.2), not a significant difference.");

  input.n_groups = 0;
  empty = bp_chart_new_rri (&input);
  assert_summary (empty, "There are no figures for any ethnic group.");
}

/* 49 of 103 = 47.57% -> 47.6%, against 21.6%: +25.97 -> +26.0 pp; 4 of 103 = 3.88% ->
 * 3.9%, against 12.1%: -8.22 -> -8.2 pp */
static void
test_ethnicity_summary (void)
{
  BpChartEthnicityGroup groups[] = { sample_ethnicity_groups[0], sample_ethnicity_groups[1],
                                     sample_ethnicity_groups[3] };
  BpChartEthnicityInput input = { .groups = groups, .n_groups = G_N_ELEMENTS (groups) };
  g_autoptr (BpChart) chart = NULL;

  groups[2].share = NAN;
  groups[2].symbol = "[c]";
  chart = bp_chart_new_ethnicity (&input);
  assert_summary (chart, "Asian children were 3.9% of children cautioned or sentenced and 12.1% "
                         "of the 10-17 population (-8.2 percentage points). Black children were "
                         "47.6% of children cautioned or sentenced and 21.6% of the 10-17 "
                         "population (+26.0 percentage points). There are no figures for Other "
                         "children.");
}

/* The numbers drawn on the charts, as the board reads them */
static void
test_drawn_labels (void)
{
  g_autoptr (BpChart) fte = sample_chart_new (BP_CHART_KIND_FTE);
  g_autoptr (BpChart) custody = sample_chart_new (BP_CHART_KIND_CUSTODY);
  g_autoptr (BpChart) reoffending = sample_chart_new (BP_CHART_KIND_REOFFENDING);
  g_autoptr (BpChart) rri = sample_chart_new (BP_CHART_KIND_RRI);
  g_autoptr (BpChart) ethnicity = sample_chart_new (BP_CHART_KIND_ETHNICITY);

  draw_once (fte);
  g_assert_true (chart_shows_text (fte, "Local 180"));
  g_assert_true (chart_shows_text (fte, "YJS family 160"));
  g_assert_true (chart_shows_text (fte, "England and Wales 147"));
  g_assert_true (chart_shows_text (fte, "per 100,000 10-17 year olds"));
  g_assert_true (chart_shows_text (fte, "Mar 2024"));

  draw_once (custody);
  g_assert_true (chart_shows_text (custody, "Local 0.38"));
  g_assert_true (chart_shows_text (custody, "per 1,000 10-17 year olds"));

  draw_once (reoffending);
  g_assert_true (chart_shows_text (reoffending, "40.9%"));
  g_assert_true (chart_shows_text (reoffending, "34.4%"));
  g_assert_true (chart_shows_text (reoffending, "3.50"));
  g_assert_true (chart_shows_text (reoffending, "1.13"));
  g_assert_true (chart_shows_text (reoffending, "Follow-up not yet complete"));

  draw_once (rri);
  g_assert_true (chart_shows_text (rri, "Black (n=15)"));
  g_assert_true (chart_shows_text (rri, "2.50 (1.38\u20134.52)\nsignificantly higher"));
  g_assert_true (chart_shows_text (rri, "0.60 (0.19\u20131.94)\nnot significant"));
  g_assert_true (chart_shows_text (rri, "no data"));
  g_assert_true (chart_shows_text (rri, "White (n=40) = 1"));
  g_assert_true (chart_shows_text (rri, "Threshold 1.25"));

  draw_once (ethnicity);
  g_assert_true (chart_shows_text (ethnicity, "Black (n=49)"));
  g_assert_true (chart_shows_text (ethnicity, "47.6%"));
  g_assert_true (chart_shows_text (ethnicity, "21.6%"));
  g_assert_true (chart_shows_text (ethnicity, "+26.0 pp"));
  g_assert_true (chart_shows_text (ethnicity, "\u22128.2 pp"));
}

/* The same input gives the same words, byte for byte */
static void
test_deterministic (void)
{
  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) a = sample_chart_new ((BpChartKind) k);
      g_autoptr (BpChart) b = sample_chart_new ((BpChartKind) k);

      g_assert_nonnull (bp_chart_get_summary (a));
      g_assert_true (g_utf8_validate (bp_chart_get_summary (a), -1, NULL));
      g_assert_cmpstr (bp_chart_get_summary (a), ==, bp_chart_get_summary (b));
      g_assert_nonnull (bp_chart_get_title (a));
    }
}

static void
test_kind_names (void)
{
  const char *const names[] = { "fte", "custody", "reoffending", "rri", "ethnicity" };
  BpChartKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (bp_chart_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, (BpChartKind) i);
      g_assert_cmpstr (bp_chart_kind_to_string (kind), ==, names[i]);
    }
  g_assert_true (bp_chart_kind_from_string ("RRI", &kind));
  g_assert_cmpint (kind, ==, BP_CHART_KIND_RRI);
  g_assert_false (bp_chart_kind_from_string ("pie", &kind));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/summary/fte", test_fte_summary);
  g_test_add_func ("/charts/summary/fte-direction", test_fte_summary_direction);
  g_test_add_func ("/charts/summary/custody", test_custody_summary);
  g_test_add_func ("/charts/summary/reoffending", test_reoffending_summary);
  g_test_add_func ("/charts/summary/rri", test_rri_summary);
  g_test_add_func ("/charts/summary/rri-stage", test_rri_summary_stage);
  g_test_add_func ("/charts/summary/ethnicity", test_ethnicity_summary);
  g_test_add_func ("/charts/summary/deterministic", test_deterministic);
  g_test_add_func ("/charts/labels/drawn-numbers", test_drawn_labels);
  g_test_add_func ("/charts/kinds/names", test_kind_names);

  return g_test_run ();
}

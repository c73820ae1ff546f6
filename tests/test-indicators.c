/* test-indicators.c: the indicators against domain.md section 11 and hand calculations
 *
 * Each test builds a small outcomes file child by child, imports it for real, and checks
 * the figures. The expected numbers come from domain.md or from the arithmetic written
 * beside them, never from running the code under test.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "bp-import.h"
#include "bp-indicators.h"
#include "bp-report-mask.h"
#include "bp-report-format.h"
#include "bp-test-cases.h"
#include "bp-test-util.h"

static void
assert_rounds (double value, int decimals, const char *expected)
{
  g_autofree char *text = bp_format_number (value, decimals);

  g_assert_cmpstr (text, ==, expected);
}

/* --- the calendar ------------------------------------------------------------------ */

static void
test_periods (void)
{
  BpDay end = d (2024, 3, 31);
  BpPeriod p;

  /* domain.md section 11: period end 2024-03-31. */
  p = bp_rolling_year (end);
  g_assert_cmpstr (iso (p.start), ==, "2023-04-01");
  g_assert_cmpstr (iso (p.end), ==, "2024-03-31");
  p = bp_reoffending_quarter_cohort (end);
  g_assert_cmpstr (iso (p.start), ==, "2022-04-01");
  g_assert_cmpstr (iso (p.end), ==, "2022-06-30");
  p = bp_reoffending_year_cohort (end);
  g_assert_cmpstr (iso (p.start), ==, "2021-07-01");
  g_assert_cmpstr (iso (p.end), ==, "2022-06-30");
  p = bp_disparity_year (end);
  g_assert_cmpstr (iso (p.start), ==, "2023-04-01");
  g_assert_cmpstr (iso (p.end), ==, "2024-03-31");

  /* A period ending mid-year reports the last complete financial year. */
  p = bp_disparity_year (d (2024, 9, 30));
  g_assert_cmpstr (iso (p.start), ==, "2023-04-01");
  p = bp_rolling_year (d (2024, 9, 30));
  g_assert_cmpstr (iso (p.start), ==, "2023-10-01");

  /* The default period end is the latest quarter end on or before the latest outcome. */
  g_assert_cmpint (bp_default_period_end (d (2024, 5, 2)), ==, d (2024, 3, 31));
  g_assert_cmpint (bp_default_period_end (d (2024, 3, 31)), ==, d (2024, 3, 31));
}

static void
test_rounding (void)
{
  /* Half away from zero, as Excel's ROUND: not printf's binary rounding. */
  g_assert_cmpfloat (bp_round_half_away (0.125, 2), ==, 0.13);
  g_assert_cmpfloat (bp_round_half_away (180.5, 0), ==, 181.0);
  g_assert_cmpfloat (bp_round_half_away (-180.5, 0), ==, -181.0);
  g_assert_cmpfloat (bp_round_half_away (1.005, 2), ==, 1.01);
  g_assert_cmpfloat (bp_round_half_away (2.675, 2), ==, 2.68);
  g_assert_cmpfloat (bp_round_half_away (0.124999, 2), ==, 0.12);
  assert_rounds (0.125, 2, "0.13");
  assert_rounds (180.5, 0, "181");
  assert_rounds (26092, 0, "26,092");
  assert_rounds (1234567.891, 1, "1,234,567.9");
  assert_rounds (NAN, 1, "n/a");
}

/* domain.md section 7's worked example, computed by hand:
 * rates 15/3000 = 500 and 40/20000 = 200 per 100,000, RRI 2.5;
 * SE = sqrt (1/15 - 1/3000 + 1/40 - 1/20000) = 0.30213; CI = 2.5 exp (+-1.96 SE). */
static void
test_rri_worked_example (void)
{
  double rri, lo, hi;

  bp_rri_confidence_interval (15, 3000, 40, 20000, &rri, &lo, &hi);
  g_assert_cmpfloat_with_epsilon (rri, 2.5, 1e-12);
  assert_rounds (lo, 2, "1.38");
  assert_rounds (hi, 2, "4.52");

  bp_rri_confidence_interval (3, 2500, 40, 20000, &rri, &lo, &hi);
  assert_rounds (rri, 2, "0.60");
  assert_rounds (lo, 2, "0.19");
  assert_rounds (hi, 2, "1.94");

  /* No interval without children in the group; no RRI without White children. */
  bp_rri_confidence_interval (0, 2500, 40, 20000, &rri, &lo, &hi);
  g_assert_cmpfloat (rri, ==, 0.0);
  g_assert_true (isnan (lo) && isnan (hi));
  bp_rri_confidence_interval (5, 2500, 0, 20000, &rri, &lo, &hi);
  g_assert_true (isnan (rri) && isnan (lo));
}

/* --- first time entrants and custody --------------------------------------------- */

/* Period end 31 March 2024: window 2023-04-01..2024-03-31, previous 2022-04-01..2023-03-31.
 * 60 FTEs now and 66 before; 6 custodial occasions now and 11 before; with distractors. */
static void
build_fte_and_custody (Fixture *f)
{
  BpDay start = d (2023, 4, 1), end = d (2024, 3, 31);
  BpDay prev_start = d (2022, 4, 1);
  char child[32];

  /* 60 first time entrants, spread over the window including both ends. */
  for (int i = 0; i < 60; i++)
    {
      BpDay day = start + (i * (end - start)) / 59;

      g_snprintf (child, sizeof child, "F%d", i);
      outcome (f, child, day, i % 3 == 0 ? "RO" : "YC", NULL);
    }
  /* ...one of whom had only a community resolution before (informal: still an FTE)... */
  outcome (f, "F1", d (2022, 1, 5), "CR", NULL);
  /* ...and one a second statutory outcome later in the window (counted once). */
  outcome (f, "F2", d (2024, 2, 1), "YRO", NULL);

  /* 66 in the previous window. */
  for (int i = 0; i < 66; i++)
    {
      g_snprintf (child, sizeof child, "P%d", i);
      outcome (f, child, prev_start + i * 5, "YCC", NULL);
    }

  /* Distractors, none of them an FTE now. */
  outcome (f, "X-informal", d (2023, 6, 1), "CR", NULL);
  outcome (f, "X-informal", d (2023, 7, 1), "TRIAGE", NULL);
  outcome (f, "X-remand", d (2023, 6, 1), "REMAND_YDA", NULL);
  outcome (f, "X-age9", d (2023, 6, 1), "YC", &(Extra) { .dob = born_aged (9, d (2023, 6, 1)) });
  outcome (f, "X-age18", d (2023, 6, 1), "YC", &(Extra) { .dob = born_aged (18, d (2023, 6, 1)) });
  outcome (f, "X-other", d (2023, 6, 1), "YC", &(Extra) { .local = "Other" });
  outcome (f, "X-day-before", d (2023, 3, 31), "YC", NULL); /* an FTE of the previous window */
  outcome (f, "X-day-before", d (2023, 8, 1), "YC", NULL);
  outcome (f, "X-day-after", d (2024, 4, 1), "YC", NULL);
  outcome (f, "X-earlier", d (2020, 1, 1), "CD", NULL);
  outcome (f, "X-earlier", d (2023, 9, 1), "YC", NULL);

  /* Custody now: 6 occasions. C1 has a DTO and an S250 the same day (one occasion) and a
   * second DTO later (another); C2..C5 one each. */
  outcome (f, "P0", d (2023, 5, 10), "DTO", NULL);
  outcome (f, "P0", d (2023, 5, 10), "S250", NULL);
  outcome (f, "P0", d (2024, 1, 10), "DTO", NULL);
  outcome (f, "P1", d (2023, 4, 1), "S254", NULL);
  outcome (f, "P2", d (2023, 11, 3), "S258", NULL);
  outcome (f, "P3", d (2024, 3, 31), "S259", NULL);
  outcome (f, "P4", d (2023, 12, 1), "DTO", NULL);
  /* Not custody: remands, an 18-year-old, another area's child, the day after. */
  outcome (f, "P5", d (2023, 6, 1), "REMAND_YDA", NULL);
  outcome (f, "P5", d (2023, 6, 2), "REMAND_LA", NULL);
  outcome (f, "P6", d (2023, 6, 1), "DTO", &(Extra) { .dob = born_aged (18, d (2023, 6, 1)) });
  outcome (f, "P7", d (2023, 6, 1), "DTO", &(Extra) { .local = "Other" });
  outcome (f, "P8", d (2024, 4, 1), "DTO", NULL);
  /* Custody before: 11 occasions. */
  for (int i = 0; i < 11; i++)
    {
      g_snprintf (child, sizeof child, "P%d", 10 + i);
      outcome (f, child, d (2022, 5, 1) + 20 * i, "DTO", NULL);
    }

  /* Population: 2024 is the latest year not after 2024; 2023 for the previous window;
   * 2025 is after both and never used. */
  g_string_append (f->population,
                   "2023,10-17,All,All,28797,ONS mid-year estimate 2023\n"
                   "2024,All,All,All,33930,ONS mid-year estimate 2024\n"
                   "2025,10-17,All,All,99999,ONS mid-year estimate 2025\n");
  /* Comparators as published: 113 / 70,982 is published as 160, never recomputed. */
  g_string_append (f->benchmarks,
                   "FTE_RATE,2023-04-01,2024-03-31,FAMILY,YJS Family Average,113,70982,160,,,"
                   "YJS Data Summary 118\n"
                   "FTE_RATE,2023-04-01,2024-03-31,NATIONAL,England and Wales,,,149,,,\n"
                   "FTE_RATE,2023-04-01,2024-03-31,YJS,Northdale,,,170,90,154,\n"
                   "CUSTODY_RATE,2023-04-01,2024-03-31,NATIONAL,England and Wales,,,0.10,,,\n"
                   "FTE_RATE,2023-01-01,2023-12-31,NATIONAL,England and Wales,,,151,,,\n");
}

static void
test_fte (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpRateIndicator *fte;

  build_fte_and_custody (f);
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  fte = &r->fte;

  /* FTE 60 children, population 33,930: 177 per 100,000. domain.md writes the unrounded
   * rate as 176.84, but 60 / 33,930 x 100,000 = 176.8347, which is 176.83 to two places;
   * the published whole number, 177, is the same either way. */
  g_assert_cmpint (fte->current.count, ==, 60);
  g_assert_cmpint (fte->current.population, ==, 33930);
  g_assert_cmpint (fte->current.population_year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (fte->current.rate, 60.0 / 33930.0 * 100000.0, 1e-9);
  assert_rounds (fte->current.rate, 2, "176.83");
  assert_rounds (fte->current.rate, 0, "177");

  /* FTE 66, population 28,797: 229.19 -> 229. */
  g_assert_cmpint (fte->previous.count, ==, 66 + 1); /* the day-before distractor is one */
  g_assert_cmpint (fte->previous.population, ==, 28797);
  g_assert_cmpint (fte->previous.population_year, ==, 2023);
  assert_rounds (66.0 / 28797.0 * 100000.0, 2, "229.19");
  g_assert_cmpfloat_with_epsilon (fte->previous.rate, 67.0 / 28797.0 * 100000.0, 1e-9);

  /* Change of the rate: (176.835 - 232.663) / 232.663. */
  g_assert_cmpfloat_with_epsilon (fte->change_pct,
                                  ((60.0 / 33930) / (67.0 / 28797) - 1.0) * 100.0, 1e-9);

  /* The series ends at the period and steps back a quarter at a time. */
  g_assert_cmpint (fte->series[BP_SERIES_QUARTERS - 1].period.end, ==, d (2024, 3, 31));
  g_assert_cmpint (fte->series[BP_SERIES_QUARTERS - 1].count, ==, 60);
  g_assert_cmpint (fte->series[BP_SERIES_QUARTERS - 5].period.end, ==, d (2023, 3, 31));
  g_assert_cmpint (fte->series[BP_SERIES_QUARTERS - 5].count, ==, 67);
  g_assert_cmpint (fte->series[0].period.end, ==, d (2021, 6, 30));

  /* Breakdowns: everyone is male and White; ages: all 15 at the outcome. */
  g_assert_cmpint (fte->by_sex[BP_SEX_MALE].count, ==, 60);
  g_assert_cmpint (fte->by_age[1].count, ==, 60);
  g_assert_cmpint (fte->by_ethnicity[BP_ETHNIC_WHITE].count, ==, 60);

  /* Comparators as published, in the order YJS, family, region, national. */
  g_assert_cmpuint (fte->current.benchmarks->len, ==, 3);
  {
    const BpBenchmark *yjs = g_ptr_array_index (fte->current.benchmarks, 0);
    const BpBenchmark *family = g_ptr_array_index (fte->current.benchmarks, 1);

    g_assert_cmpstr (yjs->area_type, ==, "YJS");
    g_assert_cmpint (yjs->rank, ==, 90);
    g_assert_cmpint (yjs->rank_of, ==, 154);
    g_assert_cmpstr (family->value_text, ==, "160");
    g_assert_cmpstr (family->numerator, ==, "113");
  }
}

static void
test_custody (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpRateIndicator *c;

  build_fte_and_custody (f);
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  c = &r->custody;

  /* custody 6, population 33,930: 0.177 -> 0.18 per 1,000. */
  g_assert_cmpint (c->current.count, ==, 6);
  assert_rounds (c->current.rate, 3, "0.177");
  assert_rounds (c->current.rate, 2, "0.18");
  /* custody 11 sentences, population 28,797: 0.382 -> 0.38. */
  g_assert_cmpint (c->previous.count, ==, 11);
  assert_rounds (c->previous.rate, 3, "0.382");
  assert_rounds (c->previous.rate, 2, "0.38");
  {
    const BpBenchmark *national = g_ptr_array_index (c->current.benchmarks, 0);

    g_assert_cmpstr (national->value_text, ==, "0.10");
  }
}

static void
test_text_report (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *text = NULL;

  build_fte_and_custody (f);
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  text = bp_report_to_text (r);
  g_test_message ("%s", text);
  /* (176.835 - 232.663) / 232.663 = -24.0% */
  g_assert_nonnull (strstr (text, "First time entrants: 60 (177 per 100,000 10-17 year olds), "
                                  "down 24.0% on the previous year; YJS Family Average 160; "
                                  "England and Wales 149; published Northdale 170, position 90 "
                                  "of 154."));
  g_assert_nonnull (strstr (text, "Use of custody: 6 (0.18 per 1,000 10-17 year olds)"));
  g_assert_nonnull (strstr (text, "England and Wales 0.10."));
}

/* One custodial sentence and a population of 8,000: 0.125 per 1,000, shown as 0.13. */
static void
test_custody_rounding (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *text = NULL;

  outcome (f, "C1", d (2023, 10, 1), "DTO", NULL);
  g_string_append (f->population, "2023,10-17,All,All,8000,ONS\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpfloat (r->custody.current.rate, ==, 0.125);
  text = bp_report_to_text (r);
  g_assert_nonnull (strstr (text, "Use of custody: 1 (0.13 per 1,000"));
}

static void
test_population_from_single_ages (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;

  outcome (f, "A", d (2023, 10, 1), "YC", NULL);
  /* No All row: the total is the sum of the single ages 10..17 (8 x 1,000 + 17 = 8,017),
   * and a band and single ages are never both counted. */
  for (int age = 10; age <= 17; age++)
    g_string_append_printf (f->population, "2022,%d,All,All,%d,ONS\n", age,
                            age == 17 ? 1017 : 1000);
  g_string_append (f->population, "2022,10,M,All,600,ONS\n2022,10,F,All,400,ONS\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (r->fte.current.population, ==, 8017);
  g_assert_cmpint (r->fte.current.population_year, ==, 2022);
  /* Ages 15-17: 1,000 + 1,000 + 1,017. */
  g_assert_cmpint (r->fte.by_age[1].population, ==, 3017);
}

static void
test_population_by_sex_only (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;

  outcome (f, "A", d (2023, 10, 1), "YC", NULL);
  g_string_append (f->population, "2023,10-17,M,All,5100,ONS\n2023,10-17,F,All,4900,ONS\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (r->fte.current.population, ==, 10000);
  g_assert_cmpint (r->fte.by_sex[BP_SEX_MALE].population, ==, 5100);
  g_assert_cmpfloat_with_epsilon (r->fte.by_sex[BP_SEX_MALE].rate, 1.0 / 5100 * 100000, 1e-9);
}

static void
test_missing_population_year (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(JsonNode) json = NULL;
  JsonObject *fte;

  outcome (f, "A", d (2023, 10, 1), "YC", NULL);
  g_string_append (f->population, "2025,10-17,All,All,9000,ONS\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (r->fte.current.count, ==, 1);
  g_assert_cmpint (r->fte.current.population, ==, -1);
  g_assert_true (isnan (r->fte.current.rate));
  g_assert_nonnull (r->fte.note);
  g_assert_nonnull (strstr (r->fte.note, "No 10-17 population is held for 2024"));

  json = bp_report_to_json (r);
  fte = json_object_get_object_member (json_node_get_object (json), "fte");
  g_assert_true (json_object_get_null_member (fte, "rate_per_100k"));
  g_assert_true (json_object_get_null_member (fte, "population"));
  g_assert_cmpint (json_object_get_int_member (fte, "count"), ==, 1);
}

/* --- proven reoffending ------------------------------------------------------------ */

/* Adds a child with an index event on @index and @n reoffences, and distractors that
 * must not count: a reoffence committed after 12 months, one proven after 18 months, a
 * breach, an offence before the index date, an informal outcome.
 *
 * Every later statutory outcome is itself an index event of the cohort it falls in (a
 * child may be in several cohorts), so they are all dated after 30 June 2022, outside
 * the four quarters under test; their offence dates decide whether they count. */
static void
cohort_child (Fixture *f, const char *child, BpDay index, int n, gboolean distractors)
{
  BpDay after = d (2022, 7, 1);

  outcome (f, child, index, "RO", NULL);
  for (int k = 0; k < n; k++)
    {
      BpDay offence = index + 1 + k * 20;

      outcome (f, child, MAX (offence + 20, after + k), k % 2 ? "YRO" : "YC",
               &(Extra) { .offence = offence });
    }
  if (!distractors)
    return;
  /* committed 12 months and a day after the index: not a reoffence */
  outcome (f, child, bp_day_add_months (index, 12) + 20, "RO",
           &(Extra) { .offence = bp_day_add_months (index, 12) + 1 });
  /* committed in time, proven 18 months and a day after: not counted */
  outcome (f, child, bp_day_add_months (index, 18) + 1, "RO",
           &(Extra) { .offence = index + 30 });
  /* a breach: excluded */
  outcome (f, child, MAX (index + 40, after + 50), "YRO",
           &(Extra) { .offence = index + 35, .group = "BREACH" });
  /* committed before the index date, sentenced after it: not a reoffence */
  outcome (f, child, MAX (index + 50, after + 60), "FINE", &(Extra) { .offence = index - 5 });
  /* informal outcomes are not proven reoffences */
  outcome (f, child, index + 60, "CR", &(Extra) { .offence = index + 55 });
}

/* Adds a quarter's cohort of @c children, @r of them reoffending @o times in all. */
static void
cohort (Fixture *f, const char *prefix, BpDay start, int c, int r, int o)
{
  char child[32];

  for (int i = 0; i < c; i++)
    {
      int n = 0;

      if (i < r)
        n = o / r + (i < o % r ? 1 : 0);
      g_snprintf (child, sizeof child, "%s%d", prefix, i);
      cohort_child (f, child, start + (i * 7) % 85, n, i % 4 == 0);
    }
}

static void
test_reoffending (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpReoffending *ro;

  /* Apr-Jun 2022: C 22, R 9, O 77. The three quarters before sum with it to
   * C 128, R 44, O 145: 36 + 35 + 35 + 22 = 128; 12 + 12 + 11 + 9 = 44;
   * 24 + 22 + 22 + 77 = 145. */
  cohort (f, "Q4-", d (2022, 4, 1), 22, 9, 77);
  cohort (f, "Q1-", d (2021, 7, 1), 36, 12, 24);
  cohort (f, "Q2-", d (2021, 10, 1), 35, 12, 22);
  cohort (f, "Q3-", d (2022, 1, 1), 35, 11, 22);

  /* Not in the cohort: 18 at the index event; another area's child; a child whose only
   * outcome in the quarter is informal; a custodial sentence given in the quarter (its
   * release is the index event, and that is after the quarter). */
  outcome (f, "N-18", d (2022, 5, 1), "RO", &(Extra) { .dob = born_aged (18, d (2022, 5, 1)) });
  outcome (f, "N-other", d (2022, 5, 1), "RO", &(Extra) { .local = "Other" });
  outcome (f, "N-cr", d (2022, 5, 1), "CR", NULL);
  outcome (f, "N-dto", d (2022, 5, 1), "DTO", &(Extra) { .release = d (2022, 11, 1) });
  /* (A release from custody as the index event has its own test below.) */

  /* Follow-up complete: an outcome 18 months after the cohort ends. */
  outcome (f, "LATEST", d (2024, 3, 31), "CR", NULL);
  import_all (f);

  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  ro = &r->reoffending;
  g_assert_cmpint (ro->quarter.cohort.start, ==, d (2022, 4, 1));
  g_assert_cmpint (ro->quarter.cohort.end, ==, d (2022, 6, 30));
  g_assert_cmpint (ro->quarter.cohort_size, ==, 22);
  g_assert_cmpint (ro->quarter.reoffenders, ==, 9);
  g_assert_cmpint (ro->quarter.reoffences, ==, 77);
  /* 40.9%, frequency 3.50, per reoffender 8.56 */
  assert_rounds (ro->quarter.binary_rate, 1, "40.9");
  assert_rounds (ro->quarter.frequency, 2, "3.50");
  assert_rounds (ro->quarter.per_reoffender, 2, "8.56");
  g_assert_true (ro->quarter.follow_up_complete);

  g_assert_cmpint (ro->year.cohort.start, ==, d (2021, 7, 1));
  g_assert_cmpint (ro->year.cohort_size, ==, 128);
  g_assert_cmpint (ro->year.reoffenders, ==, 44);
  g_assert_cmpint (ro->year.reoffences, ==, 145);
  /* 34.4%, 1.13, 3.30 */
  assert_rounds (ro->year.binary_rate, 1, "34.4");
  assert_rounds (ro->year.frequency, 2, "1.13");
  assert_rounds (ro->year.per_reoffender, 2, "3.30");

  /* The series: eight 3-month cohorts ending with this one. */
  g_assert_cmpint (ro->series[BP_REOFFENDING_SERIES - 1].cohort_size, ==, 22);
  g_assert_cmpint (ro->series[BP_REOFFENDING_SERIES - 2].cohort_size, ==, 35);
  g_assert_cmpint (ro->series[0].cohort.end, ==, d (2020, 9, 30));
}

static void
test_reoffending_release_and_follow_up (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;

  /* Sentenced to custody in 2021, released in May 2022: the release is the index event;
   * one reoffence committed two months after release. */
  outcome (f, "R1", d (2021, 11, 1), "DTO", &(Extra) { .release = d (2022, 5, 10) });
  outcome (f, "R1", d (2022, 8, 1), "YRO", &(Extra) { .offence = d (2022, 7, 10) });
  /* Latest outcome a month short of 18 months after the cohort: follow-up incomplete. */
  outcome (f, "LATEST", d (2023, 11, 30), "CR", NULL);
  import_all (f);

  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (r->reoffending.quarter.cohort_size, ==, 1);
  g_assert_cmpint (r->reoffending.quarter.reoffences, ==, 1);
  g_assert_false (r->reoffending.quarter.follow_up_complete);
  g_assert_nonnull (r->reoffending.note);
}

/* The 12-month cohort (July 2021 to June 2022) broken down at the index event. By hand:
 *   F12: a girl of 12, White, YC (pre-court), 1 reoffence;
 *   M16: a boy of 16, Black, RO (first tier), none;
 *   C16: a boy of 16 at release, Asian, DTO (custody), 2 reoffences;
 *   M11: a boy of 11, White, YRO (community), none.
 * Sex: F 1 child, 1 reoffender, 1 reoffence (100%); M 3, 1, 2 (33.3%).
 * Age: 10-14 two children (F12, M11), 1 reoffender; 15-17 two, 1 reoffender.
 * Group: White 2 (1 reoffender), Black 1 (0), Asian 1 (1, 2 reoffences).
 * Tier: pre-court 1 (1), first tier 1 (0), community 1 (0), custody 1 (1).
 * Reoffences are sentenced after June 2022 so they start no cohort of this year. */
static void
test_reoffending_breakdowns (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpReoffendingBreakdowns *b;

  outcome (f, "F12", d (2022, 1, 10), "YC",
           &(Extra) { .sex = 'F', .dob = born_aged (12, d (2022, 1, 10)) });
  outcome (f, "F12", d (2022, 8, 1), "YRO", &(Extra) { .offence = d (2022, 2, 1) });
  outcome (f, "M16", d (2021, 9, 1), "RO",
           &(Extra) { .ethnicity = "B1", .dob = born_aged (16, d (2021, 9, 1)) });
  outcome (f, "C16", d (2021, 6, 1), "DTO",
           &(Extra) { .ethnicity = "A1", .release = d (2022, 3, 1),
                      .dob = born_aged (16, d (2022, 3, 1)) });
  outcome (f, "C16", d (2022, 9, 1), "RO",
           &(Extra) { .ethnicity = "A1", .offence = d (2022, 4, 1) });
  outcome (f, "C16", d (2022, 10, 1), "RO",
           &(Extra) { .ethnicity = "A1", .offence = d (2022, 5, 1) });
  outcome (f, "M11", d (2022, 6, 30), "YRO",
           &(Extra) { .dob = born_aged (11, d (2022, 6, 30)) });
  outcome (f, "LATEST", d (2024, 3, 31), "CR", NULL);
  import_all (f);

  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (r->reoffending.year.cohort_size, ==, 4);
  g_assert_cmpint (r->reoffending.year.reoffenders, ==, 2);
  g_assert_cmpint (r->reoffending.year.reoffences, ==, 3);
  b = &r->reoffending.year.breakdowns;

  g_assert_cmpint (b->by_sex[BP_SEX_FEMALE].cohort, ==, 1);
  g_assert_cmpint (b->by_sex[BP_SEX_FEMALE].reoffenders, ==, 1);
  g_assert_cmpint (b->by_sex[BP_SEX_FEMALE].reoffences, ==, 1);
  g_assert_cmpint (b->by_sex[BP_SEX_MALE].cohort, ==, 3);
  g_assert_cmpint (b->by_sex[BP_SEX_MALE].reoffenders, ==, 1);
  g_assert_cmpint (b->by_sex[BP_SEX_MALE].reoffences, ==, 2);
  g_assert_cmpint (b->by_sex[BP_SEX_UNKNOWN].cohort, ==, 0);

  g_assert_cmpint (b->by_age[0].cohort, ==, 2);
  g_assert_cmpint (b->by_age[0].reoffenders, ==, 1);
  g_assert_cmpint (b->by_age[1].cohort, ==, 2);
  g_assert_cmpint (b->by_age[1].reoffenders, ==, 1);
  g_assert_cmpint (b->by_age[1].reoffences, ==, 2);

  g_assert_cmpint (b->by_group[BP_ETHNIC_WHITE].cohort, ==, 2);
  g_assert_cmpint (b->by_group[BP_ETHNIC_WHITE].reoffenders, ==, 1);
  g_assert_cmpint (b->by_group[BP_ETHNIC_BLACK].cohort, ==, 1);
  g_assert_cmpint (b->by_group[BP_ETHNIC_BLACK].reoffenders, ==, 0);
  g_assert_cmpint (b->by_group[BP_ETHNIC_ASIAN].cohort, ==, 1);
  g_assert_cmpint (b->by_group[BP_ETHNIC_ASIAN].reoffences, ==, 2);
  g_assert_cmpint (b->by_group[BP_ETHNIC_MIXED].cohort, ==, 0);

  g_assert_cmpint (b->by_tier[BP_TIER_PRE_COURT].cohort, ==, 1);
  g_assert_cmpint (b->by_tier[BP_TIER_PRE_COURT].reoffenders, ==, 1);
  g_assert_cmpint (b->by_tier[BP_TIER_FIRST_TIER].cohort, ==, 1);
  g_assert_cmpint (b->by_tier[BP_TIER_FIRST_TIER].reoffenders, ==, 0);
  g_assert_cmpint (b->by_tier[BP_TIER_COMMUNITY].cohort, ==, 1);
  g_assert_cmpint (b->by_tier[BP_TIER_CUSTODY].cohort, ==, 1);
  g_assert_cmpint (b->by_tier[BP_TIER_CUSTODY].reoffenders, ==, 1);
  g_assert_cmpint (b->by_tier[BP_TIER_CUSTODY].reoffences, ==, 2);
}

/* --- disproportionality ------------------------------------------------------------ */

static void
children (Fixture *f, const char *prefix, const char *ethnicity, int n, BpDay from, int step)
{
  char child[48];

  for (int i = 0; i < n; i++)
    {
      g_snprintf (child, sizeof child, "%s-%s-%d", prefix, ethnicity, i);
      outcome (f, child, from + i * step, i % 2 ? "YC" : "RO",
               &(Extra) { .ethnicity = ethnicity });
    }
}

static void
test_disparity_shares (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpDisparity *dp;

  /* 2023/24: Black 49, White 38, Asian 10, Mixed 4, Other 2 (known 103), Unknown 5. */
  children (f, "y", "B2", 49, d (2023, 4, 1), 7);
  children (f, "y", "White: Irish", 38, d (2023, 4, 2), 9);
  children (f, "y", "A1", 10, d (2023, 5, 1), 20);
  children (f, "y", "Mixed or Multiple ethnic groups: Other", 4, d (2023, 6, 1), 30);
  children (f, "y", "O2", 2, d (2023, 7, 1), 30);
  children (f, "y", "NS", 5, d (2023, 8, 1), 30);
  /* A child with two outcomes counts once, by the ethnicity last recorded. */
  outcome (f, "y-B2-0", d (2024, 3, 1), "YRO", &(Extra) { .ethnicity = "B1" });
  /* Not counted: informal, an 18-year-old, another area's child. */
  outcome (f, "z1", d (2023, 9, 1), "CR", &(Extra) { .ethnicity = "B2" });
  outcome (f, "z2", d (2023, 9, 1), "YC",
           &(Extra) { .ethnicity = "B2", .dob = born_aged (18, d (2023, 9, 1)) });
  outcome (f, "z3", d (2023, 9, 1), "YC", &(Extra) { .ethnicity = "B2", .local = "Other" });
  /* 2022/23: Black 40, White 10, Asian 9, Mixed 12, Other 0. */
  children (f, "p", "B2", 40, d (2022, 4, 1), 8);
  children (f, "p", "W1", 10, d (2022, 4, 1), 30);
  children (f, "p", "A9", 9, d (2022, 4, 1), 30);
  children (f, "p", "M1", 12, d (2022, 4, 1), 25);

  /* Census 2021: Black 2,160 of 10,000 = 21.6%. */
  g_string_append (f->population,
                   "2021,10-17,All,Black,2160,Census 2021\n"
                   "2021,10-17,All,White,6000,Census 2021\n"
                   "2021,10-17,All,Asian,1000,Census 2021\n"
                   "2021,10-17,All,Mixed,500,Census 2021\n"
                   "2021,10-17,All,Other,340,Census 2021\n"
                   "2023,10-17,All,All,10500,ONS mid-year estimate 2023\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dp = &r->disparity;

  g_assert_cmpint (dp->total, ==, 108);
  g_assert_cmpint (dp->unknown_count, ==, 5);
  g_assert_cmpint (dp->known_total, ==, 103);
  g_assert_false (dp->unknown_warning); /* 5 of 108 = 4.6% */
  g_assert_cmpstr (dp->population_source, ==, "Census 2021");
  g_assert_cmpint (dp->population_year, ==, 2021);

  /* share 49 of 103 children vs population share 21.6%: 47.6%, +26.0 pp */
  g_assert_cmpint (dp->rows[BP_ETHNIC_BLACK].count, ==, 49);
  assert_rounds (dp->rows[BP_ETHNIC_BLACK].population_share, 1, "21.6");
  assert_rounds (dp->rows[BP_ETHNIC_BLACK].share, 1, "47.6");
  assert_rounds (dp->rows[BP_ETHNIC_BLACK].pp_difference, 1, "26.0");

  /* RRI by hand: (49 / 2160) / (38 / 6000) = 3.5819 */
  g_assert_cmpfloat_with_epsilon (dp->rows[BP_ETHNIC_BLACK].rri, (49.0 / 2160) / (38.0 / 6000),
                                  1e-12);
  g_assert_cmpstr (dp->rows[BP_ETHNIC_BLACK].significance, ==, "higher");
  g_assert_cmpfloat (dp->rows[BP_ETHNIC_WHITE].rri, ==, 1.0);
  g_assert_null (dp->rows[BP_ETHNIC_WHITE].significance);

  /* Ethnic minority groups: 49 + 10 + 4 + 2 = 65 of 2,160 + 1,000 + 500 + 340 = 4,000. */
  g_assert_cmpstr (dp->rows[BP_DISPARITY_MINORITIES].group, ==, "Ethnic minority groups");
  g_assert_cmpint (dp->rows[BP_DISPARITY_MINORITIES].count, ==, 65);
  g_assert_cmpint (dp->rows[BP_DISPARITY_MINORITIES].population, ==, 4000);

  /* The n/a rule: Black 49 vs 40 -> +22.5%; White 38 vs 10 (10 counts) -> +280%;
   * Asian 10 vs 9 (9 does not) -> n/a; Mixed 4 vs 12 -> n/a. */
  g_assert_cmpfloat_with_epsilon (dp->rows[BP_ETHNIC_BLACK].change_pct, 22.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (dp->rows[BP_ETHNIC_WHITE].change_pct, 280.0, 1e-9);
  g_assert_true (isnan (dp->rows[BP_ETHNIC_ASIAN].change_pct));
  g_assert_true (isnan (dp->rows[BP_ETHNIC_ASIAN].pp_change));
  g_assert_true (isnan (dp->rows[BP_ETHNIC_MIXED].change_pct));
  /* pp change of Black's share: 49/103 - 40/71 (the previous year had 71 of known
   * ethnicity) = 47.573 - 56.338 = -8.8 pp */
  assert_rounds (dp->rows[BP_ETHNIC_BLACK].pp_change, 1, "-8.8");
}

static void
test_disparity_worked_example (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpDisparity *dp;

  /* Asian 15 of 3,000 and White 40 of 20,000; Mixed 3 of 2,500 (domain.md section 7). */
  children (f, "c", "Asian", 15, d (2023, 4, 3), 20);
  children (f, "c", "W1", 40, d (2023, 4, 3), 8);
  children (f, "c", "M2", 3, d (2023, 4, 3), 50);
  /* Unknown 7 of 65: over 10%, the warning is raised. */
  children (f, "c", "", 7, d (2023, 4, 3), 50);
  g_string_append (f->population,
                   "2021,10-17,All,Asian,3000,Census 2021\n"
                   "2021,10-17,All,W1,15000,Census 2021\n"
                   "2021,10-17,All,W2,5000,Census 2021\n"
                   "2021,10-17,All,Mixed,2500,Census 2021\n"
                   "2021,10-17,All,Black,100,Census 2021\n"
                   "2021,10-17,All,Other,100,Census 2021\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dp = &r->disparity;

  g_assert_cmpint (dp->rows[BP_ETHNIC_WHITE].population, ==, 20000); /* W1 + W2 */
  assert_rounds (dp->rows[BP_ETHNIC_ASIAN].rate, 0, "500");
  assert_rounds (dp->rows[BP_ETHNIC_WHITE].rate, 0, "200");
  assert_rounds (dp->rows[BP_ETHNIC_ASIAN].rri, 2, "2.50");
  assert_rounds (dp->rows[BP_ETHNIC_ASIAN].ci_low, 2, "1.38");
  assert_rounds (dp->rows[BP_ETHNIC_ASIAN].ci_high, 2, "4.52");
  g_assert_cmpstr (dp->rows[BP_ETHNIC_ASIAN].significance, ==, "higher");
  assert_rounds (dp->rows[BP_ETHNIC_MIXED].rri, 2, "0.60");
  assert_rounds (dp->rows[BP_ETHNIC_MIXED].ci_low, 2, "0.19");
  assert_rounds (dp->rows[BP_ETHNIC_MIXED].ci_high, 2, "1.94");
  g_assert_cmpstr (dp->rows[BP_ETHNIC_MIXED].significance, ==, "none");
  /* No Black children: an RRI of 0 with no interval. */
  g_assert_cmpfloat (dp->rows[BP_ETHNIC_BLACK].rri, ==, 0.0);
  g_assert_null (dp->rows[BP_ETHNIC_BLACK].significance);

  g_assert_true (dp->unknown_warning);
  g_assert_nonnull (dp->note);
  g_assert_cmpint (dp->series[BP_DISPARITY_YEARS - 1].count[BP_ETHNIC_ASIAN], ==, 15);
  g_assert_cmpfloat_with_epsilon (dp->series[BP_DISPARITY_YEARS - 1].rri[BP_ETHNIC_ASIAN], 2.5,
                                  1e-12);
  g_assert_cmpint (dp->series[0].year.start, ==, d (2019, 4, 1));
}

static void
test_disparity_no_white (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *text = NULL;
  JsonArray *groups;

  children (f, "c", "B1", 12, d (2023, 4, 3), 20);
  g_string_append (f->population, "2021,10-17,All,Black,2000,Census 2021\n"
                                  "2021,10-17,All,White,8000,Census 2021\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_true (isnan (r->disparity.rows[BP_ETHNIC_BLACK].rri));
  g_assert_true (isnan (r->disparity.rows[BP_ETHNIC_WHITE].rri));
  g_assert_nonnull (strstr (r->disparity.note, "No White children"));

  json = bp_report_to_json (r);
  groups = json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (json), "disparity"), "groups");
  g_assert_cmpuint (json_array_get_length (groups), ==, 6);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (groups, 1), "rri"));
  text = bp_report_to_text (r);
  g_assert_nonnull (strstr (text, "No White children"));
}

static void
test_disparity_stages (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) fte = NULL;
  g_autoptr(BpReport) custody = NULL;
  g_autoptr(BpReport) remand = NULL;

  /* A: YC in 2022 then DTO in 2023 (custody, not an FTE this year); B: first YC in 2023
   * (FTE); C: remanded in 2023 and sentenced to custody; D: remand only. */
  outcome (f, "A", d (2022, 6, 1), "YC", &(Extra) { .ethnicity = "B1" });
  outcome (f, "A", d (2023, 6, 1), "DTO", &(Extra) { .ethnicity = "B1" });
  outcome (f, "B", d (2023, 6, 1), "YC", &(Extra) { .ethnicity = "W1" });
  outcome (f, "C", d (2023, 5, 1), "REMAND_YDA", &(Extra) { .ethnicity = "W1" });
  outcome (f, "C", d (2023, 7, 1), "S250", &(Extra) { .ethnicity = "W1" });
  outcome (f, "D", d (2023, 5, 1), "REMAND_LA", &(Extra) { .ethnicity = "A1" });
  g_string_append (f->population, "2021,10-17,All,White,8000,Census 2021\n");
  import_all (f);

  fte = report_for (f, d (2024, 3, 31), BP_STAGE_FTE);
  custody = report_for (f, d (2024, 3, 31), BP_STAGE_CUSTODY);
  remand = report_for (f, d (2024, 3, 31), BP_STAGE_REMAND);
  /* FTEs this year: B and C (C's first statutory outcome is the S250). */
  g_assert_cmpint (fte->disparity.total, ==, 2);
  g_assert_cmpint (fte->disparity.rows[BP_ETHNIC_WHITE].count, ==, 2);
  g_assert_cmpint (custody->disparity.total, ==, 2);
  g_assert_cmpint (custody->disparity.rows[BP_ETHNIC_BLACK].count, ==, 1);
  g_assert_cmpint (remand->disparity.total, ==, 2);
  g_assert_cmpint (remand->disparity.rows[BP_ETHNIC_ASIAN].count, ==, 1);
}

static void
test_no_data (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  BpReportOptions options = { BP_DAY_INVALID, BP_STAGE_CAUTIONED_OR_SENTENCED };
  g_autoptr(BpReport) r = bp_report_compute (f->store, &options, &error);
  g_autoptr(BpReport) later = NULL;

  g_assert_null (r);
  g_assert_error (error, BP_INDICATORS_ERROR, BP_INDICATORS_ERROR_NO_DATA);

  /* A period after all the data: zero counts, nothing divided by zero. */
  outcome (f, "A", d (2020, 6, 1), "YC", NULL);
  import_all (f);
  later = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (later->fte.current.count, ==, 0);
  g_assert_true (isnan (later->fte.current.rate));
  g_assert_true (isnan (later->reoffending.quarter.binary_rate));
  g_assert_true (isnan (later->disparity.rows[BP_ETHNIC_BLACK].rri));
  g_assert_nonnull (later->fte.note);
}

static void
test_case_cache (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) first = NULL;
  g_autoptr(BpReport) second = NULL;

  outcome (f, "A", d (2023, 6, 1), "YC", NULL);
  import_all (f);
  first = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (first->fte.current.count, ==, 1);

  /* A later import must be seen: the cache is keyed by the data version. */
  g_string_truncate (f->outcomes, strchr (f->outcomes->str, '\n') - f->outcomes->str + 1);
  outcome (f, "B", d (2023, 7, 1), "YC", NULL);
  import_all (f);
  second = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (second->fte.current.count, ==, 2);
}


int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/indicators/periods", test_periods);
  g_test_add_func ("/core/indicators/rounding-half-away", test_rounding);
  g_test_add_func ("/core/indicators/rri-worked-example", test_rri_worked_example);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/indicators/fte", test_fte);
  ADD ("/core/indicators/custody", test_custody);
  ADD ("/core/indicators/text-report", test_text_report);
  ADD ("/core/indicators/custody-rounding", test_custody_rounding);
  ADD ("/core/indicators/population-single-ages", test_population_from_single_ages);
  ADD ("/core/indicators/population-by-sex", test_population_by_sex_only);
  ADD ("/core/indicators/missing-population-year", test_missing_population_year);
  ADD ("/core/indicators/reoffending", test_reoffending);
  ADD ("/core/indicators/reoffending-release-follow-up", test_reoffending_release_and_follow_up);
  ADD ("/core/indicators/reoffending-breakdowns", test_reoffending_breakdowns);
  ADD ("/core/indicators/disparity-shares", test_disparity_shares);
  ADD ("/core/indicators/disparity-worked-example", test_disparity_worked_example);
  ADD ("/core/indicators/disparity-no-white", test_disparity_no_white);
  ADD ("/core/indicators/disparity-stages", test_disparity_stages);
  ADD ("/core/indicators/no-data", test_no_data);
  ADD ("/core/indicators/case-cache", test_case_cache);
#undef ADD
  return g_test_run ();
}

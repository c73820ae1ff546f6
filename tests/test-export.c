/* test-export.c: the board pack workbook and PDF, read back by independent readers
 *
 * Each test builds a small area child by child (as test-indicators.c does), imports it for
 * real, exports it, and has Debian's python3-openpyxl (tests/export/check_workbook.py) or
 * poppler (tests/export/check_pdf.py) read the file back. The expected numbers are worked
 * out by hand below, never taken from the code under test.
 *
 * The fixture, period ending 31 March 2024:
 * - 60 first time entrants in 2023/24 (Black 20, White 31, Asian 6, Mixed 3) and 77 in
 *   2022/23, all White: 66 cautioned and the 11 sentenced to custody below, whose first
 *   statutory outcome that is; 10-17 population 33,930 (2024) and 28,797 (2023).
 * - Custodial sentences: 11 in 2022 (20 days apart from 1 May), and 3 in 2023/24
 *   (10 May 2023, 3 Nov 2023, 10 Jan 2024) to three White children first cautioned in 2019.
 * - Census 2021 by ethnic group: Black 2,160, White 6,000, Asian 1,000, Mixed 500,
 *   Other 340 (10,000 in all).
 * - Comparators: FTE family 160 (113 / 70,982 as published), England and Wales 149;
 *   custody England and Wales 0.10.
 * Child identifiers all start "ZQX", so a reader can tell they are nowhere in a pack.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "bp-import.h"
#include "bp-indicators.h"
#include "bp-pdf-report.h"
#include "bp-test-util.h"
#include "bp-workbook.h"

#define PYTHON "/usr/bin/python3"

typedef struct
{
  char *dir;
  BpStore *store;
  GString *outcomes;
  GString *population;
  GString *benchmarks;
  int next_id;
} Fixture;

static BpDay
d (int y, int m, int dd)
{
  return bp_day_from_ymd (y, m, dd);
}

static const char *
iso (BpDay day)
{
  static char buf[4][BP_DAY_ISO_LEN];
  static int i;

  i = (i + 1) % 4;
  bp_day_format_iso (day, buf[i]);
  return buf[i];
}

static BpDay
born_aged (int age, BpDay when)
{
  return bp_day_add_months (when - 100, -12 * age);
}

static void
outcome (Fixture    *f,
         const char *child,
         BpDay       date,
         const char *type,
         const char *ethnicity,
         BpDay       dob)
{
  g_string_append_printf (f->outcomes, "OZQX%05d,%s,%s,M,%s,%s,%s,%s,,,\n", ++f->next_id, child,
                          iso (dob ? dob : born_aged (15, date)), ethnicity, iso (date), type,
                          iso (date - 10));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = bp_test_tmpdir ();
  db = g_build_filename (f->dir, "test.db", NULL);
  f->store = bp_store_open (db, &error);
  g_assert_no_error (error);
  f->outcomes = g_string_new ("outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,"
                              "outcome_type,offence_date,offence_group,local_status,"
                              "release_date\n");
  f->population = g_string_new ("year,age,sex,ethnicity,count,source\n");
  f->benchmarks = g_string_new ("indicator,period_start,period_end,area_type,area_name,"
                                "numerator,denominator,value,rank,rank_of,source\n");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_string_free (f->outcomes, TRUE);
  g_string_free (f->population, TRUE);
  g_string_free (f->benchmarks, TRUE);
}

static void
import_file (Fixture *f, BpImportKind kind, const char *name, GString *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bp_test_write_file (f->dir, name, text->str, -1);
  BpImportOptions options = { .kind = kind };

  bp_import_file (f->store, path, &options, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
build_area (Fixture *f, const char *outcomes_name)
{
  BpDay start = d (2023, 4, 1), end = d (2024, 3, 31);
  char child[32];

  for (int i = 0; i < 60; i++)
    {
      const char *eth = i < 20 ? "B2" : i < 51 ? "W1" : i < 57 ? "A1" : "M1";

      g_snprintf (child, sizeof child, "ZQXF%d", i);
      outcome (f, child, start + (i * (end - start)) / 59, i % 3 ? "YC" : "RO", eth, 0);
    }
  for (int i = 0; i < 66; i++)
    {
      g_snprintf (child, sizeof child, "ZQXP%d", i);
      outcome (f, child, d (2022, 4, 1) + i * 5, "YCC", "W1", 0);
    }
  for (int i = 0; i < 11; i++)
    {
      g_snprintf (child, sizeof child, "ZQXD%d", i);
      outcome (f, child, d (2022, 5, 1) + 20 * i, "DTO", "W1", born_aged (15, d (2022, 6, 1)));
    }
  {
    const BpDay custody[] = { d (2023, 5, 10), d (2023, 11, 3), d (2024, 1, 10) };

    for (int i = 0; i < 3; i++)
      {
        BpDay dob = born_aged (15, d (2023, 6, 1));

        g_snprintf (child, sizeof child, "ZQXC%d", i);
        outcome (f, child, d (2019, 6, 1), "YC", "W1", dob);
        outcome (f, child, custody[i], "DTO", "W1", dob);
      }
  }
  g_string_append (f->population,
                   "2023,10-17,All,All,28797,ONS mid-year estimate 2023\n"
                   "2024,10-17,All,All,33930,ONS mid-year estimate 2024\n"
                   "2021,10-17,All,Black,2160,Census 2021\n"
                   "2021,10-17,All,White,6000,Census 2021\n"
                   "2021,10-17,All,Asian,1000,Census 2021\n"
                   "2021,10-17,All,Mixed,500,Census 2021\n"
                   "2021,10-17,All,Other,340,Census 2021\n");
  g_string_append (f->benchmarks,
                   "FTE_RATE,2023-04-01,2024-03-31,FAMILY,YJS Family Average,113,70982,160,,,"
                   "YJS Data Summary 118\n"
                   "FTE_RATE,2023-04-01,2024-03-31,NATIONAL,England and Wales,,,149,,,"
                   "YJS Data Summary 118\n"
                   "FTE_RATE,2023-04-01,2024-03-31,YJS,Northdale,,,170,90,154,"
                   "YJS Data Summary 118\n"
                   "CUSTODY_RATE,2023-04-01,2024-03-31,NATIONAL,England and Wales,,,0.10,,,"
                   "YJS Data Summary 118\n");
  import_file (f, BP_IMPORT_OUTCOMES, outcomes_name ? outcomes_name : "outcomes.csv",
               f->outcomes);
  import_file (f, BP_IMPORT_POPULATION, "population.csv", f->population);
  import_file (f, BP_IMPORT_BENCHMARKS, "benchmarks.csv", f->benchmarks);
  g_assert_true (bp_store_set_area (f->store, "Northdale", NULL));
}

static BpReport *
report_for (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  BpReportOptions options = { d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED };
  BpReport *report = bp_report_compute (f->store, &options, &error);

  g_assert_no_error (error);
  return report;
}

/* --- the independent readers ------------------------------------------------------ */

static gboolean
have_python_module (const char *module)
{
  g_autofree char *code = g_strdup_printf ("import %s", module);
  const char *argv[] = { PYTHON, "-c", code, NULL };
  int status = -1;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    return FALSE;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL);
  return g_spawn_check_wait_status (status, NULL);
}

/* Runs @argv; fails the test with its output unless it exits 0. */
static void
run_checker (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_fail_printf ("%s failed (see the messages above)", argv[1]);
}

static void
check_workbook (const char *path,
                const char *expectations_json)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "export", "check_workbook.py",
                                                   NULL);
  g_autofree char *json_path = g_strconcat (path, ".json", NULL);
  const char *argv[] = { PYTHON, script, path, json_path, NULL };
  g_autoptr(GError) error = NULL;

  g_file_set_contents (json_path, expectations_json, -1, &error);
  g_assert_no_error (error);
  run_checker (argv);
}

static gboolean
need_openpyxl (void)
{
  if (have_python_module ("openpyxl"))
    return TRUE;
  g_test_skip ("python3-openpyxl is not installed (build-aux/deps installs it)");
  return FALSE;
}

static char *
export_workbook (Fixture *f, BpReport *r, BpProfile profile, const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (bp_export_workbook (r, f->store, profile, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* --- the workbook -------------------------------------------------------------------- */

/* Headline values are numbers with the published number formats:
 * FTE 60 / 33,930 x 100,000 = 176.83 (shown 177) and 77 / 28,797 x 100,000 = 267.39;
 * custody 3 / 33,930 x 1,000 = 0.0884 (shown 0.09) and 11 / 28,797 x 1,000 = 0.382;
 * Black: 20 of 63 children of known ethnicity = 31.75%, rate 20 / 2,160 x 100,000 = 925.9,
 * RRI (20 / 2,160) / (34 / 6,000) = 1.634; population share 2,160 / 10,000 = 21.6%.
 * The reoffending cohort Apr-Jun 2022 holds the 19 YCCs of 1 Apr + 5 days x 0..18. */
static const char internal_expectations[] =
  "{\"profile\": \"internal\", \"forbidden\": [\"ZQX\"],"
  " \"title_contains\": \"Northdale\","
  " \"symbols\": {\"[c]\": [], \"[u]\": []},"
  " \"cells\": ["
  "  {\"table\": \"Headline_indicators\", \"row\": \"First time entrants|Rate per 100,000 10-17 "
  "year olds\", \"column\": \"This period\", \"value\": 176.834659593, \"tol\": 1e-6,"
  " \"format\": \"#,##0\"},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"First time entrants|Rate per 100,000 10-17 "
  "year olds\", \"column\": \"Previous period\", \"value\": 267.388964128, \"tol\": 1e-6},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"First time entrants|Rate per 100,000 10-17 "
  "year olds\", \"column\": \"YJS family (as published)\", \"value\": 160, \"format\": \"#,##0\"},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"First time entrants|Rate per 100,000 10-17 "
  "year olds\", \"column\": \"England and Wales (as published)\", \"value\": 149},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"First time entrants|Number of children\","
  " \"column\": \"This period\", \"value\": 60, \"format\": \"#,##0\"},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"First time entrants|Number of children\","
  " \"column\": \"Previous period\", \"value\": 77},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"Use of custody|Rate per 1,000 10-17 year "
  "olds\", \"column\": \"This period\", \"value\": 0.0884173298, \"tol\": 1e-9,"
  " \"format\": \"#,##0.00\"},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"Use of custody|Rate per 1,000 10-17 year "
  "olds\", \"column\": \"Previous period\", \"value\": 0.381984234, \"tol\": 1e-8},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"Use of custody|Rate per 1,000 10-17 year "
  "olds\", \"column\": \"England and Wales (as published)\", \"value\": 0.1,"
  " \"format\": \"#,##0.00\"},"
  "  {\"table\": \"Headline_indicators\", \"row\": \"Use of custody|Number of custodial "
  "sentences\", \"column\": \"This period\", \"value\": 3},"
  /* The judgements, by hand: 176.83 against 267.39 is -33.87%, down 33.9%, which is
   * better; 177 (as published, to whole numbers) against England and Wales 149 and the
   * family 160 is worse; (176.83 - 149) / 149 = 18.7% worse, beyond the 5% band: red
   * under the default rule (England and Wales). Custody rests on 3 sentences: fewer than
   * 10, no status. */
  "  {\"table\": \"Summary_judgements\", \"row\": \"First time entrants|Rate per 100,000 "
  "10-17 year olds\", \"column\": \"Change on the year before\", \"value\": \"Down 33.9% "
  "on the year before (267): better\"},"
  "  {\"table\": \"Summary_judgements\", \"row\": \"First time entrants|Rate per 100,000 "
  "10-17 year olds\", \"column\": \"Against England and Wales\", \"value\": \"Worse than "
  "England and Wales (149)\"},"
  "  {\"table\": \"Summary_judgements\", \"row\": \"First time entrants|Rate per 100,000 "
  "10-17 year olds\", \"column\": \"Against the YJS family\", \"value\": \"Worse than YJS "
  "Family Average (160)\"},"
  "  {\"table\": \"Summary_judgements\", \"row\": \"First time entrants|Rate per 100,000 "
  "10-17 year olds\", \"column\": \"Status\", \"value\": \"Red\"},"
  "  {\"table\": \"Summary_judgements\", \"row\": \"Use of custody|Rate per 1,000 10-17 "
  "year olds\", \"column\": \"Status\", \"value\": \"No status\"},"
  "  {\"table\": \"Summary_judgements\", \"row\": \"Use of custody|Rate per 1,000 10-17 "
  "year olds\", \"column\": \"Read with care\", \"value\": \"Counted from fewer than 10: no "
  "status\"},"
  "  {\"table\": \"FTE_by_12_months\", \"row\": \"2024-03-31 00:00:00\","
  " \"column\": \"First time entrants\", \"value\": 60},"
  "  {\"table\": \"FTE_by_12_months\", \"row\": \"2024-03-31 00:00:00\","
  " \"column\": \"Period start\", \"value\": \"date:2023-04-01\"},"
  "  {\"table\": \"FTE_by_12_months\", \"row\": \"2024-03-31 00:00:00\","
  " \"column\": \"10-17 population\", \"value\": 33930},"
  "  {\"table\": \"Custody_by_12_months\", \"row\": \"2022-12-31 00:00:00\","
  " \"column\": \"Custodial sentences\", \"value\": 11},"
  "  {\"table\": \"Custody_by_12_months\", \"row\": \"2023-09-30 00:00:00\","
  " \"column\": \"Custodial sentences\", \"value\": 4},"
  "  {\"table\": \"Reoffending_cohorts\", \"row\": \"3-month cohort\","
  " \"column\": \"Children in the cohort\", \"value\": 19},"
  "  {\"table\": \"Reoffending_cohorts\", \"row\": \"3-month cohort\","
  " \"column\": \"Cohort start\", \"value\": \"date:2022-04-01\"},"
  "  {\"table\": \"Reoffending_cohorts\", \"row\": \"3-month cohort\","
  " \"column\": \"% who reoffended\", \"value\": 0, \"format\": \"#,##0.0\"},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Black\", \"column\": \"Children\","
  " \"value\": 20},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Black\","
  " \"column\": \"Rate per 100,000\", \"value\": 925.925925926, \"tol\": 1e-6},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Black\","
  " \"column\": \"% of children of known ethnicity\", \"value\": 31.746031746, \"tol\": 1e-6,"
  " \"format\": \"#,##0.0\"},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Black\","
  " \"column\": \"% of 10-17 population\", \"value\": 21.6, \"tol\": 1e-9},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Black\","
  " \"column\": \"Relative rate index\", \"value\": 1.633986928, \"tol\": 1e-6,"
  " \"format\": \"#,##0.00\"},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Black\","
  " \"column\": \"Change in children (%)\", \"value\": \"[z]\"},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"White\", \"column\": \"Children\","
  " \"value\": 34},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"White\","
  " \"column\": \"Significance\", \"value\": \"Reference group\"},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Mixed\", \"column\": \"Children\","
  " \"value\": 3},"
  "  {\"table\": \"Disproportionality_totals\", \"row\": \"All children\","
  " \"column\": \"Number or %\", \"value\": 63}"
  " ]}";

static void
test_workbook_internal (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *path = NULL;

  if (!need_openpyxl ())
    return;
  build_area (f, NULL);
  r = report_for (f);
  path = export_workbook (f, r, BP_PROFILE_INTERNAL, "internal.xlsx");
  check_workbook (path, internal_expectations);
}

/* Partner: [c] exactly where domain.md section 9 puts it, worked out by hand.
 * - Custody in the 12 months to 31 Mar 2024 is 3: the count, its rate and their changes on
 *   the Summary are [c] (the previous 11 is shown).
 * - The rolling custody windows (DTOs of 2022 on 1 May + 20 days x 0..10; 2023/24 on
 *   10 May, 3 Nov, 10 Jan): Jul 2021-Jun 2022 holds 4 (1, 21 May; 10, 30 Jun 2022),
 *   Oct 2022-Sep 2023 holds 4 (8, 28 Oct; 17 Nov 2022; 10 May 2023), Jan-Dec 2023 holds
 *   2 and Apr 2023-Mar 2024 holds 3: those four counts and their rates are [c]. The
 *   others (0, 8, 11, 11, 8) are shown: a time series is not a sum, so no secondary.
 * - Ethnic groups 2023/24, Asian to White: 6, 20, 3, 0, 34. Mixed (3) is [c]; it is then
 *   the only [c] of the column, so the next smallest, Asian (6), is [c] too. Every value
 *   made from them is [c]; their populations, population shares and previous counts (0)
 *   are shown. Ethnic minority groups (29) stays: two of its parts are hidden.
 * - Diversion 2023/24: the 40 youth cautions of children F1..F59 not a multiple of 3, by
 *   group Black 13, White 21, Asian 4 (F52, 53, 55, 56), Mixed 2 (F58, 59); Asian and
 *   Mixed are [c] with their shares. Two parts of the 40 are hidden, so no secondary.
 *   The YCCs are all in 2022/23 (66, shown) and there are no remands.
 * - Disposals 2023/24 by tier: pre-court 40 (the YCs), first tier 20 (the ROs of F0, F3,
 *   .. F57), custody 3 (C0-C2's DTOs), informal and community 0. Custody is [c]; with the
 *   63 shown it would be 63 - 60, so the next smallest, first tier, is [c] too, with
 *   their shares. (The breakdown by ethnic group is not in a partner pack.)
 * - The cohort of 2023/24 is those 63 children, all boys aged 15: by group Black 20,
 *   White 31 + 3, Asian 6, Mixed 3 ([c], then Asian too); by most serious outcome
 *   pre-court 40, first tier 20, custody 3 ([c], then first tier too).
 * - Court sentences by quarter: the D children's DTOs of 2022 fall 4, 4, 3 and 0 in the
 *   quarters to June, September, December 2022 and March 2023: the first three are [c]
 *   with their medians (they add up to the 11 shown for the year before, so none can be
 *   worked back). In 2023/24 the quarters hold 5 to 6 court sentences (the 20 ROs and
 *   3 DTOs): fewer than 10, so their medians are [u].
 * - The six-year series of the disproportionality (2018/19 to 2023/24): 2019/20 holds
 *   only C0-C2's youth cautions of 1 June 2019 (White 3): White is [c], and the children
 *   of known ethnicity (3, of which White is the only part) with it, so every share of
 *   that year is [c]. 2023/24 is the table above's (Asian and Mixed [c], the same
 *   figures), so their shares and their changes over 5 years and over 1 year are [c].
 *   2022/23 holds White 77 (the YCCs and the D children's DTOs), shown.
 */
static const char partner_expectations[] =
  "{\"profile\": \"partner\", \"forbidden\": [\"ZQX\"],"
  " \"symbols\": {\"[c]\": ["
  "  [\"Headline_indicators\", \"Use of custody|Rate per 1,000 10-17 year olds\", \"This period\"],"
  "  [\"Headline_indicators\", \"Use of custody|Rate per 1,000 10-17 year olds\", \"Change\"],"
  "  [\"Headline_indicators\", \"Use of custody|Number of custodial sentences\", \"This period\"],"
  "  [\"Headline_indicators\", \"Use of custody|Number of custodial sentences\", \"Change\"],"
  "  [\"Summary_judgements\", \"Use of custody|Rate per 1,000 10-17 year olds\", \"Figure\"],"
  "  [\"Summary_judgements\", \"Use of custody|Number of custodial sentences\", \"Figure\"],"
  "  [\"Custody_by_12_months\", \"2022-06-30 00:00:00\", \"Custodial sentences\"],"
  "  [\"Custody_by_12_months\", \"2022-06-30 00:00:00\", \"Rate per 1,000 10-17 year olds (local data)\"],"
  "  [\"Custody_by_12_months\", \"2023-09-30 00:00:00\", \"Custodial sentences\"],"
  "  [\"Custody_by_12_months\", \"2023-09-30 00:00:00\", \"Rate per 1,000 10-17 year olds (local data)\"],"
  "  [\"Custody_by_12_months\", \"2023-12-31 00:00:00\", \"Custodial sentences\"],"
  "  [\"Custody_by_12_months\", \"2023-12-31 00:00:00\", \"Rate per 1,000 10-17 year olds (local data)\"],"
  "  [\"Custody_by_12_months\", \"2024-03-31 00:00:00\", \"Custodial sentences\"],"
  "  [\"Custody_by_12_months\", \"2024-03-31 00:00:00\", \"Rate per 1,000 10-17 year olds (local data)\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Children\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Rate per 100,000\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"% of children of known ethnicity\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Difference (percentage points)\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Relative rate index\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"95% CI lower\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"95% CI upper\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Significance\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Change in children (%)\"],"
  "  [\"Disproportionality_by_group\", \"Asian\", \"Change in share (percentage points)\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Children\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Rate per 100,000\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"% of children of known ethnicity\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Difference (percentage points)\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Relative rate index\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"95% CI lower\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"95% CI upper\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Significance\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Change in children (%)\"],"
  "  [\"Disproportionality_by_group\", \"Mixed\", \"Change in share (percentage points)\"],"
  "  [\"Diversion_children\", \"Asian\", \"Number\"],"
  "  [\"Diversion_children\", \"Asian\", \"% of the children\"],"
  "  [\"Diversion_children\", \"Mixed\", \"Number\"],"
  "  [\"Diversion_children\", \"Mixed\", \"% of the children\"],"
  "  [\"Disposals_by_tier\", \"custody\", \"Outcomes\"],"
  "  [\"Disposals_by_tier\", \"custody\", \"% of outcomes\"],"
  "  [\"Disposals_by_tier\", \"first tier\", \"Outcomes\"],"
  "  [\"Disposals_by_tier\", \"first tier\", \"% of outcomes\"],"
  "  [\"Cohort_profile\", \"Ethnic group|Asian\", \"Number\"],"
  "  [\"Cohort_profile\", \"Ethnic group|Asian\", \"% of the children\"],"
  "  [\"Cohort_profile\", \"Ethnic group|Mixed\", \"Number\"],"
  "  [\"Cohort_profile\", \"Ethnic group|Mixed\", \"% of the children\"],"
  "  [\"Cohort_profile\", \"Most serious outcome|custody\", \"Number\"],"
  "  [\"Cohort_profile\", \"Most serious outcome|custody\", \"% of the children\"],"
  "  [\"Cohort_profile\", \"Most serious outcome|first tier\", \"Number\"],"
  "  [\"Cohort_profile\", \"Most serious outcome|first tier\", \"% of the children\"],"
  "  [\"Delays_by_quarter\", \"2022-06-30 00:00:00\", \"Court sentences\"],"
  "  [\"Delays_by_quarter\", \"2022-06-30 00:00:00\", \"Median days, court\"],"
  "  [\"Delays_by_quarter\", \"2022-09-30 00:00:00\", \"Court sentences\"],"
  "  [\"Delays_by_quarter\", \"2022-09-30 00:00:00\", \"Median days, court\"],"
  "  [\"Delays_by_quarter\", \"2022-12-31 00:00:00\", \"Court sentences\"],"
  "  [\"Delays_by_quarter\", \"2022-12-31 00:00:00\", \"Median days, court\"],"
  "  [\"Disproportionality_trend_changes\", \"Asian\", \"Change in children over 1 year (%)\"],"
  "  [\"Disproportionality_trend_changes\", \"Asian\", \"Change in children over 5 years (%)\"],"
  "  [\"Disproportionality_trend_changes\", \"Asian\", \"Change in share over 1 year (percentage points)\"],"
  "  [\"Disproportionality_trend_changes\", \"Asian\", \"Change in share over 5 years (percentage points)\"],"
  "  [\"Disproportionality_trend_counts\", \"Asian\", \"2023/24\"],"
  "  [\"Disproportionality_trend_shares\", \"Asian\", \"2023/24\"],"
  "  [\"Disproportionality_trend_changes\", \"Mixed\", \"Change in children over 1 year (%)\"],"
  "  [\"Disproportionality_trend_changes\", \"Mixed\", \"Change in children over 5 years (%)\"],"
  "  [\"Disproportionality_trend_changes\", \"Mixed\", \"Change in share over 1 year (percentage points)\"],"
  "  [\"Disproportionality_trend_changes\", \"Mixed\", \"Change in share over 5 years (percentage points)\"],"
  "  [\"Disproportionality_trend_counts\", \"Mixed\", \"2023/24\"],"
  "  [\"Disproportionality_trend_shares\", \"Mixed\", \"2023/24\"],"
  "  [\"Disproportionality_trend_counts\", \"White\", \"2019/20\"],"
  "  [\"Disproportionality_trend_counts\", \"Children of known ethnicity\", \"2019/20\"],"
  "  [\"Disproportionality_trend_shares\", \"Asian\", \"2019/20\"],"
  "  [\"Disproportionality_trend_shares\", \"Black\", \"2019/20\"],"
  "  [\"Disproportionality_trend_shares\", \"Mixed\", \"2019/20\"],"
  "  [\"Disproportionality_trend_shares\", \"Other\", \"2019/20\"],"
  "  [\"Disproportionality_trend_shares\", \"White\", \"2019/20\"],"
  "  [\"Disproportionality_trend_shares\", \"Ethnic minority groups\", \"2019/20\"]"
  " ],"
  " \"[u]\": ["
  "  [\"Delays_by_quarter\", \"2023-06-30 00:00:00\", \"Median days, court\"],"
  "  [\"Delays_by_quarter\", \"2023-09-30 00:00:00\", \"Median days, court\"],"
  "  [\"Delays_by_quarter\", \"2023-12-31 00:00:00\", \"Median days, court\"],"
  "  [\"Delays_by_quarter\", \"2024-03-31 00:00:00\", \"Median days, court\"]"
  " ]},"
  " \"cells\": ["
  "  {\"table\": \"Headline_indicators\", \"row\": \"Use of custody|Number of custodial "
  "sentences\", \"column\": \"Previous period\", \"value\": 11},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Ethnic minority groups\","
  " \"column\": \"Children\", \"value\": 29},"
  "  {\"table\": \"Disproportionality_by_group\", \"row\": \"Asian\","
  " \"column\": \"10-17 population\", \"value\": 1000},"
  "  {\"table\": \"Custody_by_12_months\", \"row\": \"2023-06-30 00:00:00\","
  " \"column\": \"Custodial sentences\", \"value\": 8},"
  "  {\"table\": \"Custody_chart_data\", \"row\": \"Mar 2024\", \"column\": \"Northdale (local)\","
  " \"value\": null},"
  "  {\"table\": \"Disproportionality_chart_data\", \"row\": \"Mixed\","
  " \"column\": \"RRI: Mixed\", \"value\": null},"
  "  {\"table\": \"Diversion_by_type\", \"row\": \"Youth Caution\","
  " \"column\": \"Outcomes\", \"value\": 40},"
  "  {\"table\": \"Diversion_by_type\", \"row\": \"Youth Conditional Caution\","
  " \"column\": \"Outcomes, the 12 months before\", \"value\": 66},"
  "  {\"table\": \"Diversion_children\", \"row\": \"Black\","
  " \"column\": \"Number\", \"value\": 13},"
  "  {\"table\": \"Disproportionality_trend_counts\", \"row\": \"White\","
  " \"column\": \"2022/23\", \"value\": 77}"
  " ]}";

static void
test_workbook_partner (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *path = NULL;

  if (!need_openpyxl ())
    return;
  build_area (f, NULL);
  r = report_for (f);
  path = export_workbook (f, r, BP_PROFILE_PARTNER, "partner.xlsx");
  check_workbook (path, partner_expectations);
}

/* Invalid UTF-8 in the area's name and in an imported file's name (the import log keeps
 * file names as the file system gives them) still makes a file every reader opens, with
 * U+FFFD in place of the bad bytes. */
static void
test_workbook_invalid_utf8 (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *path = NULL;

  if (!need_openpyxl ())
    return;
  build_area (f, "outcomes-\xff\xfe-\x01.csv");
  r = report_for (f);
  g_free (r->area);
  r->area = g_strdup ("North\xc3\x28" "dale\x07");
  path = export_workbook (f, r, BP_PROFILE_INTERNAL, "invalid.xlsx");
  check_workbook (path, "{\"profile\": \"internal\", \"forbidden\": [\"ZQX\"],"
                        " \"title_contains\": \"North\\ufffd(dale\\ufffd\"}");
}

/* Under a locale with decimal commas, numbers are still written with a point: the
 * checker reads 0.0884 as a number and finds no "<v>0,08...</v>" in the sheets. */
static void
test_workbook_decimal_comma (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *path = NULL;
  g_autofree char *previous = NULL;
  struct lconv *lc;

  if (!need_openpyxl ())
    return;
  build_area (f, NULL);
  r = report_for (f);
  previous = g_strdup (setlocale (LC_ALL, NULL));
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed (locales-all)");
      return;
    }
  lc = localeconv ();
  g_assert_cmpstr (lc->decimal_point, ==, ",");
  path = export_workbook (f, r, BP_PROFILE_INTERNAL, "komma.xlsx");
  /* The export leaves the thread's locale as it was. */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  setlocale (LC_ALL, previous);
  check_workbook (path,
                  "{\"profile\": \"internal\", \"cells\": ["
                  "{\"table\": \"Headline_indicators\", \"row\": \"Use of custody|Rate per 1,000 "
                  "10-17 year olds\", \"column\": \"This period\", \"value\": 0.0884173298,"
                  " \"tol\": 1e-9}]}");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
folder_listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
cancel_on_progress_cb (double fraction, gpointer data)
{
  g_cancellable_cancel (data);
}

/* A failed export leaves the file that was there, byte for byte, and no temporary file. */
static void
test_failed_export_keeps_old_file (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *xlsx = g_build_filename (out_dir, "pack.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "pack.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "pack.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  BpPackSheet *sheet;

  build_area (f, NULL);
  r = report_for (f);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  g_file_set_contents (xlsx, "the old workbook", -1, NULL);
  g_file_set_contents (pdf, "the old report", -1, NULL);
  before = folder_listing (out_dir);

  /* libxlsxwriter refuses a sheet half-way through the workbook. */
  pack = bp_pack_new (r, f->store, BP_PROFILE_INTERNAL, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (pack->sheets, 5);
  g_free (sheet->name);
  sheet->name = g_strdup ("Summary");
  g_assert_false (bp_export_workbook_pack (pack, xlsx, NULL, NULL, NULL, &error));
  g_assert_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_XLSX);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* An invalid sheet name is refused before anything is written. */
  g_free (sheet->name);
  sheet->name = g_strdup ("Ethnicity [by group]");
  g_assert_false (bp_export_workbook_pack (pack, xlsx, NULL, NULL, NULL, &error));
  g_assert_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID);
  g_clear_error (&error);

  /* Cancelled part-way through the PDF. */
  g_assert_false (bp_export_pdf (r, f->store, BP_PROFILE_INTERNAL, pdf, cancel_on_progress_cb,
                                 cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* A folder that does not exist. */
  g_assert_false (bp_export_workbook (r, f->store, BP_PROFILE_INTERNAL, missing, NULL, NULL,
                                      NULL, &error));
  g_assert_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE);
  g_clear_error (&error);

  g_file_get_contents (xlsx, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "the old workbook");
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (pdf, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "the old report");
  after = folder_listing (out_dir);
  g_assert_cmpstr (after, ==, before);

  /* And a good export replaces the old file. */
  g_assert_true (bp_export_workbook (r, f->store, BP_PROFILE_INTERNAL, xlsx, NULL, NULL, NULL,
                                     &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (xlsx, &contents, NULL, NULL);
  g_assert_true (g_str_has_prefix (contents, "PK"));
}

/* LibreOffice opens the workbook headless and converts it to PDF without error. */
static void
test_workbook_libreoffice (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *path = NULL;
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *profile = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdf_script = g_test_build_filename (G_TEST_DIST, "export", "check_pdf.py",
                                                       NULL);

  if (office == NULL)
    {
      g_test_skip ("libreoffice is not installed (libreoffice-calc-nogui)");
      return;
    }
  build_area (f, NULL);
  r = report_for (f);
  path = export_workbook (f, r, BP_PROFILE_PARTNER, "office.xlsx");
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  {
    const char *argv[] = { office, profile, "--headless", "--convert-to", "pdf", "--outdir",
                           f->dir, path, NULL };

    run_checker (argv);
  }
  pdf = g_build_filename (f->dir, "office.pdf", NULL);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  {
    /* LibreOffice prints each sheet with its header and footer: the marking and the page
     * number on every page; landscape, as the workbook asks. */
    const char *argv[] = { PYTHON, pdf_script, pdf, "OFFICIAL", "--any-size", "--untagged",
                           "--min-pages", "8",
                           "--text", "Partner pack", "--no-text", "ZQX", NULL };

    run_checker (argv);
  }
}

/* --- the PDF ----------------------------------------------------------------------- */

static void
test_pdf (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *internal = g_build_filename (f->dir, "internal.pdf", NULL);
  g_autofree char *partner = g_build_filename (f->dir, "partner.pdf", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "export", "check_pdf.py", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL || !have_python_module ("re"))
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }
  build_area (f, NULL);
  r = report_for (f);
  g_assert_true (bp_export_pdf (r, f->store, BP_PROFILE_INTERNAL, internal, NULL, NULL, NULL,
                                &error));
  g_assert_no_error (error);
  g_assert_true (bp_export_pdf (r, f->store, BP_PROFILE_PARTNER, partner, NULL, NULL, NULL,
                                &error));
  g_assert_no_error (error);

  /* The headline figures as published: FTE 177 and 267 per 100,000, custody 0.09 and
   * 0.38 per 1,000, comparators 160 and 149 as published; cover, summary, four indicator
   * pages, data quality and notes make at least 8 pages. */
  {
    const char *argv[] = { PYTHON, script, internal, "OFFICIAL-SENSITIVE", "--min-pages", "8",
                           "--board-paper",
                           "--text", "177", "--text", "267", "--text", "0.09", "--text", "0.38",
                           "--text", "160", "--text", "149", "--text", "Text alternative:",
                           "--no-text", "ZQX", NULL };

    run_checker (argv);
  }
  /* The partner report hides custody (3) as the workbook does. */
  {
    const char *argv[] = { PYTHON, script, partner, "OFFICIAL", "--min-pages", "8",
                           "--board-paper",
                           "--text", "177", "--text", "[c]", "--text", "Partner pack",
                           "--no-text", "ZQX", "--no-text", "0.09", NULL };

    run_checker (argv);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/workbook/internal", test_workbook_internal);
  ADD ("/export/workbook/partner", test_workbook_partner);
  ADD ("/export/workbook/invalid-utf8", test_workbook_invalid_utf8);
  ADD ("/export/workbook/decimal-comma", test_workbook_decimal_comma);
  ADD ("/export/workbook/libreoffice", test_workbook_libreoffice);
  ADD ("/export/failed-export-keeps-old-file", test_failed_export_keeps_old_file);
  ADD ("/export/pdf/pages-text-fonts", test_pdf);
#undef ADD
  return g_test_run ();
}

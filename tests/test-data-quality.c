/* test-data-quality.c: what the data holds that the figures leave out (issue "Trust", 5)
 *
 * An unknown ethnicity value ("ZZ") becomes Unknown and a 9-year-old's custodial sentence
 * is stored but not counted, as the spec says; neither may pass silently. The file below
 * is written by hand: 2 outcomes with "ZZ" and 1 with "Qx" (unrecognised), 1 "Not stated"
 * and 1 blank (recognised ways of saying unknown), 1 outcome of a child aged 9 and 1 of a
 * child aged 18 on their outcome dates, and 2 outcomes of 1 child of another area.
 */

#include "config.h"

#include <string.h>

#include "bp-data-quality.h"
#include "bp-import.h"
#include "bp-indicators.h"
#include "bp-pack.h"
#include "bp-report-format.h"
#include "bp-test-util.h"

#define HEADER "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type," \
               "local_status\n"

static const char oddities[] =
  HEADER
  "O-01,C-01,2008-05-14,M,ZZ,2023-06-02,YC,Local\n"
  "O-02,C-02,2008-05-14,F,ZZ,2023-07-02,YC,Local\n"
  "O-03,C-03,2008-05-14,M,Qx,2023-08-02,RO,Local\n"
  "O-04,C-04,2008-05-14,M,Not stated,2023-09-02,RO,Local\n"
  "O-05,C-05,2008-05-14,F,,2023-10-02,RO,Local\n"
  /* 9 years old on 2 June 2023: born 3 June 2013 */
  "O-06,C-06,2013-06-03,M,W1,2023-06-02,DTO,Local\n"
  /* 18 on 2 June 2023: born 1 June 2005 */
  "O-07,C-07,2005-06-01,M,W1,2023-06-02,YRO,Local\n"
  "O-08,C-08,2008-05-14,M,B1,2023-06-02,YC,Other\n"
  "O-09,C-08,2008-05-14,M,B1,2023-09-02,RO,Other\n"
  "O-10,C-09,2008-05-14,M,W1,2023-06-02,YC,Local\n";

typedef struct
{
  char    *dir;
  BpStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *csv = NULL;
  BpImportOptions options = { .kind = BP_IMPORT_OUTCOMES };

  f->dir = bp_test_tmpdir ();
  db = g_build_filename (f->dir, "q.db", NULL);
  f->store = bp_store_open (db, &error);
  g_assert_no_error (error);
  csv = bp_test_write_file (f->dir, "oddities.csv", oddities, -1);
  bp_import_file (f->store, csv, &options, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
}

static BpReport *
report_of (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  BpReportOptions options = { bp_day_from_ymd (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED };
  BpReport *report = bp_report_compute (f->store, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Each finding with its count, worked out from the file above. */
static void
test_findings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BpReport) report = report_of (f);
  const BpDataQuality *q = report->quality;
  const BpUnrecognisedValue *v;

  g_assert_nonnull (q);
  g_assert_cmpint (q->outcome_rows, ==, 10);
  /* "ZZ" twice, "Qx" once; "Not stated" and blank are ways of saying unknown. */
  g_assert_cmpuint (q->unrecognised_ethnicity->len, ==, 2);
  v = g_ptr_array_index (q->unrecognised_ethnicity, 0);
  g_assert_cmpstr (v->value, ==, "ZZ");
  g_assert_cmpint (v->outcomes, ==, 2);
  v = g_ptr_array_index (q->unrecognised_ethnicity, 1);
  g_assert_cmpstr (v->value, ==, "Qx");
  g_assert_cmpint (v->outcomes, ==, 1);
  /* The 9-year-old and the 18-year-old: two outcomes of two children. */
  g_assert_cmpint (q->outside_age_outcomes, ==, 2);
  g_assert_cmpint (q->outside_age_children, ==, 2);
  /* C-08 of another area: two outcomes of one child. */
  g_assert_cmpint (q->other_area_outcomes, ==, 2);
  g_assert_cmpint (q->other_area_children, ==, 1);
  /* And the 9-year-old's custodial sentence is not counted as custody. */
  g_assert_cmpint (report->custody.current.count, ==, 0);
  g_assert_false (q->any_population);
}

/* The text report lists them, and says to import a population. */
static void
test_text_report (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BpReport) report = report_of (f);
  g_autofree char *text = bp_report_to_text (report);

  g_assert_nonnull (strstr (text, "Ethnicity values not recognised, read as Unknown: “ZZ” "
                                  "(2 outcomes), “Qx” (1 outcome)."));
  g_assert_nonnull (strstr (text, "Not aged 10-17 on the outcome date, held and not counted: "
                                  "2 outcomes of 2 children."));
  g_assert_nonnull (strstr (text, "Children of other areas (local status Other), held and not "
                                  "counted: 2 outcomes of 1 child."));
  g_assert_nonnull (strstr (text, "No 10-17 population is held"));
}

static const BpPackTable *
findings_table (BpPack *pack)
{
  BpPackTable *t = bp_pack_find_table (pack, "Data_findings");

  g_assert_nonnull (t);
  return t;
}

static char *
cell_text (const BpPackTable *t,
           guint              row,
           guint              column)
{
  return bp_pack_cell_to_text (bp_pack_table_cell (t, row, column));
}

/* The pack's data quality sheet: every value for the manager; for partners no value as
 * imported (it could say anything) and no count of 1 to 4. */
static void
test_pack (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BpReport) report = report_of (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpPack) internal = bp_pack_new (report, f->store, BP_PROFILE_INTERNAL, &error);
  g_autoptr(BpPack) partner = bp_pack_new (report, f->store, BP_PROFILE_PARTNER, &error);
  const BpPackTable *t;

  g_assert_no_error (error);
  t = findings_table (internal);
  g_assert_cmpuint (t->rows->len, ==, 4);
  {
    g_autofree char *a = cell_text (t, 0, 0);
    g_autofree char *b = cell_text (t, 0, 1);
    g_autofree char *c = cell_text (t, 2, 1);
    g_autofree char *d = cell_text (t, 3, 2);

    g_assert_cmpstr (a, ==, "Ethnicity “ZZ” not recognised");
    g_assert_cmpstr (b, ==, "2");
    g_assert_cmpstr (c, ==, "2");
    g_assert_cmpstr (d, ==, "1");
  }

  t = findings_table (partner);
  g_assert_cmpuint (t->rows->len, ==, 3);
  for (guint r = 0; r < t->rows->len; r++)
    {
      g_autofree char *label = cell_text (t, r, 0);
      g_autofree char *outcomes = cell_text (t, r, 1);

      g_assert_null (strstr (label, "ZZ"));
      g_assert_null (strstr (label, "Qx"));
      /* 3, 2 and 2 outcomes: all of them 1 to 4. */
      g_assert_cmpstr (outcomes, ==, "[c]");
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/data-quality/findings", Fixture, NULL, fixture_set_up, test_findings,
              fixture_tear_down);
  g_test_add ("/export/data-quality/text-report", Fixture, NULL, fixture_set_up,
              test_text_report, fixture_tear_down);
  g_test_add ("/export/data-quality/pack", Fixture, NULL, fixture_set_up, test_pack,
              fixture_tear_down);
  return g_test_run ();
}

/* test-comparison.c: an indicator's published comparators side by side (bp-comparison.c)
 *
 * Acceptance (issue "Comparators"): Havering's YJS Data Summary 118 tables as its plan
 * publishes them. FTE: Havering 47 of 26,092 = 180, position 90 of 154 (65 the year
 * before); Barking and Dagenham 66 of 28,797 = 229; Redbridge 60 of 33,930 = 177; the
 * family 113 of 70,982 published as 160 (not the 159 a reader would recompute).
 * Custody: Havering 3 -> 0.11 (position 98, 112 the year before), Barking and Dagenham
 * 11 -> 0.38, Redbridge 6 -> 0.18, family 7 -> 0.09.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-indicator.h"
#include "bp-kpis.h"
#include "bp-report-format.h"
#include "bp-test-cases.h"
#include "bp-test-util.h"

static BpBenchmark *
row (const char *code,
     const char *type,
     const char *name,
     const char *numerator,
     const char *denominator,
     const char *value,
     int         rank,
     gboolean    own)
{
  BpBenchmark *b = g_new0 (BpBenchmark, 1);

  b->indicator = g_strdup (code);
  b->area_type = g_strdup (type);
  b->area_name = g_strdup (name);
  b->numerator = g_strdup (numerator);
  b->denominator = g_strdup (denominator);
  b->value_text = g_strdup (value);
  b->value = g_ascii_strtod (value, NULL);
  b->rank = rank;
  b->rank_of = rank > 0 ? 154 : 0;
  b->own = own;
  return b;
}

static void
row_free (gpointer data)
{
  BpBenchmark *b = data;

  g_free (b->indicator);
  g_free (b->area_type);
  g_free (b->area_name);
  g_free (b->numerator);
  g_free (b->denominator);
  g_free (b->value_text);
  g_free (b);
}

static GPtrArray *
havering_fte (void)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);

  g_ptr_array_add (rows, row ("FTE_RATE", "YJS", "Havering", "47", "26092", "180", 90, TRUE));
  g_ptr_array_add (rows, row ("FTE_RATE", "FAMILY", "YJS Family Average", "113", "70982", "160",
                              0, FALSE));
  g_ptr_array_add (rows, row ("FTE_RATE", "YJS", "Barking and Dagenham", "66", "28797", "229", 0,
                              FALSE));
  g_ptr_array_add (rows, row ("FTE_RATE", "YJS", "Redbridge", "60", "33930", "177", 0, FALSE));
  return rows;
}

/* The table best first (a lower FTE rate is better): family 160, Redbridge 177, Havering
 * 180, Barking and Dagenham 229; the family as published, 160; Havering second of itself
 * and its 2 neighbours; 90 from 65 is 25 places worse. */
static void
test_havering_fte (void)
{
  g_autoptr(GPtrArray) now = havering_fte ();
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (row_free);
  const char *order[] = { "YJS Family Average", "Redbridge", "Havering", "Barking and Dagenham" };
  g_autofree char *rank = NULL;
  g_autofree char *where = NULL;
  BpComparison c;

  g_ptr_array_add (before, row ("FTE_RATE", "YJS", "Havering", "40", "26092", "153", 65, TRUE));
  bp_comparison_init (&c, "FTE_RATE", bp_fte_indicator.better, now, before);
  g_assert_cmpint (c.better, ==, BP_BETTER_LOWER);
  g_assert_cmpuint (c.rows->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (((BpBenchmark *) g_ptr_array_index (c.rows, i))->area_name, ==, order[i]);
  g_assert_cmpstr (((BpBenchmark *) g_ptr_array_index (c.rows, 0))->value_text, ==, "160");
  g_assert_nonnull (c.own);
  g_assert_cmpstr (c.own->area_name, ==, "Havering");
  g_assert_cmpint (c.rank, ==, 90);
  g_assert_cmpint (c.rank_of, ==, 154);
  g_assert_cmpint (c.previous_rank, ==, 65);
  g_assert_cmpint (bp_comparison_movement (&c), ==, BP_VERDICT_WORSE);
  g_assert_cmpuint (c.n_neighbours, ==, 2);
  g_assert_cmpint (c.position, ==, 2);
  rank = bp_comparison_rank_text (&c);
  g_assert_cmpstr (rank, ==, "position 90 of 154 (65 the year before: 25 places worse)");
  where = bp_comparison_neighbours_text (&c);
  g_assert_cmpstr (where, ==, "position 2 from the best of the area and its 2 named neighbours");

  /* The local rate 47 / 26,092 * 100,000 = 180.13 against the family's published 160:
   * worse. 159.6 rounds to the published 160: the same, not better by 0.4. 159.4 is
   * better. */
  {
    const BpBenchmark *family = bp_benchmark_find (c.rows, "FTE_RATE", "FAMILY");
    g_autofree char *text = NULL;

    g_assert_cmpint (bp_compare_with (c.better, 47 * 100000.0 / 26092, family), ==,
                     BP_VERDICT_WORSE);
    g_assert_cmpint (bp_compare_with (c.better, 159.6, family), ==, BP_VERDICT_SAME);
    g_assert_cmpint (bp_compare_with (c.better, 159.4, family), ==, BP_VERDICT_BETTER);
    g_assert_cmpint (bp_compare_with (BP_BETTER_NEITHER, 159.4, family), ==, BP_VERDICT_NONE);
    text = bp_comparison_verdicts_text (&c, 47 * 100000.0 / 26092, "");
    g_assert_cmpstr (text, ==, "worse than YJS Family Average (160)");
  }
  bp_comparison_clear (&c);
}

/* Custody (lower is better): family 0.09, Havering 0.11, Redbridge 0.18, Barking and
 * Dagenham 0.38; Havering first of itself and its neighbours; 98 from 112 is 14 places
 * better. The local 3 / 26,092 * 1,000 = 0.11498 is 0.11 at the published two decimals:
 * the same as Havering's own published 0.11. */
static void
test_havering_custody (void)
{
  g_autoptr(GPtrArray) now = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (row_free);
  g_autofree char *rank = NULL;
  BpComparison c;

  g_ptr_array_add (now, row ("CUSTODY_RATE", "YJS", "Havering", "3", "26092", "0.11", 98, TRUE));
  g_ptr_array_add (now, row ("CUSTODY_RATE", "YJS", "Barking and Dagenham", "11", "28797", "0.38",
                             0, FALSE));
  g_ptr_array_add (now, row ("CUSTODY_RATE", "YJS", "Redbridge", "6", "33930", "0.18", 0, FALSE));
  g_ptr_array_add (now, row ("CUSTODY_RATE", "FAMILY", "YJS Family Average", "7", "70982", "0.09",
                             0, FALSE));
  g_ptr_array_add (before, row ("CUSTODY_RATE", "YJS", "Havering", "4", "26092", "0.15", 112,
                                TRUE));
  bp_comparison_init (&c, "CUSTODY_RATE", bp_custody_indicator.better, now, before);
  g_assert_cmpstr (((BpBenchmark *) g_ptr_array_index (c.rows, 0))->area_name, ==,
                   "YJS Family Average");
  g_assert_cmpstr (((BpBenchmark *) g_ptr_array_index (c.rows, 3))->area_name, ==,
                   "Barking and Dagenham");
  g_assert_cmpint (c.position, ==, 1);
  g_assert_cmpint (bp_comparison_movement (&c), ==, BP_VERDICT_BETTER);
  rank = bp_comparison_rank_text (&c);
  g_assert_cmpstr (rank, ==, "position 98 of 154 (112 the year before: 14 places better)");
  g_assert_cmpint (bp_compare_with (c.better, 3 * 1000.0 / 26092, c.own), ==, BP_VERDICT_SAME);
  bp_comparison_clear (&c);

  /* The verdicts grouped, worst first, each comparator as published: the local 0.11498
   * is worse than the family's 0.09, the same as England and Wales's 0.11 at two
   * decimals (not worse by 0.005), and better than the region's 0.20. */
  g_ptr_array_add (now, row ("CUSTODY_RATE", "REGION", "London", "60", "300000", "0.20", 0,
                             FALSE));
  g_ptr_array_add (now, row ("CUSTODY_RATE", "NATIONAL", "England and Wales", "600", "5600000",
                             "0.11", 0, FALSE));
  bp_comparison_init (&c, "CUSTODY_RATE", bp_custody_indicator.better, now, before);
  {
    g_autofree char *text = bp_comparison_verdicts_text (&c, 3 * 1000.0 / 26092, "");
    g_autofree char *higher = NULL;

    g_assert_cmpstr (text, ==, "worse than YJS Family Average (0.09); the same as England "
                               "and Wales (0.11); better than London (0.20)");
    g_assert_null (bp_comparison_verdicts_text (&c, NAN, ""));
    bp_comparison_clear (&c);
    bp_comparison_init (&c, "CUSTODY_RATE", BP_BETTER_HIGHER, now, before);
    higher = bp_comparison_verdicts_text (&c, 0.15, "%");
    g_assert_cmpstr (higher, ==, "worse than London (0.20%); better than YJS Family Average "
                                 "(0.09%) and England and Wales (0.11%)");
  }
  bp_comparison_clear (&c);
}

/* Higher is better (a KPI): the best is the highest, and a rank that grows (towards the
 * highest values) is better; one place is "1 place". Neither way better: ascending, the
 * movement without a verdict. */
static void
test_directions (void)
{
  g_autoptr(GPtrArray) now = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (row_free);
  g_autofree char *rank = NULL;
  g_autofree char *neither = NULL;
  BpComparison c;

  g_ptr_array_add (now, row ("KPI_ETE", "YJS", "Own", "", "", "55.0", 40, TRUE));
  g_ptr_array_add (now, row ("KPI_ETE", "YJS", "Next door", "", "", "61.2", 0, FALSE));
  g_ptr_array_add (now, row ("KPI_ETE", "NATIONAL", "England and Wales", "", "", "58.9", 0,
                             FALSE));
  g_ptr_array_add (before, row ("KPI_ETE", "YJS", "Own", "", "", "54.0", 39, TRUE));
  bp_comparison_init (&c, "KPI_ETE", bp_kpi_better (BP_KPI_ETE), now, before);
  g_assert_cmpstr (((BpBenchmark *) g_ptr_array_index (c.rows, 0))->area_name, ==, "Next door");
  g_assert_cmpint (c.position, ==, 2);
  rank = bp_comparison_rank_text (&c);
  g_assert_cmpstr (rank, ==, "position 40 of 154 (39 the year before: 1 place better)");
  g_assert_cmpint (bp_compare_with (c.better, 55.04, bp_benchmark_find (now, NULL, "NATIONAL")),
                   ==, BP_VERDICT_WORSE);
  bp_comparison_clear (&c);

  bp_comparison_init (&c, "KPI_ETE", BP_BETTER_NEITHER, now, before);
  g_assert_cmpstr (((BpBenchmark *) g_ptr_array_index (c.rows, 0))->area_name, ==, "Own");
  g_assert_cmpint (bp_comparison_movement (&c), ==, BP_VERDICT_NONE);
  neither = bp_comparison_rank_text (&c);
  g_assert_cmpstr (neither, ==, "position 40 of 154 (39 the year before)");
  bp_comparison_clear (&c);
  g_assert_cmpint (bp_kpi_better (BP_KPI_SERIOUS_VIOLENCE), ==, BP_BETTER_LOWER);
  g_assert_cmpint (bp_kpi_better (BP_KPI_WIDER_SERVICES), ==, BP_BETTER_NEITHER);
}

/* End to end: Havering's rows imported as a benchmarks file, the area set, the report's
 * JSON and text say it (cli.md: own rows flagged, the comparison best first). */
static void
test_report (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *comparison;
  JsonArray *rows;

  for (int i = 0; i < 47; i++)
    {
      char child[16];

      g_snprintf (child, sizeof child, "H%d", i);
      outcome (f, child, d (2023, 5, 1) + i, "YC", NULL);
    }
  g_string_append (f->population, "2023,10-17,All,All,26092,ONS mid-year estimate 2023\n");
  g_string_append (f->benchmarks,
                   "FTE_RATE,2023-04-01,2024-03-31,YJS,Havering,47,26092,180,90,154,YJS DS 118\n"
                   "FTE_RATE,2023-04-01,2024-03-31,YJS,Barking and Dagenham,66,28797,229,,,YJS DS 118\n"
                   "FTE_RATE,2023-04-01,2024-03-31,YJS,Redbridge,60,33930,177,,,YJS DS 118\n"
                   "FTE_RATE,2023-04-01,2024-03-31,FAMILY,YJS Family Average,113,70982,160,,,YJS DS 118\n"
                   "FTE_RATE,2022-04-01,2023-03-31,YJS,Havering,40,26092,153,65,154,YJS DS 114\n");
  import_all (f);
  g_assert_true (bp_store_set_area (f->store, "Havering", NULL));
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  json = bp_report_to_json_text (r);
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  comparison = json_object_get_object_member (
    json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "fte"),
    "comparison");
  g_assert_cmpstr (json_object_get_string_member (comparison, "better"), ==, "lower");
  g_assert_cmpint (json_object_get_int_member (comparison, "rank"), ==, 90);
  g_assert_cmpint (json_object_get_int_member (comparison, "previous_rank"), ==, 65);
  g_assert_cmpstr (json_object_get_string_member (comparison, "rank_movement"), ==, "worse");
  g_assert_cmpint (json_object_get_int_member (comparison, "position_among_neighbours"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (comparison, "vs_family"), ==, "worse");
  g_assert_true (json_object_get_null_member (comparison, "vs_national"));
  rows = json_object_get_array_member (comparison, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0),
                                                  "value_text"), ==, "160");
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (rows, 2), "own"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 3),
                                                  "area_name"), ==, "Barking and Dagenham");

  bp_fte_indicator.to_text (r, &r->fte, text);
  g_assert_nonnull (strstr (text->str, "; published Havering 180, position 90 of 154 (65 the "
                                       "year before: 25 places worse)."));
  g_assert_nonnull (strstr (text->str, "  Worse than YJS Family Average (160).\n  The "
                                       "published figure is the YJB's, from the Police "
                                       "National Computer,"));
  g_assert_nonnull (strstr (text->str, "  Named neighbours, best first: Redbridge 177, Havering "
                                       "180 (published) and Barking and Dagenham 229; position "
                                       "2 from the best of the area and its 2 named "
                                       "neighbours.\n"));
}

/* Reoffending: the 12-month cohort of the period ending March 2024 is July 2021 to June
 * 2022 (published 21 months on); the same cohort a year earlier, July 2020 to June 2021,
 * ranked 80: from 80 to 50 is 30 places better (lower is better). */
static void
test_reoffending_rank (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  BpComparison c;
  g_autofree char *rank = NULL;

  outcome (f, "R1", d (2023, 5, 1), "YC", NULL);
  g_string_append (f->benchmarks,
                   "REOFF_BINARY_Y,2021-07-01,2022-06-30,YJS,Northdale,20,60,33.3,50,154,MoJ\n"
                   "REOFF_BINARY_Y,2020-07-01,2021-06-30,YJS,Northdale,25,62,40.3,80,154,MoJ\n"
                   "REOFF_BINARY_Y,2021-07-01,2022-06-30,YJS,Neighbourton,30,70,42.9,,,MoJ\n");
  import_all (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_cmpint (r->reoffending.year.cohort.start, ==, d (2021, 7, 1));
  bp_reoffending_comparison (&r->reoffending.year, TRUE, &c);
  g_assert_cmpint (c.rank, ==, 50);
  g_assert_cmpint (c.previous_rank, ==, 80);
  g_assert_cmpint (bp_comparison_movement (&c), ==, BP_VERDICT_BETTER);
  rank = bp_comparison_rank_text (&c);
  g_assert_cmpstr (rank, ==, "position 50 of 154 (80 the year before: 30 places better)");
  g_assert_cmpint (c.position, ==, 1);
  bp_comparison_clear (&c);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/comparison/havering-fte", test_havering_fte);
  g_test_add_func ("/core/comparison/havering-custody", test_havering_custody);
  g_test_add_func ("/core/comparison/directions", test_directions);
  g_test_add ("/core/comparison/report", Fixture, NULL, fixture_set_up, test_report,
              fixture_tear_down);
  g_test_add ("/core/comparison/reoffending-rank", Fixture, NULL, fixture_set_up,
              test_reoffending_rank, fixture_tear_down);
  return g_test_run ();
}

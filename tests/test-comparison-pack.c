/* test-comparison-pack.c: the comparator tables of the board pack, from Havering's YJS
 * Data Summary 118 rows as its plan publishes them (issue "Comparators", acceptance):
 * FTE Havering 47 of 26,092 = 180 (rank 90 of 154), Barking and Dagenham 66 of 28,797 =
 * 229, Redbridge 60 of 33,930 = 177, family 113 of 70,982 published as 160; custody
 * Havering 3 -> 0.11 (rank 98), Barking and Dagenham 11 -> 0.38, Redbridge 6 -> 0.18,
 * family 7 -> 0.09.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bp-pack.h"
#include "bp-test-cases.h"
#include "bp-test-util.h"

static void
havering_rows (Fixture *f)
{
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
                   "FTE_RATE,2022-04-01,2023-03-31,YJS,Havering,40,26092,153,65,154,YJS DS 114\n"
                   "CUSTODY_RATE,2023-04-01,2024-03-31,YJS,Havering,3,26092,0.11,98,154,YJS DS 118\n"
                   "CUSTODY_RATE,2023-04-01,2024-03-31,YJS,Barking and Dagenham,11,28797,0.38,,,YJS DS 118\n"
                   "CUSTODY_RATE,2023-04-01,2024-03-31,YJS,Redbridge,6,33930,0.18,,,YJS DS 118\n"
                   "CUSTODY_RATE,2023-04-01,2024-03-31,FAMILY,YJS Family Average,7,70982,0.09,,,YJS DS 118\n"
                   "CUSTODY_RATE,2022-04-01,2023-03-31,YJS,Havering,4,26092,0.15,112,154,YJS DS 114\n");
}

static void
havering (Fixture *f)
{
  havering_rows (f);
  import_all (f);
  g_assert_true (bp_store_set_area (f->store, "Havering", NULL));
}

static char *
cell (const BpPackTable *t,
      guint              row,
      guint              column)
{
  return bp_pack_cell_to_text (bp_pack_table_cell (t, row, column));
}

/* The rows of a table as "Area|Comparator|numerator|denominator|value|rank|of" lines. */
static char *
rows_text (const BpPackTable *t)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < t->rows->len; r++)
    {
      for (guint c = 0; c < t->n_columns; c++)
        {
          g_autofree char *text = cell (t, r, c);

          g_string_append_printf (out, "%s%s", c ? "|" : "", text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Whether a reading of the Summary's headline table holds @text. */
static gboolean
summary_says (BpPack     *pack,
              const char *text)
{
  BpPackTable *t = bp_pack_find_table (pack, "Headline_indicators");

  for (guint r = 0; r < t->rows->len; r++)
    {
      g_autofree char *reading = cell (t, r, 10);

      if (strstr (reading, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
sheet_has_line (const BpPackSheet *s,
                const char        *line)
{
  for (guint i = 0; i < s->lines->len; i++)
    if (g_str_equal (g_ptr_array_index (s->lines, i), line))
      return TRUE;
  return FALSE;
}

/* Internal pack: best first (lower is better), the area's row marked in words and as
 * highlighted, its rank as published, the lines that say how it compares. */
static void
test_internal (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fte = NULL;
  g_autofree char *custody = NULL;
  BpPackTable *t;
  BpPackSheet *s;

  havering (f);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  pack = bp_pack_new (r, f->store, BP_PROFILE_INTERNAL, &error);
  g_assert_no_error (error);

  t = bp_pack_find_table (pack, "FTE_comparators");
  g_assert_nonnull (t);
  fte = rows_text (t);
  g_assert_cmpstr (fte, ==,
                   "YJS Family Average|YJS family|113|70,982|160|[x]|[x]\n"
                   "Redbridge|Named neighbour|60|33,930|177|[x]|[x]\n"
                   "Havering|This area|47|26,092|180|90|154\n"
                   "Barking and Dagenham|Named neighbour|66|28,797|229|[x]|[x]\n");
  g_assert_cmpint (g_array_index (t->highlight, BpPackHighlight, 2), ==, BP_PACK_HIGHLIGHT_AREA);
  g_assert_cmpint (g_array_index (t->highlight, BpPackHighlight, 1), ==, BP_PACK_HIGHLIGHT_NONE);
  g_assert_cmpint (t->highlight_column, ==, 1);
  /* Its bars, the area's own marked, in the table's order. */
  g_assert_nonnull (t->chart);
  g_assert_cmpint (t->chart_marked, ==, 2);
  g_assert_cmpint (t->chart_values, ==, 4);
  g_assert_nonnull (strstr (t->chart_alt, "YJS Family Average: 160. Redbridge: 177. Havering "
                                          "(this area): 180, position 90 of 154 (65 the year "
                                          "before: 25 places worse). Barking and Dagenham: "
                                          "229."));
  g_assert_nonnull (strstr (t->title, "period ending March 2024, best first"));

  s = bp_pack_find_sheet (pack, "First time entrants");
  g_assert_true (sheet_has_line (s, "The local figure is worse than YJS Family Average (160)."));
  g_assert_true (sheet_has_line (s, "Havering as published: 180, position 90 of 154 (65 the "
                                    "year before: 25 places worse); position 2 from the best "
                                    "of the area and its 2 named neighbours."));

  /* The Summary says it in words, not as a second list of the comparators. */
  g_assert_true (summary_says (pack, "The local figure is worse than YJS Family Average "
                                     "(160). Havering as published: 180, position 90 of 154 "
                                     "(65 the year before: 25 places worse);"));
  g_assert_false (summary_says (pack, "Published comparators: YJS Family Average 160."));

  /* Custody: 98 from 112 is better; Havering is best of itself and its neighbours; the
   * local 3 / 26,092 x 1,000 = 0.115 is worse than the family's 0.09. */
  t = bp_pack_find_table (pack, "Custody_comparators");
  custody = rows_text (t);
  g_assert_cmpstr (custody, ==,
                   "YJS Family Average|YJS family|7|70,982|0.09|[x]|[x]\n"
                   "Havering|This area|3|26,092|0.11|98|154\n"
                   "Redbridge|Named neighbour|6|33,930|0.18|[x]|[x]\n"
                   "Barking and Dagenham|Named neighbour|11|28,797|0.38|[x]|[x]\n");
  s = bp_pack_find_sheet (pack, "Custody");
  g_assert_true (sheet_has_line (s, "Havering as published: 0.11, position 98 of 154 (112 "
                                    "the year before: 14 places better); position 1 from the "
                                    "best of the area and its 2 named neighbours."));
  /* The own published figure sits beside the local one in the custody table too. */
  t = bp_pack_find_table (pack, "Custody_by_12_months");
  {
    g_autofree char *heading = g_strdup (t->columns[9].header);
    g_autofree char *own = cell (t, t->rows->len - 1, 9);

    g_assert_cmpstr (heading, ==, "Havering as published by the YJB");
    g_assert_cmpstr (own, ==, "0.11");
  }
}

/* Partner pack: Havering's published custody count of 3, and the rate that gives it
 * back (0.11 x 26,092 / 1,000 = 2.9), are [c]; counts of 5 and more are shown. A
 * neighbour Preferences leave out is not in the pack; one imported later would be. */
static void
test_partner_and_hidden (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *custody = NULL;
  g_autofree char *fte = NULL;
  g_auto(GStrv) hidden = NULL;
  const char *const leave_out[] = { "Barking and Dagenham", NULL };

  havering (f);
  g_assert_true (bp_store_set_hidden_neighbours (f->store, leave_out, &error));
  g_assert_no_error (error);
  hidden = bp_store_get_hidden_neighbours (f->store);
  g_assert_cmpstrv (hidden, leave_out);
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  pack = bp_pack_new (r, f->store, BP_PROFILE_PARTNER, &error);
  g_assert_no_error (error);

  custody = rows_text (bp_pack_find_table (pack, "Custody_comparators"));
  g_assert_cmpstr (custody, ==,
                   "YJS Family Average|YJS family|7|70,982|0.09|[x]|[x]\n"
                   "Havering|This area|[c]|26,092|[c]|98|154\n"
                   "Redbridge|Named neighbour|6|33,930|0.18|[x]|[x]\n");
  /* Nor do the words give the published 0.11 back. */
  g_assert_false (summary_says (pack, "Havering as published: 0.11"));
  g_assert_false (sheet_has_line (bp_pack_find_sheet (pack, "Custody"),
                                  "Havering as published: 0.11, position 98 of 154 (112 "
                                  "the year before: 14 places better); position 1 from the "
                                  "best of the area and its 2 named neighbours."));
  g_assert_true (summary_says (pack, "Havering as published: 180, position 90 of 154"));
  fte = rows_text (bp_pack_find_table (pack, "FTE_comparators"));
  g_assert_null (strstr (fte, "Barking"));
  g_assert_nonnull (strstr (fte, "Redbridge|Named neighbour|60|33,930|177"));

  /* None hidden again: all are back. */
  g_assert_true (bp_store_set_hidden_neighbours (f->store, NULL, &error));
  g_clear_pointer (&hidden, g_strfreev);
  hidden = bp_store_get_hidden_neighbours (f->store);
  g_assert_cmpuint (g_strv_length (hidden), ==, 0);
}

/* A KPI's comparators (kpis.md: KPI_* codes), the same way: 12 of 20 children whose
 * intervention ended in Jan-Mar 2024 in suitable ETE, 60.0% (higher is better): better
 * than the family's published 55.0, worse than Redbridge's 65.0; Havering's own 58.0 sits
 * second of itself and its one neighbour. In a partner pack the 8 of 20 not in ETE are
 * shown (5 or more), so the words stay. */
static void
test_kpi (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ete = NULL;

  havering_rows (f);
  for (int i = 0; i < 20; i++)
    {
      char child[16];

      g_snprintf (child, sizeof child, "E%d", i);
      intervention (f, child, "RO", d (2023, 6, 1), d (2024, 2, 1),
                    &(IExtra) { .ete_end = i < 12 ? "SUITABLE" : "UNSUITABLE" });
    }
  g_string_append (f->benchmarks,
                   "KPI_ETE,2024-01-01,2024-03-31,YJS,Havering,11,19,58.0,70,154,YJB KPI\n"
                   "KPI_ETE,2024-01-01,2024-03-31,YJS,Redbridge,13,20,65.0,,,YJB KPI\n"
                   "KPI_ETE,2024-01-01,2024-03-31,FAMILY,YJS Family Average,,,55.0,,,YJB KPI\n");
  import_all (f);
  g_assert_true (bp_store_set_area (f->store, "Havering", NULL));
  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  pack = bp_pack_new (r, f->store, BP_PROFILE_PARTNER, &error);
  g_assert_no_error (error);
  ete = rows_text (bp_pack_find_table (pack, "KPI_ete_comparators"));
  g_assert_cmpstr (ete, ==,
                   "Redbridge|Named neighbour|13|20|65.0|[x]|[x]\n"
                   "Havering|This area|11|19|58.0|70|154\n"
                   "YJS Family Average|YJS family|[x]|[x]|55.0|[x]|[x]\n");
  g_assert_true (sheet_has_line (bp_pack_find_sheet (pack, "KPIs"),
                                 "The local figure is better than YJS Family Average (55.0)."));
  /* The other KPIs have no comparator published: no table. */
  g_assert_null (bp_pack_find_table (pack, "KPI_accommodation_comparators"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/comparison/internal", Fixture, NULL, fixture_set_up, test_internal,
              fixture_tear_down);
  g_test_add ("/export/comparison/partner-and-hidden", Fixture, NULL, fixture_set_up,
              test_partner_and_hidden, fixture_tear_down);
  g_test_add ("/export/comparison/kpi", Fixture, NULL, fixture_set_up, test_kpi,
              fixture_tear_down);
  return g_test_run ();
}

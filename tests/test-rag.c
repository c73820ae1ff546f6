/* test-rag.c: the summary's red, amber and green (bp-rag.h), by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-rag.h"
#include "bp-test-util.h"

/* Lower is better (first time entrants): 206 against England and Wales 149 is
 * (206 - 149) / 149 = 38.3% worse: red. 145 against 149 is 2.7% better: within 5%,
 * amber. 140 is 6.0% better: green. 156.45 is exactly 5% worse: red (the band's edge is
 * the band's). */
static void
test_lower_is_better (void)
{
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_LOWER, 206, 149, 163, 179),
                   ==, BP_RAG_RED);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_LOWER, 145, 149, 163, 179),
                   ==, BP_RAG_AMBER);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_LOWER, 140, 149, 163, 179),
                   ==, BP_RAG_GREEN);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_LOWER, 156.45, 149, 163, 179),
                   ==, BP_RAG_RED);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_LOWER, 141.55, 149, 163, 179),
                   ==, BP_RAG_GREEN);
}

/* The rule picks the figure compared with: 206 against the family's 163 is 26.4% worse
 * (red); against the year before, 179, 15.1% worse (red); 170 against 179 is 5.0%
 * better (green) and against 163 4.3% worse (amber). */
static void
test_rules (void)
{
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_FAMILY, BP_BETTER_LOWER, 206, 149, 163, 179),
                   ==, BP_RAG_RED);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_TREND, BP_BETTER_LOWER, 206, 149, 163, 179),
                   ==, BP_RAG_RED);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_TREND, BP_BETTER_LOWER, 170, 149, 163, 179),
                   ==, BP_RAG_GREEN);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_FAMILY, BP_BETTER_LOWER, 170, 149, 163, 179),
                   ==, BP_RAG_AMBER);
}

/* Higher is better (suitable accommodation): 90% against 80% is 12.5% better, green;
 * 70% is 12.5% worse, red. */
static void
test_higher_is_better (void)
{
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_HIGHER, 90, 80, NAN, NAN),
                   ==, BP_RAG_GREEN);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_HIGHER, 70, 80, NAN, NAN),
                   ==, BP_RAG_RED);
}

/* No status without a direction, a figure, or something other than 0 to compare with. */
static void
test_no_status (void)
{
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_NEITHER, 1, 2, 2, 2), ==,
                   BP_RAG_NONE);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_NATIONAL, BP_BETTER_LOWER, NAN, 2, 2, 2), ==,
                   BP_RAG_NONE);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_FAMILY, BP_BETTER_LOWER, 1, 2, NAN, 2), ==,
                   BP_RAG_NONE);
  g_assert_cmpint (bp_rag_judge (BP_RAG_RULE_TREND, BP_BETTER_LOWER, 1, 2, 2, 0), ==,
                   BP_RAG_NONE);
  g_assert_cmpint (bp_rag_of_rri ("higher"), ==, BP_RAG_RED);
  g_assert_cmpint (bp_rag_of_rri ("lower"), ==, BP_RAG_AMBER);
  g_assert_cmpint (bp_rag_of_rri ("not significant"), ==, BP_RAG_GREEN);
  g_assert_cmpint (bp_rag_of_rri (NULL), ==, BP_RAG_NONE);
}

/* The rule is kept in the database: England and Wales until one is chosen. */
static void
test_rule_saved (void)
{
  g_autofree char *dir = bp_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "rag.db", NULL);
  g_autoptr(GError) error = NULL;
  BpStore *store = bp_store_open (path, &error);
  BpRagRule rule;

  g_assert_no_error (error);
  g_assert_cmpint (bp_rag_rule_load (store), ==, BP_RAG_RULE_NATIONAL);
  g_assert_true (bp_rag_rule_save (store, BP_RAG_RULE_FAMILY, &error));
  g_assert_no_error (error);
  g_object_unref (store);
  store = bp_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bp_rag_rule_load (store), ==, BP_RAG_RULE_FAMILY);
  g_assert_true (bp_rag_rule_parse ("trend", &rule));
  g_assert_cmpint (rule, ==, BP_RAG_RULE_TREND);
  g_assert_false (bp_rag_rule_parse ("regional", &rule));
  g_object_unref (store);
  bp_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rag/lower-is-better", test_lower_is_better);
  g_test_add_func ("/rag/rules", test_rules);
  g_test_add_func ("/rag/higher-is-better", test_higher_is_better);
  g_test_add_func ("/rag/no-status", test_no_status);
  g_test_add_func ("/rag/rule-saved", test_rule_saved);
  return g_test_run ();
}

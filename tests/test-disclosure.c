/* test-disclosure.c: primary and secondary suppression (domain.md section 9) */

#include "config.h"

#include "bp-disclosure.h"

/* Builds a table from rows of counts and applies @profile; returns a picture of it with
 * "c" for [c], "x" for [x] and the count otherwise, row by row. */
static char *
apply (BpProfile profile, guint rows, guint cols, const gint64 *counts)
{
  g_autoptr(BpDisclosureTable) t = bp_disclosure_table_new (rows, cols);
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < cols; c++)
      bp_disclosure_table_set (t, r, c, counts[r * cols + c]);
  bp_disclosure_apply (t, profile);
  for (guint r = 0; r < rows; r++)
    {
      for (guint c = 0; c < cols; c++)
        {
          BpCellState s = bp_disclosure_state (t, r, c);

          if (c > 0)
            g_string_append_c (out, ' ');
          if (s == BP_CELL_PRIMARY || s == BP_CELL_SECONDARY)
            g_string_append (out, "c");
          else if (s == BP_CELL_NOT_AVAILABLE)
            g_string_append (out, "x");
          else
            g_string_append_printf (out, "%" G_GINT64_FORMAT, counts[r * cols + c]);
        }
      g_string_append (out, r + 1 < rows ? " | " : "");
    }
  return g_string_free (out, FALSE);
}

static void
test_internal_shows_all (void)
{
  const gint64 counts[] = { 1, 2, 30, 4 };
  g_autofree char *s = apply (BP_PROFILE_INTERNAL, 2, 2, counts);

  g_assert_cmpstr (s, ==, "1 2 | 30 4");
}

static void
test_primary (void)
{
  /* 1-4 hidden; a true zero stays 0; 5 is shown. Two [c] in the row protect each other. */
  const gint64 counts[] = { 0, 1, 4, 5, 20 };
  g_autofree char *s = apply (BP_PROFILE_PARTNER, 1, 5, counts);

  g_assert_cmpstr (s, ==, "0 c c 5 20");
}

static void
test_secondary_in_a_row (void)
{
  /* One [c] (3) in the row: the next smallest non-zero cell (7) goes too, not the 0. */
  const gint64 counts[] = { 3, 0, 12, 7, 40 };
  g_autofree char *s = apply (BP_PROFILE_PARTNER, 1, 5, counts);

  g_assert_cmpstr (s, ==, "c 0 12 c 40");
}

static void
test_secondary_cascades (void)
{
  /* Row 1 has a single [c] (2), so its smallest other cell (8) is hidden. Column 0 then
   * holds a single [c] (8), so 9 is hidden; column 1 holds a single [c] (2), so 10 is
   * hidden. Now every row and column has none or two: nothing can be subtracted back. */
  const gint64 counts[] = {
    9, 10, 30,
    8, 2, 50,
    20, 25, 60,
  };
  g_autofree char *s = apply (BP_PROFILE_PARTNER, 3, 3, counts);

  g_assert_cmpstr (s, ==, "c c 30 | c c 50 | 20 25 60");
}

static void
test_not_available (void)
{
  const gint64 counts[] = { -1, 3, 3 };
  g_autofree char *s = apply (BP_PROFILE_PARTNER, 1, 3, counts);

  g_assert_cmpstr (s, ==, "x c c");
}

static void
test_derived (void)
{
  g_assert_null (bp_disclosure_derived_symbol (BP_PROFILE_INTERNAL, TRUE, TRUE, 3));
  g_assert_cmpstr (bp_disclosure_derived_symbol (BP_PROFILE_PARTNER, TRUE, FALSE, 100), ==, "[c]");
  g_assert_cmpstr (bp_disclosure_derived_symbol (BP_PROFILE_PARTNER, FALSE, TRUE, 9), ==, "[u]");
  g_assert_null (bp_disclosure_derived_symbol (BP_PROFILE_PARTNER, FALSE, TRUE, 10));
  g_assert_null (bp_disclosure_derived_symbol (BP_PROFILE_PARTNER, FALSE, FALSE, 3));
}

static void
test_profiles (void)
{
  BpProfile p;

  g_assert_true (bp_profile_parse ("partner", &p));
  g_assert_cmpint (p, ==, BP_PROFILE_PARTNER);
  g_assert_cmpstr (bp_profile_name (BP_PROFILE_INTERNAL), ==, "internal");
  g_assert_false (bp_profile_parse ("public", &p));
}

/* The demo area's totals (issue "Trust", 1): all 61 = known 60 + unknown 1. Hiding the
 * unknown alone gives it back as 61 - 60; one of the other two must go, and the
 * smaller of those that protects it is chosen. */
static void
test_plan_total_beside_parts (void)
{
  g_autoptr(BpDisclosurePlan) p = bp_disclosure_plan_new ();
  guint all = bp_disclosure_plan_add (p, "all", 61);
  guint known = bp_disclosure_plan_add (p, "known", 60);
  guint unknown = bp_disclosure_plan_add (p, "unknown", 1);
  guint parts[] = { known, unknown };

  bp_disclosure_plan_sum (p, all, parts, 2);
  bp_disclosure_plan_apply (p, BP_PROFILE_PARTNER);
  g_assert_cmpint (bp_disclosure_plan_state (p, unknown), ==, BP_CELL_PRIMARY);
  g_assert_cmpint (bp_disclosure_plan_state (p, known), ==, BP_CELL_SECONDARY);
  g_assert_cmpint (bp_disclosure_plan_state (p, all), ==, BP_CELL_SHOWN);
  g_assert_cmpuint (bp_disclosure_plan_count (p, BP_CELL_PRIMARY), ==, 1);
  g_assert_cmpuint (bp_disclosure_plan_count (p, BP_CELL_SECONDARY), ==, 1);

  bp_disclosure_plan_apply (p, BP_PROFILE_INTERNAL);
  g_assert_cmpint (bp_disclosure_plan_state (p, unknown), ==, BP_CELL_SHOWN);
}

/* The same count in two tables is one figure: hidden in one, hidden in both. */
static void
test_plan_same_figure (void)
{
  g_autoptr(BpDisclosurePlan) p = bp_disclosure_plan_new ();
  guint a = bp_disclosure_plan_add (p, "fte.11", 3);
  guint b = bp_disclosure_plan_add (p, "fte.11", 3);

  g_assert_cmpuint (a, ==, b);
  bp_disclosure_plan_apply (p, BP_PROFILE_PARTNER);
  g_assert_true (bp_disclosure_plan_hidden (p, b));
}

/* Two relations that each leave two unknowns can still give one back together:
 * known 52 = A + B + M + O + W and minorities 17 = A + B + M + O with W = 35 shown:
 * then 52 - 35 = 17 says nothing new, but with minorities and A, B, M shown, O = 2 is
 * given back by the second relation alone, and after A is hidden, A + O = 8 from both:
 * neither can be worked out. By hand: A 6, B 10, M 7, O 2, W 35 -> K 60, MIN 25. */
static void
test_plan_two_relations (void)
{
  g_autoptr(BpDisclosurePlan) p = bp_disclosure_plan_new ();
  const gint64 counts[] = { 6, 10, 7, 2, 35, 25 };
  guint g[6], known, unknown, all;
  guint parts[2];

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *key = g_strdup_printf ("g%d", i);

      g[i] = bp_disclosure_plan_add (p, key, counts[i]);
    }
  known = bp_disclosure_plan_add (p, "known", 60);
  unknown = bp_disclosure_plan_add (p, "unknown", 1);
  all = bp_disclosure_plan_add (p, "all", 61);
  bp_disclosure_plan_sum (p, known, g, 5);
  bp_disclosure_plan_sum (p, g[5], g, 4);
  parts[0] = known;
  parts[1] = unknown;
  bp_disclosure_plan_sum (p, all, parts, 2);
  bp_disclosure_plan_apply (p, BP_PROFILE_PARTNER);

  /* Other (2) and Unknown (1) are primary; Asian, the smallest beside Other, goes with
   * it; and known 60 would be 6 + 10 + 7 + 2 + 35 were Asian and Other its only
   * unknowns, so all (61) goes to protect Unknown rather than known. */
  g_assert_cmpint (bp_disclosure_plan_state (p, g[3]), ==, BP_CELL_PRIMARY);
  g_assert_cmpint (bp_disclosure_plan_state (p, unknown), ==, BP_CELL_PRIMARY);
  g_assert_cmpint (bp_disclosure_plan_state (p, g[0]), ==, BP_CELL_SECONDARY);
  g_assert_cmpint (bp_disclosure_plan_state (p, all), ==, BP_CELL_SECONDARY);
  g_assert_cmpint (bp_disclosure_plan_state (p, known), ==, BP_CELL_SHOWN);
  for (int i = 1; i <= 5; i++)
    if (i != 3)
      g_assert_cmpint (bp_disclosure_plan_state (p, g[i]), ==, BP_CELL_SHOWN);
  /* Nothing hidden can be worked out, and nothing shown is lost needlessly. */
  g_assert_false (bp_disclosure_plan_derivable (p, g[3]));
  g_assert_false (bp_disclosure_plan_derivable (p, unknown));
  g_assert_false (bp_disclosure_plan_derivable (p, g[0]));
  g_assert_false (bp_disclosure_plan_derivable (p, all));
}

/* A total the pack never prints is still worked out by a reader from its parts. */
static void
test_plan_unseen_total (void)
{
  g_autoptr(BpDisclosurePlan) p = bp_disclosure_plan_new ();
  guint a = bp_disclosure_plan_add (p, "a", 20);
  guint b = bp_disclosure_plan_add (p, "b", 30);
  guint t = bp_disclosure_plan_add_unseen (p, "t", 50);
  guint parts[] = { a, b };

  bp_disclosure_plan_sum (p, t, parts, 2);
  bp_disclosure_plan_apply (p, BP_PROFILE_PARTNER);
  g_assert_true (bp_disclosure_plan_derivable (p, t));
  g_assert_cmpuint (bp_disclosure_plan_count (p, BP_CELL_SECONDARY), ==, 0);
}

/* Followers: a reoffending row's counts go together. */
static void
test_plan_follow (void)
{
  g_autoptr(BpDisclosurePlan) p = bp_disclosure_plan_new ();
  guint size = bp_disclosure_plan_add (p, "size", 3);
  guint reoffenders = bp_disclosure_plan_add (p, "reoffenders", 0);
  guint reoffences = bp_disclosure_plan_add (p, "reoffences", 12);

  bp_disclosure_plan_follow (p, reoffenders, size);
  bp_disclosure_plan_follow (p, reoffences, size);
  bp_disclosure_plan_apply (p, BP_PROFILE_PARTNER);
  g_assert_true (bp_disclosure_plan_hidden (p, reoffenders));
  g_assert_true (bp_disclosure_plan_hidden (p, reoffences));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/disclosure/internal-shows-all", test_internal_shows_all);
  g_test_add_func ("/core/disclosure/primary", test_primary);
  g_test_add_func ("/core/disclosure/secondary-in-a-row", test_secondary_in_a_row);
  g_test_add_func ("/core/disclosure/secondary-cascades", test_secondary_cascades);
  g_test_add_func ("/core/disclosure/not-available", test_not_available);
  g_test_add_func ("/core/disclosure/derived", test_derived);
  g_test_add_func ("/core/disclosure/profiles", test_profiles);
  g_test_add_func ("/core/disclosure/plan/total-beside-parts", test_plan_total_beside_parts);
  g_test_add_func ("/core/disclosure/plan/same-figure", test_plan_same_figure);
  g_test_add_func ("/core/disclosure/plan/two-relations", test_plan_two_relations);
  g_test_add_func ("/core/disclosure/plan/unseen-total", test_plan_unseen_total);
  g_test_add_func ("/core/disclosure/plan/follow", test_plan_follow);
  return g_test_run ();
}

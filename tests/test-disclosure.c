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
  return g_test_run ();
}

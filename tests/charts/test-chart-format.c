/* test-chart-format.c: rounding half away from zero and number formatting
 *
 * Expected values are worked by hand (or are domain.md's acceptance numbers), never
 * produced by the code under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "bp-charts.h"

static void
assert_formats (double         value,
                int            decimals,
                BpFormatFlags  flags,
                const char    *expected)
{
  g_autofree char *text = bp_format_number_full (value, decimals, flags);

  g_assert_cmpstr (text, ==, expected);
}

/* Decimal halves stored a hair below the half in binary still round up, as Excel's
 * ROUND does: 0.125 -> 0.13 (printf gives 0.12), 1.005 -> 1.01 (1.00499999999999989...),
 * 2.675 -> 2.68, and halves round away from zero on both sides. */
static void
test_round_half_away (void)
{
  g_assert_cmpfloat (bp_round_half_away (0.125, 2), ==, 0.13);
  g_assert_cmpfloat (bp_round_half_away (1.005, 2), ==, 1.01);
  g_assert_cmpfloat (bp_round_half_away (2.675, 2), ==, 2.68);
  g_assert_cmpfloat (bp_round_half_away (0.285, 2), ==, 0.29);
  g_assert_cmpfloat (bp_round_half_away (2.5, 0), ==, 3.0);
  g_assert_cmpfloat (bp_round_half_away (-2.5, 0), ==, -3.0);
  g_assert_cmpfloat (bp_round_half_away (-0.125, 2), ==, -0.13);
  g_assert_cmpfloat (bp_round_half_away (0.5, 0), ==, 1.0);
  g_assert_cmpfloat (bp_round_half_away (1.45, 1), ==, 1.5);
  g_assert_cmpfloat (bp_round_half_away (8.5555, 2), ==, 8.56);
  /* not halves: ordinary rounding, and no drift from the epsilon */
  g_assert_cmpfloat (bp_round_half_away (0.124999, 2), ==, 0.12);
  g_assert_cmpfloat (bp_round_half_away (176.84, 0), ==, 177.0);
  g_assert_cmpfloat (bp_round_half_away (229.19, 0), ==, 229.0);
  g_assert_cmpfloat (bp_round_half_away (1234567.5, 0), ==, 1234568.0);
  /* never negative zero */
  g_assert_false (signbit (bp_round_half_away (-0.004, 2)));
  g_assert_true (isnan (bp_round_half_away (NAN, 2)));
}

static void
test_format_number (void)
{
  assert_formats (0.125, 2, BP_FORMAT_PLAIN, "0.13");
  assert_formats (3.5, 2, BP_FORMAT_PLAIN, "3.50");
  assert_formats (180.13, 0, BP_FORMAT_PLAIN, "180");
  assert_formats (26092, 0, BP_FORMAT_THOUSANDS, "26,092");
  assert_formats (1234567.891, 1, BP_FORMAT_THOUSANDS, "1,234,567.9");
  assert_formats (999.96, 1, BP_FORMAT_THOUSANDS, "1,000.0");
  assert_formats (-1234.5, 0, BP_FORMAT_THOUSANDS, "-1,235");
  assert_formats (21.04, 1, BP_FORMAT_SIGN, "+21.0");
  assert_formats (-8.25, 1, BP_FORMAT_SIGN, "-8.3");
  assert_formats (-8.25, 1, BP_FORMAT_SIGN | BP_FORMAT_UNICODE_MINUS, "\u22128.3");
  /* a value that shows as zero carries no sign */
  assert_formats (-0.04, 1, BP_FORMAT_SIGN, "0.0");
  assert_formats (0.04, 1, BP_FORMAT_SIGN, "0.0");
  assert_formats (0, 2, BP_FORMAT_PLAIN, "0.00");
  assert_formats (NAN, 1, BP_FORMAT_PLAIN, "n/a");
}

/* The decimal point is "." whatever the locale (a decimal-comma locale must not leak
 * into a board pack written in English). */
static void
test_format_locale (void)
{
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "de_DE", NULL };
  const char *found = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  for (guint i = 0; locales[i] != NULL && found == NULL; i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      found = locales[i];
  if (found == NULL)
    {
      g_test_skip ("no decimal-comma locale installed");
      return;
    }

  assert_formats (1234.56, 2, BP_FORMAT_THOUSANDS, "1,234.56");
  setlocale (LC_NUMERIC, saved);
}

static void
test_format_count (void)
{
  struct
  {
    gint64      count;
    const char *expected;
  } cases[] = {
    { 0, "0" },
    { 7, "7" },
    { 999, "999" },
    { 1000, "1,000" },
    { 26092, "26,092" },
    { 70982, "70,982" },
    { 1234567, "1,234,567" },
    { -1234, "-1,234" },
    { G_MININT64, "-9,223,372,036,854,775,808" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = bp_format_count (cases[i].count);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* domain.md section 11, computed here from the counts as the indicator engine does */
static void
test_acceptance_numbers (void)
{
  assert_formats (60 * 100000.0 / 33930, 0, BP_FORMAT_PLAIN, "177");  /* 176.84 */
  assert_formats (66 * 100000.0 / 28797, 0, BP_FORMAT_PLAIN, "229");  /* 229.19 */
  assert_formats (11 * 1000.0 / 28797, 2, BP_FORMAT_PLAIN, "0.38");   /* 0.382 */
  assert_formats (6 * 1000.0 / 33930, 2, BP_FORMAT_PLAIN, "0.18");    /* 0.177 */
  assert_formats (9 * 100.0 / 22, 1, BP_FORMAT_PLAIN, "40.9");        /* 40.909 */
  assert_formats (77.0 / 22, 2, BP_FORMAT_PLAIN, "3.50");             /* 3.5 */
  assert_formats (77.0 / 9, 2, BP_FORMAT_PLAIN, "8.56");              /* 8.5556 */
  assert_formats (44 * 100.0 / 128, 1, BP_FORMAT_PLAIN, "34.4");      /* 34.375 */
  assert_formats (145.0 / 128, 2, BP_FORMAT_PLAIN, "1.13");           /* 1.1328 */
  assert_formats (145.0 / 44, 2, BP_FORMAT_PLAIN, "3.30");            /* 3.2955 */
  assert_formats (49 * 100.0 / 103, 1, BP_FORMAT_PLAIN, "47.6");      /* 47.573 */
  assert_formats (49 * 100.0 / 103 - 21.6, 1, BP_FORMAT_SIGN, "+26.0"); /* 25.973 */
  /* RRI worked example: 15/3,000 against 40/20,000 */
  assert_formats ((15.0 / 3000) / (40.0 / 20000), 2, BP_FORMAT_PLAIN, "2.50");
  assert_formats ((3.0 / 2500) / (40.0 / 20000), 2, BP_FORMAT_PLAIN, "0.60");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/format/round-half-away", test_round_half_away);
  g_test_add_func ("/charts/format/number", test_format_number);
  g_test_add_func ("/charts/format/locale-independent", test_format_locale);
  g_test_add_func ("/charts/format/count", test_format_count);
  g_test_add_func ("/charts/format/acceptance-numbers", test_acceptance_numbers);

  return g_test_run ();
}

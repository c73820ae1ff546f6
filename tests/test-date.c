/* test-date.c: UK dates and the reporting calendar of domain.md section 1 */

#include "config.h"

#include "bp-date.h"

static BpDay
ymd (int y, int m, int d)
{
  return bp_day_from_ymd (y, m, d);
}

static void
assert_iso (BpDay day, const char *expected)
{
  g_autofree char *iso = bp_day_to_iso (day);

  g_assert_cmpstr (iso, ==, expected);
}

static void
test_epoch (void)
{
  g_assert_cmpint (ymd (1970, 1, 1), ==, 0);
  g_assert_cmpint (ymd (1970, 1, 2), ==, 1);
  g_assert_cmpint (ymd (1969, 12, 31), ==, -1);
  /* 2000-03-01 is 11017 days after the epoch (30 years, 7 leap days, Jan and Feb 2000). */
  g_assert_cmpint (ymd (2000, 3, 1), ==, 11017);
  assert_iso (ymd (2024, 2, 29), "2024-02-29");
  assert_iso (ymd (2024, 2, 29) + 1, "2024-03-01");
  assert_iso (ymd (1900, 3, 1) - 1, "1900-02-28");
}

static void
test_parse_ok (void)
{
  static const struct { const char *text; const char *iso; } ok[] = {
    { "2023-06-02", "2023-06-02" }, { "12/01/2024", "2024-01-12" }, { "2/1/2024", "2024-01-02" },
    { "29/02/2024", "2024-02-29" }, { "31/12/2023", "2023-12-31" },
  };
  BpDay d;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_test_message ("%s", ok[i].text);
      g_assert_true (bp_day_parse (ok[i].text, &d));
      assert_iso (d, ok[i].iso);
    }
}

static void
test_parse_refused (void)
{
  static const char *bad[] = {
    "12/31/2023",  /* US order */
    "31/02/2024",  /* no such day */
    "29/02/2023",  /* not a leap year */
    "2023-13-01", "2023-00-10", "2023-6-2", "01/01/24", "45000", "2023/06/02",
    "1 June 2023", "", " 2023-06-02", "2023-06-02 ", "12/01/2024/1", "32/01/2024",
  };
  BpDay d;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("\"%s\"", bad[i]);
      g_assert_false (bp_day_parse (bad[i], &d));
    }
}

static void
test_age (void)
{
  BpDay dob = ymd (2008, 5, 14);

  g_assert_cmpint (bp_age_at (dob, ymd (2018, 5, 13)), ==, 9);
  g_assert_cmpint (bp_age_at (dob, ymd (2018, 5, 14)), ==, 10);
  g_assert_cmpint (bp_age_at (dob, ymd (2026, 5, 13)), ==, 17);
  g_assert_cmpint (bp_age_at (dob, ymd (2026, 5, 14)), ==, 18);
  /* A leapling turns 10 on 1 March in a common year. */
  g_assert_cmpint (bp_age_at (ymd (2012, 2, 29), ymd (2022, 2, 28)), ==, 9);
  g_assert_cmpint (bp_age_at (ymd (2012, 2, 29), ymd (2022, 3, 1)), ==, 10);
}

static void
test_quarters (void)
{
  g_assert_true (bp_day_is_quarter_end (ymd (2024, 3, 31)));
  g_assert_true (bp_day_is_quarter_end (ymd (2023, 6, 30)));
  g_assert_true (bp_day_is_quarter_end (ymd (2023, 9, 30)));
  g_assert_true (bp_day_is_quarter_end (ymd (2023, 12, 31)));
  g_assert_false (bp_day_is_quarter_end (ymd (2023, 6, 29)));
  g_assert_false (bp_day_is_quarter_end (ymd (2023, 7, 31)));

  assert_iso (bp_quarter_end_on_or_before (ymd (2024, 3, 31)), "2024-03-31");
  assert_iso (bp_quarter_end_on_or_before (ymd (2024, 3, 30)), "2023-12-31");
  assert_iso (bp_quarter_end_on_or_before (ymd (2024, 5, 15)), "2024-03-31");
  assert_iso (bp_quarter_end_on_or_before (ymd (2024, 1, 1)), "2023-12-31");

  assert_iso (bp_quarter_end_add (ymd (2024, 3, 31), -1), "2023-12-31");
  assert_iso (bp_quarter_end_add (ymd (2024, 3, 31), -4), "2023-03-31");
  assert_iso (bp_quarter_end_add (ymd (2024, 3, 31), -7), "2022-06-30");
  assert_iso (bp_quarter_end_add (ymd (2023, 12, 31), 1), "2024-03-31");
  assert_iso (bp_quarter_start (ymd (2022, 6, 30)), "2022-04-01");
  assert_iso (bp_quarter_start (ymd (2024, 3, 31)), "2024-01-01");
}

static void
test_months_and_years (void)
{
  assert_iso (bp_day_add_months (ymd (2024, 3, 31), 1), "2024-04-30");
  assert_iso (bp_day_add_months (ymd (2024, 1, 31), 1), "2024-02-29");
  assert_iso (bp_day_add_months (ymd (2023, 4, 20), 12), "2024-04-20");
  assert_iso (bp_day_add_months (ymd (2023, 4, 20), -18), "2021-10-20");

  g_assert_cmpint (bp_financial_year_start_year (ymd (2024, 3, 31)), ==, 2023);
  g_assert_cmpint (bp_financial_year_start_year (ymd (2024, 4, 1)), ==, 2024);
  {
    g_autofree char *label = bp_financial_year_label (2023);

    g_assert_cmpstr (label, ==, "2023/24");
  }
  {
    g_autofree char *label = bp_day_format_month_year (ymd (2024, 3, 31));

    g_assert_cmpstr (label, ==, "Mar 2024");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/date/epoch", test_epoch);
  g_test_add_func ("/core/date/parse-iso-and-uk", test_parse_ok);
  g_test_add_func ("/core/date/parse-refused", test_parse_refused);
  g_test_add_func ("/core/date/age", test_age);
  g_test_add_func ("/core/date/quarters", test_quarters);
  g_test_add_func ("/core/date/months-and-financial-years", test_months_and_years);
  return g_test_run ();
}

/* bp-date.c: calendar days, UK date parsing and the reporting calendar */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bp-date.h"
#include "bp-i18n.h"

/* Days from civil date, proleptic Gregorian (H. Hinnant's algorithm). */
BpDay
bp_day_from_ymd (int year,
                 int month,
                 int day)
{
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned) (y - era * 400);
  unsigned doy = (153 * (unsigned) (month + (month > 2 ? -3 : 9)) + 2) / 5 + (unsigned) day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + (int) doe - 719468;
}

void
bp_day_to_ymd (BpDay day,
               int  *year,
               int  *month,
               int  *mday)
{
  int z = day + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned) (z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = (int) yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;

  if (year)
    *year = y + (m <= 2);
  if (month)
    *month = (int) m;
  if (mday)
    *mday = (int) d;
}

static int
days_in_month (int year,
               int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  g_assert (month >= 1 && month <= 12);
  return month == 2 && leap ? 29 : days[month - 1];
}

static gboolean
parse_digits (const char *p,
              int         n,
              int        *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (p[i] < '0' || p[i] > '9')
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

static gboolean
make_day (int    y,
          int    m,
          int    d,
          BpDay *out_day)
{
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days_in_month (y, m))
    return FALSE;
  *out_day = bp_day_from_ymd (y, m, d);
  return TRUE;
}

/**
 * bp_day_parse_iso:
 * Parses exactly `YYYY-MM-DD`.
 */
gboolean
bp_day_parse_iso (const char *text,
                  BpDay      *out_day)
{
  int y, m, d;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_day != NULL, FALSE);

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;
  return make_day (y, m, d, out_day);
}

/**
 * bp_day_parse:
 * Parses `YYYY-MM-DD` or the UK order `DD/MM/YYYY` (one- or two-digit day and month).
 * US order, two-digit years and anything else are refused: a wrong date is worse than
 * an error the user can fix.
 */
gboolean
bp_day_parse (const char *text,
              BpDay      *out_day)
{
  const char *s1, *s2;
  int y, m, d;
  size_t len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_day != NULL, FALSE);

  if (bp_day_parse_iso (text, out_day))
    return TRUE;

  len = strlen (text);
  s1 = strchr (text, '/');
  if (s1 == NULL)
    return FALSE;
  s2 = strchr (s1 + 1, '/');
  if (s2 == NULL || strchr (s2 + 1, '/') != NULL)
    return FALSE;
  if (s1 - text < 1 || s1 - text > 2 || s2 - s1 - 1 < 1 || s2 - s1 - 1 > 2 ||
      text + len - (s2 + 1) != 4)
    return FALSE;
  if (!parse_digits (text, (int) (s1 - text), &d) ||
      !parse_digits (s1 + 1, (int) (s2 - s1 - 1), &m) ||
      !parse_digits (s2 + 1, 4, &y))
    return FALSE;
  return make_day (y, m, d, out_day);
}

void
bp_day_format_iso (BpDay day,
                   char  buf[BP_DAY_ISO_LEN])
{
  int y, m, d;

  bp_day_to_ymd (day, &y, &m, &d);
  buf[0] = (char) ('0' + (y / 1000) % 10);
  buf[1] = (char) ('0' + (y / 100) % 10);
  buf[2] = (char) ('0' + (y / 10) % 10);
  buf[3] = (char) ('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + m / 10);
  buf[6] = (char) ('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char) ('0' + d / 10);
  buf[9] = (char) ('0' + d % 10);
  buf[10] = '\0';
}

char *
bp_day_to_iso (BpDay day)
{
  char buf[BP_DAY_ISO_LEN];

  bp_day_format_iso (day, buf);
  return g_strdup (buf);
}

/**
 * bp_day_format_month_year:
 * "Mar 2024": the label of a quarter end on charts and in table columns, with the
 * month abbreviated in the current language.
 */
char *
bp_day_format_month_year (BpDay day)
{
  int y, m;

  bp_day_to_ymd (day, &y, &m, NULL);
  /* Translators: a short month and a year on a chart axis, as in "Mar 2024" */
  return g_strdup_printf (C_("date", "%s %d"), bp_month_abbrev (m), y);
}

/**
 * bp_day_format_month_year_long:
 * "March 2024" in the current language.
 */
char *
bp_day_format_month_year_long (BpDay day)
{
  int y, m;

  if (day == BP_DAY_INVALID)
    return g_strdup (C_("date", "not known"));
  bp_day_to_ymd (day, &y, &m, NULL);
  /* Translators: a month and a year, as in "March 2024" */
  return g_strdup_printf (C_("date", "%s %d"), bp_month_name (m), y);
}

/**
 * bp_day_format_long:
 * "31 March 2024": day, month, year, the British order, in the current language.
 */
char *
bp_day_format_long (BpDay day)
{
  int y, m, d;

  if (day == BP_DAY_INVALID)
    return g_strdup (C_("date", "not known"));
  bp_day_to_ymd (day, &y, &m, &d);
  /* Translators: a full date, as in "31 March 2024": day, month name, year */
  return g_strdup_printf (C_("date", "%d %s %d"), d, bp_month_name (m), y);
}

int
bp_day_year (BpDay day)
{
  int y;

  bp_day_to_ymd (day, &y, NULL, NULL);
  return y;
}

/**
 * bp_age_at:
 * Whole years of age on @when for a child born on @date_of_birth. A child born on
 * 29 February has their birthday on 1 March in common years, as in English law.
 */
int
bp_age_at (BpDay date_of_birth,
           BpDay when)
{
  int by, bm, bd, y, m, d, age;

  bp_day_to_ymd (date_of_birth, &by, &bm, &bd);
  bp_day_to_ymd (when, &y, &m, &d);
  age = y - by;
  if (m < bm || (m == bm && d < bd))
    age--;
  return age;
}

/**
 * bp_day_add_months:
 * Adds @months calendar months, clamping the day to the end of the month
 * (31 Mar + 1 month = 30 Apr). Month ends stay month ends only if the caller
 * asks for it; see bp_quarter_end_add().
 */
BpDay
bp_day_add_months (BpDay day,
                   int   months)
{
  int y, m, d, total;

  bp_day_to_ymd (day, &y, &m, &d);
  total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = total % 12 + 1;
  d = MIN (d, days_in_month (y, m));
  return bp_day_from_ymd (y, m, d);
}

/* The last day of a month. */
BpDay
bp_day_month_end (int year,
                  int month)
{
  return bp_day_from_ymd (year, month, days_in_month (year, month));
}

gboolean
bp_day_is_quarter_end (BpDay day)
{
  int y, m, d;

  bp_day_to_ymd (day, &y, &m, &d);
  return (m == 3 || m == 6 || m == 9 || m == 12) && d == days_in_month (y, m);
}

BpDay
bp_quarter_end_on_or_before (BpDay day)
{
  int y, m, d;
  BpDay qe;

  bp_day_to_ymd (day, &y, &m, &d);
  m = ((m - 1) / 3) * 3 + 3;
  qe = bp_day_from_ymd (y, m, days_in_month (y, m));
  if (qe > day)
    qe = bp_quarter_end_add (qe, -1);
  return qe;
}

/**
 * bp_quarter_end_add:
 * The quarter end @quarters quarters after (or, negative, before) @quarter_end.
 */
BpDay
bp_quarter_end_add (BpDay quarter_end,
                    int   quarters)
{
  int y, m, total;

  bp_day_to_ymd (quarter_end, &y, &m, NULL);
  total = y * 12 + (m - 1) + 3 * quarters;
  y = total / 12;
  m = total % 12 + 1;
  return bp_day_from_ymd (y, m, days_in_month (y, m));
}

/* The first day of the quarter that ends on @quarter_end. */
BpDay
bp_quarter_start (BpDay quarter_end)
{
  return bp_quarter_end_add (quarter_end, -1) + 1;
}

/* 1 April to 31 March: the calendar year in which the financial year starts. */
int
bp_financial_year_start_year (BpDay day)
{
  int y, m;

  bp_day_to_ymd (day, &y, &m, NULL);
  return m >= 4 ? y : y - 1;
}

/* "2023/24" */
char *
bp_financial_year_label (int start_year)
{
  return g_strdup_printf ("%d/%02d", start_year, (start_year + 1) % 100);
}

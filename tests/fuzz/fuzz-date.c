/* fuzz-date.c: libFuzzer harness for date parsing (bp-date.c)
 *
 * The input is one date as text. A date that parses must be a real day between 1900
 * and 2999 that formats to YYYY-MM-DD and parses back to itself, and the calendar
 * arithmetic done on imported dates must stay consistent for it.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "bp-date.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  char iso[BP_DAY_ISO_LEN];
  BpDay day = 0, again = 0;
  int y, m, d;

  if (!bp_day_parse (text, &day))
    {
      g_assert (!bp_day_parse_iso (text, &again));
      return 0;
    }

  bp_day_to_ymd (day, &y, &m, &d);
  g_assert (y >= 1900 && y <= 2999);
  g_assert (m >= 1 && m <= 12 && d >= 1 && d <= 31);
  g_assert (bp_day_from_ymd (y, m, d) == day);

  bp_day_format_iso (day, iso);
  g_assert (strlen (iso) == 10);
  g_assert (bp_day_parse_iso (iso, &again) && again == day);
  g_assert (bp_day_parse (iso, &again) && again == day);

  /* What the indicators do with an imported date. */
  g_assert (bp_quarter_end_on_or_before (day) <= day);
  g_assert (bp_day_is_quarter_end (bp_quarter_end_on_or_before (day)));
  g_assert (bp_quarter_start (bp_quarter_end_on_or_before (day)) <=
            bp_quarter_end_on_or_before (day));
  g_assert (bp_day_add_months (day, 12) > day);
  /* 18 years on (a 29 February birthday falls on 1 March in common years). */
  g_assert (bp_age_at (day, day) == 0);
  g_assert (bp_age_at (day, bp_day_add_months (day, 12 * 18) + 1) == 18);
  g_assert (bp_age_at (day, bp_day_add_months (day, 12 * 18) - 1) == 17);
  g_assert (bp_financial_year_start_year (day) == (m >= 4 ? y : y - 1));
  return 0;
}

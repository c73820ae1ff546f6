/* bp-date.h: calendar days, UK date parsing and the reporting calendar
 *
 * A BpDay is a count of days since 1970-01-01 (day 0), so dates compare and subtract as
 * integers and are stored in SQLite as INTEGER.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gint32 BpDay;

/* A span of days, both ends included. */
typedef struct
{
  BpDay start;
  BpDay end;
} BpPeriod;

#define BP_DAY_INVALID G_MININT32
#define BP_DAY_ISO_LEN 11 /* "YYYY-MM-DD" and its NUL */

BpDay     bp_day_from_ymd              (int          year,
                                        int          month,
                                        int          day);
void      bp_day_to_ymd                (BpDay        day,
                                        int         *year,
                                        int         *month,
                                        int         *mday);
gboolean  bp_day_parse                 (const char  *text,
                                        BpDay       *out_day);
gboolean  bp_day_parse_iso             (const char  *text,
                                        BpDay       *out_day);
void      bp_day_format_iso            (BpDay        day,
                                        char         buf[BP_DAY_ISO_LEN]);
char     *bp_day_to_iso                (BpDay        day);
char     *bp_day_format_month_year     (BpDay        day);
char     *bp_day_format_month_year_long (BpDay       day);
char     *bp_day_format_long           (BpDay        day);
int       bp_day_year                  (BpDay        day);
int       bp_age_at                    (BpDay        date_of_birth,
                                        BpDay        when);
BpDay     bp_day_add_months            (BpDay        day,
                                        int          months);
BpDay     bp_day_month_end             (int          year,
                                        int          month);
gboolean  bp_day_is_quarter_end        (BpDay        day);
BpDay     bp_quarter_end_on_or_before  (BpDay        day);
BpDay     bp_quarter_end_add           (BpDay        quarter_end,
                                        int          quarters);
BpDay     bp_quarter_start             (BpDay        quarter_end);
int       bp_financial_year_start_year (BpDay        day);
char     *bp_financial_year_label      (int          start_year);

G_END_DECLS

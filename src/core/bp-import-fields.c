/* bp-import-fields.c: reading the fields of an imported record, and saying what is wrong
 *
 * Messages name the file, the line, the column as the file names it and the value, and
 * the same reason goes into the rejects file.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

/* Quote a value for a message, shortened so a 2 MB field does not flood the terminal.
 * Letters are kept as they are, in any language; quotes, backslashes and control
 * characters are escaped, so a value can neither break the message nor send commands to
 * the terminal. */
static char *
quote_value (const char *value)
{
  GString *out;
  gboolean shorten;
  glong n = 0;

  if (!g_utf8_validate (value, -1, NULL))
    return g_strescape (value, NULL);  /* the reader gives UTF-8: never here */

  out = g_string_new (NULL);
  shorten = g_utf8_strlen (value, 81 * 4) > 80;
  for (const char *p = value; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (shorten && n == 60)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029 ||
               (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, "\\u%04X", c);  /* controls, bidirectional overrides */
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The line of the current record as text, for messages: xgettext cannot see through
 * G_GUINT64_FORMAT in a translated string. Returns: (transfer full) */
char *
_bp_import_current_line (Import *imp)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, bp_csv_reader_line (imp->reader));
}

static void
add_message (Import     *imp,
             const char *message)
{
  imp->result->n_problems++;
  if (imp->result->messages->len < imp->max_messages)
    g_ptr_array_add (imp->result->messages, g_strdup (message));
}

void
_bp_import_problem (Import     *imp,
                    guint       column,
                    const char *value,
                    const char *what)
{
  g_autofree char *message = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *line = _bp_import_current_line (imp);
  const char *name = imp->header_names[column] ? imp->header_names[column]
                                                : imp->spec->columns[column].name;

  if (value != NULL)
    {
      quoted = quote_value (value);
      /* Translators: a problem with a value in a CSV file being imported: the first %s is
       * the file name, the second the line number, the third the column's name as in the
       * file, the fourth the _bp_import_problem (one of the "not a date: ..." or "the ... must be"
       * messages), the fifth the value, e.g. "outcomes.csv:12: column sex: not a sex
       * code: use M, F or U (or Male, Female, Unknown) (value "X")" */
      message = g_strdup_printf (_("%s:%s: column %s: %s (value \"%s\")"), imp->display_name,
                                 line, name, what, quoted);
    }
  else
    {
      /* Translators: a problem with a value in a CSV file being imported: the first %s is
       * the file name, the second the line number, the third the column's name as in the
       * file, the fourth the problem, e.g. "outcomes.csv:12: column outcome_date: a date
       * is required" */
      message = g_strdup_printf (_("%s:%s: column %s: %s"), imp->display_name, line, name,
                                 what);
    }
  add_message (imp, message);

  if (imp->row_reasons->len > 0)
    g_string_append (imp->row_reasons, "; ");
  /* Translators: the reason a row was rejected, in the rejects file: the first %s is the
   * column's name as in the file, the second the problem, e.g. "column outcome_date: a
   * date is required" */
  g_string_append_printf (imp->row_reasons, _("column %s: %s"), name, what);
  imp->row_failed = TRUE;
}

/* A problem with the row as a whole; @what is translated. */
void
_bp_import_row_problem (Import     *imp,
                        const char *what)
{
  g_autofree char *message = g_strdup_printf ("%s:%" G_GUINT64_FORMAT ": %s", imp->display_name,
                                              bp_csv_reader_line (imp->reader), what);

  add_message (imp, message);
  if (imp->row_reasons->len > 0)
    g_string_append (imp->row_reasons, "; ");
  g_string_append (imp->row_reasons, what);
  imp->row_failed = TRUE;
}

const char *
_bp_import_field (Import *imp,
                  guint   column)
{
  if (imp->map[column] < 0)
    return "";
  return bp_csv_reader_field (imp->reader, (guint) imp->map[column]);
}

/* Whether @y-@m-@d is a day of the calendar, whatever the year. */
static gboolean
is_real_day (int y,
             int m,
             int d)
{
  static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
    return FALSE;
  return m != 2 || d <= 28 || leap;
}

/* Why @text is not a date, translated. DD/MM/YYYY and YYYY-MM-DD in the messages are
 * the forms the file must use, whatever the language. */
static const char *
date_hint (const char *text)
{
  int a, b, c, h, m;
  char tail;

  if (strlen (text) > 40)
    /* Translators: a problem with a date in a CSV file; DD/MM/YYYY and YYYY-MM-DD are the
     * date forms the file must use: keep them as they are (in every language) */
    return _("not a date: write DD/MM/YYYY or YYYY-MM-DD");
  if (sscanf (text, "%d/%d/%d %d:%d", &a, &b, &c, &h, &m) == 5 ||
      sscanf (text, "%d-%d-%d %d:%d", &a, &b, &c, &h, &m) == 5 ||
      sscanf (text, "%d-%d-%dT%d:%d", &a, &b, &c, &h, &m) == 5)
    /* Translators: a problem with a date in a CSV file; keep DD/MM/YYYY and YYYY-MM-DD */
    return _("not a date: this is a date and a time; write the date only, DD/MM/YYYY or "
             "YYYY-MM-DD (in Excel, format the column as a date)");
  if (sscanf (text, "%d/%d/%d%c", &a, &b, &c, &tail) == 3)
    {
      if (c >= 0 && c < 100 && strlen (strrchr (text, '/') + 1) <= 2)
        /* Translators: a problem with a date in a CSV file; keep DD/MM/YYYY and
         * YYYY-MM-DD */
        return _("not a date: the year must have four digits (DD/MM/YYYY or YYYY-MM-DD)");
      if (b > 12 && a >= 1 && a <= 12 && is_real_day (c, a, b))
        /* Translators: a problem with a date in a CSV file: it is written month first, as
         * in the USA; keep DD/MM/YYYY and YYYY-MM-DD */
        return _("not a date: this looks like US month/day order; write DD/MM/YYYY or "
                 "YYYY-MM-DD");
      if (is_real_day (c, b, a) && (c < 1900 || c > 2999))
        return _("not a date: the year must be between 1900 and 2999");
      return _("not a date: there is no such day");
    }
  /* "+2008-05-14", "12008-05-14": a sign or a fifth digit before the year. */
  if (text[0] == '+' || text[0] == '-')
    /* Translators: a problem with a date in a CSV file; keep YYYY-MM-DD */
    return _("not a date: remove the sign before the year (YYYY-MM-DD)");
  if (sscanf (text, "%d-%d-%d%c", &a, &b, &c, &tail) == 3 && a >= 10000)
    /* Translators: a problem with a date in a CSV file; keep YYYY-MM-DD */
    return _("not a date: the year must have four digits, from 1900 to 2999 (YYYY-MM-DD)");
  if (sscanf (text, "%d-%d-%d%c", &a, &b, &c, &tail) == 3 && a >= 1000)
    {
      if (is_real_day (a, b, c) && (a < 1900 || a > 2999))
        return _("not a date: the year must be between 1900 and 2999");
      if (is_real_day (a, b, c))
        /* Translators: a problem with a date in a CSV file; keep YYYY-MM-DD */
        return _("not a date: write the month and day with two digits each (YYYY-MM-DD)");
      return _("not a date: there is no such day");
    }
  if ((sscanf (text, "%d.%d.%d%c", &a, &b, &c, &tail) == 3 ||
       sscanf (text, "%d-%d-%d%c", &a, &b, &c, &tail) == 3) && is_real_day (c, b, a))
    /* Translators: a problem with a date in a CSV file; keep DD/MM/YYYY and YYYY-MM-DD */
    return _("not a date: write the day, month and year with slashes (DD/MM/YYYY) or as "
             "YYYY-MM-DD");
  if (text[0] && strspn (text, "0123456789") == strlen (text) && strlen (text) <= 6)
    /* Translators: a problem with a date in a CSV file: Excel wrote the date as a number
     * of days; keep DD/MM/YYYY */
    return _("not a date: this looks like an Excel serial number; format the column as a "
             "date (DD/MM/YYYY) and export again");
  return _("not a date: write DD/MM/YYYY or YYYY-MM-DD");
}

gboolean
_bp_import_parse_date (Import  *imp,
                       guint    column,
                       gboolean required,
                       BpDay   *out_day)
{
  const char *text = _bp_import_field (imp, column);

  *out_day = BP_DAY_INVALID;
  if (text[0] == '\0')
    {
      if (required)
        _bp_import_problem (imp, column, NULL, _("a date is required"));
      return !required;
    }
  if (!bp_day_parse (text, out_day))
    {
      _bp_import_problem (imp, column, text, date_hint (text));
      return FALSE;
    }
  return TRUE;
}

gboolean
_bp_import_parse_int (const char *text,
                      gint64      min,
                      gint64      max,
                      gint64     *out_value)
{
  char *end = NULL;
  gint64 v;

  if (text[0] == '\0' || (!g_ascii_isdigit (text[0]) && text[0] != '-'))
    return FALSE;
  errno = 0;
  v = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || *end != '\0' || v < min || v > max)
    return FALSE;
  *out_value = v;
  return TRUE;
}

/* A number as the YJB publishes one: decimal digits with an optional sign and decimal
 * point ("160", "0.38", "-5.2"). No hexadecimal ("0x10"), no exponent ("1e17"), no
 * infinity: strtod alone takes all of those. Published figures are far below 10^15. */
gboolean
_bp_import_parse_number (const char *text,
                         double     *out_value)
{
  char *end = NULL;
  double v;
  const char *p = text;
  guint digits = 0;

  if (*p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (digits == 0)
    return FALSE;
  if (*p == '.')
    {
      guint decimals = 0;

      for (p++; g_ascii_isdigit (*p); p++)
        decimals++;
      if (decimals == 0)
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;
  errno = 0;
  v = g_ascii_strtod (text, &end);
  if (errno != 0 || *end != '\0' || !isfinite (v) || fabs (v) >= 1e15)
    return FALSE;
  *out_value = v;
  return TRUE;
}

void
_bp_import_require_text (Import *imp,
                         guint   column)
{
  if (_bp_import_field (imp, column)[0] == '\0')
    _bp_import_problem (imp, column, NULL, _("a value is required"));
}

void
_bp_import_bind_day (sqlite3_stmt *stmt,
                     int           index,
                     BpDay         day)
{
  if (day == BP_DAY_INVALID)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, day);
}

void
_bp_import_parse_answer (Import   *imp,
                         guint     column,
                         gboolean  suitability,
                         BpAnswer *out)
{
  const char *text = _bp_import_field (imp, column);

  if (suitability ? bp_suitability_parse (text, out) : bp_answer_parse (text, out))
    return;
  *out = BP_ANSWER_NOT_RECORDED;
  if (suitability)
    _bp_import_problem (imp, column, text,
                        /* Translators: a problem with a value in a CSV file: SUITABLE,
                         * UNSUITABLE, Yes and No are the values the file may hold: keep them
                         * in English */
                        _("use SUITABLE or UNSUITABLE (or Yes, No), or leave it blank when "
                          "not recorded"));
  else
    _bp_import_problem (imp, column, text,
                        /* Translators: a problem with a value in a CSV file: YES and NO are
                         * the values the file may hold: keep them in English */
                        _("use YES or NO, or leave it blank when not recorded"));
}

void
_bp_import_bind_answer (sqlite3_stmt *stmt,
                        int           index,
                        BpAnswer      answer)
{
  if (answer == BP_ANSWER_NOT_RECORDED)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, answer == BP_ANSWER_YES);
}

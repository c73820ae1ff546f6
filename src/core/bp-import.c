/* bp-import.c: reading the three CSV file kinds into the store
 *
 * Every kind follows the same path: map the header to canonical columns, validate each
 * record into a typed row, then write it with a keyed upsert. A lookup of the stored
 * row's hash tells new, updated and unchanged rows apart, and a row already written by
 * this same import is a duplicate key in the file.
 *
 * The whole import is one transaction: by default one bad row and nothing is written;
 * with skip_invalid the bad rows go to a rejects CSV, unchanged, with their reasons.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "bp-codes.h"
#include "bp-date.h"
#include "bp-file-guard.h"
#include "bp-atomic-file.h"
#include "bp-import.h"

typedef struct
{
  const char *name;      /* canonical name, as in data-formats.md */
  gboolean    required;
  const char *synonyms;  /* '|'-separated */
} ColumnSpec;

enum
{
  OC_OUTCOME_ID, OC_CHILD_ID, OC_DATE_OF_BIRTH, OC_SEX, OC_ETHNICITY, OC_OUTCOME_DATE,
  OC_OUTCOME_TYPE, OC_OFFENCE_DATE, OC_OFFENCE_GROUP, OC_GRAVITY, OC_LOCAL_STATUS,
  OC_RELEASE_DATE, N_OC
};

static const ColumnSpec outcome_columns[N_OC] = {
  { "outcome_id", TRUE, "id|record id|outcome ref" },
  { "child_id", TRUE, "person id|yjs id|client id" },
  { "date_of_birth", TRUE, "dob|birth date" },
  { "sex", TRUE, "gender" },
  { "ethnicity", TRUE, "ethnic group|ethnicity code|ethnic origin" },
  { "outcome_date", TRUE, "disposal date|sentence date|decision date" },
  { "outcome_type", TRUE, "outcome|disposal|disposal type|sentence" },
  { "offence_date", FALSE, "date of offence" },
  { "offence_group", FALSE, "offence category|offence type" },
  { "gravity", FALSE, "gravity score|seriousness" },
  { "local_status", FALSE, "status" },
  { "release_date", FALSE, "custody release date" },
};

enum { PC_YEAR, PC_AGE, PC_SEX, PC_ETHNICITY, PC_COUNT, PC_SOURCE, N_PC };

static const ColumnSpec population_columns[N_PC] = {
  { "year", TRUE, "" },
  { "age", TRUE, "" },
  { "sex", FALSE, "gender" },
  { "ethnicity", FALSE, "ethnic group" },
  { "count", TRUE, "population|value" },
  { "source", FALSE, "" },
};

enum
{
  BC_INDICATOR, BC_PERIOD_START, BC_PERIOD_END, BC_AREA_TYPE, BC_AREA_NAME, BC_NUMERATOR,
  BC_DENOMINATOR, BC_VALUE, BC_RANK, BC_RANK_OF, BC_SOURCE, N_BC
};

static const ColumnSpec benchmark_columns[N_BC] = {
  { "indicator", TRUE, "" },
  { "period_start", TRUE, "" },
  { "period_end", TRUE, "" },
  { "area_type", TRUE, "" },
  { "area_name", TRUE, "" },
  { "numerator", FALSE, "" },
  { "denominator", FALSE, "" },
  { "value", TRUE, "" },
  { "rank", FALSE, "" },
  { "rank_of", FALSE, "" },
  { "source", FALSE, "" },
};

static const char *benchmark_indicators[] = {
  "FTE_RATE", "CUSTODY_RATE", "REOFF_BINARY_Q", "REOFF_BINARY_Y", "REOFF_FREQ_Q",
  "REOFF_FREQ_Y", "REOFF_PER_REOFFENDER_Q", "REOFF_PER_REOFFENDER_Y",
};

#define MAX_COLUMNS 12

typedef struct
{
  /* outcomes */
  BpDay dob, outcome_date, offence_date, release_date;
  BpSex sex;
  BpEthnicGroup ethnic_group;
  BpOutcomeType type;
  BpOffenceGroup offence_group;
  int gravity;
  gboolean local;
  /* population */
  int year, age_min, age_max;
  const char *age_key, *sex_key;
  char *ethnicity_key;
  gint64 count;
  /* benchmarks */
  const char *indicator, *area_type;
  BpDay period_start, period_end;
  double value;
  int rank, rank_of;
} Row;

typedef struct _Import Import;

typedef struct
{
  const char       *name;
  const ColumnSpec *columns;
  guint             n_columns;
  int               n_key;        /* how many parameters the key takes */
  const char       *duplicate;    /* (nullable) N_(): the message for a key seen twice */
  const char       *lookup_sql;   /* key params ?1.. -> row_hash, import_id */
  const char       *upsert_sql;   /* every column; key first; ON CONFLICT DO UPDATE */
  gboolean        (*validate)     (Import *imp, Row *row);
  void            (*bind_key)     (Import *imp, const Row *row, sqlite3_stmt *stmt, int first);
  void            (*bind_rest)    (Import *imp, const Row *row, sqlite3_stmt *stmt, int first);
} KindSpec;

struct _Import
{
  BpStore *store;
  const KindSpec *spec;
  const BpImportOptions *options;
  BpCsvReader *reader;
  BpImportResult *result;
  const char *display_name;
  int map[MAX_COLUMNS];          /* canonical column -> file field, or -1 */
  char *header_names[MAX_COLUMNS];
  guint n_header_fields;
  guint max_messages;
  gboolean row_failed;
  GString *row_reasons;
  sqlite3_stmt *lookup, *insert, *upsert;
  gint64 import_id;
};

G_DEFINE_QUARK (bp-import-error-quark, bp_import_error)

/* Header names match ignoring case, spaces, underscores and hyphens. */
static char *
normalise_header (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '_' && *p != '-' && *p != '\t')
      g_string_append_c (s, g_ascii_tolower (*p));
  return g_string_free (s, FALSE);
}

static int
match_column (const KindSpec *spec,
              const char     *header)
{
  g_autofree char *norm = normalise_header (header);

  for (guint c = 0; c < spec->n_columns; c++)
    {
      g_autofree char *name = normalise_header (spec->columns[c].name);
      g_auto(GStrv) synonyms = NULL;

      if (strcmp (norm, name) == 0)
        return (int) c;
      synonyms = g_strsplit (spec->columns[c].synonyms, "|", -1);
      for (guint i = 0; synonyms[i]; i++)
        {
          g_autofree char *syn = normalise_header (synonyms[i]);

          if (syn[0] && strcmp (norm, syn) == 0)
            return (int) c;
        }
    }
  return -1;
}

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
static char *
current_line (Import *imp)
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

static void
problem (Import     *imp,
         guint       column,
         const char *value,
         const char *what)
{
  g_autofree char *message = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *line = current_line (imp);
  const char *name = imp->header_names[column] ? imp->header_names[column]
                                                : imp->spec->columns[column].name;

  if (value != NULL)
    {
      quoted = quote_value (value);
      /* Translators: a problem with a value in a CSV file being imported: the first %s is
       * the file name, the second the line number, the third the column's name as in the
       * file, the fourth the problem (one of the "not a date: ..." or "the ... must be"
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
static void
row_problem (Import     *imp,
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

static const char *
field (Import *imp,
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

static gboolean
parse_date (Import  *imp,
            guint    column,
            gboolean required,
            BpDay   *out_day)
{
  const char *text = field (imp, column);

  *out_day = BP_DAY_INVALID;
  if (text[0] == '\0')
    {
      if (required)
        problem (imp, column, NULL, _("a date is required"));
      return !required;
    }
  if (!bp_day_parse (text, out_day))
    {
      problem (imp, column, text, date_hint (text));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_int (const char *text,
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
static gboolean
parse_number (const char *text,
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

static void
require_text (Import *imp,
              guint   column)
{
  if (field (imp, column)[0] == '\0')
    problem (imp, column, NULL, _("a value is required"));
}

/* --- outcomes ---------------------------------------------------------------------- */

static gboolean
validate_outcome (Import *imp,
                  Row    *row)
{
  const char *text;
  gboolean recognised;
  gboolean have_dob, have_outcome;

  require_text (imp, OC_OUTCOME_ID);
  require_text (imp, OC_CHILD_ID);

  have_dob = parse_date (imp, OC_DATE_OF_BIRTH, TRUE, &row->dob);
  have_outcome = parse_date (imp, OC_OUTCOME_DATE, TRUE, &row->outcome_date);

  text = field (imp, OC_SEX);
  if (!bp_sex_parse (text, &row->sex))
    problem (imp, OC_SEX, text,
             /* Translators: a problem with a value in a CSV file: M, F, U, Male, Female and
              * Unknown are the values the file may hold: keep them in English */
             _("not a sex code: use M, F or U (or Male, Female, Unknown)"));

  row->ethnic_group = bp_ethnicity_parse (field (imp, OC_ETHNICITY), &recognised);

  text = field (imp, OC_OUTCOME_TYPE);
  if (text[0] == '\0')
    problem (imp, OC_OUTCOME_TYPE, NULL, _("an outcome type is required"));
  else if (!bp_outcome_type_parse (text, &row->type))
    problem (imp, OC_OUTCOME_TYPE, text,
             /* Translators: a problem with a value in a CSV file: YC, RO, YRO and DTO are
              * codes: keep them */
             _("not a known outcome type: use a code such as YC, RO, YRO or DTO, or its name"));

  if (parse_date (imp, OC_OFFENCE_DATE, FALSE, &row->offence_date) && have_outcome &&
      row->offence_date != BP_DAY_INVALID && row->offence_date > row->outcome_date)
    problem (imp, OC_OUTCOME_DATE, field (imp, OC_OUTCOME_DATE),
             _("the outcome date is before the offence date"));

  if (have_dob && have_outcome && row->dob > row->outcome_date)
    problem (imp, OC_DATE_OF_BIRTH, field (imp, OC_DATE_OF_BIRTH),
             _("the date of birth is after the outcome date"));

  text = field (imp, OC_OFFENCE_GROUP);
  if (!bp_offence_group_parse (text, &row->offence_group))
    problem (imp, OC_OFFENCE_GROUP, text,
             /* Translators: a problem with a value in a CSV file: VATP, ROBBERY... OTHER are
              * codes: keep them */
             _("not a known offence group: use VATP, ROBBERY, DRUGS, THEFT, BURGLARY, "
               "CRIMINAL_DAMAGE, MOTORING, PUBLIC_ORDER, SEXUAL, WEAPONS, FRAUD, BREACH or "
               "OTHER"));

  text = field (imp, OC_GRAVITY);
  row->gravity = 0;
  if (text[0] != '\0')
    {
      gint64 g;

      if (!parse_int (text, 1, 8, &g))
        problem (imp, OC_GRAVITY, text,
                 _("the gravity score must be a whole number from 1 to 8"));
      else
        row->gravity = (int) g;
    }

  text = field (imp, OC_LOCAL_STATUS);
  if (!bp_local_status_parse (text, &row->local))
    problem (imp, OC_LOCAL_STATUS, text,
             /* Translators: a problem with a value in a CSV file: Local and Other are the
              * values the file may hold: keep them in English */
             _("the status must be Local, Other or blank (Local)"));

  if (parse_date (imp, OC_RELEASE_DATE, FALSE, &row->release_date) &&
      row->release_date != BP_DAY_INVALID && !imp->row_failed)
    {
      if (!(bp_outcome_type_flags (row->type) & BP_OUTCOME_FLAG_CUSTODIAL))
        problem (imp, OC_RELEASE_DATE, field (imp, OC_RELEASE_DATE),
                 _("a release date is only for custodial sentences"));
      else if (row->release_date < row->outcome_date)
        problem (imp, OC_RELEASE_DATE, field (imp, OC_RELEASE_DATE),
                 _("the release date is before the outcome date"));
    }

  return !imp->row_failed;
}

static void
bind_outcome_key (Import       *imp,
                  const Row    *row,
                  sqlite3_stmt *stmt,
                  int           first)
{
  sqlite3_bind_text (stmt, first, field (imp, OC_OUTCOME_ID), -1, SQLITE_STATIC);
}

static void
bind_day (sqlite3_stmt *stmt,
          int           index,
          BpDay         day)
{
  if (day == BP_DAY_INVALID)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, day);
}

static void
bind_outcome_rest (Import       *imp,
                   const Row    *row,
                   sqlite3_stmt *stmt,
                   int           i)
{
  BpOutcomeFlags flags = bp_outcome_type_flags (row->type);

  sqlite3_bind_text (stmt, i++, field (imp, OC_CHILD_ID), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->dob);
  sqlite3_bind_text (stmt, i++, bp_sex_code (row->sex), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, field (imp, OC_ETHNICITY), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->ethnic_group);
  sqlite3_bind_int (stmt, i++, row->outcome_date);
  sqlite3_bind_text (stmt, i++, bp_outcome_type_code (row->type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, field (imp, OC_OUTCOME_TYPE), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, bp_outcome_type_tier (row->type));
  sqlite3_bind_int (stmt, i++, (flags & BP_OUTCOME_FLAG_STATUTORY) != 0);
  sqlite3_bind_int (stmt, i++, (flags & BP_OUTCOME_FLAG_COURT) != 0);
  sqlite3_bind_int (stmt, i++, (flags & BP_OUTCOME_FLAG_CUSTODIAL) != 0);
  bind_day (stmt, i++, row->offence_date);
  if (row->offence_group == BP_OFFENCE_NONE)
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_text (stmt, i++, bp_offence_group_code (row->offence_group), -1, SQLITE_STATIC);
  if (row->gravity == 0)
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_int (stmt, i++, row->gravity);
  sqlite3_bind_int (stmt, i++, row->local);
  bind_day (stmt, i++, row->release_date);
}

static const KindSpec outcome_spec = {
  "outcomes", outcome_columns, N_OC, 1, NULL,
  "SELECT row_hash, import_id FROM outcome WHERE outcome_id = ?1",
  "INSERT INTO outcome (outcome_id, row_hash, import_id, child_id, date_of_birth, sex, "
  "  ethnicity_raw, ethnic_group, outcome_date, outcome_type, outcome_type_raw, tier, "
  "  statutory, court, custodial, offence_date, offence_group, gravity, local, release_date) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
  "  ?19, ?20) "
  "ON CONFLICT (outcome_id) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, child_id = excluded.child_id, "
  "  date_of_birth = excluded.date_of_birth, sex = excluded.sex, "
  "  ethnicity_raw = excluded.ethnicity_raw, ethnic_group = excluded.ethnic_group, "
  "  outcome_date = excluded.outcome_date, outcome_type = excluded.outcome_type, "
  "  outcome_type_raw = excluded.outcome_type_raw, tier = excluded.tier, "
  "  statutory = excluded.statutory, court = excluded.court, custodial = excluded.custodial, "
  "  offence_date = excluded.offence_date, offence_group = excluded.offence_group, "
  "  gravity = excluded.gravity, local = excluded.local, release_date = excluded.release_date",
  validate_outcome, bind_outcome_key, bind_outcome_rest,
};

/* --- population -------------------------------------------------------------------- */

static gboolean
validate_population (Import *imp,
                     Row    *row)
{
  const char *text;
  gint64 v;
  int lo, hi;
  char tail;

  text = field (imp, PC_YEAR);
  if (!parse_int (text, 1990, 2100, &v))
    problem (imp, PC_YEAR, text, _("the year must be a calendar year from 1990 to 2100, e.g. "
                                   "2022"));
  else
    row->year = (int) v;

  text = field (imp, PC_AGE);
  if (g_ascii_strcasecmp (text, "All") == 0)
    {
      row->age_key = "10-17";
      row->age_min = 10;
      row->age_max = 17;
    }
  else if (parse_int (text, 10, 17, &v))
    {
      row->age_key = text;
      row->age_min = row->age_max = (int) v;
    }
  else if (sscanf (text, "%d-%d%c", &lo, &hi, &tail) == 2 && lo >= 10 && hi <= 17 && lo <= hi)
    {
      row->age_key = text;
      row->age_min = lo;
      row->age_max = hi;
    }
  else
    problem (imp, PC_AGE, text,
             /* Translators: a problem with a value in a CSV file: All is a value the file
              * may hold: keep it in English */
             _("the age must be 10 to 17, a band such as 10-17, or All"));

  text = field (imp, PC_SEX);
  if (text[0] == '\0' || g_ascii_strcasecmp (text, "All") == 0)
    row->sex_key = "All";
  else
    {
      BpSex sex;

      if (!bp_sex_parse (text, &sex) || sex == BP_SEX_UNKNOWN)
        problem (imp, PC_SEX, text,
                 /* Translators: a problem with a value in a CSV file: M, F and All are the
                  * values the file may hold: keep them in English */
                 _("the sex must be M, F or All"));
      else
        row->sex_key = bp_sex_code (sex);
    }

  text = field (imp, PC_ETHNICITY);
  if (text[0] == '\0' || g_ascii_strcasecmp (text, "All") == 0)
    {
      row->ethnicity_key = g_strdup ("All");
      row->ethnic_group = BP_N_ETHNIC_GROUPS;
    }
  else
    {
      gboolean recognised;

      row->ethnic_group = bp_ethnicity_parse (text, &recognised);
      if (!recognised)
        problem (imp, PC_ETHNICITY, text,
                 /* Translators: a problem with a value in a CSV file: Asian, Black, Mixed,
                  * Other, White, B2 and All are values the file may hold: keep them in
                  * English */
                 _("not an ethnic group: use Asian, Black, Mixed, Other, White, a code such as "
                   "B2, or All"));
      row->ethnicity_key = g_strdup (text);
    }

  text = field (imp, PC_COUNT);
  if (!parse_int (text, 0, G_MAXINT32, &row->count))
    problem (imp, PC_COUNT, text,
             _("the count must be a whole number from 0 to 2,147,483,647, without commas"));

  return !imp->row_failed;
}

static void
bind_population_key (Import       *imp,
                     const Row    *row,
                     sqlite3_stmt *stmt,
                     int           i)
{
  sqlite3_bind_int (stmt, i++, row->year);
  sqlite3_bind_text (stmt, i++, row->age_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, row->sex_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, row->ethnicity_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, field (imp, PC_SOURCE), -1, SQLITE_STATIC);
}

static void
bind_population_rest (Import       *imp,
                      const Row    *row,
                      sqlite3_stmt *stmt,
                      int           i)
{
  sqlite3_bind_int (stmt, i++, row->age_min);
  sqlite3_bind_int (stmt, i++, row->age_max);
  if (row->ethnic_group == BP_N_ETHNIC_GROUPS)
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_int (stmt, i++, row->ethnic_group);
  sqlite3_bind_int64 (stmt, i++, row->count);
}

static const KindSpec population_spec = {
  "population", population_columns, N_PC, 5,
  /* Translators: a problem with a row of a population CSV file; year, age, sex,
   * ethnicity and source are the names of its columns: keep them in English */
  N_("a row with the same year, age, sex, ethnicity and source appears earlier in the file; "
     "each must be unique"),
  "SELECT row_hash, import_id FROM population "
  "WHERE year = ?1 AND age = ?2 AND sex = ?3 AND ethnicity = ?4 AND source = ?5",
  "INSERT INTO population (year, age, sex, ethnicity, source, row_hash, import_id, "
  "  age_min, age_max, ethnic_group, count) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
  "ON CONFLICT (year, age, sex, ethnicity, source) DO UPDATE SET "
  "  row_hash = excluded.row_hash, import_id = excluded.import_id, "
  "  age_min = excluded.age_min, age_max = excluded.age_max, "
  "  ethnic_group = excluded.ethnic_group, count = excluded.count",
  validate_population, bind_population_key, bind_population_rest,
};

/* --- benchmarks -------------------------------------------------------------------- */

static gboolean
validate_benchmark (Import *imp,
                    Row    *row)
{
  static const char *area_types[] = { "YJS", "FAMILY", "REGION", "NATIONAL" };
  const char *text;
  double number;
  gint64 v;

  text = field (imp, BC_INDICATOR);
  row->indicator = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (benchmark_indicators); i++)
    if (g_ascii_strcasecmp (text, benchmark_indicators[i]) == 0)
      row->indicator = benchmark_indicators[i];
  if (row->indicator == NULL)
    problem (imp, BC_INDICATOR, text,
             /* Translators: a problem with a value in a CSV file: FTE_RATE, CUSTODY_RATE and
              * REOFF_ are codes: keep them */
             _("not a known indicator: use FTE_RATE, CUSTODY_RATE or a REOFF_ indicator"));

  if (parse_date (imp, BC_PERIOD_START, TRUE, &row->period_start) &&
      parse_date (imp, BC_PERIOD_END, TRUE, &row->period_end) &&
      row->period_start > row->period_end)
    problem (imp, BC_PERIOD_END, field (imp, BC_PERIOD_END),
             _("the period ends before it starts"));

  text = field (imp, BC_AREA_TYPE);
  row->area_type = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (area_types); i++)
    if (g_ascii_strcasecmp (text, area_types[i]) == 0)
      row->area_type = area_types[i];
  if (row->area_type == NULL)
    problem (imp, BC_AREA_TYPE, text,
             /* Translators: a problem with a value in a CSV file: YJS, FAMILY, REGION and
              * NATIONAL are codes: keep them */
             _("the area type must be YJS, FAMILY, REGION or NATIONAL"));

  require_text (imp, BC_AREA_NAME);

  for (guint c = BC_NUMERATOR; c <= BC_DENOMINATOR; c++)
    {
      text = field (imp, c);
      if (text[0] != '\0' && !parse_number (text, &number))
        problem (imp, c, text, _("not a decimal number as published (write it without "
                                 "commas, e.g. 26092)"));
    }

  text = field (imp, BC_VALUE);
  if (!parse_number (text, &row->value))
    problem (imp, BC_VALUE, text,
             _("the value must be a decimal number as published, e.g. 160 or 0.38 (not "
               "hexadecimal, not with an exponent)"));

  row->rank = row->rank_of = 0;
  text = field (imp, BC_RANK);
  if (text[0] != '\0')
    {
      if (!parse_int (text, 1, 100000, &v))
        problem (imp, BC_RANK, text, _("the rank must be a whole number from 1"));
      else
        row->rank = (int) v;
    }
  text = field (imp, BC_RANK_OF);
  if (text[0] != '\0')
    {
      if (!parse_int (text, 1, 100000, &v))
        /* Translators: a problem with a value in a CSV file: rank_of is the name of a
         * column: keep it in English */
        problem (imp, BC_RANK_OF, text, _("rank_of must be a whole number from 1"));
      else
        row->rank_of = (int) v;
    }
  if (row->rank > 0 && row->rank_of > 0 && row->rank > row->rank_of)
    /* Translators: a problem with a value in a CSV file: rank_of is the name of a column:
     * keep it in English */
    problem (imp, BC_RANK, field (imp, BC_RANK), _("the rank is larger than rank_of"));

  return !imp->row_failed;
}

static void
bind_benchmark_key (Import       *imp,
                    const Row    *row,
                    sqlite3_stmt *stmt,
                    int           i)
{
  sqlite3_bind_text (stmt, i++, row->indicator, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->period_start);
  sqlite3_bind_int (stmt, i++, row->period_end);
  sqlite3_bind_text (stmt, i++, row->area_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, field (imp, BC_AREA_NAME), -1, SQLITE_STATIC);
}

static void
bind_optional_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static void
bind_benchmark_rest (Import       *imp,
                     const Row    *row,
                     sqlite3_stmt *stmt,
                     int           i)
{
  bind_optional_text (stmt, i++, field (imp, BC_NUMERATOR));
  bind_optional_text (stmt, i++, field (imp, BC_DENOMINATOR));
  sqlite3_bind_text (stmt, i++, field (imp, BC_VALUE), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, i++, row->value);
  if (row->rank > 0)
    sqlite3_bind_int (stmt, i++, row->rank);
  else
    sqlite3_bind_null (stmt, i++);
  if (row->rank_of > 0)
    sqlite3_bind_int (stmt, i++, row->rank_of);
  else
    sqlite3_bind_null (stmt, i++);
  bind_optional_text (stmt, i++, field (imp, BC_SOURCE));
}

static const KindSpec benchmark_spec = {
  "benchmarks", benchmark_columns, N_BC, 5,
  /* Translators: a problem with a row of a benchmarks CSV file; indicator, period_start,
   * period_end, area_type and area_name are the names of its columns: keep them in
   * English */
  N_("a row with the same indicator, period_start, period_end, area_type and area_name "
     "appears earlier in the file; each must be unique"),
  "SELECT row_hash, import_id FROM benchmark WHERE indicator = ?1 AND period_start = ?2 "
  "  AND period_end = ?3 AND area_type = ?4 AND area_name = ?5",
  "INSERT INTO benchmark (indicator, period_start, period_end, area_type, area_name, "
  "  row_hash, import_id, numerator_text, denominator_text, value_text, value, rank, "
  "  rank_of, source) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
  "ON CONFLICT (indicator, period_start, period_end, area_type, area_name) DO UPDATE SET "
  "  row_hash = excluded.row_hash, import_id = excluded.import_id, "
  "  numerator_text = excluded.numerator_text, denominator_text = excluded.denominator_text, "
  "  value_text = excluded.value_text, value = excluded.value, rank = excluded.rank, "
  "  rank_of = excluded.rank_of, source = excluded.source",
  validate_benchmark, bind_benchmark_key, bind_benchmark_rest,
};

static const KindSpec *kind_specs[BP_N_IMPORT_KINDS] = {
  &outcome_spec, &population_spec, &benchmark_spec,
};

/* --- the import ------------------------------------------------------------------- */

const char *
bp_import_kind_name (BpImportKind kind)
{
  g_return_val_if_fail ((int) kind >= 0 && kind < BP_N_IMPORT_KINDS, NULL);
  return kind_specs[kind]->name;
}

gboolean
bp_import_kind_parse (const char   *text,
                      BpImportKind *out_kind)
{
  for (int k = 0; k < BP_N_IMPORT_KINDS; k++)
    if (g_strcmp0 (text, kind_specs[k]->name) == 0)
      {
        *out_kind = (BpImportKind) k;
        return TRUE;
      }
  return FALSE;
}

/* The value of column @c as it is stored, for the row's hash: a date as its day, a sex or
 * offence group as its code, a number as itself (in @out_number, returning %NULL). The
 * same row written another way ("14/05/2008" for "2008-05-14", "Male" for "M", gravity
 * "06" for "6") is the same data. Values kept as imported beside their mapping
 * (ethnicity, outcome type, published values) stay as written: a change there changes
 * what is stored. */
static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  if (imp->spec == &outcome_spec)
    switch (c)
      {
      case OC_DATE_OF_BIRTH: *out_number = row->dob; return NULL;
      case OC_OUTCOME_DATE: *out_number = row->outcome_date; return NULL;
      case OC_OFFENCE_DATE: *out_number = row->offence_date; return NULL;
      case OC_RELEASE_DATE: *out_number = row->release_date; return NULL;
      case OC_SEX: return bp_sex_code (row->sex);
      case OC_OFFENCE_GROUP:
        return row->offence_group == BP_OFFENCE_NONE ? "" : bp_offence_group_code (row->offence_group);
      case OC_GRAVITY: *out_number = row->gravity; return NULL;
      case OC_LOCAL_STATUS: *out_number = row->local; return NULL;
      default: return field (imp, c);
      }
  else if (imp->spec == &population_spec)
    switch (c)
      {
      case PC_YEAR: *out_number = row->year; return NULL;
      case PC_AGE: return row->age_key;
      case PC_SEX: return row->sex_key;
      case PC_ETHNICITY: return row->ethnicity_key;
      case PC_COUNT: *out_number = row->count; return NULL;
      default: return field (imp, c);
      }
  else
    switch (c)
      {
      case BC_INDICATOR: return row->indicator;
      case BC_PERIOD_START: *out_number = row->period_start; return NULL;
      case BC_PERIOD_END: *out_number = row->period_end; return NULL;
      case BC_AREA_TYPE: return row->area_type;
      case BC_RANK: *out_number = row->rank; return NULL;
      case BC_RANK_OF: *out_number = row->rank_of; return NULL;
      default: return field (imp, c);
      }
}

/* A 64-bit FNV-1a hash of the row's values as stored, in canonical column order: a file
 * with its columns in another order, or its values written another way, is the same
 * data. */
static gint64
row_hash (Import    *imp,
          const Row *row)
{
  guint64 h = 14695981039346656037ULL;

  for (guint c = 0; c < imp->spec->n_columns; c++)
    {
      gint64 number = 0;
      const char *text = stored_value (imp, row, c, &number);

      if (text == NULL)
        {
          /* A number by its bytes: no formatting on the import's hot path. */
          for (int k = 0; k < 8; k++)
            {
              h ^= (guint64) (number >> (8 * k)) & 0xff;
              h *= 1099511628211ULL;
            }
        }
      else
        for (const guchar *p = (const guchar *) text; *p; p++)
          {
            h ^= *p;
            h *= 1099511628211ULL;
          }
      h ^= 0x1f;
      h *= 1099511628211ULL;
    }
  return (gint64) h;
}

static gboolean
map_header (Import  *imp,
            GError **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GString) ignored = g_string_new (NULL);
  guint n = bp_csv_reader_n_fields (imp->reader);

  for (guint c = 0; c < MAX_COLUMNS; c++)
    imp->map[c] = -1;
  imp->n_header_fields = n;

  for (guint i = 0; i < n; i++)
    {
      const char *name = bp_csv_reader_field (imp->reader, i);
      int c = match_column (imp->spec, name);

      if (c < 0)
        {
          if (name[0] == '\0')
            continue;
          if (ignored->len > 0)
            g_string_append (ignored, ", ");
          g_string_append (ignored, name);
          continue;
        }
      if (imp->map[c] >= 0)
        {
          g_autofree char *line = current_line (imp);

          g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                       /* Translators: the first %s is the file name, the second the line
                        * number, the third the column's name in English, the fourth and
                        * fifth the two headings found for it, e.g. "outcomes.csv:1: column
                        * sex: the column appears twice (as "sex" and "Gender"); remove one
                        * of them" */
                       _("%s:%s: column %s: the column appears twice (as \"%s\" and "
                         "\"%s\"); remove one of them"), imp->display_name, line,
                       imp->spec->columns[c].name, imp->header_names[c], name);
          return FALSE;
        }
      imp->map[c] = (int) i;
      imp->header_names[c] = g_strdup (name);
    }

  for (guint c = 0; c < imp->spec->n_columns; c++)
    if (imp->spec->columns[c].required && imp->map[c] < 0)
      g_ptr_array_add (missing, (gpointer) imp->spec->columns[c].name);

  /* A file saved with another separator has one column whose name holds them all:
   * say so, rather than list every column as missing. */
  if (missing->len > 0 && n == 1)
    {
      const char *only = bp_csv_reader_field (imp->reader, 0);

      if (strchr (only, ';') != NULL)
        {
          g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                       /* Translators: %s is the file name and 1 its first line; "CSV UTF-8
                        * (Comma delimited)" is a file type in Excel's Save As dialog */
                       _("%s:1: the columns are separated by semicolons, not commas; save the "
                         "file as \"CSV UTF-8 (Comma delimited)\" and import it again"),
                       imp->display_name);
          return FALSE;
        }
      if (strchr (only, '\t') != NULL)
        {
          g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                       /* Translators: %s is the file name and 1 its first line; "CSV UTF-8
                        * (Comma delimited)" is a file type in Excel's Save As dialog */
                       _("%s:1: the columns are separated by tabs, not commas; save the file "
                         "as \"CSV UTF-8 (Comma delimited)\" and import it again"),
                       imp->display_name);
          return FALSE;
        }
    }

  if (missing->len > 0)
    {
      g_autoptr(GString) msg = g_string_new (NULL);

      g_string_append_printf (msg, "%s:1: ", imp->display_name);
      for (guint i = 0; i < missing->len; i++)
        {
          const char *name = g_ptr_array_index (missing, i);
          int c = match_column (imp->spec, name);

          if (i > 0)
            g_string_append (msg, "; ");
          if (imp->spec->columns[c].synonyms[0])
            {
              g_auto(GStrv) parts = g_strsplit (imp->spec->columns[c].synonyms, "|", -1);
              g_autofree char *joined = g_strjoinv ("\", \"", parts);

              g_string_append_printf (msg,
                                      /* Translators: one of the problems with the header of
                                       * a CSV file: the first %s is the column's name, the
                                       * second the other names it may have, e.g. "column
                                       * sex: required column is missing (it may also be
                                       * called "gender")", or "... (it may also be called
                                       * "dob", "birth date")" */
                                      _("column %s: required column is missing (it may also "
                                        "be called \"%s\")"), name, joined);
            }
          else
            {
              /* Translators: one of the problems with the header of a CSV file: %s is the
               * column's name, e.g. "column year: required column is missing" */
              g_string_append_printf (msg, _("column %s: required column is missing"), name);
            }
        }
      g_set_error_literal (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER, msg->str);
      return FALSE;
    }

  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (names, (gpointer) bp_csv_reader_field (imp->reader, i));
    g_ptr_array_add (names, NULL);
    bp_csv_reader_set_column_names (imp->reader, (const char * const *) names->pdata);
  }

  if (ignored->len > 0)
    g_ptr_array_add (imp->result->notes,
                     /* Translators: the first %s is the file name, the second a list of
                      * column headings, e.g. "outcomes.csv: columns not used and ignored:
                      * Worker, Team" */
                     g_strdup_printf (_("%s: columns not used and ignored: %s"),
                                      imp->display_name, ignored->str));
  return TRUE;
}

static gboolean
record_is_blank (BpCsvReader *reader)
{
  for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
    if (bp_csv_reader_field (reader, i)[0] != '\0')
      return FALSE;
  return TRUE;
}

static void
append_record (GString     *out,
               BpCsvReader *reader,
               const char  *extra)
{
  for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      bp_csv_write_field (out, bp_csv_reader_field (reader, i));
    }
  if (extra != NULL)
    {
      g_string_append_c (out, ',');
      bp_csv_write_field (out, extra);
    }
  g_string_append (out, "\r\n");
}

static void
bind_row (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          gint64        hash)
{
  /* The key's parameters come first, then row_hash and import_id, then the rest. */
  sqlite3_reset (stmt);
  imp->spec->bind_key (imp, row, stmt, 1);
  sqlite3_bind_int64 (stmt, imp->spec->n_key + 1, hash);
  sqlite3_bind_int64 (stmt, imp->spec->n_key + 2, imp->import_id);
  imp->spec->bind_rest (imp, row, stmt, imp->spec->n_key + 3);
}

/* Returns: 0 new, 1 updated, 2 unchanged, -1 duplicate in the file, -2 SQL error
 *
 * The first statement inserts a new row or, when the stored row has the same hash,
 * only marks it as seen by this import: new and unchanged rows, nearly all rows of any
 * import, cost one statement, told apart by whether a row id was inserted. Only a row
 * that differs pays for the lookup that tells updated from duplicate. */
static int
write_row (Import    *imp,
           const Row *row)
{
  sqlite3 *db = bp_store_get_db (imp->store);
  gint64 hash = row_hash (imp, row);
  int rc;

  /* No row id is ever -1: if it is still -1 after the step, nothing was inserted. */
  sqlite3_set_last_insert_rowid (db, -1);
  bind_row (imp, row, imp->insert, hash);
  if (sqlite3_step (imp->insert) != SQLITE_DONE)
    return -2;
  if (sqlite3_changes (db) == 1)
    return sqlite3_last_insert_rowid (db) != -1 ? 0 : 2;

  /* The key is stored with another hash, or this import wrote it already. */
  sqlite3_reset (imp->lookup);
  imp->spec->bind_key (imp, row, imp->lookup, 1);
  rc = sqlite3_step (imp->lookup);
  if (rc != SQLITE_ROW)
    return -2;
  if (sqlite3_column_int64 (imp->lookup, 1) == imp->import_id)
    return -1;

  bind_row (imp, row, imp->upsert, hash);
  if (sqlite3_step (imp->upsert) != SQLITE_DONE)
    return -2;
  return 1;
}

/* The rejects file holds child-level rows: private to the user, like the database. */
static gboolean
write_file_atomically (const char  *path,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  BpAtomicFile file = BP_ATOMIC_FILE_INIT;

  if (bp_atomic_file_open (&file, path, 0600, NULL) &&
      bp_atomic_file_write (&file, contents, length, NULL) &&
      bp_atomic_file_commit (&file, NULL))
    return TRUE;
  bp_atomic_file_abort (&file);
  g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_WRITE,
               /* Translators: the first %s is the name of the file for the rows that were
                * not imported, the second the system's reason, e.g. "outcomes-rejects.csv:
                * the rejects file could not be written (Permission denied)" */
               _("%s: the rejects file could not be written (%s)"), path,
               g_strerror (file.saved_errno));
  return FALSE;
}

static char *
default_rejects_path (const char *path)
{
  g_autofree char *stem = g_strdup (path);
  char *dot = strrchr (stem, '.');

  if (dot && strchr (dot, '/') == NULL && g_ascii_strcasecmp (dot, ".csv") == 0)
    *dot = '\0';
  return g_strdup_printf ("%s-rejects.csv", stem);
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->lookup, sqlite3_finalize);
  g_clear_pointer (&imp->insert, sqlite3_finalize);
  g_clear_pointer (&imp->upsert, sqlite3_finalize);
  for (guint c = 0; c < MAX_COLUMNS; c++)
    g_clear_pointer (&imp->header_names[c], g_free);
  if (imp->row_reasons)
    g_string_free (imp->row_reasons, TRUE);
  g_clear_pointer (&imp->reader, bp_csv_reader_free);
}

static gboolean
log_import (Import      *imp,
            const char  *path,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *base = g_path_get_basename (path);

  stmt = bp_store_prepare (imp->store,
                           "INSERT INTO import_log (kind, file_name, imported_at, encoding) "
                           "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, imp->spec->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, base, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, when, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, imp->result->encoding == BP_CSV_ENCODING_UTF8 ? "UTF-8"
                                                                             : "Windows-1252",
                     -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (imp->store, error);
  imp->import_id = sqlite3_last_insert_rowid (bp_store_get_db (imp->store));
  return TRUE;
}

static gboolean
finish_log (Import   *imp,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  BpImportResult *r = imp->result;

  stmt = bp_store_prepare (imp->store,
                           "UPDATE import_log SET rows_new = ?, rows_updated = ?, "
                           "rows_unchanged = ?, rows_rejected = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, (gint64) r->rows_new);
  sqlite3_bind_int64 (stmt, 2, (gint64) r->rows_updated);
  sqlite3_bind_int64 (stmt, 3, (gint64) r->rows_unchanged);
  sqlite3_bind_int64 (stmt, 4, (gint64) r->rows_rejected);
  sqlite3_bind_int64 (stmt, 5, imp->import_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (imp->store, error);
  return TRUE;
}

static gboolean
log_reject (Import      *imp,
            sqlite3_stmt *stmt,
            const char  *reasons,
            GError     **error)
{
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, imp->import_id);
  sqlite3_bind_int64 (stmt, 2, (gint64) bp_csv_reader_line (imp->reader));
  sqlite3_bind_text (stmt, 3, reasons, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (imp->store, error);
  return TRUE;
}

static gboolean
run_import (Import        *imp,
            const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GString) rejects = NULL;
  g_autoptr(sqlite3_stmt) reject_stmt = NULL;
  const BpImportOptions *opt = imp->options;
  BpImportResult *r = imp->result;
  gboolean any_invalid = FALSE;
  guint64 since_progress = 0;
  GError *local_error = NULL;
  Row row;

  imp->reader = bp_csv_reader_open (path, error);
  if (imp->reader == NULL)
    return FALSE;
  imp->display_name = bp_csv_reader_display_name (imp->reader);
  r->encoding = bp_csv_reader_encoding (imp->reader);
  if (r->encoding == BP_CSV_ENCODING_WINDOWS_1252)
    g_ptr_array_add (r->notes,
                     /* Translators: %s is the file name; UTF-8 and Windows-1252 are the
                      * names of character encodings */
                     g_strdup_printf (_("%s: the file is not UTF-8, so it was read as "
                                        "Windows-1252 (what Excel on Windows saves)"),
                                      imp->display_name));

  if (!bp_csv_reader_next (imp->reader, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                     /* Translators: %s is the file name and 1 its first line */
                     _("%s:1: the file is empty; a header row is required"),
                     imp->display_name);
      return FALSE;
    }
  if (!map_header (imp, error))
    return FALSE;

  {
    /* The upsert with its update narrowed to marking an unchanged row as seen. */
    const char *sql = imp->spec->upsert_sql;
    const char *update = strstr (sql, " DO UPDATE SET ");
    g_autofree char *insert_sql = NULL;

    g_assert (update != NULL);
    insert_sql = g_strdup_printf ("%.*s DO UPDATE SET import_id = excluded.import_id "
                                  "WHERE import_id != excluded.import_id "
                                  "AND row_hash = excluded.row_hash", (int) (update - sql), sql);
    imp->insert = bp_store_prepare (imp->store, insert_sql, error);
  }
  imp->lookup = imp->insert ? bp_store_prepare (imp->store, imp->spec->lookup_sql, error) : NULL;
  imp->upsert = imp->lookup ? bp_store_prepare (imp->store, imp->spec->upsert_sql, error) : NULL;
  if (imp->upsert == NULL)
    return FALSE;

  if (opt->skip_invalid)
    {
      rejects = g_string_new (NULL);
      for (guint i = 0; i < bp_csv_reader_n_fields (imp->reader); i++)
        {
          bp_csv_write_field (rejects, bp_csv_reader_field (imp->reader, i));
          g_string_append_c (rejects, ',');
        }
      g_string_append (rejects, "reason\r\n");
      reject_stmt = bp_store_prepare (imp->store, "INSERT INTO import_reject (import_id, line, "
                                                  "message) VALUES (?, ?, ?)", error);
      if (reject_stmt == NULL)
        return FALSE;
    }

  if (!log_import (imp, path, error))
    return FALSE;

  while (bp_csv_reader_next (imp->reader, &local_error))
    {
      gboolean valid;

      if (record_is_blank (imp->reader))
        continue;

      r->rows++;
      imp->row_failed = FALSE;
      g_string_truncate (imp->row_reasons, 0);
      memset (&row, 0, sizeof row);

      if (bp_csv_reader_n_fields (imp->reader) > imp->n_header_fields)
        {
          guint n = bp_csv_reader_n_fields (imp->reader);
          g_autofree char *what =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a problem with a row of a CSV file:
                                           * the first %u is the number of values on the
                                           * line (always 2 or more), the second the number
                                           * of columns of the header, e.g. "the line has 13
                                           * values but the header has 12; check for an
                                           * unquoted comma" */
                                          "the line has %u value but the header has %u; "
                                          "check for an unquoted comma",
                                          "the line has %u values but the header has %u; "
                                          "check for an unquoted comma", n),
                             n, imp->n_header_fields);

          row_problem (imp, what);
          valid = FALSE;
        }
      else if (bp_csv_reader_n_fields (imp->reader) < imp->n_header_fields)
        {
          /* A line cut short (a truncated last line, a lost value) is an error too, never
           * a row with empty values. */
          guint n = bp_csv_reader_n_fields (imp->reader);
          g_autofree char *what =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a problem with a row of a CSV file:
                                           * the first %u is the number of values on the
                                           * line, the second the number of columns of the
                                           * header, e.g. "the line has 7 values but the
                                           * header has 9; is it cut short?" */
                                          "the line has %u value but the header has %u; is "
                                          "it cut short?",
                                          "the line has %u values but the header has %u; is "
                                          "it cut short?", n),
                             n, imp->n_header_fields);

          row_problem (imp, what);
          valid = FALSE;
        }
      else
        valid = imp->spec->validate (imp, &row);

      if (valid && !(any_invalid && !opt->skip_invalid))
        {
          int status = write_row (imp, &row);

          switch (status)
            {
            case 0: r->rows_new++; break;
            case 1: r->rows_updated++; break;
            case 2: r->rows_unchanged++; break;
            case -1:
              /* The outcomes' key is one column; the other kinds' keys are several. */
              if (imp->spec->duplicate == NULL)
                problem (imp, OC_OUTCOME_ID, field (imp, OC_OUTCOME_ID),
                         /* Translators: a problem with a value in a CSV file: outcome_id is
                          * the name of a column: keep it in English */
                         _("this outcome_id appears earlier in the file; each must be "
                           "unique"));
              else
                row_problem (imp, _(imp->spec->duplicate));
              valid = FALSE;
              break;
            default:
              g_free (row.ethnicity_key);
              return bp_store_set_error (imp->store, error);
            }
        }
      g_free (row.ethnicity_key);

      if (!valid)
        {
          any_invalid = TRUE;
          r->rows_rejected++;
          if (opt->skip_invalid)
            {
              append_record (rejects, imp->reader, imp->row_reasons->str);
              if (!log_reject (imp, reject_stmt, imp->row_reasons->str, error))
                return FALSE;
            }
        }

      if (++since_progress >= 4096)
        {
          since_progress = 0;
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (opt->progress)
            opt->progress (bp_csv_reader_fraction (imp->reader), opt->progress_data);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (r->rows == 0)
    {
      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_EMPTY,
                   /* Translators: %s is the file name and 2 its second line */
                   _("%s:2: the file has a header but no data rows"), imp->display_name);
      return FALSE;
    }

  if (any_invalid && !opt->skip_invalid)
    {
      g_autofree char *rejected = g_strdup_printf ("%" G_GUINT64_FORMAT, r->rows_rejected);
      g_autofree char *rows = g_strdup_printf ("%" G_GUINT64_FORMAT, r->rows);

      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: the first %s is the file name, the second
                                 * the number of rows not valid, the third the number of
                                 * rows in the file, which decides the plural form (the
                                 * English says "rows" for one row too); "Import valid rows
                                 * only" is the import window's button (use its label, without
                                 * the underscore) and --skip-invalid the command line's
                                 * option, e.g. "outcomes.csv: 3 of 1200 rows are not valid, so
                                 * nothing was imported; ..." */
                                "%s: %s of %s rows are not valid, so nothing was imported; "
                                "correct them, or import the valid rows only (\"Import valid "
                                "rows only\", --skip-invalid)",
                                "%s: %s of %s rows are not valid, so nothing was imported; "
                                "correct them, or import the valid rows only (\"Import valid "
                                "rows only\", --skip-invalid)",
                                (gulong) r->rows),
                   imp->display_name, rejected, rows);
      return FALSE;
    }

  if (!finish_log (imp, error))
    return FALSE;
  if (r->rows_new + r->rows_updated > 0 && !bp_store_bump_data_version (imp->store, error))
    return FALSE;

  if (rejects != NULL && r->rows_rejected > 0)
    {
      g_autofree char *target = opt->rejects_path ? g_strdup (opt->rejects_path)
                                                  : default_rejects_path (path);

      if (!write_file_atomically (target, rejects->str, rejects->len, error))
        return FALSE;
      r->rejects_path = g_steal_pointer (&target);
    }
  if (opt->progress)
    opt->progress (1.0, opt->progress_data);
  return TRUE;
}

/* Takes the database's write lock. Another import may hold it for minutes (a million
 * rows): this one waits, saying so once through the progress function, until it is
 * free, the wait is cancelled, or half an hour has passed. */
static gboolean
begin_writing (BpStore               *store,
               const BpImportOptions *options,
               GCancellable          *cancellable,
               GError               **error)
{
  sqlite3 *db = bp_store_get_db (store);
  gint64 deadline = g_get_monotonic_time () + (gint64) BP_IMPORT_WAIT_SECONDS * G_USEC_PER_SEC;
  gboolean said = FALSE;
  int rc;

  sqlite3_busy_timeout (db, 200);
  while ((rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK &&
         (rc & 0xff) == SQLITE_BUSY && g_get_monotonic_time () < deadline &&
         !g_cancellable_is_cancelled (cancellable))
    if (!said && options->progress)
      {
        options->progress (BP_IMPORT_WAITING, options->progress_data);
        said = TRUE;
      }
  sqlite3_busy_timeout (db, BP_STORE_BUSY_TIMEOUT_MS);
  if (rc == SQLITE_OK)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return bp_store_set_error (store, error);
}

/**
 * bp_import_file:
 * @store: the store to import into
 * @path: the CSV file
 * @options: the kind of file and how to treat invalid rows
 * @out_result: (out) (transfer full) (optional): counts and messages, set even on failure
 *   so the caller can list the problems found
 *
 * Imports @path in one transaction. On failure nothing is changed.
 */
gboolean
bp_import_file (BpStore                *store,
                const char             *path,
                const BpImportOptions  *options,
                BpImportResult        **out_result,
                GCancellable           *cancellable,
                GError                **error)
{
  Import imp = { 0 };
  g_autoptr(BpImportResult) result = g_new0 (BpImportResult, 1);
  gboolean ok;

  g_return_val_if_fail (BP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail ((int) options->kind >= 0 && options->kind < BP_N_IMPORT_KINDS, FALSE);

  result->messages = g_ptr_array_new_with_free_func (g_free);
  result->notes = g_ptr_array_new_with_free_func (g_free);
  imp.store = store;
  imp.spec = kind_specs[options->kind];
  imp.options = options;
  imp.result = result;
  imp.row_reasons = g_string_new (NULL);
  imp.max_messages = options->max_messages ? options->max_messages
                                           : BP_IMPORT_DEFAULT_MAX_MESSAGES;

  if (bp_store_is_read_only (store))
    {
      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_WRITE,
                   /* Translators: %s is the database file's name */
                   _("%s: the database is read-only (the file or its folder cannot be "
                     "written), so nothing can be imported into it; it can still be "
                     "reported on and exported"), bp_store_get_path (store));
      import_clear (&imp);
      if (out_result)
        *out_result = g_steal_pointer (&result);
      return FALSE;
    }

  /* The rejects file may be neither the database nor the file being imported: refused
   * before anything is read or written. */
  if (options->skip_invalid)
    {
      g_autoptr(BpFileGuard) guard = bp_file_guard_new ();
      g_autofree char *target = options->rejects_path ? g_strdup (options->rejects_path)
                                                      : default_rejects_path (path);

      bp_file_guard_add_database (guard, bp_store_get_path (store));
      bp_file_guard_add_input (guard, path);
      if (!bp_file_guard_add_output (guard, target, error))
        {
          import_clear (&imp);
          if (out_result)
            *out_result = g_steal_pointer (&result);
          return FALSE;
        }
    }

  if (!begin_writing (store, options, cancellable, error))
    {
      import_clear (&imp);
      if (out_result)
        *out_result = g_steal_pointer (&result);
      return FALSE;
    }

  ok = run_import (&imp, path, cancellable, error);
  import_clear (&imp);

  if (ok)
    ok = bp_store_exec (store, "COMMIT", error);
  if (!ok)
    {
      sqlite3_exec (bp_store_get_db (store), "ROLLBACK", NULL, NULL, NULL);
      result->import_id = 0;
      result->rows_new = result->rows_updated = result->rows_unchanged = 0;
    }
  else
    {
      result->import_id = imp.import_id;
      bp_store_emit_changed (store);
    }

  if (out_result)
    *out_result = g_steal_pointer (&result);
  return ok;
}

/**
 * bp_import_detect_kind:
 * Recognises the kind of file from its header.
 */
gboolean
bp_import_detect_kind (const char    *path,
                       BpImportKind  *out_kind,
                       GError       **error)
{
  g_autoptr(BpCsvReader) reader = bp_csv_reader_open (path, error);
  int best = -1;
  guint best_matches = 0;

  if (reader == NULL)
    return FALSE;
  if (!bp_csv_reader_next (reader, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                     /* Translators: %s is the file name and 1 its first line */
                     _("%s:1: the file is empty; a header row is required"),
                     bp_csv_reader_display_name (reader));
      return FALSE;
    }

  for (int k = 0; k < BP_N_IMPORT_KINDS; k++)
    {
      const KindSpec *spec = kind_specs[k];
      guint required = 0, matches = 0;
      gboolean seen[MAX_COLUMNS] = { FALSE };

      for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
        {
          int c = match_column (spec, bp_csv_reader_field (reader, i));

          if (c >= 0)
            seen[c] = TRUE;
        }
      for (guint c = 0; c < spec->n_columns; c++)
        {
          if (spec->columns[c].required)
            required++;
          if (spec->columns[c].required && seen[c])
            matches++;
        }
      if (matches == required && matches > best_matches)
        {
          best = k;
          best_matches = matches;
        }
    }

  if (best < 0)
    {
      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                   /* Translators: %s is the file name and 1 its first line */
                   _("%s:1: the header is not that of case data (outcomes), population or "
                     "benchmarks: see the column names in the documentation"),
                   bp_csv_reader_display_name (reader));
      return FALSE;
    }
  *out_kind = (BpImportKind) best;
  return TRUE;
}

/* "N rows: a new, b updated, c unchanged, d rejected" */
char *
bp_import_result_summary (const BpImportResult *result)
{
  g_autofree char *rows = NULL;
  g_autofree char *rows_new = NULL;
  g_autofree char *rows_updated = NULL;
  g_autofree char *rows_unchanged = NULL;
  g_autofree char *rows_rejected = NULL;

  g_return_val_if_fail (result != NULL, NULL);

  rows = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows);
  rows_new = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_new);
  rows_updated = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_updated);
  rows_unchanged = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_unchanged);
  rows_rejected = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_rejected);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the result of an import: the first %s
                                        * is the number of rows read, which decides the
                                        * plural form (the English says "rows" for one row
                                        * too), the others how many of them were new,
                                        * updated, unchanged and rejected, e.g. "1200 rows:
                                        * 1150 new, 40 updated, 7 unchanged, 3 rejected" */
                                       "%s rows: %s new, %s updated, %s unchanged, %s rejected",
                                       "%s rows: %s new, %s updated, %s unchanged, %s rejected",
                                       (gulong) result->rows),
                          rows, rows_new, rows_updated, rows_unchanged, rows_rejected);
}

void
bp_import_result_free (BpImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->messages, g_ptr_array_unref);
  g_clear_pointer (&result->notes, g_ptr_array_unref);
  g_free (result->rejects_path);
  g_free (result);
}

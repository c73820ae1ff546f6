/* bp-import-population.c: the population file (data-formats.md): counts by year, age, sex and
 * ethnic group */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum { PC_YEAR, PC_AGE, PC_SEX, PC_ETHNICITY, PC_COUNT, PC_SOURCE, N_PC };

static const ColumnSpec population_columns[N_PC] = {
  { "year", TRUE, "" },
  { "age", TRUE, "" },
  { "sex", FALSE, "gender" },
  { "ethnicity", FALSE, "ethnic group" },
  { "count", TRUE, "population|value" },
  { "source", FALSE, "" },
};

/* How column @c is stored (the row's hash is made of these): a text, or NULL and the
 * number. */
static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  switch (c)
    {
    case PC_YEAR: *out_number = row->year; return NULL;
    case PC_AGE: return row->age_key;
    case PC_SEX: return row->sex_key;
    case PC_ETHNICITY: return row->ethnicity_key;
    case PC_COUNT: *out_number = row->count; return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_population (Import *imp,
                     Row    *row)
{
  const char *text;
  gint64 v;
  int lo, hi;
  char tail;

  text = _bp_import_field (imp, PC_YEAR);
  if (!_bp_import_parse_int (text, 1990, 2100, &v))
    _bp_import_problem (imp, PC_YEAR, text, _("the year must be a calendar year from 1990 to "
                                              "2100, e.g. 2022"));
  else
    row->year = (int) v;

  text = _bp_import_field (imp, PC_AGE);
  if (g_ascii_strcasecmp (text, "All") == 0)
    {
      row->age_key = "10-17";
      row->age_min = 10;
      row->age_max = 17;
    }
  else if (_bp_import_parse_int (text, 10, 17, &v))
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
    _bp_import_problem (imp, PC_AGE, text,
                        /* Translators: a problem with a value in a CSV file: All is a value the
                         * file may hold: keep it in English */
                        _("the age must be 10 to 17, a band such as 10-17, or All"));

  text = _bp_import_field (imp, PC_SEX);
  if (text[0] == '\0' || g_ascii_strcasecmp (text, "All") == 0)
    row->sex_key = "All";
  else
    {
      BpSex sex;

      if (!bp_sex_parse (text, &sex) || sex == BP_SEX_UNKNOWN)
        _bp_import_problem (imp, PC_SEX, text,
                            /* Translators: a problem with a value in a CSV file: M, F and All
                             * are the values the file may hold: keep them in English */
                            _("the sex must be M, F or All"));
      else
        row->sex_key = bp_sex_code (sex);
    }

  text = _bp_import_field (imp, PC_ETHNICITY);
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
        _bp_import_problem (imp, PC_ETHNICITY, text,
                            /* Translators: a problem with a value in a CSV file: Asian, Black,
                             * Mixed, Other, White, B2 and All are values the file may hold:
                             * keep them in English */
                            _("not an ethnic group: use Asian, Black, Mixed, Other, White, a code "
                              "such as B2, or All"));
      row->ethnicity_key = g_strdup (text);
    }

  text = _bp_import_field (imp, PC_COUNT);
  if (!_bp_import_parse_int (text, 0, G_MAXINT32, &row->count))
    _bp_import_problem (imp, PC_COUNT, text,
                        _("the count must be a whole number from 0 to 2,147,483,647, without "
                          "commas"));

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
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, PC_SOURCE), -1, SQLITE_STATIC);
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

const KindSpec _bp_import_population_spec = {
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
  .stored = stored_value,
  .duplicate_column = -1,
};

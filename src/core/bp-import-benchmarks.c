/* bp-import-benchmarks.c: the benchmarks file (data-formats.md): published comparators, as
 * published */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-import-private.h"
#include "bp-indicator.h"

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

/* The code as the registry spells it (bp-indicator.h: each indicator's benchmark codes),
 * matched ignoring case; NULL when no indicator publishes it. */
static const char *
known_code (const char *text)
{
  const BpIndicator *const *list;
  guint n;

  list = bp_indicators_list (&n);
  for (guint i = 0; i < n; i++)
    for (guint k = 0; bp_indicator_code (list[i], k) != NULL; k++)
      if (g_ascii_strcasecmp (text, bp_indicator_code (list[i], k)) == 0)
        return bp_indicator_code (list[i], k);
  return NULL;
}

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
    case BC_INDICATOR: return row->indicator;
    case BC_PERIOD_START: *out_number = row->period_start; return NULL;
    case BC_PERIOD_END: *out_number = row->period_end; return NULL;
    case BC_AREA_TYPE: return row->area_type;
    case BC_RANK: *out_number = row->rank; return NULL;
    case BC_RANK_OF: *out_number = row->rank_of; return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_benchmark (Import *imp,
                    Row    *row)
{
  static const char *area_types[] = { "YJS", "FAMILY", "REGION", "NATIONAL" };
  const char *text;
  double number;
  gint64 v;

  text = _bp_import_field (imp, BC_INDICATOR);
  row->indicator = known_code (text);
  if (row->indicator == NULL)
    _bp_import_problem (imp, BC_INDICATOR, text,
                        /* Translators: a problem with a value in a CSV file: FTE_RATE,
                         * CUSTODY_RATE and REOFF_ are codes: keep them */
                        _("not a known indicator: use FTE_RATE, CUSTODY_RATE or a REOFF_ "
                          "indicator"));

  if (_bp_import_parse_date (imp, BC_PERIOD_START, TRUE, &row->period_start) &&
      _bp_import_parse_date (imp, BC_PERIOD_END, TRUE, &row->period_end) &&
      row->period_start > row->period_end)
    _bp_import_problem (imp, BC_PERIOD_END, _bp_import_field (imp, BC_PERIOD_END),
                        _("the period ends before it starts"));

  text = _bp_import_field (imp, BC_AREA_TYPE);
  row->area_type = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (area_types); i++)
    if (g_ascii_strcasecmp (text, area_types[i]) == 0)
      row->area_type = area_types[i];
  if (row->area_type == NULL)
    _bp_import_problem (imp, BC_AREA_TYPE, text,
                        /* Translators: a problem with a value in a CSV file: YJS, FAMILY,
                         * REGION and NATIONAL are codes: keep them */
                        _("the area type must be YJS, FAMILY, REGION or NATIONAL"));

  _bp_import_require_text (imp, BC_AREA_NAME);

  for (guint c = BC_NUMERATOR; c <= BC_DENOMINATOR; c++)
    {
      text = _bp_import_field (imp, c);
      if (text[0] != '\0' && !_bp_import_parse_number (text, &number))
        _bp_import_problem (imp, c, text, _("not a decimal number as published (write it without "
                                            "commas, e.g. 26092)"));
    }

  text = _bp_import_field (imp, BC_VALUE);
  if (!_bp_import_parse_number (text, &row->value))
    _bp_import_problem (imp, BC_VALUE, text,
                        _("the value must be a decimal number as published, e.g. 160 or 0.38 (not "
                          "hexadecimal, not with an exponent)"));

  row->rank = row->rank_of = 0;
  text = _bp_import_field (imp, BC_RANK);
  if (text[0] != '\0')
    {
      if (!_bp_import_parse_int (text, 1, 100000, &v))
        _bp_import_problem (imp, BC_RANK, text, _("the rank must be a whole number from 1"));
      else
        row->rank = (int) v;
    }
  text = _bp_import_field (imp, BC_RANK_OF);
  if (text[0] != '\0')
    {
      if (!_bp_import_parse_int (text, 1, 100000, &v))
        /* Translators: a problem with a value in a CSV file: rank_of is the name of a
         * column: keep it in English */
        _bp_import_problem (imp, BC_RANK_OF, text, _("rank_of must be a whole number from 1"));
      else
        row->rank_of = (int) v;
    }
  if (row->rank > 0 && row->rank_of > 0 && row->rank > row->rank_of)
    /* Translators: a problem with a value in a CSV file: rank_of is the name of a column:
     * keep it in English */
    _bp_import_problem (imp, BC_RANK, _bp_import_field (imp, BC_RANK), _("the rank is larger than "
                                                                         "rank_of"));

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
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, BC_AREA_NAME), -1, SQLITE_STATIC);
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
  bind_optional_text (stmt, i++, _bp_import_field (imp, BC_NUMERATOR));
  bind_optional_text (stmt, i++, _bp_import_field (imp, BC_DENOMINATOR));
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, BC_VALUE), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, i++, row->value);
  if (row->rank > 0)
    sqlite3_bind_int (stmt, i++, row->rank);
  else
    sqlite3_bind_null (stmt, i++);
  if (row->rank_of > 0)
    sqlite3_bind_int (stmt, i++, row->rank_of);
  else
    sqlite3_bind_null (stmt, i++);
  bind_optional_text (stmt, i++, _bp_import_field (imp, BC_SOURCE));
}

const KindSpec _bp_import_benchmark_spec = {
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
  .stored = stored_value,
  .duplicate_column = -1,
};

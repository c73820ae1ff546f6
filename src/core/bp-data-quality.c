/* bp-data-quality.c: what the figures rest on, and what the data holds that they leave out
 *
 * One computation for every place that shows data quality (the Data page, the text
 * report, the pack's data quality sheet), so they agree. Values the import accepts
 * without an error because the spec says so (an unrecognised ethnicity is Unknown; a
 * 9-year-old's outcome is stored but not counted) are listed here with their counts,
 * never dropped silently.
 */

#include "config.h"

#include <sqlite3.h>

#include "bp-data-quality.h"

G_STATIC_ASSERT (BP_ETHNIC_UNKNOWN == 5);

static void
unrecognised_free (gpointer data)
{
  BpUnrecognisedValue *v = data;

  g_free (v->value);
  g_free (v);
}

/* Ethnicity values read as Unknown that are not one of the ways of saying unknown. */
static void
find_unrecognised_ethnicity (BpDataQuality *q,
                             BpStore       *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (store == NULL)
    return;
  /* The literal 5 is BP_ETHNIC_UNKNOWN: the partial index outcome_unknown_ethnicity
   * (schema 4) serves only a query that names it. */
  stmt = bp_store_prepare (store, "SELECT ethnicity_raw, COUNT(*) FROM outcome "
                                  "INDEXED BY outcome_unknown_ethnicity "
                                  "WHERE ethnic_group = 5 GROUP BY ethnicity_raw "
                                  "ORDER BY COUNT(*) DESC, ethnicity_raw", NULL);
  if (stmt == NULL)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *raw = (const char *) sqlite3_column_text (stmt, 0);
      gboolean recognised = TRUE;
      BpUnrecognisedValue *v;

      bp_ethnicity_parse (raw ? raw : "", &recognised);
      if (recognised)
        continue;
      v = g_new0 (BpUnrecognisedValue, 1);
      v->value = g_strdup (raw);
      v->outcomes = sqlite3_column_int64 (stmt, 1);
      g_ptr_array_add (q->unrecognised_ethnicity, v);
    }
}

/**
 * bp_data_quality_compute:
 * @store: (nullable): for the values as imported
 *
 * Returns: (transfer full)
 */
BpDataQuality *
bp_data_quality_compute (BpStore      *store,
                         BpCaseData   *cases,
                         BpPopulation *population)
{
  BpDataQuality *q = g_new0 (BpDataQuality, 1);
  BpPopulationFilter all = BP_POPULATION_ALL;
  BpPopulationFilter by_group = BP_POPULATION_ALL;
  BpPopulationFilter by_sex = BP_POPULATION_ALL;
  BpPopulationTotal total;
  BpDay first = G_MAXINT32;
  gint32 last_outside = -1, last_other = -1;

  g_return_val_if_fail (cases != NULL, q);

  q->outcome_rows = (gint64) cases->n_records;
  q->children = (gint64) cases->n_children;
  q->latest_outcome = cases->latest_outcome;
  q->unrecognised_ethnicity = g_ptr_array_new_with_free_func (unrecognised_free);
  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *record = &cases->records[i];

      if (record->outcome_date < first)
        first = record->outcome_date;
      /* A child's records are together, oldest first: the last one is the latest. */
      if ((i + 1 == cases->n_records || cases->records[i + 1].child != record->child) &&
          record->ethnic_group == BP_ETHNIC_UNKNOWN)
        q->children_unknown_ethnicity++;
      if (!(record->bits & BP_CASE_LOCAL))
        {
          q->other_area_outcomes++;
          if (record->child != last_other)
            q->other_area_children++;
          last_other = record->child;
        }
      else if (!(record->bits & BP_CASE_COUNTS))
        {
          q->outside_age_outcomes++;
          if (record->child != last_outside)
            q->outside_age_children++;
          last_outside = record->child;
        }
    }
  q->first_outcome = cases->n_records > 0 ? first : BP_DAY_INVALID;

  q->missing_population_years = g_array_new (FALSE, FALSE, sizeof (int));
  if (population != NULL)
    {
      if (cases->n_records > 0)
        for (int y = bp_day_year (first); y <= bp_day_year (cases->latest_outcome); y++)
          if (!bp_population_total (population, y, &all, &total) || total.year != y)
            g_array_append_val (q->missing_population_years, y);
      by_group.ethnic_group = BP_ETHNIC_WHITE;
      q->census_by_ethnicity = bp_population_total (population, G_MAXINT16, &by_group, &total);
      by_sex.sex = 'F';
      q->population_by_sex = bp_population_total (population, G_MAXINT16, &by_sex, &total);
      q->any_population = bp_population_total (population, G_MAXINT16, &all, &total);
    }
  find_unrecognised_ethnicity (q, store);
  return q;
}

void
bp_data_quality_free (BpDataQuality *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->missing_population_years, g_array_unref);
  g_clear_pointer (&self->unrecognised_ethnicity, g_ptr_array_unref);
  g_free (self);
}

/* --- what the store holds -------------------------------------------------------------- */

static char *
text_dup (sqlite3_stmt *stmt,
          int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static void
import_record_free (gpointer data)
{
  BpImportRecord *r = data;

  g_free (r->kind);
  g_free (r->file_name);
  g_free (r->imported_at);
  g_free (r->encoding);
  g_free (r);
}

/**
 * bp_data_quality_imports:
 * @limit: at most this many; 0: all
 *
 * Returns: (transfer full) (element-type BpImportRecord) (nullable): the imports, oldest
 *   or newest first; %NULL with @error set when the store cannot be read
 */
GPtrArray *
bp_data_quality_imports (BpStore   *store,
                         gboolean   newest_first,
                         guint      limit,
                         GError   **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (import_record_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id, kind, file_name, imported_at, encoding, "
                                          "rows_new, rows_updated, rows_unchanged, "
                                          "rows_rejected FROM import_log ORDER BY id %s "
                                          "LIMIT %d", newest_first ? "DESC" : "ASC",
                                          limit > 0 ? (int) MIN (limit, G_MAXINT) : -1);

  stmt = bp_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BpImportRecord *r = g_new0 (BpImportRecord, 1);

      r->id = sqlite3_column_int64 (stmt, 0);
      r->kind = text_dup (stmt, 1);
      r->file_name = text_dup (stmt, 2);
      r->imported_at = text_dup (stmt, 3);
      r->encoding = text_dup (stmt, 4);
      r->rows_new = sqlite3_column_int64 (stmt, 5);
      r->rows_updated = sqlite3_column_int64 (stmt, 6);
      r->rows_unchanged = sqlite3_column_int64 (stmt, 7);
      r->rows_rejected = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (records, r);
    }
  return g_steal_pointer (&records);
}

static void
reject_record_free (gpointer data)
{
  BpRejectRecord *r = data;

  g_free (r->file_name);
  g_free (r->message);
  g_free (r->imported_at);
  g_free (r);
}

/**
 * bp_data_quality_rejects:
 * @limit: at most this many, the latest import's first
 * @out_total: (out) (optional): how many rows were rejected in all
 *
 * Returns: (transfer full) (element-type BpRejectRecord) (nullable)
 */
GPtrArray *
bp_data_quality_rejects (BpStore  *store,
                         guint     limit,
                         gint64   *out_total,
                         GError  **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (reject_record_free);
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  count = bp_store_prepare (store, "SELECT count(*) FROM import_reject", error);
  if (count == NULL)
    return NULL;
  if (out_total != NULL)
    *out_total = sqlite3_step (count) == SQLITE_ROW ? sqlite3_column_int64 (count, 0) : 0;
  stmt = bp_store_prepare (store, "SELECT l.file_name, r.line, r.message, l.imported_at "
                                  "FROM import_reject r JOIN import_log l ON l.id = r.import_id "
                                  "ORDER BY r.import_id DESC, r.line LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) MIN (limit, G_MAXINT));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BpRejectRecord *r = g_new0 (BpRejectRecord, 1);

      r->file_name = text_dup (stmt, 0);
      r->line = sqlite3_column_int64 (stmt, 1);
      r->message = text_dup (stmt, 2);
      r->imported_at = text_dup (stmt, 3);
      g_ptr_array_add (records, r);
    }
  return g_steal_pointer (&records);
}

static void
population_source_free (gpointer data)
{
  BpPopulationSource *p = data;

  g_free (p->source);
  g_free (p);
}

/**
 * bp_data_quality_population_sources:
 * One entry per year and source, with how its rows are broken down.
 *
 * Returns: (transfer full) (element-type BpPopulationSource) (nullable)
 */
GPtrArray *
bp_data_quality_population_sources (BpStore  *store,
                                    gboolean  newest_first,
                                    GError  **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (population_source_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = bp_store_prepare (store, newest_first
                                  ? "SELECT year, source, count(*), max(age_min != age_max), "
                                    "  max(sex != 'All'), max(ethnicity != 'All') "
                                    "FROM population GROUP BY year, source "
                                    "ORDER BY year DESC, source"
                                  : "SELECT year, source, count(*), max(age_min != age_max), "
                                    "  max(sex != 'All'), max(ethnicity != 'All') "
                                    "FROM population GROUP BY year, source "
                                    "ORDER BY year, source", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BpPopulationSource *p = g_new0 (BpPopulationSource, 1);

      p->year = sqlite3_column_int (stmt, 0);
      p->source = text_dup (stmt, 1);
      p->rows = sqlite3_column_int64 (stmt, 2);
      p->by_age = sqlite3_column_int (stmt, 3) != 0;
      p->by_sex = sqlite3_column_int (stmt, 4) != 0;
      p->by_group = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (sources, p);
    }
  return g_steal_pointer (&sources);
}

static void
benchmark_source_free (gpointer data)
{
  BpBenchmarkSource *b = data;

  g_free (b->source);
  g_free (b->indicators);
  g_free (b);
}

/**
 * bp_data_quality_benchmark_sources:
 * The published comparators held, by source, the source published last last.
 *
 * Returns: (transfer full) (element-type BpBenchmarkSource) (nullable)
 */
GPtrArray *
bp_data_quality_benchmark_sources (BpStore  *store,
                                   GError  **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (benchmark_source_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = bp_store_prepare (store, "SELECT COALESCE(source, ''), group_concat(DISTINCT "
                                  "indicator), COUNT(*), MIN(period_end), MAX(period_end) "
                                  "FROM benchmark GROUP BY 1 ORDER BY MAX(period_end), 1",
                           error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BpBenchmarkSource *b = g_new0 (BpBenchmarkSource, 1);

      b->source = text_dup (stmt, 0);
      b->indicators = text_dup (stmt, 1);
      b->rows = sqlite3_column_int64 (stmt, 2);
      b->first_end = sqlite3_column_int (stmt, 3);
      b->last_end = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (sources, b);
    }
  return g_steal_pointer (&sources);
}

static void
benchmark_record_free (gpointer data)
{
  BpBenchmarkRecord *b = data;

  g_free (b->indicator);
  g_free (b->area_type);
  g_free (b->area_name);
  g_free (b->value_text);
  g_free (b->source);
  g_free (b);
}

/**
 * bp_data_quality_benchmarks_in:
 * @periods: (array length=n_periods): periods, each matched exactly
 * @out_held: (out) (optional): how many comparators are held in all
 *
 * The comparators published for any of @periods (at most 16), the latest period end
 * first, then by indicator and YJS, family, region, nation.
 *
 * Returns: (transfer full) (element-type BpBenchmarkRecord) (nullable)
 */
GPtrArray *
bp_data_quality_benchmarks_in (BpStore         *store,
                               const BpPeriod  *periods,
                               guint            n_periods,
                               gint64          *out_held,
                               GError         **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (benchmark_record_free);
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (n_periods <= 16, NULL);

  count = bp_store_prepare (store, "SELECT count(*) FROM benchmark", error);
  if (count == NULL)
    return NULL;
  if (out_held != NULL)
    *out_held = sqlite3_step (count) == SQLITE_ROW ? sqlite3_column_int64 (count, 0) : 0;
  if (n_periods == 0)
    return g_steal_pointer (&records);
  {
    g_autoptr(GString) sql = g_string_new ("SELECT indicator, period_start, period_end, "
                                           "area_type, area_name, value_text, rank, rank_of, "
                                           "source FROM benchmark WHERE ");

    for (guint i = 0; i < n_periods; i++)
      g_string_append_printf (sql, "%s(period_start = ?%u AND period_end = ?%u)",
                              i ? " OR " : "", 2 * i + 1, 2 * i + 2);
    g_string_append (sql, " ORDER BY period_end DESC, indicator, "
                          "CASE area_type WHEN 'YJS' THEN 0 WHEN 'FAMILY' THEN 1 "
                          "WHEN 'REGION' THEN 2 ELSE 3 END");
    stmt = bp_store_prepare (store, sql->str, error);
  }
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < n_periods; i++)
    {
      sqlite3_bind_int (stmt, (int) (2 * i + 1), periods[i].start);
      sqlite3_bind_int (stmt, (int) (2 * i + 2), periods[i].end);
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BpBenchmarkRecord *b = g_new0 (BpBenchmarkRecord, 1);

      b->indicator = text_dup (stmt, 0);
      b->period.start = sqlite3_column_int (stmt, 1);
      b->period.end = sqlite3_column_int (stmt, 2);
      b->area_type = text_dup (stmt, 3);
      b->area_name = text_dup (stmt, 4);
      b->value_text = text_dup (stmt, 5);
      b->rank = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? 0 : sqlite3_column_int (stmt, 6);
      b->rank_of = sqlite3_column_int (stmt, 7);
      b->source = text_dup (stmt, 8);
      g_ptr_array_add (records, b);
    }
  return g_steal_pointer (&records);
}

/**
 * bp_data_quality_latest_extract:
 * Returns: the day the latest outcomes file was imported, or %BP_DAY_INVALID
 */
BpDay
bp_data_quality_latest_extract (BpStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  BpDay day = BP_DAY_INVALID;

  stmt = bp_store_prepare (store, "SELECT substr(imported_at, 1, 10) FROM import_log "
                                  "WHERE kind = 'outcomes' ORDER BY id DESC LIMIT 1", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW &&
      !bp_day_parse_iso ((const char *) sqlite3_column_text (stmt, 0), &day))
    day = BP_DAY_INVALID;
  return day;
}

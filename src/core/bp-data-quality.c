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

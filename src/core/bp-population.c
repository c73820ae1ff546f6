/* bp-population.c: 10-17 population totals by the rules of domain.md section 2
 *
 * For a period, the latest year not after the period's calendar year is used. A total
 * comes from the least disaggregated rows available: a row covering exactly what is
 * asked for if there is one, else ages pieced together from single ages or bands, else
 * the sum of the sexes. Rates use rows without ethnicity (mid-year estimates); the
 * ethnic groups of disproportionality use rows by ethnicity (the Census).
 */

#include "config.h"

#include <string.h>

#include "bp-population.h"

typedef struct
{
  int year;
  int age_min, age_max;
  char sex;          /* 'M', 'F' or 0 (All) */
  int ethnic_group;  /* -1 for All */
  gboolean group_name; /* the ethnicity was written as the broad group name */
  char *ethnicity;     /* as imported, e.g. "W1" or "All" */
  gint64 count;
  char *source;
} Row;

struct _BpPopulation
{
  GArray *rows;  /* Row */
  GPtrArray *sources;
};

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->source);
  g_free (row->ethnicity);
}

BpPopulation *
bp_population_load (BpStore  *store,
                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  BpPopulation *self;
  int rc;

  g_return_val_if_fail (BP_IS_STORE (store), NULL);

  stmt = bp_store_prepare (store, "SELECT year, age_min, age_max, sex, ethnicity, ethnic_group, "
                                  "count, source FROM population "
                                  "ORDER BY year, source, ethnicity, sex, age_min, age_max",
                           error);
  if (stmt == NULL)
    return NULL;

  self = g_new0 (BpPopulation, 1);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row row = { 0 };
      const char *sex = (const char *) sqlite3_column_text (stmt, 3);
      const char *ethnicity = (const char *) sqlite3_column_text (stmt, 4);

      row.year = sqlite3_column_int (stmt, 0);
      row.age_min = sqlite3_column_int (stmt, 1);
      row.age_max = sqlite3_column_int (stmt, 2);
      row.sex = strcmp (sex, "All") == 0 ? 0 : sex[0];
      row.ethnic_group = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1
                                                                       : sqlite3_column_int (stmt, 5);
      row.group_name = row.ethnic_group >= 0 &&
                       g_ascii_strcasecmp (ethnicity, bp_ethnic_group_name (row.ethnic_group)) == 0;
      row.count = sqlite3_column_int64 (stmt, 6);
      row.source = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      row.ethnicity = g_strdup (ethnicity);
      g_array_append_val (self->rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      bp_store_set_error (store, error);
      bp_population_free (self);
      return NULL;
    }
  return self;
}

void
bp_population_free (BpPopulation *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_free (self);
}

/* Does @row belong to the slice being summed (year, source, ethnicity)? */
static gboolean
in_slice (const Row  *row,
          int         year,
          const char *source,
          const char *ethnicity)
{
  return row->year == year && strcmp (row->source, source) == 0 &&
         strcmp (row->ethnicity, ethnicity) == 0;
}


/* Pieces [age_min, age_max] together from rows of one sex, widest piece first. */
static gboolean
tile_ages (BpPopulation *self,
           int           year,
           const char   *source,
           const char   *ethnicity,
           int           age_min,
           int           age_max,
           char          sex,
           gint64       *out_count)
{
  gint64 sum = 0;
  int age = age_min;

  while (age <= age_max)
    {
      const Row *best = NULL;

      for (guint i = 0; i < self->rows->len; i++)
        {
          const Row *row = &g_array_index (self->rows, Row, i);

          if (in_slice (row, year, source, ethnicity) && row->sex == sex &&
              row->age_min == age && row->age_max <= age_max &&
              (best == NULL || row->age_max > best->age_max))
            best = row;
        }
      if (best == NULL)
        return FALSE;
      sum += best->count;
      age = best->age_max + 1;
    }
  *out_count = sum;
  return TRUE;
}

/* The total of the rows of one ethnicity value ("All", "Black", "W1"...). */
static gboolean
total_for (BpPopulation *self,
           int           year,
           const char   *source,
           const char   *ethnicity,
           int           age_min,
           int           age_max,
           char          sex,
           gint64       *out_count)
{
  gint64 male, female;

  if (tile_ages (self, year, source, ethnicity, age_min, age_max, sex, out_count))
    return TRUE;
  if (sex == 0 &&
      total_for (self, year, source, ethnicity, age_min, age_max, 'M', &male) &&
      total_for (self, year, source, ethnicity, age_min, age_max, 'F', &female))
    {
      *out_count = male + female;
      return TRUE;
    }
  return FALSE;
}

/**
 * bp_population_total_in_year:
 * The total for @filter from the rows of one year and source.
 */
gboolean
bp_population_total_in_year (BpPopulation             *self,
                             int                       year,
                             const char               *source,
                             const BpPopulationFilter *filter,
                             gint64                   *out_count)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  gint64 sum = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (filter->ethnic_group < 0)
    return total_for (self, year, source, "All", filter->age_min, filter->age_max, filter->sex,
                      out_count);

  /* Rows named by the broad group ("Black") are less disaggregated than rows by code
   * (B1, B2, B9): use them when there are any, and never add the two together. */
  if (total_for (self, year, source, bp_ethnic_group_name (filter->ethnic_group),
                 filter->age_min, filter->age_max, filter->sex, out_count))
    return TRUE;

  /* Else every code of the group, each totalled on its own, added up. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);
      gboolean seen = FALSE;

      if (row->year != year || strcmp (row->source, source) != 0 ||
          row->ethnic_group != filter->ethnic_group || row->group_name)
        continue;
      for (guint j = 0; j < codes->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (codes, j), row->ethnicity) == 0;
      if (!seen)
        g_ptr_array_add (codes, row->ethnicity);
    }
  if (codes->len == 0)
    return FALSE;
  for (guint j = 0; j < codes->len; j++)
    {
      gint64 n;

      if (!total_for (self, year, source, g_ptr_array_index (codes, j), filter->age_min,
                      filter->age_max, filter->sex, &n))
        return FALSE;
      sum += n;
    }
  *out_count = sum;
  return TRUE;
}

/* The ONS's own estimates are the official figures: chosen over any other source of the
 * same year. */
static gboolean
is_ons (const char *source)
{
  g_autofree char *lower = g_ascii_strdown (source, -1);

  return g_str_has_prefix (lower, "ons") || strstr (lower, " ons") != NULL ||
         strstr (lower, "mid-year") != NULL || strstr (lower, "office for national") != NULL;
}

static gboolean
is_census (const char *source)
{
  g_autofree char *lower = g_ascii_strdown (source, -1);

  return strstr (lower, "census") != NULL;
}

/**
 * bp_population_total:
 * @max_year: the calendar year of the period's end
 *
 * The total for @filter from the latest year not after @max_year that has one. When a
 * year has several sources, rates (no ethnicity) prefer estimates to the Census, and
 * ethnic groups prefer the Census; among several of the same kind, the ONS's own, then
 * the first by name, and @out_total names the other so that the report can say which
 * was used and why.
 */
gboolean
bp_population_total (BpPopulation             *self,
                     int                       max_year,
                     const BpPopulationFilter *filter,
                     BpPopulationTotal        *out_total)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_total != NULL, FALSE);

  /* Rows are ordered by year: walk back from the newest. */
  for (int pass_year = max_year; pass_year >= 1990; pass_year--)
    {
      gboolean want_census = filter->ethnic_group >= 0;
      gboolean any = FALSE;

      for (guint i = 0; i < self->rows->len; i++)
        if (g_array_index (self->rows, Row, i).year == pass_year)
          any = TRUE;
      if (!any)
        continue;

      for (int preference = 0; preference < 2; preference++)
        {
          const char *best = NULL, *other = NULL;
          gint64 best_count = 0, other_count = 0;

          for (guint i = 0; i < self->rows->len; i++)
            {
              const Row *row = &g_array_index (self->rows, Row, i);
              gint64 count;

              if (row->year != pass_year ||
                  (best && strcmp (best, row->source) == 0) ||
                  (other && strcmp (other, row->source) == 0))
                continue;
              if (is_census (row->source) != (preference == 0 ? want_census : !want_census))
                continue;
              if (!bp_population_total_in_year (self, pass_year, row->source, filter, &count))
                continue;
              if (best == NULL)
                {
                  best = row->source;
                  best_count = count;
                }
              else
                {
                  /* The ONS's own first, then the first by name: never the order of the
                   * rows in the database. */
                  gboolean better = is_ons (row->source) != is_ons (best)
                                    ? is_ons (row->source)
                                    : strcmp (row->source, best) < 0;

                  if (better)
                    {
                      other = best;
                      other_count = best_count;
                      best = row->source;
                      best_count = count;
                    }
                  else if (other == NULL || strcmp (row->source, other) < 0)
                    {
                      other = row->source;
                      other_count = count;
                    }
                }
            }
          if (best != NULL)
            {
              out_total->count = best_count;
              out_total->year = pass_year;
              out_total->source = best;
              out_total->other_source = other_count != best_count ? other : NULL;
              out_total->other_count = other_count;
              return TRUE;
            }
        }
    }
  return FALSE;
}

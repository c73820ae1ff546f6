/* bp-case-data.c: the outcomes as compact records, grouped by child, for the indicators
 *
 * The indicators need only a few small columns of the outcomes, so they are kept as
 * one packed blob, row 1 of the case_cache table (bp-blob-cache.c), made again whenever
 * the store's data version has moved on. Loading the blob is a single read.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-blob-cache.h"
#include "bp-case-data.h"

/* Bump when BpCaseRecord or its meaning changes; the byte order and record size are
 * folded in so a database copied between machines is never misread. */
#define CASE_FORMAT (5 * 1000 + (int) sizeof (BpCaseRecord) + (G_BYTE_ORDER == G_BIG_ENDIAN) * 500)

static int
compare_child_then_date (gconstpointer a,
                         gconstpointer b)
{
  const BpCaseRecord *x = a, *y = b;

  if (x->child != y->child)
    return x->child < y->child ? -1 : 1;
  if (x->outcome_date != y->outcome_date)
    return x->outcome_date < y->outcome_date ? -1 : 1;
  return 0;
}

/* Groups records by child (a counting sort: children are numbered densely) and orders
 * each child's records by date. */
static void
group_by_child (BpCaseRecord *records,
                gsize         n,
                gsize         n_children)
{
  g_autofree gsize *start = g_new0 (gsize, n_children + 1);
  g_autofree BpCaseRecord *sorted = g_new (BpCaseRecord, MAX (n, 1));

  for (gsize i = 0; i < n; i++)
    start[records[i].child + 1]++;
  for (gsize c = 0; c < n_children; c++)
    start[c + 1] += start[c];
  for (gsize i = 0; i < n; i++)
    sorted[start[records[i].child]++] = records[i];

  /* Each child's run is short: sort runs, not the whole array. */
  for (gsize i = 0; i < n;)
    {
      gsize j = i + 1;

      while (j < n && sorted[j].child == sorted[i].child)
        j++;
      if (j - i > 1)
        qsort (sorted + i, j - i, sizeof (BpCaseRecord), compare_child_then_date);
      i = j;
    }
  /* With no records, @records may be NULL, and memcpy () must not be given NULL. */
  if (n > 0)
    memcpy (records, sorted, n * sizeof (BpCaseRecord));
}

static void
finish (BpCaseData *self)
{
  self->latest_outcome = BP_DAY_INVALID;
  self->n_children = 0;
  for (gsize i = 0; i < self->n_records; i++)
    {
      if (self->latest_outcome == BP_DAY_INVALID ||
          self->records[i].outcome_date > self->latest_outcome)
        self->latest_outcome = self->records[i].outcome_date;
      if ((gsize) self->records[i].child + 1 > self->n_children)
        self->n_children = (gsize) self->records[i].child + 1;
    }
}

/**
 * bp_case_data_new:
 * Makes case data from records whose child numbers are dense (0 .. n_children-1) but in
 * any order. For tests and for the loader. Returns: (transfer full)
 */
BpCaseData *
bp_case_data_new (const BpCaseRecord *records,
                  gsize               n_records)
{
  BpCaseData *self = g_new0 (BpCaseData, 1);

  self->records = g_memdup2 (records, MAX (n_records, 1) * sizeof (BpCaseRecord));
  self->n_records = n_records;
  for (gsize i = 0; i < n_records; i++)
    {
      BpCaseRecord *r = &self->records[i];
      int age = bp_age_at (r->date_of_birth, r->outcome_date);

      r->bits &= ~BP_CASE_COUNTS;
      if ((r->bits & BP_CASE_LOCAL) && age >= 10 && age <= 17)
        r->bits |= BP_CASE_COUNTS;
    }
  finish (self);
  group_by_child (self->records, self->n_records, self->n_children);
  return self;
}

void
bp_case_data_free (BpCaseData *self)
{
  if (self == NULL)
    return;
  g_free (self->records);
  g_free (self->note);
  g_free (self);
}

static BpCaseData *
build_from_outcomes (BpStore  *store,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (BpCaseRecord));
  BpCaseData *self;
  int rc;

  stmt = bp_store_prepare (store,
                           "SELECT child_id, date_of_birth, outcome_date, offence_date, "
                           "  release_date, outcome_type, ethnic_group, sex, local, "
                           "  offence_group IS 'BREACH', "
                           "  offence_group IN ('VATP', 'ROBBERY', 'DRUGS') AND gravity >= 5, "
                           "  offence_group, gravity "
                           "FROM outcome", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *child_id = (const char *) sqlite3_column_text (stmt, 0);
      BpCaseRecord r;
      gpointer number;
      BpOutcomeType type;
      BpSex sex;
      BpOffenceGroup group = BP_OFFENCE_NONE;
      int gravity = sqlite3_column_int (stmt, 12);

      /* Zeroed padding too: the records are cached as bytes, with a checksum. */
      memset (&r, 0, sizeof r);
      if (!g_hash_table_lookup_extended (children, child_id, NULL, &number))
        {
          number = GUINT_TO_POINTER (g_hash_table_size (children));
          g_hash_table_insert (children, g_strdup (child_id), number);
        }
      r.child = (gint32) GPOINTER_TO_UINT (number);
      r.date_of_birth = sqlite3_column_int (stmt, 1);
      r.outcome_date = sqlite3_column_int (stmt, 2);
      r.offence_date = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? BP_DAY_INVALID
                                                                     : sqlite3_column_int (stmt, 3);
      r.release_date = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? BP_DAY_INVALID
                                                                     : sqlite3_column_int (stmt, 4);
      if (!bp_outcome_type_parse ((const char *) sqlite3_column_text (stmt, 5), &type) ||
          !bp_sex_parse ((const char *) sqlite3_column_text (stmt, 7), &sex))
        {
          g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_NOT_A_DB,
                       /* Translators: %s is the database file's name; the outcome table is
                        * where the imported outcomes are kept */
                       _("%s: the outcome table holds a value this version does not know"),
                       bp_store_get_path (store));
          return NULL;
        }
      if (sqlite3_column_type (stmt, 11) != SQLITE_NULL &&
          !bp_offence_group_parse ((const char *) sqlite3_column_text (stmt, 11), &group))
        group = BP_OFFENCE_NONE;
      r.type = (guint8) type;
      r.sex = (guint8) sex;
      r.offence_group = (guint8) group;
      r.gravity = (guint8) (gravity >= 1 && gravity <= 8 ? gravity : 0);
      r.ethnic_group = (guint8) CLAMP (sqlite3_column_int (stmt, 6), 0, BP_ETHNIC_UNKNOWN);
      r.bits = (sqlite3_column_int (stmt, 8) ? BP_CASE_LOCAL : 0) |
               (sqlite3_column_int (stmt, 9) ? BP_CASE_BREACH : 0) |
               (sqlite3_column_int (stmt, 10) ? BP_CASE_SERIOUS_VIOLENCE : 0);
      if (r.bits & BP_CASE_LOCAL)
        {
          int age = bp_age_at (r.date_of_birth, r.outcome_date);

          if (age >= 10 && age <= 17)
            r.bits |= BP_CASE_COUNTS;
        }
      g_array_append_val (records, r);
    }
  if (rc != SQLITE_DONE)
    {
      bp_store_set_error (store, error);
      return NULL;
    }

  self = g_new0 (BpCaseData, 1);
  self->n_records = records->len;
  self->records = (BpCaseRecord *) (void *) g_array_free (g_steal_pointer (&records), FALSE);
  finish (self);
  group_by_child (self->records, self->n_records, self->n_children);
  return self;
}

/* Days of 1 January 1900 and 31 December 2199: every date the import accepts is between. */
#define FIRST_DAY (-25567)
#define LAST_DAY  (84005)

static gboolean
day_ok (BpDay day,
        gboolean optional)
{
  if (day == BP_DAY_INVALID)
    return optional;
  return day >= FIRST_DAY && day <= LAST_DAY;
}

/**
 * _bp_case_data_validate:
 * Whether cached records are what the loader would have made: every field in range
 * (outcome type, ethnic group, sex, bits, offence group, gravity, dates), child numbers dense and grouped, each
 * child's outcomes in date order, and only Local outcomes counted. Anything else is
 * damage, and the cache is rebuilt.
 */
gboolean
_bp_case_data_validate (const BpCaseRecord *records,
                        gsize               n_records)
{
  gint32 child = -1;
  BpDay last = 0;

  for (gsize i = 0; i < n_records; i++)
    {
      const BpCaseRecord *r = &records[i];

      if (r->type >= BP_N_OUTCOME_TYPES || r->ethnic_group >= BP_N_ETHNIC_GROUPS ||
          r->sex >= BP_N_SEXES || r->offence_group >= BP_N_OFFENCE_GROUPS || r->gravity > 8 ||
          (r->bits & ~(BP_CASE_LOCAL | BP_CASE_BREACH | BP_CASE_COUNTS |
                       BP_CASE_SERIOUS_VIOLENCE)) != 0)
        return FALSE;
      if (!day_ok (r->date_of_birth, FALSE) || !day_ok (r->outcome_date, FALSE) ||
          !day_ok (r->offence_date, TRUE) || !day_ok (r->release_date, TRUE) ||
          r->date_of_birth > r->outcome_date)
        return FALSE;
      /* Children numbered 0, 1, 2 ... in order, each child's rows together and dated in
       * order: the grouping the loader makes. */
      if (r->child != child)
        {
          if (r->child != child + 1)
            return FALSE;
          child = r->child;
        }
      else if (r->outcome_date < last)
        return FALSE;
      last = r->outcome_date;
      /* The counted bit needs Local; its age test is left to the checksum: it cannot
       * make the indicators read out of bounds, and an age for every record would cost
       * a tenth of a report. */
      if ((r->bits & BP_CASE_COUNTS) && !(r->bits & BP_CASE_LOCAL))
        return FALSE;
    }
  return TRUE;
}

/**
 * _bp_case_data_from_cache:
 * @records: (transfer full): records read from the cache
 *
 * The case data of cached records, or %NULL (and @records freed) when they fail
 * _bp_case_data_validate(): what a damaged cache can never get past.
 *
 * Returns: (transfer full) (nullable)
 */
BpCaseData *
_bp_case_data_from_cache (BpCaseRecord *records,
                          gsize         n_records)
{
  BpCaseData *self;

  if (!_bp_case_data_validate (records, n_records))
    {
      g_free (records);
      return NULL;
    }
  self = g_new0 (BpCaseData, 1);
  self->records = records;
  self->n_records = n_records;
  finish (self);
  return self;
}

static BpCaseData *
load_cached (BpStore  *store,
             gint64    version,
             gboolean *out_damaged)
{
  BpCaseData *self;
  gsize n;
  BpCaseRecord *records = bp_blob_cache_read (store, "case_cache", 1, version, CASE_FORMAT,
                                              sizeof (BpCaseRecord), &n, out_damaged);

  if (records == NULL)
    return NULL;
  self = _bp_case_data_from_cache (records, n);
  *out_damaged = self == NULL;
  return self;
}

/**
 * bp_case_data_load:
 * The store's outcomes as compact records: from the cache when it is current, else read
 * from the outcome table (and the cache saved for next time).
 *
 * Returns: (transfer full) (nullable): the case data, or %NULL with @error set
 */
BpCaseData *
bp_case_data_load (BpStore  *store,
                   GError  **error)
{
  gint64 version;
  BpCaseData *self;
  gboolean damaged = FALSE;

  g_return_val_if_fail (BP_IS_STORE (store), NULL);

  version = bp_store_data_version (store);
  self = load_cached (store, version, &damaged);
  if (self != NULL)
    return self;

  self = build_from_outcomes (store, error);
  if (self != NULL)
    {
      if (damaged)
        self->note = g_strdup_printf (_("%s: the saved copy of the case data was damaged; "
                                        "it was read again from the outcomes imported, and "
                                        "saved afresh"), bp_store_get_path (store));
      bp_blob_cache_write (store, "case_cache", 1, version, CASE_FORMAT, self->records,
                           self->n_records, sizeof (BpCaseRecord));
    }
  return self;
}

/**
 * bp_case_data_prime:
 * Saves the compact copy of the case data now if it is not the current one. A command
 * that reads inside a snapshot (export), where the copy cannot be saved, calls it first,
 * so that it does not read every outcome again each time it runs.
 */
void
bp_case_data_prime (BpStore *store)
{
  g_autoptr(BpCaseData) cases = NULL;

  g_return_if_fail (BP_IS_STORE (store));

  if (bp_store_is_read_only (store) ||
      bp_blob_cache_is_current (store, "case_cache", 1, bp_store_data_version (store),
                                CASE_FORMAT))
    return;
  cases = bp_case_data_load (store, NULL);
}

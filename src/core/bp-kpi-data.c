/* bp-kpi-data.c: reading the KPIs' inputs from the store
 *
 * Read from the tables once per data version, then kept as packed records in the
 * kpi_cache table (bp-blob-cache.c): row 1 the interventions, 2 the victims, 3 the
 * board register. 300,000 interventions take some 300 ms through SQLite's columns, and
 * a few milliseconds as a blob. What a cached blob holds is validated before it is
 * used, so a damaged or hostile database can never index outside the KPIs' tables.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <sqlite3.h>

#include "bp-blob-cache.h"
#include "bp-kpi-data.h"

/* Bump when a record or its meaning changes; the byte order and record sizes are folded
 * in so a database copied between machines is never misread. */
#define KPI_FORMAT (1 * 100000 + (int) sizeof (BpIntervention) * 1000 \
                    + (int) sizeof (BpVictim) * 10 + (int) sizeof (BpBoardAttendance) \
                    + (G_BYTE_ORDER == G_BIG_ENDIAN) * 50000)

enum { CACHE_INTERVENTIONS = 1, CACHE_VICTIMS, CACHE_BOARD };

static gint8
answer_of (sqlite3_stmt *stmt,
           int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return BP_ANSWER_NOT_RECORDED;
  return sqlite3_column_int (stmt, column) ? BP_ANSWER_YES : BP_ANSWER_NO;
}

static gboolean
imported (BpStore    *store,
          const char *kind)
{
  g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (store, "SELECT 1 FROM import_log "
                                                          "WHERE kind = ? LIMIT 1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* The type as the import stores it: its code, so an exact match is nearly every row. */
static gboolean
stored_type (const char         *text,
             BpInterventionType *out_type)
{
  for (int t = 0; t < BP_N_INTERVENTION_TYPES; t++)
    if (strcmp (text, bp_intervention_type_code (t)) == 0)
      {
        *out_type = (BpInterventionType) t;
        return TRUE;
      }
  return bp_intervention_type_parse (text, out_type);
}

static int
compare_by_child_and_end (gconstpointer a,
                          gconstpointer b)
{
  const BpIntervention *x = a, *y = b;

  if (x->child != y->child)
    return x->child < y->child ? -1 : 1;
  if (x->end_date != y->end_date)
    return x->end_date < y->end_date ? -1 : 1;
  return 0;
}

static gboolean
load_interventions (BpKpiData  *self,
                    BpStore    *store,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (BpIntervention));
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          NULL);
  int rc;

  /* Read in the table's order and grouped here: SQLite would sort the child's text. */
  stmt = bp_store_prepare (store,
                           "SELECT child_id, date_of_birth, start_date, end_date, "
                           "  intervention_type, end_reason, accommodation_start, "
                           "  accommodation_end, ete_start, ete_end, send, send_plan, mh_need, "
                           "  mh_offered, mh_attending, sm_need, sm_offered, sm_attending, "
                           "  ete_hours_offered, ete_hours_attended, wider_services "
                           "FROM intervention WHERE local = 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *child_id = (const char *) sqlite3_column_text (stmt, 0);
      BpIntervention r;
      BpInterventionType type;
      BpEndReason reason;
      gpointer number;
      int age;

      /* padding too: the records are saved and checksummed as bytes */
      memset (&r, 0, sizeof r);
      r.date_of_birth = sqlite3_column_int (stmt, 1);
      r.start_date = sqlite3_column_int (stmt, 2);
      /* Children aged 10-17 at the start of the intervention (kpis.md). */
      age = bp_age_at (r.date_of_birth, r.start_date);
      if (age < 10 || age > 17)
        continue;
      r.end_date = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? BP_DAY_INVALID
                                                                 : sqlite3_column_int (stmt, 3);
      if (!stored_type ((const char *) sqlite3_column_text (stmt, 4), &type))
        continue; /* written by the import: cannot happen */
      r.type = (guint8) type;
      r.end_reason = BP_END_NOT_RECORDED;
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL &&
          bp_end_reason_parse ((const char *) sqlite3_column_text (stmt, 5), &reason))
        r.end_reason = (guint8) reason;
      for (int k = 0; k < BP_STATUS_N_STATUSES; k++)
        r.status[k] = answer_of (stmt, 6 + k);
      r.hours_offered = sqlite3_column_type (stmt, 18) == SQLITE_NULL
                        ? NAN : (float) sqlite3_column_double (stmt, 18);
      r.hours_attended = sqlite3_column_type (stmt, 19) == SQLITE_NULL
                         ? NAN : (float) sqlite3_column_double (stmt, 19);
      if (sqlite3_column_type (stmt, 20) != SQLITE_NULL &&
          !bp_wider_services_parse ((const char *) sqlite3_column_text (stmt, 20), &r.wider))
        r.wider = 0;
      if (!g_hash_table_lookup_extended (children, child_id, NULL, &number))
        {
          number = GUINT_TO_POINTER (g_hash_table_size (children));
          g_hash_table_insert (children, g_strdup (child_id), number);
        }
      r.child = (gint32) GPOINTER_TO_UINT (number);
      g_array_append_val (rows, r);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  g_array_sort (rows, compare_by_child_and_end);
  self->n_interventions = rows->len;
  self->interventions = (BpIntervention *) (void *) g_array_free (g_steal_pointer (&rows), FALSE);
  return TRUE;
}

static gboolean
load_victims (BpKpiData  *self,
              BpStore    *store,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (BpVictim));
  int rc;

  stmt = bp_store_prepare (store, "SELECT recorded_date, contacted, consented, rj_engaged, "
                                  "  support_requested, support_given FROM victim", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpVictim v;

      memset (&v, 0, sizeof v);
      v.recorded_date = sqlite3_column_int (stmt, 0);
      for (int k = 0; k < BP_VICTIM_N_ANSWERS; k++)
        v.answer[k] = answer_of (stmt, 1 + k);
      g_array_append_val (rows, v);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  self->n_victims = rows->len;
  self->victims = (BpVictim *) (void *) g_array_free (g_steal_pointer (&rows), FALSE);
  return TRUE;
}

static gboolean
load_board (BpKpiData  *self,
            BpStore    *store,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (BpBoardAttendance));
  int rc;

  stmt = bp_store_prepare (store, "SELECT meeting_date, partner, senior, attended, "
                                  "  disproportionality_data FROM board_attendance "
                                  "ORDER BY meeting_date", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpBoardAttendance a;
      BpPartner partner;
      BpAttended attended;

      memset (&a, 0, sizeof a);
      if (!bp_partner_parse ((const char *) sqlite3_column_text (stmt, 1), &partner) ||
          !bp_attended_parse ((const char *) sqlite3_column_text (stmt, 3), &attended))
        continue; /* written by the import: cannot happen */
      a.meeting_date = sqlite3_column_int (stmt, 0);
      a.partner = (guint8) partner;
      a.senior = sqlite3_column_int (stmt, 2) != 0;
      a.attended = (guint8) attended;
      a.presented = answer_of (stmt, 4);
      g_array_append_val (rows, a);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  self->n_board = rows->len;
  self->board = (BpBoardAttendance *) (void *) g_array_free (g_steal_pointer (&rows), FALSE);
  return TRUE;
}

static gboolean
answer_ok (gint8 answer)
{
  return answer >= BP_ANSWER_NOT_RECORDED && answer <= BP_ANSWER_YES;
}

/* Whether cached records are what the loaders would have made: every code in range,
 * interventions grouped by child. */
static gboolean
validate (const BpKpiData *self)
{
  gint32 child = -1;

  for (gsize i = 0; i < self->n_interventions; i++)
    {
      const BpIntervention *r = &self->interventions[i];

      if (r->type >= BP_N_INTERVENTION_TYPES || r->end_reason >= BP_N_END_REASONS
          || (r->wider & ~(BP_WIDER_LAC | BP_WIDER_CIN | BP_WIDER_CPP | BP_WIDER_EARLY_HELP
                           | BP_WIDER_RECORDED)) != 0
          || r->child < child || r->child < 0)
        return FALSE;
      child = r->child;
      for (int k = 0; k < BP_STATUS_N_STATUSES; k++)
        if (!answer_ok (r->status[k]))
          return FALSE;
    }
  for (gsize i = 0; i < self->n_victims; i++)
    for (int k = 0; k < BP_VICTIM_N_ANSWERS; k++)
      if (!answer_ok (self->victims[i].answer[k]))
        return FALSE;
  for (gsize i = 0; i < self->n_board; i++)
    {
      const BpBoardAttendance *a = &self->board[i];

      if (a->partner >= BP_N_PARTNERS || a->attended > BP_ATTENDED_DEPUTY
          || !answer_ok (a->presented) || (a->senior != FALSE && a->senior != TRUE))
        return FALSE;
    }
  return TRUE;
}

/* The three cached tables when all are current and sound. */
static gboolean
load_cached (BpKpiData *self,
             BpStore   *store,
             gint64     version,
             gboolean  *out_damaged)
{
  gboolean damaged[3] = { FALSE, FALSE, FALSE };

  self->interventions = bp_blob_cache_read (store, "kpi_cache", CACHE_INTERVENTIONS, version,
                                            KPI_FORMAT, sizeof (BpIntervention),
                                            &self->n_interventions, &damaged[0]);
  self->victims = bp_blob_cache_read (store, "kpi_cache", CACHE_VICTIMS, version, KPI_FORMAT,
                                      sizeof (BpVictim), &self->n_victims, &damaged[1]);
  self->board = bp_blob_cache_read (store, "kpi_cache", CACHE_BOARD, version, KPI_FORMAT,
                                    sizeof (BpBoardAttendance), &self->n_board, &damaged[2]);
  *out_damaged = damaged[0] || damaged[1] || damaged[2];
  if (self->interventions != NULL && self->victims != NULL && self->board != NULL
      && validate (self))
    return TRUE;
  if (self->interventions != NULL && self->victims != NULL && self->board != NULL)
    *out_damaged = TRUE;
  g_clear_pointer (&self->interventions, g_free);
  g_clear_pointer (&self->victims, g_free);
  g_clear_pointer (&self->board, g_free);
  self->n_interventions = self->n_victims = self->n_board = 0;
  return FALSE;
}

static void
save_cache (const BpKpiData *self,
            BpStore         *store,
            gint64           version)
{
  bp_blob_cache_write (store, "kpi_cache", CACHE_INTERVENTIONS, version, KPI_FORMAT,
                       self->interventions, self->n_interventions, sizeof (BpIntervention));
  bp_blob_cache_write (store, "kpi_cache", CACHE_VICTIMS, version, KPI_FORMAT, self->victims,
                       self->n_victims, sizeof (BpVictim));
  bp_blob_cache_write (store, "kpi_cache", CACHE_BOARD, version, KPI_FORMAT, self->board,
                       self->n_board, sizeof (BpBoardAttendance));
}

/* Returns: (transfer full) (nullable): the inputs, or NULL with @error set */
BpKpiData *
bp_kpi_data_load (BpStore  *store,
                  GError  **error)
{
  g_autoptr(BpKpiData) self = g_new0 (BpKpiData, 1);
  gint64 version = bp_store_data_version (store);
  gboolean damaged = FALSE;

  self->have_interventions = imported (store, "interventions");
  self->have_victims = imported (store, "victims");
  self->have_board = imported (store, "board");
  if (load_cached (self, store, version, &damaged))
    return g_steal_pointer (&self);
  if (damaged)
    g_debug ("%s: the saved copy of the KPIs' inputs was damaged; read again",
             bp_store_get_path (store));
  if (!load_interventions (self, store, error) || !load_victims (self, store, error) ||
      !load_board (self, store, error))
    return NULL;
  save_cache (self, store, version);
  return g_steal_pointer (&self);
}

void
bp_kpi_data_free (BpKpiData *self)
{
  if (self == NULL)
    return;
  g_free (self->interventions);
  g_free (self->victims);
  g_free (self->board);
  g_free (self);
}

/* As bp_case_data_prime(), for the KPIs' inputs. */
void
bp_kpi_data_prime (BpStore *store)
{
  g_autoptr(BpKpiData) data = NULL;
  gint64 version;

  g_return_if_fail (BP_IS_STORE (store));

  version = bp_store_data_version (store);
  if (bp_store_is_read_only (store) ||
      (bp_blob_cache_is_current (store, "kpi_cache", CACHE_INTERVENTIONS, version, KPI_FORMAT) &&
       bp_blob_cache_is_current (store, "kpi_cache", CACHE_VICTIMS, version, KPI_FORMAT) &&
       bp_blob_cache_is_current (store, "kpi_cache", CACHE_BOARD, version, KPI_FORMAT)))
    return;
  data = bp_kpi_data_load (store, NULL);
}

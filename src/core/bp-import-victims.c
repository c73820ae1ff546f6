/* bp-import-victims.c: the victims file (kpis.md section 1): one row per victim of an
 * offence by a child the service works with
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum
{
  VC_VICTIM_ID, VC_CHILD_ID, VC_RECORDED_DATE,
  VC_CONTACTED, VC_CONSENTED, VC_RJ_ENGAGED, VC_SUPPORT_REQUESTED, VC_SUPPORT_GIVEN, N_VC
};

#define FIRST_ANSWER VC_CONTACTED
#define N_ANSWERS (N_VC - VC_CONTACTED)

static const ColumnSpec victim_columns[N_VC] = {
  { "victim_id", TRUE, "" },
  { "child_id", FALSE, "person id|yjs id|client id" },
  { "recorded_date", TRUE, "" },
  { "contacted", FALSE, "" },
  { "consented", FALSE, "" },
  { "rj_engaged", FALSE, "" },
  { "support_requested", FALSE, "" },
  { "support_given", FALSE, "" },
};

static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  if (c >= FIRST_ANSWER)
    {
      *out_number = row->answers[c - FIRST_ANSWER];
      return NULL;
    }
  if (c == VC_RECORDED_DATE)
    {
      *out_number = row->recorded_date;
      return NULL;
    }
  return _bp_import_field (imp, c);
}

static gboolean
validate_victim (Import *imp,
                 Row    *row)
{
  _bp_import_require_text (imp, VC_VICTIM_ID);
  _bp_import_parse_date (imp, VC_RECORDED_DATE, TRUE, &row->recorded_date);
  for (guint k = 0; k < N_ANSWERS; k++)
    _bp_import_parse_answer (imp, FIRST_ANSWER + k, FALSE, &row->answers[k]);
  return !imp->row_failed;
}

static void
bind_key (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          int           first)
{
  sqlite3_bind_text (stmt, first, _bp_import_field (imp, VC_VICTIM_ID), -1, SQLITE_STATIC);
}

static void
bind_rest (Import       *imp,
           const Row    *row,
           sqlite3_stmt *stmt,
           int           i)
{
  const char *child = _bp_import_field (imp, VC_CHILD_ID);

  if (child[0] == '\0')
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_text (stmt, i++, child, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->recorded_date);
  for (guint k = 0; k < N_ANSWERS; k++)
    _bp_import_bind_answer (stmt, i++, row->answers[k]);
}

const KindSpec _bp_import_victim_spec = {
  "victims", victim_columns, N_VC, 1,
  /* Translators: a problem with a value in a CSV file: victim_id is the name of a column:
   * keep it in English */
  N_("this victim_id appears earlier in the file; each must be unique"),
  "SELECT row_hash, import_id FROM victim WHERE victim_id = ?1",
  "INSERT INTO victim (victim_id, row_hash, import_id, child_id, recorded_date, contacted, "
  "  consented, rj_engaged, support_requested, support_given) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
  "ON CONFLICT (victim_id) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, child_id = excluded.child_id, "
  "  recorded_date = excluded.recorded_date, contacted = excluded.contacted, "
  "  consented = excluded.consented, rj_engaged = excluded.rj_engaged, "
  "  support_requested = excluded.support_requested, support_given = excluded.support_given",
  validate_victim, bind_key, bind_rest,
  .stored = stored_value,
  .duplicate_column = VC_VICTIM_ID,
};

/* bp-import-actions.c: the actions file (data-formats.md, "Plan tables"): the
 * improvement plan the board reviews, one row per action
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum
{
  AC_ACTION_ID, AC_PRIORITY, AC_ACTION, AC_LEAD, AC_DUE_DATE, AC_STATUS, AC_PROGRESS,
  AC_UPDATED, N_AC
};

static const ColumnSpec action_columns[N_AC] = {
  { "action_id", TRUE, "id|ref|reference|action ref" },
  { "priority", FALSE, "theme|objective" },
  { "action", TRUE, "description|action description" },
  { "lead", FALSE, "owner|responsible|lead officer" },
  { "due_date", FALSE, "due|deadline|target date|by when" },
  { "status", TRUE, "rag|rag status" },
  { "progress", FALSE, "update|progress update|comments" },
  { "updated", FALSE, "last updated|date updated" },
};

static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  switch (c)
    {
    case AC_DUE_DATE: *out_number = row->end_date; return NULL;
    case AC_STATUS: return bp_action_status_code (row->status);
    case AC_UPDATED: *out_number = row->recorded_date; return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_action (Import *imp,
                 Row    *row)
{
  const char *text;

  _bp_import_require_text (imp, AC_ACTION_ID);
  _bp_import_require_text (imp, AC_ACTION);
  _bp_import_parse_date (imp, AC_DUE_DATE, FALSE, &row->end_date);
  _bp_import_parse_date (imp, AC_UPDATED, FALSE, &row->recorded_date);
  text = _bp_import_field (imp, AC_STATUS);
  if (!bp_action_status_parse (text, &row->status))
    _bp_import_problem (imp, AC_STATUS, text[0] ? text : NULL,
                        /* Translators: a problem with a value in a CSV file: the capitalised
                         * words are codes the file may hold: keep them */
                        _("not a status: use RED, AMBER, GREEN, COMPLETE or NOT_STARTED"));
  return !imp->row_failed;
}

static void
bind_key (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          int           i)
{
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, AC_ACTION_ID), -1, SQLITE_STATIC);
}

static void
bind_rest (Import       *imp,
           const Row    *row,
           sqlite3_stmt *stmt,
           int           i)
{
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, AC_PRIORITY), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, AC_ACTION), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, AC_LEAD), -1, SQLITE_STATIC);
  _bp_import_bind_day (stmt, i++, row->end_date);
  sqlite3_bind_text (stmt, i++, bp_action_status_code (row->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, AC_PROGRESS), -1, SQLITE_STATIC);
  _bp_import_bind_day (stmt, i++, row->recorded_date);
}

const KindSpec _bp_import_actions_spec = {
  "actions", action_columns, N_AC, 1,
  /* Translators: a problem with a value in a CSV file: action_id is the name of a column:
   * keep it in English */
  N_("this action_id appears earlier in the file; each must be unique"),
  "SELECT row_hash, import_id FROM plan_action WHERE action_id = ?1",
  "INSERT INTO plan_action (action_id, row_hash, import_id, priority, action, lead, "
  "  due_date, status, progress, updated) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
  "ON CONFLICT (action_id) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, priority = excluded.priority, action = excluded.action, "
  "  lead = excluded.lead, due_date = excluded.due_date, status = excluded.status, "
  "  progress = excluded.progress, updated = excluded.updated",
  validate_action, bind_key, bind_rest,
  .stored = stored_value,
  .duplicate_column = AC_ACTION_ID,
};

/* bp-import-board.c: the board file (kpis.md section 1): the management board's
 * attendance register, one row per partner per meeting
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum
{
  BC_MEETING_DATE, BC_PARTNER, BC_MEMBER, BC_SENIOR, BC_ATTENDED, BC_DISPROPORTIONALITY,
  N_BC
};

static const ColumnSpec board_columns[N_BC] = {
  { "meeting_date", TRUE, "meeting|date" },
  { "partner", TRUE, "agency" },
  { "member", FALSE, "name|role" },
  { "senior", FALSE, "" },
  { "attended", TRUE, "attendance" },
  { "disproportionality_data", FALSE, "disproportionality" },
};

static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  switch (c)
    {
    case BC_MEETING_DATE: *out_number = row->meeting_date; return NULL;
    case BC_PARTNER: return bp_partner_code (row->partner);
    case BC_SENIOR: *out_number = row->senior; return NULL;
    case BC_ATTENDED: return bp_attended_code (row->attended);
    case BC_DISPROPORTIONALITY: *out_number = row->answers[0]; return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_board (Import *imp,
                Row    *row)
{
  const char *text;
  BpAnswer senior;

  _bp_import_parse_date (imp, BC_MEETING_DATE, TRUE, &row->meeting_date);

  text = _bp_import_field (imp, BC_PARTNER);
  if (text[0] == '\0')
    _bp_import_problem (imp, BC_PARTNER, NULL, _("a partner is required"));
  else if (!bp_partner_parse (text, &row->partner))
    _bp_import_problem (imp, BC_PARTNER, text,
                        /* Translators: a problem with a value in a CSV file: the capitalised
                         * words are codes the file may hold: keep them */
                        _("not a known partner: use POLICE, PROBATION, HEALTH, EDUCATION, "
                          "SOCIAL_CARE, LOCAL_AUTHORITY, COURTS or OTHER"));

  _bp_import_parse_answer (imp, BC_SENIOR, FALSE, &senior);
  row->senior = senior != BP_ANSWER_NO; /* a senior partner unless said otherwise */

  text = _bp_import_field (imp, BC_ATTENDED);
  if (!bp_attended_parse (text, &row->attended))
    _bp_import_problem (imp, BC_ATTENDED, text[0] ? text : NULL,
                        /* Translators: a problem with a value in a CSV file: YES, NO and
                         * DEPUTY are the values the file may hold: keep them in English */
                        _("use YES, NO or DEPUTY (a deputy came)"));

  _bp_import_parse_answer (imp, BC_DISPROPORTIONALITY, FALSE, &row->answers[0]);
  return !imp->row_failed;
}

static void
bind_key (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          int           i)
{
  sqlite3_bind_int (stmt, i++, row->meeting_date);
  sqlite3_bind_text (stmt, i++, bp_partner_code (row->partner), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, BC_MEMBER), -1, SQLITE_STATIC);
}

static void
bind_rest (Import       *imp,
           const Row    *row,
           sqlite3_stmt *stmt,
           int           i)
{
  sqlite3_bind_int (stmt, i++, row->senior);
  sqlite3_bind_text (stmt, i++, bp_attended_code (row->attended), -1, SQLITE_STATIC);
  _bp_import_bind_answer (stmt, i++, row->answers[0]);
}

const KindSpec _bp_import_board_spec = {
  "board", board_columns, N_BC, 3,
  /* Translators: a problem with a row of a board attendance CSV file; meeting_date,
   * partner and member are the names of its columns: keep them in English */
  N_("a row with the same meeting_date, partner and member appears earlier in the file; "
     "each must be unique"),
  "SELECT row_hash, import_id FROM board_attendance "
  "WHERE meeting_date = ?1 AND partner = ?2 AND member = ?3",
  "INSERT INTO board_attendance (meeting_date, partner, member, row_hash, import_id, senior, "
  "  attended, disproportionality_data) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
  "ON CONFLICT (meeting_date, partner, member) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, senior = excluded.senior, attended = excluded.attended, "
  "  disproportionality_data = excluded.disproportionality_data",
  validate_board, bind_key, bind_rest,
  .stored = stored_value,
  .duplicate_column = -1,
};

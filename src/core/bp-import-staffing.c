/* bp-import-staffing.c: the staffing file (data-formats.md, "Plan tables"): one row per
 * post or person of the service, volunteers included
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-import-private.h"

enum
{
  SC_NAME_OR_POST, SC_ROLE, SC_CONTRACT, SC_WTE, SC_SEX, SC_ETHNICITY, SC_AGENCY, N_SC
};

static const ColumnSpec staffing_columns[N_SC] = {
  { "name_or_post", TRUE, "name|post|post title|staff name" },
  { "role", TRUE, "job title|job role" },
  { "contract", TRUE, "contract type|employment" },
  /* never "fte": that is first time entrants here */
  { "wte", TRUE, "whole time equivalent|whole-time equivalent|hours wte" },
  { "sex", FALSE, "gender" },
  { "ethnicity", FALSE, "ethnic group" },
  { "agency", FALSE, "employer|seconded from" },
};

static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  switch (c)
    {
    case SC_CONTRACT: return bp_contract_code (row->contract);
    /* in ten-thousandths: 0.5 and 0.50 are the same */
    case SC_WTE: *out_number = (gint64) llround (row->wte * 10000.0); return NULL;
    case SC_SEX: return bp_sex_code (row->sex);
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_staffing (Import *imp,
                   Row    *row)
{
  const char *text;
  gboolean recognised;

  _bp_import_require_text (imp, SC_NAME_OR_POST);
  _bp_import_require_text (imp, SC_ROLE);

  text = _bp_import_field (imp, SC_CONTRACT);
  if (!bp_contract_parse (text, &row->contract))
    _bp_import_problem (imp, SC_CONTRACT, text[0] ? text : NULL,
                        /* Translators: a problem with a value in a CSV file: the capitalised
                         * words are codes the file may hold: keep them */
                        _("not a contract: use PERMANENT, FIXED_TERM, SECONDED, AGENCY, "
                          "VOLUNTEER or STUDENT"));

  text = _bp_import_field (imp, SC_WTE);
  if (!_bp_import_parse_number (text, &row->wte) || !(row->wte > 0.0) || row->wte > 1.0)
    _bp_import_problem (imp, SC_WTE, text[0] ? text : NULL,
                        /* Translators: a problem with a value in a CSV file: WTE is a
                         * whole-time equivalent */
                        _("a whole-time equivalent (WTE) is a number above 0 and at most 1, "
                          "such as 0.6"));

  text = _bp_import_field (imp, SC_SEX);
  if (text[0] == '\0')
    row->sex = BP_SEX_UNKNOWN;
  else if (!bp_sex_parse (text, &row->sex))
    _bp_import_problem (imp, SC_SEX, text,
                        _("not a sex code: use M, F or U (or Male, Female, Unknown)"));
  row->ethnic_group = bp_ethnicity_parse (_bp_import_field (imp, SC_ETHNICITY), &recognised);
  return !imp->row_failed;
}

static void
bind_key (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          int           i)
{
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, SC_NAME_OR_POST), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, SC_ROLE), -1, SQLITE_STATIC);
}

static void
bind_rest (Import       *imp,
           const Row    *row,
           sqlite3_stmt *stmt,
           int           i)
{
  sqlite3_bind_text (stmt, i++, bp_contract_code (row->contract), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, i++, row->wte);
  sqlite3_bind_text (stmt, i++, bp_sex_code (row->sex), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, SC_ETHNICITY), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->ethnic_group);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, SC_AGENCY), -1, SQLITE_STATIC);
}

const KindSpec _bp_import_staffing_spec = {
  "staffing", staffing_columns, N_SC, 2,
  /* Translators: a problem with a row of a staffing CSV file; name_or_post and role are
   * the names of its columns: keep them in English */
  N_("a row with the same name_or_post and role appears earlier in the file; each must be "
     "unique"),
  "SELECT row_hash, import_id FROM staff WHERE name_or_post = ?1 AND role = ?2",
  "INSERT INTO staff (name_or_post, role, row_hash, import_id, contract, wte, sex, "
  "  ethnicity_raw, ethnic_group, agency) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
  "ON CONFLICT (name_or_post, role) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, contract = excluded.contract, wte = excluded.wte, "
  "  sex = excluded.sex, ethnicity_raw = excluded.ethnicity_raw, "
  "  ethnic_group = excluded.ethnic_group, agency = excluded.agency",
  validate_staffing, bind_key, bind_rest,
  .stored = stored_value,
  .duplicate_column = -1,
};

/* bp-import-budget.c: the budget file (data-formats.md, "Plan tables"): each partner's
 * contribution to the service's budget, one row per agency and financial year
 *
 * Money is read in pence. A stated total is kept as stated: the check of it against its
 * parts is the plan's (bp-plan.c), and a difference never stops the import.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum
{
  BC_YEAR, BC_AGENCY, BC_STAFFING_COSTS, BC_PAYMENTS_IN_KIND, BC_OTHER_DELEGATED_FUNDS,
  BC_TOTAL, N_BC
};

static const ColumnSpec budget_columns[N_BC] = {
  { "year", TRUE, "financial year" },
  { "agency", TRUE, "partner|agency or partner|contributor" },
  { "staffing_costs", FALSE, "staffing costs|staffing|staff costs" },
  { "payments_in_kind", FALSE, "payments in kind|in kind|in-kind" },
  { "other_delegated_funds", FALSE, "other delegated funds|delegated funds|other" },
  { "total", FALSE, "" },
};

static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  switch (c)
    {
    case BC_YEAR: *out_number = row->year; return NULL;
    case BC_STAFFING_COSTS:
    case BC_PAYMENTS_IN_KIND:
    case BC_OTHER_DELEGATED_FUNDS:
      *out_number = row->pence[c - BC_STAFFING_COSTS];
      return NULL;
    case BC_TOTAL:
      if (!row->have_total)
        return "";
      *out_number = row->pence[3];
      return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_budget (Import *imp,
                 Row    *row)
{
  const char *text = _bp_import_field (imp, BC_YEAR);

  if (!bp_financial_year_parse (text, &row->year))
    _bp_import_problem (imp, BC_YEAR, text[0] ? text : NULL,
                        _("not a financial year: write it as 2024/25 or 2024-25"));
  _bp_import_require_text (imp, BC_AGENCY);
  for (guint c = BC_STAFFING_COSTS; c <= BC_TOTAL; c++)
    {
      text = _bp_import_field (imp, c);
      if (c == BC_TOTAL)
        row->have_total = text[0] != '\0';
      if (!bp_money_parse (text, &row->pence[c - BC_STAFFING_COSTS]))
        _bp_import_problem (imp, c, text,
                            /* Translators: a problem with a value in a CSV file */
                            _("not an amount of money: write it as 1234, 1,234.56 or "
                              "\u00a31,234.56"));
    }
  return !imp->row_failed;
}

static void
bind_key (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          int           i)
{
  sqlite3_bind_int (stmt, i++, row->year);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, BC_AGENCY), -1, SQLITE_STATIC);
}

static void
bind_rest (Import       *imp,
           const Row    *row,
           sqlite3_stmt *stmt,
           int           i)
{
  for (int k = 0; k < 3; k++)
    sqlite3_bind_int64 (stmt, i++, row->pence[k]);
  if (row->have_total)
    sqlite3_bind_int64 (stmt, i++, row->pence[3]);
  else
    sqlite3_bind_null (stmt, i++);
}

const KindSpec _bp_import_budget_spec = {
  "budget", budget_columns, N_BC, 2,
  /* Translators: a problem with a row of a budget CSV file; year and agency are the names
   * of its columns: keep them in English */
  N_("a row with the same year and agency appears earlier in the file; each must be "
     "unique"),
  "SELECT row_hash, import_id FROM budget_line WHERE year = ?1 AND agency = ?2",
  "INSERT INTO budget_line (year, agency, row_hash, import_id, staffing_costs, "
  "  payments_in_kind, other_delegated_funds, total) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
  "ON CONFLICT (year, agency) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, staffing_costs = excluded.staffing_costs, "
  "  payments_in_kind = excluded.payments_in_kind, "
  "  other_delegated_funds = excluded.other_delegated_funds, total = excluded.total",
  validate_budget, bind_key, bind_rest,
  .stored = stored_value,
  .duplicate_column = -1,
};

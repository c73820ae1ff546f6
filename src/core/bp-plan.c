/* bp-plan.c: the plan's own tables, read back from the store and checked
 *
 * The budget of the financial year of the period end, every stated total recomputed
 * (data-formats.md: a difference of more than a penny is reported, never corrected: the
 * table is the partnership's as published); staffing summed by contract, sex and ethnic
 * group; the improvement plan with its overdue actions first; the board's attendance
 * register over the 12 months to the period end.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "bp-plan.h"

static const char *const column_keys[BP_N_BUDGET_COLUMNS] = {
  "staffing_costs", "payments_in_kind", "other_delegated_funds", "total",
};

static const char *const column_names[BP_N_BUDGET_COLUMNS] = {
  /* Translators: columns of the budget table of a youth justice plan */
  N_("Staffing costs"), N_("Payments in kind"), N_("Other delegated funds"), N_("Total"),
};

const char *
bp_budget_column_key (BpBudgetColumn column)
{
  g_return_val_if_fail ((int) column >= 0 && column < BP_N_BUDGET_COLUMNS, NULL);
  return column_keys[column];
}

/* Returns: the column's English heading: translate it with _() */
const char *
bp_budget_column_name (BpBudgetColumn column)
{
  g_return_val_if_fail ((int) column >= 0 && column < BP_N_BUDGET_COLUMNS, NULL);
  return column_names[column];
}

/* The row that states the column totals ("Total", "Totals", "Total budget"). */
gboolean
bp_plan_is_total_row (const char *agency)
{
  g_autofree char *a = g_ascii_strdown (agency, -1);

  g_strstrip (a);
  return g_str_equal (a, "total") || g_str_equal (a, "totals") || g_str_equal (a, "total budget");
}

BpDay
bp_plan_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return bp_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

static void
budget_row_free (gpointer data)
{
  BpBudgetRow *r = data;

  g_free (r->agency);
  g_free (r);
}

static void
discrepancy_clear (gpointer data)
{
  BpBudgetDiscrepancy *d = data;

  g_free (d->row);
}

static void
staff_member_free (gpointer data)
{
  BpStaffMember *m = data;

  g_free (m->name_or_post);
  g_free (m->role);
  g_free (m->agency);
  g_free (m);
}

static void
action_free (gpointer data)
{
  BpAction *a = data;

  g_free (a->id);
  g_free (a->priority);
  g_free (a->action);
  g_free (a->lead);
  g_free (a->progress);
  g_free (a);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  const char *t = (const char *) sqlite3_column_text (stmt, i);

  return g_strdup (t ? t : "");
}

static BpDay
column_day (sqlite3_stmt *stmt,
            int           i)
{
  return sqlite3_column_type (stmt, i) == SQLITE_NULL ? BP_DAY_INVALID
                                                       : sqlite3_column_int (stmt, i);
}

/* Whether @sql ("SELECT 1 FROM table LIMIT 1") finds a row. */
static gboolean
has_rows (BpStore    *store,
          const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (store, sql, NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;
}

static void
add_discrepancy (BpBudget       *b,
                 const char     *row,
                 BpBudgetColumn  column,
                 gint64          stated,
                 gint64          computed)
{
  BpBudgetDiscrepancy d = { g_strdup (row), column, stated, computed };

  /* more than a penny: rounding to the pound in a published table is no discrepancy */
  if (ABS (stated - computed) > 1)
    g_array_append_val (b->discrepancies, d);
  else
    g_free (d.row);
}

static gboolean
load_budget (BpStore  *store,
             BpBudget *b,
             int       year,
             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) years = g_array_new (TRUE, TRUE, sizeof (int));
  int rc;

  b->rows = g_ptr_array_new_with_free_func (budget_row_free);
  b->discrepancies = g_array_new (FALSE, FALSE, sizeof (BpBudgetDiscrepancy));
  g_array_set_clear_func (b->discrepancies, discrepancy_clear);

  stmt = bp_store_prepare (store, "SELECT DISTINCT year FROM budget_line ORDER BY year", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (stmt, 0);

      if (y == year)
        b->year = y;
      else
        g_array_append_val (years, y);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  b->other_years = years->len > 0 ? (int *) g_array_free (g_steal_pointer (&years), FALSE)
                                  : NULL;
  if (b->year == 0)
    return TRUE;

  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = bp_store_prepare (store, "SELECT agency, staffing_costs, payments_in_kind, "
                                  "other_delegated_funds, total FROM budget_line "
                                  "WHERE year = ?1 ORDER BY import_id, rowid", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpBudgetRow *r = g_new0 (BpBudgetRow, 1);

      r->agency = column_text (stmt, 0);
      for (int c = 0; c < BP_BUDGET_TOTAL; c++)
        {
          r->pence[c] = sqlite3_column_int64 (stmt, 1 + c);
          r->computed_total += r->pence[c];
        }
      r->have_total = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
      r->pence[BP_BUDGET_TOTAL] = r->have_total ? sqlite3_column_int64 (stmt, 4)
                                                : r->computed_total;
      if (bp_plan_is_total_row (r->agency) && b->total_row == NULL)
        b->total_row = r;
      else
        g_ptr_array_add (b->rows, r);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);

  /* Each agency's stated total against its parts; the column sums; then the row of
   * totals, column by column, its total against the sum of every part. */
  for (guint i = 0; i < b->rows->len; i++)
    {
      const BpBudgetRow *r = g_ptr_array_index (b->rows, i);

      if (r->have_total)
        add_discrepancy (b, r->agency, BP_BUDGET_TOTAL, r->pence[BP_BUDGET_TOTAL],
                         r->computed_total);
      for (int c = 0; c < BP_BUDGET_TOTAL; c++)
        b->computed[c] += r->pence[c];
      b->computed[BP_BUDGET_TOTAL] += r->computed_total;
    }
  if (b->total_row != NULL)
    {
      for (int c = 0; c < BP_BUDGET_TOTAL; c++)
        add_discrepancy (b, b->total_row->agency, c, b->total_row->pence[c], b->computed[c]);
      if (b->total_row->have_total)
        add_discrepancy (b, b->total_row->agency, BP_BUDGET_TOTAL,
                         b->total_row->pence[BP_BUDGET_TOTAL], b->computed[BP_BUDGET_TOTAL]);
    }
  return TRUE;
}

static gboolean
load_staffing (BpStore    *store,
               BpStaffing *s,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  s->members = g_ptr_array_new_with_free_func (staff_member_free);
  stmt = bp_store_prepare (store, "SELECT name_or_post, role, agency, contract, wte, sex, "
                                  "ethnic_group FROM staff ORDER BY role, name_or_post", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpStaffMember *m = g_new0 (BpStaffMember, 1);
      int group = sqlite3_column_int (stmt, 6);

      m->name_or_post = column_text (stmt, 0);
      m->role = column_text (stmt, 1);
      m->agency = column_text (stmt, 2);
      if (!bp_contract_parse ((const char *) sqlite3_column_text (stmt, 3), &m->contract))
        m->contract = BP_CONTRACT_PERMANENT;
      m->wte = sqlite3_column_double (stmt, 4);
      if (!bp_sex_parse ((const char *) sqlite3_column_text (stmt, 5), &m->sex))
        m->sex = BP_SEX_UNKNOWN;
      m->group = group >= 0 && group < BP_N_ETHNIC_GROUPS ? (BpEthnicGroup) group
                                                           : BP_ETHNIC_UNKNOWN;
      s->people++;
      s->wte += m->wte;
      s->by_contract[m->contract]++;
      s->wte_by_contract[m->contract] += m->wte;
      s->by_sex[m->sex]++;
      s->by_group[m->group]++;
      g_ptr_array_add (s->members, m);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  return TRUE;
}

/* Overdue first, then the rest; each by due date (none last), then by id. */
static int
compare_actions (gconstpointer a,
                 gconstpointer b)
{
  const BpAction *x = *(BpAction *const *) a;
  const BpAction *y = *(BpAction *const *) b;
  BpDay dx = x->due == BP_DAY_INVALID ? G_MAXINT32 : x->due;
  BpDay dy = y->due == BP_DAY_INVALID ? G_MAXINT32 : y->due;

  if (x->overdue != y->overdue)
    return x->overdue ? -1 : 1;
  if (dx != dy)
    return dx < dy ? -1 : 1;
  return g_utf8_collate (x->id, y->id);
}

static gboolean
load_actions (BpStore   *store,
              BpActions *acts,
              BpDay      today,
              GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  acts->actions = g_ptr_array_new_with_free_func (action_free);
  stmt = bp_store_prepare (store, "SELECT action_id, priority, action, lead, progress, "
                                  "due_date, updated, status, edited_at IS NOT NULL "
                                  "FROM plan_action", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpAction *a = g_new0 (BpAction, 1);

      a->id = column_text (stmt, 0);
      a->priority = column_text (stmt, 1);
      a->action = column_text (stmt, 2);
      a->lead = column_text (stmt, 3);
      a->progress = column_text (stmt, 4);
      a->due = column_day (stmt, 5);
      a->updated = column_day (stmt, 6);
      if (!bp_action_status_parse ((const char *) sqlite3_column_text (stmt, 7), &a->status))
        a->status = BP_ACTION_NOT_STARTED;
      a->edited = sqlite3_column_int (stmt, 8) != 0;
      a->overdue = a->due != BP_DAY_INVALID && a->due < today &&
                   a->status != BP_ACTION_COMPLETE;
      acts->by_status[a->status]++;
      acts->overdue += a->overdue;
      g_ptr_array_add (acts->actions, a);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  g_ptr_array_sort (acts->actions, compare_actions);
  return TRUE;
}

/* The meetings of the 12 months to @period_end. */
static gboolean
load_board (BpStore         *store,
            BpBoardRegister *reg,
            BpDay            period_end,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  BpDay start = bp_day_add_months (period_end, -12) + 1;
  int rc;

  reg->meetings = g_array_new (FALSE, FALSE, sizeof (BpDay));
  stmt = bp_store_prepare (store, "SELECT DISTINCT meeting_date FROM board_attendance "
                                  "WHERE meeting_date BETWEEN ?1 AND ?2 ORDER BY 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, start);
  sqlite3_bind_int (stmt, 2, period_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpDay day = sqlite3_column_int (stmt, 0);

      g_array_append_val (reg->meetings, day);
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);

  reg->cells = g_new (gint8, (gsize) BP_N_PARTNERS * MAX (reg->meetings->len, 1));
  memset (reg->cells, -1, (gsize) BP_N_PARTNERS * MAX (reg->meetings->len, 1));
  g_clear_pointer (&stmt, sqlite3_finalize);
  /* A partner with several members at a meeting attended if any of them did (a senior
   * member before a deputy). */
  stmt = bp_store_prepare (store, "SELECT meeting_date, partner, attended FROM board_attendance "
                                  "WHERE meeting_date BETWEEN ?1 AND ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, start);
  sqlite3_bind_int (stmt, 2, period_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BpDay day = sqlite3_column_int (stmt, 0);
      BpPartner partner;
      BpAttended attended;
      guint m;

      if (!bp_partner_parse ((const char *) sqlite3_column_text (stmt, 1), &partner) ||
          !bp_attended_parse ((const char *) sqlite3_column_text (stmt, 2), &attended))
        continue;
      for (m = 0; m < reg->meetings->len && g_array_index (reg->meetings, BpDay, m) != day; m++)
        ;
      if (m == reg->meetings->len)
        continue;
      reg->partners[partner] = TRUE;
      {
        gint8 *cell = &reg->cells[partner * reg->meetings->len + m];
        /* yes beats deputy beats no */
        static const int rank[] = { [BP_ATTENDED_NO] = 0, [BP_ATTENDED_DEPUTY] = 1,
                                    [BP_ATTENDED_YES] = 2 };

        if (*cell < 0 || rank[attended] > rank[*cell])
          *cell = (gint8) attended;
      }
    }
  if (rc != SQLITE_DONE)
    return bp_store_set_error (store, error);
  return TRUE;
}

/**
 * bp_plan_load:
 * @period_end: the budget is that of its financial year, the register its 12 months
 * @today: an action due before it and not complete is overdue
 *
 * Returns: (transfer full) (nullable): the plan's tables, or %NULL with @error set when
 *   the database cannot be read
 */
BpPlan *
bp_plan_load (BpStore *store,
              BpDay    period_end,
              BpDay    today,
              GError **error)
{
  g_autoptr(BpPlan) plan = g_new0 (BpPlan, 1);

  g_return_val_if_fail (BP_IS_STORE (store), NULL);

  plan->today = today;
  plan->have_budget = has_rows (store, "SELECT 1 FROM budget_line LIMIT 1");
  plan->have_staffing = has_rows (store, "SELECT 1 FROM staff LIMIT 1");
  plan->have_actions = has_rows (store, "SELECT 1 FROM plan_action LIMIT 1");
  plan->have_board = has_rows (store, "SELECT 1 FROM board_attendance LIMIT 1");
  if (!load_budget (store, &plan->budget, bp_financial_year_start_year (period_end), error) ||
      !load_staffing (store, &plan->staffing, error) ||
      !load_actions (store, &plan->actions, today, error) ||
      !load_board (store, &plan->board, period_end, error))
    return NULL;
  return g_steal_pointer (&plan);
}

void
bp_plan_free (BpPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->budget.rows, g_ptr_array_unref);
  if (plan->budget.total_row)
    budget_row_free (plan->budget.total_row);
  g_clear_pointer (&plan->budget.discrepancies, g_array_unref);
  g_free (plan->budget.other_years);
  g_clear_pointer (&plan->staffing.members, g_ptr_array_unref);
  g_clear_pointer (&plan->actions.actions, g_ptr_array_unref);
  g_clear_pointer (&plan->board.meetings, g_array_unref);
  g_free (plan->board.cells);
  g_free (plan);
}

/**
 * bp_plan_update_action:
 * The window's edit of an action: its status, progress and due date, saved at once. It
 * stays until an import brings a changed row for the action (the same file again leaves
 * it: its rows are unchanged).
 */
gboolean
bp_plan_update_action (BpStore        *store,
                       const char     *action_id,
                       BpActionStatus  status,
                       const char     *progress,
                       BpDay           due,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);

  g_return_val_if_fail (BP_IS_STORE (store), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);

  if (bp_store_is_read_only (store))
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_READ_ONLY,
                   _("The database is read-only: the action cannot be saved."));
      return FALSE;
    }
  stmt = bp_store_prepare (store, "UPDATE plan_action SET status = ?2, progress = ?3, "
                                  "due_date = ?4, updated = ?5, edited_at = ?6 "
                                  "WHERE action_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, action_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, bp_action_status_code (status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, progress ? progress : "", -1, SQLITE_STATIC);
  if (due == BP_DAY_INVALID)
    sqlite3_bind_null (stmt, 4);
  else
    sqlite3_bind_int (stmt, 4, due);
  sqlite3_bind_int (stmt, 5, bp_plan_today ());
  sqlite3_bind_text (stmt, 6, stamp, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (store, error);
  if (sqlite3_changes (bp_store_get_db (store)) == 0)
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_INVALID,
                   /* Translators: %s is an action's reference in the improvement plan */
                   _("No action %s is held: it may have been removed by an import."),
                   action_id);
      return FALSE;
    }
  return TRUE;
}

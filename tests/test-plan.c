/* test-plan.c: the plan's own tables (data-formats.md, "Plan tables"; issue "The plan's
 * own tables") against hand calculations
 *
 * Havering's 2024/25 contributions as its plan publishes them add up; Barnet's 2025/26
 * table states a total of £1,389,067.71 where its parts add up to £1,394,086.71. Barnet's
 * rows here are made to its published column totals (in kind £108,033, other delegated
 * funds £1,286,053.71, the Youth Justice Board £349,343): the check is of the totals.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-import.h"
#include "bp-indicators.h"
#include "bp-plan.h"
#include "bp-report-format.h"
#include "bp-test-util.h"

typedef struct
{
  char    *dir;
  BpStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = bp_test_tmpdir ();
  db = g_build_filename (f->dir, "plan.db", NULL);
  f->store = bp_store_open (db, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
}

/* Imports @csv as @kind; returns the result, also when the import failed (*error set):
 * its messages name the file, line, column and value. */
static BpImportResult *
import (Fixture     *f,
        const char  *kind,
        const char  *csv,
        GError     **error)
{
  g_autofree char *name = g_strdup_printf ("%s.csv", kind);
  g_autofree char *path = bp_test_write_file (f->dir, name, csv, -1);
  BpImportOptions options = { 0 };
  BpImportResult *result = NULL;

  g_assert_true (bp_import_kind_parse (kind, &options.kind));
  bp_import_file (f->store, path, &options, &result, NULL, error);
  return result;
}

static BpPlan *
plan_for (Fixture *f,
          BpDay    period_end)
{
  g_autoptr(GError) error = NULL;
  BpPlan *plan = bp_plan_load (f->store, period_end, bp_day_from_ymd (2025, 6, 1), &error);

  g_assert_no_error (error);
  return plan;
}

static const char havering[] =
  "Year,Agency,Staffing costs,Payments in kind,Other delegated funds,Total\n"
  "2024/25,Youth Justice Board,\"£348,025\",,,\"£348,025\"\n"
  "2024/25,Local authority,\"£390,430\",,,\"£390,430\"\n"
  "2024/25,Police,,\"£21,359\",,\"£21,359\"\n"
  "2024/25,Probation,\"£5,000\",\"£21,533\",,\"£26,533\"\n"
  "2024/25,Health,\"£73,000\",,,\"£73,000\"\n"
  "2024/25,Other,,,\"£83,928\",\"£83,928\"\n"
  "2024/25,Total,\"£816,455\",\"£42,892\",\"£83,928\",\"£943,275\"\n";

static void
test_havering (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) r = import (f, "budget", havering, &error);
  g_autoptr(BpImportResult) again = NULL;
  g_autoptr(BpPlan) plan = NULL;
  const BpBudget *b;

  g_assert_no_error (error);
  g_assert_cmpuint (r->rows_new, ==, 7);
  plan = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  b = &plan->budget;
  g_assert_cmpint (b->year, ==, 2024);
  g_assert_cmpuint (b->rows->len, ==, 6);
  g_assert_nonnull (b->total_row);
  /* 348,025 + 390,430 + 5,000 + 73,000 = 816,455; 21,359 + 21,533 = 42,892; 83,928;
   * 816,455 + 42,892 + 83,928 = 943,275 */
  g_assert_cmpint (b->computed[BP_BUDGET_STAFFING_COSTS], ==, 81645500);
  g_assert_cmpint (b->computed[BP_BUDGET_PAYMENTS_IN_KIND], ==, 4289200);
  g_assert_cmpint (b->computed[BP_BUDGET_OTHER_DELEGATED_FUNDS], ==, 8392800);
  g_assert_cmpint (b->computed[BP_BUDGET_TOTAL], ==, 94327500);
  g_assert_cmpuint (b->discrepancies->len, ==, 0);

  /* the same file again changes nothing */
  again = import (f, "budget", havering, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->rows_unchanged, ==, 7);
}

static const char barnet[] =
  "year,agency,staffing_costs,payments_in_kind,other_delegated_funds,total\n"
  "2025-26,Youth Justice Board,0,0,349343,349343\n"
  "2025-26,Local authority,0,0,882710.71,882710.71\n"
  "2025-26,Police,0,40000,24000,64000\n"
  "2025-26,Probation,0,18033,10000,28033\n"
  "2025-26,Health,0,50000,20000,70000\n"
  "2025-26,Total,0,108033,1286053.71,\"1,389,067.71\"\n";

static void
test_barnet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) r = import (f, "budget", barnet, &error);
  g_autoptr(BpPlan) plan = NULL;
  g_autoptr(BpStore) outcomes = NULL;
  const BpBudgetDiscrepancy *d;
  const BpBudget *b;

  /* the import succeeds: the table is the partnership's, as published */
  g_assert_no_error (error);
  g_assert_cmpuint (r->rows_new, ==, 6);
  plan = plan_for (f, bp_day_from_ymd (2025, 12, 31));
  b = &plan->budget;
  g_assert_cmpint (b->year, ==, 2025);
  g_assert_cmpint (b->computed[BP_BUDGET_TOTAL], ==, 139408671);
  g_assert_cmpuint (b->discrepancies->len, ==, 1);
  d = &g_array_index (b->discrepancies, BpBudgetDiscrepancy, 0);
  g_assert_cmpstr (d->row, ==, "Total");
  g_assert_cmpint (d->column, ==, BP_BUDGET_TOTAL);
  g_assert_cmpint (d->stated, ==, 138906771);
  g_assert_cmpint (d->computed, ==, 139408671);
  /* 1,389,067.71 - 1,394,086.71 = -5,019.00 */
  g_assert_cmpint (d->stated - d->computed, ==, -501900);
  {
    g_autofree char *money = bp_money_format (d->stated - d->computed);

    g_assert_cmpstr (money, ==, "-\u00a35,019");
  }

  /* a year with no budget: the others are named */
  {
    g_autoptr(BpPlan) other = plan_for (f, bp_day_from_ymd (2025, 3, 31));

    g_assert_cmpint (other->budget.year, ==, 0);
    g_assert_nonnull (other->budget.other_years);
    g_assert_cmpint (other->budget.other_years[0], ==, 2025);
  }
}

/* The report's `plan` member (cli.md) and its text, on a database with one outcome. */
static void
test_report (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) o = import (f, "outcomes",
                                        "outcome_id,child_id,date_of_birth,sex,ethnicity,"
                                        "outcome_date,outcome_type,offence_date\n"
                                        "O1,C1,2010-01-01,M,W1,2025-11-01,YC,2025-10-01\n",
                                        &error);
  g_autoptr(BpImportResult) r = import (f, "budget", barnet, &error);
  g_autoptr(BpReport) report = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *json = NULL;
  BpReportOptions options = { bp_day_from_ymd (2025, 12, 31), BP_STAGE_CAUTIONED_OR_SENTENCED };
  JsonObject *plan, *budget, *disc;

  g_assert_no_error (error);
  report = bp_report_compute (f->store, &options, &error);
  g_assert_no_error (error);
  json = bp_report_to_json_text (report);
  root = json_from_string (json, &error);
  g_assert_no_error (error);
  plan = json_object_get_object_member (json_node_get_object (root), "plan");
  g_assert_nonnull (plan);
  budget = json_object_get_object_member (plan, "budget");
  g_assert_cmpstr (json_object_get_string_member (budget, "year"), ==, "2025/26");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (
    json_object_get_object_member (budget, "computed"), "total"), 1394086.71, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (
    json_object_get_object_member (budget, "stated"), "total"), 1389067.71, 1e-6);
  disc = json_array_get_object_element (json_object_get_array_member (budget,
                                                                      "discrepancies"), 0);
  g_assert_cmpstr (json_object_get_string_member (disc, "row"), ==, "Total");
  g_assert_cmpstr (json_object_get_string_member (disc, "column"), ==, "total");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (disc, "difference"), -5019.0,
                                  1e-6);
  g_assert_true (json_object_get_null_member (plan, "staffing"));

  bp_plan_indicator.to_text (report, bp_report_value (report, &bp_plan_indicator), text);
  g_assert_nonnull (strstr (text->str, "Budget 2025/26: \u00a31,394,086.71 from 5 partners"));
  g_assert_nonnull (strstr (text->str, "Check: row Total, column Total: stated \u00a31,389,067.71, "
                                       "its parts add up to \u00a31,394,086.71 (difference -\u00a35,019)"));
}

/* Money as budget tables write it. */
static void
test_money (void)
{
  static const struct { const char *text; gint64 pence; } good[] = {
    { "£1,389,067.71", 138906771 }, { "5000", 500000 }, { "-5,019", -501900 },
    { "(5,019.00)", -501900 }, { "£ 21,533", 2153300 }, { "", 0 }, { "-", 0 },
    { "0.5", 50 }, { "£-3", -300 }, { "1,000,000", 100000000 },
  };
  static const char *const bad[] = {
    "12,34", "1,2345", "£", "1.234", "12a", "1.", "(5", "1,000,00", ",100", "£££1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 p = -1;

      g_assert_true (bp_money_parse (good[i].text, &p));
      g_assert_cmpint (p, ==, good[i].pence);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 p;

      if (bp_money_parse (bad[i], &p))
        g_error ("\"%s\" read as %" G_GINT64_FORMAT " pence", bad[i], p);
    }
  {
    int y = 0;

    g_assert_true (bp_financial_year_parse ("2024/25", &y) && y == 2024);
    g_assert_true (bp_financial_year_parse ("2024-2025", &y) && y == 2024);
    g_assert_true (bp_financial_year_parse ("1999/00", &y) && y == 1999);
    g_assert_false (bp_financial_year_parse ("2024/26", &y));
    g_assert_false (bp_financial_year_parse ("2024", &y));
  }
}

/* Bad rows: file, line, column and value; nothing written. */
static const char *
first_message (BpImportResult *r)
{
  g_assert_nonnull (r);
  g_assert_cmpuint (r->messages->len, >, 0);
  return g_ptr_array_index (r->messages, 0);
}

static void
test_bad_rows (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) r = NULL;
  g_autoptr(BpPlan) plan = NULL;

  r = import (f, "budget", "year,agency,staffing_costs\n2024/25,Police,12.345\n", &error);
  g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (first_message (r), "budget.csv:2: column staffing_costs: not an "
                                              "amount of money"));
  g_assert_nonnull (strstr (first_message (r), "(value \"12.345\")"));
  g_clear_error (&error);
  g_clear_pointer (&r, bp_import_result_free);

  r = import (f, "staffing",
              "name_or_post,role,contract,wte\nA Smith,Case worker,PERMANENT,1.2\n", &error);
  g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (first_message (r), "staffing.csv:2: column wte:"));
  g_clear_error (&error);
  g_clear_pointer (&r, bp_import_result_free);

  /* "FTE" means first time entrants here: it is not taken for WTE */
  r = import (f, "staffing", "name_or_post,role,contract,fte\nA Smith,Case worker,PERMANENT,1\n",
              &error);
  g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER);
  g_assert_nonnull (strstr (error->message, "wte"));
  g_clear_error (&error);
  g_clear_pointer (&r, bp_import_result_free);

  r = import (f, "actions", "action_id,action,status\nA1,Train staff,PURPLE\n", &error);
  g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (first_message (r), "actions.csv:2: column status:"));
  g_clear_error (&error);
  g_clear_pointer (&r, bp_import_result_free);

  plan = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  g_assert_false (plan->have_budget);
  g_assert_false (plan->have_staffing);
  g_assert_false (plan->have_actions);
}

/* Staffing by contract, sex and ethnic group; 0.6 + 1 + 0.5 + 0.2 = 2.3 WTE. */
static void
test_staffing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) r = import (f, "staffing",
    "Name or post,Role,Contract,WTE,Sex,Ethnicity,Agency\n"
    "A Smith,Case worker,Permanent,0.6,F,W1,\n"
    "B Jones,Case worker,PERMANENT,1,M,B1,\n"
    "PC Khan,Seconded police officer,SECONDED,0.5,M,A1,Police\n"
    "C Lee,Mentor,VOLUNTEER,0.2,F,,\n", &error);
  g_autoptr(BpPlan) plan = NULL;
  const BpStaffing *s;

  g_assert_no_error (error);
  plan = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  s = &plan->staffing;
  g_assert_cmpint (s->people, ==, 4);
  g_assert_cmpfloat_with_epsilon (s->wte, 2.3, 1e-9);
  g_assert_cmpint (s->by_contract[BP_CONTRACT_PERMANENT], ==, 2);
  g_assert_cmpfloat_with_epsilon (s->wte_by_contract[BP_CONTRACT_PERMANENT], 1.6, 1e-9);
  g_assert_cmpint (s->by_contract[BP_CONTRACT_SECONDED], ==, 1);
  g_assert_cmpint (s->by_contract[BP_CONTRACT_VOLUNTEER], ==, 1);
  g_assert_cmpint (s->by_sex[BP_SEX_FEMALE], ==, 2);
  g_assert_cmpint (s->by_group[BP_ETHNIC_WHITE], ==, 1);
  g_assert_cmpint (s->by_group[BP_ETHNIC_BLACK], ==, 1);
  g_assert_cmpint (s->by_group[BP_ETHNIC_ASIAN], ==, 1);
  g_assert_cmpint (s->by_group[BP_ETHNIC_UNKNOWN], ==, 1);
}

/* The improvement plan: overdue first (due before 1 June 2025 and not complete), then by
 * due date; an edit is saved and read back, and stays until the file's row changes. */
static void
test_actions (Fixture *f, gconstpointer data)
{
  static const char csv[] =
    "action_id,priority,action,lead,due_date,status,progress,updated\n"
    "A1,Education,Every child in school,Head of service,30/09/2025,Amber,On track,01/05/2025\n"
    "A2,Disproportionality,Audit of out-of-court decisions,Panel chair,31/03/2025,Red,,\n"
    "A3,Health,Speech and language screening,CAMHS lead,2025-01-31,COMPLETE,Done,\n"
    "A4,Victims,Restorative justice offer,Victim worker,,NOT_STARTED,,\n"
    "A5,Governance,Board induction,Chair,2025-05-01,GREEN,,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) r = import (f, "actions", csv, &error);
  g_autoptr(BpImportResult) again = NULL;
  g_autoptr(BpPlan) plan = NULL;
  g_autoptr(BpPlan) edited = NULL;
  g_autoptr(BpPlan) reimported = NULL;
  const BpAction *a;

  g_assert_no_error (error);
  plan = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  g_assert_cmpuint (plan->actions.actions->len, ==, 5);
  /* A2 (31 Mar, red) and A5 (1 May, green) are overdue on 1 June; A3 is complete */
  g_assert_cmpint (plan->actions.overdue, ==, 2);
  a = g_ptr_array_index (plan->actions.actions, 0);
  g_assert_cmpstr (a->id, ==, "A2");
  g_assert_true (a->overdue);
  a = g_ptr_array_index (plan->actions.actions, 1);
  g_assert_cmpstr (a->id, ==, "A5");
  a = g_ptr_array_index (plan->actions.actions, 2);
  g_assert_cmpstr (a->id, ==, "A3");  /* 31 Jan, complete: not overdue */
  a = g_ptr_array_index (plan->actions.actions, 4);
  g_assert_cmpstr (a->id, ==, "A4");  /* no date: last */
  g_assert_cmpint (plan->actions.by_status[BP_ACTION_AMBER], ==, 1);
  g_assert_cmpint (plan->actions.by_status[BP_ACTION_RED], ==, 1);

  g_assert_true (bp_plan_update_action (f->store, "A2", BP_ACTION_COMPLETE, "Audit done",
                                        bp_day_from_ymd (2025, 4, 30), &error));
  g_assert_no_error (error);
  g_assert_false (bp_plan_update_action (f->store, "A9", BP_ACTION_RED, "", BP_DAY_INVALID,
                                         &error));
  g_assert_error (error, BP_STORE_ERROR, BP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  edited = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  g_assert_cmpint (edited->actions.overdue, ==, 1);
  for (guint i = 0; i < edited->actions.actions->len; i++)
    {
      a = g_ptr_array_index (edited->actions.actions, i);
      if (g_str_equal (a->id, "A2"))
        {
          g_assert_cmpint (a->status, ==, BP_ACTION_COMPLETE);
          g_assert_cmpstr (a->progress, ==, "Audit done");
          g_assert_cmpint (a->due, ==, bp_day_from_ymd (2025, 4, 30));
          g_assert_true (a->edited);
        }
    }

  /* the same file again leaves the edit (its rows are unchanged); a file whose A2 row
   * changed replaces it */
  again = import (f, "actions", csv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->rows_unchanged, ==, 5);
  reimported = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  g_assert_cmpint (reimported->actions.overdue, ==, 1);
  g_clear_pointer (&again, bp_import_result_free);
  g_clear_pointer (&reimported, bp_plan_free);
  again = import (f, "actions",
                  "action_id,action,due_date,status\n"
                  "A2,Audit of out-of-court decisions,31/03/2025,Amber\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->rows_updated, ==, 1);
  reimported = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  g_assert_cmpint (reimported->actions.overdue, ==, 2);
}

/* The register: a row per partner, a column per meeting of the 12 months. */
static void
test_board_register (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) r = import (f, "board",
    "meeting_date,partner,member,attended\n"
    "2024-03-01,POLICE,Inspector,YES\n"       /* before the 12 months */
    "2024-06-01,POLICE,Inspector,YES\n"
    "2024-06-01,HEALTH,Nurse,NO\n"
    "2024-06-01,HEALTH,Doctor,DEPUTY\n"
    "2024-12-01,POLICE,Inspector,NO\n", &error);
  g_autoptr(BpPlan) plan = NULL;
  const BpBoardRegister *reg;

  g_assert_no_error (error);
  plan = plan_for (f, bp_day_from_ymd (2025, 3, 31));
  reg = &plan->board;
  g_assert_cmpuint (reg->meetings->len, ==, 2);
  g_assert_true (reg->partners[BP_PARTNER_POLICE]);
  g_assert_true (reg->partners[BP_PARTNER_HEALTH]);
  g_assert_false (reg->partners[BP_PARTNER_PROBATION]);
  g_assert_cmpint (reg->cells[BP_PARTNER_POLICE * 2 + 0], ==, BP_ATTENDED_YES);
  g_assert_cmpint (reg->cells[BP_PARTNER_POLICE * 2 + 1], ==, BP_ATTENDED_NO);
  /* one member sent a deputy, one did not come: a deputy came */
  g_assert_cmpint (reg->cells[BP_PARTNER_HEALTH * 2 + 0], ==, BP_ATTENDED_DEPUTY);
  g_assert_cmpint (reg->cells[BP_PARTNER_HEALTH * 2 + 1], ==, -1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/plan/havering", test_havering);
  ADD ("/core/plan/barnet", test_barnet);
  ADD ("/core/plan/report", test_report);
  ADD ("/core/plan/bad-rows", test_bad_rows);
  ADD ("/core/plan/staffing", test_staffing);
  ADD ("/core/plan/actions", test_actions);
  ADD ("/core/plan/board-register", test_board_register);
#undef ADD
  g_test_add_func ("/core/plan/money", test_money);
  return g_test_run ();
}

/* bp-plan-report.c: the plan's tables as a member of the report (cli.md, `plan`): the
 * budget of the period's financial year with its check, staffing and the improvement
 * plan; JSON, text and CSV
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-indicator-private.h"
#include "bp-plan.h"

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  g_autoptr(GError) error = NULL;
  BpPlan *plan;

  if (input->store == NULL)
    {
      *note = g_strdup (_("The plan's tables are read from the database, and none is open."));
      return NULL;
    }
  plan = bp_plan_load (input->store, input->period_end, bp_plan_today (), &error);
  if (plan == NULL)
    *note = g_strdup (error->message);
  else if (!plan->have_budget && !plan->have_staffing && !plan->have_actions)
    {
      /* Translators: a note when none of the plan's files is imported; staffing, budget
       * and actions are the kinds of file: keep them in English */
      *note = g_strdup (_("No staffing, budget or actions file is imported."));
      g_clear_pointer (&plan, bp_plan_free);
    }
  return plan;
}

static void
add_money (JsonBuilder *b,
           const char  *key,
           gint64       pence)
{
  json_builder_set_member_name (b, key);
  json_builder_add_double_value (b, bp_money_pounds (pence));
}

static void
budget_to_json (const BpPlan *plan,
                JsonBuilder  *b)
{
  const BpBudget *bg = &plan->budget;
  g_autofree char *year = bg->year ? bp_financial_year_label (bg->year) : NULL;

  json_builder_begin_object (b);
  bp_json_add_string (b, "year", year);
  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; bg->rows && i < bg->rows->len; i++)
    {
      const BpBudgetRow *r = g_ptr_array_index (bg->rows, i);

      json_builder_begin_object (b);
      bp_json_add_string (b, "agency", r->agency);
      for (int c = 0; c < BP_BUDGET_TOTAL; c++)
        add_money (b, bp_budget_column_key (c), r->pence[c]);
      add_money (b, "total", r->have_total ? r->pence[BP_BUDGET_TOTAL] : r->computed_total);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "computed");
  json_builder_begin_object (b);
  for (int c = 0; c < BP_N_BUDGET_COLUMNS; c++)
    add_money (b, bp_budget_column_key (c), bg->computed[c]);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "stated");
  json_builder_begin_object (b);
  if (bg->total_row != NULL)
    {
      for (int c = 0; c < BP_BUDGET_TOTAL; c++)
        add_money (b, bp_budget_column_key (c), bg->total_row->pence[c]);
      if (bg->total_row->have_total)
        add_money (b, "total", bg->total_row->pence[BP_BUDGET_TOTAL]);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "discrepancies");
  json_builder_begin_array (b);
  for (guint i = 0; bg->discrepancies && i < bg->discrepancies->len; i++)
    {
      const BpBudgetDiscrepancy *d = &g_array_index (bg->discrepancies,
                                                     BpBudgetDiscrepancy, i);

      json_builder_begin_object (b);
      bp_json_add_string (b, "row", d->row);
      bp_json_add_string (b, "column", bp_budget_column_key (d->column));
      add_money (b, "stated", d->stated);
      add_money (b, "computed", d->computed);
      add_money (b, "difference", d->stated - d->computed);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
count_member (JsonBuilder *b,
              const char  *name,
              const char  *value,
              gint64       people,
              double       wte)
{
  json_builder_begin_object (b);
  bp_json_add_string (b, name, value);
  json_builder_set_member_name (b, "people");
  json_builder_add_int_value (b, people);
  if (wte >= 0)
    bp_json_add_double (b, "wte", wte);
  json_builder_end_object (b);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpPlan *plan = value;
  const BpStaffing *s = &plan->staffing;
  const BpActions *a = &plan->actions;

  json_builder_set_member_name (b, "budget");
  if (plan->have_budget)
    budget_to_json (plan, b);
  else
    json_builder_add_null_value (b);

  json_builder_set_member_name (b, "staffing");
  if (plan->have_staffing)
    {
      json_builder_begin_object (b);
      bp_json_add_double (b, "wte", s->wte);
      json_builder_set_member_name (b, "people");
      json_builder_add_int_value (b, s->people);
      json_builder_set_member_name (b, "by_contract");
      json_builder_begin_array (b);
      for (int c = 0; c < BP_N_CONTRACTS; c++)
        if (s->by_contract[c] > 0)
          count_member (b, "contract", bp_contract_code (c), s->by_contract[c],
                        s->wte_by_contract[c]);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "by_sex");
      json_builder_begin_array (b);
      for (int x = 0; x < BP_N_SEXES; x++)
        if (s->by_sex[x] > 0)
          count_member (b, "sex", bp_sex_code (x), s->by_sex[x], -1);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "by_ethnic_group");
      json_builder_begin_array (b);
      for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
        if (s->by_group[g] > 0)
          count_member (b, "group", bp_ethnic_group_name (g), s->by_group[g], -1);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);

  json_builder_set_member_name (b, "actions");
  if (plan->have_actions)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "total");
      json_builder_add_int_value (b, a->actions->len);
      json_builder_set_member_name (b, "by_status");
      json_builder_begin_array (b);
      for (int st = 0; st < BP_N_ACTION_STATUSES; st++)
        if (a->by_status[st] > 0)
          {
            json_builder_begin_object (b);
            bp_json_add_string (b, "status", bp_action_status_code (st));
            json_builder_set_member_name (b, "actions");
            json_builder_add_int_value (b, a->by_status[st]);
            json_builder_end_object (b);
          }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "overdue");
      json_builder_add_int_value (b, a->overdue);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
}

static void
budget_to_text (const BpBudget *bg,
                GString        *out)
{
  g_autofree char *year = bp_financial_year_label (bg->year);
  g_autofree char *total = bp_money_format (bg->computed[BP_BUDGET_TOTAL]);

  /* Translators: a line of the text report: the financial year and the budget's total as
   * its parts add up, as in "  Budget 2024/25: £943,275 from 6 partners" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "  Budget %s: %s from %u partner\n",
                                            "  Budget %s: %s from %u partners\n",
                                            bg->rows->len),
                          year, total, bg->rows->len);
  if (bg->discrepancies->len == 0)
    /* Translators: a line of the text report, under the budget */
    g_string_append (out, _("    Every stated total agrees with its parts.\n"));
  for (guint i = 0; i < bg->discrepancies->len; i++)
    {
      const BpBudgetDiscrepancy *d = &g_array_index (bg->discrepancies, BpBudgetDiscrepancy, i);
      g_autofree char *stated = bp_money_format (d->stated);
      g_autofree char *computed = bp_money_format (d->computed);
      g_autofree char *diff = bp_money_format (d->stated - d->computed);

      /* Translators: a line of the text report: a budget total that does not agree with
       * its parts: the row (an agency or Total) and the column, as in "    Check: row
       * Total, column Total: stated £1,389,067.71, its parts add up to £1,394,086.71
       * (difference -£5,019)" */
      g_string_append_printf (out, _("    Check: row %s, column %s: stated %s, its parts add "
                                     "up to %s (difference %s)\n"),
                              d->row, _(bp_budget_column_name (d->column)), stated, computed,
                              diff);
    }
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpPlan *plan = value;

  g_string_append_c (out, '\n');
  /* Translators: a heading of the text report: the plan's own tables */
  g_string_append (out, _("The plan's tables\n"));
  if (plan->have_budget && plan->budget.year != 0)
    budget_to_text (&plan->budget, out);
  else if (plan->have_budget)
    {
      g_autofree char *year = bp_financial_year_label (bp_financial_year_start_year (
        report->period.end));

      /* Translators: a line of the text report, as in "  Budget 2024/25: none is
       * imported for that year" */
      g_string_append_printf (out, _("  Budget %s: none is imported for that year\n"), year);
    }
  if (plan->have_staffing)
    {
      g_autofree char *wte = bp_format_number (plan->staffing.wte, 1);

      /* Translators: a line of the text report: people and whole-time equivalents (WTE:
       * never FTE, which means first time entrants here), as in "  Staffing: 32 people,
       * 24.6 WTE" */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "  Staffing: %lld person, %s WTE\n",
                                                "  Staffing: %lld people, %s WTE\n",
                                                (gulong) plan->staffing.people),
                              (long long) plan->staffing.people, wte);
    }
  if (plan->have_actions)
    {
      const BpActions *a = &plan->actions;

      /* Translators: a line of the text report: the improvement plan, as in "  Actions: 12,
       * of which 2 red, 5 amber, 3 green, 2 complete; 3 overdue" */
      g_string_append_printf (out, _("  Actions: %u: %lld red, %lld amber, %lld green, %lld "
                                     "complete, %lld not started; %lld overdue\n"),
                              a->actions->len, (long long) a->by_status[BP_ACTION_RED],
                              (long long) a->by_status[BP_ACTION_AMBER],
                              (long long) a->by_status[BP_ACTION_GREEN],
                              (long long) a->by_status[BP_ACTION_COMPLETE],
                              (long long) a->by_status[BP_ACTION_NOT_STARTED],
                              (long long) a->overdue);
    }
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpPlan *plan = value;
  const BpBudget *bg = &plan->budget;
  BpDay s = BP_DAY_INVALID, e = BP_DAY_INVALID;

  if (bg->year != 0)
    {
      s = bp_day_from_ymd (bg->year, 4, 1);
      e = bp_day_from_ymd (bg->year + 1, 3, 31);
      for (guint i = 0; i < bg->rows->len; i++)
        {
          const BpBudgetRow *r = g_ptr_array_index (bg->rows, i);

          for (int c = 0; c < BP_BUDGET_TOTAL; c++)
            bp_indicator_csv_row (out, "plan_budget", bp_budget_column_key (c), r->agency, s, e,
                                  bp_money_pounds (r->pence[c]));
          bp_indicator_csv_row (out, "plan_budget", "total", r->agency, s, e,
                                bp_money_pounds (r->have_total ? r->pence[BP_BUDGET_TOTAL]
                                                               : r->computed_total));
        }
      for (int c = 0; c < BP_N_BUDGET_COLUMNS; c++)
        bp_indicator_csv_row (out, "plan_budget", bp_budget_column_key (c), "computed", s, e,
                              bp_money_pounds (bg->computed[c]));
    }
  if (plan->have_staffing)
    {
      bp_indicator_csv_row (out, "plan_staffing", "people", "all", s, e,
                            (double) plan->staffing.people);
      bp_indicator_csv_row (out, "plan_staffing", "wte", "all", s, e, plan->staffing.wte);
    }
  if (plan->have_actions)
    {
      for (int st = 0; st < BP_N_ACTION_STATUSES; st++)
        bp_indicator_csv_row (out, "plan_actions", "actions", bp_action_status_code (st), s, e,
                              (double) plan->actions.by_status[st]);
      bp_indicator_csv_row (out, "plan_actions", "actions", "overdue", s, e,
                            (double) plan->actions.overdue);
    }
}

static void
free_value (gpointer value)
{
  bp_plan_free (value);
}

const BpIndicator bp_plan_indicator = {
  .key = "plan",
  /* Translators: the name of a part of the report: the plan's own tables (budget,
   * staffing, the improvement plan) */
  .title = N_("The plan's tables"),
  .needs = 0,
  .compute = compute,
  .free = free_value,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
};

/* bp-pack-plan.c: the Plan sheet: the budget with its check, staffing, the board's
 * attendance register and the improvement plan (issue "The plan's own tables")
 *
 * Staff names are on internal packs only; the partner pack has the staffing counts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-pack-private.h"
#include "bp-plan.h"

/* Text as imported; a blank is "[z]" (nothing to say), never an empty cell. */
static void
set_text_or_none (BpPackCell *c,
                  const char *text)
{
  if (text != NULL && text[0] != '\0')
    _bp_pack_set_text (c, text);
  else
    _bp_pack_set_symbol (c, BP_SYMBOL_NOT_APPLICABLE);
}

static void
set_money (BpPackCell *c,
           gint64      pence)
{
  _bp_pack_set_number (c, bp_money_pounds (pence));
  c->format = BP_PACK_FORMAT_MONEY;
}

static void
budget_tables (BpPackBuilder *b,
               BpPackSheet   *s,
               const BpPlan  *plan)
{
  const BpBudget *bg = &plan->budget;
  g_autofree char *year = NULL;
  g_autofree char *title = NULL;
  BpPackTable *t;
  BpPackCell *row;

  if (bg->year == 0)
    {
      g_autofree char *fy = bp_financial_year_label (bp_financial_year_start_year (
        b->report->period.end));

      /* Translators: on the Plan sheet: %s is a financial year */
      _bp_pack_sheet_line (s, _("No budget for %s is imported."), fy);
      return;
    }
  year = bp_financial_year_label (bg->year);
  /* Translators: a table's title: %s is a financial year, "2024/25" */
  title = g_strdup_printf (_("Partners' contributions to the budget, %s"), year);
  t = _bp_pack_table_new (s, "Plan_budget", title, 6);
  _bp_pack_column (t, 0, _("Agency"), BP_PACK_FORMAT_TEXT, 26);
  for (int c = 0; c < BP_N_BUDGET_COLUMNS; c++)
    _bp_pack_column (t, 1 + c, c == BP_BUDGET_TOTAL ? _("Total as stated")
                                                    : _(bp_budget_column_name (c)),
                     BP_PACK_FORMAT_MONEY, 14);
  /* Translators: a column heading: a row's parts added up */
  _bp_pack_column (t, 5, _("Total of the parts"), BP_PACK_FORMAT_MONEY, 14);
  for (guint i = 0; i <= bg->rows->len; i++)
    {
      const BpBudgetRow *r = i < bg->rows->len ? g_ptr_array_index (bg->rows, i)
                                               : bg->total_row;

      if (r == NULL)
        break;
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], r->agency);
      for (int c = 0; c < BP_BUDGET_TOTAL; c++)
        set_money (&row[1 + c], r->pence[c]);
      if (r->have_total)
        set_money (&row[4], r->pence[BP_BUDGET_TOTAL]);
      else
        _bp_pack_set_symbol (&row[4], BP_SYMBOL_NOT_AVAILABLE);
      set_money (&row[5], r == bg->total_row ? bg->computed[BP_BUDGET_TOTAL]
                                             : r->computed_total);
    }
  row = _bp_pack_add_row (t);
  /* Translators: the last row of the budget table: each column added up */
  _bp_pack_set_text (&row[0], _("Columns added up"));
  for (int c = 0; c < BP_BUDGET_TOTAL; c++)
    set_money (&row[1 + c], bg->computed[c]);
  _bp_pack_set_symbol (&row[4], BP_SYMBOL_NOT_APPLICABLE);
  set_money (&row[5], bg->computed[BP_BUDGET_TOTAL]);

  if (bg->discrepancies->len == 0)
    {
      /* Translators: under the budget table */
      _bp_pack_sheet_line (s, "%s", _("Check: every stated total agrees with its parts."));
      return;
    }
  _bp_pack_sheet_line (s, g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: under the budget table */
                                       "Check: %u stated total does not agree with its "
                                       "parts; it is shown as the partnership stated it.",
                                       "Check: %u stated totals do not agree with their "
                                       "parts; they are shown as the partnership stated them.",
                                       bg->discrepancies->len),
                       bg->discrepancies->len);
  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Plan_budget_check", _("Totals that do not agree with their parts"),
                          5);
  _bp_pack_column (t, 0, _("Row"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("Column"), BP_PACK_FORMAT_TEXT, 20);
  _bp_pack_column (t, 2, _("Stated"), BP_PACK_FORMAT_MONEY, 14);
  _bp_pack_column (t, 3, _("Parts add up to"), BP_PACK_FORMAT_MONEY, 14);
  _bp_pack_column (t, 4, _("Difference"), BP_PACK_FORMAT_MONEY, 14);
  for (guint i = 0; i < bg->discrepancies->len; i++)
    {
      const BpBudgetDiscrepancy *d = &g_array_index (bg->discrepancies, BpBudgetDiscrepancy, i);

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], d->row);
      _bp_pack_set_text (&row[1], _(bp_budget_column_name (d->column)));
      set_money (&row[2], d->stated);
      set_money (&row[3], d->computed);
      set_money (&row[4], d->stated - d->computed);
    }
}

static void
staffing_tables (BpPackBuilder *b,
                 BpPackSheet   *s,
                 const BpPlan  *plan)
{
  const BpStaffing *st = &plan->staffing;
  const BpDisparity *d = &b->report->disparity;
  BpPackTable *t;
  BpPackCell *row;

  /* Translators: a table's title: WTE is whole-time equivalent (never FTE, which means
   * first time entrants here) */
  t = _bp_pack_table_new (s, "Plan_staffing_by_contract", _("Staff and volunteers by contract, "
                                                            "people and whole-time equivalent "
                                                            "(WTE)"), 3);
  _bp_pack_column (t, 0, _("Contract"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("People"), BP_PACK_FORMAT_INTEGER, 10);
  _bp_pack_column (t, 2, _("WTE"), BP_PACK_FORMAT_DEC1, 10);
  for (int c = 0; c <= BP_N_CONTRACTS; c++)
    {
      gboolean all = c == BP_N_CONTRACTS;

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], all ? _("All staff and volunteers") : _(bp_contract_name (c)));
      _bp_pack_set_count (&row[1], all ? st->people : st->by_contract[c], BP_CELL_SHOWN);
      _bp_pack_set_number (&row[2], all ? st->wte : st->wte_by_contract[c]);
    }

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Plan_staffing_by_sex", _("Staff and volunteers by sex"), 2);
  _bp_pack_column (t, 0, _("Sex"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("People"), BP_PACK_FORMAT_INTEGER, 10);
  for (int x = 0; x < BP_N_SEXES; x++)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], _(bp_sex_name (x)));
      _bp_pack_set_count (&row[1], st->by_sex[x], BP_CELL_SHOWN);
    }

  /* Translators: a table's title: the staff's ethnic groups beside the children's
   * population, as the YJB's plan template asks */
  t = _bp_pack_table_new (s, "Plan_staffing_by_ethnic_group",
                          _("Staff and volunteers by ethnic group, beside the area's 10-17 "
                            "population"), 4);
  _bp_pack_column (t, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("People"), BP_PACK_FORMAT_INTEGER, 10);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 2, _("% of staff of known ethnicity"), BP_PACK_FORMAT_DEC1, 12);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 3, _("% of 10-17 population"), BP_PACK_FORMAT_DEC1, 12);
  {
    gint64 known = st->people - st->by_group[BP_ETHNIC_UNKNOWN];

    for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
      {
        row = _bp_pack_add_row (t);
        _bp_pack_set_text (&row[0], _(bp_ethnic_group_name (g)));
        _bp_pack_set_count (&row[1], st->by_group[g], BP_CELL_SHOWN);
        if (g == BP_ETHNIC_UNKNOWN || known == 0)
          {
            _bp_pack_set_symbol (&row[2], BP_SYMBOL_NOT_APPLICABLE);
            _bp_pack_set_symbol (&row[3], BP_SYMBOL_NOT_APPLICABLE);
            continue;
          }
        _bp_pack_set_number (&row[2], (double) st->by_group[g] / (double) known * 100.0);
        _bp_pack_set_value (&row[3], d->rows[g].population_share,
                            isnan (d->rows[g].population_share) ? BP_SYMBOL_NOT_AVAILABLE
                                                                : NULL);
      }
  }

  if (b->profile != BP_PROFILE_INTERNAL)
    return;
  /* Translators: a table's title: the staff list, which only the internal pack has */
  t = _bp_pack_table_new (s, "Plan_staff", _("Staff and volunteers (internal pack only)"), 5);
  _bp_pack_column (t, 0, _("Name or post"), BP_PACK_FORMAT_TEXT, 24);
  _bp_pack_column (t, 1, _("Role"), BP_PACK_FORMAT_TEXT, 24);
  _bp_pack_column (t, 2, _("Contract"), BP_PACK_FORMAT_TEXT, 14);
  _bp_pack_column (t, 3, _("WTE"), BP_PACK_FORMAT_DEC2, 8);
  _bp_pack_column (t, 4, _("Agency"), BP_PACK_FORMAT_TEXT, 14);
  for (guint i = 0; i < st->members->len; i++)
    {
      const BpStaffMember *m = g_ptr_array_index (st->members, i);

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], m->name_or_post);
      _bp_pack_set_text (&row[1], m->role);
      _bp_pack_set_text (&row[2], _(bp_contract_name (m->contract)));
      _bp_pack_set_number (&row[3], m->wte);
      set_text_or_none (&row[4], m->agency);
    }
}

static const char *
attended_text (gint8 cell)
{
  switch (cell)
    {
    case BP_ATTENDED_YES:
      /* Translators: in the board's attendance register: the partner attended */
      return _("Attended");
    case BP_ATTENDED_DEPUTY:
      /* Translators: in the board's attendance register: a deputy came */
      return _("Deputy");
    case BP_ATTENDED_NO:
      /* Translators: in the board's attendance register: nobody came */
      return _("Absent");
    default:
      return NULL;
    }
}

static void
board_table (BpPackBuilder *b,
             BpPackSheet   *s,
             const BpPlan  *plan)
{
  const BpBoardRegister *reg = &plan->board;
  guint n = reg->meetings->len;
  BpPackTable *t;

  if (n == 0)
    {
      /* Translators: on the Plan sheet */
      _bp_pack_sheet_line (s, "%s", _("No board meeting of the 12 months is in the register."));
      return;
    }
  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Plan_board_attendance",
                          _("Board attendance by partner, meetings of the 12 months"), 1 + n);
  _bp_pack_column (t, 0, _("Partner"), BP_PACK_FORMAT_TEXT, 22);
  for (guint m = 0; m < n; m++)
    {
      g_autofree char *day = bp_day_format_long (g_array_index (reg->meetings, BpDay, m));

      _bp_pack_column (t, 1 + m, day, BP_PACK_FORMAT_TEXT, 13);
    }
  for (int p = 0; p < BP_N_PARTNERS; p++)
    {
      BpPackCell *row;

      if (!reg->partners[p])
        continue;
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], _(bp_partner_name (p)));
      for (guint m = 0; m < n; m++)
        {
          const char *text = attended_text (reg->cells[p * n + m]);

          if (text)
            _bp_pack_set_text (&row[1 + m], text);
          else
            _bp_pack_set_symbol (&row[1 + m], BP_SYMBOL_NOT_AVAILABLE);
        }
    }
}

static void
actions_table (BpPackBuilder *b,
               BpPackSheet   *s,
               const BpPlan  *plan)
{
  const BpActions *a = &plan->actions;
  BpPackTable *t;

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Plan_actions", _("The improvement plan, overdue actions first"), 7);
  _bp_pack_column (t, 0, _("Ref"), BP_PACK_FORMAT_TEXT, 6);
  _bp_pack_column (t, 1, _("Priority"), BP_PACK_FORMAT_WRAP, 22);
  _bp_pack_column (t, 2, _("Action"), BP_PACK_FORMAT_WRAP, 30);
  _bp_pack_column (t, 3, _("Lead"), BP_PACK_FORMAT_WRAP, 18);
  _bp_pack_column (t, 4, _("Due"), BP_PACK_FORMAT_DATE, 12);
  _bp_pack_column (t, 5, _("Status"), BP_PACK_FORMAT_WRAP, 12);
  _bp_pack_column (t, 6, _("Progress"), BP_PACK_FORMAT_WRAP, 26);
  for (guint i = 0; i < a->actions->len; i++)
    {
      const BpAction *x = g_ptr_array_index (a->actions, i);
      BpPackCell *row = _bp_pack_add_row (t);
      g_autofree char *status = x->overdue
        /* Translators: an action's status in the improvement plan, when it is overdue, as
         * in "Amber, overdue" */
        ? g_strdup_printf (_("%s, overdue"), _(bp_action_status_name (x->status)))
        : g_strdup (_(bp_action_status_name (x->status)));

      _bp_pack_set_text (&row[0], x->id);
      set_text_or_none (&row[1], x->priority);
      _bp_pack_set_text (&row[2], x->action);
      set_text_or_none (&row[3], x->lead);
      if (x->due != BP_DAY_INVALID)
        _bp_pack_set_date (&row[4], x->due);
      else
        _bp_pack_set_symbol (&row[4], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_text (&row[5], status);
      set_text_or_none (&row[6], x->progress);
    }
}

void
_bp_pack_build_plan (BpPackBuilder *b,
                     gconstpointer  value)
{
  const BpPlan *plan = value;
  g_autofree char *title = NULL;
  BpPackSheet *s;

  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name */
    title = g_strdup_printf (_("The plan's tables, %s: budget, staffing, board attendance and "
                               "the improvement plan"), b->pack->area);
  else
    title = g_strdup (_("The plan's tables, the area: budget, staffing, board attendance and "
                        "the improvement plan"));
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (the plan's tables): at most 31
                           * characters, none of [ ] : * ? / \ and not starting or ending
                           * with an apostrophe */
                          _("Plan"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("The plan's tables: partners' contributions to the budget with "
                            "every total checked, staff and volunteers, board attendance and "
                            "the improvement plan"));
  _bp_pack_sheet_contents_line (s, b->profile == BP_PROFILE_INTERNAL
                                   ? _("This worksheet contains the budget and its check, "
                                       "staffing by contract, sex and ethnic group, the staff "
                                       "list, the board's attendance register and the "
                                       "improvement plan, as imported.")
                                   : _("This worksheet contains the budget and its check, "
                                       "staffing by contract, sex and ethnic group (no staff "
                                       "names: this is a partner pack), the board's "
                                       "attendance register and the improvement plan, as "
                                       "imported."));
  if (plan->have_budget)
    budget_tables (b, s, plan);
  if (plan->have_staffing)
    staffing_tables (b, s, plan);
  if (plan->have_board)
    board_table (b, s, plan);
  if (plan->have_actions)
    actions_table (b, s, plan);
}

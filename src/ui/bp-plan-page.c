/* bp-plan-page.c: the Plan page: the plan's own tables (issue "The plan's own tables")
 *
 * The budget of the period's financial year with its check (a stated total that does
 * not agree with its parts is said above the table, and the table shows it as stated),
 * staffing by contract, sex and ethnic group beside the area's 10-17 population, the
 * board's attendance register as a grid, and the improvement plan, overdue actions
 * first, with RAG chips. An action's status, progress and due date are edited here and
 * saved in the database at once, with an Undo on the toast.
 *
 * The page reads the plan from the database itself (bp_plan_load()), so that an edit
 * shows at once without recomputing the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-plan.h"
#include "bp-plan-page.h"
#include "bp-table.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

typedef struct
{
  char           *id;
  BpActionStatus  status;
  char           *progress;
  BpDay           due;
} ActionState;

struct _BpPlanPage
{
  BpIndicatorPage parent_instance;

  /* template */
  GtkLabel        *check_label;
  GtkLabel        *staffing_title;
  GtkWidget       *staffing_frame;
  GtkColumnView   *staffing_table;
  GtkLabel        *board_title;
  GtkWidget       *board_frame;
  GtkColumnView   *board_table;
  GtkLabel        *actions_title;
  GtkListBox      *actions_list;

  BpPlan          *plan;        /* (nullable) as read for the page's last update */
  BpDay            period_end;
  ActionState      undo;        /* the action as it was before the last edit; id NULL:
                                 * nothing to undo */
};

G_DEFINE_FINAL_TYPE (BpPlanPage, bp_plan_page, BP_TYPE_INDICATOR_PAGE)

#define PAGE(self) BP_INDICATOR_PAGE (self)

static GtkWidget *edit_action (BpPlanPage *self, const BpAction *action);

static char *
money (gint64 pence)
{
  return bp_money_format (pence);
}

static const char *
rag_class (BpActionStatus status)
{
  switch (status)
    {
    case BP_ACTION_RED: return "red";
    case BP_ACTION_AMBER: return "amber";
    case BP_ACTION_GREEN: return "green";
    case BP_ACTION_COMPLETE: return "complete";
    case BP_ACTION_NOT_STARTED:
    case BP_N_ACTION_STATUSES:
    default:
      return "not-started";
    }
}

/* --- the budget ---------------------------------------------------------------------- */

static void
update_budget (BpPlanPage   *self,
               const BpPlan *plan)
{
  const BpBudget *bg = &plan->budget;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *year = NULL;
  g_autofree char *value = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *title = NULL;
  const BpTableColumn columns[] = {
    { _("Agency"), FALSE },
    { _(bp_budget_column_name (BP_BUDGET_STAFFING_COSTS)), TRUE },
    { _(bp_budget_column_name (BP_BUDGET_PAYMENTS_IN_KIND)), TRUE },
    { _(bp_budget_column_name (BP_BUDGET_OTHER_DELEGATED_FUNDS)), TRUE },
    { _("Total as stated"), TRUE },
    { _("Total of the parts"), TRUE },
  };

  if (!plan->have_budget || bg->year == 0)
    {
      g_autofree char *fy = bp_financial_year_label (bp_financial_year_start_year (
        self->period_end));
      g_autofree char *text = plan->have_budget
        /* Translators: the Plan page's headline when the budget file has other years */
        ? g_strdup_printf (_("No budget for %s is imported; the budget file holds other "
                             "years."), fy)
        /* Translators: the Plan page's headline; budget is a kind of file: keep it */
        : g_strdup (_("No budget is imported: import a budget file (Import, Budget)."));

      bp_indicator_page_set_headline (PAGE (self), NULL, text);
      bp_indicator_page_set_change (PAGE (self), NULL);
      bp_indicator_page_set_table (PAGE (self), _("Partners' contributions to the budget"),
                                   columns, G_N_ELEMENTS (columns), rows);
      gtk_widget_set_visible (GTK_WIDGET (self->check_label), FALSE);
      return;
    }

  year = bp_financial_year_label (bg->year);
  value = money (bg->computed[BP_BUDGET_TOTAL]);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the budget's total, e.g.
                                            * "£943,275": the financial year and the
                                            * partners, as in "budget for 2024/25 from 6
                                            * partners" */
                                           "budget for %s from %u partner",
                                           "budget for %s from %u partners", bg->rows->len),
                              year, bg->rows->len);
  bp_indicator_page_set_headline (PAGE (self), value, headline);

  for (guint i = 0; i <= bg->rows->len; i++)
    {
      const BpBudgetRow *r = i < bg->rows->len ? g_ptr_array_index (bg->rows, i) : bg->total_row;

      if (r == NULL)
        break;
      bp_table_add_row_take (rows, g_strdup (r->agency),
                             money (r->pence[BP_BUDGET_STAFFING_COSTS]),
                             money (r->pence[BP_BUDGET_PAYMENTS_IN_KIND]),
                             money (r->pence[BP_BUDGET_OTHER_DELEGATED_FUNDS]),
                             r->have_total ? money (r->pence[BP_BUDGET_TOTAL]) : g_strdup ("–"),
                             money (r == bg->total_row ? bg->computed[BP_BUDGET_TOTAL]
                                                       : r->computed_total),
                             NULL);
    }
  bp_table_add_row_take (rows, g_strdup (_("Columns added up")),
                         money (bg->computed[BP_BUDGET_STAFFING_COSTS]),
                         money (bg->computed[BP_BUDGET_PAYMENTS_IN_KIND]),
                         money (bg->computed[BP_BUDGET_OTHER_DELEGATED_FUNDS]),
                         g_strdup ("–"), money (bg->computed[BP_BUDGET_TOTAL]), NULL);
  /* Translators: a table's title: %s is a financial year, "2024/25" */
  title = g_strdup_printf (_("Partners' contributions to the budget, %s"), year);
  bp_indicator_page_set_table (PAGE (self), title, columns, G_N_ELEMENTS (columns), rows);

  if (bg->discrepancies->len == 0)
    {
      bp_indicator_page_set_change (PAGE (self),
                                    _("Every stated total agrees with its parts."));
      gtk_widget_set_visible (GTK_WIDGET (self->check_label), FALSE);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      bp_indicator_page_set_change (PAGE (self), NULL);
      for (guint i = 0; i < bg->discrepancies->len; i++)
        {
          const BpBudgetDiscrepancy *d = &g_array_index (bg->discrepancies,
                                                         BpBudgetDiscrepancy, i);
          g_autofree char *stated = money (d->stated);
          g_autofree char *computed = money (d->computed);
          g_autofree char *diff = money (d->stated - d->computed);

          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* Translators: above the budget table: a stated total that does not agree with
           * its parts: the row (an agency or Total), the column, the two amounts and their
           * difference, as in "Row Total, column Total: stated as £1,385,461.50, but its
           * parts add up to £1,384,461.50, a difference of £1,000. ..." */
          g_string_append_printf (text, _("Row %s, column %s: stated as %s, but its parts "
                                          "add up to %s, a difference of %s. The table shows "
                                          "it as stated; check it with the partnership."),
                                  d->row, _(bp_budget_column_name (d->column)), stated,
                                  computed, diff);
        }
      gtk_label_set_text (self->check_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (self->check_label), TRUE);
    }
}

/* --- staffing ------------------------------------------------------------------------ */

static void
update_staffing (BpPlanPage     *self,
                 const BpPlan   *plan,
                 const BpReport *report)
{
  const BpStaffing *s = &plan->staffing;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 known = s->people - s->by_group[BP_ETHNIC_UNKNOWN];
  g_autofree char *wte = bp_ui_format_value (s->wte, 1);
  g_autofree char *people = bp_ui_format_count (s->people);
  g_autofree char *title = NULL;
  const BpTableColumn columns[] = {
    { _("Breakdown"), FALSE },
    { _("Group"), FALSE },
    { _("People"), TRUE },
    /* Translators: a column heading: whole-time equivalent (never FTE, which means first
     * time entrants here) */
    { _("WTE"), TRUE },
    { _("Share of staff"), TRUE },
    { _("Share of 10-17 population"), TRUE },
  };

  gtk_widget_set_visible (GTK_WIDGET (self->staffing_title), plan->have_staffing);
  gtk_widget_set_visible (self->staffing_frame, plan->have_staffing);
  if (!plan->have_staffing)
    return;
  /* Translators: a heading: people and whole-time equivalent, as in "Staff and volunteers:
   * 31 people, 21.5 WTE" */
  title = g_strdup_printf (_("Staff and volunteers: %s people, %s WTE"), people, wte);
  gtk_label_set_text (self->staffing_title, title);
  bp_table_set_columns (self->staffing_table, columns, G_N_ELEMENTS (columns));
  for (int c = 0; c < BP_N_CONTRACTS; c++)
    bp_table_add_row_take (rows, g_strdup (_("Contract")), g_strdup (_(bp_contract_name (c))),
                           bp_ui_format_count (s->by_contract[c]),
                           bp_ui_format_value (s->wte_by_contract[c], 1),
                           bp_ui_format_percent (s->people > 0 ? (double) s->by_contract[c] /
                                                 (double) s->people * 100.0 : NAN, 1),
                           g_strdup ("–"), NULL);
  for (int x = 0; x < BP_N_SEXES; x++)
    bp_table_add_row_take (rows, g_strdup (_("Sex")), g_strdup (_(bp_sex_name (x))),
                           bp_ui_format_count (s->by_sex[x]), g_strdup ("–"),
                           bp_ui_format_percent (s->people > 0 ? (double) s->by_sex[x] /
                                                 (double) s->people * 100.0 : NAN, 1),
                           g_strdup ("–"), NULL);
  for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
    {
      gboolean unknown = g == BP_ETHNIC_UNKNOWN;
      double population = unknown ? NAN : report->disparity.rows[g].population_share;

      bp_table_add_row_take (rows, g_strdup (_("Ethnic group")),
                             g_strdup (_(bp_ethnic_group_name (g))),
                             bp_ui_format_count (s->by_group[g]), g_strdup ("–"),
                             unknown || known == 0 ? g_strdup ("–")
                             : bp_ui_format_percent ((double) s->by_group[g] / (double) known *
                                                     100.0, 1),
                             unknown ? g_strdup ("–") : bp_ui_format_percent (population, 1),
                             NULL);
    }
  bp_table_set_rows (self->staffing_table, rows);
}

/* --- the board's register ------------------------------------------------------------ */

static void
update_board (BpPlanPage   *self,
              const BpPlan *plan)
{
  const BpBoardRegister *reg = &plan->board;
  guint n = reg->meetings->len;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree BpTableColumn *columns = g_new0 (BpTableColumn, n + 1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_set_visible (GTK_WIDGET (self->board_title), plan->have_board);
  gtk_widget_set_visible (self->board_frame, plan->have_board && n > 0);
  if (!plan->have_board)
    return;
  gtk_label_set_text (self->board_title, n > 0
                      /* Translators: a heading on the Plan page */
                      ? _("Board attendance, meetings of the 12 months")
                      /* Translators: a heading on the Plan page */
                      : _("Board attendance: no meeting of the 12 months is in the register"));
  if (n == 0)
    return;
  columns[0] = (BpTableColumn) { _("Partner"), FALSE };
  for (guint m = 0; m < n; m++)
    {
      char *day = bp_ui_format_date (g_array_index (reg->meetings, BpDay, m));

      g_ptr_array_add (names, day);
      columns[1 + m] = (BpTableColumn) { day, FALSE };
    }
  bp_table_set_columns (self->board_table, columns, n + 1);
  for (int p = 0; p < BP_N_PARTNERS; p++)
    {
      GPtrArray *cells;

      if (!reg->partners[p])
        continue;
      cells = g_ptr_array_new ();
      g_ptr_array_add (cells, g_strdup (_(bp_partner_name (p))));
      for (guint m = 0; m < n; m++)
        {
          gint8 c = reg->cells[p * n + m];

          g_ptr_array_add (cells, g_strdup (c == BP_ATTENDED_YES ? _("Attended")
                                            : c == BP_ATTENDED_DEPUTY ? _("Deputy")
                                            : c == BP_ATTENDED_NO ? _("Absent") : "–"));
        }
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, bp_table_row_new_take ((GStrv) g_ptr_array_free (cells, FALSE)));
    }
  bp_table_set_rows (self->board_table, rows);
}

/* --- the improvement plan ------------------------------------------------------------ */

static void
on_edit_clicked_cb (GtkButton  *button,
                    BpPlanPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "action-id");

  for (guint i = 0; self->plan && i < self->plan->actions.actions->len; i++)
    {
      const BpAction *a = g_ptr_array_index (self->plan->actions.actions, i);

      if (g_strcmp0 (a->id, id) == 0)
        {
          edit_action (self, a);
          return;
        }
    }
}

static GtkWidget *
action_row (BpPlanPage     *self,
            const BpAction *a)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *chip = gtk_label_new (_(bp_action_status_name (a->status)));
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf ("%s  %s", a->id, a->action);
  g_autofree char *edit_name = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (a->priority[0])
    g_string_append (subtitle, a->priority);
  if (a->lead[0])
    /* Translators: in an action's description: its lead, as in "Lead: Head of Inclusion" */
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", a->lead);
  if (a->due != BP_DAY_INVALID)
    {
      g_autofree char *due = bp_ui_format_date (a->due);

      g_string_append_printf (subtitle, "%s", subtitle->len ? " · " : "");
      g_string_append_printf (subtitle, a->overdue
                              /* Translators: an action's due date when it has passed */
                              ? _("overdue: due %s")
                              /* Translators: an action's due date */
                              : _("due %s"), due);
    }
  if (a->progress[0])
    g_string_append_printf (subtitle, "\n%s", a->progress);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  gtk_widget_add_css_class (chip, "rag-chip");
  gtk_widget_add_css_class (chip, rag_class (a->status));
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  if (a->overdue)
    {
      GtkWidget *overdue = gtk_label_new (_("Overdue"));

      gtk_widget_add_css_class (overdue, "overdue");
      gtk_widget_set_valign (overdue, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), overdue);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chip);

  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  /* Translators: the tooltip and accessible name of an action's edit button: %s is the
   * action's reference */
  edit_name = g_strdup_printf (_("Edit action %s"), a->id);
  gtk_widget_set_tooltip_text (edit, edit_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name,
                                  -1);
  g_object_set_data_full (G_OBJECT (edit), "action-id", g_strdup (a->id), g_free);
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
  return row;
}

static void
update_actions (BpPlanPage   *self,
                const BpPlan *plan)
{
  const BpActions *acts = &plan->actions;
  GtkWidget *child;
  g_autofree char *title = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list))) != NULL)
    gtk_list_box_remove (self->actions_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_title), plan->have_actions);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_list), plan->have_actions);
  if (!plan->have_actions)
    return;
  /* Translators: a heading on the Plan page: the actions and how many are overdue, as in
   * "The improvement plan: 8 actions, 3 overdue" */
  title = g_strdup_printf (_("The improvement plan: %u actions, %lld overdue"),
                           acts->actions->len, (long long) acts->overdue);
  gtk_label_set_text (self->actions_title, title);
  for (guint i = 0; i < acts->actions->len; i++)
    gtk_list_box_append (self->actions_list,
                         action_row (self, g_ptr_array_index (acts->actions, i)));
}

/* --- the page ------------------------------------------------------------------------ */

static void
reload (BpPlanPage     *self,
        const BpReport *report)
{
  BpSession *session = bp_indicator_page_get_session (PAGE (self));
  BpStore *store = session ? bp_session_get_store (session) : NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->plan, bp_plan_free);
  if (store != NULL)
    self->plan = bp_plan_load (store, self->period_end, bp_plan_today (), &error);
  if (self->plan == NULL)
    {
      bp_indicator_page_set_headline (PAGE (self), NULL,
                                      error ? error->message
                                            : bp_report_indicator_note (report,
                                                                        &bp_plan_indicator));
      return;
    }
  update_budget (self, self->plan);
  update_staffing (self, self->plan, report);
  update_board (self, self->plan);
  update_actions (self, self->plan);
}

static void
bp_plan_page_update (BpIndicatorPage *page,
                     const BpReport  *report)
{
  BpPlanPage *self = BP_PLAN_PAGE (page);

  bp_indicator_page_set_title (page, _(bp_plan_indicator.title));
  bp_indicator_page_set_description (page, _("The tables of the youth justice plan, as "
                                             "imported: partners' contributions to the "
                                             "budget with every total checked, staff and "
                                             "volunteers, the board's attendance and the "
                                             "improvement plan, which you can update here."));
  bp_indicator_page_hide_chart (page);
  bp_indicator_page_set_notes (page, _("Money is shown to the penny as imported. A stated "
                                       "total more than a penny from its parts is reported, "
                                       "not corrected. WTE is whole-time equivalent."));
  self->period_end = report->period.end;
  reload (self, report);
}

/* Saves an edit and remembers the action as it was, for Undo. */
gboolean
bp_plan_page_save_action (BpPlanPage     *self,
                          const char     *action_id,
                          BpActionStatus  status,
                          const char     *progress,
                          BpDay           due,
                          GError        **error)
{
  BpSession *session = bp_indicator_page_get_session (PAGE (self));
  const BpReport *report = session ? bp_session_get_report (session) : NULL;
  ActionState before = { NULL };

  g_return_val_if_fail (BP_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (session != NULL && report != NULL, FALSE);

  for (guint i = 0; self->plan && i < self->plan->actions.actions->len; i++)
    {
      const BpAction *a = g_ptr_array_index (self->plan->actions.actions, i);

      if (g_strcmp0 (a->id, action_id) == 0)
        before = (ActionState) { g_strdup (a->id), a->status, g_strdup (a->progress), a->due };
    }
  if (!bp_plan_update_action (bp_session_get_store (session), action_id, status, progress, due,
                              error))
    {
      g_free (before.id);
      g_free (before.progress);
      return FALSE;
    }
  g_free (self->undo.id);
  g_free (self->undo.progress);
  self->undo = before;
  reload (self, report);
  return TRUE;
}

/* Puts back the action as it was before the last edit. */
void
bp_plan_page_undo (BpPlanPage *self)
{
  BpSession *session = bp_indicator_page_get_session (PAGE (self));
  g_autoptr(GError) error = NULL;
  ActionState undo = self->undo;

  g_return_if_fail (BP_IS_PLAN_PAGE (self));
  if (undo.id == NULL || session == NULL || bp_session_get_report (session) == NULL)
    return;
  self->undo = (ActionState) { NULL };
  if (!bp_plan_update_action (bp_session_get_store (session), undo.id, undo.status,
                              undo.progress, undo.due, &error))
    g_warning ("%s", error->message);
  g_free (undo.id);
  g_free (undo.progress);
  reload (self, bp_session_get_report (session));
}

guint
bp_plan_page_get_n_actions (BpPlanPage *self)
{
  g_return_val_if_fail (BP_IS_PLAN_PAGE (self), 0);
  return self->plan && self->plan->have_actions ? self->plan->actions.actions->len : 0;
}

/* --- the edit dialog ----------------------------------------------------------------- */

typedef struct
{
  BpPlanPage  *page;
  char        *id;
  GtkDropDown *status;
  GtkEntry    *progress;
  GtkEntry    *due;
  GtkLabel    *problem;
  AdwMessageDialog *dialog;
} EditDialog;

static void
edit_dialog_free (gpointer data)
{
  EditDialog *e = data;

  g_object_unref (e->page);
  g_free (e->id);
  g_free (e);
}

static void
on_undo_cb (AdwToast   *toast,
            BpPlanPage *self)
{
  bp_plan_page_undo (self);
}

/* A toast on the window of @page; with an Undo button when @undo. */
static void
add_toast (BpPlanPage *page,
           const char *text,
           gboolean    undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (text);
  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_cb), page, 0);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The due date is checked as it is typed: Save waits for a date or a blank. */
static void
on_due_changed_cb (GtkEditable *editable,
                   EditDialog  *e)
{
  const char *text = gtk_editable_get_text (editable);
  BpDay day;
  gboolean ok = text[0] == '\0' || bp_day_parse (text, &day);

  gtk_label_set_text (e->problem, ok ? "" : _("The due date must be a date such as "
                                              "31/03/2025, or blank."));
  gtk_widget_set_visible (GTK_WIDGET (e->problem), !ok);
  adw_message_dialog_set_response_enabled (e->dialog, "save", ok);
}

static void
on_edit_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     EditDialog       *e)
{
  g_autoptr(GError) error = NULL;
  const char *due_text = gtk_editable_get_text (GTK_EDITABLE (e->due));
  BpDay due = BP_DAY_INVALID;

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (due_text[0] != '\0' && !bp_day_parse (due_text, &due))
    return; /* Save is not enabled then */
  if (!bp_plan_page_save_action (e->page, e->id,
                                 (BpActionStatus) gtk_drop_down_get_selected (e->status),
                                 gtk_editable_get_text (GTK_EDITABLE (e->progress)), due,
                                 &error))
    {
      /* Translators: a toast when an action could not be saved; %s says why */
      g_autofree char *text = g_strdup_printf (_("The action was not saved: %s"),
                                               error->message);

      add_toast (e->page, text, FALSE);
      return;
    }
  {
    /* Translators: a toast after an action of the improvement plan is saved: %s is its
     * reference */
    g_autofree char *text = g_strdup_printf (_("Action %s saved"), e->id);

    add_toast (e->page, text, TRUE);
  }
}

static GtkWidget *
edit_action (BpPlanPage     *self,
             const BpAction *a)
{
  GtkWidget *dialog;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *status_label = gtk_label_new_with_mnemonic (_("_Status"));
  GtkWidget *progress_label = gtk_label_new_with_mnemonic (_("_Progress"));
  GtkWidget *due_label = gtk_label_new_with_mnemonic (_("_Due date"));
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  EditDialog *e = g_new0 (EditDialog, 1);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  for (int s = 0; s < BP_N_ACTION_STATUSES; s++)
    gtk_string_list_append (statuses, _(bp_action_status_name (s)));
  e->page = g_object_ref (self);
  e->id = g_strdup (a->id);
  e->status = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL));
  gtk_drop_down_set_selected (e->status, a->status);
  e->progress = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (e->progress), a->progress);
  gtk_widget_set_hexpand (GTK_WIDGET (e->progress), TRUE);
  e->due = GTK_ENTRY (gtk_entry_new ());
  if (a->due != BP_DAY_INVALID)
    {
      int y, m, d;
      g_autofree char *text = NULL;

      bp_day_to_ymd (a->due, &y, &m, &d);
      text = g_strdup_printf ("%02d/%02d/%04d", d, m, y);
      gtk_editable_set_text (GTK_EDITABLE (e->due), text);
    }
  gtk_entry_set_placeholder_text (e->due, _("DD/MM/YYYY"));
  e->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (e->problem, TRUE);
  gtk_label_set_xalign (e->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (e->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (e->problem), FALSE);

  gtk_label_set_mnemonic_widget (GTK_LABEL (status_label), GTK_WIDGET (e->status));
  gtk_label_set_mnemonic_widget (GTK_LABEL (progress_label), GTK_WIDGET (e->progress));
  gtk_label_set_mnemonic_widget (GTK_LABEL (due_label), GTK_WIDGET (e->due));
  gtk_label_set_xalign (GTK_LABEL (status_label), 0);
  gtk_label_set_xalign (GTK_LABEL (progress_label), 0);
  gtk_label_set_xalign (GTK_LABEL (due_label), 0);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_attach (GTK_GRID (grid), status_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (e->status), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), progress_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (e->progress), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), due_label, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (e->due), 1, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (e->problem), 0, 3, 2, 1);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                                   a->action);
  {
    /* Translators: the heading of the dialog editing an action, as in "Update action A02" */
    g_autofree char *heading = g_strdup_printf (_("Update action %s"), a->id);

    adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), heading);
  }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  e->dialog = ADW_MESSAGE_DIALOG (dialog);
  g_signal_connect (e->due, "changed", G_CALLBACK (on_due_changed_cb), e);
  g_object_set_data (G_OBJECT (dialog), "status", e->status);
  g_object_set_data (G_OBJECT (dialog), "progress", e->progress);
  g_object_set_data (G_OBJECT (dialog), "due", e->due);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_edit_response_cb), e,
                         (GClosureNotify) (void (*) (void)) edit_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * bp_plan_page_edit_action:
 * Opens the dialog that edits the action @action_id, as its edit button does.
 * Returns: (transfer none) (nullable): the dialog (an AdwMessageDialog whose "status",
 *   "progress" and "due" data are its fields), or %NULL when no such action is shown
 */
GtkWidget *
bp_plan_page_edit_action (BpPlanPage *self,
                          const char *action_id)
{
  g_return_val_if_fail (BP_IS_PLAN_PAGE (self), NULL);

  for (guint i = 0; self->plan && i < self->plan->actions.actions->len; i++)
    {
      const BpAction *a = g_ptr_array_index (self->plan->actions.actions, i);

      if (g_strcmp0 (a->id, action_id) == 0)
        return edit_action (self, a);
    }
  return NULL;
}

/* --- GObject ------------------------------------------------------------------------- */

static void
bp_plan_page_dispose (GObject *object)
{
  BpPlanPage *self = BP_PLAN_PAGE (object);

  g_clear_pointer (&self->plan, bp_plan_free);
  g_clear_pointer (&self->undo.id, g_free);
  g_clear_pointer (&self->undo.progress, g_free);
  G_OBJECT_CLASS (bp_plan_page_parent_class)->dispose (object);
}

static void
bp_plan_page_class_init (BpPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_plan_page_dispose;
  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_plan_page_update;
  gtk_widget_class_set_template_from_resource (widget_class, BP_RESOURCE_PATH "/bp-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, check_label);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, staffing_title);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, staffing_frame);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, staffing_table);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, board_title);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, board_frame);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, board_table);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, actions_title);
  gtk_widget_class_bind_template_child (widget_class, BpPlanPage, actions_list);
}

static void
bp_plan_page_init (BpPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

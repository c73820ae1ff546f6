/* bp-plan.h: the plan's own tables (data-formats.md, "Plan tables"; cli.md's `plan`):
 * the budget with every total checked, staffing, the improvement plan and the board's
 * attendance register
 */
#pragma once

#include "bp-codes.h"
#include "bp-date.h"
#include "bp-indicator.h"
#include "bp-kpi-codes.h"
#include "bp-plan-codes.h"
#include "bp-store.h"

G_BEGIN_DECLS

/* The budget's money columns, in the file's order; the last is the row's total. */
typedef enum
{
  BP_BUDGET_STAFFING_COSTS,
  BP_BUDGET_PAYMENTS_IN_KIND,
  BP_BUDGET_OTHER_DELEGATED_FUNDS,
  BP_BUDGET_TOTAL,
  BP_N_BUDGET_COLUMNS
} BpBudgetColumn;

typedef struct
{
  char    *agency;
  gint64   pence[BP_N_BUDGET_COLUMNS];   /* as stated; the total only if have_total */
  gboolean have_total;
  gint64   computed_total;               /* the sum of the three parts */
} BpBudgetRow;

typedef struct
{
  char          *row;      /* an agency, or "Total" */
  BpBudgetColumn column;
  gint64         stated;
  gint64         computed;
} BpBudgetDiscrepancy;

typedef struct
{
  int         year;          /* its start year: 2024 for 2024/25; 0: no budget held */
  GPtrArray  *rows;          /* BpBudgetRow, the agencies, in the file's order of import */
  BpBudgetRow *total_row;    /* (nullable): the row "Total" as the file states it */
  gint64      computed[BP_N_BUDGET_COLUMNS]; /* each column summed over the agencies, and
                                              * the sum of their parts */
  GArray     *discrepancies; /* BpBudgetDiscrepancy: totals more than a penny out */
  int        *other_years;   /* (nullable) 0-terminated: the years held besides @year */
} BpBudget;

typedef struct
{
  char          *name_or_post;
  char          *role;
  char          *agency;
  BpContract     contract;
  double         wte;
  BpSex          sex;
  BpEthnicGroup  group;
} BpStaffMember;

typedef struct
{
  GPtrArray *members;                          /* BpStaffMember, by role then name */
  gint64     people;
  double     wte;
  gint64     by_contract[BP_N_CONTRACTS];
  double     wte_by_contract[BP_N_CONTRACTS];
  gint64     by_sex[BP_N_SEXES];
  gint64     by_group[BP_N_ETHNIC_GROUPS];
} BpStaffing;

typedef struct
{
  char           *id;
  char           *priority;
  char           *action;
  char           *lead;
  char           *progress;
  BpDay           due;        /* BP_DAY_INVALID: none */
  BpDay           updated;    /* BP_DAY_INVALID: never */
  BpActionStatus  status;
  gboolean        overdue;    /* due before today and not complete */
  gboolean        edited;     /* changed in the window since its import */
} BpAction;

typedef struct
{
  GPtrArray *actions;                          /* BpAction: overdue first, then by due date */
  gint64     by_status[BP_N_ACTION_STATUSES];
  gint64     overdue;
} BpActions;

/* The attendance register: a row per partner, a column per meeting. */
typedef struct
{
  GArray     *meetings;                        /* BpDay, oldest first */
  gboolean    partners[BP_N_PARTNERS];         /* which partners have a row */
  gint8      *cells;                           /* [partner * meetings->len + meeting]: a
                                                * BpAttended, or -1 for no entry */
} BpBoardRegister;

typedef struct
{
  BpDay           today;
  gboolean        have_budget, have_staffing, have_actions, have_board;
  BpBudget        budget;
  BpStaffing      staffing;
  BpActions       actions;
  BpBoardRegister board;
} BpPlan;

BpPlan     *bp_plan_load                 (BpStore        *store,
                                          BpDay           period_end,
                                          BpDay           today,
                                          GError        **error);
void        bp_plan_free                 (BpPlan         *plan);
const char *bp_budget_column_key         (BpBudgetColumn  column);
const char *bp_budget_column_name        (BpBudgetColumn  column);
gboolean    bp_plan_is_total_row         (const char     *agency);
BpDay       bp_plan_today                (void);
gboolean    bp_plan_update_action        (BpStore        *store,
                                          const char     *action_id,
                                          BpActionStatus  status,
                                          const char     *progress,
                                          BpDay           due,
                                          GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpPlan, bp_plan_free)

extern const BpIndicator bp_plan_indicator;

G_END_DECLS

/* bp-plan-codes.h: the codes and values of the plan's tables (data-formats.md, "Plan
 * tables"): contracts, action statuses, money in pence, financial years
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BP_CONTRACT_PERMANENT,
  BP_CONTRACT_FIXED_TERM,
  BP_CONTRACT_SECONDED,
  BP_CONTRACT_AGENCY,
  BP_CONTRACT_VOLUNTEER,
  BP_CONTRACT_STUDENT,
  BP_N_CONTRACTS
} BpContract;

typedef enum
{
  BP_ACTION_RED,
  BP_ACTION_AMBER,
  BP_ACTION_GREEN,
  BP_ACTION_COMPLETE,
  BP_ACTION_NOT_STARTED,
  BP_N_ACTION_STATUSES
} BpActionStatus;

gboolean    bp_contract_parse          (const char     *text,
                                        BpContract     *out_contract);
const char *bp_contract_code           (BpContract      contract);
const char *bp_contract_name           (BpContract      contract);

gboolean    bp_action_status_parse     (const char     *text,
                                        BpActionStatus *out_status);
const char *bp_action_status_code      (BpActionStatus  status);
const char *bp_action_status_name      (BpActionStatus  status);

gboolean    bp_money_parse             (const char     *text,
                                        gint64         *out_pence);
char       *bp_money_format            (gint64          pence);
double      bp_money_pounds            (gint64          pence);

gboolean    bp_financial_year_parse    (const char     *text,
                                        int            *out_start_year);

G_END_DECLS

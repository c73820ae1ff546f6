/* bp-kpi-codes.h: the code lists of the KPI inputs (kpis.md section 1): intervention
 * types and end reasons, yes/no statuses, the wider services, board partners and
 * attendance
 */
#pragma once

#include "bp-codes.h"

G_BEGIN_DECLS

/* In the order of intensity of kpis.md section 2: a later type wins a tie. */
typedef enum
{
  BP_INTERVENTION_PREVENTION,
  BP_INTERVENTION_DIVERSION,
  BP_INTERVENTION_YC,
  BP_INTERVENTION_YCC,
  BP_INTERVENTION_OTHER_COURT,
  BP_INTERVENTION_RO,
  BP_INTERVENTION_YRO,
  BP_INTERVENTION_CUSTODY,
  BP_N_INTERVENTION_TYPES
} BpInterventionType;

typedef enum
{
  BP_END_NOT_RECORDED,
  BP_END_COMPLETED,
  BP_END_NOT_COMPLETED,
  BP_END_TRANSFERRED,
  BP_END_OTHER,
  BP_N_END_REASONS
} BpEndReason;

/* A status recorded or not: not recorded is never counted as the worse answer. */
typedef enum
{
  BP_ANSWER_NOT_RECORDED = -1,
  BP_ANSWER_NO = 0,
  BP_ANSWER_YES = 1,
} BpAnswer;

typedef enum
{
  BP_WIDER_LAC        = 1 << 0,
  BP_WIDER_CIN        = 1 << 1,
  BP_WIDER_CPP        = 1 << 2,
  BP_WIDER_EARLY_HELP = 1 << 3,
  BP_WIDER_RECORDED   = 1 << 7, /* something was recorded (NONE included) */
} BpWiderServices;

#define BP_N_WIDER_SERVICES 4

typedef enum
{
  BP_PARTNER_POLICE,
  BP_PARTNER_PROBATION,
  BP_PARTNER_HEALTH,
  BP_PARTNER_EDUCATION,
  BP_PARTNER_SOCIAL_CARE,
  BP_PARTNER_LOCAL_AUTHORITY,
  BP_PARTNER_COURTS,
  BP_PARTNER_OTHER,
  BP_N_PARTNERS
} BpPartner;

typedef enum
{
  BP_ATTENDED_NO,
  BP_ATTENDED_YES,
  BP_ATTENDED_DEPUTY,
} BpAttended;

gboolean    bp_intervention_type_parse (const char          *text,
                                        BpInterventionType  *out_type);
const char *bp_intervention_type_code  (BpInterventionType   type);
const char *bp_intervention_type_name  (BpInterventionType   type); /* N_() */
gboolean    bp_intervention_is_oocd    (BpInterventionType   type);
gboolean    bp_end_reason_parse        (const char          *text,
                                        BpEndReason         *out_reason);
const char *bp_end_reason_code         (BpEndReason          reason);
gboolean    bp_answer_parse            (const char          *text,
                                        BpAnswer            *out_answer);
gboolean    bp_suitability_parse       (const char          *text,
                                        BpAnswer            *out_answer);
gboolean    bp_wider_services_parse    (const char          *text,
                                        guint8              *out_bits);
char       *bp_wider_services_code     (guint8               bits);
const char *bp_wider_service_code      (guint                i);
gboolean    bp_partner_parse           (const char          *text,
                                        BpPartner           *out_partner);
const char *bp_partner_code            (BpPartner            partner);
const char *bp_partner_name            (BpPartner            partner); /* N_() */
gboolean    bp_attended_parse          (const char          *text,
                                        BpAttended          *out_attended);
const char *bp_attended_code           (BpAttended           attended);

G_END_DECLS

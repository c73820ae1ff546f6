/* bp-kpi-data.h: the KPIs' inputs as the KPIs read them (kpis.md section 1): the
 * interventions of Local children aged 10-17 at their start, the victims and the board's
 * attendance register, each read once from the store
 */
#pragma once

#include "bp-date.h"
#include "bp-kpi-codes.h"
#include "bp-store.h"

G_BEGIN_DECLS

/* The statuses of an intervention, in the order of Row.answers of the import. */
typedef enum
{
  BP_STATUS_ACCOMMODATION_START,
  BP_STATUS_ACCOMMODATION_END,
  BP_STATUS_ETE_START,
  BP_STATUS_ETE_END,
  BP_STATUS_SEND,
  BP_STATUS_SEND_PLAN,
  BP_STATUS_MH_NEED,
  BP_STATUS_MH_OFFERED,
  BP_STATUS_MH_ATTENDING,
  BP_STATUS_SM_NEED,
  BP_STATUS_SM_OFFERED,
  BP_STATUS_SM_ATTENDING,
  BP_STATUS_N_STATUSES
} BpKpiStatus;

typedef struct
{
  gint32 child;          /* dense; the interventions of a child are together */
  BpDay  date_of_birth;
  BpDay  start_date;
  BpDay  end_date;       /* BP_DAY_INVALID: still open */
  float  hours_offered;  /* NAN: not recorded */
  float  hours_attended;
  guint8 type;           /* BpInterventionType */
  guint8 end_reason;     /* BpEndReason */
  guint8 wider;          /* BpWiderServices */
  gint8  status[BP_STATUS_N_STATUSES]; /* BpAnswer */
} BpIntervention;

typedef enum
{
  BP_VICTIM_CONTACTED,
  BP_VICTIM_CONSENTED,
  BP_VICTIM_RJ_ENGAGED,
  BP_VICTIM_SUPPORT_REQUESTED,
  BP_VICTIM_SUPPORT_GIVEN,
  BP_VICTIM_N_ANSWERS
} BpVictimAnswer;

typedef struct
{
  BpDay recorded_date;
  gint8 answer[BP_VICTIM_N_ANSWERS]; /* BpAnswer */
} BpVictim;

typedef struct
{
  BpDay    meeting_date;
  guint8   partner;        /* BpPartner */
  guint8   attended;       /* BpAttended */
  gboolean senior;
  gint8    presented;      /* BpAnswer: presented disproportionality data */
} BpBoardAttendance;

typedef struct
{
  gboolean           have_interventions; /* each: the file was imported at least once */
  gboolean           have_victims;
  gboolean           have_board;
  BpIntervention    *interventions;
  gsize              n_interventions;
  BpVictim          *victims;
  gsize              n_victims;
  BpBoardAttendance *board;
  gsize              n_board;
} BpKpiData;

void       bp_kpi_data_prime (BpStore    *store);
BpKpiData *bp_kpi_data_load (BpStore    *store,
                             GError    **error);
void       bp_kpi_data_free (BpKpiData  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpKpiData, bp_kpi_data_free)

G_END_DECLS

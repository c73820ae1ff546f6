/* bp-diversion.h: diversion and out-of-court outcomes (domain.md section 11) */
#pragma once

#include "bp-indicator.h"

G_BEGIN_DECLS

/* CR, TRIAGE, O22, TURNAROUND, YC, YCC */
#define BP_DIVERSION_N_TYPES 6

typedef struct
{
  gint64 outcomes;
  gint64 children;  /* distinct */
} BpDiversionCount;

typedef struct
{
  BpPeriod         period;
  BpDiversionCount all;
  BpDiversionCount by_type[BP_DIVERSION_N_TYPES];
  BpDiversionCount by_sex[BP_N_SEXES];               /* children by sex */
  BpDiversionCount by_group[BP_N_ETHNIC_GROUPS];     /* children by ethnic group */
  gint64           first_outcomes;      /* children whose first outcome held is in the
                                         * period (remands aside) */
  gint64           first_diversionary;  /* ... and was one of the six types */
  double           first_share_pct;     /* NAN: no first outcomes */
} BpDiversionYear;

typedef struct
{
  BpDiversionYear current;
  BpDiversionYear previous;  /* the 12 months before */
  double          change_pct; /* of outcomes; NAN: n/a (bp_change_too_small()) */
} BpDiversion;

extern const BpIndicator bp_diversion_indicator;

BpOutcomeType      bp_diversion_type   (guint           i);
const BpDiversion *bp_report_diversion (const BpReport *report);

G_END_DECLS

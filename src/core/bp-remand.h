/* bp-remand.h: remands (domain.md section 11) */
#pragma once

#include "bp-indicator.h"

G_BEGIN_DECLS

/* REMAND_YDA, REMAND_LA, BAIL_ISS */
#define BP_REMAND_N_TYPES 3

typedef enum
{
  BP_REMAND_THEN_CUSTODY,    /* a custodial sentence within 12 months */
  BP_REMAND_THEN_COMMUNITY,  /* else a non-custodial court sentence within 12 months */
  BP_REMAND_THEN_NEITHER,    /* neither (acquitted, out of court, not yet sentenced) */
  BP_REMAND_N_FOLLOWED
} BpRemandFollowed;

typedef struct
{
  gint64 occasions;  /* distinct (child, date) */
  gint64 children;   /* distinct */
} BpRemandCount;

typedef struct
{
  BpPeriod      period;
  BpRemandCount all;
  BpRemandCount by_type[BP_REMAND_N_TYPES];
  gint64        followed_by[BP_REMAND_N_FOLLOWED]; /* children, by what followed their
                                                    * first remand of the period */
  gint64        follow_up_incomplete;              /* of them: 12 months not yet held */
} BpRemandYear;

typedef struct
{
  BpRemandYear current;
  BpRemandYear previous;
} BpRemand;

extern const BpIndicator bp_remand_indicator;

BpOutcomeType   bp_remand_type          (guint             i);
const char     *bp_remand_followed_key  (BpRemandFollowed  followed);
const char     *bp_remand_followed_name (BpRemandFollowed  followed);
const BpRemand *bp_report_remand        (const BpReport   *report);

G_END_DECLS

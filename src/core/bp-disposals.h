/* bp-disposals.h: the disposal mix, by tier and by tier and ethnic group (domain.md 11) */
#pragma once

#include "bp-indicator.h"

G_BEGIN_DECLS

/* The tiers of outcomes for an offence: informal to custody (remands are not disposals) */
#define BP_DISPOSAL_N_TIERS BP_TIER_REMAND

typedef struct
{
  BpPeriod period;
  gint64   outcomes;                                  /* all tiers */
  gint64   by_tier[BP_DISPOSAL_N_TIERS];
  gint64   by_group[BP_N_ETHNIC_GROUPS];              /* all tiers */
  gint64   by_tier_group[BP_DISPOSAL_N_TIERS][BP_N_ETHNIC_GROUPS];
} BpDisposalYear;

typedef struct
{
  BpDisposalYear current;
  BpDisposalYear previous;
} BpDisposals;

extern const BpIndicator bp_disposals_indicator;

const BpDisposals *bp_report_disposals     (const BpReport       *report);
double             bp_disposals_group_pct  (const BpDisposalYear *y,
                                            BpTier                tier,
                                            BpEthnicGroup         group);

G_END_DECLS

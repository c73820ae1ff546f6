/* bp-cohort.h: the profile of the children with any outcome (domain.md section 11) */
#pragma once

#include "bp-indicator.h"

G_BEGIN_DECLS

/* 10-14, 15, 16, 17 */
#define BP_COHORT_N_AGES 4

typedef struct
{
  BpPeriod period;
  gint64   children;
  gint64   by_sex[BP_N_SEXES];
  gint64   by_age[BP_COHORT_N_AGES];       /* at their first outcome of the period */
  gint64   by_group[BP_N_ETHNIC_GROUPS];   /* the latest known group of the period */
  gint64   by_tier[BP_N_TIERS];            /* their most serious outcome's tier; remand
                                            * when they had only remands */
  gint64   previous_children;              /* the 12 months before */
} BpCohort;

extern const BpIndicator bp_cohort_indicator;

const BpCohort *bp_report_cohort     (const BpReport *report);
const char     *bp_cohort_age_label  (guint           band);

G_END_DECLS

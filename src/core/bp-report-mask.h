/* bp-report-mask.h: what a profile may see of a report (domain.md section 9) */
#pragma once

#include "bp-disclosure.h"
#include "bp-indicators.h"

G_BEGIN_DECLS

/* Which figures of a report a profile hides. For the internal profile nothing is. */
typedef struct
{
  gboolean fte[BP_SERIES_QUARTERS];
  gboolean custody[BP_SERIES_QUARTERS];
  gboolean cohort[BP_REOFFENDING_SERIES];        /* the cohort size */
  gboolean reoffending[BP_REOFFENDING_SERIES];   /* reoffenders, reoffences and rates */
  gboolean year_cohort[2];                       /* 12-month cohorts: a year ago, now */
  gboolean year_reoffending[2];
  gboolean group[BP_DISPARITY_N_ROWS];           /* this year */
  gboolean previous_group[BP_DISPARITY_N_ROWS];  /* the year before */
  gboolean unknown;
  gboolean total;
} BpReportHidden;

gboolean bp_profile_hides_count   (BpProfile             profile,
                                   gint64                count);
void     bp_report_hidden_compute (const BpReport       *report,
                                   BpProfile             profile,
                                   BpReportHidden       *hidden);
void     bp_report_mask           (const BpReport       *report,
                                   const BpReportHidden *hidden,
                                   BpReport             *masked);

G_END_DECLS

/* bp-report-mask.h: what a profile may see of a report (domain.md section 9) */
#pragma once

#include "bp-disclosure.h"
#include "bp-indicators.h"

G_BEGIN_DECLS

/* Which figures of a report a profile hides, and by which rule (BP_CELL_SHOWN, 0, when
 * it is shown; BP_CELL_PRIMARY or BP_CELL_SECONDARY when it is not). For the internal
 * profile nothing is. The pack shows each of these counts, some in several places (the
 * summary, its own sheet, the data quality sheet, the chart data): one decision holds
 * for every place. */
typedef struct
{
  BpCellState fte[BP_SERIES_QUARTERS];
  BpCellState custody[BP_SERIES_QUARTERS];
  BpCellState cohort[BP_REOFFENDING_SERIES];        /* the cohort size */
  BpCellState reoffending[BP_REOFFENDING_SERIES];   /* reoffenders, reoffences and rates */
  BpCellState year_cohort[2];                       /* 12-month cohorts: a year ago, now */
  BpCellState year_reoffending[2];
  BpCellState group[BP_DISPARITY_N_ROWS];           /* this year */
  BpCellState previous_group[BP_DISPARITY_N_ROWS];  /* the year before */
  BpCellState unknown;
  BpCellState total;
  BpCellState known;                                /* children of known ethnicity */
  BpCellState previous_known;                       /* the same, the year before: any
                                                     * change of share gives it back */
  BpCellState trend[BP_DISPARITY_TREND_YEARS][BP_DISPARITY_N_ROWS]; /* the six years */
  BpCellState trend_known[BP_DISPARITY_TREND_YEARS];
  guint       n_primary;                            /* figures hidden by each rule */
  guint       n_secondary;
  BpDisclosurePlan *plan;                           /* (nullable) owned: every figure by
                                                     * key, for the indicators of the
                                                     * registry (bp_report_hidden_state()) */
} BpReportHidden;

gboolean bp_profile_hides_count   (BpProfile             profile,
                                   gint64                count);
void     bp_report_hidden_compute (const BpReport       *report,
                                   BpProfile             profile,
                                   BpReportHidden       *hidden);
void     bp_report_hidden_clear   (BpReportHidden       *hidden);
BpCellState bp_report_hidden_state (const BpReportHidden *hidden,
                                   const char           *key);
void     bp_report_mask           (const BpReport       *report,
                                   const BpReportHidden *hidden,
                                   BpReport             *masked);

G_END_DECLS

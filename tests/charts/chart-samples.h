/* chart-samples.h: sample inputs for the chart tests, the gallery and the bench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-charts.h"

G_BEGIN_DECLS

#define SAMPLE_N_QUARTERS 12
#define SAMPLE_N_COHORTS 8

extern const BpChartRatePoint sample_fte_local[SAMPLE_N_QUARTERS];
extern const BpChartRatePoint sample_fte_family[SAMPLE_N_QUARTERS];
extern const BpChartRatePoint sample_fte_region[SAMPLE_N_QUARTERS];
extern const BpChartRatePoint sample_fte_national[SAMPLE_N_QUARTERS];
extern const BpChartRatePoint sample_custody_local[SAMPLE_N_QUARTERS];
extern const BpChartRatePoint sample_custody_family[SAMPLE_N_QUARTERS];
extern const BpChartRatePoint sample_custody_national[SAMPLE_N_QUARTERS];
extern const BpChartReoffendingCohort sample_cohorts[SAMPLE_N_COHORTS];
extern const BpChartRriGroup sample_rri_groups[5];
extern const BpChartEthnicityGroup sample_ethnicity_groups[5];

BpChart *sample_chart_new (BpChartKind kind);

G_END_DECLS

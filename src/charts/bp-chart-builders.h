/* bp-chart-builders.h: the charts of a BpReport, for the screen, the PDF and `boardpack chart` */
#pragma once

#include "bp-chart-kinds.h"
#include "bp-disclosure.h"
#include "bp-indicator.h"

G_BEGIN_DECLS

typedef struct
{
  BpProfile profile;        /* partner: counts of 1-4 are [c] and their values not drawn */
  gboolean  no_comparators; /* leave out the published comparators */
  double    rri_threshold;  /* a practical threshold line on the RRI chart; 0: none */
} BpChartBuildOptions;

BpChart *bp_chart_build (BpChartKind                kind,
                         const BpReport            *report,
                         const BpChartBuildOptions *options);

gboolean bp_chart_indicator_has_chart (const char                *key);
BpChart *bp_chart_build_indicator     (const char                *key,
                                       const BpReport            *report,
                                       const BpChartBuildOptions *options);

G_END_DECLS

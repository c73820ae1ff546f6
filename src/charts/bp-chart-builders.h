/* bp-chart-builders.h: the charts of a BpReport, for the screen, the PDF and `boardpack chart` */
#pragma once

#include "bp-chart-kinds.h"
#include "bp-disclosure.h"
#include "bp-indicator.h"
#include "bp-kpis.h"

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

/* The charts of one KPI: the trend of 8 quarters (every KPI), the funnel (mental health,
 * substance misuse) and the split by intervention type (accommodation, ETE, OOCD). */
typedef enum
{
  BP_KPI_CHART_TREND,
  BP_KPI_CHART_FUNNEL,
  BP_KPI_CHART_BY_TYPE,
  BP_N_KPI_CHARTS
} BpKpiChart;

gboolean bp_kpi_chart_exists     (BpKpiKind                  kind,
                                  BpKpiChart                 view);
char    *bp_kpi_chart_name       (BpKpiKind                  kind,
                                  BpKpiChart                 view);
gboolean bp_kpi_chart_parse      (const char                *name,
                                  BpKpiKind                 *out_kind,
                                  BpKpiChart                *out_view);
BpChart *bp_chart_build_kpi      (const BpReport            *report,
                                  BpKpiKind                  kind,
                                  BpKpiChart                 view,
                                  const BpChartBuildOptions *options);

G_END_DECLS

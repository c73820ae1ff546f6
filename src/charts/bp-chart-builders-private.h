/* bp-chart-builders-private.h: the chart builders of the registry's indicators
 *
 * One file per indicator (bp-chart-diversion.c, ...) turns its value into a chart input;
 * bp-chart-builders.c lists them by indicator key for bp_chart_build_indicator().
 */
#pragma once

#include "bp-chart-builders.h"
#include "bp-report-mask.h"

G_BEGIN_DECLS

typedef BpChart *(*BpChartIndicatorFunc) (const BpReport            *report,
                                          gconstpointer              value,
                                          const BpReportHidden      *hidden,
                                          const BpChartBuildOptions *options);

BpChart *_bp_chart_build_diversion (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);
BpChart *_bp_chart_build_disposals (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);
BpChart *_bp_chart_build_offences  (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);
BpChart *_bp_chart_build_delays    (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);
BpChart *_bp_chart_build_cohort    (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);
BpChart *_bp_chart_build_remand    (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);

BpChart *_bp_chart_build_kpis      (const BpReport            *report,
                                    gconstpointer              value,
                                    const BpReportHidden      *hidden,
                                    const BpChartBuildOptions *options);

/* For a count a partner may not see: -1, and its symbol. */
gint64   _bp_chart_count_shown     (const BpReportHidden      *hidden,
                                    const char                *key,
                                    gint64                     count,
                                    const char               **symbol);

G_END_DECLS

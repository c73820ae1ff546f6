/* bp-chart-ticks.h: "nice" axis ticks, linear and logarithmic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BP_CHART_MAX_TICKS 24

typedef struct
{
  double   min;         /* axis start: the first tick (log: may lie before it) */
  double   max;         /* axis end: the last tick (log: may lie after it) */
  double   step;        /* linear: distance between ticks; log: factor between ticks */
  int      decimals;    /* linear: decimal places that show every tick exactly */
  gboolean logarithmic; /* made by bp_chart_ticks_log() */
  guint    n_ticks;
  double   values[BP_CHART_MAX_TICKS];
} BpChartTicks;

void  bp_chart_ticks_linear           (double        data_min,
                                       double        data_max,
                                       guint         target_count,
                                       gboolean      include_zero,
                                       BpChartTicks *ticks);

void  bp_chart_ticks_linear_intervals (double        data_min,
                                       double        data_max,
                                       guint         n_intervals,
                                       gboolean      include_zero,
                                       BpChartTicks *ticks);

void  bp_chart_ticks_log              (double        data_min,
                                       double        data_max,
                                       guint         max_count,
                                       BpChartTicks *ticks);

char *bp_chart_ticks_format           (const BpChartTicks *ticks,
                                       guint               index);

G_END_DECLS

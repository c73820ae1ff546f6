/* bp-ui-charts.h: the charts the pages show, built by src/charts from the session's report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-chart-kinds.h"
#include "bp-session.h"

G_BEGIN_DECLS

/* One bar of a breakdown chart. */
typedef struct
{
  const char *label;     /* "Female" */
  double      value;     /* the rate; NAN: none */
  const char *value_text; /* the value as published, at the end of the bar */
  const char *tooltip;   /* exact values */
} BpUiBar;

BpChart *bp_ui_chart_build     (BpChartKind    kind,
                                BpSession     *session,
                                gboolean       comparators);
BpChart *bp_ui_chart_sparkline (const char    *name,
                                const char   **labels,
                                const double  *values,
                                guint          n);
BpChart *bp_ui_chart_bars      (const char    *title,
                                const char    *subtitle,
                                const char    *axis_title,
                                const char    *series_name,
                                const char    *summary,
                                const BpUiBar *bars,
                                guint          n);

G_END_DECLS

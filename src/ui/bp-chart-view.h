/* bp-chart-view.h: a widget that hosts one chart of src/charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bp-chart.h"

G_BEGIN_DECLS

#define BP_TYPE_CHART_VIEW (bp_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (BpChartView, bp_chart_view, BP, CHART_VIEW, GtkWidget)

GtkWidget  *bp_chart_view_new             (void);
BpChart    *bp_chart_view_get_chart       (BpChartView    *self);
void        bp_chart_view_set_chart       (BpChartView    *self,
                                           BpChart        *chart);
int         bp_chart_view_get_palette     (BpChartView    *self);
void        bp_chart_view_set_palette     (BpChartView    *self,
                                           int             palette);
gboolean    bp_chart_view_get_interactive (BpChartView    *self);
void        bp_chart_view_set_interactive (BpChartView    *self,
                                           gboolean        interactive);
const char *bp_chart_view_get_point_text  (BpChartView    *self);
void        bp_chart_view_get_theme       (BpChartView    *self,
                                           BpChartTheme   *theme);
GdkTexture *bp_chart_view_render_texture  (BpChartView    *self,
                                           int             width,
                                           int             height);

G_END_DECLS

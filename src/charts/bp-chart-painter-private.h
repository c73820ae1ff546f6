/* bp-chart-painter-private.h: shared by the chart layouts (bp-chart-columns.c,
 * bp-chart-rows.c) and the drawing helpers of bp-chart-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "bp-chart-private.h"
#include "bp-chart-ticks.h"

G_BEGIN_DECLS

#define TICK_LENGTH 4.0
#define MIN_PLOT    24.0 /* the least plot width or height laid out */

typedef enum
{
  BP_FONT_BODY,  /* labels, ticks, legend */
  BP_FONT_BOLD,
  BP_FONT_SMALL, /* units, notes, source, point labels */
  BP_FONT_TITLE,
  BP_N_FONTS,
} BpFont;

typedef enum
{
  BP_TEXT_PLAIN = 0,
  BP_TEXT_MARKUP = 1 << 0,
  BP_TEXT_HALO = 1 << 1,   /* outlined in the background colour, over lines and grid */
  BP_TEXT_BOX = 1 << 2,    /* on a rounded box of the background colour, over bars */
  BP_TEXT_CENTER = 1 << 3, /* wrapped lines centred on each other */
} BpTextFlags;

/* One draw's state: the chart, where it goes, and the theme resolved into sizes. */
typedef struct
{
  BpChart              *chart;
  cairo_t              *cr;
  const BpChartTheme   *theme;
  PangoFontDescription *fonts[BP_N_FONTS];
  BpChartColor          fg;
  BpChartColor          muted;
  BpChartColor          bg;
  BpChartColor          grid;
  BpChartColor          stripe;
  double                font_size;
  double                line_height;       /* of body text */
  double                small_line_height;
  double                pad;               /* outer margin */
  double                gap;               /* between blocks */
  double                line_width;        /* data lines */
  double                marker_radius;
  double                width;
  double                height;
  GArray               *placed;            /* BpChartRect: labels and marks placed in the
                                            * plot, that point labels must avoid */
} BpPainter;

BpChartColor    _bp_mix_colors            (const BpChartColor *a,
                                           const BpChartColor *b,
                                           double              t);
void            _bp_set_color             (cairo_t            *cr,
                                           const BpChartColor *color);
BpChartColor    _bp_text_color_on         (const BpChartColor *fill);
double          _bp_snap                  (BpPainter *p,
                                           double     value,
                                           gboolean   vertical_line,
                                           double     line_width);
void            _bp_set_dash              (cairo_t     *cr,
                                           BpChartDash  dash,
                                           double       width);
void            _bp_draw_marker           (BpPainter          *p,
                                           BpChartMarker       marker,
                                           double              x,
                                           double              y,
                                           double              r,
                                           const BpChartColor *color);
void            _bp_draw_bar              (BpPainter          *p,
                                           double              x,
                                           double              y,
                                           double              w,
                                           double              h,
                                           const BpChartColor *color,
                                           gboolean            hatched);

void            _bp_measure_text          (BpPainter   *p,
                                           BpFont       font,
                                           const char  *text,
                                           double       wrap_width,
                                           BpTextFlags  flags,
                                           double      *width,
                                           double      *height);
void            _bp_draw_text             (BpPainter          *p,
                                           BpFont              font,
                                           const char         *text,
                                           double              wrap_width,
                                           BpTextFlags         flags,
                                           double              x,
                                           double              y,
                                           double              xalign,
                                           double              yalign,
                                           const BpChartColor *color,
                                           BpChartRect        *box);
gboolean        _bp_rects_overlap         (const BpChartRect *a,
                                           const BpChartRect *b,
                                           double             margin);
gboolean        _bp_collides_with_placed  (BpPainter         *p,
                                           const BpChartRect *rect);
void            _bp_add_placed            (BpPainter         *p,
                                           const BpChartRect *rect);

BpChartSeries   *_bp_nth_series           (BpChart *chart,
                                           guint    i);
BpChartCategory *_bp_nth_category         (BpChart *chart,
                                           guint    i);
gboolean        _bp_axis_in_use           (BpChart       *chart,
                                           BpChartAxisId  axis);
void            _bp_data_range            (BpChart       *chart,
                                           BpChartAxisId  axis,
                                           double        *lo,
                                           double        *hi);
gboolean        _bp_chart_has_data        (BpChart *chart);
void            _bp_compute_ticks         (BpChart       *chart,
                                           BpChartAxisId  axis,
                                           double         length,
                                           BpChartTicks  *ticks);
void            _bp_set_map               (BpChart            *chart,
                                           BpChartAxisId       axis,
                                           const BpChartTicks *ticks,
                                           double              p0,
                                           double              p1);
double          _bp_max_tick_label_width  (BpPainter          *p,
                                           const BpChartTicks *ticks);
void            _bp_add_target            (BpPainter *p,
                                           guint      series,
                                           guint      category,
                                           double     x,
                                           double     y,
                                           double     radius,
                                           double     bx,
                                           double     by,
                                           double     bw,
                                           double     bh);
BpChartMarker   _bp_point_marker          (const BpChartSeries *series,
                                           const BpChartPoint  *point);
double          _bp_series_line_width     (BpPainter           *p,
                                           const BpChartSeries *series);
double          _bp_series_marker_radius  (BpPainter           *p,
                                           const BpChartSeries *series);

double          _bp_draw_header           (BpPainter *p,
                                           double     x0,
                                           double     x1,
                                           double     y);
double          _bp_footer_height         (BpPainter *p,
                                           double     x0,
                                           double     x1);
void            _bp_draw_footer           (BpPainter *p,
                                           double     x0,
                                           double     x1);
void            _bp_draw_no_data          (BpPainter *p);

void            _bp_render_columns        (BpPainter *p);
void            _bp_render_rows           (BpPainter *p);

G_END_DECLS

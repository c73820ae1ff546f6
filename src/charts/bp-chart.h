/* bp-chart.h: a chart model drawn by one cairo renderer on screen, PNG, SVG and PDF
 *
 * A BpChart is made by a builder of bp-chart-kinds.h (or with bp_chart_new() and the
 * calls below), then drawn with bp_chart_draw() on any cairo_t at any size. Drawing
 * records the geometry that hit testing, keyboard enumeration and
 * bp_chart_value_to_position() answer from, in the chart's own coordinates ((0, 0) is
 * its top left corner as drawn). A chart is reference counted; drawing updates its
 * geometry (and its cache of text layouts), so use a chart from one thread at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "bp-chart-theme.h"

G_BEGIN_DECLS

#define BP_TYPE_CHART (bp_chart_get_type ())
#define BP_CHART_ERROR (bp_chart_error_quark ())

/* A colour index below zero: the theme's foreground, not a palette colour. */
#define BP_CHART_COLOR_FOREGROUND (-1)

typedef struct _BpChart BpChart;

typedef enum
{
  BP_CHART_ERROR_UNSUPPORTED_FORMAT, /* the file name ends in something other than .png .svg .pdf */
  BP_CHART_ERROR_INVALID_SIZE,       /* width or height not positive, or too large */
  BP_CHART_ERROR_RENDER,             /* cairo failed (out of memory, write error) */
} BpChartError;

typedef enum
{
  BP_CHART_LAYOUT_COLUMNS, /* categories along x, values up: lines and columns */
  BP_CHART_LAYOUT_ROWS,    /* categories down the left, values along x: dots and bars */
} BpChartLayout;

typedef enum
{
  BP_CHART_SERIES_LINE, /* columns layout: a line through the category centres */
  BP_CHART_SERIES_BARS, /* bars from zero; several bar series stand side by side */
  BP_CHART_SERIES_DOTS, /* rows layout: a marker with an optional interval whisker */
  BP_CHART_SERIES_STACKED, /* rows layout: segments of one bar per category, end to end
                            * in the order the stacked series were added */
  BP_CHART_SERIES_FUNNEL,  /* rows layout: a bar centred in the plot, as wide as its
                            * value; no value axis is drawn for a funnel alone */
} BpChartSeriesStyle;

typedef enum
{
  BP_CHART_AXIS_PRIMARY,   /* columns: left; rows: bottom */
  BP_CHART_AXIS_SECONDARY, /* columns: right, sharing the primary grid lines */
} BpChartAxisId;

typedef enum
{
  BP_CHART_SCALE_LINEAR,
  BP_CHART_SCALE_LOG, /* ratios: ticks at powers of two, always through 1 */
} BpChartScale;

typedef enum
{
  BP_CHART_MARKER_NONE,
  BP_CHART_MARKER_CIRCLE,
  BP_CHART_MARKER_SQUARE,
  BP_CHART_MARKER_TRIANGLE_UP,
  BP_CHART_MARKER_TRIANGLE_DOWN,
  BP_CHART_MARKER_DIAMOND,
} BpChartMarker;

typedef enum
{
  BP_CHART_DASH_SOLID,
  BP_CHART_DASH_DASHED,
  BP_CHART_DASH_DOTTED,
  BP_CHART_DASH_DASH_DOT,
} BpChartDash;

typedef enum
{
  BP_CHART_SWATCH_LINE,        /* a short line in the dash pattern, with the marker */
  BP_CHART_SWATCH_BAR,         /* a filled block */
  BP_CHART_SWATCH_HATCHED_BAR, /* a hatched block */
  BP_CHART_SWATCH_MARKER,      /* the marker alone */
} BpChartSwatch;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} BpChartRect;

/* A data point found by hit testing or enumeration. Strings are owned by the chart and
 * live as long as it; positions are in chart coordinates (0,0 = the chart's top left
 * corner as drawn by the last bp_chart_draw()). */
typedef struct
{
  guint       target;         /* index for bp_chart_get_target(): keyboard order */
  guint       series;
  guint       category;
  double      x;              /* anchor: marker centre, or middle of the bar's end */
  double      y;
  double      value;
  const char *series_name;
  const char *category_label;
  const char *tooltip;        /* e.g. "Mar 2024: 180 per 100,000 (47 children of 26,092)" */
  BpChartRect area;           /* what answers for the point: the whole bar, or the marker
                               * (with its whisker) */
} BpChartHit;

GType            bp_chart_get_type             (void) G_GNUC_CONST;
GQuark           bp_chart_error_quark          (void);

/* Building */
BpChart         *bp_chart_new                  (BpChartLayout layout);
BpChart         *bp_chart_ref                  (BpChart *chart);
void             bp_chart_unref                (BpChart *chart);

void             bp_chart_set_title            (BpChart    *chart,
                                                const char *title);
void             bp_chart_set_subtitle         (BpChart    *chart,
                                                const char *subtitle);
void             bp_chart_set_source           (BpChart    *chart,
                                                const char *source);
void             bp_chart_set_summary          (BpChart    *chart,
                                                const char *summary);
void             bp_chart_set_notes_header     (BpChart    *chart,
                                                const char *header);
void             bp_chart_set_show_legend      (BpChart    *chart,
                                                gboolean    show_legend);
void             bp_chart_set_axis             (BpChart       *chart,
                                                BpChartAxisId  axis,
                                                const char    *title,
                                                BpChartScale   scale,
                                                gboolean       include_zero);
guint            bp_chart_add_category         (BpChart    *chart,
                                                const char *label,
                                                const char *note);
guint            bp_chart_add_series           (BpChart            *chart,
                                                const char         *name,
                                                BpChartSeriesStyle  style,
                                                BpChartAxisId       axis,
                                                int                 color_index,
                                                BpChartMarker       marker,
                                                BpChartDash         dash);
void             bp_chart_series_set_emphasis  (BpChart  *chart,
                                                guint     series,
                                                gboolean  emphasis);
void             bp_chart_series_set_hatched   (BpChart  *chart,
                                                guint     series,
                                                gboolean  hatched);
void             bp_chart_series_set_in_legend (BpChart  *chart,
                                                guint     series,
                                                gboolean  in_legend);
void             bp_chart_series_set_end_label (BpChart    *chart,
                                                guint       series,
                                                const char *name,
                                                const char *value_text);
void             bp_chart_set_value            (BpChart    *chart,
                                                guint       series,
                                                guint       category,
                                                double      value,
                                                const char *tooltip);
void             bp_chart_set_interval         (BpChart *chart,
                                                guint    series,
                                                guint    category,
                                                double   low,
                                                double   high);
void             bp_chart_set_point_label      (BpChart    *chart,
                                                guint       series,
                                                guint       category,
                                                const char *label);
void             bp_chart_set_point_marker     (BpChart       *chart,
                                                guint          series,
                                                guint          category,
                                                BpChartMarker  marker);
void             bp_chart_set_point_hatched    (BpChart  *chart,
                                                guint     series,
                                                guint     category,
                                                gboolean  hatched);
void             bp_chart_add_reference_line   (BpChart       *chart,
                                                BpChartAxisId  axis,
                                                double         value,
                                                const char    *label,
                                                BpChartDash    dash,
                                                gboolean       strong);
void             bp_chart_add_annotation       (BpChart    *chart,
                                                guint       category,
                                                const char *text);
void             bp_chart_add_legend_entry     (BpChart       *chart,
                                                const char    *text,
                                                int            color_index,
                                                BpChartMarker  marker,
                                                BpChartDash    dash,
                                                BpChartSwatch  swatch);

/* Reading back (for the table beside a chart) */
BpChartLayout    bp_chart_get_layout           (BpChart *chart);
const char      *bp_chart_get_title            (BpChart *chart);
const char      *bp_chart_get_subtitle         (BpChart *chart);
const char      *bp_chart_get_source           (BpChart *chart);
const char      *bp_chart_get_summary          (BpChart *chart);
guint            bp_chart_get_n_categories     (BpChart *chart);
const char      *bp_chart_get_category_label   (BpChart *chart,
                                                guint    category);
guint            bp_chart_get_n_series         (BpChart *chart);
const char      *bp_chart_get_series_name      (BpChart *chart,
                                                guint    series);
double           bp_chart_get_value            (BpChart *chart,
                                                guint    series,
                                                guint    category);
const char      *bp_chart_get_tooltip          (BpChart *chart,
                                                guint    series,
                                                guint    category);

/* Drawing and geometry of the last draw */
void             bp_chart_draw                 (BpChart            *chart,
                                                cairo_t            *cr,
                                                double              width,
                                                double              height,
                                                const BpChartTheme *theme);
gboolean         bp_chart_get_plot_area        (BpChart     *chart,
                                                BpChartRect *area);
double           bp_chart_value_to_position    (BpChart       *chart,
                                                BpChartAxisId  axis,
                                                double         value);
double           bp_chart_category_to_position (BpChart *chart,
                                                guint    category);
gboolean         bp_chart_hit_test             (BpChart    *chart,
                                                double      x,
                                                double      y,
                                                double      radius,
                                                BpChartHit *hit);
guint            bp_chart_get_n_targets        (BpChart *chart);
gboolean         bp_chart_get_target           (BpChart    *chart,
                                                guint       index,
                                                BpChartHit *hit);
void             bp_chart_set_highlight        (BpChart *chart,
                                                int      target);
int              bp_chart_get_highlight        (BpChart *chart);

/* Output */
cairo_surface_t *bp_chart_render_to_surface    (BpChart            *chart,
                                                int                 width,
                                                int                 height,
                                                double              scale,
                                                const BpChartTheme *theme);
gboolean         bp_chart_write_file           (BpChart             *chart,
                                                const char          *path,
                                                double               width,
                                                double               height,
                                                const BpChartTheme  *theme,
                                                GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpChart, bp_chart_unref)

G_END_DECLS

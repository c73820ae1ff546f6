/* bp-chart-private.h: the chart's structure, shared by the model, the renderer and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double        value; /* NAN: missing, drawn as a gap */
  double        low;   /* interval (whisker); NAN: none */
  double        high;
  char         *label; /* drawn beside the point */
  char         *tooltip;
  BpChartMarker marker;
  gboolean      marker_set; /* marker overrides the series' */
  gboolean      hatched;
} BpChartPoint;

typedef struct
{
  char              *name;
  BpChartSeriesStyle style;
  BpChartAxisId      axis;
  int                color_index;
  BpChartMarker      marker;
  BpChartDash        dash;
  gboolean           emphasis;
  gboolean           hatched;
  gboolean           in_legend;
  char              *end_label_name;
  char              *end_label_value;
  GArray            *points; /* BpChartPoint, indexed by category; may be shorter */
} BpChartSeries;

typedef struct
{
  char *label;
  char *note;
} BpChartCategory;

typedef struct
{
  char        *title;
  BpChartScale scale;
  gboolean     include_zero;
} BpChartAxis;

typedef struct
{
  BpChartAxisId axis;
  double        value;
  char         *label;
  BpChartDash   dash;
  gboolean      strong;
} BpChartReferenceLine;

typedef struct
{
  guint category;
  char *text;
} BpChartAnnotation;

typedef struct
{
  char         *text;
  int           color_index;
  BpChartMarker marker;
  BpChartDash   dash;
  BpChartSwatch swatch;
} BpChartLegendEntry;

/* Where a value lands, as drawn: position = p0 + (f(value) - f(min)) / (f(max) - f(min))
 * * (p1 - p0), f the identity or log. */
typedef struct
{
  gboolean     valid;
  BpChartScale scale;
  double       min;
  double       max;
  double       p0;
  double       p1;
} BpChartAxisMap;

typedef struct
{
  guint       series;
  guint       category;
  double      x;
  double      y;
  double      radius; /* markers: the marker's radius; bars: 0 */
  BpChartRect box;    /* bars: the bar; whiskers: the whisker's extent; else empty */
} BpChartTarget;

typedef struct
{
  BpChartRect box;
  char       *text;
} BpChartTextBox;

/* Pango layouts kept between draws (bp-chart-painter.c) */
typedef struct _BpChartTextCache BpChartTextCache;

struct _BpChart
{
  BpChartLayout layout;
  char         *title;
  char         *subtitle;
  char         *source;
  char         *summary;
  char         *notes_header;
  gboolean      show_legend;
  BpChartAxis   axes[2];
  GPtrArray    *categories;      /* BpChartCategory */
  GPtrArray    *series;          /* BpChartSeries */
  GArray       *reference_lines; /* BpChartReferenceLine */
  GArray       *annotations;     /* BpChartAnnotation */
  GArray       *legend;          /* BpChartLegendEntry */
  int           highlight;

  /* Geometry of the last draw */
  gboolean       drawn;
  double         width;
  double         height;
  BpChartRect    plot;
  BpChartAxisMap maps[2];
  double         band_start; /* first category band's start (x or y) */
  double         band_size;
  GArray        *targets;    /* BpChartTarget, in keyboard order */
  GArray        *text_boxes; /* BpChartTextBox: every text drawn, for layout tests */
  BpChartTextCache *text_cache;
};

const BpChartPoint *_bp_chart_series_get_point (const BpChartSeries *series,
                                                guint                category);
double              _bp_chart_map_value        (const BpChartAxisMap *map,
                                                double                value);
void                _bp_chart_text_cache_free  (BpChartTextCache   *cache);
void                _bp_chart_render           (BpChart            *chart,
                                                cairo_t            *cr,
                                                double              width,
                                                double              height,
                                                const BpChartTheme *theme);

/* For tests: the boxes of all text drawn by the last bp_chart_draw(). */
guint               _bp_chart_get_n_text_boxes (BpChart *chart);
const char         *_bp_chart_get_text_box     (BpChart     *chart,
                                                guint        index,
                                                BpChartRect *box);

G_END_DECLS

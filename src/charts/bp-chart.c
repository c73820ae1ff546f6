/* bp-chart.c: the chart model, its geometry after drawing, and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-chart-private.h"

G_DEFINE_BOXED_TYPE (BpChart, bp_chart, bp_chart_ref, bp_chart_unref)
G_DEFINE_QUARK (bp-chart-error-quark, bp_chart_error)

static void
point_clear (gpointer data)
{
  BpChartPoint *point = data;

  g_clear_pointer (&point->label, g_free);
  g_clear_pointer (&point->tooltip, g_free);
}

static void
series_free (gpointer data)
{
  BpChartSeries *series = data;

  g_free (series->name);
  g_free (series->end_label_name);
  g_free (series->end_label_value);
  g_array_unref (series->points);
  g_free (series);
}

static void
category_free (gpointer data)
{
  BpChartCategory *category = data;

  g_free (category->label);
  g_free (category->note);
  g_free (category);
}

static void
reference_line_clear (gpointer data)
{
  BpChartReferenceLine *line = data;

  g_clear_pointer (&line->label, g_free);
}

static void
annotation_clear (gpointer data)
{
  BpChartAnnotation *annotation = data;

  g_clear_pointer (&annotation->text, g_free);
}

static void
legend_entry_clear (gpointer data)
{
  BpChartLegendEntry *entry = data;

  g_clear_pointer (&entry->text, g_free);
}

static void
text_box_clear (gpointer data)
{
  BpChartTextBox *box = data;

  g_clear_pointer (&box->text, g_free);
}

static void
chart_clear (gpointer data)
{
  BpChart *chart = data;

  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart->source);
  g_free (chart->summary);
  g_free (chart->notes_header);
  for (guint i = 0; i < G_N_ELEMENTS (chart->axes); i++)
    g_free (chart->axes[i].title);
  g_ptr_array_unref (chart->categories);
  g_ptr_array_unref (chart->series);
  g_array_unref (chart->reference_lines);
  g_array_unref (chart->annotations);
  g_array_unref (chart->legend);
  g_array_unref (chart->targets);
  g_array_unref (chart->text_boxes);
  _bp_chart_text_cache_free (chart->text_cache);
}

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static BpChartSeries *
get_series (BpChart *chart,
            guint    series)
{
  g_assert (series < chart->series->len);

  return g_ptr_array_index (chart->series, series);
}

/* The point, created (missing) if it does not exist yet. */
static BpChartPoint *
ensure_point (BpChart *chart,
              guint    series,
              guint    category)
{
  BpChartSeries *s = get_series (chart, series);

  while (s->points->len <= category)
    {
      BpChartPoint point = { .value = NAN, .low = NAN, .high = NAN };

      g_array_append_val (s->points, point);
    }

  return &g_array_index (s->points, BpChartPoint, category);
}

const BpChartPoint *
_bp_chart_series_get_point (const BpChartSeries *series,
                            guint                category)
{
  if (category >= series->points->len)
    return NULL;

  return &g_array_index (series->points, BpChartPoint, category);
}

double
_bp_chart_map_value (const BpChartAxisMap *map,
                     double                value)
{
  double t;

  if (!map->valid || !isfinite (value))
    return NAN;

  if (map->scale == BP_CHART_SCALE_LOG)
    {
      if (value <= 0)
        return NAN;
      t = (log (value) - log (map->min)) / (log (map->max) - log (map->min));
    }
  else
    t = (value - map->min) / (map->max - map->min);

  return map->p0 + t * (map->p1 - map->p0);
}

static void
fill_hit (BpChart             *chart,
          guint                index,
          const BpChartTarget *target,
          BpChartHit          *hit)
{
  const BpChartSeries *series = get_series (chart, target->series);
  const BpChartPoint *point = _bp_chart_series_get_point (series, target->category);
  const BpChartCategory *category = g_ptr_array_index (chart->categories, target->category);

  hit->target = index;
  hit->series = target->series;
  hit->category = target->category;
  hit->x = target->x;
  hit->y = target->y;
  hit->value = point != NULL ? point->value : NAN;
  hit->series_name = series->name;
  hit->category_label = category->label;
  hit->tooltip = point != NULL ? point->tooltip : NULL;
  if (target->box.width > 0 || target->box.height > 0)
    hit->area = target->box;
  else
    hit->area = (BpChartRect) { target->x - target->radius, target->y - target->radius,
                                2 * target->radius, 2 * target->radius };
  if (target->radius > 0 && (target->box.width > 0 || target->box.height > 0))
    {
      /* a marker with a whisker: both */
      double x0 = MIN (hit->area.x, target->x - target->radius);
      double y0 = MIN (hit->area.y, target->y - target->radius);
      double x1 = MAX (hit->area.x + hit->area.width, target->x + target->radius);
      double y1 = MAX (hit->area.y + hit->area.height, target->y + target->radius);

      hit->area = (BpChartRect) { x0, y0, x1 - x0, y1 - y0 };
    }
}

static double
distance_to_rect (const BpChartRect *rect,
                  double             x,
                  double             y)
{
  double dx = MAX (MAX (rect->x - x, 0), x - (rect->x + rect->width));
  double dy = MAX (MAX (rect->y - y, 0), y - (rect->y + rect->height));

  return hypot (dx, dy);
}

/* How far (x, y) is from the target's drawn shape (marker, bar, whisker), 0 inside. */
static double
target_reach (const BpChartTarget *target,
              double               x,
              double               y)
{
  double d = G_MAXDOUBLE;

  if (target->radius > 0)
    d = MAX (0, hypot (x - target->x, y - target->y) - target->radius);
  if (target->box.width > 0 || target->box.height > 0)
    d = MIN (d, distance_to_rect (&target->box, x, y));

  return d;
}

/**
 * bp_chart_new:
 * @layout: columns (categories along x) or rows (categories down the side)
 *
 * Creates an empty chart. The kind builders of bp-chart-kinds.h fill one in; this
 * lower-level API is for other charts.
 *
 * Returns: (transfer full): a new chart with a reference count of 1
 */
BpChart *
bp_chart_new (BpChartLayout layout)
{
  BpChart *chart = g_atomic_rc_box_new0 (BpChart);

  chart->layout = layout;
  chart->show_legend = TRUE;
  chart->highlight = -1;
  chart->axes[BP_CHART_AXIS_PRIMARY].include_zero = TRUE;
  chart->axes[BP_CHART_AXIS_SECONDARY].include_zero = TRUE;
  chart->categories = g_ptr_array_new_with_free_func (category_free);
  chart->series = g_ptr_array_new_with_free_func (series_free);
  chart->reference_lines = g_array_new (FALSE, TRUE, sizeof (BpChartReferenceLine));
  g_array_set_clear_func (chart->reference_lines, reference_line_clear);
  chart->annotations = g_array_new (FALSE, TRUE, sizeof (BpChartAnnotation));
  g_array_set_clear_func (chart->annotations, annotation_clear);
  chart->legend = g_array_new (FALSE, TRUE, sizeof (BpChartLegendEntry));
  g_array_set_clear_func (chart->legend, legend_entry_clear);
  chart->targets = g_array_new (FALSE, TRUE, sizeof (BpChartTarget));
  chart->text_boxes = g_array_new (FALSE, TRUE, sizeof (BpChartTextBox));
  g_array_set_clear_func (chart->text_boxes, text_box_clear);

  return chart;
}

/**
 * bp_chart_ref:
 * @chart: a chart
 *
 * Returns: (transfer full): @chart
 */
BpChart *
bp_chart_ref (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return g_atomic_rc_box_acquire (chart);
}

/**
 * bp_chart_unref:
 * @chart: (transfer full): a chart
 *
 * Drops a reference; the last one frees the chart and every string it handed out.
 */
void
bp_chart_unref (BpChart *chart)
{
  g_return_if_fail (chart != NULL);

  g_atomic_rc_box_release_full (chart, chart_clear);
}

/**
 * bp_chart_set_title:
 * @chart: a chart
 * @title: (nullable): the title, drawn in bold at the top
 */
void
bp_chart_set_title (BpChart    *chart,
                    const char *title)
{
  g_return_if_fail (chart != NULL);

  replace_string (&chart->title, title);
}

/**
 * bp_chart_set_subtitle:
 * @chart: a chart
 * @subtitle: (nullable): a line under the title: what is measured and how
 */
void
bp_chart_set_subtitle (BpChart    *chart,
                       const char *subtitle)
{
  g_return_if_fail (chart != NULL);

  replace_string (&chart->subtitle, subtitle);
}

/**
 * bp_chart_set_source:
 * @chart: a chart
 * @source: (nullable): the source and notes line at the bottom; may wrap
 */
void
bp_chart_set_source (BpChart    *chart,
                     const char *source)
{
  g_return_if_fail (chart != NULL);

  replace_string (&chart->source, source);
}

/**
 * bp_chart_set_summary:
 * @chart: a chart
 * @summary: (nullable): the text alternative: the chart's message in plain language
 */
void
bp_chart_set_summary (BpChart    *chart,
                      const char *summary)
{
  g_return_if_fail (chart != NULL);

  replace_string (&chart->summary, summary);
}

/**
 * bp_chart_set_notes_header:
 * @chart: a chart in rows layout
 * @header: (nullable): heading of the column of category notes at the right
 */
void
bp_chart_set_notes_header (BpChart    *chart,
                           const char *header)
{
  g_return_if_fail (chart != NULL);

  replace_string (&chart->notes_header, header);
}

/**
 * bp_chart_set_show_legend:
 * @chart: a chart
 * @show_legend: whether to draw the legend under the subtitle (default TRUE)
 */
void
bp_chart_set_show_legend (BpChart  *chart,
                          gboolean  show_legend)
{
  g_return_if_fail (chart != NULL);

  chart->show_legend = !!show_legend;
}

/**
 * bp_chart_set_axis:
 * @chart: a chart
 * @axis: which value axis
 * @title: (nullable): its unit, e.g. "per 100,000 10-17 year olds"
 * @scale: linear or log
 * @include_zero: whether a linear axis must reach zero (default TRUE)
 */
void
bp_chart_set_axis (BpChart       *chart,
                   BpChartAxisId  axis,
                   const char    *title,
                   BpChartScale   scale,
                   gboolean       include_zero)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (axis <= BP_CHART_AXIS_SECONDARY);

  replace_string (&chart->axes[axis].title, title);
  chart->axes[axis].scale = scale;
  chart->axes[axis].include_zero = !!include_zero;
}

/**
 * bp_chart_add_category:
 * @chart: a chart
 * @label: the category's label (a period "Mar 2024", a cohort, an ethnic group)
 * @note: (nullable): rows layout: text in the notes column at the row's right
 *
 * Returns: the category's index
 */
guint
bp_chart_add_category (BpChart    *chart,
                       const char *label,
                       const char *note)
{
  BpChartCategory *category;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);

  category = g_new0 (BpChartCategory, 1);
  category->label = g_strdup (label);
  category->note = g_strdup (note);
  g_ptr_array_add (chart->categories, category);

  return chart->categories->len - 1;
}

/**
 * bp_chart_add_series:
 * @chart: a chart
 * @name: the series' name, as in its direct label and legend
 * @style: line, bars, dots, stacked or funnel (the last two: rows layout only)
 * @axis: the value axis it is measured on
 * @color_index: position in the theme's palette, or %BP_CHART_COLOR_FOREGROUND
 * @marker: its marker shape (lines and dots)
 * @dash: its dash pattern (lines)
 *
 * Adds a series with every value missing; fill it with bp_chart_set_value().
 *
 * Returns: the series' index
 */
guint
bp_chart_add_series (BpChart            *chart,
                     const char         *name,
                     BpChartSeriesStyle  style,
                     BpChartAxisId       axis,
                     int                 color_index,
                     BpChartMarker       marker,
                     BpChartDash         dash)
{
  BpChartSeries *series;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (chart->layout == BP_CHART_LAYOUT_ROWS
                        || (style != BP_CHART_SERIES_STACKED
                            && style != BP_CHART_SERIES_FUNNEL), 0);

  series = g_new0 (BpChartSeries, 1);
  series->name = g_strdup (name);
  series->style = style;
  series->axis = axis;
  series->color_index = color_index;
  series->marker = marker;
  series->dash = dash;
  series->in_legend = TRUE;
  series->points = g_array_new (FALSE, TRUE, sizeof (BpChartPoint));
  g_array_set_clear_func (series->points, point_clear);
  g_ptr_array_add (chart->series, series);

  return chart->series->len - 1;
}

/**
 * bp_chart_series_set_emphasis:
 * @chart: a chart
 * @series: a series index
 * @emphasis: draw it heavier (the local area's line)
 */
void
bp_chart_series_set_emphasis (BpChart  *chart,
                              guint     series,
                              gboolean  emphasis)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);

  get_series (chart, series)->emphasis = !!emphasis;
}

/**
 * bp_chart_series_set_hatched:
 * @chart: a chart
 * @series: a series index
 * @hatched: fill its bars with hatching rather than solid colour
 */
void
bp_chart_series_set_hatched (BpChart  *chart,
                             guint     series,
                             gboolean  hatched)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);

  get_series (chart, series)->hatched = !!hatched;
}

/**
 * bp_chart_series_set_in_legend:
 * @chart: a chart
 * @series: a series index
 * @in_legend: whether the legend lists it (default TRUE)
 */
void
bp_chart_series_set_in_legend (BpChart  *chart,
                               guint     series,
                               gboolean  in_legend)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);

  get_series (chart, series)->in_legend = !!in_legend;
}

/**
 * bp_chart_series_set_end_label:
 * @chart: a chart
 * @series: a line series
 * @name: (nullable): the direct label drawn right of the line's last point; NULL: none
 * @value_text: (nullable): the last value, drawn in bold after the name
 */
void
bp_chart_series_set_end_label (BpChart    *chart,
                               guint       series,
                               const char *name,
                               const char *value_text)
{
  BpChartSeries *s;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);

  s = get_series (chart, series);
  replace_string (&s->end_label_name, name);
  replace_string (&s->end_label_value, value_text);
}

/**
 * bp_chart_set_value:
 * @chart: a chart
 * @series: a series index
 * @category: a category index
 * @value: the value, NAN for missing (a gap)
 * @tooltip: (nullable): what hovering the point says
 */
void
bp_chart_set_value (BpChart    *chart,
                    guint       series,
                    guint       category,
                    double      value,
                    const char *tooltip)
{
  BpChartPoint *point;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (category < chart->categories->len);

  point = ensure_point (chart, series, category);
  point->value = isfinite (value) ? value : NAN;
  replace_string (&point->tooltip, tooltip);
}

/**
 * bp_chart_set_interval:
 * @chart: a chart
 * @series: a dots series
 * @category: a category index
 * @low: lower end of the interval (NAN: none)
 * @high: upper end
 */
void
bp_chart_set_interval (BpChart *chart,
                       guint    series,
                       guint    category,
                       double   low,
                       double   high)
{
  BpChartPoint *point;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (category < chart->categories->len);

  point = ensure_point (chart, series, category);
  point->low = isfinite (low) && isfinite (high) ? MIN (low, high) : NAN;
  point->high = isfinite (low) && isfinite (high) ? MAX (low, high) : NAN;
}

/**
 * bp_chart_set_point_label:
 * @chart: a chart
 * @series: a series index
 * @category: a category index
 * @label: (nullable): text drawn beside the point or bar; for a missing value it is
 *   drawn at the baseline ("no data")
 */
void
bp_chart_set_point_label (BpChart    *chart,
                          guint       series,
                          guint       category,
                          const char *label)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (category < chart->categories->len);

  replace_string (&ensure_point (chart, series, category)->label, label);
}

/**
 * bp_chart_set_point_marker:
 * @chart: a chart
 * @series: a series index
 * @category: a category index
 * @marker: the marker for this point only (e.g. the shape that says "higher")
 */
void
bp_chart_set_point_marker (BpChart       *chart,
                           guint          series,
                           guint          category,
                           BpChartMarker  marker)
{
  BpChartPoint *point;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (category < chart->categories->len);

  point = ensure_point (chart, series, category);
  point->marker = marker;
  point->marker_set = TRUE;
}

/**
 * bp_chart_set_point_hatched:
 * @chart: a chart
 * @series: a bars series
 * @category: a category index
 * @hatched: hatch this bar (e.g. follow-up not complete)
 */
void
bp_chart_set_point_hatched (BpChart  *chart,
                            guint     series,
                            guint     category,
                            gboolean  hatched)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (category < chart->categories->len);

  ensure_point (chart, series, category)->hatched = !!hatched;
}

/**
 * bp_chart_add_reference_line:
 * @chart: a chart
 * @axis: the value axis the line marks
 * @value: where (must be positive on a log axis)
 * @label: (nullable): its label
 * @dash: its dash pattern
 * @strong: draw it in the foreground colour, heavier (parity), rather than muted
 *
 * A line across the plot at a value: parity at 1, a threshold, a target. The axis
 * range is widened to include it.
 */
void
bp_chart_add_reference_line (BpChart       *chart,
                             BpChartAxisId  axis,
                             double         value,
                             const char    *label,
                             BpChartDash    dash,
                             gboolean       strong)
{
  BpChartReferenceLine line = { 0 };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (isfinite (value));

  line.axis = axis;
  line.value = value;
  line.label = g_strdup (label);
  line.dash = dash;
  line.strong = !!strong;
  g_array_append_val (chart->reference_lines, line);
}

/**
 * bp_chart_add_annotation:
 * @chart: a chart in columns layout
 * @category: the category it marks
 * @text: the note, e.g. "New recording system"
 *
 * A dotted line through the plot at the category, with its text at the top.
 */
void
bp_chart_add_annotation (BpChart    *chart,
                         guint       category,
                         const char *text)
{
  BpChartAnnotation annotation = { 0 };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (text != NULL);

  annotation.category = category;
  annotation.text = g_strdup (text);
  g_array_append_val (chart->annotations, annotation);
}

/**
 * bp_chart_add_legend_entry:
 * @chart: a chart
 * @text: the entry's text
 * @color_index: palette index or %BP_CHART_COLOR_FOREGROUND
 * @marker: marker of the swatch
 * @dash: dash of a line swatch
 * @swatch: what the swatch looks like
 *
 * Adds a legend entry that is not a series (a marker shape's meaning, hatching).
 * It is listed after the series.
 */
void
bp_chart_add_legend_entry (BpChart       *chart,
                           const char    *text,
                           int            color_index,
                           BpChartMarker  marker,
                           BpChartDash    dash,
                           BpChartSwatch  swatch)
{
  BpChartLegendEntry entry = { 0 };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (text != NULL);

  entry.text = g_strdup (text);
  entry.color_index = color_index;
  entry.marker = marker;
  entry.dash = dash;
  entry.swatch = swatch;
  g_array_append_val (chart->legend, entry);
}

BpChartLayout
bp_chart_get_layout (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, BP_CHART_LAYOUT_COLUMNS);

  return chart->layout;
}

const char *
bp_chart_get_title (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->title;
}

const char *
bp_chart_get_subtitle (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->subtitle;
}

const char *
bp_chart_get_source (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->source;
}

/**
 * bp_chart_get_summary:
 * @chart: a chart
 *
 * Returns: (nullable): the text alternative (the accessible description)
 */
const char *
bp_chart_get_summary (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->summary;
}

guint
bp_chart_get_n_categories (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->categories->len;
}

const char *
bp_chart_get_category_label (BpChart *chart,
                             guint    category)
{
  const BpChartCategory *c;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (category < chart->categories->len, NULL);

  c = g_ptr_array_index (chart->categories, category);
  return c->label;
}

guint
bp_chart_get_n_series (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->series->len;
}

const char *
bp_chart_get_series_name (BpChart *chart,
                          guint    series)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (series < chart->series->len, NULL);

  return get_series (chart, series)->name;
}

/**
 * bp_chart_get_value:
 * @chart: a chart
 * @series: a series index
 * @category: a category index
 *
 * Returns: the value at full precision, NAN if missing
 */
double
bp_chart_get_value (BpChart *chart,
                    guint    series,
                    guint    category)
{
  const BpChartPoint *point;

  g_return_val_if_fail (chart != NULL, NAN);
  g_return_val_if_fail (series < chart->series->len, NAN);

  point = _bp_chart_series_get_point (get_series (chart, series), category);
  return point != NULL ? point->value : NAN;
}

/**
 * bp_chart_get_tooltip:
 * @chart: a chart
 * @series: a series index
 * @category: a category index
 *
 * Returns: (nullable): the point's tooltip text
 */
const char *
bp_chart_get_tooltip (BpChart *chart,
                      guint    series,
                      guint    category)
{
  const BpChartPoint *point;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (series < chart->series->len, NULL);

  point = _bp_chart_series_get_point (get_series (chart, series), category);
  return point != NULL ? point->tooltip : NULL;
}

/**
 * bp_chart_draw:
 * @chart: a chart
 * @cr: where to draw; the chart occupies (0, 0) to (@width, @height) in user space
 * @width: width in user units (pixels on screen, points in PDF)
 * @height: height in user units
 * @theme: (nullable): colours and font; NULL: the light theme
 *
 * Draws the whole chart, never outside its rectangle (it clips), and records the
 * geometry that hit testing and bp_chart_value_to_position() use. Text sizes are in
 * user units, so a HiDPI surface (device scale 2) draws the same chart sharper.
 * The state of @cr is restored afterwards.
 */
void
bp_chart_draw (BpChart            *chart,
               cairo_t            *cr,
               double              width,
               double              height,
               const BpChartTheme *theme)
{
  BpChartTheme light;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  if (theme == NULL)
    {
      bp_chart_theme_init (&light, BP_CHART_THEME_LIGHT);
      theme = &light;
    }

  g_array_set_size (chart->targets, 0);
  g_array_set_size (chart->text_boxes, 0);
  memset (chart->maps, 0, sizeof chart->maps);
  memset (&chart->plot, 0, sizeof chart->plot);
  chart->band_start = 0;
  chart->band_size = 0;
  chart->width = width;
  chart->height = height;
  chart->drawn = FALSE;

  if (!(width > 0) || !(height > 0))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  _bp_chart_render (chart, cr, width, height, theme);
  cairo_restore (cr);

  chart->drawn = TRUE;
}

/**
 * bp_chart_get_plot_area:
 * @chart: a chart
 * @area: (out caller-allocates): the plot rectangle of the last draw
 *
 * Returns: FALSE if the chart has not been drawn
 */
gboolean
bp_chart_get_plot_area (BpChart     *chart,
                        BpChartRect *area)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  *area = chart->plot;
  return chart->drawn;
}

/**
 * bp_chart_value_to_position:
 * @chart: a drawn chart
 * @axis: a value axis
 * @value: a value
 *
 * Where @value lay on @axis in the last draw, in chart coordinates: a y for the
 * columns layout, an x for the rows layout. Values outside the axis extrapolate.
 *
 * Returns: the position, NAN before drawing, for an unused axis, or a value that is
 *   not positive on a log axis
 */
double
bp_chart_value_to_position (BpChart       *chart,
                            BpChartAxisId  axis,
                            double         value)
{
  g_return_val_if_fail (chart != NULL, NAN);
  g_return_val_if_fail (axis <= BP_CHART_AXIS_SECONDARY, NAN);

  return _bp_chart_map_value (&chart->maps[axis], value);
}

/**
 * bp_chart_category_to_position:
 * @chart: a drawn chart
 * @category: a category index
 *
 * Returns: the centre of the category's band in the last draw: an x for the columns
 *   layout, a y for the rows layout; NAN before drawing
 */
double
bp_chart_category_to_position (BpChart *chart,
                               guint    category)
{
  g_return_val_if_fail (chart != NULL, NAN);

  if (!chart->drawn || category >= chart->categories->len)
    return NAN;

  return chart->band_start + (category + 0.5) * chart->band_size;
}

/**
 * bp_chart_hit_test:
 * @chart: a drawn chart
 * @x: x in chart coordinates (as given to the last bp_chart_draw())
 * @y: y in chart coordinates
 * @radius: how far from a marker, bar or whisker still counts (e.g. 6 for a mouse)
 * @hit: (out caller-allocates) (optional): the data point found
 *
 * Finds the data point drawn under (@x, @y), or within @radius of it. Markers are
 * drawn over bars, so a marker in reach wins over a bar; among markers the nearest
 * centre wins (markers of two lines may overlap), among bars the nearest bar.
 *
 * Returns: whether a point was found
 */
gboolean
bp_chart_hit_test (BpChart    *chart,
                   double      x,
                   double      y,
                   double      radius,
                   BpChartHit *hit)
{
  double best_marker = G_MAXDOUBLE;
  double best_box = G_MAXDOUBLE;
  int marker_index = -1;
  int box_index = -1;
  int found;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (!chart->drawn)
    return FALSE;

  for (guint i = 0; i < chart->targets->len; i++)
    {
      const BpChartTarget *target = &g_array_index (chart->targets, BpChartTarget, i);
      double reach = target_reach (target, x, y);

      if (reach > radius)
        continue;
      if (target->radius > 0)
        {
          double centre = hypot (x - target->x, y - target->y);

          if (centre < best_marker)
            {
              best_marker = centre;
              marker_index = (int) i;
            }
        }
      else if (reach < best_box)
        {
          best_box = reach;
          box_index = (int) i;
        }
    }

  found = marker_index >= 0 ? marker_index : box_index;
  if (found < 0)
    return FALSE;

  if (hit != NULL)
    fill_hit (chart, (guint) found, &g_array_index (chart->targets, BpChartTarget, found), hit);
  return TRUE;
}

/**
 * bp_chart_get_n_targets:
 * @chart: a drawn chart
 *
 * Returns: how many data points the last draw showed (missing values are not points)
 */
guint
bp_chart_get_n_targets (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->drawn ? chart->targets->len : 0;
}

/**
 * bp_chart_get_target:
 * @chart: a drawn chart
 * @index: 0 to bp_chart_get_n_targets() - 1: series by series, categories in order
 * @hit: (out caller-allocates): the point and its position
 *
 * Enumerates the drawn points in keyboard order: next is @index + 1, previous
 * @index - 1.
 *
 * Returns: FALSE if @index is out of range
 */
gboolean
bp_chart_get_target (BpChart    *chart,
                     guint       index,
                     BpChartHit *hit)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  if (!chart->drawn || index >= chart->targets->len)
    return FALSE;

  fill_hit (chart, index, &g_array_index (chart->targets, BpChartTarget, index), hit);
  return TRUE;
}

/**
 * bp_chart_set_highlight:
 * @chart: a chart
 * @target: a target index to ring in the theme's accent colour (keyboard focus,
 *   hover), or -1 for none
 *
 * Takes effect at the next draw.
 */
void
bp_chart_set_highlight (BpChart *chart,
                        int      target)
{
  g_return_if_fail (chart != NULL);

  chart->highlight = target < 0 ? -1 : target;
}

int
bp_chart_get_highlight (BpChart *chart)
{
  g_return_val_if_fail (chart != NULL, -1);

  return chart->highlight;
}

guint
_bp_chart_get_n_text_boxes (BpChart *chart)
{
  return chart->text_boxes->len;
}

const char *
_bp_chart_get_text_box (BpChart     *chart,
                        guint        index,
                        BpChartRect *box)
{
  const BpChartTextBox *text_box;

  g_return_val_if_fail (index < chart->text_boxes->len, NULL);

  text_box = &g_array_index (chart->text_boxes, BpChartTextBox, index);
  if (box != NULL)
    *box = text_box->box;
  return text_box->text;
}

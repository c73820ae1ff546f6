/* bp-chart-columns.c: the columns layout: categories along x, values up (lines, bars)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-chart-painter-private.h"

/* Where everything goes, worked out before anything in the plot is drawn. */
typedef struct
{
  double       x0;            /* the chart's inner edges (inside the padding) */
  double       x1;
  double       top;           /* the plot */
  double       bottom;
  double       left;
  double       right;
  double       band;          /* width of one category */
  double       right_w;       /* secondary axis labels, with their gap */
  double       end_wrap;      /* direct labels wrap at this width */
  double       labels_y;      /* top of the category labels */
  double       label_wrap;    /* > 0: category labels on two lines, this wide */
  guint        label_step;    /* on one line: every label_step-th label */
  gboolean     has_secondary;
  guint        n_bar_series;
  BpChartTicks ticks[2];
} Layout;

typedef struct
{
  double y;      /* wanted centre */
  double height;
  double placed; /* centre after dodging */
  guint  series;
} EndLabel;

typedef struct
{
  const char  *text;
  double       x;        /* centre */
  double       y_top;    /* preferred: the label's bottom sits here (above the point) */
  double       y_bottom; /* else: the label's top sits here (below the point) */
  BpChartColor color;
} PointLabel;

static double
category_centre (const Layout *l,
                 guint         category)
{
  return l->left + (category + 0.5) * l->band;
}

static char *
end_label_markup (const BpChartSeries *series)
{
  if (series->end_label_value != NULL)
    return g_markup_printf_escaped ("%s <b>%s</b>", series->end_label_name,
                                    series->end_label_value);

  return g_markup_escape_text (series->end_label_name, -1);
}

static gboolean
last_point (const BpChartSeries *series,
            guint               *category)
{
  for (guint c = series->points->len; c-- > 0;)
    if (isfinite (g_array_index (series->points, BpChartPoint, c).value))
      {
        *category = c;
        return TRUE;
      }

  return FALSE;
}

/* Axis units sit above the axes, horizontal, where they are read first; the secondary
 * one right-aligned, or under the primary one if both do not fit on a line. */
static double
draw_axis_titles (BpPainter *p,
                  Layout    *l,
                  double     y)
{
  BpChart *chart = p->chart;
  double w1;
  double h1;
  double w2 = 0;
  double h2 = 0;
  gboolean stacked;

  _bp_measure_text (p, BP_FONT_SMALL, chart->axes[0].title, l->x1 - l->x0, BP_TEXT_PLAIN, &w1,
                    &h1);
  _bp_draw_text (p, BP_FONT_SMALL, chart->axes[0].title, l->x1 - l->x0, BP_TEXT_PLAIN, l->x0, y,
                 0, 0, &p->muted, NULL);
  if (!l->has_secondary)
    return y + h1;

  _bp_measure_text (p, BP_FONT_SMALL, chart->axes[1].title, l->x1 - l->x0, BP_TEXT_PLAIN, &w2,
                    &h2);
  stacked = w1 + w2 + 2 * p->gap > l->x1 - l->x0;
  _bp_draw_text (p, BP_FONT_SMALL, chart->axes[1].title, l->x1 - l->x0, BP_TEXT_PLAIN, l->x1,
                 stacked ? y + h1 : y, 1, 0, &p->muted, NULL);

  return y + (stacked ? h1 + h2 : MAX (h1, h2));
}

/* The plot's height sets the ticks, their labels' width the plot's width, that the
 * category bands, and those whether category labels fit on one line or need two
 * ("Apr-Jun" over "2022"), which changes the height: so this lays out twice at most. */
static void
lay_out (BpPainter *p,
         Layout    *l)
{
  BpChart *chart = p->chart;
  guint n_categories = MAX (chart->categories->len, 1);
  double labels_h = p->line_height;
  double max_label_w = 0;
  double end_w = 0;

  /* direct labels take at most 30% of the width; a long area name wraps */
  l->end_wrap = (l->x1 - l->x0) * 0.3;
  for (guint s = 0; s < chart->series->len; s++)
    {
      BpChartSeries *series = _bp_nth_series (chart, s);
      g_autofree char *markup = NULL;
      double w;
      double h;

      if (series->style == BP_CHART_SERIES_BARS)
        l->n_bar_series++;
      if (series->style != BP_CHART_SERIES_LINE || series->end_label_name == NULL)
        continue;
      markup = end_label_markup (series);
      _bp_measure_text (p, BP_FONT_BODY, markup, l->end_wrap, BP_TEXT_MARKUP, &w, &h);
      end_w = MAX (end_w, w);
    }
  if (end_w > 0)
    end_w += p->gap * 1.6;

  for (guint c = 0; c < chart->categories->len; c++)
    {
      double w;
      double h;

      _bp_measure_text (p, BP_FONT_BODY, _bp_nth_category (chart, c)->label, -1, BP_TEXT_PLAIN,
                        &w, &h);
      max_label_w = MAX (max_label_w, w);
    }

  l->label_wrap = -1;
  for (guint pass = 0; pass < 2; pass++)
    {
      double wrap;
      double max_w = 0;
      double max_h = 0;

      l->labels_y = p->height - p->pad - _bp_footer_height (p, l->x0, l->x1) - labels_h;
      /* clear of the half of the value labels that hangs below the lowest grid line */
      l->bottom = l->labels_y - MAX (TICK_LENGTH + 2, p->line_height / 2 + 1);
      if (l->bottom - l->top < MIN_PLOT)
        l->bottom = l->top + MIN_PLOT;

      _bp_compute_ticks (chart, BP_CHART_AXIS_PRIMARY, l->bottom - l->top, &l->ticks[0]);
      if (l->has_secondary)
        {
          double lo;
          double hi;

          _bp_data_range (chart, BP_CHART_AXIS_SECONDARY, &lo, &hi);
          bp_chart_ticks_linear_intervals (lo, hi, l->ticks[0].n_ticks - 1,
                                           chart->axes[1].include_zero, &l->ticks[1]);
          l->right_w = _bp_max_tick_label_width (p, &l->ticks[1]) + p->gap * 0.6;
        }

      l->left = l->x0 + _bp_max_tick_label_width (p, &l->ticks[0]) + p->gap * 0.6;
      l->right = l->x1 - l->right_w - end_w;
      if (l->right - l->left < MIN_PLOT)
        l->right = l->left + MIN_PLOT;
      l->band = (l->right - l->left) / n_categories;

      if (pass > 0 || max_label_w + p->gap <= l->band)
        break;

      /* try two lines, narrower than the band (with room for the band to shrink a
       * little in the second pass) */
      wrap = l->band * 0.92 - p->gap / 2;
      for (guint c = 0; c < chart->categories->len && wrap > 0; c++)
        {
          double w;
          double h;

          _bp_measure_text (p, BP_FONT_BODY, _bp_nth_category (chart, c)->label, wrap,
                            BP_TEXT_CENTER, &w, &h);
          max_w = MAX (max_w, w);
          max_h = MAX (max_h, h);
        }
      if (wrap <= 0 || max_w > wrap || max_h > p->line_height * 2.2)
        break;
      l->label_wrap = wrap;
      labels_h = max_h;
    }

  l->label_step = 1;
  if (l->label_wrap <= 0)
    l->label_step = (guint) MAX (1.0, ceil ((max_label_w + p->gap) / l->band));

  chart->plot = (BpChartRect) { l->left, l->top, l->right - l->left, l->bottom - l->top };
  chart->band_start = l->left;
  chart->band_size = l->band;
  _bp_set_map (chart, BP_CHART_AXIS_PRIMARY, &l->ticks[0], l->bottom, l->top);
  if (l->has_secondary)
    _bp_set_map (chart, BP_CHART_AXIS_SECONDARY, &l->ticks[1], l->bottom, l->top);
}

/* Grid lines at the primary ticks (the secondary axis shares them), value labels at
 * both sides, and the baseline at zero. */
static void
draw_value_axes (BpPainter    *p,
                 const Layout *l)
{
  BpChart *chart = p->chart;
  double baseline;

  cairo_set_line_width (p->cr, 1.0);
  cairo_set_dash (p->cr, NULL, 0, 0);
  _bp_set_color (p->cr, &p->grid);
  for (guint i = 0; i < l->ticks[0].n_ticks; i++)
    {
      double y = _bp_chart_map_value (&chart->maps[0], l->ticks[0].values[i]);

      y = _bp_snap (p, y, FALSE, 1.0);
      cairo_move_to (p->cr, l->left, y);
      cairo_line_to (p->cr, l->right, y);
    }
  cairo_stroke (p->cr);

  for (guint a = 0; a < (l->has_secondary ? 2u : 1u); a++)
    for (guint i = 0; i < l->ticks[a].n_ticks; i++)
      {
        g_autofree char *label = bp_chart_ticks_format (&l->ticks[a], i);
        double y = _bp_chart_map_value (&chart->maps[a], l->ticks[a].values[i]);

        if (a == 0)
          _bp_draw_text (p, BP_FONT_BODY, label, -1, BP_TEXT_PLAIN, l->left - p->gap * 0.6, y, 1,
                         0.5, &p->muted, NULL);
        else
          _bp_draw_text (p, BP_FONT_BODY, label, -1, BP_TEXT_PLAIN, l->right + p->gap * 0.6, y,
                         0, 0.5, &p->muted, NULL);
      }

  if (chart->axes[0].scale == BP_CHART_SCALE_LOG)
    baseline = l->bottom;
  else
    baseline = _bp_chart_map_value (&chart->maps[0],
                                    CLAMP (0.0, l->ticks[0].min, l->ticks[0].max));
  baseline = _bp_snap (p, baseline, FALSE, 1.0);
  _bp_set_color (p->cr, &p->fg);
  cairo_move_to (p->cr, l->left, baseline);
  cairo_line_to (p->cr, l->right, baseline);
  cairo_stroke (p->cr);
}

/* Category labels, each with a tick: on two lines if that fits, else every k-th,
 * always including the latest. */
static void
draw_category_labels (BpPainter    *p,
                      const Layout *l)
{
  BpChart *chart = p->chart;

  for (guint c = 0; c < chart->categories->len; c++)
    {
      const char *label = _bp_nth_category (chart, c)->label;
      double cx = category_centre (l, c);
      double tick_x = _bp_snap (p, cx, TRUE, 1.0);
      double w;
      double h;

      if ((chart->categories->len - 1 - c) % l->label_step != 0)
        continue;
      _bp_measure_text (p, BP_FONT_BODY, label, l->label_wrap, BP_TEXT_CENTER, &w, &h);
      _bp_draw_text (p, BP_FONT_BODY, label, l->label_wrap, BP_TEXT_CENTER,
                     CLAMP (cx, l->x0 + w / 2, l->x1 - w / 2), l->labels_y, 0.5, 0, &p->muted,
                     NULL);
      _bp_set_color (p->cr, &p->grid);
      cairo_move_to (p->cr, tick_x, l->bottom);
      cairo_line_to (p->cr, tick_x, l->bottom + TICK_LENGTH);
      cairo_stroke (p->cr);
    }
}

/* A dotted line at the annotated category, its note at the top of the plot (to the
 * left of the line near the right edge), notes that would touch stacked downwards. */
static void
draw_annotations (BpPainter    *p,
                  const Layout *l)
{
  BpChart *chart = p->chart;
  g_autoptr (GArray) boxes = g_array_new (FALSE, TRUE, sizeof (BpChartRect));

  for (guint i = 0; i < chart->annotations->len; i++)
    {
      const BpChartAnnotation *note = &g_array_index (chart->annotations, BpChartAnnotation, i);
      double ax;
      double w;
      double h;
      BpChartRect box;

      if (note->category >= chart->categories->len)
        continue;
      ax = _bp_snap (p, category_centre (l, note->category), TRUE, 1.0);
      _bp_set_color (p->cr, &p->muted);
      cairo_set_line_width (p->cr, 1.0);
      _bp_set_dash (p->cr, BP_CHART_DASH_DOTTED, 1.5);
      cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to (p->cr, ax, l->top);
      cairo_line_to (p->cr, ax, l->bottom);
      cairo_stroke (p->cr);

      _bp_measure_text (p, BP_FONT_SMALL, note->text, -1, BP_TEXT_PLAIN, &w, &h);
      box = (BpChartRect) { ax + 4, l->top + 2, w, h };
      if (box.x + w > l->right)
        box.x = ax - 4 - w;
      for (guint j = 0; j < boxes->len; j++)
        if (_bp_rects_overlap (&box, &g_array_index (boxes, BpChartRect, j), 1.0))
          box.y += h;
      _bp_draw_text (p, BP_FONT_SMALL, note->text, -1, BP_TEXT_HALO, box.x, box.y, 0, 0,
                     &p->muted, &box);
      g_array_append_val (boxes, box);
      _bp_add_placed (p, &box);
    }
}

/* Reference lines across the plot, their label above the line's right end. */
static void
draw_reference_lines (BpPainter    *p,
                      const Layout *l)
{
  BpChart *chart = p->chart;

  for (guint i = 0; i < chart->reference_lines->len; i++)
    {
      const BpChartReferenceLine *line =
        &g_array_index (chart->reference_lines, BpChartReferenceLine, i);
      double width = line->strong ? 2.0 : 1.0;
      double ly = _bp_chart_map_value (&chart->maps[line->axis], line->value);
      BpChartRect box;

      if (!isfinite (ly))
        continue;
      ly = _bp_snap (p, ly, FALSE, width);
      _bp_set_color (p->cr, line->strong ? &p->fg : &p->muted);
      cairo_set_line_width (p->cr, width);
      _bp_set_dash (p->cr, line->dash, 2.0);
      cairo_move_to (p->cr, l->left, ly);
      cairo_line_to (p->cr, l->right, ly);
      cairo_stroke (p->cr);
      if (line->label == NULL)
        continue;
      _bp_draw_text (p, BP_FONT_SMALL, line->label, -1, BP_TEXT_HALO, l->right - 4, ly - 2, 1, 1,
                     &p->muted, &box);
      _bp_add_placed (p, &box);
    }
}

/* The value label of a bar: inside at its foot if it fits (clear of lines drawn over
 * the bars), else above its end; a missing bar's label ("no data") on the baseline. */
static void
draw_bar_label (BpPainter          *p,
                const char         *label,
                double              x,
                double              width,
                double              base,
                double              end,
                const BpChartColor *color,
                gboolean            hatched)
{
  BpChartRect box;
  double w;
  double h;

  _bp_measure_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_PLAIN, &w, &h);
  if (!isfinite (end))
    _bp_draw_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_PLAIN, x + width / 2, base - 3, 0.5, 1,
                   &p->muted, &box);
  else if (base - end > h + 8 && w + 4 < width && !hatched)
    {
      BpChartColor on_bar = _bp_text_color_on (color);

      _bp_draw_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_PLAIN, x + width / 2, base - 4, 0.5, 1,
                     &on_bar, &box);
    }
  else
    _bp_draw_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_HALO, x + width / 2, end - 3, 0.5, 1,
                   &p->fg, &box);
  _bp_add_placed (p, &box);
}

/* Bar series side by side within each category band. */
static void
draw_bars (BpPainter    *p,
           const Layout *l)
{
  BpChart *chart = p->chart;
  double group_w = l->band * (l->n_bar_series > 1 ? 0.8 : 0.62);
  double bar_w = l->n_bar_series > 0 ? group_w / l->n_bar_series : 0;
  double gap_w = l->n_bar_series > 1 ? MIN (2.0, bar_w * 0.1) : 0;
  guint bar_index = 0;

  for (guint s = 0; s < chart->series->len; s++)
    {
      BpChartSeries *series = _bp_nth_series (chart, s);
      const BpChartAxisMap *map = &chart->maps[series->axis];
      double base = _bp_chart_map_value (map, CLAMP (0.0, map->min, map->max));
      BpChartColor color;

      if (series->style != BP_CHART_SERIES_BARS)
        continue;
      bp_chart_theme_get_series_color (p->theme, series->color_index, FALSE, &color);
      for (guint c = 0; c < series->points->len && c < chart->categories->len; c++)
        {
          const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);
          double x = l->left + c * l->band + (l->band - group_w) / 2 + bar_index * bar_w;
          double end = _bp_chart_map_value (map, point->value);
          gboolean hatched = series->hatched || point->hatched;

          if (isfinite (end))
            {
              _bp_draw_bar (p, x + gap_w / 2, MIN (end, base), bar_w - gap_w, fabs (base - end),
                            &color, hatched);
              _bp_add_target (p, s, c, x + bar_w / 2, end, 0, x + gap_w / 2, MIN (end, base),
                              bar_w - gap_w, fabs (base - end));
            }
          if (point->label != NULL)
            draw_bar_label (p, point->label, x, bar_w, base, end, &color, hatched);
        }
      bar_index++;
    }
}

/* One line series: a gap where a value is missing, a marker on every point; collects
 * its point labels and its direct label, placed once every mark is down. */
static void
draw_line (BpPainter    *p,
           const Layout *l,
           guint         s,
           GArray       *point_labels,
           GArray       *end_labels)
{
  BpChart *chart = p->chart;
  BpChartSeries *series = _bp_nth_series (chart, s);
  const BpChartAxisMap *map = &chart->maps[series->axis];
  double width = _bp_series_line_width (p, series);
  double r = _bp_series_marker_radius (p, series);
  gboolean pen_down = FALSE;
  BpChartColor color;
  BpChartColor text_color;
  guint last;

  bp_chart_theme_get_series_color (p->theme, series->color_index, FALSE, &color);
  bp_chart_theme_get_series_color (p->theme, series->color_index, TRUE, &text_color);

  cairo_new_path (p->cr);
  for (guint c = 0; c < series->points->len && c < chart->categories->len; c++)
    {
      double y = _bp_chart_map_value (map, g_array_index (series->points, BpChartPoint, c).value);

      if (!isfinite (y))
        pen_down = FALSE;
      else if (pen_down)
        cairo_line_to (p->cr, category_centre (l, c), y);
      else
        {
          cairo_move_to (p->cr, category_centre (l, c), y);
          pen_down = TRUE;
        }
    }
  _bp_set_color (p->cr, &color);
  cairo_set_line_width (p->cr, width);
  cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
  _bp_set_dash (p->cr, series->dash, width);
  cairo_stroke (p->cr);

  for (guint c = 0; c < series->points->len && c < chart->categories->len; c++)
    {
      const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);
      double x = category_centre (l, c);
      double y = _bp_chart_map_value (map, point->value);
      BpChartRect marker_box = { x - r, y - r, 2 * r, 2 * r };

      if (!isfinite (y))
        continue;
      _bp_draw_marker (p, _bp_point_marker (series, point), x, y, r, &color);
      _bp_add_target (p, s, c, x, y, MAX (r, 3.0), 0, 0, 0, 0);
      _bp_add_placed (p, &marker_box);
      if (point->label != NULL)
        {
          PointLabel label = { point->label, x, y - r - 3, y + r + 3, text_color };

          g_array_append_val (point_labels, label);
        }
    }

  if (series->end_label_name != NULL && last_point (series, &last))
    {
      g_autofree char *markup = end_label_markup (series);
      EndLabel label = { 0 };
      double w;

      _bp_measure_text (p, BP_FONT_BODY, markup, l->end_wrap, BP_TEXT_MARKUP, &w, &label.height);
      label.y = _bp_chart_map_value (map, g_array_index (series->points, BpChartPoint, last).value);
      label.series = s;
      g_array_append_val (end_labels, label);
    }
}

/* Point labels over the marks: above the point, else below, else left out (the value
 * is still in the tooltip and the table). */
static void
draw_point_labels (BpPainter    *p,
                   const Layout *l,
                   GArray       *point_labels)
{
  for (guint i = 0; i < point_labels->len; i++)
    {
      const PointLabel *label = &g_array_index (point_labels, PointLabel, i);
      const BpChartRect *chosen = NULL;
      BpChartRect above;
      BpChartRect below;
      double w;
      double h;

      _bp_measure_text (p, BP_FONT_SMALL, label->text, -1, BP_TEXT_PLAIN, &w, &h);
      /* the boxes include the 3 units of padding of BP_TEXT_BOX */
      above = (BpChartRect) { label->x - w / 2 - 3, label->y_top - h, w + 6, h };
      below = (BpChartRect) { label->x - w / 2 - 3, label->y_bottom, w + 6, h };
      if (above.y >= l->top - p->line_height / 2 && !_bp_collides_with_placed (p, &above))
        chosen = &above;
      else if (below.y + h <= l->bottom && !_bp_collides_with_placed (p, &below))
        chosen = &below;
      if (chosen == NULL)
        continue;
      _bp_draw_text (p, BP_FONT_SMALL, label->text, -1, BP_TEXT_BOX, chosen->x + 3, chosen->y, 0,
                     0, &label->color, NULL);
      _bp_add_placed (p, chosen);
    }
}

static int
compare_end_labels (gconstpointer a,
                    gconstpointer b)
{
  const EndLabel *la = a;
  const EndLabel *lb = b;

  return la->y < lb->y ? -1 : la->y > lb->y ? 1 : 0;
}

/* Sorted by wanted position: push each below the one above, then pull back up from
 * @hi if the column overflowed. */
static void
dodge_end_labels (EndLabel *labels,
                  guint     n,
                  double    lo,
                  double    hi)
{
  for (guint i = 0; i < n; i++)
    {
      double min_centre = lo + labels[i].height / 2;

      if (i > 0)
        min_centre = labels[i - 1].placed + (labels[i - 1].height + labels[i].height) / 2;
      labels[i].placed = MAX (labels[i].y, min_centre);
    }
  for (guint i = n; i-- > 0;)
    {
      double max_centre = hi - labels[i].height / 2;

      if (i < n - 1)
        max_centre = labels[i + 1].placed - (labels[i + 1].height + labels[i].height) / 2;
      labels[i].placed = MIN (labels[i].placed, max_centre);
    }
}

/* Direct labels right of the line ends, moved apart so they never touch, each joined
 * to its line's last point by a thin leader. */
static void
draw_end_labels (BpPainter    *p,
                 const Layout *l,
                 GArray       *end_labels)
{
  BpChart *chart = p->chart;
  double lx = l->right + l->right_w + p->gap * 1.6;

  g_array_sort (end_labels, compare_end_labels);
  dodge_end_labels ((EndLabel *) (void *) end_labels->data, end_labels->len,
                    l->top - p->line_height / 2, l->bottom + p->line_height / 2);
  for (guint i = 0; i < end_labels->len; i++)
    {
      const EndLabel *label = &g_array_index (end_labels, EndLabel, i);
      BpChartSeries *series = _bp_nth_series (chart, label->series);
      g_autofree char *markup = end_label_markup (series);
      BpChartColor color;
      BpChartColor text_color;
      guint last = 0;

      bp_chart_theme_get_series_color (p->theme, series->color_index, FALSE, &color);
      bp_chart_theme_get_series_color (p->theme, series->color_index, TRUE, &text_color);
      last_point (series, &last);
      /* A leader joins the label to the line's end only when the line reaches the last
       * period: across a gap it would read as the line going on, flat. */
      if (last + 1 == chart->categories->len)
        {
          _bp_set_color (p->cr, &color);
          cairo_set_line_width (p->cr, 1.0);
          cairo_set_dash (p->cr, NULL, 0, 0);
          cairo_move_to (p->cr,
                         category_centre (l, last) + _bp_series_marker_radius (p, series) + 3,
                         label->y);
          cairo_line_to (p->cr, lx - 4, label->placed);
          cairo_stroke (p->cr);
        }
      _bp_draw_text (p, BP_FONT_BODY, markup, l->end_wrap, BP_TEXT_MARKUP, lx, label->placed, 0,
                     0.5, &text_color, NULL);
    }
}

void
_bp_render_columns (BpPainter *p)
{
  BpChart *chart = p->chart;
  g_autoptr (GArray) point_labels = g_array_new (FALSE, TRUE, sizeof (PointLabel));
  g_autoptr (GArray) end_labels = g_array_new (FALSE, TRUE, sizeof (EndLabel));
  Layout l = { 0 };

  l.x0 = p->pad;
  l.x1 = p->width - p->pad;
  l.has_secondary = _bp_axis_in_use (chart, BP_CHART_AXIS_SECONDARY);

  l.top = _bp_draw_header (p, l.x0, l.x1, p->pad);
  l.top = draw_axis_titles (p, &l, l.top);
  /* room for the top value label, centred on the top grid line */
  l.top += p->gap * 0.5 + p->line_height / 2;
  lay_out (p, &l);

  draw_value_axes (p, &l);
  draw_category_labels (p, &l);
  draw_annotations (p, &l);
  draw_reference_lines (p, &l);
  draw_bars (p, &l);
  /* emphasised lines (the local area) last, on top */
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = 0; s < chart->series->len; s++)
      {
        BpChartSeries *series = _bp_nth_series (chart, s);

        if (series->style == BP_CHART_SERIES_LINE && series->emphasis == (pass == 1))
          draw_line (p, &l, s, point_labels, end_labels);
      }
  draw_point_labels (p, &l, point_labels);
  draw_end_labels (p, &l, end_labels);

  if (!_bp_chart_has_data (chart))
    _bp_draw_no_data (p);
  _bp_draw_footer (p, l.x0, l.x1);
}

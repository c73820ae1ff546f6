/* bp-chart-rows.c: the rows layout: categories down the left, values along x (dots
 * with intervals, paired bars, stacked bars, a funnel), a column of notes at the right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-chart-painter-private.h"

typedef struct
{
  BpChartRect box;
  double      line_x;
  guint       line;  /* index of the reference line */
  guint       level; /* 0: nearest the plot */
} LineLabel;

/* Where everything goes, worked out before anything in the plot is drawn. */
typedef struct
{
  double       x0;           /* the chart's inner edges (inside the padding) */
  double       x1;
  double       top;          /* the plot */
  double       bottom;
  double       left;
  double       right;
  double       band;         /* height of one row */
  double       label_wrap;   /* row labels wrap at this width */
  double       notes_wrap;
  double       notes_x;      /* left edge of the notes column */
  double       baseline;     /* x of zero, where bars start */
  guint        n_bar_series; /* bar slots in a row: all the stacked series take one */
  guint        n_dot_series;
  gboolean     funnel_only;  /* every series a funnel: no value axis */
  guint        n_levels;     /* lines of reference line labels above the plot */
  BpChartTicks ticks;
  GArray      *line_labels;  /* LineLabel */
} Layout;

static int
compare_line_labels (gconstpointer a,
                     gconstpointer b)
{
  const LineLabel *la = a;
  const LineLabel *lb = b;

  return la->line_x > lb->line_x ? -1 : la->line_x < lb->line_x ? 1 : 0;
}

/* Whether @label at its level would touch a label already placed, or a line passing
 * through its level (or its line pass through a label below). */
static gboolean
line_label_clashes (BpPainter       *p,
                    const LineLabel *label,
                    const LineLabel *placed,
                    guint            n_placed)
{
  for (guint j = 0; j < n_placed; j++)
    {
      const LineLabel *other = &placed[j];

      if (other->level == label->level)
        {
          if (label->box.x < other->box.x + other->box.width + p->gap
              && other->box.x < label->box.x + label->box.width + p->gap)
            return TRUE;
        }
      else if (other->level < label->level)
        {
          if (label->line_x >= other->box.x - 2
              && label->line_x <= other->box.x + other->box.width + 2)
            return TRUE;
        }
      else if (other->line_x >= label->box.x - 2
               && other->line_x <= label->box.x + label->box.width + 2)
        return TRUE;
    }

  return FALSE;
}

/* Reference line labels sit beside their line above the plot, stacked in levels so
 * that no label touches another or crosses a line. Taking lines from right to left
 * keeps each line's way down free of the labels below it. */
static void
stack_line_labels (BpPainter *p,
                   Layout    *l)
{
  BpChart *chart = p->chart;

  for (guint i = 0; i < chart->reference_lines->len; i++)
    {
      const BpChartReferenceLine *line =
        &g_array_index (chart->reference_lines, BpChartReferenceLine, i);
      LineLabel label = { .line = i };
      double w;
      double h;

      label.line_x = _bp_chart_map_value (&chart->maps[0], line->value);
      if (line->label == NULL || !isfinite (label.line_x))
        continue;
      _bp_measure_text (p, BP_FONT_SMALL, line->label, -1, BP_TEXT_PLAIN, &w, &h);
      label.box = (BpChartRect) { label.line_x + 4, 0, w, h };
      if (label.box.x + w > l->right)
        label.box.x = MAX (l->x0, label.line_x - 4 - w);
      g_array_append_val (l->line_labels, label);
    }

  g_array_sort (l->line_labels, compare_line_labels);
  for (guint i = 0; i < l->line_labels->len; i++)
    {
      LineLabel *label = &g_array_index (l->line_labels, LineLabel, i);

      for (label->level = 0; label->level < i; label->level++)
        if (!line_label_clashes (p, label, (const LineLabel *) (void *) l->line_labels->data, i))
          break;
      l->n_levels = MAX (l->n_levels, label->level + 1);
    }
}

/* Across: row labels, plot, notes. Then the value axis, the labels above the plot, and
 * down: header, line labels, rows, tick labels, axis unit, source. */
static void
lay_out (BpPainter *p,
         Layout    *l)
{
  BpChart *chart = p->chart;
  double label_w = 0;
  double notes_w = 0;
  double axis_title_h;
  double w;
  double h;

  l->label_wrap = (l->x1 - l->x0) * 0.3;
  l->notes_wrap = (l->x1 - l->x0) * 0.38;
  for (guint c = 0; c < chart->categories->len; c++)
    {
      BpChartCategory *category = _bp_nth_category (chart, c);

      _bp_measure_text (p, BP_FONT_BODY, category->label, l->label_wrap, BP_TEXT_PLAIN, &w, &h);
      label_w = MAX (label_w, w);
      _bp_measure_text (p, BP_FONT_BODY, category->note, l->notes_wrap, BP_TEXT_PLAIN, &w, &h);
      notes_w = MAX (notes_w, w);
    }
  _bp_measure_text (p, BP_FONT_BOLD, chart->notes_header, l->notes_wrap, BP_TEXT_PLAIN, &w, &h);
  notes_w = MAX (notes_w, w);
  {
    gboolean stacked = FALSE;
    guint n_funnel = 0;

    for (guint s = 0; s < chart->series->len; s++)
      switch (_bp_nth_series (chart, s)->style)
        {
        case BP_CHART_SERIES_STACKED:
          if (!stacked)
            l->n_bar_series++;
          stacked = TRUE;
          break;
        case BP_CHART_SERIES_FUNNEL:
          n_funnel++;
          l->n_bar_series++;
          break;
        case BP_CHART_SERIES_BARS:
          l->n_bar_series++;
          break;
        case BP_CHART_SERIES_DOTS:
        case BP_CHART_SERIES_LINE:
        default:
          l->n_dot_series++;
          break;
        }
    l->funnel_only = n_funnel > 0 && n_funnel == chart->series->len;
  }

  l->left = l->x0 + label_w + p->gap * 1.5;
  l->notes_x = l->x1 - notes_w;
  l->right = notes_w > 0 ? l->notes_x - p->gap * 2 : l->x1 - p->gap;
  if (l->right - l->left < MIN_PLOT)
    l->right = l->left + MIN_PLOT;

  _bp_compute_ticks (chart, BP_CHART_AXIS_PRIMARY, l->right - l->left, &l->ticks);
  _bp_set_map (chart, BP_CHART_AXIS_PRIMARY, &l->ticks, l->left, l->right);
  if (chart->axes[0].scale == BP_CHART_SCALE_LOG)
    l->baseline = l->left;
  else
    l->baseline = _bp_chart_map_value (&chart->maps[0],
                                       CLAMP (0.0, l->ticks.min, l->ticks.max));
  stack_line_labels (p, l);

  l->top = _bp_draw_header (p, l->x0, l->x1, p->pad);
  l->top += MAX (l->n_levels * p->small_line_height,
                 chart->notes_header != NULL ? p->line_height : 0);
  l->top += p->gap * 0.5;

  _bp_measure_text (p, BP_FONT_SMALL, chart->axes[0].title, l->right - l->left, BP_TEXT_PLAIN, &w,
                    &axis_title_h);
  l->bottom = p->height - p->pad - _bp_footer_height (p, l->x0, l->x1) - axis_title_h
              - (axis_title_h > 0 ? p->gap * 0.3 : 0) - p->line_height - TICK_LENGTH - 2;
  if (l->bottom - l->top < MIN_PLOT)
    l->bottom = l->top + MIN_PLOT;

  l->band = (l->bottom - l->top) / MAX (chart->categories->len, 1);
  chart->plot = (BpChartRect) { l->left, l->top, l->right - l->left, l->bottom - l->top };
  chart->band_start = l->top;
  chart->band_size = l->band;
}

/* Alternate rows shaded, so a row reads across from its label to its note. */
static void
draw_stripes (BpPainter    *p,
              const Layout *l)
{
  if (p->theme->high_contrast)
    return;

  _bp_set_color (p->cr, &p->stripe);
  for (guint c = 0; c < p->chart->categories->len; c += 2)
    cairo_rectangle (p->cr, l->x0 - p->pad / 2, l->top + c * l->band, l->x1 - l->x0 + p->pad,
                     l->band);
  cairo_fill (p->cr);
}

/* Grid lines down the rows, tick labels under them, the unit under those, and the zero
 * line bars start from. */
static void
draw_value_axis (BpPainter    *p,
                 const Layout *l)
{
  BpChart *chart = p->chart;
  double labels_y = l->bottom + TICK_LENGTH + 2;

  if (l->funnel_only)
    return;
  _bp_set_color (p->cr, &p->grid);
  cairo_set_line_width (p->cr, 1.0);
  cairo_set_dash (p->cr, NULL, 0, 0);
  for (guint i = 0; i < l->ticks.n_ticks; i++)
    {
      double x = _bp_chart_map_value (&chart->maps[0], l->ticks.values[i]);

      x = _bp_snap (p, x, TRUE, 1.0);
      cairo_move_to (p->cr, x, l->top);
      cairo_line_to (p->cr, x, l->bottom + TICK_LENGTH);
    }
  cairo_stroke (p->cr);

  for (guint i = 0; i < l->ticks.n_ticks; i++)
    {
      g_autofree char *label = bp_chart_ticks_format (&l->ticks, i);
      double x = _bp_chart_map_value (&chart->maps[0], l->ticks.values[i]);
      double w;
      double h;

      _bp_measure_text (p, BP_FONT_BODY, label, -1, BP_TEXT_PLAIN, &w, &h);
      _bp_draw_text (p, BP_FONT_BODY, label, -1, BP_TEXT_PLAIN,
                     CLAMP (x, l->x0 + w / 2, l->x1 - w / 2), labels_y, 0.5, 0, &p->muted, NULL);
    }
  _bp_draw_text (p, BP_FONT_SMALL, chart->axes[0].title, l->right - l->left, BP_TEXT_PLAIN,
                 (l->left + l->right) / 2, labels_y + p->line_height + p->gap * 0.3, 0.5, 0,
                 &p->muted, NULL);

  if (l->n_bar_series > 0)
    {
      double x = _bp_snap (p, l->baseline, TRUE, 1.0);

      _bp_set_color (p->cr, &p->fg);
      cairo_move_to (p->cr, x, l->top);
      cairo_line_to (p->cr, x, l->bottom);
      cairo_stroke (p->cr);
    }
}

/* Reference lines from their label (beside them, above the plot) down to the axis. */
static void
draw_reference_lines (BpPainter    *p,
                      const Layout *l)
{
  BpChart *chart = p->chart;

  for (guint i = 0; i < chart->reference_lines->len; i++)
    {
      const BpChartReferenceLine *line =
        &g_array_index (chart->reference_lines, BpChartReferenceLine, i);
      const BpChartColor *color = line->strong ? &p->fg : &p->muted;
      double width = line->strong ? 2.0 : 1.5;
      double lx = _bp_chart_map_value (&chart->maps[0], line->value);
      double line_top = l->top;

      if (!isfinite (lx))
        continue;
      lx = _bp_snap (p, lx, TRUE, width);
      for (guint j = 0; j < l->line_labels->len; j++)
        {
          const LineLabel *label = &g_array_index (l->line_labels, LineLabel, j);
          double ly = l->top - p->gap * 0.5 - (label->level + 1) * p->small_line_height;

          if (label->line != i)
            continue;
          _bp_draw_text (p, BP_FONT_SMALL, line->label, -1, BP_TEXT_PLAIN, label->box.x, ly, 0, 0,
                         color, NULL);
          line_top = ly + 1;
        }
      _bp_set_color (p->cr, color);
      cairo_set_line_width (p->cr, width);
      cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_BUTT);
      _bp_set_dash (p->cr, line->dash, width);
      cairo_move_to (p->cr, lx, line_top);
      cairo_line_to (p->cr, lx, l->bottom);
      cairo_stroke (p->cr);
    }
  cairo_set_dash (p->cr, NULL, 0, 0);
}

/* Where bar slot @bar_index of row @c goes: its top and height, and the gap left
 * between neighbouring bars. */
static void
bar_slot (BpPainter    *p,
          const Layout *l,
          guint         c,
          guint         bar_index,
          double       *y,
          double       *bar_h,
          double       *gap_h)
{
  double group_h = MIN (l->band * 0.78, l->n_bar_series * p->font_size * 2.2);

  *bar_h = group_h / l->n_bar_series;
  *gap_h = MIN (2.0, *bar_h * 0.12);
  *y = l->top + (c + 0.5) * l->band - group_h / 2 + bar_index * *bar_h;
}

/* A bar's label at its end, outside it when there is room before the notes column,
 * else inside the end. */
static void
draw_bar_label (BpPainter          *p,
                const Layout       *l,
                const char         *label,
                double              start,
                double              end,
                double              cy,
                const BpChartColor *color)
{
  double w;
  double h;

  if (label == NULL)
    return;
  _bp_measure_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_PLAIN, &w, &h);
  if (end + 4 + w <= l->notes_x - p->gap || fabs (end - start) < w + 8)
    _bp_draw_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_PLAIN, end + 4, cy, 0, 0.5, &p->fg,
                   NULL);
  else
    {
      BpChartColor on_bar = _bp_text_color_on (color);

      _bp_draw_text (p, BP_FONT_SMALL, label, -1, BP_TEXT_PLAIN, end - 4, cy, 1, 0.5, &on_bar,
                     NULL);
    }
}

/* A bar of a group of bars in a row, its value at its end (inside the end if the
 * notes column is too close); a missing value's label ("[c]") at the baseline. */
static void
draw_bar (BpPainter          *p,
          const Layout       *l,
          guint               s,
          guint               c,
          guint               bar_index,
          const BpChartColor *color)
{
  const BpChartSeries *series = _bp_nth_series (p->chart, s);
  const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);
  double end = _bp_chart_map_value (&p->chart->maps[0], point->value);
  double x = MIN (l->baseline, end);
  double y, bar_h, gap_h, cy;

  bar_slot (p, l, c, bar_index, &y, &bar_h, &gap_h);
  cy = y + bar_h / 2;
  if (!isfinite (end))
    {
      _bp_draw_text (p, BP_FONT_SMALL, point->label, -1, BP_TEXT_PLAIN, l->baseline + 4, cy, 0,
                     0.5, &p->muted, NULL);
      return;
    }

  _bp_draw_bar (p, x, y + gap_h / 2, fabs (end - l->baseline), bar_h - gap_h, color,
                series->hatched || point->hatched);
  _bp_add_target (p, s, c, end, cy, 0, x, y + gap_h / 2, fabs (end - l->baseline),
                  bar_h - gap_h);
  draw_bar_label (p, l, point->label, l->baseline, end, cy, color);
}

/* A segment of a stacked bar: it starts where the stacked series before it end, and
 * its label sits inside it when it fits (the tooltip and the table always have it).
 * A row whose segments are all missing shows the first one's label ("[c]"). */
static void
draw_segment (BpPainter          *p,
              const Layout       *l,
              guint               s,
              guint               c,
              guint               bar_index,
              const BpChartColor *color)
{
  BpChart *chart = p->chart;
  const BpChartSeries *series = _bp_nth_series (chart, s);
  const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);
  double from = 0;
  gboolean first = TRUE;
  double start, end, y, bar_h, gap_h, cy, w, h;

  for (guint t = 0; t < s; t++)
    {
      const BpChartSeries *before = _bp_nth_series (chart, t);
      const BpChartPoint *q = _bp_chart_series_get_point (before, c);

      if (before->style != BP_CHART_SERIES_STACKED || before->axis != series->axis)
        continue;
      first = FALSE;
      if (q != NULL && isfinite (q->value))
        from += q->value;
    }
  bar_slot (p, l, c, bar_index, &y, &bar_h, &gap_h);
  cy = y + bar_h / 2;
  if (!isfinite (point->value))
    {
      if (first && from == 0)
        _bp_draw_text (p, BP_FONT_SMALL, point->label, -1, BP_TEXT_PLAIN, l->baseline + 4, cy,
                       0, 0.5, &p->muted, NULL);
      return;
    }

  start = _bp_chart_map_value (&chart->maps[0], from);
  end = _bp_chart_map_value (&chart->maps[0], from + point->value);
  if (end - start <= 0)
    return;
  _bp_draw_bar (p, start, y + gap_h / 2, end - start, bar_h - gap_h, color,
                series->hatched || point->hatched);
  _bp_add_target (p, s, c, (start + end) / 2, cy, 0, start, y + gap_h / 2, end - start,
                  bar_h - gap_h);
  if (point->label == NULL)
    return;
  _bp_measure_text (p, BP_FONT_SMALL, point->label, -1, BP_TEXT_PLAIN, &w, &h);
  if (w + 6 <= end - start && h <= bar_h - gap_h)
    {
      BpChartColor on_bar = _bp_text_color_on (color);

      _bp_draw_text (p, BP_FONT_SMALL, point->label, -1,
                     series->hatched || point->hatched ? BP_TEXT_HALO : BP_TEXT_PLAIN,
                     (start + end) / 2, cy, 0.5, 0.5,
                     series->hatched || point->hatched ? &p->fg : &on_bar, NULL);
    }
}

/* A stage of a funnel: a bar centred in the plot, as wide as its value on the axis,
 * labelled at its right end. */
static void
draw_funnel (BpPainter          *p,
             const Layout       *l,
             guint               s,
             guint               c,
             guint               bar_index,
             const BpChartColor *color)
{
  const BpChartSeries *series = _bp_nth_series (p->chart, s);
  const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);
  const BpChartAxisMap *map = &p->chart->maps[0];
  double width = _bp_chart_map_value (map, point->value) - _bp_chart_map_value (map, 0.0);
  double mid = (l->left + l->right) / 2;
  double y, bar_h, gap_h, cy;

  bar_slot (p, l, c, bar_index, &y, &bar_h, &gap_h);
  cy = y + bar_h / 2;
  if (!isfinite (width) || width < 0)
    {
      _bp_draw_text (p, BP_FONT_SMALL, point->label, -1, BP_TEXT_PLAIN, mid, cy, 0.5, 0.5,
                     &p->muted, NULL);
      return;
    }

  width = MAX (width, 1.0);
  _bp_draw_bar (p, mid - width / 2, y + gap_h / 2, width, bar_h - gap_h, color,
                series->hatched || point->hatched);
  _bp_add_target (p, s, c, mid + width / 2, cy, 0, mid - width / 2, y + gap_h / 2, width,
                  bar_h - gap_h);
  draw_bar_label (p, l, point->label, mid - width / 2, mid + width / 2, cy, color);
}

/* A marker at the value, with a whisker for its interval; several dot series in a
 * row are spread vertically. */
static void
draw_dot (BpPainter          *p,
          const Layout       *l,
          guint               s,
          guint               c,
          guint               dot_index,
          const BpChartColor *color)
{
  const BpChartSeries *series = _bp_nth_series (p->chart, s);
  const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);
  const BpChartAxisMap *map = &p->chart->maps[0];
  double r = p->marker_radius * 1.25;
  double spread = MIN (l->band / (l->n_dot_series + 1), r * 3);
  double cy = l->top + (c + 0.5) * l->band + (dot_index - (l->n_dot_series - 1) / 2.0) * spread;
  double x = _bp_chart_map_value (map, point->value);

  if (!isfinite (x))
    return;

  if (isfinite (point->low) && isfinite (point->high))
    {
      double lx = _bp_chart_map_value (map, point->low);
      double hx = _bp_chart_map_value (map, point->high);
      double cap = MIN (r, l->band * 0.2);

      _bp_set_color (p->cr, color);
      cairo_set_line_width (p->cr, p->theme->high_contrast ? 2.5 : 2.0);
      cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_BUTT);
      cairo_move_to (p->cr, lx, cy);
      cairo_line_to (p->cr, hx, cy);
      cairo_move_to (p->cr, lx, cy - cap);
      cairo_line_to (p->cr, lx, cy + cap);
      cairo_move_to (p->cr, hx, cy - cap);
      cairo_line_to (p->cr, hx, cy + cap);
      cairo_stroke (p->cr);
      _bp_add_target (p, s, c, x, cy, r, lx, cy - cap, hx - lx, 2 * cap);
    }
  else
    _bp_add_target (p, s, c, x, cy, r, 0, 0, 0, 0);

  _bp_draw_marker (p, _bp_point_marker (series, point), x, cy, r, color);
  if (point->label != NULL)
    {
      BpChartColor text_color;

      bp_chart_theme_get_series_color (p->theme, series->color_index, TRUE, &text_color);
      _bp_draw_text (p, BP_FONT_SMALL, point->label, -1, BP_TEXT_HALO, x, cy - r - 2, 0.5, 1,
                     &text_color, NULL);
    }
}

static void
draw_series (BpPainter    *p,
             const Layout *l)
{
  BpChart *chart = p->chart;
  guint bar_index = 0;
  guint dot_index = 0;
  guint stacked_index = G_MAXUINT;

  for (guint s = 0; s < chart->series->len; s++)
    {
      BpChartSeries *series = _bp_nth_series (chart, s);
      guint n = MIN (series->points->len, chart->categories->len);
      BpChartColor color;

      bp_chart_theme_get_series_color (p->theme, series->color_index, FALSE, &color);
      switch (series->style)
        {
        case BP_CHART_SERIES_BARS:
          for (guint c = 0; c < n; c++)
            draw_bar (p, l, s, c, bar_index, &color);
          bar_index++;
          break;
        case BP_CHART_SERIES_STACKED:
          if (stacked_index == G_MAXUINT)
            stacked_index = bar_index++;
          for (guint c = 0; c < n; c++)
            draw_segment (p, l, s, c, stacked_index, &color);
          break;
        case BP_CHART_SERIES_FUNNEL:
          for (guint c = 0; c < n; c++)
            draw_funnel (p, l, s, c, bar_index, &color);
          bar_index++;
          break;
        case BP_CHART_SERIES_DOTS:
        case BP_CHART_SERIES_LINE:
        default:
          for (guint c = 0; c < n; c++)
            draw_dot (p, l, s, c, dot_index, &color);
          dot_index++;
          break;
        }
    }
}

static void
draw_row_text (BpPainter    *p,
               const Layout *l)
{
  BpChart *chart = p->chart;

  for (guint c = 0; c < chart->categories->len; c++)
    {
      BpChartCategory *category = _bp_nth_category (chart, c);
      double cy = l->top + (c + 0.5) * l->band;

      _bp_draw_text (p, BP_FONT_BODY, category->label, l->label_wrap, BP_TEXT_PLAIN, l->x0, cy, 0,
                     0.5, &p->fg, NULL);
      _bp_draw_text (p, BP_FONT_BODY, category->note, l->notes_wrap, BP_TEXT_PLAIN, l->notes_x, cy,
                     0, 0.5, &p->fg, NULL);
    }
  _bp_draw_text (p, BP_FONT_BOLD, chart->notes_header, l->notes_wrap, BP_TEXT_PLAIN, l->notes_x,
                 l->top - p->gap * 0.5, 0, 1, &p->fg, NULL);
}

void
_bp_render_rows (BpPainter *p)
{
  g_autoptr (GArray) line_labels = g_array_new (FALSE, TRUE, sizeof (LineLabel));
  Layout l = { 0 };

  l.x0 = p->pad;
  l.x1 = p->width - p->pad;
  l.line_labels = line_labels;
  lay_out (p, &l);

  draw_stripes (p, &l);
  draw_value_axis (p, &l);
  draw_reference_lines (p, &l);
  draw_series (p, &l);
  draw_row_text (p, &l);

  if (!_bp_chart_has_data (p->chart))
    _bp_draw_no_data (p);
  _bp_draw_footer (p, l.x0, l.x1);
}

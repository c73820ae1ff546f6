/* bp-chart-painter.c: what every chart layout draws with: colours, marks, text,
 * header and footer; and the entry point that picks the layout
 *
 * Every block of text is measured before anything is placed, so titles, legends, axis
 * labels and direct labels push the plot inwards rather than overlapping it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-painter-private.h"

/* Chrome proportions, as multiples of the body font size. */
#define PAD_EM   1.25
#define GAP_EM   0.62
#define TITLE_EM 1.38
#define SMALL_EM 0.86

/* ---------------------------------------------------------------------------------- */
/* Colours and small shapes                                                            */

BpChartColor
_bp_mix_colors (const BpChartColor *a,
                const BpChartColor *b,
                double              t)
{
  BpChartColor c = {
    a->red + (b->red - a->red) * t,
    a->green + (b->green - a->green) * t,
    a->blue + (b->blue - a->blue) * t,
    1.0,
  };

  return c;
}

void
_bp_set_color (cairo_t            *cr,
               const BpChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* Black or white, whichever reads better on @fill (labels inside bars). */
BpChartColor
_bp_text_color_on (const BpChartColor *fill)
{
  static const BpChartColor black = { 0, 0, 0, 1 };
  static const BpChartColor white = { 1, 1, 1, 1 };

  return bp_chart_color_contrast (fill, &white) >= bp_chart_color_contrast (fill, &black)
           ? white
           : black;
}

/* Moves a coordinate to the device pixel grid so thin horizontal and vertical lines
 * are crisp at any device scale. */
double
_bp_snap (BpPainter *p,
          double     value,
          gboolean   vertical_line,
          double     line_width)
{
  cairo_surface_t *target = cairo_get_target (p->cr);
  double sx = 1, sy = 1;
  double x = vertical_line ? value : 0;
  double y = vertical_line ? 0 : value;
  double wx = line_width;
  double wy = line_width;
  double device;
  double device_width;
  double scale;
  int pixels;

  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_user_to_device (p->cr, &x, &y);
  cairo_user_to_device_distance (p->cr, &wx, &wy);
  scale = vertical_line ? sx : sy;
  device = (vertical_line ? x : y) * scale;
  device_width = fabs (vertical_line ? wx : wy) * scale;
  pixels = MAX (1, (int) round (device_width));
  device = (pixels % 2) ? floor (device) + 0.5 : round (device);
  if (vertical_line)
    x = device / scale;
  else
    y = device / scale;
  cairo_device_to_user (p->cr, &x, &y);

  return vertical_line ? x : y;
}

void
_bp_set_dash (cairo_t     *cr,
              BpChartDash  dash,
              double       width)
{
  double dashed[] = { width * 3.2, width * 2.0 };
  double dotted[] = { 0, width * 2.2 };
  double dash_dot[] = { width * 3.6, width * 1.9, 0, width * 1.9 };

  switch (dash)
    {
    case BP_CHART_DASH_DASHED:
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;
    case BP_CHART_DASH_DOTTED:
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;
    case BP_CHART_DASH_DASH_DOT:
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      break;
    case BP_CHART_DASH_SOLID:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
marker_path (cairo_t       *cr,
             BpChartMarker  marker,
             double         x,
             double         y,
             double         r)
{
  double t = r * 1.3; /* triangles and diamonds look smaller than circles of equal radius */

  switch (marker)
    {
    case BP_CHART_MARKER_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case BP_CHART_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case BP_CHART_MARKER_TRIANGLE_UP:
      cairo_move_to (cr, x, y - t);
      cairo_line_to (cr, x + t * 0.94, y + t * 0.6);
      cairo_line_to (cr, x - t * 0.94, y + t * 0.6);
      cairo_close_path (cr);
      break;
    case BP_CHART_MARKER_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + t);
      cairo_line_to (cr, x + t * 0.94, y - t * 0.6);
      cairo_line_to (cr, x - t * 0.94, y - t * 0.6);
      cairo_close_path (cr);
      break;
    case BP_CHART_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - t);
      cairo_line_to (cr, x + t * 0.85, y);
      cairo_line_to (cr, x, y + t);
      cairo_line_to (cr, x - t * 0.85, y);
      cairo_close_path (cr);
      break;
    case BP_CHART_MARKER_NONE:
    default:
      break;
    }
}

void
_bp_draw_marker (BpPainter          *p,
                 BpChartMarker       marker,
                 double              x,
                 double              y,
                 double              r,
                 const BpChartColor *color)
{
  if (marker == BP_CHART_MARKER_NONE)
    return;

  cairo_new_path (p->cr);
  marker_path (p->cr, marker, x, y, r);
  _bp_set_color (p->cr, color);
  cairo_fill_preserve (p->cr);
  /* a thin ring of background separates markers from lines and from each other */
  _bp_set_color (p->cr, &p->bg);
  cairo_set_line_width (p->cr, p->theme->high_contrast ? 1.0 : 1.2);
  cairo_set_dash (p->cr, NULL, 0, 0);
  cairo_stroke (p->cr);
}

/* Hatching for image surfaces: a repeating tile at device resolution, far cheaper
 * than stroking and clipping each line (PDF and SVG get real lines instead). */
static cairo_pattern_t *
hatch_tile (BpPainter          *p,
            double              spacing,
            double              line_width,
            const BpChartColor *light,
            const BpChartColor *color)
{
  double dx = spacing;
  double dy = 0;
  double sx = 1;
  double sy = 1;
  double scale;
  int size;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  cairo_t *cr;

  cairo_surface_get_device_scale (cairo_get_target (p->cr), &sx, &sy);
  cairo_user_to_device_distance (p->cr, &dx, &dy);
  scale = hypot (dx, dy) * sx / spacing;
  size = MAX (2, (int) round (spacing * scale));
  scale = size / spacing;

  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (tile);
  cairo_scale (cr, scale, scale);
  _bp_set_color (cr, light);
  cairo_paint (cr);
  _bp_set_color (cr, color);
  cairo_set_line_width (cr, line_width);
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * spacing - 1, spacing + 1);
      cairo_line_to (cr, k * spacing + spacing + 1, -1);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_matrix_init_scale (&matrix, scale, scale);
  cairo_pattern_set_matrix (pattern, &matrix);

  return pattern;
}

void
_bp_draw_bar (BpPainter          *p,
              double              x,
              double              y,
              double              w,
              double              h,
              const BpChartColor *color,
              gboolean            hatched)
{
  cairo_t *cr = p->cr;
  BpChartColor light;
  double spacing = p->theme->high_contrast ? 5.0 : 6.0;
  double border = 1.5;
  double hatch_width = 1.6;

  if (w <= 0 || h <= 0)
    return;

  if (!hatched)
    {
      cairo_rectangle (cr, x, y, w, h);
      _bp_set_color (cr, color);
      cairo_fill (cr);
      return;
    }

  light = _bp_mix_colors (&p->bg, color, 0.18);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      cairo_pattern_t *pattern = hatch_tile (p, spacing, hatch_width, &light, color);

      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  else
    {
      _bp_set_color (cr, &light);
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      _bp_set_color (cr, color);
      cairo_set_line_width (cr, hatch_width);
      cairo_set_dash (cr, NULL, 0, 0);
      /* lines at the same places as the tiles': x + y = k * spacing */
      for (double d = floor ((x + y) / spacing) * spacing; d < x + w + y + h + spacing;
           d += spacing)
        {
          cairo_move_to (cr, d - (y + h), y + h);
          cairo_line_to (cr, d - y, y);
        }
      cairo_stroke (cr);
      cairo_reset_clip (cr);
    }
  cairo_rectangle (cr, x + border / 2, y + border / 2, w - border, h - border);
  _bp_set_color (cr, color);
  cairo_set_line_width (cr, border);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ---------------------------------------------------------------------------------- */
/* Text                                                                                */

typedef struct
{
  PangoLayout *layout;
  guint        generation; /* the draw that last used it */
} CachedLayout;

struct _BpChartTextCache
{
  GThread      *thread;    /* pango font maps are per thread */
  PangoContext *context;
  char         *signature; /* the font family and size the layouts were made with */
  GHashTable   *layouts;   /* "font flags wrap\ntext" -> CachedLayout */
  guint         generation;
};

static void
cached_layout_free (gpointer data)
{
  CachedLayout *cached = data;

  g_object_unref (cached->layout);
  g_free (cached);
}

void
_bp_chart_text_cache_free (BpChartTextCache *cache)
{
  if (cache == NULL)
    return;

  g_hash_table_unref (cache->layouts);
  g_object_unref (cache->context);
  g_free (cache->signature);
  g_free (cache);
}

static BpChartTextCache *
text_cache_new (const char *signature)
{
  BpChartTextCache *cache = g_new0 (BpChartTextCache, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  cache->thread = g_thread_self ();
  cache->signature = g_strdup (signature);
  cache->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_layout_free);

  /* No hinting: text measures the same on screen, in PNG and in PDF, at any scale, so
   * the layout (and reference images) do not depend on the surface. */
  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (cache->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (cache->context, FALSE);

  return cache;
}

/* Shaping text is the costliest part of a draw, and a chart redrawn on hover shows the
 * same text: layouts are kept between draws, and those a draw did not use are dropped
 * after it (so resizing does not pile up wrapped layouts). */
static void
text_cache_begin (BpPainter *p)
{
  BpChart *chart = p->chart;
  g_autofree char *signature = g_strdup_printf ("%s %.3f", pango_font_description_get_family (
                                                             p->fonts[BP_FONT_BODY]),
                                                p->font_size);

  if (chart->text_cache != NULL
      && (chart->text_cache->thread != g_thread_self ()
          || g_strcmp0 (chart->text_cache->signature, signature) != 0))
    g_clear_pointer (&chart->text_cache, _bp_chart_text_cache_free);
  if (chart->text_cache == NULL)
    chart->text_cache = text_cache_new (signature);
  chart->text_cache->generation++;
}

static gboolean
is_stale (gpointer key,
          gpointer value,
          gpointer user_data)
{
  const CachedLayout *cached = value;

  return cached->generation != GPOINTER_TO_UINT (user_data);
}

static void
text_cache_end (BpPainter *p)
{
  BpChartTextCache *cache = p->chart->text_cache;

  g_hash_table_foreach_remove (cache->layouts, is_stale, GUINT_TO_POINTER (cache->generation));
}

static PangoLayout *
get_layout (BpPainter   *p,
            BpFont       font,
            const char  *text,
            double       wrap_width,
            BpTextFlags  flags)
{
  BpChartTextCache *cache = p->chart->text_cache;
  BpTextFlags shape_flags = flags & (BP_TEXT_MARKUP | BP_TEXT_CENTER);
  char *key = g_strdup_printf ("%d %d %.2f\n%s", font, shape_flags,
                               wrap_width > 0 ? wrap_width : -1.0, text);
  CachedLayout *cached = g_hash_table_lookup (cache->layouts, key);
  PangoLayout *layout;

  if (cached != NULL)
    {
      g_free (key);
      cached->generation = cache->generation;
      return cached->layout;
    }

  layout = pango_layout_new (cache->context);
  pango_layout_set_font_description (layout, p->fonts[font]);
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (wrap_width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout,
                              (flags & BP_TEXT_CENTER) ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  if (flags & BP_TEXT_MARKUP)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);

  cached = g_new (CachedLayout, 1);
  cached->layout = layout;
  cached->generation = cache->generation;
  g_hash_table_insert (cache->layouts, key, cached);

  return layout;
}

/* The text's logical box; @x_offset is where it starts within the layout (centred
 * lines in a wrapped layout start right of the layout's origin). */
static void
text_size (PangoLayout *layout,
           double      *x_offset,
           double      *width,
           double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *x_offset = pango_units_to_double (logical.x);
  *width = pango_units_to_double (logical.width);
  *height = pango_units_to_double (logical.height);
}

void
_bp_measure_text (BpPainter   *p,
                  BpFont       font,
                  const char  *text,
                  double       wrap_width,
                  BpTextFlags  flags,
                  double      *width,
                  double      *height)
{
  double x_offset;

  if (text == NULL || *text == '\0')
    {
      *width = 0;
      *height = 0;
      return;
    }

  text_size (get_layout (p, font, text, wrap_width, flags), &x_offset, width, height);
}

/* Draws text with its box anchored at (x, y): xalign/yalign 0 = left/top, 0.5 = centre,
 * 1 = right/bottom. Records the box for layout tests and returns it in @box. */
void
_bp_draw_text (BpPainter          *p,
               BpFont              font,
               const char         *text,
               double              wrap_width,
               BpTextFlags         flags,
               double              x,
               double              y,
               double              xalign,
               double              yalign,
               const BpChartColor *color,
               BpChartRect        *box)
{
  BpChartTextBox record = { 0 };
  PangoLayout *layout;
  double x_offset;
  double w;
  double h;

  if (text == NULL || *text == '\0')
    {
      if (box != NULL)
        *box = (BpChartRect) { x, y, 0, 0 };
      return;
    }

  layout = get_layout (p, font, text, wrap_width, flags);
  text_size (layout, &x_offset, &w, &h);
  x -= w * xalign;
  y -= h * yalign;

  if (flags & BP_TEXT_BOX)
    {
      double r = 3.0;
      double bx = x - 3;
      double by = y;
      double bw = w + 6;
      double bh = h;

      cairo_new_sub_path (p->cr);
      cairo_arc (p->cr, bx + bw - r, by + r, r, -G_PI / 2, 0);
      cairo_arc (p->cr, bx + bw - r, by + bh - r, r, 0, G_PI / 2);
      cairo_arc (p->cr, bx + r, by + bh - r, r, G_PI / 2, G_PI);
      cairo_arc (p->cr, bx + r, by + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (p->cr);
      _bp_set_color (p->cr, &p->bg);
      cairo_fill (p->cr);
    }
  cairo_move_to (p->cr, x - x_offset, y);
  if (flags & BP_TEXT_HALO)
    {
      pango_cairo_layout_path (p->cr, layout);
      _bp_set_color (p->cr, &p->bg);
      cairo_set_line_width (p->cr, 3.0);
      cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_dash (p->cr, NULL, 0, 0);
      cairo_stroke (p->cr);
      cairo_move_to (p->cr, x - x_offset, y);
    }
  _bp_set_color (p->cr, color);
  pango_cairo_show_layout (p->cr, layout);

  record.box = (BpChartRect) { x, y, w, h };
  record.text = g_strdup (pango_layout_get_text (layout));
  g_array_append_val (p->chart->text_boxes, record);
  if (box != NULL)
    *box = record.box;
}

gboolean
_bp_rects_overlap (const BpChartRect *a,
                   const BpChartRect *b,
                   double             margin)
{
  return a->x < b->x + b->width + margin && b->x < a->x + a->width + margin
         && a->y < b->y + b->height + margin && b->y < a->y + a->height + margin;
}

gboolean
_bp_collides_with_placed (BpPainter         *p,
                          const BpChartRect *rect)
{
  for (guint i = 0; i < p->placed->len; i++)
    if (_bp_rects_overlap (rect, &g_array_index (p->placed, BpChartRect, i), 1.0))
      return TRUE;

  return FALSE;
}

void
_bp_add_placed (BpPainter         *p,
                const BpChartRect *rect)
{
  g_array_append_val (p->placed, *rect);
}

/* ---------------------------------------------------------------------------------- */
/* Data helpers                                                                        */

BpChartSeries *
_bp_nth_series (BpChart *chart,
                guint    i)
{
  return g_ptr_array_index (chart->series, i);
}

BpChartCategory *
_bp_nth_category (BpChart *chart,
                  guint    i)
{
  return g_ptr_array_index (chart->categories, i);
}

gboolean
_bp_axis_in_use (BpChart       *chart,
                 BpChartAxisId  axis)
{
  for (guint s = 0; s < chart->series->len; s++)
    if (_bp_nth_series (chart, s)->axis == axis)
      return TRUE;

  return FALSE;
}

static void
widen (double   *lo,
       double   *hi,
       double    v,
       gboolean  positive_only)
{
  if (!isfinite (v) || (positive_only && v <= 0))
    return;
  if (isnan (*lo) || v < *lo)
    *lo = v;
  if (isnan (*hi) || v > *hi)
    *hi = v;
}

/* The span of the values, intervals and reference lines on @axis (NAN if none; only
 * positive values on a log axis). */
void
_bp_data_range (BpChart       *chart,
                BpChartAxisId  axis,
                double        *lo,
                double        *hi)
{
  gboolean log_scale = chart->axes[axis].scale == BP_CHART_SCALE_LOG;

  *lo = NAN;
  *hi = NAN;
  for (guint s = 0; s < chart->series->len; s++)
    {
      BpChartSeries *series = _bp_nth_series (chart, s);

      if (series->axis != axis)
        continue;
      for (guint c = 0; c < series->points->len; c++)
        {
          const BpChartPoint *point = &g_array_index (series->points, BpChartPoint, c);

          if (series->style == BP_CHART_SERIES_STACKED)
            continue;
          widen (lo, hi, point->value, log_scale);
          widen (lo, hi, point->low, log_scale);
          widen (lo, hi, point->high, log_scale);
        }
    }
  /* a stacked bar reaches the sum of its segments */
  for (guint c = 0; c < chart->categories->len; c++)
    {
      double sum = 0;
      gboolean any = FALSE;

      for (guint s = 0; s < chart->series->len; s++)
        {
          BpChartSeries *series = _bp_nth_series (chart, s);
          const BpChartPoint *point = _bp_chart_series_get_point (series, c);

          if (series->axis != axis || series->style != BP_CHART_SERIES_STACKED
              || point == NULL || !isfinite (point->value))
            continue;
          sum += point->value;
          any = TRUE;
        }
      if (any)
        {
          widen (lo, hi, 0.0, log_scale);
          widen (lo, hi, sum, log_scale);
        }
    }
  for (guint i = 0; i < chart->reference_lines->len; i++)
    {
      const BpChartReferenceLine *line =
        &g_array_index (chart->reference_lines, BpChartReferenceLine, i);

      if (line->axis == axis)
        widen (lo, hi, line->value, log_scale);
    }
}

gboolean
_bp_chart_has_data (BpChart *chart)
{
  for (guint s = 0; s < chart->series->len; s++)
    {
      BpChartSeries *series = _bp_nth_series (chart, s);

      for (guint c = 0; c < series->points->len; c++)
        if (isfinite (g_array_index (series->points, BpChartPoint, c).value))
          return TRUE;
    }

  return FALSE;
}

void
_bp_compute_ticks (BpChart       *chart,
                   BpChartAxisId  axis,
                   double         length,
                   BpChartTicks  *ticks)
{
  double lo;
  double hi;

  _bp_data_range (chart, axis, &lo, &hi);
  if (chart->axes[axis].scale == BP_CHART_SCALE_LOG)
    bp_chart_ticks_log (lo, hi, (guint) CLAMP (length / 40.0, 3, 13), ticks);
  else
    /* as many ticks as fit at least 65 units apart */
    bp_chart_ticks_linear (lo, hi, (guint) CLAMP (floor (length / 65.0) + 1, 3, 10),
                           chart->axes[axis].include_zero, ticks);
}

void
_bp_set_map (BpChart            *chart,
             BpChartAxisId       axis,
             const BpChartTicks *ticks,
             double              p0,
             double              p1)
{
  BpChartAxisMap *map = &chart->maps[axis];

  map->valid = TRUE;
  map->scale = chart->axes[axis].scale;
  map->min = ticks->min;
  map->max = ticks->max;
  map->p0 = p0;
  map->p1 = p1;
}

double
_bp_max_tick_label_width (BpPainter          *p,
                          const BpChartTicks *ticks)
{
  double max_w = 0;

  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      g_autofree char *label = bp_chart_ticks_format (ticks, i);
      double w;
      double h;

      _bp_measure_text (p, BP_FONT_BODY, label, -1, BP_TEXT_PLAIN, &w, &h);
      max_w = MAX (max_w, w);
    }

  return max_w;
}

void
_bp_add_target (BpPainter *p,
                guint      series,
                guint      category,
                double     x,
                double     y,
                double     radius,
                double     bx,
                double     by,
                double     bw,
                double     bh)
{
  BpChartTarget target = {
    .series = series,
    .category = category,
    .x = x,
    .y = y,
    .radius = radius,
    .box = { bx, by, bw, bh },
  };

  g_array_append_val (p->chart->targets, target);
}

static int
compare_targets (gconstpointer a,
                 gconstpointer b)
{
  const BpChartTarget *ta = a;
  const BpChartTarget *tb = b;

  if (ta->series != tb->series)
    return ta->series < tb->series ? -1 : 1;
  if (ta->category != tb->category)
    return ta->category < tb->category ? -1 : 1;
  return 0;
}

BpChartMarker
_bp_point_marker (const BpChartSeries *series,
                  const BpChartPoint  *point)
{
  return point != NULL && point->marker_set ? point->marker : series->marker;
}

double
_bp_series_line_width (BpPainter           *p,
                       const BpChartSeries *series)
{
  return p->line_width + (series->emphasis ? 1.0 : 0.0);
}

double
_bp_series_marker_radius (BpPainter           *p,
                          const BpChartSeries *series)
{
  return p->marker_radius * (series->emphasis ? 1.15 : 0.9);
}

/* ---------------------------------------------------------------------------------- */
/* Header: title, subtitle, legend                                                     */

typedef struct
{
  const char   *text;
  int           color_index;
  BpChartMarker marker;
  BpChartDash   dash;
  BpChartSwatch swatch;
  gboolean      emphasis;
} LegendItem;

static GArray *
collect_legend (BpChart *chart)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (LegendItem));

  for (guint s = 0; s < chart->series->len; s++)
    {
      BpChartSeries *series = _bp_nth_series (chart, s);
      LegendItem item = { 0 };

      if (!series->in_legend)
        continue;
      item.text = series->name;
      item.color_index = series->color_index;
      item.marker = series->marker;
      item.dash = series->dash;
      item.emphasis = series->emphasis;
      switch (series->style)
        {
        case BP_CHART_SERIES_BARS:
        case BP_CHART_SERIES_STACKED:
        case BP_CHART_SERIES_FUNNEL:
          item.swatch = series->hatched ? BP_CHART_SWATCH_HATCHED_BAR : BP_CHART_SWATCH_BAR;
          break;
        case BP_CHART_SERIES_DOTS:
          item.swatch = BP_CHART_SWATCH_MARKER;
          break;
        case BP_CHART_SERIES_LINE:
        default:
          item.swatch = BP_CHART_SWATCH_LINE;
          break;
        }
      g_array_append_val (items, item);
    }

  for (guint i = 0; i < chart->legend->len; i++)
    {
      const BpChartLegendEntry *entry = &g_array_index (chart->legend, BpChartLegendEntry, i);
      LegendItem item = {
        entry->text, entry->color_index, entry->marker, entry->dash, entry->swatch, FALSE,
      };

      g_array_append_val (items, item);
    }

  return items;
}

static double
swatch_width (BpPainter     *p,
              BpChartSwatch  swatch)
{
  switch (swatch)
    {
    case BP_CHART_SWATCH_LINE:
      return p->font_size * 2.4;
    case BP_CHART_SWATCH_BAR:
    case BP_CHART_SWATCH_HATCHED_BAR:
      return p->font_size * 1.3;
    case BP_CHART_SWATCH_MARKER:
    default:
      return p->marker_radius * 2.6;
    }
}

static void
draw_swatch (BpPainter        *p,
             const LegendItem *item,
             double            x,
             double            cy)
{
  BpChartColor color;
  double w = swatch_width (p, item->swatch);
  double h = p->font_size * 0.85;

  bp_chart_theme_get_series_color (p->theme, item->color_index, FALSE, &color);
  switch (item->swatch)
    {
    case BP_CHART_SWATCH_LINE:
      {
        double lw = p->line_width + (item->emphasis ? 1.0 : 0.0);

        cairo_set_line_width (p->cr, lw);
        cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
        _bp_set_dash (p->cr, item->dash, lw);
        _bp_set_color (p->cr, &color);
        cairo_move_to (p->cr, x + lw / 2, cy);
        cairo_line_to (p->cr, x + w - lw / 2, cy);
        cairo_stroke (p->cr);
        _bp_draw_marker (p, item->marker, x + w / 2, cy, p->marker_radius, &color);
      }
      break;
    case BP_CHART_SWATCH_BAR:
    case BP_CHART_SWATCH_HATCHED_BAR:
      _bp_draw_bar (p, x, cy - h / 2, w, h, &color, item->swatch == BP_CHART_SWATCH_HATCHED_BAR);
      break;
    case BP_CHART_SWATCH_MARKER:
    default:
      _bp_draw_marker (p, item->marker, x + w / 2, cy, p->marker_radius, &color);
      break;
    }
}

/* Draws the legend in rows from x0 to x1, wrapping between entries. Returns its
 * height. */
static double
legend_block (BpPainter *p,
              GArray    *items,
              double     x0,
              double     x1,
              double     y)
{
  double top = y;
  double x = x0;
  double row_h = 0;
  double spacing = p->font_size * 1.4;
  double swatch_gap = p->font_size * 0.45;

  for (guint i = 0; i < items->len; i++)
    {
      const LegendItem *item = &g_array_index (items, LegendItem, i);
      double sw = swatch_width (p, item->swatch);
      double avail = x1 - x0 - sw - swatch_gap;
      double tw;
      double th;

      _bp_measure_text (p, BP_FONT_BODY, item->text, avail, BP_TEXT_PLAIN, &tw, &th);
      if (x > x0 && x + sw + swatch_gap + tw > x1)
        {
          x = x0;
          y += row_h;
          row_h = 0;
        }
      row_h = MAX (row_h, MAX (p->line_height, th));
      draw_swatch (p, item, x, y + p->line_height / 2);
      _bp_draw_text (p, BP_FONT_BODY, item->text, avail, BP_TEXT_PLAIN, x + sw + swatch_gap, y, 0,
                     0, &p->fg, NULL);
      x += sw + swatch_gap + tw + spacing;
    }

  return y + row_h - top;
}

double
_bp_draw_header (BpPainter *p,
                 double     x0,
                 double     x1,
                 double     y)
{
  BpChart *chart = p->chart;
  BpChartRect box;

  if (chart->title != NULL && *chart->title != '\0')
    {
      _bp_draw_text (p, BP_FONT_TITLE, chart->title, x1 - x0, BP_TEXT_PLAIN, x0, y, 0, 0, &p->fg,
                     &box);
      y += box.height + p->gap * 0.3;
    }
  if (chart->subtitle != NULL && *chart->subtitle != '\0')
    {
      _bp_draw_text (p, BP_FONT_BODY, chart->subtitle, x1 - x0, BP_TEXT_PLAIN, x0, y, 0, 0,
                     &p->muted, &box);
      y += box.height;
    }
  if (chart->show_legend)
    {
      g_autoptr (GArray) items = collect_legend (chart);

      if (items->len > 0)
        {
          y += p->gap;
          y += legend_block (p, items, x0, x1, y);
        }
    }

  return y + p->gap * 1.2;
}

double
_bp_footer_height (BpPainter *p,
                   double     x0,
                   double     x1)
{
  double w;
  double h;

  _bp_measure_text (p, BP_FONT_SMALL, p->chart->source, x1 - x0, BP_TEXT_PLAIN, &w, &h);
  return h > 0 ? h + p->gap : 0;
}

void
_bp_draw_footer (BpPainter *p,
                 double     x0,
                 double     x1)
{
  _bp_draw_text (p, BP_FONT_SMALL, p->chart->source, x1 - x0, BP_TEXT_PLAIN, x0,
                 p->height - p->pad, 0, 1, &p->muted, NULL);
}

void
_bp_draw_no_data (BpPainter *p)
{
  const BpChartRect *plot = &p->chart->plot;

  /* Translators: drawn across the middle of a chart that has no figures at all */
  _bp_draw_text (p, BP_FONT_BODY, _("No data"), -1, BP_TEXT_PLAIN, plot->x + plot->width / 2,
                 plot->y + plot->height / 2, 0.5, 0.5, &p->muted, NULL);
}

static void
draw_highlight (BpPainter *p)
{
  BpChart *chart = p->chart;
  const BpChartTarget *target;

  if (chart->highlight < 0 || (guint) chart->highlight >= chart->targets->len)
    return;

  target = &g_array_index (chart->targets, BpChartTarget, chart->highlight);
  cairo_new_path (p->cr);
  if (target->radius > 0)
    cairo_arc (p->cr, target->x, target->y, target->radius + 4, 0, 2 * G_PI);
  else
    cairo_rectangle (p->cr, target->box.x - 2, target->box.y - 2, target->box.width + 4,
                     target->box.height + 4);
  _bp_set_color (p->cr, &p->theme->accent);
  cairo_set_line_width (p->cr, 2.5);
  cairo_set_dash (p->cr, NULL, 0, 0);
  cairo_stroke (p->cr);
}

/* ---------------------------------------------------------------------------------- */
/* Entry point                                                                         */

static PangoFontDescription *
make_font (const BpChartTheme *theme,
           double              size,
           PangoWeight         weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font,
                                     theme->font_family != NULL ? theme->font_family : "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);

  return font;
}

void
_bp_chart_render (BpChart            *chart,
                  cairo_t            *cr,
                  double              width,
                  double              height,
                  const BpChartTheme *theme)
{
  BpPainter p = { 0 };
  double w;

  p.chart = chart;
  p.cr = cr;
  p.theme = theme;
  p.width = width;
  p.height = height;
  p.font_size = theme->font_size > 0 ? theme->font_size : 13.0;
  p.pad = round (p.font_size * PAD_EM);
  p.gap = round (p.font_size * GAP_EM);
  p.line_width = theme->high_contrast ? 3.0 : 2.0;
  p.marker_radius = p.font_size * 0.36;
  p.fg = theme->foreground;
  p.fg.alpha = 1.0;
  p.bg = theme->background;
  p.bg.alpha = 1.0;
  p.grid = theme->grid;
  p.muted = theme->high_contrast ? p.fg : _bp_mix_colors (&p.bg, &p.fg, 0.74);
  p.stripe = _bp_mix_colors (&p.bg, &p.fg, bp_chart_theme_is_dark (theme) ? 0.06 : 0.035);
  p.placed = g_array_new (FALSE, FALSE, sizeof (BpChartRect));

  p.fonts[BP_FONT_BODY] = make_font (theme, p.font_size, PANGO_WEIGHT_NORMAL);
  p.fonts[BP_FONT_BOLD] = make_font (theme, p.font_size, PANGO_WEIGHT_BOLD);
  p.fonts[BP_FONT_SMALL] = make_font (theme, round (p.font_size * SMALL_EM * 2) / 2,
                                      PANGO_WEIGHT_NORMAL);
  p.fonts[BP_FONT_TITLE] = make_font (theme, round (p.font_size * TITLE_EM), PANGO_WEIGHT_BOLD);
  text_cache_begin (&p);
  _bp_measure_text (&p, BP_FONT_BODY, "Ag", -1, BP_TEXT_PLAIN, &w, &p.line_height);
  _bp_measure_text (&p, BP_FONT_SMALL, "Ag", -1, BP_TEXT_PLAIN, &w, &p.small_line_height);

  if (theme->draw_background)
    {
      _bp_set_color (cr, &p.bg);
      cairo_paint (cr);
    }

  if (chart->layout == BP_CHART_LAYOUT_ROWS)
    _bp_render_rows (&p);
  else
    _bp_render_columns (&p);

  g_array_sort (chart->targets, compare_targets);
  draw_highlight (&p);

  text_cache_end (&p);
  for (guint i = 0; i < BP_N_FONTS; i++)
    pango_font_description_free (p.fonts[i]);
  g_array_unref (p.placed);
}

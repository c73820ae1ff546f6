/* test-chart-render.c: facts a reader can check in the drawn pixels
 *
 * Reference images live in tests/charts/data/ref-<kind>.png. After a deliberate
 * change to the drawing, regenerate them with
 *   BP_CHARTS_REGENERATE=1 meson test -C build chart-render
 * and look at every image before committing it. A failing comparison writes
 * <kind>-actual.png into the build directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bp-chart-private.h"
#include "chart-samples.h"
#include "chart-test-util.h"

#define REF_WIDTH 640
#define REF_HEIGHT 400
/* Up to 0.3% of the 4x4 blocks outside text may differ (text is masked: glyph
 * rasterisation varies with FreeType and hinting, and the words are tested elsewhere);
 * antialiasing differences move fewer, a missing comparator line about 0.9%. */
#define REF_TOLERANCE 0.003

static const BpChartColor sentinel = { 1.0, 0.0, 1.0, 1.0 }; /* magenta: never drawn */

static cairo_surface_t *
render (BpChart          *chart,
        int               width,
        int               height,
        double            scale,
        BpChartThemeKind  kind)
{
  BpChartTheme theme;
  cairo_surface_t *surface;

  test_theme_init (&theme, kind);
  surface = bp_chart_render_to_surface (chart, width, height, scale, &theme);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

/* The parity line of the RRI chart lies at the x where the axis puts 1.0, in the
 * foreground colour, from the top to the bottom of the plot; off the line, nothing
 * dark (between rows). Checked at device scale 1 and 2 (HiDPI). */
static void
test_rri_parity_line (void)
{
  const double scales[] = { 1.0, 2.0 };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      double scale = scales[i];
      g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_RRI);
      cairo_surface_t *surface = render (chart, 800, 500, scale, BP_CHART_THEME_LIGHT);
      BpChartTheme theme;
      BpChartRect plot;
      double x1;
      double x_threshold;
      guint dark_threshold_pixels = 0;

      test_theme_init (&theme, BP_CHART_THEME_LIGHT);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (800 * scale));
      g_assert_true (bp_chart_get_plot_area (chart, &plot));
      x1 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 1.0);
      g_assert_cmpfloat (x1, >, plot.x);
      g_assert_cmpfloat (x1, <, plot.x + plot.width);
      /* a log axis: 0.5 and 2 lie at equal distances either side of 1 */
      g_assert_cmpfloat_with_epsilon (
        x1 - bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 0.5),
        bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 2.0) - x1, 1e-9);

      /* between rows (band edges), where no whisker passes */
      for (guint row = 0; row <= bp_chart_get_n_categories (chart); row++)
        {
          double band = plot.height / bp_chart_get_n_categories (chart);
          double y = MIN (plot.y + row * band + 3, plot.y + plot.height - 3);
          TestPixel on = test_pixel_at (surface, (int) floor (x1 * scale), (int) (y * scale));
          TestPixel off = test_pixel_at (surface, (int) floor ((x1 + 12) * scale),
                                         (int) (y * scale));

          g_assert_cmpint (test_pixel_distance (on, &theme.foreground), <, 40);
          g_assert_cmpfloat (test_pixel_luminance (off), >, 0.8);
        }

      /* the dashed threshold at 1.25, muted grey: dark pixels down its x */
      x_threshold = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 1.25);
      g_assert_cmpfloat (x_threshold - x1, >, 10);
      for (double y = plot.y; y < plot.y + plot.height; y += 1)
        if (test_pixel_luminance (test_pixel_at (surface, (int) floor (x_threshold * scale),
                                                 (int) (y * scale)))
            < 0.6)
          dark_threshold_pixels++;
      g_assert_cmpuint (dark_threshold_pixels, >, plot.height / 4);

      cairo_surface_destroy (surface);
    }
}

static gboolean
column_has_color (cairo_surface_t    *surface,
                  int                 x,
                  int                 y0,
                  int                 y1,
                  const BpChartColor *color,
                  int                 tolerance)
{
  for (int y = MAX (y0, 0); y <= y1 && y < cairo_image_surface_get_height (surface); y++)
    if (test_pixel_distance (test_pixel_at (surface, x, y), color) < tolerance)
      return TRUE;

  return FALSE;
}

/* A missing quarter leaves a gap in the line: no line colour between its neighbours,
 * while the segments either side are drawn. */
static void
test_gap (void)
{
  BpChartRatePoint points[SAMPLE_N_QUARTERS];
  BpChartRateInput input = {
    .kind = BP_CHART_KIND_FTE,
    .points = points,
    .n_points = SAMPLE_N_QUARTERS,
  };
  g_autoptr (BpChart) chart = NULL;
  cairo_surface_t *surface;
  BpChartTheme theme;
  BpChartColor line;

  memcpy (points, sample_fte_local, sizeof points);
  points[5].value = NAN;
  chart = bp_chart_new_rate (&input);
  surface = render (chart, 800, 500, 1.0, BP_CHART_THEME_LIGHT);
  test_theme_init (&theme, BP_CHART_THEME_LIGHT);
  bp_chart_theme_get_series_color (&theme, 0, FALSE, &line);

  for (double t = 0.3; t <= 0.71; t += 0.2)
    {
      /* drawn: between quarters 2 and 3 */
      double xa = bp_chart_category_to_position (chart, 2);
      double xb = bp_chart_category_to_position (chart, 3);
      double ya = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, points[2].value);
      double yb = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, points[3].value);
      int x = (int) (xa + t * (xb - xa));
      int y = (int) (ya + t * (yb - ya));

      g_assert_true (column_has_color (surface, x, y - 3, y + 3, &line, 30));

      /* the gap: from quarter 4 to quarter 6, around where the line would run */
      xa = bp_chart_category_to_position (chart, 4);
      xb = bp_chart_category_to_position (chart, 6);
      ya = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, points[4].value);
      yb = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, points[6].value);
      for (double u = 0.15; u <= 0.86; u += 0.05)
        {
          x = (int) (xa + u * (xb - xa));
          y = (int) (ya + u * (yb - ya));
          g_assert_false (column_has_color (surface, x, y - 12, y + 12, &line, 60));
        }
    }

  /* the missing quarter is no target: 11 points */
  g_assert_cmpuint (bp_chart_get_n_targets (chart), ==, SAMPLE_N_QUARTERS - 1);
  cairo_surface_destroy (surface);
}

/* Drawn into a bigger surface at an offset, a chart touches nothing outside its
 * rectangle, whatever its size (even too small to lay out) and theme. */
static void
test_stays_inside (void)
{
  const struct
  {
    int width;
    int height;
  } sizes[] = { { 640, 400 }, { 300, 200 }, { 90, 60 }, { 12, 9 } };
  const int margin_x = 37;
  const int margin_y = 23;

  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint with_background = 0; with_background < 2; with_background++)
        {
          g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);
          int width = sizes[s].width;
          int height = sizes[s].height;
          cairo_surface_t *surface = cairo_image_surface_create (
            CAIRO_FORMAT_ARGB32, width + 2 * margin_x, height + 2 * margin_y);
          cairo_t *cr = cairo_create (surface);
          BpChartTheme theme;
          guint touched_inside = 0;

          test_theme_init (&theme, BP_CHART_THEME_DARK);
          theme.draw_background = with_background;
          cairo_set_source_rgb (cr, sentinel.red, sentinel.green, sentinel.blue);
          cairo_paint (cr);
          cairo_translate (cr, margin_x, margin_y);
          bp_chart_draw (chart, cr, width, height, &theme);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);

          for (int y = 0; y < height + 2 * margin_y; y++)
            for (int x = 0; x < width + 2 * margin_x; x++)
              {
                gboolean inside = x >= margin_x && x < margin_x + width && y >= margin_y
                                  && y < margin_y + height;
                int d = test_pixel_distance (test_pixel_at (surface, x, y), &sentinel);

                if (!inside)
                  g_assert_cmpint (d, ==, 0);
                else if (d > 0)
                  touched_inside++;
              }
          /* and it did draw (without a background, a tiny chart may draw nothing) */
          if (with_background || width >= 90)
            g_assert_cmpuint (touched_inside, >, 0);
          cairo_surface_destroy (surface);
        }
}

/* The dark theme paints a dark background and light text; light the reverse; and a
 * widget's own colours (set from outside) are the ones painted. */
static void
test_themes (void)
{
  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);
      cairo_surface_t *dark = render (chart, 400, 300, 1.0, BP_CHART_THEME_DARK);
      cairo_surface_t *light = render (chart, 400, 300, 1.0, BP_CHART_THEME_LIGHT);
      cairo_surface_t *contrast = render (chart, 400, 300, 1.0, BP_CHART_THEME_HIGH_CONTRAST);

      g_assert_cmpfloat (test_pixel_luminance (test_pixel_at (dark, 2, 2)), <, 0.2);
      g_assert_cmpfloat (test_pixel_luminance (test_pixel_at (dark, 399, 299)), <, 0.2);
      g_assert_cmpfloat (test_pixel_luminance (test_pixel_at (light, 2, 2)), >, 0.9);
      g_assert_cmpfloat (test_pixel_luminance (test_pixel_at (contrast, 2, 2)), >, 0.9);
      cairo_surface_destroy (dark);
      cairo_surface_destroy (light);
      cairo_surface_destroy (contrast);
    }

  {
    g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_FTE);
    BpChartTheme theme;
    BpChartColor fg;
    BpChartColor bg;
    BpChartColor accent;
    cairo_surface_t *surface;

    bp_chart_theme_init (&theme, BP_CHART_THEME_LIGHT);
    g_assert_true (bp_chart_color_parse (&fg, "#241f31"));
    g_assert_true (bp_chart_color_parse (&bg, "#fafafa"));
    g_assert_true (bp_chart_color_parse (&accent, "#e66100"));
    bp_chart_theme_set_chrome (&theme, &fg, &bg, &accent);
    surface = bp_chart_render_to_surface (chart, 400, 300, 1.0, &theme);
    g_assert_cmpint (test_pixel_distance (test_pixel_at (surface, 1, 1), &bg), ==, 0);
    g_assert_false (bp_chart_theme_is_dark (&theme));
    cairo_surface_destroy (surface);
  }
}

/* Series colours keep 3:1 against the background in every theme (4.5:1 for text, for
 * the area's own series and in high contrast), and the palettes are the published ones. */
static void
test_palettes (void)
{
  const char *const af[] = { "#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1" };
  const char *const oi[] = { "#E69F00", "#56B4E9", "#009E73", "#F0E442",
                             "#0072B2", "#D55E00", "#CC79A7", "#000000" };

  g_assert_cmpuint (bp_chart_palette_get_n_colors (BP_CHART_PALETTE_ANALYSIS_FUNCTION), ==, 6);
  g_assert_cmpuint (bp_chart_palette_get_n_colors (BP_CHART_PALETTE_OKABE_ITO), ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (af); i++)
    {
      BpChartColor published;
      BpChartColor got;

      bp_chart_color_parse (&published, af[i]);
      bp_chart_palette_get_color (BP_CHART_PALETTE_ANALYSIS_FUNCTION, i, &got);
      g_assert_cmpfloat (fabs (got.red - published.red) + fabs (got.green - published.green)
                           + fabs (got.blue - published.blue), <, 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (oi); i++)
    {
      BpChartColor published;
      BpChartColor got;

      bp_chart_color_parse (&published, oi[i]);
      bp_chart_palette_get_color (BP_CHART_PALETTE_OKABE_ITO, i, &got);
      g_assert_cmpfloat (fabs (got.red - published.red) + fabs (got.green - published.green)
                           + fabs (got.blue - published.blue), <, 1e-9);
    }

  for (guint t = BP_CHART_THEME_LIGHT; t <= BP_CHART_THEME_HIGH_CONTRAST_DARK; t++)
    for (guint p = BP_CHART_PALETTE_ANALYSIS_FUNCTION; p <= BP_CHART_PALETTE_OKABE_ITO; p++)
      for (guint i = 0; i < bp_chart_palette_get_n_colors ((BpChartPalette) p); i++)
        {
          BpChartTheme theme;
          BpChartColor mark;
          BpChartColor text;

          bp_chart_theme_init (&theme, (BpChartThemeKind) t);
          theme.palette = (BpChartPalette) p;
          bp_chart_theme_get_series_color (&theme, (int) i, FALSE, &mark);
          bp_chart_theme_get_series_color (&theme, (int) i, TRUE, &text);
          g_assert_cmpfloat (bp_chart_color_contrast (&mark, &theme.background), >=,
                             theme.high_contrast || i == 0 ? 4.5 : 3.0);
          g_assert_cmpfloat (bp_chart_color_contrast (&text, &theme.background), >=, 4.5);
        }

  /* the first four series (local and three comparators) stay apart in every theme, even
   * after the contrast adjustment (they also differ in marker and dash) */
  for (guint t = BP_CHART_THEME_LIGHT; t <= BP_CHART_THEME_HIGH_CONTRAST_DARK; t++)
    for (guint p = BP_CHART_PALETTE_ANALYSIS_FUNCTION; p <= BP_CHART_PALETTE_OKABE_ITO; p++)
      for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++)
          {
            BpChartTheme theme;
            BpChartColor a;
            BpChartColor b;
            double distance;

            bp_chart_theme_init (&theme, (BpChartThemeKind) t);
            theme.palette = (BpChartPalette) p;
            bp_chart_theme_get_series_color (&theme, i, FALSE, &a);
            bp_chart_theme_get_series_color (&theme, j, FALSE, &b);
            distance = fabs (a.red - b.red) + fabs (a.green - b.green) + fabs (a.blue - b.blue);
            g_assert_cmpfloat (distance, >, 0.3);
          }

  /* on white, the Analysis Function dark blue is used as published */
  {
    BpChartTheme theme;
    BpChartColor blue;
    BpChartColor published;

    bp_chart_theme_init (&theme, BP_CHART_THEME_LIGHT);
    bp_chart_theme_get_series_color (&theme, 0, FALSE, &blue);
    bp_chart_color_parse (&published, "#12436D");
    g_assert_cmpfloat (fabs (blue.red - published.red) + fabs (blue.blue - published.blue), <,
                       1e-9);
  }
}

/* The sample charts, then harder ones: a long area name, annotations. */
#define N_LAYOUT_CHARTS (BP_CHART_KIND_ETHNICITY + 4)

static BpChart *
funnel_chart_new (void)
{
  const BpChartFunnelStage stages[] = {
    { "In the cohort", 314, NULL }, { "Screened", 300, NULL }, { "With a need", 88, NULL },
    { "Offered an intervention", 78, NULL }, { "Attending", -1, "[c]" },
  };
  BpChartFunnelInput input = {
    .title = "Mental health and emotional wellbeing",
    .subtitle = "Children whose intervention ended, each stage within the one above",
    .source = "Source: local case data",
    .name = "Children",
    .stages = stages,
    .n_stages = G_N_ELEMENTS (stages),
  };

  return bp_chart_new_funnel (&input);
}

static BpChart *
stacked_chart_new (void)
{
  const char *const categories[] = { "Custody", "Youth rehabilitation order", "Referral order",
                                     "Youth caution", "Diversion" };
  const char *const notes[] = { NULL, "57% of 14 recorded", "53% of 30 recorded", NULL,
                                "60% of 192 recorded" };
  const char *const symbols[] = { "[c]", NULL, NULL, NULL, NULL };
  const gint64 yes[] = { -1, 8, 16, 13, 115 };
  const gint64 no[] = { -1, 6, 14, 0, 77 };
  const gint64 unknown[] = { -1, 0, 0, 6, 16 };
  const BpChartStackPart parts[] = {
    { "Suitable", FALSE, yes }, { "Not suitable", TRUE, no }, { "Not recorded", FALSE, unknown },
  };
  BpChartStackedInput input = {
    .title = "Education, training and employment",
    .subtitle = "At the end, by the type of the intervention that ended",
    .source = "Source: local case data",
    .axis = "Children",
    .categories = categories,
    .notes = notes,
    .notes_header = "Suitable",
    .symbols = symbols,
    .n_categories = G_N_ELEMENTS (categories),
    .parts = parts,
    .n_parts = G_N_ELEMENTS (parts),
  };

  return bp_chart_new_stacked (&input);
}

static BpChart *
layout_chart_new (guint i)
{
  const BpChartComparator comparators[] = {
    { BP_CHART_COMPARATOR_FAMILY, "YJS family", sample_fte_family },
    { BP_CHART_COMPARATOR_REGION, "London", sample_fte_region },
    { BP_CHART_COMPARATOR_NATIONAL, "England and Wales", sample_fte_national },
  };
  BpChartRateInput input = {
    .kind = BP_CHART_KIND_FTE,
    .local_name = "Royal Borough of Kensington and Chelsea (local data)",
    .source = "Source: local case records.",
    .points = sample_fte_local,
    .n_points = SAMPLE_N_QUARTERS,
    .comparators = comparators,
    .n_comparators = G_N_ELEMENTS (comparators),
  };
  BpChart *chart;

  if (i <= BP_CHART_KIND_ETHNICITY)
    return sample_chart_new ((BpChartKind) i);
  if (i == BP_CHART_KIND_ETHNICITY + 2)
    return funnel_chart_new ();
  if (i == BP_CHART_KIND_ETHNICITY + 3)
    return stacked_chart_new ();

  chart = bp_chart_new_rate (&input);
  bp_chart_add_annotation (chart, 6, "New case management system");
  bp_chart_add_annotation (chart, 7, "Diversion scheme starts");
  return chart;
}

/* The segments of a stacked bar lie end to end from zero, each found by hovering it,
 * and the axis reaches the longest bar (115 + 77 + 16 = 208), not the longest part. */
static void
test_stacked (void)
{
  g_autoptr (BpChart) chart = stacked_chart_new ();
  cairo_surface_t *surface = render (chart, 900, 500, 1.0, BP_CHART_THEME_LIGHT);
  double y = bp_chart_category_to_position (chart, 4);
  double x0 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 0);
  double x115 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 115);
  double x192 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 192);
  double x208 = bp_chart_value_to_position (chart, BP_CHART_AXIS_PRIMARY, 208);
  BpChartRect plot;
  BpChartHit hit;

  g_assert_true (bp_chart_get_plot_area (chart, &plot));
  g_assert_cmpfloat (x208, <=, plot.x + plot.width + 0.5);
  g_assert_true (bp_chart_hit_test (chart, (x0 + x115) / 2, y, 3, &hit));
  g_assert_cmpstr (hit.series_name, ==, "Suitable");
  g_assert_cmpstr (hit.tooltip, ==, "Diversion, Suitable: 115");
  /* the whole segment answers for it (its tooltip's area), not only its end */
  g_assert_cmpfloat (fabs (hit.area.x - x0), <, 1.0);
  g_assert_cmpfloat (fabs (hit.area.x + hit.area.width - x115), <, 1.0);
  g_assert_cmpfloat (hit.area.y, <, y);
  g_assert_cmpfloat (hit.area.y + hit.area.height, >, y);
  g_assert_true (bp_chart_hit_test (chart, (x115 + x192) / 2, y, 3, &hit));
  g_assert_cmpstr (hit.tooltip, ==, "Diversion, Not suitable: 77");
  g_assert_true (bp_chart_hit_test (chart, (x192 + x208) / 2, y, 3, &hit));
  g_assert_cmpstr (hit.tooltip, ==, "Diversion, Not recorded: 16");
  g_assert_false (bp_chart_hit_test (chart, x208 + 20, y, 3, &hit));
  /* the hidden row has no segment, and the text alternative says why */
  g_assert_false (bp_chart_hit_test (chart, x0 + 3, bp_chart_category_to_position (chart, 0), 3,
                                     &hit));
  g_assert_true (g_str_has_prefix (bp_chart_get_summary (chart), "Custody. [c]. Youth "
                                   "rehabilitation order. Suitable: 8; Not suitable: 6; Not "
                                   "recorded: 0 (57% of 14 recorded)."));
  cairo_surface_destroy (surface);
}

/* A funnel's stages are centred on one line, each as wide as its count: 300 of 314
 * is 300/314 of the first bar's width; the hidden stage has no bar. */
static void
test_funnel (void)
{
  g_autoptr (BpChart) chart = funnel_chart_new ();
  cairo_surface_t *surface = render (chart, 900, 500, 1.0, BP_CHART_THEME_LIGHT);
  BpChartHit first, second;
  BpChartRect plot;
  double mid;

  g_assert_true (bp_chart_get_plot_area (chart, &plot));
  mid = plot.x + plot.width / 2;
  g_assert_true (bp_chart_hit_test (chart, mid, bp_chart_category_to_position (chart, 0), 3,
                                    &first));
  g_assert_true (bp_chart_hit_test (chart, mid, bp_chart_category_to_position (chart, 1), 3,
                                    &second));
  g_assert_cmpstr (second.tooltip, ==, "Screened: 300");
  /* the anchor is the bar's right end: half the width from the middle */
  g_assert_cmpfloat_with_epsilon ((second.x - mid) / (first.x - mid), 300.0 / 314.0, 1e-6);
  g_assert_false (bp_chart_hit_test (chart, mid, bp_chart_category_to_position (chart, 4), 3,
                                     NULL));
  g_assert_cmpstr (bp_chart_get_summary (chart), ==,
                   "In the cohort: 314. Screened: 300, 96% of the stage above. With a need: "
                   "88, 29% of the stage above. Offered an intervention: 78, 89% of the "
                   "stage above. Attending: [c].");
  cairo_surface_destroy (surface);
}

/* No two pieces of text overlap, and all text lies inside the chart, at the sizes a
 * board pack and the window use. */
static void
test_no_overlap (void)
{
  const struct
  {
    int width;
    int height;
  } sizes[] = { { 1200, 700 }, { 800, 500 }, { 640, 400 } };

  for (guint k = 0; k < N_LAYOUT_CHARTS; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr (BpChart) chart = layout_chart_new (k);
        cairo_surface_t *surface = render (chart, sizes[s].width, sizes[s].height, 1.0,
                                           BP_CHART_THEME_LIGHT);
        guint n = _bp_chart_get_n_text_boxes (chart);

        g_assert_cmpuint (n, >, 5);
        for (guint i = 0; i < n; i++)
          {
            BpChartRect a;
            const char *text_a = _bp_chart_get_text_box (chart, i, &a);

            if (a.x < -0.5 || a.y < -0.5 || a.x + a.width > sizes[s].width + 0.5
                || a.y + a.height > sizes[s].height + 0.5)
              g_error ("chart %u at %dx%d: \"%s\" outside the chart", k, sizes[s].width,
                       sizes[s].height, text_a);

            for (guint j = i + 1; j < n; j++)
              {
                BpChartRect b;
                const char *text_b = _bp_chart_get_text_box (chart, j, &b);
                double overlap_x = MIN (a.x + a.width, b.x + b.width) - MAX (a.x, b.x);
                double overlap_y = MIN (a.y + a.height, b.y + b.height) - MAX (a.y, b.y);

                if (overlap_x > 0.5 && overlap_y > 0.5)
                  g_error ("chart %u at %dx%d: \"%s\" overlaps \"%s\"", k, sizes[s].width,
                           sizes[s].height, text_a, text_b);
              }
          }
        cairo_surface_destroy (surface);
      }
}

/* Every value missing: the chart still draws, says "No data", and has no points. */
static void
test_all_missing (void)
{
  BpChartRatePoint points[4] = {
    { "Jun 2023", NAN, -1, -1 },
    { "Sep 2023", NAN, -1, -1 },
    { "Dec 2023", NAN, -1, -1 },
    { "Mar 2024", NAN, -1, -1 },
  };
  BpChartRateInput input = { .kind = BP_CHART_KIND_CUSTODY, .points = points, .n_points = 4 };
  BpChartReoffendingInput no_cohorts = { 0 };
  g_autoptr (BpChart) chart = bp_chart_new_rate (&input);
  g_autoptr (BpChart) empty = bp_chart_new_reoffending (&no_cohorts);
  cairo_surface_t *surface = render (chart, 500, 300, 1.0, BP_CHART_THEME_LIGHT);
  cairo_surface_t *surface2 = render (empty, 500, 300, 1.0, BP_CHART_THEME_LIGHT);
  gboolean says_no_data = FALSE;

  g_assert_cmpuint (bp_chart_get_n_targets (chart), ==, 0);
  for (guint i = 0; i < _bp_chart_get_n_text_boxes (chart); i++)
    says_no_data |= g_strcmp0 (_bp_chart_get_text_box (chart, i, NULL), "No data") == 0;
  g_assert_true (says_no_data);
  g_assert_cmpuint (bp_chart_get_n_targets (empty), ==, 0);

  cairo_surface_destroy (surface);
  cairo_surface_destroy (surface2);
}

static cairo_surface_t *
load_reference (const char *name)
{
  g_autofree char *path = test_data_path (name);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot read the reference image %s: %s (regenerate with BP_CHARTS_REGENERATE=1)",
             path, cairo_status_to_string (cairo_surface_status (surface)));

  return surface;
}

/* Each kind matches its reference image within the tolerance. */
static void
test_reference_images (void)
{
  gboolean regenerate = g_getenv ("BP_CHARTS_REGENERATE") != NULL;

  if (!test_font_available ())
    {
      g_test_skip ("the reference images need the font " TEST_FONT " (fonts-dejavu-core)");
      return;
    }

  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);
      g_autofree char *name = g_strdup_printf ("ref-%s.png", bp_chart_kind_to_string (k));
      cairo_surface_t *actual = render (chart, REF_WIDTH, REF_HEIGHT, 1.0, BP_CHART_THEME_LIGHT);
      cairo_surface_t *expected;
      double difference;

      if (regenerate)
        {
          g_autofree char *path = test_data_path (name);

          g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
          g_test_message ("wrote %s", path);
          cairo_surface_destroy (actual);
          continue;
        }

      expected = load_reference (name);
      difference = test_compare_images (actual, expected, chart);
      g_test_message ("%s: %.3f%% of blocks differ", name, difference * 100);
      if (difference > REF_TOLERANCE)
        {
          g_autofree char *actual_name = g_strdup_printf ("%s-actual.png",
                                                          bp_chart_kind_to_string (k));
          g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, actual_name, NULL);

          cairo_surface_write_to_png (actual, actual_path);
          g_error ("%s differs from its reference in %.2f%% of blocks (limit %.2f%%); see %s",
                   name, difference * 100, REF_TOLERANCE * 100, actual_path);
        }
      cairo_surface_destroy (expected);
      cairo_surface_destroy (actual);
    }
}

/* The tolerance is tight enough to see a comparator line go missing. */
static void
test_reference_catches_missing_series (void)
{
  const BpChartComparator comparators[] = {
    { BP_CHART_COMPARATOR_FAMILY, "YJS family", sample_fte_family },
    { BP_CHART_COMPARATOR_NATIONAL, "England and Wales", sample_fte_national },
  };
  BpChartRateInput input = {
    .kind = BP_CHART_KIND_FTE,
    .source = "Source: local case records (local) and YJB Youth Justice Data Summary "
              "(comparators, as published). Population: ONS mid-year estimates.",
    .local_name = "Local",
    .points = sample_fte_local,
    .n_points = SAMPLE_N_QUARTERS,
    .comparators = comparators,
    .n_comparators = G_N_ELEMENTS (comparators),
  };
  g_autoptr (BpChart) chart = NULL;
  cairo_surface_t *actual;
  cairo_surface_t *expected;
  double difference;

  if (!test_font_available () || g_getenv ("BP_CHARTS_REGENERATE") != NULL)
    {
      g_test_skip ("needs the reference images and " TEST_FONT);
      return;
    }

  /* the sample FTE chart without its London line (whose direct label is not the
   * longest, so nothing else moves) */
  chart = bp_chart_new_rate (&input);
  actual = render (chart, REF_WIDTH, REF_HEIGHT, 1.0, BP_CHART_THEME_LIGHT);
  expected = load_reference ("ref-fte.png");
  difference = test_compare_images (actual, expected, chart);
  g_test_message ("without the London line: %.3f%% of blocks differ",
                  difference * 100);
  g_assert_cmpfloat (difference, >, REF_TOLERANCE * 2);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/render/rri-parity-line", test_rri_parity_line);
  g_test_add_func ("/charts/render/gap", test_gap);
  g_test_add_func ("/charts/render/stays-inside", test_stays_inside);
  g_test_add_func ("/charts/render/themes", test_themes);
  g_test_add_func ("/charts/render/palettes", test_palettes);
  g_test_add_func ("/charts/render/no-overlap", test_no_overlap);
  g_test_add_func ("/charts/render/stacked", test_stacked);
  g_test_add_func ("/charts/render/funnel", test_funnel);
  g_test_add_func ("/charts/render/all-missing", test_all_missing);
  g_test_add_func ("/charts/render/reference-images", test_reference_images);
  g_test_add_func ("/charts/render/reference-catches-missing-series",
                   test_reference_catches_missing_series);

  return g_test_run ();
}

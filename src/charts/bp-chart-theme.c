/* bp-chart-theme.c: chart chrome colours, fonts and the data palettes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-chart-theme.h"

/* Analysis Function, "Data visualisation: colours" (analysisfunction.civilservice.gov.uk,
 * policy-store/data-visualisation-colours-in-charts) */
static const char *const analysis_function_colors[] = {
  "#12436D", /* dark blue */
  "#28A197", /* turquoise */
  "#801650", /* dark pink */
  "#F46A25", /* orange */
  "#3D3D3D", /* dark grey */
  "#A285D1", /* light purple */
};

/* Okabe and Ito (2008), "Color Universal Design". */
static const char *const okabe_ito_colors[] = {
  "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
};

static void
set_rgb (BpChartColor *color,
         guint32       rgb)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = 1.0;
}

static double
mix (double a,
     double b,
     double t)
{
  return a + (b - a) * t;
}

/**
 * bp_chart_theme_init:
 * @theme: (out caller-allocates): the theme to fill
 * @kind: light, dark or high contrast
 *
 * Fills @theme with the chrome colours of @kind (those of Adwaita), the Analysis
 * Function palette, the "Sans" font at 13 px, and a background that is drawn.
 */
void
bp_chart_theme_init (BpChartTheme     *theme,
                     BpChartThemeKind  kind)
{
  g_return_if_fail (theme != NULL);

  memset (theme, 0, sizeof *theme);
  theme->palette = BP_CHART_PALETTE_ANALYSIS_FUNCTION;
  theme->font_family = "Sans";
  theme->font_size = 13.0;
  theme->draw_background = TRUE;

  switch (kind)
    {
    case BP_CHART_THEME_LIGHT:
      set_rgb (&theme->background, 0xffffff);
      set_rgb (&theme->foreground, 0x1f1f1f);
      set_rgb (&theme->grid, 0xdedede);
      set_rgb (&theme->accent, 0x3584e4);
      break;

    case BP_CHART_THEME_DARK:
      set_rgb (&theme->background, 0x1e1e1e);
      set_rgb (&theme->foreground, 0xf0f0f0);
      set_rgb (&theme->grid, 0x444444);
      set_rgb (&theme->accent, 0x78aeed);
      break;

    case BP_CHART_THEME_HIGH_CONTRAST:
      set_rgb (&theme->background, 0xffffff);
      set_rgb (&theme->foreground, 0x000000);
      set_rgb (&theme->grid, 0x8a8a8a);
      set_rgb (&theme->accent, 0x1c59b0);
      theme->high_contrast = TRUE;
      break;

    case BP_CHART_THEME_HIGH_CONTRAST_DARK:
      set_rgb (&theme->background, 0x000000);
      set_rgb (&theme->foreground, 0xffffff);
      set_rgb (&theme->grid, 0x8a8a8a);
      set_rgb (&theme->accent, 0x99c1f1);
      theme->high_contrast = TRUE;
      break;

    default:
      g_return_if_reached ();
    }
}

/**
 * bp_chart_theme_set_chrome:
 * @theme: the theme
 * @foreground: text and axis colour (e.g. the widget's style colour)
 * @background: (nullable): background colour; NULL keeps the theme's
 * @accent: (nullable): focus colour; NULL keeps the theme's
 *
 * Sets the chrome colours from outside (a widget's style) and derives the grid colour
 * from foreground and background.
 */
void
bp_chart_theme_set_chrome (BpChartTheme       *theme,
                           const BpChartColor *foreground,
                           const BpChartColor *background,
                           const BpChartColor *accent)
{
  double t;

  g_return_if_fail (theme != NULL);
  g_return_if_fail (foreground != NULL);

  theme->foreground = *foreground;
  theme->foreground.alpha = 1.0;
  if (background != NULL)
    theme->background = *background;
  if (accent != NULL)
    theme->accent = *accent;

  t = theme->high_contrast ? 0.45 : 0.15;
  theme->grid.red = mix (theme->background.red, theme->foreground.red, t);
  theme->grid.green = mix (theme->background.green, theme->foreground.green, t);
  theme->grid.blue = mix (theme->background.blue, theme->foreground.blue, t);
  theme->grid.alpha = 1.0;
}

static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (const BpChartColor *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green)
         + 0.0722 * channel_luminance (c->blue);
}

/**
 * bp_chart_color_contrast:
 * @a: a colour
 * @b: another colour
 *
 * Returns: the WCAG 2 contrast ratio of @a and @b, 1 to 21 (alpha ignored)
 */
double
bp_chart_color_contrast (const BpChartColor *a,
                         const BpChartColor *b)
{
  double la = relative_luminance (a);
  double lb = relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * bp_chart_theme_is_dark:
 * @theme: the theme
 *
 * Returns: whether the background is darker than the foreground
 */
gboolean
bp_chart_theme_is_dark (const BpChartTheme *theme)
{
  g_return_val_if_fail (theme != NULL, FALSE);

  return relative_luminance (&theme->background) < relative_luminance (&theme->foreground);
}

/**
 * bp_chart_color_parse:
 * @color: (out caller-allocates): the colour
 * @spec: "#RRGGBB"
 *
 * Returns: whether @spec was a valid colour
 */
gboolean
bp_chart_color_parse (BpChartColor *color,
                      const char   *spec)
{
  guint32 rgb = 0;

  g_return_val_if_fail (color != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (spec[0] != '#' || strlen (spec) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (spec[i]);

      if (digit < 0)
        return FALSE;
      rgb = (rgb << 4) | (guint32) digit;
    }
  set_rgb (color, rgb);

  return TRUE;
}

/**
 * bp_chart_palette_get_n_colors:
 * @palette: a palette
 *
 * Returns: how many colours @palette has before it repeats
 */
guint
bp_chart_palette_get_n_colors (BpChartPalette palette)
{
  switch (palette)
    {
    case BP_CHART_PALETTE_OKABE_ITO:
      return G_N_ELEMENTS (okabe_ito_colors);
    case BP_CHART_PALETTE_ANALYSIS_FUNCTION:
    default:
      return G_N_ELEMENTS (analysis_function_colors);
    }
}

/**
 * bp_chart_palette_get_color:
 * @palette: a palette
 * @index: the series' position; wraps around
 * @color: (out caller-allocates): the colour as published (not yet adjusted to a theme)
 */
void
bp_chart_palette_get_color (BpChartPalette  palette,
                            guint           index,
                            BpChartColor   *color)
{
  const char *const *colors;
  guint n = bp_chart_palette_get_n_colors (palette);
  gboolean ok;

  g_return_if_fail (color != NULL);

  colors = palette == BP_CHART_PALETTE_OKABE_ITO ? okabe_ito_colors : analysis_function_colors;
  ok = bp_chart_color_parse (color, colors[index % n]);
  g_assert (ok);
}

/* Which palette colour the n-th series takes. The Analysis Function palette is used in
 * its published order. Okabe-Ito's order starts with orange and sky blue, which are
 * faint on white: on a light background its strongest colours come first. */
static guint
series_order (const BpChartTheme *theme,
              guint               index)
{
  static const guint okabe_ito_on_light[] = { 4, 5, 2, 6, 0, 1, 3, 7 };
  guint n = bp_chart_palette_get_n_colors (theme->palette);

  if (theme->palette == BP_CHART_PALETTE_OKABE_ITO && !bp_chart_theme_is_dark (theme))
    return okabe_ito_on_light[index % n];

  return index % n;
}

/**
 * bp_chart_theme_get_series_color:
 * @theme: the theme
 * @color_index: the series' colour index (0 for the first series), or -1
 *   (BP_CHART_COLOR_FOREGROUND)
 * @for_text: whether the colour is for text (4.5:1 contrast) or for marks (3:1)
 * @color: (out caller-allocates): the colour to draw with
 *
 * The palette colour for a series, moved towards the foreground just enough to keep
 * the WCAG contrast with the background: 3:1 for marks, 4.5:1 for text, for the first
 * series (the area's own) and in high contrast. The Analysis Function
 * dark blue is lightened on a dark background, Okabe-Ito yellow darkened on white.
 * The Analysis Function palette is taken in its published order; Okabe-Ito on a light
 * background starts with blue, vermillion and bluish green (its strongest on white).
 */
void
bp_chart_theme_get_series_color (const BpChartTheme *theme,
                                 int                 color_index,
                                 gboolean            for_text,
                                 BpChartColor       *color)
{
  BpChartColor base;
  double needed;

  g_return_if_fail (theme != NULL);
  g_return_if_fail (color != NULL);

  if (color_index < 0)
    {
      *color = theme->foreground;
      return;
    }

  bp_chart_palette_get_color (theme->palette, series_order (theme, (guint) color_index), &base);
  /* The first series is the area's own, the one a reader follows: as clear as text
   * (in the dark style the Analysis Function dark blue was 3.1:1 at the marks' 3:1). */
  needed = for_text || theme->high_contrast || color_index == 0 ? 4.5 : 3.0;
  *color = base;
  for (guint step = 1; step <= 20 && bp_chart_color_contrast (color, &theme->background) < needed;
       step++)
    {
      double t = step / 20.0;

      color->red = mix (base.red, theme->foreground.red, t);
      color->green = mix (base.green, theme->foreground.green, t);
      color->blue = mix (base.blue, theme->foreground.blue, t);
    }
  color->alpha = 1.0;
}

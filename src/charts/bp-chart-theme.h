/* bp-chart-theme.h: chart chrome colours, fonts and the data palettes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Components 0..1; the same order as GdkRGBA, so a widget copies field by field. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} BpChartColor;

typedef enum
{
  BP_CHART_PALETTE_ANALYSIS_FUNCTION, /* UK Government Analysis Function categorical */
  BP_CHART_PALETTE_OKABE_ITO,
} BpChartPalette;

typedef enum
{
  BP_CHART_THEME_LIGHT,
  BP_CHART_THEME_DARK,
  BP_CHART_THEME_HIGH_CONTRAST,
  BP_CHART_THEME_HIGH_CONTRAST_DARK,
} BpChartThemeKind;

typedef struct
{
  BpChartColor   background;      /* filled first unless draw_background is FALSE */
  BpChartColor   foreground;      /* text, axes, reference lines */
  BpChartColor   grid;            /* grid lines */
  BpChartColor   accent;          /* keyboard focus and hover ring */
  BpChartPalette palette;
  const char    *font_family;     /* NULL: "Sans"; not copied, keep it alive */
  double         font_size;       /* body text in user units (px); <= 0: 13 */
  gboolean       high_contrast;   /* thicker lines, full-strength secondary text */
  gboolean       draw_background;
} BpChartTheme;

void     bp_chart_theme_init          (BpChartTheme     *theme,
                                       BpChartThemeKind  kind);
void     bp_chart_theme_set_chrome    (BpChartTheme       *theme,
                                       const BpChartColor *foreground,
                                       const BpChartColor *background,
                                       const BpChartColor *accent);
gboolean bp_chart_theme_is_dark       (const BpChartTheme *theme);

gboolean bp_chart_color_parse         (BpChartColor *color,
                                       const char   *spec);
guint    bp_chart_palette_get_n_colors (BpChartPalette palette);
void     bp_chart_palette_get_color   (BpChartPalette palette,
                                       guint          index,
                                       BpChartColor  *color);
double   bp_chart_color_contrast      (const BpChartColor *a,
                                       const BpChartColor *b);
void     bp_chart_theme_get_series_color (const BpChartTheme *theme,
                                          int                 color_index,
                                          gboolean            for_text,
                                          BpChartColor       *color);

G_END_DECLS

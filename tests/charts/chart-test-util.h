/* chart-test-util.h: pixels, reference images and data files for the chart tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-charts.h"

G_BEGIN_DECLS

/* The font the reference images were drawn with (fonts-dejavu-core). */
#define TEST_FONT "DejaVu Sans"

typedef struct
{
  int red;
  int green;
  int blue;
  int alpha;
} TestPixel;

void      test_theme_init          (BpChartTheme     *theme,
                                    BpChartThemeKind  kind);
gboolean  test_font_available      (void);
TestPixel test_pixel_at            (cairo_surface_t *surface,
                                    int              x,
                                    int              y);
int       test_pixel_distance      (TestPixel           pixel,
                                    const BpChartColor *color);
double    test_pixel_luminance     (TestPixel pixel);
char     *test_data_path           (const char *name);
double    test_compare_images      (cairo_surface_t *actual,
                                    cairo_surface_t *expected,
                                    BpChart         *mask_text_of);

G_END_DECLS

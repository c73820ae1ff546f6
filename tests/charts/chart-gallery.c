/* chart-gallery.c: writes every chart kind in every theme to a folder, to look at
 *
 * Usage: chart-gallery OUTDIR [WIDTH HEIGHT [SCALE]]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "chart-samples.h"

static const char *const theme_names[] = { "light", "dark", "hc", "hc-dark" };

int
main (int   argc,
      char *argv[])
{
  const char *outdir = argc > 1 ? argv[1] : ".";
  double width = argc > 3 ? g_ascii_strtod (argv[2], NULL) : 1200;
  double height = argc > 3 ? g_ascii_strtod (argv[3], NULL) : 700;
  const char *format = argc > 4 ? argv[4] : "png";

  g_mkdir_with_parents (outdir, 0755);
  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);

      for (guint t = 0; t < G_N_ELEMENTS (theme_names); t++)
        {
          g_autoptr (GError) error = NULL;
          g_autofree char *name = g_strdup_printf ("%s-%s.%s",
                                                   bp_chart_kind_to_string ((BpChartKind) k),
                                                   theme_names[t], format);
          g_autofree char *path = g_build_filename (outdir, name, NULL);
          BpChartTheme theme;

          bp_chart_theme_init (&theme, (BpChartThemeKind) t);
          if (!bp_chart_write_file (chart, path, width, height, &theme, &error))
            {
              g_printerr ("%s\n", error->message);
              return EXIT_FAILURE;
            }
        }
      g_print ("%s: %s\n", bp_chart_kind_to_string ((BpChartKind) k), bp_chart_get_summary (chart));
    }

  return EXIT_SUCCESS;
}

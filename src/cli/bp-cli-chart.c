/* bp-cli-chart.c: boardpack chart KIND --out FILE.(png|svg|pdf) [--width] [--height]
 *                 [--period-end DATE] [--theme] [--palette] [--profile] */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "bp-chart-builders.h"
#include "bp-chart-theme.h"
#include "bp-cli-private.h"

/* "fte, custody, reoffending, rri, ethnicity, diversion or remand": the kinds of
 * bp_chart_build() and every indicator of the registry with a chart of its own. */
static char *
chart_kinds (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const BpIndicator *const *list;
  GString *text = g_string_new (NULL);
  BpChartKind kind;
  guint n;

  g_ptr_array_set_free_func (names, g_free);
  for (kind = BP_CHART_KIND_FTE; kind <= BP_CHART_KIND_ETHNICITY; kind++)
    g_ptr_array_add (names, g_strdup (bp_chart_kind_to_string (kind)));
  list = bp_indicators_list (&n);
  for (guint i = 0; i < n; i++)
    if (bp_chart_indicator_has_chart (list[i]->key))
      g_ptr_array_add (names, g_strdup (list[i]->key));
  for (int k = 0; k < BP_N_KPIS; k++)
    for (int v = 0; v < BP_N_KPI_CHARTS; v++)
      if (bp_kpi_chart_exists (k, v))
        g_ptr_array_add (names, bp_kpi_chart_name (k, v));
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        /* Translators: the separators of a list of chart kinds, "fte, custody or rri" */
        g_string_append (text, i + 1 == names->len ? _(" or ") : ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  return g_string_free (text, FALSE);
}

int
_bp_cli_chart (BpCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpReport) report = NULL;
  int status = BP_EXIT_OK;
  g_autoptr(BpChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *out = NULL;
  g_autofree char *period_end = NULL;
  g_auto(BpCliDisparity) disparity = { NULL, 0, NULL };
  g_autofree char *theme_name = NULL;
  g_autofree char *palette = NULL;
  g_autofree char *profile = NULL;
  int width = 1200, height = 700;
  BpReportOptions options = { BP_DAY_INVALID, BP_STAGE_CAUTIONED_OR_SENTENCED };
  BpChartBuildOptions build = { BP_PROFILE_INTERNAL, FALSE, 0.0 };
  BpChartTheme theme;
  BpChartKind kind = BP_CHART_KIND_FTE;
  g_autofree char *kinds = NULL;
  g_autofree char *summary = NULL;
  const char *indicator_key;
  BpKpiKind kpi = BP_KPI_ACCOMMODATION;
  BpKpiChart kpi_view = BP_KPI_CHART_TREND;
  gboolean is_kpi;
  const GOptionEntry entries[] = {
    /* Translators: the options' help of boardpack SUBCOMMAND --help. Keep option names
     * and the words typed (.png, fte, light, internal...); the placeholders in capitals
     * (FILE, PX, DATE...) may be translated, the same way in every subcommand. */
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("The file to write: .png, .svg or .pdf"),
      N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default 1200)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default 700)"),
      N_("PX") },
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end,
      N_("The quarter end the period ends on (default: the latest with data)"), N_("DATE") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme_name,
      N_("light (default), dark or high-contrast"), N_("THEME") },
    { "palette", 0, 0, G_OPTION_ARG_STRING, &palette,
      N_("analysis-function (default) or okabe-ito"), N_("PALETTE") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile,
      N_("internal (default) or partner: small numbers suppressed"), N_("PROFILE") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { NULL }
  };

  kinds = chart_kinds ();
  /* Translators: what follows the options in "boardpack chart --help": the chart's kind */
  context = g_option_context_new (_("KIND"));
  /* Translators: %s is the list of chart kinds, "fte, custody, reoffending, ..." */
  summary = g_strdup_printf (_("Draw a chart to a PNG, SVG or PDF file. KIND is one of %s."),
                             kinds);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  _bp_cli_add_disparity_options (context, &disparity);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc != 2 || (!bp_chart_kind_from_string (argv[1], &kind) &&
                    !bp_chart_indicator_has_chart (argv[1]) &&
                    !bp_kpi_chart_parse (argv[1], &kpi, &kpi_view)))
    {
      /* Translators: %s is the list of chart kinds, "fte, custody, reoffending, ..." */
      g_autofree char *message = g_strdup_printf (_("give one KIND: %s"), kinds);

      return _bp_cli_usage ("chart", message);
    }
  is_kpi = bp_kpi_chart_parse (argv[1], &kpi, &kpi_view);
  indicator_key = bp_chart_kind_from_string (argv[1], &kind) || is_kpi ? NULL : argv[1];
  if (out == NULL)
    return _bp_cli_usage ("chart", _("--out FILE is required"));
  if (!g_str_has_suffix (out, ".png") && !g_str_has_suffix (out, ".svg") &&
      !g_str_has_suffix (out, ".pdf"))
    return _bp_cli_usage ("chart", _("--out must end in .png, .svg or .pdf"));
  if (width < 200 || width > 10000 || height < 150 || height > 10000)
    return _bp_cli_usage ("chart", _("--width must be 200 to 10000 and --height 150 to 10000"));
  if (period_end && !bp_day_parse (period_end, &options.period_end))
    return _bp_cli_usage ("chart", _("--period-end must be a date from 1900 to 2999, YYYY-MM-DD or DD/MM/YYYY"));
  if (!_bp_cli_disparity_apply ("chart", &disparity, &options, &status))
    return status;
  if (profile && !bp_profile_parse (profile, &build.profile))
    return _bp_cli_usage ("chart", _("--profile must be internal or partner"));

  if (theme_name == NULL || strcmp (theme_name, "light") == 0)
    bp_chart_theme_init (&theme, BP_CHART_THEME_LIGHT);
  else if (strcmp (theme_name, "dark") == 0)
    bp_chart_theme_init (&theme, BP_CHART_THEME_DARK);
  else if (strcmp (theme_name, "high-contrast") == 0)
    bp_chart_theme_init (&theme, BP_CHART_THEME_HIGH_CONTRAST);
  else
    return _bp_cli_usage ("chart", _("--theme must be light, dark or high-contrast"));
  if (palette && strcmp (palette, "okabe-ito") == 0)
    theme.palette = BP_CHART_PALETTE_OKABE_ITO;
  else if (palette && strcmp (palette, "analysis-function") != 0)
    return _bp_cli_usage ("chart", _("--palette must be analysis-function or okabe-ito"));
  if (db)
    cli->db_path = db;
  {
    const char *outputs[] = { out };

    if (!_bp_cli_check_outputs (cli, NULL, outputs, G_N_ELEMENTS (outputs)))
      return BP_EXIT_USAGE;
  }

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;
  report = _bp_cli_compute_report (cli, store, &options, &status);
  if (report == NULL)
    return status;

  chart = is_kpi ? bp_chart_build_kpi (report, kpi, kpi_view, &build)
          : indicator_key ? bp_chart_build_indicator (indicator_key, report, &build)
          : bp_chart_build (kind, report, &build);
  if (chart == NULL)
    {
      /* Translators: %s is the chart's kind, as in "boardpack: kpi-victims: nothing to
       * draw; the report did not calculate it (see boardpack report)" */
      fprintf (stderr, _("boardpack: %s: nothing to draw; the report did not calculate it "
                         "(see boardpack report)"), argv[1]);
      fputc ('\n', stderr);
      return BP_EXIT_INVALID_INPUT;
    }
  if (!bp_chart_write_file (chart, out, width, height, &theme, &error))
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return BP_EXIT_IO;
    }
  printf ("%s\n", bp_chart_get_summary (chart));
  return BP_EXIT_OK;
}

/* bp-cli-report.c: boardpack report [--period-end DATE] [--stage STAGE] [--years N]
 *                  [--tier TIER] [--format F] */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bp-cli-private.h"
#include "bp-indicators.h"
#include "bp-report-format.h"

int
_bp_cli_report (BpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpReport) report = NULL;
  int status = BP_EXIT_OK;
  g_autofree char *db = NULL;
  g_autofree char *period_end = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_auto(BpCliDisparity) disparity = { NULL, 0, NULL };
  BpReportOptions options = { BP_DAY_INVALID, BP_STAGE_CAUTIONED_OR_SENTENCED, 1 };
  const GOptionEntry entries[] = {
    /* Translators: see "The file to write: .png, .svg or .pdf" for the options' help */
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end,
      N_("The quarter end the period ends on (default: the latest with data)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default), json or csv"),
      N_("FORMAT") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Print the indicators for a 12-month period: first "
                                           "time entrants, use of custody, proven reoffending "
                                           "and ethnic disproportionality."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  _bp_cli_add_disparity_options (context, &disparity);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc != 1)
    return _bp_cli_usage ("report", _("unexpected arguments"));
  if (period_end && !bp_day_parse (period_end, &options.period_end))
    return _bp_cli_usage ("report", _("--period-end must be a date from 1900 to 2999, YYYY-MM-DD or DD/MM/YYYY"));
  if (!_bp_cli_disparity_apply ("report", &disparity, &options, &status))
    return status;
  if (format && g_strcmp0 (format, "text") != 0 && g_strcmp0 (format, "json") != 0 &&
      g_strcmp0 (format, "csv") != 0)
    return _bp_cli_usage ("report", _("--format must be text, json or csv"));
  if (db)
    cli->db_path = db;

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;

  report = _bp_cli_compute_report (cli, store, &options, &status);
  if (report == NULL)
    return status;

  if (g_strcmp0 (format, "json") == 0)
    {
      output = bp_report_to_json_text (report);
      printf ("%s\n", output);
    }
  else if (g_strcmp0 (format, "csv") == 0)
    {
      output = bp_report_to_csv (report);
      fputs (output, stdout);
    }
  else
    {
      output = bp_report_to_text (report);
      fputs (output, stdout);
    }
  return BP_EXIT_OK;
}

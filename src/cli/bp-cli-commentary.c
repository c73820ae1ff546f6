/* bp-cli-commentary.c: boardpack commentary set|show|clear KEY [--period-end DATE]
 *                      [TEXT | --file F] (cli.md, "Commentary")
 *
 * A commentary belongs to one period end: the default period end of the data when
 * --period-end is not given, as the report and the pack choose it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bp-cli-private.h"
#include "bp-commentary.h"

int
_bp_cli_commentary (BpCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *period_end = NULL;
  g_autofree char *file = NULL;
  g_autofree char *from_file = NULL;
  g_autofree char *period = NULL;
  BpReportOptions options = { BP_DAY_INVALID, BP_STAGE_CAUTIONED_OR_SENTENCED, 1 };
  const char *verb, *key, *text = NULL;
  int status = BP_EXIT_OK;
  const GOptionEntry entries[] = {
    /* Translators: see "The file to write: .png, .svg or .pdf" for the options' help */
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end,
      N_("The quarter end the commentary is for (default: the latest with data)"),
      N_("DATE") },
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file,
      N_("Read the commentary from FILE (UTF-8 text) instead of the command line"),
      N_("FILE") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { NULL }
  };

  /* Translators: the synopsis of boardpack commentary --help; keep set, show, clear and
   * summary as they are */
  context = g_option_context_new (_("set|show|clear KEY [TEXT]"));
  g_option_context_set_summary (context,
                                _("The manager's commentary for the board, for one period: "
                                  "KEY is summary or an indicator's key in the JSON report "
                                  "(fte, custody, reoffending, disparity, diversion, remand, "
                                  "a KPI's such as ete). It is printed under its indicator "
                                  "in the board pack, partner packs included."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc < 3)
    return _bp_cli_usage ("commentary", _("give set, show or clear, and a KEY"));
  verb = argv[1];
  key = argv[2];
  if (g_strcmp0 (verb, "set") != 0 && g_strcmp0 (verb, "show") != 0 &&
      g_strcmp0 (verb, "clear") != 0)
    return _bp_cli_usage ("commentary", _("give set, show or clear, and a KEY"));
  if (!bp_commentary_key_is_valid (key))
    {
      g_autofree char *message = g_strdup_printf (_("\"%s\" is not a key of the report: use "
                                                    "summary, an indicator's key (fte, "
                                                    "custody, reoffending, disparity, "
                                                    "diversion, remand, …) or a KPI's (ete, "
                                                    "…)"), key);

      return _bp_cli_usage ("commentary", message);
    }
  if (g_strcmp0 (verb, "set") == 0)
    {
      if ((argc == 4) == (file != NULL))
        return _bp_cli_usage ("commentary", _("set takes the TEXT or --file FILE, not both"));
      text = argc == 4 ? argv[3] : NULL;
    }
  else if (argc != 3 || file != NULL)
    return _bp_cli_usage ("commentary", _("unexpected arguments"));
  if (period_end && !bp_day_parse (period_end, &options.period_end))
    return _bp_cli_usage ("commentary", _("--period-end must be a date from 1900 to 2999, YYYY-MM-DD or DD/MM/YYYY"));
  if (file != NULL)
    {
      if (!g_file_get_contents (file, &from_file, NULL, &error))
        {
          fprintf (stderr, "boardpack commentary: %s\n", error->message);
          return BP_EXIT_IO;
        }
      if (!g_utf8_validate (from_file, -1, NULL))
        {
          /* Translators: %s is a file name */
          fprintf (stderr, _("boardpack commentary: %s is not UTF-8 text\n"), file);
          return BP_EXIT_INVALID_INPUT;
        }
      text = from_file;
    }
  if (db)
    cli->db_path = db;

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;
  /* The period as the report chooses it: the default, or a quarter end with data. */
  report = _bp_cli_compute_report (cli, store, &options, &status);
  if (report == NULL)
    return status;
  period = bp_day_format_long (report->period.end);

  if (g_strcmp0 (verb, "show") == 0)
    {
      g_autofree char *current = bp_commentary_get (store, key, report->period.end);

      if (current)
        printf ("%s\n", current);
      else
        /* Translators: %s is the key, then a date, as in "No commentary for fte for the
         * 12 months to 31 March 2025." */
        fprintf (stderr, _("No commentary for %s for the 12 months to %s.\n"), key, period);
      return BP_EXIT_OK;
    }
  if (!bp_commentary_set (store, key, report->period.end,
                          g_strcmp0 (verb, "clear") == 0 ? NULL : text, &error))
    {
      fprintf (stderr, "boardpack commentary: %s\n", error->message);
      return g_error_matches (error, BP_STORE_ERROR, BP_STORE_ERROR_INVALID) ? BP_EXIT_INVALID_INPUT
                                                                             : BP_EXIT_IO;
    }
  bp_store_emit_changed (store);
  if (g_strcmp0 (verb, "clear") == 0)
    /* Translators: the key, then a date, as in "Commentary for fte for the 12 months to 31
     * March 2025 cleared." */
    printf (_("Commentary for %s for the 12 months to %s cleared.\n"), key, period);
  else
    /* Translators: the key, then a date */
    printf (_("Commentary for %s for the 12 months to %s saved.\n"), key, period);
  return BP_EXIT_OK;
}

/* bp-cli-export.c: boardpack export [--xlsx FILE] [--pdf FILE] [--profile P] [--period-end D] */

#include "config.h"

#include <stdio.h>

#include "bp-cli-private.h"
#include "bp-indicators.h"
#include "bp-pdf-report.h"
#include "bp-workbook.h"

typedef struct
{
  BpCli      *cli;
  const char *what;
} Progress;

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  Progress *p = user_data;

  _bp_cli_progress (p->cli, p->what, fraction);
}

static int
exit_for_export_error (const GError *error)
{
  if (error->domain == BP_EXPORT_ERROR && error->code == BP_EXPORT_ERROR_INVALID)
    return BP_EXIT_INVALID_INPUT;
  return BP_EXIT_IO;
}

int
_bp_cli_export (BpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpReport) report = NULL;
  int status = BP_EXIT_OK;
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *period_end = NULL;
  BpReportOptions options = { BP_DAY_INVALID, BP_STAGE_CAUTIONED_OR_SENTENCED };
  BpProfile profile = BP_PROFILE_INTERNAL;
  Progress progress = { cli, NULL };
  const GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, "Write the Excel workbook to FILE", "FILE" },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, "Write the PDF report to FILE", "FILE" },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      "internal (default: every count, OFFICIAL-SENSITIVE) or partner (small numbers "
      "suppressed)", "PROFILE" },
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end,
      "The quarter end the period ends on (default: the latest with data)", "DATE" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The database file", "FILE" },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Write the quarterly board pack: an Excel workbook "
                                         "and/or a PDF report with the same figures.");
  g_option_context_set_description (context,
                                    "A file is written under a temporary name beside it and "
                                    "renamed when complete: a failed export leaves an existing "
                                    "file as it was.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc != 1)
    return _bp_cli_usage ("export", "unexpected arguments");
  if (xlsx == NULL && pdf == NULL)
    return _bp_cli_usage ("export", "give --xlsx FILE, --pdf FILE or both");
  if (profile_name && !bp_profile_parse (profile_name, &profile))
    return _bp_cli_usage ("export", "--profile must be internal or partner");
  if (period_end && !bp_day_parse (period_end, &options.period_end))
    return _bp_cli_usage ("export", "--period-end must be a date, YYYY-MM-DD or DD/MM/YYYY");
  if (db)
    cli->db_path = db;

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;

  report = _bp_cli_compute_report (cli, store, &options, &status);
  if (report == NULL)
    return status;
  pack = bp_pack_new (report, store, profile, &error);
  if (pack == NULL)
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return exit_for_export_error (error);
    }

  if (xlsx)
    {
      g_autofree char *what = g_strdup_printf ("Writing %s", xlsx);

      progress.what = what;
      if (!bp_export_workbook_pack (pack, xlsx, on_progress_cb, &progress, NULL, &error))
        {
          _bp_cli_progress_done (cli);
          fprintf (stderr, "boardpack: %s\n", error->message);
          return exit_for_export_error (error);
        }
      _bp_cli_progress_done (cli);
    }
  if (pdf)
    {
      g_autofree char *what = g_strdup_printf ("Writing %s", pdf);

      progress.what = what;
      if (!bp_export_pdf_pack (pack, pdf, on_progress_cb, &progress, NULL, &error))
        {
          _bp_cli_progress_done (cli);
          fprintf (stderr, "boardpack: %s\n", error->message);
          return exit_for_export_error (error);
        }
      _bp_cli_progress_done (cli);
    }
  return BP_EXIT_OK;
}

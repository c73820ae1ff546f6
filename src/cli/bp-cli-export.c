/* bp-cli-export.c: boardpack export [--xlsx FILE] [--pdf FILE] [--profile P] [--period-end D]
 *                  [--language cy|en] */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bp-case-data.h"
#include "bp-cli-private.h"
#include "bp-kpi-data.h"
#include "bp-i18n.h"
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
  g_autoptr(GError) language_error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *period_end = NULL;
  g_autofree char *language = NULL;
  BpReportOptions options = { BP_DAY_INVALID, BP_STAGE_CAUTIONED_OR_SENTENCED };
  g_auto(BpCliDisparity) disparity = { NULL, 0, NULL };
  BpProfile profile = BP_PROFILE_INTERNAL;
  Progress progress = { cli, NULL };
  const GOptionEntry entries[] = {
    /* Translators: see "The file to write: .png, .svg or .pdf" for the options' help */
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the Excel workbook to FILE"),
      N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the PDF report to FILE"), N_("FILE") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      /* Translators: keep internal, partner and OFFICIAL-SENSITIVE (a government security
       * marking) as they are */
      N_("internal (default: every count, OFFICIAL-SENSITIVE) or partner (small numbers "
         "suppressed)"), N_("PROFILE") },
    { "period-end", 0, 0, G_OPTION_ARG_STRING, &period_end,
      N_("The quarter end the period ends on (default: the latest with data)"), N_("DATE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      /* Translators: keep cy and en, which are typed as they are */
      N_("The language of the pack: cy (Welsh) or en (English) (default: the language of the "
         "interface)"), N_("LANGUAGE") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Write the quarterly board pack: an Excel workbook "
                                           "and/or a PDF report with the same figures."));
  g_option_context_set_description (context,
                                    _("A file is written under a temporary name beside it and "
                                      "renamed when complete: a failed export leaves an "
                                      "existing file as it was."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  _bp_cli_add_disparity_options (context, &disparity);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  /* First, so that the report's notes, every later message and the pack are in that
   * language. An unknown language is a usage error (exit 1); a Welsh catalogue that is not
   * installed is a file that cannot be read (exit 3), said after the usage errors. */
  if (language && !bp_i18n_use_language (language, &language_error) &&
      g_error_matches (language_error, BP_I18N_ERROR, BP_I18N_ERROR_UNKNOWN_LANGUAGE))
    {
      fprintf (stderr, "boardpack export: %s\n", language_error->message);
      return BP_EXIT_USAGE;
    }
  if (argc != 1)
    return _bp_cli_usage ("export", _("unexpected arguments"));
  if (xlsx == NULL && pdf == NULL)
    return _bp_cli_usage ("export", _("give --xlsx FILE, --pdf FILE or both"));
  if (profile_name && !bp_profile_parse (profile_name, &profile))
    return _bp_cli_usage ("export", _("--profile must be internal or partner"));
  if (period_end && !bp_day_parse (period_end, &options.period_end))
    return _bp_cli_usage ("export", _("--period-end must be a date from 1900 to 2999, YYYY-MM-DD or DD/MM/YYYY"));
  if (!_bp_cli_disparity_apply ("export", &disparity, &options, &status))
    return status;
  if (language_error != NULL)
    {
      fprintf (stderr, "boardpack: %s\n", language_error->message);
      return BP_EXIT_IO;
    }
  if (db)
    cli->db_path = db;
  {
    const char *outputs[] = { xlsx, pdf };

    if (!_bp_cli_check_outputs (cli, NULL, outputs, G_N_ELEMENTS (outputs)))
      return BP_EXIT_USAGE;
  }

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;

  /* The saved copies of the case data and the KPIs' inputs cannot be saved inside the
   * snapshot: made now when stale, an export does not read every outcome each time. */
  bp_case_data_prime (store);
  bp_kpi_data_prime (store);
  /* The report and every table of the pack from one state of the database. */
  if (!bp_store_begin_snapshot (store, &error))
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return BP_EXIT_IO;
    }
  report = _bp_cli_compute_report (cli, store, &options, &status);
  if (report == NULL)
    return status;
  pack = bp_pack_new (report, store, profile, &error);
  bp_store_end_snapshot (store);
  if (pack == NULL)
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return exit_for_export_error (error);
    }

  if (xlsx)
    {
      /* Translators: progress, followed by a percentage; %s is the file, "Writing
       * pack.xlsx: 40%" */
      g_autofree char *what = g_strdup_printf (_("Writing %s"), xlsx);

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
      /* Translators: progress, followed by a percentage; %s is the file, "Writing
       * pack.pdf: 40%" */
      g_autofree char *what = g_strdup_printf (_("Writing %s"), pdf);

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

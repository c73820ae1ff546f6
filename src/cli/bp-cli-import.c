/* bp-cli-import.c: boardpack import KIND FILE, KIND one of bp-import.h's kinds */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bp-cli-private.h"
#include "bp-import.h"

typedef struct
{
  BpCli *cli;
  const char *what;
  const char *db;
} Progress;

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  Progress *p = user_data;

  if (fraction == BP_IMPORT_WAITING)
    {
      /* Said whether or not standard error is a terminal: a script may wait minutes. */
      /* Translators: %s is the database file; said while another import holds it */
      fprintf (stderr, _("boardpack: waiting for another import into %s to finish…\n"),
               p->db);
      return;
    }
  _bp_cli_progress (p->cli, p->what, fraction);
}

int
_bp_cli_import (BpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *rejects = NULL;
  g_autofree char *what = NULL;
  g_autofree char *kinds = NULL;
  gboolean skip_invalid = FALSE;
  BpImportOptions options = { 0 };
  Progress progress;
  gboolean ok;
  const GOptionEntry entries[] = {
    /* Translators: see "The file to write: .png, .svg or .pdf" for the options' help */
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid,
      N_("Import the valid rows and write the invalid ones to a rejects file"), NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &rejects,
      /* Translators: keep "-rejects.csv"; FILE as in the other options */
      N_("Where to write rejected rows (default: FILE-rejects.csv beside FILE)"), N_("FILE") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { NULL }
  };

  {
    g_autoptr(GString) list = g_string_new (NULL);
    g_autofree char *parameter = NULL;

    for (int k = 0; k < BP_N_IMPORT_KINDS; k++)
      g_string_append_printf (list, "%s%s", k ? "|" : "", bp_import_kind_name (k));
    kinds = g_string_free (g_steal_pointer (&list), FALSE);
    /* Translators: what follows the options in "boardpack import --help": %s is the
     * kinds, typed as they are, "outcomes|population|…"; FILE as in the options */
    parameter = g_strdup_printf (_("%s FILE"), kinds);
    context = g_option_context_new (parameter);
  }
  g_option_context_set_summary (context, _("Import a CSV file of case-level outcomes, 10-17 "
                                           "population or published benchmarks, or for the "
                                           "KPIs interventions, victims or the board's "
                                           "attendance."));
  g_option_context_set_description (context,
                                    _("By default the import is all or nothing: one invalid row "
                                      "and nothing is written.\nRe-importing the same rows "
                                      "changes nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc != 3)
    return _bp_cli_usage ("import", _("give the kind of file and one file name"));
  if (!bp_import_kind_parse (argv[1], &options.kind))
    {
      /* Translators: %s is the kinds of file, "outcomes|population|…" */
      g_autofree char *why = g_strdup_printf (_("the kind must be one of %s"), kinds);

      return _bp_cli_usage ("import", why);
    }
  if (rejects && !skip_invalid)
    return _bp_cli_usage ("import", _("--rejects goes with --skip-invalid"));
  if (db)
    cli->db_path = db;

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;

  /* Translators: progress, followed by a percentage; %s is the file, "Importing
   * outcomes.csv: 40%" */
  what = g_strdup_printf (_("Importing %s"), argv[2]);
  progress.cli = cli;
  progress.what = what;
  progress.db = bp_store_get_path (store);
  options.skip_invalid = skip_invalid;
  options.rejects_path = rejects;
  options.progress = on_progress_cb;
  options.progress_data = &progress;

  ok = bp_import_file (store, argv[2], &options, &result, NULL, &error);
  _bp_cli_progress_done (cli);

  for (guint i = 0; result && i < result->notes->len; i++)
    {
      /* Translators: a remark on an imported file, as in "note: outcomes.csv: the file is
       * not UTF-8, so it was read as Windows-1252 (what Excel on Windows saves)" */
      fprintf (stderr, _("note: %s"), (const char *) g_ptr_array_index (result->notes, i));
      fputc ('\n', stderr);
    }
  for (guint i = 0; result && i < result->messages->len; i++)
    fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (result->messages, i));
  if (result && result->n_problems > result->messages->len)
    {
      guint64 more = result->n_problems - result->messages->len;
      g_autofree char *count = bp_format_count ((gint64) more);

      /* Translators: after the problems listed; %s is how many more, "… and 1,204 more
       * problems" */
      fprintf (stderr, g_dngettext (GETTEXT_PACKAGE, "… and %s more problem",
                                    "… and %s more problems", (gulong) more), count);
      fputc ('\n', stderr);
    }

  if (!ok)
    {
      fprintf (stderr, "%s\n", error->message);
      return _bp_cli_exit_for (error);
    }

  {
    g_autofree char *summary = bp_import_result_summary (result);

    printf ("%s: %s\n", argv[2], summary);
  }
  if (result->rejects_path)
    {
      /* Translators: %s is the rejects file, "Rejected rows were written to
       * outcomes-rejects.csv" */
      printf (_("Rejected rows were written to %s"), result->rejects_path);
      putchar ('\n');
    }
  return BP_EXIT_OK;
}

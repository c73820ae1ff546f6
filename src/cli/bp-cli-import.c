/* bp-cli-import.c: boardpack import outcomes|population|benchmarks FILE */

#include "config.h"

#include <stdio.h>

#include "bp-cli-private.h"
#include "bp-import.h"

typedef struct
{
  BpCli *cli;
  const char *what;
} Progress;

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  Progress *p = user_data;

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
  gboolean skip_invalid = FALSE;
  BpImportOptions options = { 0 };
  Progress progress;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid,
      "Import the valid rows and write the invalid ones to a rejects file", NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &rejects,
      "Where to write rejected rows (default: FILE-rejects.csv beside FILE)", "FILE" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The database file", "FILE" },
    { NULL }
  };

  context = g_option_context_new ("outcomes|population|benchmarks FILE");
  g_option_context_set_summary (context, "Import a CSV file of case-level outcomes, 10-17 "
                                         "population, or published benchmarks.");
  g_option_context_set_description (context,
                                    "By default the import is all or nothing: one invalid row "
                                    "and nothing is written.\nRe-importing the same rows changes "
                                    "nothing.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc != 3)
    return _bp_cli_usage ("import", "give the kind of file and one file name");
  if (!bp_import_kind_parse (argv[1], &options.kind))
    return _bp_cli_usage ("import", "the kind must be outcomes, population or benchmarks");
  if (rejects && !skip_invalid)
    return _bp_cli_usage ("import", "--rejects goes with --skip-invalid");
  if (db)
    cli->db_path = db;

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;

  what = g_strdup_printf ("Importing %s", argv[2]);
  progress.cli = cli;
  progress.what = what;
  options.skip_invalid = skip_invalid;
  options.rejects_path = rejects;
  options.progress = on_progress_cb;
  options.progress_data = &progress;

  ok = bp_import_file (store, argv[2], &options, &result, NULL, &error);
  _bp_cli_progress_done (cli);

  for (guint i = 0; result && i < result->notes->len; i++)
    fprintf (stderr, "note: %s\n", (const char *) g_ptr_array_index (result->notes, i));
  for (guint i = 0; result && i < result->messages->len; i++)
    fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (result->messages, i));
  if (result && result->n_problems > result->messages->len)
    fprintf (stderr, "… and %" G_GUINT64_FORMAT " more problems\n",
             result->n_problems - result->messages->len);

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
    printf ("Rejected rows were written to %s\n", result->rejects_path);
  return BP_EXIT_OK;
}

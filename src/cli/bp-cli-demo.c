/* bp-cli-demo.c: boardpack demo-data --out DIR [--rows N] [--seed N] */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bp-cli-private.h"
#include "bp-demo.h"

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  _bp_cli_progress (user_data, _("Writing demo data"), fraction);
}

int
_bp_cli_demo_data (BpCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 rows = BP_DEMO_DEFAULT_ROWS;
  gint64 seed = BP_DEMO_DEFAULT_SEED;
  gboolean ok;
  const GOptionEntry entries[] = {
    /* Translators: see "The file to write: .png, .svg or .pdf" for the options' help */
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("The folder to write the files into"),
      N_("DIR") },
    { "rows", 0, 0, G_OPTION_ARG_INT64, &rows, N_("How many outcome rows (default 6000)"),
      N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("The random seed (default 1)"), N_("N") },
    { NULL }
  };
  g_autofree char *summary = NULL;

  context = g_option_context_new (NULL);
  /* Translators: the summary of "boardpack demo-data --help"; %s is the fictional area's
   * name, "Northdale". Keep the file names. */
  summary = g_strdup_printf (_("Write outcomes.csv, population.csv, benchmarks.csv and the "
                               "KPIs' interventions.csv, victims.csv and board.csv for the "
                               "fictional area \"%s\".\nThe same seed gives the same files."),
                             BP_DEMO_AREA_NAME);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (argc != 1)
    return _bp_cli_usage ("demo-data", _("unexpected arguments"));
  if (out == NULL)
    return _bp_cli_usage ("demo-data", _("--out DIR is required"));
  if (rows < 1 || rows > 100000000)
    return _bp_cli_usage ("demo-data", _("--rows must be from 1 to 100,000,000"));
  if (seed < 0)
    return _bp_cli_usage ("demo-data", _("--seed must be 0 or more"));
  {
    g_autofree char *o = g_build_filename (out, "outcomes.csv", NULL);
    g_autofree char *p = g_build_filename (out, "population.csv", NULL);
    g_autofree char *b = g_build_filename (out, "benchmarks.csv", NULL);
    const char *outputs[] = { o, p, b };

    /* A database named DIR/outcomes.csv would be replaced by the demo outcomes. */
    if (!_bp_cli_check_outputs (cli, NULL, outputs, G_N_ELEMENTS (outputs)))
      return BP_EXIT_USAGE;
  }

  ok = bp_demo_write (out, (guint) rows, (guint64) seed, on_progress_cb, cli, NULL, &error);
  _bp_cli_progress_done (cli);
  if (!ok)
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return BP_EXIT_IO;
    }
  /* Translators: %s is the folder, as in "Wrote outcomes.csv, population.csv,
   * benchmarks.csv, interventions.csv, victims.csv and board.csv to demo". Keep the file
   * names. */
  printf (_("Wrote outcomes.csv, population.csv, benchmarks.csv, interventions.csv, "
            "victims.csv and board.csv to %s"), out);
  putchar ('\n');
  return BP_EXIT_OK;
}

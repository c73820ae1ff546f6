/* bp-cli.c: dispatch of the subcommands of cli.md
 *
 * No subcommand ever initialises GTK, so every one runs without a display.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bp-cli-private.h"
#include "bp-csv-reader.h"
#include "bp-file-guard.h"
#include "bp-import.h"

typedef struct
{
  const char *name;
  BpCliCommandFunc func;
  const char *summary;
} Command;

static const Command commands[] = {
  /* Translators: the synopses of the subcommands in boardpack --help. Keep the subcommand
   * and option names (import, --skip-invalid) and the words typed as they are (outcomes,
   * internal, json, png); the placeholders in capitals (FILE, DATE, KIND, PX, DIR, N) may
   * be translated as in each subcommand's --help. */
  { "import", _bp_cli_import, N_("import outcomes|population|benchmarks|interventions|victims|"
                                 "board|staffing|budget|actions FILE [--skip-invalid] "
                                 "[--rejects FILE]") },
  /* Translators: a synopsis in boardpack --help (see "import outcomes|population|...") */
  { "report", _bp_cli_report, N_("report [--period-end DATE] [--stage STAGE] [--years N] "
                                 "[--tier TIER] [--format text|json|csv]") },
  /* Translators: a synopsis in boardpack --help (see "import outcomes|population|...") */
  { "chart", _bp_cli_chart, N_("chart KIND --out FILE.(png|svg|pdf) [--width PX] [--height PX] "
                               "[--period-end DATE]") },
  /* Translators: a synopsis in boardpack --help (see "import outcomes|population|...") */
  { "demo-data", _bp_cli_demo_data, N_("demo-data --out DIR [--rows N] [--seed N]") },
  /* Translators: a synopsis in boardpack --help (see "import outcomes|population|...") */
  { "export", _bp_cli_export, N_("export [--xlsx FILE] [--pdf FILE] [--profile internal|partner] "
                                 "[--period-end DATE] [--language cy|en] [--stage STAGE] "
                                 "[--years N] [--tier TIER]") },
  /* Translators: a synopsis in boardpack --help (see "import outcomes|population|...") */
  { "area", _bp_cli_area, N_("area [set NAME]") },
  /* Translators: a synopsis in boardpack --help (see "import outcomes|population|...") */
  { "commentary", _bp_cli_commentary, N_("commentary set|show|clear KEY [--period-end DATE] "
                                         "[TEXT | --file F]") },
};

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (name, commands[i].name) == 0)
      return &commands[i];
  return NULL;
}

static void
print_help (FILE *out)
{
  /* Translators: the first line of boardpack --help, before the synopses */
  fprintf (out, "%s\n", _("Usage:"));
  /* Translators: the synopsis of the window in boardpack --help: keep --db; FILE as in the
   * other synopses. The spaces line the description up with nothing else: keep some. */
  fprintf (out, "  %s\n", _("boardpack [--db FILE]                 open the application window"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  boardpack [--db FILE] %s\n", _(commands[i].summary));
  /* Translators: the last synopsis of boardpack --help: keep the options; SUBCOMMAND may be
   * translated */
  fprintf (out, "  %s\n\n", _("boardpack --version | --help | SUBCOMMAND --help"));
  /* Translators: the end of boardpack --help, lines of at most 80 characters. Keep --db,
   * $BOARDPACK_DB and the path as they are; FILE as in the synopses. */
  fprintf (out, "%s", _("The database is --db FILE, else $BOARDPACK_DB, else\n"
                        "$XDG_DATA_HOME/boardpack/boardpack.db (created with permissions "
                        "0600).\n"
                        "Exit status: 0 success, 1 wrong usage, 2 invalid input (nothing was "
                        "changed),\n"
                        "3 a file or database could not be read or written."));
  fputc ('\n', out);
}

/* Skips the global options and returns the index of the subcommand, or argc. */
static int
subcommand_index (int    argc,
                  char **argv)
{
  int i = 1;

  while (i < argc)
    {
      if (strcmp (argv[i], "--db") == 0)
        i += 2;
      else if (g_str_has_prefix (argv[i], "--db="))
        i++;
      else
        break;
    }
  return i;
}

/**
 * bp_cli_wants_window:
 * Whether the command line asks for the window: nothing but global options.
 */
gboolean
bp_cli_wants_window (int    argc,
                     char **argv)
{
  return subcommand_index (argc, argv) >= argc;
}

int
bp_cli_main (int    argc,
             char **argv)
{
  BpCli cli = { 0 };
  const Command *command;
  int i = 1;

  cli.db_path = g_getenv ("BOARDPACK_DB");
  cli.progress = isatty (STDERR_FILENO);

  while (i < argc)
    {
      if (strcmp (argv[i], "--db") == 0)
        {
          if (i + 1 >= argc)
            return _bp_cli_usage (NULL, _("--db needs a file name"));
          cli.db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        cli.db_path = argv[i++] + strlen ("--db=");
      else
        break;
    }

  if (i >= argc)
    return _bp_cli_usage (NULL, _("no subcommand given"));

  if (strcmp (argv[i], "--version") == 0 || strcmp (argv[i], "-V") == 0)
    {
      printf ("boardpack %s\n", PACKAGE_VERSION);
      return BP_EXIT_OK;
    }
  if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0 ||
      strcmp (argv[i], "help") == 0)
    {
      print_help (stdout);
      return BP_EXIT_OK;
    }

  command = find_command (argv[i]);
  if (command == NULL)
    {
      /* Translators: %s is what was typed, as in: unknown subcommand or option "exprot" */
      g_autofree char *message = g_strdup_printf (_("unknown subcommand or option \"%s\""),
                                                  argv[i]);

      return _bp_cli_usage (NULL, message);
    }
  return command->func (&cli, argc - i, argv + i);
}

/* Adds --stage, --years and --tier to @context, parsed into @disparity (which starts
 * zeroed: the defaults). */
void
_bp_cli_add_disparity_options (GOptionContext *context,
                               BpCliDisparity *disparity)
{
  const GOptionEntry entries[] = {
    { "stage", 0, 0, G_OPTION_ARG_STRING, &disparity->stage,
      N_("Disproportionality stage: cautioned_or_sentenced (default), fte, custody, remand, diversion, any_outcome"),
      N_("STAGE") },
    { "years", 0, 0, G_OPTION_ARG_INT, &disparity->years,
      N_("Disproportionality pooled over 1 (default), 2 or 3 financial years"), N_("N") },
    { "tier", 0, 0, G_OPTION_ARG_STRING, &disparity->tier,
      N_("Disproportionality of one tier's outcomes only: informal, pre_court, first_tier, community, custody or remand"),
      N_("TIER") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

/* Checks the parsed options and sets them in @options. Returns: FALSE, with the usage
 * message printed and *out_status set, when one is wrong. */
gboolean
_bp_cli_disparity_apply (const char           *command,
                         const BpCliDisparity *disparity,
                         BpReportOptions      *options,
                         int                  *out_status)
{
  options->stage = BP_STAGE_CAUTIONED_OR_SENTENCED;
  options->years = 1;
  options->by_tier = FALSE;
  if (disparity->stage && !bp_stage_parse (disparity->stage, &options->stage))
    {
      *out_status = _bp_cli_usage (command, _("--stage must be cautioned_or_sentenced, fte, "
                                              "custody, remand, diversion or any_outcome"));
      return FALSE;
    }
  if (disparity->years != 0 && (disparity->years < 1 || disparity->years > 3))
    {
      *out_status = _bp_cli_usage (command, _("--years must be 1, 2 or 3"));
      return FALSE;
    }
  if (disparity->years != 0)
    options->years = disparity->years;
  if (disparity->tier && !bp_tier_parse (disparity->tier, &options->tier))
    {
      *out_status = _bp_cli_usage (command, _("--tier must be informal, pre_court, "
                                              "first_tier, community, custody or remand"));
      return FALSE;
    }
  options->by_tier = disparity->tier != NULL;
  return TRUE;
}

void
_bp_cli_disparity_clear (BpCliDisparity *disparity)
{
  g_clear_pointer (&disparity->stage, g_free);
  g_clear_pointer (&disparity->tier, g_free);
}

int
_bp_cli_usage (const char *command,
               const char *message)
{
  if (command)
    {
      fprintf (stderr, "boardpack %s: %s\n", command, message);
      /* Translators: after a usage error; %s is the subcommand, as in
       * Try "boardpack export --help". */
      fprintf (stderr, _("Try \"boardpack %s --help\"."), command);
      fputc ('\n', stderr);
    }
  else
    {
      fprintf (stderr, "boardpack: %s\n", message);
      print_help (stderr);
    }
  return BP_EXIT_USAGE;
}

/* Parses a subcommand's options; --db is accepted there too. */
gboolean
_bp_cli_parse (GOptionContext   *context,
               int              *argc,
               char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* The exit status of cli.md for an error. */
int
_bp_cli_exit_for (const GError *error)
{
  if (error == NULL)
    return BP_EXIT_OK;
  if (error->domain == BP_IMPORT_ERROR)
    return error->code == BP_IMPORT_ERROR_WRITE ? BP_EXIT_IO : BP_EXIT_INVALID_INPUT;
  if (error->domain == BP_CSV_ERROR)
    return error->code == BP_CSV_ERROR_READ ? BP_EXIT_IO : BP_EXIT_INVALID_INPUT;
  if (error->domain == G_IO_ERROR && error->code == G_IO_ERROR_CANCELLED)
    return BP_EXIT_INVALID_INPUT;
  /* An output that is the database, an input or another output: wrong usage. */
  if (error->domain == BP_FILE_GUARD_ERROR)
    return BP_EXIT_USAGE;
  return BP_EXIT_IO;
}

/**
 * _bp_cli_check_outputs:
 * @inputs: (nullable) (array zero-terminated=1): files the command reads
 * @outputs: (array zero-terminated=1): files it writes; %NULL entries are skipped up to
 *   @n_outputs
 *
 * Refuses an output that is the database (or a file SQLite keeps beside it), an input,
 * or another output, before anything is written: says why, naming both files.
 *
 * Returns: %TRUE when every output is a file of its own
 */
gboolean
_bp_cli_check_outputs (BpCli              *cli,
                       const char * const *inputs,
                       const char * const *outputs,
                       guint               n_outputs)
{
  g_autoptr(BpFileGuard) guard = bp_file_guard_new ();
  g_autofree char *db = cli->db_path ? g_strdup (cli->db_path) : bp_store_default_path ();
  g_autoptr(GError) error = NULL;

  bp_file_guard_add_database (guard, db);
  for (guint i = 0; inputs && inputs[i]; i++)
    bp_file_guard_add_input (guard, inputs[i]);
  for (guint i = 0; i < n_outputs; i++)
    if (outputs[i] && !bp_file_guard_add_output (guard, outputs[i], &error))
      {
        fprintf (stderr, "boardpack: %s\n", error->message);
        return FALSE;
      }
  return TRUE;
}

BpStore *
_bp_cli_open_store (BpCli *cli)
{
  g_autoptr(GError) error = NULL;
  BpStore *store = bp_store_open (cli->db_path, &error);

  if (store == NULL)
    fprintf (stderr, "boardpack: %s\n", error->message);
  return store;
}

/* The report for @options, or %NULL with the problem said and the exit status of cli.md
 * in @out_status: invalid input (no data, a period that is not a quarter end) or I/O. */
BpReport *
_bp_cli_compute_report (BpCli                 *cli,
                        BpStore               *store,
                        const BpReportOptions *options,
                        int                   *out_status)
{
  g_autoptr(GError) error = NULL;
  BpReport *report = bp_report_compute (store, options, &error);

  if (report == NULL)
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      *out_status = error->domain == BP_INDICATORS_ERROR ? BP_EXIT_INVALID_INPUT : BP_EXIT_IO;
    }
  else if (report->data_note)
    {
      /* Translators: a remark before the output, as in "note: h.db: the saved copy of the
       * case data was damaged; …" */
      fprintf (stderr, _("note: %s"), report->data_note);
      fputc ('\n', stderr);
    }
  return report;
}

void
_bp_cli_progress (BpCli      *cli,
                  const char *what,
                  double      fraction)
{
  if (!cli->progress)
    return;
  fprintf (stderr, "\r%s: %3d%%", what, (int) (fraction * 100.0));
  fflush (stderr);
}

void
_bp_cli_progress_done (BpCli *cli)
{
  if (!cli->progress)
    return;
  fprintf (stderr, "\r\033[K");
  fflush (stderr);
}

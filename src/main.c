/* main.c: a subcommand goes to the command line, anything else opens the window */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "bp-application.h"
#include "bp-cli.h"
#include "bp-i18n.h"

/* The window's command line is only the global options of cli.md: --db FILE (or
 * --db=FILE), else $BOARDPACK_DB, else the default database. */
static gboolean
window_database (int          argc,
                 char       **argv,
                 const char **out_path)
{
  const char *path = g_getenv ("BOARDPACK_DB");

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--db") == 0)
        {
          if (i + 1 >= argc)
            return FALSE;
          path = argv[++i];
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        path = argv[i] + strlen ("--db=");
    }
  *out_path = path && *path ? path : NULL;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(BpApplication) app = NULL;
  const char *database = NULL;

  setlocale (LC_ALL, "");
  /* Before the command line too: its messages and --help are translated. */
  bp_i18n_init ();

  /* Subcommands never initialise GTK: they run without a display. */
  if (!bp_cli_wants_window (argc, argv))
    return bp_cli_main (argc, argv);

  if (!window_database (argc, argv, &database))
    {
      fprintf (stderr, "boardpack: %s\n", _("--db needs a file name"));
      return BP_EXIT_USAGE;
    }

  /* The locale is set above, and bp_i18n_init may have adjusted it for a missing
   * locale: GTK must not set it again. */
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      fprintf (stderr, "%s\n", _("boardpack: there is no display to open the window on; the "
                                 "subcommands work without one (boardpack --help lists them)"));
      return BP_EXIT_USAGE;
    }

  app = bp_application_new (database);
  /* --db is ours, not GApplication's: it sees only the program name. */
  return g_application_run (G_APPLICATION (app), 1, argv);
}

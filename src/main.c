/* main.c: a subcommand goes to the command line, anything else opens the window */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "bp-cli.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  if (bp_cli_wants_window (argc, argv))
    {
      fprintf (stderr, "boardpack: this version has no window yet; use a subcommand "
                       "(boardpack --help lists them)\n");
      return BP_EXIT_USAGE;
    }
  return bp_cli_main (argc, argv);
}

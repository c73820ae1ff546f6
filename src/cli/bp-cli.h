/* bp-cli.h: the subcommands of cli.md */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BP_EXIT_OK = 0,
  BP_EXIT_USAGE = 1,
  BP_EXIT_INVALID_INPUT = 2,
  BP_EXIT_IO = 3,
} BpExitStatus;

gboolean bp_cli_wants_window (int    argc,
                              char **argv);
int      bp_cli_main         (int    argc,
                              char **argv);

G_END_DECLS

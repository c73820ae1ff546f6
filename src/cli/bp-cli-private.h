/* bp-cli-private.h: what the subcommands share */
#pragma once

#include "bp-cli.h"
#include "bp-indicators.h"
#include "bp-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *db_path;  /* (nullable): --db, else BOARDPACK_DB, else the default */
  gboolean    progress; /* standard error is a terminal */
} BpCli;

/* The disproportionality options report, export and chart share: --stage, --years and
 * --tier (_bp_cli_add_disparity_options()). */
typedef struct
{
  char *stage;
  int   years;
  char *tier;
} BpCliDisparity;

typedef int (*BpCliCommandFunc) (BpCli  *cli,
                                 int     argc,
                                 char  **argv);

int       _bp_cli_import     (BpCli       *cli,
                              int          argc,
                              char       **argv);
int       _bp_cli_demo_data  (BpCli       *cli,
                              int          argc,
                              char       **argv);
int       _bp_cli_report     (BpCli       *cli,
                              int          argc,
                              char       **argv);
int       _bp_cli_export     (BpCli       *cli,
                              int          argc,
                              char       **argv);
int       _bp_cli_chart      (BpCli       *cli,
                              int          argc,
                              char       **argv);
int       _bp_cli_area       (BpCli       *cli,
                              int          argc,
                              char       **argv);
int       _bp_cli_commentary (BpCli       *cli,
                              int          argc,
                              char       **argv);

BpStore  *_bp_cli_open_store (BpCli       *cli);
gboolean  _bp_cli_check_outputs (BpCli              *cli,
                                 const char * const *inputs,
                                 const char * const *outputs,
                                 guint               n_outputs);
BpReport *_bp_cli_compute_report (BpCli                 *cli,
                                  BpStore               *store,
                                  const BpReportOptions *options,
                                  int                   *out_status);
gboolean  _bp_cli_parse      (GOptionContext *context,
                              int         *argc,
                              char      ***argv);
int       _bp_cli_usage      (const char  *command,
                              const char  *message);
int       _bp_cli_exit_for   (const GError *error);
void      _bp_cli_progress   (BpCli       *cli,
                              const char  *what,
                              double       fraction);
void      _bp_cli_progress_done (BpCli    *cli);
void      _bp_cli_add_disparity_options (GOptionContext *context,
                                         BpCliDisparity *disparity);
gboolean  _bp_cli_disparity_apply (const char           *command,
                                   const BpCliDisparity *disparity,
                                   BpReportOptions      *options,
                                   int                  *out_status);
void      _bp_cli_disparity_clear (BpCliDisparity *disparity);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BpCliDisparity, _bp_cli_disparity_clear)

G_END_DECLS

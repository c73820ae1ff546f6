/* bp-ui-fixture.h: a small database whose figures are worked out by hand, for UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bp-window.h"

G_BEGIN_DECLS

char     *bp_ui_fixture_make_database (const char *dir);
char     *bp_ui_fixture_write_csv     (const char *dir,
                                       const char *name,
                                       const char *contents);
void      bp_ui_fixture_init          (int         *argc,
                                       char      ***argv);
void      bp_ui_fixture_wait          (gboolean   (*done) (gpointer data),
                                       gpointer     data,
                                       guint        timeout_seconds);
void      bp_ui_fixture_wait_ms       (guint        ms);
gboolean  bp_ui_fixture_save_window   (GtkWidget   *window,
                                       const char  *path);
void      bp_ui_fixture_wait_session  (BpSession   *session);
BpWindow *bp_ui_fixture_open_window   (const char  *database);
gpointer  bp_ui_fixture_window_child  (BpWindow    *window,
                                       const char  *name);

G_END_DECLS

/* bp-window.h: the main window, a shell around the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-import.h"
#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_WINDOW (bp_window_get_type ())
G_DECLARE_FINAL_TYPE (BpWindow, bp_window, BP, WINDOW, AdwApplicationWindow)

BpWindow   *bp_window_new            (GtkApplication *application,
                                      const char     *database_path);
BpSession  *bp_window_get_session    (BpWindow       *self);
void        bp_window_show_page      (BpWindow       *self,
                                      const char     *name);
const char *bp_window_get_page       (BpWindow       *self);
void        bp_window_add_toast      (BpWindow       *self,
                                      const char     *text);
void        bp_window_import_files   (BpWindow       *self,
                                      GListModel     *files,
                                      int             kind);
void        bp_window_open_demo      (BpWindow       *self);
gboolean    bp_window_get_demo       (BpWindow       *self);

G_END_DECLS

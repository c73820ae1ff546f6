/* bp-import-dialog.h: importing CSV files with progress, cancel and the problems found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_IMPORT_DIALOG (bp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BpImportDialog, bp_import_dialog, BP, IMPORT_DIALOG, AdwWindow)

/* kind: a BpImportKind, or -1 to recognise each file from its header */
BpImportDialog *bp_import_dialog_new   (GtkWindow  *parent,
                                        BpSession  *session,
                                        GListModel *files,
                                        int         kind);
void            bp_import_dialog_start (BpImportDialog *self);
gboolean        bp_import_dialog_get_busy (BpImportDialog *self);
void            bp_import_dialog_save_rejects (BpImportDialog *self,
                                               GFile          *target);
void            bp_import_dialog_cancel   (BpImportDialog *self);

gboolean        bp_import_dialog_confirm (BpImportDialog *self);

G_END_DECLS

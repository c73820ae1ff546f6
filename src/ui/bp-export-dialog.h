/* bp-export-dialog.h: "Export board pack…": where, which format, for whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-disclosure.h"
#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_EXPORT_DIALOG (bp_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BpExportDialog, bp_export_dialog, BP, EXPORT_DIALOG, AdwWindow)

BpExportDialog *bp_export_dialog_new           (GtkWindow      *parent,
                                                BpSession      *session);
gboolean        bp_export_dialog_get_busy      (BpExportDialog *self);
const char     *bp_export_dialog_get_xlsx_path (BpExportDialog *self);
const char     *bp_export_dialog_get_pdf_path  (BpExportDialog *self);
void            bp_export_dialog_set_target    (BpExportDialog *self,
                                                const char     *folder,
                                                const char     *name,
                                                guint           format,
                                                BpProfile       profile);
void            bp_export_dialog_export        (BpExportDialog *self);

void            bp_export_dialog_set_language   (BpExportDialog *self,
                                                 guint           choice);
const char     *bp_export_dialog_get_files      (BpExportDialog *self);
void            bp_export_dialog_preview        (BpExportDialog *self);

G_END_DECLS

/* bp-workbook.h: the board pack as an Excel workbook (libxlsxwriter) */
#pragma once

#include "bp-export.h"
#include "bp-pack.h"

G_BEGIN_DECLS

gboolean bp_export_workbook      (const BpReport       *report,
                                  BpStore              *store,
                                  BpProfile             profile,
                                  const char           *path,
                                  BpExportProgressFunc  progress,
                                  gpointer              progress_data,
                                  GCancellable         *cancellable,
                                  GError              **error);
gboolean bp_export_workbook_pack (BpPack               *pack,
                                  const char           *path,
                                  BpExportProgressFunc  progress,
                                  gpointer              progress_data,
                                  GCancellable         *cancellable,
                                  GError              **error);

G_END_DECLS

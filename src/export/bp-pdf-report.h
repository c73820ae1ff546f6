/* bp-pdf-report.h: the board pack as an A4 PDF report (cairo) */
#pragma once

#include "bp-export.h"
#include "bp-pack.h"

G_BEGIN_DECLS

gboolean bp_export_pdf      (const BpReport       *report,
                             BpStore              *store,
                             BpProfile             profile,
                             const char           *path,
                             BpExportProgressFunc  progress,
                             gpointer              progress_data,
                             GCancellable         *cancellable,
                             GError              **error);
gboolean bp_export_pdf_pack (BpPack               *pack,
                             const char           *path,
                             BpExportProgressFunc  progress,
                             gpointer              progress_data,
                             GCancellable         *cancellable,
                             GError              **error);

GPtrArray *bp_export_pdf_preview (BpPack    *pack,
                                  guint      n_pages,
                                  double     scale,
                                  int       *out_total,
                                  GError   **error);

G_END_DECLS

/* bp-export.h: the board pack as an Excel workbook and a PDF report
 *
 * Both files are made from one BpPack (bp-pack.h), so they show the same numbers under
 * the same profile rules. A file is written to a temporary name beside its target and
 * renamed only when complete: a failed export leaves any existing file untouched.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BP_EXPORT_ERROR (bp_export_error_quark ())

typedef enum
{
  BP_EXPORT_ERROR_WRITE,    /* the file or its folder could not be written */
  BP_EXPORT_ERROR_XLSX,     /* libxlsxwriter refused something (its message follows) */
  BP_EXPORT_ERROR_PDF,      /* cairo could not draw or write the PDF */
  BP_EXPORT_ERROR_INVALID,  /* a name or value the file format cannot hold */
} BpExportError;

/* @fraction runs from 0 to 1; called on the thread that exports. */
typedef void (*BpExportProgressFunc) (double   fraction,
                                      gpointer user_data);

GQuark bp_export_error_quark (void);

G_END_DECLS

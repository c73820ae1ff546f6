/* bp-export-private.h: what the workbook and the PDF writers share */
#pragma once

#include <locale.h>
#include <stdio.h>

#include "bp-atomic-file.h"
#include "bp-export.h"

G_BEGIN_DECLS

/* A file being written under a temporary name in its target's folder. */
typedef struct
{
  BpAtomicFile  atomic;
  const char   *tmp_path;  /* where it is written until complete: the writer opens it */
} BpExportFile;

gboolean  _bp_export_file_begin    (BpExportFile  *file,
                                    const char    *path,
                                    gboolean       child_data,
                                    GError       **error);
gboolean  _bp_export_file_commit   (BpExportFile  *file,
                                    GError       **error);
void      _bp_export_file_abort    (BpExportFile  *file);
gboolean  _bp_export_file_finish   (BpExportFile  *file,
                                    gboolean       written,
                                    BpExportProgressFunc progress,
                                    gpointer       progress_data,
                                    GError       **error);

/* The C numeric locale on this thread while a file is written (design.md, Known traps). */
typedef struct
{
  locale_t c_numeric;
  locale_t previous;
} BpExportLocale;

void      _bp_export_locale_push   (BpExportLocale *saved);
void      _bp_export_locale_pop    (BpExportLocale *saved);

char     *_bp_export_text          (const char    *text);
gboolean  _bp_export_sheet_name_valid (const char *name,
                                       GError    **error);
gboolean  _bp_export_table_name_valid (const char *name);
gboolean  _bp_export_check_cancelled (GCancellable *cancellable,
                                      GError      **error);

void      _bp_export_quiet_stderr  (gboolean       quiet);

G_END_DECLS

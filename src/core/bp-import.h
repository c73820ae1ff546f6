/* bp-import.h: reading the three CSV file kinds into the store */
#pragma once

#include <gio/gio.h>

#include "bp-csv-reader.h"
#include "bp-store.h"

G_BEGIN_DECLS

#define BP_IMPORT_ERROR (bp_import_error_quark ())

typedef enum
{
  BP_IMPORT_ERROR_HEADER,   /* a required column is missing, duplicated, or no header */
  BP_IMPORT_ERROR_INVALID,  /* rows are invalid and nothing was imported */
  BP_IMPORT_ERROR_EMPTY,    /* no data rows */
  BP_IMPORT_ERROR_WRITE,    /* the rejects file could not be written */
} BpImportError;

typedef enum
{
  BP_IMPORT_OUTCOMES,
  BP_IMPORT_POPULATION,
  BP_IMPORT_BENCHMARKS,
  BP_IMPORT_INTERVENTIONS,
  BP_IMPORT_VICTIMS,
  BP_IMPORT_BOARD,
  BP_IMPORT_STAFFING,
  BP_IMPORT_BUDGET,
  BP_IMPORT_ACTIONS,
  BP_N_IMPORT_KINDS
} BpImportKind;

/* @fraction: 0 to 1; BP_IMPORT_WAITING while another import holds the database. */
typedef void (*BpImportProgressFunc) (double fraction, gpointer user_data);

#define BP_IMPORT_WAITING (-1.0)
/* How long an import waits for another to finish before it gives up. */
#define BP_IMPORT_WAIT_SECONDS (30 * 60)

typedef struct
{
  BpImportKind          kind;
  gboolean              skip_invalid;  /* import the good rows, reject the bad ones */
  const char           *rejects_path;  /* with skip_invalid: where rejected rows go (nullable) */
  guint                 max_messages;  /* 0: BP_IMPORT_DEFAULT_MAX_MESSAGES */
  BpImportProgressFunc  progress;
  gpointer              progress_data;
} BpImportOptions;

#define BP_IMPORT_DEFAULT_MAX_MESSAGES 50

typedef struct
{
  guint64        rows;
  guint64        rows_new;
  guint64        rows_updated;
  guint64        rows_unchanged;
  guint64        rows_rejected;
  guint64        n_problems;   /* every problem found; messages holds the first ones */
  GPtrArray     *messages;     /* (element-type utf8) "FILE:LINE: column NAME: ..." */
  GPtrArray     *notes;        /* (element-type utf8) ignored columns, encoding */
  BpCsvEncoding  encoding;
  char          *rejects_path; /* (nullable) the rejects file written */
  gint64         import_id;    /* the import_log row, 0 when nothing was imported */
} BpImportResult;

GQuark          bp_import_error_quark    (void);
const char     *bp_import_kind_name      (BpImportKind           kind);
gboolean        bp_import_kind_parse     (const char            *text,
                                          BpImportKind          *out_kind);
gboolean        bp_import_detect_kind    (const char            *path,
                                          BpImportKind          *out_kind,
                                          GError               **error);
gboolean        bp_import_file           (BpStore               *store,
                                          const char            *path,
                                          const BpImportOptions *options,
                                          BpImportResult       **out_result,
                                          GCancellable          *cancellable,
                                          GError               **error);
char           *bp_import_result_summary (const BpImportResult  *result);
void            bp_import_result_free    (BpImportResult        *result);

/* The first rows of a file and how its headings are read, before it is imported. */
typedef struct
{
  BpImportKind   kind;
  GPtrArray     *headings;  /* (element-type utf8) the file's, in its order */
  GPtrArray     *columns;   /* (element-type utf8) (nullable elements): the column each
                             * heading is read as, NULL for one not used (ignored) */
  GPtrArray     *missing;   /* (element-type utf8) required columns no heading gives */
  GPtrArray     *rows;      /* (element-type GStrv) the first rows, as in the file */
  guint64        lines_read;
  BpCsvEncoding  encoding;
} BpImportPreview;

BpImportPreview *bp_import_preview      (const char            *path,
                                         BpImportKind           kind,
                                         guint                  n_rows,
                                         GError               **error);
void             bp_import_preview_free (BpImportPreview       *preview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpImportResult, bp_import_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpImportPreview, bp_import_preview_free)

G_END_DECLS

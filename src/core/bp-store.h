/* bp-store.h: the SQLite database that holds one area's imported data */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define BP_TYPE_STORE (bp_store_get_type ())
G_DECLARE_FINAL_TYPE (BpStore, bp_store, BP, STORE, GObject)

#define BP_STORE_ERROR (bp_store_error_quark ())

typedef enum
{
  BP_STORE_ERROR_OPEN,      /* the file or its folder could not be created or opened */
  BP_STORE_ERROR_NOT_A_DB,  /* the file is not a Boardpack database, or is damaged */
  BP_STORE_ERROR_TOO_NEW,   /* written by a newer Boardpack */
  BP_STORE_ERROR_SQL,       /* a query failed */
  BP_STORE_ERROR_INVALID,   /* a value given to store is not acceptable */
  BP_STORE_ERROR_READ_ONLY, /* the database was opened read-only */
} BpStoreError;

/* The schema version this build writes; see the migrations in bp-store.c. */
#define BP_STORE_SCHEMA_VERSION 10
/* How long a writer waits for another to finish before it gives up. */
#define BP_STORE_BUSY_TIMEOUT_MS 5000


GQuark      bp_store_error_quark    (void);
char       *bp_store_default_path   (void);
BpStore    *bp_store_open           (const char  *path,
                                     GError     **error);
const char *bp_store_get_path       (BpStore     *self);
sqlite3    *bp_store_get_db         (BpStore     *self);
int         bp_store_schema_version (BpStore     *self);
gboolean    bp_store_exec           (BpStore     *self,
                                     const char  *sql,
                                     GError     **error);
sqlite3_stmt *bp_store_prepare      (BpStore     *self,
                                     const char  *sql,
                                     GError     **error);
gboolean    bp_store_set_error      (BpStore     *self,
                                     GError     **error);
gint64      bp_store_count          (BpStore     *self,
                                     const char  *table);
gboolean    bp_store_get_meta       (BpStore     *self,
                                     const char  *key,
                                     char       **out_value);
gboolean    bp_store_set_meta       (BpStore     *self,
                                     const char  *key,
                                     const char  *value,
                                     GError     **error);
gboolean    bp_store_is_read_only   (BpStore     *self);
gboolean    bp_store_begin_snapshot (BpStore     *self,
                                     GError     **error);
void        bp_store_end_snapshot   (BpStore     *self);
char       *bp_store_get_area       (BpStore     *self);
gboolean    bp_store_has_outcomes   (BpStore     *self);
char      **bp_store_benchmark_services (BpStore *self);
gboolean    bp_store_set_area       (BpStore     *self,
                                     const char  *name,
                                     GError     **error);
char      **bp_store_get_hidden_neighbours (BpStore *self);
gboolean    bp_store_set_hidden_neighbours (BpStore           *self,
                                            const char *const *names,
                                            GError           **error);
void        bp_store_emit_changed   (BpStore     *self);
gint64      bp_store_data_version   (BpStore     *self);
gboolean    bp_store_bump_data_version (BpStore  *self,
                                     GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS

/* bp-blob-cache.c: derived data kept in the store as packed blobs
 *
 * Scanning a million rows through SQLite takes about half a second, longer than a whole
 * report may take, while the indicators need only a few small columns. So the loaders
 * (bp-case-data.c, bp-kpi-data.c) keep their records as one blob per row of a cache
 * table (id, data_version, format, records, checksum), made again whenever the store's
 * data version has moved on (every import that changes rows moves it). Loading a blob
 * is a single read; a checksum over the records and the version means a blob damaged on
 * disk, or left from other data, is never read as current. The loader still validates
 * what it reads: the checksum is not a defence against a hostile file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sqlite3.h>

#include "bp-blob-cache.h"

static guint64
checksum_of (gconstpointer records,
             gsize         bytes,
             gint64        version)
{
  const guchar *p = records;
  guint64 h = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^ (guint64) version;

  for (gsize i = 0; i + 8 <= bytes; i += 8)
    {
      guint64 w;

      memcpy (&w, p + i, 8);
      h ^= w;
      h *= G_GUINT64_CONSTANT (0x100000001B3);
      h ^= h >> 29;
    }
  for (gsize i = bytes - bytes % 8; i < bytes; i++)
    {
      h ^= p[i];
      h *= G_GUINT64_CONSTANT (0x100000001B3);
    }
  return h;
}

/**
 * bp_blob_cache_read:
 * @table: the cache table, one of the store's (never user input)
 * @id: the row
 * @format: what the records were made as: a different format is not current
 * @out_n: (out): the number of records
 * @out_damaged: (out): whether a current row was there but could not be trusted
 *
 * Returns: (transfer full) (nullable): the records (non-%NULL even when there are none),
 *   or %NULL when no current copy is held
 */
gpointer
bp_blob_cache_read (BpStore    *store,
                    const char *table,
                    int         id,
                    gint64      version,
                    int         format,
                    gsize       record_size,
                    gsize      *out_n,
                    gboolean   *out_damaged)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT data_version, format, checksum FROM %s "
                                          "WHERE id = ?", table);
  g_autofree guchar *records = NULL;
  sqlite3_blob *blob = NULL;
  guint64 checksum;
  int bytes;

  *out_n = 0;
  *out_damaged = FALSE;
  stmt = bp_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  if (sqlite3_column_int64 (stmt, 0) != version || sqlite3_column_int (stmt, 1) != format)
    return NULL;
  checksum = (guint64) sqlite3_column_int64 (stmt, 2);

  /* Read the blob straight into the records, without SQLite's own copy of it. */
  if (sqlite3_blob_open (bp_store_get_db (store), "main", table, "records", id, 0,
                         &blob) != SQLITE_OK)
    return NULL;
  bytes = sqlite3_blob_bytes (blob);
  if (bytes % (int) record_size != 0)
    {
      sqlite3_blob_close (blob);
      *out_damaged = TRUE;
      return NULL;
    }
  records = g_malloc (MAX ((gsize) bytes, 1));
  if (bytes > 0 && sqlite3_blob_read (blob, records, bytes, 0) != SQLITE_OK)
    {
      sqlite3_blob_close (blob);
      return NULL;
    }
  sqlite3_blob_close (blob);
  if (checksum_of (records, (gsize) bytes, version) != checksum)
    {
      *out_damaged = TRUE;
      return NULL;
    }
  *out_n = (gsize) bytes / record_size;
  return g_steal_pointer (&records);
}

/**
 * bp_blob_cache_write:
 * Saves @n records of @record_size bytes as row @id of @table, made for @version. A
 * cache that cannot be saved (a read-only database, a writer holding the lock) is only
 * slower next time: nothing is reported.
 */
void
bp_blob_cache_write (BpStore       *store,
                     const char    *table,
                     int            id,
                     gint64         version,
                     int            format,
                     gconstpointer  records,
                     gsize          n,
                     gsize          record_size)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = bp_store_get_db (store);
  gsize bytes = n * record_size;

  if (bp_store_is_read_only (store))
    return;
  /* Inside a snapshot (an export reading one state of the data) a write would hold the
   * lock against imports, or fail: the next report saves it. */
  if (!sqlite3_get_autocommit (db))
    return;
  sql = g_strdup_printf ("INSERT OR REPLACE INTO %s (id, data_version, format, records, "
                         "checksum) VALUES (?, ?, ?, ?, ?)", table);
  stmt = bp_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, version);
  sqlite3_bind_int (stmt, 3, format);
  /* No records: a NULL pointer would bind as NULL, not as an empty blob. */
  if (bytes == 0)
    sqlite3_bind_zeroblob (stmt, 4, 0);
  else
    sqlite3_bind_blob64 (stmt, 4, records, bytes, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, (gint64) checksum_of (records, bytes, version));
  /* A report never waits for a writer: while an import holds the write lock the cache is
   * simply not saved this time (the next report saves it). */
  sqlite3_busy_timeout (db, 0);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_debug ("%s row %d not saved: %s", table, id, sqlite3_errmsg (db));
  sqlite3_busy_timeout (db, BP_STORE_BUSY_TIMEOUT_MS);
}

/* Whether @table's row @id was made for @version in @format, without reading its blob:
 * what a command checks before a snapshot, in which the cache cannot be saved. */
gboolean
bp_blob_cache_is_current (BpStore    *store,
                          const char *table,
                          int         id,
                          gint64      version,
                          int         format)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT data_version, format FROM %s WHERE id = ?",
                                          table);

  stmt = bp_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == version &&
         sqlite3_column_int (stmt, 1) == format;
}

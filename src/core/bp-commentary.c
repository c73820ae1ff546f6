/* bp-commentary.c: the manager's commentary, one text per key and period end
 *
 * A key is "summary", an indicator's key in the JSON report ("fte", "disparity", "kpis")
 * or a KPI's ("ete"). A commentary belongs to its period end: one written for an earlier
 * period is offered as a starting point (bp_commentary_earlier()), never used for
 * another period by itself. Setting an empty text removes it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "bp-commentary.h"
#include "bp-indicator.h"
#include "bp-kpis.h"

gboolean
bp_commentary_key_is_valid (const char *key)
{
  if (key == NULL)
    return FALSE;
  if (g_str_equal (key, BP_COMMENTARY_SUMMARY) || bp_indicator_lookup (key) != NULL)
    return TRUE;
  for (int k = 0; k < BP_N_KPIS; k++)
    if (g_str_equal (key, bp_kpi_key (k)))
      return TRUE;
  return FALSE;
}

/* Returns: (transfer full) (nullable): the commentary of @key for @period_end, or NULL */
char *
bp_commentary_get (BpStore    *store,
                   const char *key,
                   BpDay       period_end)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (store), NULL);

  stmt = bp_store_prepare (store, "SELECT text FROM commentary WHERE key = ?1 AND "
                                  "period_end = ?2", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, period_end);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * bp_commentary_set:
 * @text: (nullable): the commentary; NULL, empty or only spaces removes it
 *
 * Saves @key's commentary for @period_end at once.
 */
gboolean
bp_commentary_set (BpStore     *store,
                   const char  *key,
                   BpDay        period_end,
                   const char  *text,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_val_if_fail (BP_IS_STORE (store), FALSE);

  if (!bp_commentary_key_is_valid (key))
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_INVALID,
                   /* Translators: %s is what was given as the commentary's key */
                   _("\"%s\" is not a key of the report: use summary, an indicator's key "
                     "(fte, custody, reoffending, disparity, diversion, remand, …) or a "
                     "KPI's (ete, …)"), key ? key : "");
      return FALSE;
    }
  if (!g_utf8_validate (trimmed, -1, NULL) || strlen (trimmed) > BP_COMMENTARY_MAX_BYTES)
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_INVALID,
                   /* Translators: %d is a number of bytes */
                   _("The commentary must be text (UTF-8) of at most %d bytes."),
                   BP_COMMENTARY_MAX_BYTES);
      return FALSE;
    }
  if (bp_store_is_read_only (store))
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_READ_ONLY,
                   _("The database is read-only: the commentary cannot be saved."));
      return FALSE;
    }
  if (trimmed[0] == '\0')
    stmt = bp_store_prepare (store, "DELETE FROM commentary WHERE key = ?1 AND "
                                    "period_end = ?2", error);
  else
    stmt = bp_store_prepare (store, "INSERT INTO commentary (key, period_end, text, updated_at) "
                                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key, period_end) "
                                    "DO UPDATE SET text = excluded.text, "
                                    "updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, period_end);
  if (trimmed[0] != '\0')
    {
      sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, stamp, -1, SQLITE_STATIC);
    }
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (store, error);
  return TRUE;
}

/* The latest commentary of @key written for a period end before @period_end: what the
 * window offers as a starting point. */
gboolean
bp_commentary_earlier (BpStore     *store,
                       const char  *key,
                       BpDay        period_end,
                       char       **out_text,
                       BpDay       *out_period_end)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (store), FALSE);

  stmt = bp_store_prepare (store, "SELECT text, period_end FROM commentary WHERE key = ?1 "
                                  "AND period_end < ?2 ORDER BY period_end DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, period_end);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *out_text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  *out_period_end = sqlite3_column_int (stmt, 1);
  return TRUE;
}

/* Returns: (transfer full) (element-type utf8 utf8): every commentary of @period_end by
 * key; empty when there is none */
GHashTable *
bp_commentary_for_period (BpStore *store,
                          BpDay    period_end)
{
  GHashTable *all = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BP_IS_STORE (store), all);

  stmt = bp_store_prepare (store, "SELECT key, text FROM commentary WHERE period_end = ?1",
                           NULL);
  if (stmt == NULL)
    return all;
  sqlite3_bind_int (stmt, 1, period_end);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (all, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  return all;
}

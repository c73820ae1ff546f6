/* bp-test-util.c: helpers shared by the tests */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bp-test-util.h"

/* A fresh temporary folder; remove it with bp_test_rm_rf(). */
char *
bp_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("boardpack-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
bp_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Every row of every table, in a stable order, and the schema version: two dumps are
 * equal exactly when the database holds the same data. */
char *
bp_test_dump_store (BpStore *store)
{
  sqlite3 *db = bp_store_get_db (store);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *sql = (const char *) sqlite3_column_text (stmt, 1);

      g_string_append_printf (out, "schema %s: %s\n", name, sql ? sql : "");
      if (sql && g_str_has_prefix (sql, "CREATE TABLE"))
        g_ptr_array_add (tables, g_strdup (name));
    }
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append_printf (out, "user_version %d\n", sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid",
                                              (const char *) g_ptr_array_index (tables, t));

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          /* WITHOUT ROWID tables have no rowid: order by every column instead. */
          g_free (sql);
          sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2, 3, 4, 5",
                                 (const char *) g_ptr_array_index (tables, t));
          g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
        }
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_string_append_printf (out, "%s:", (const char *) g_ptr_array_index (tables, t));
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *v = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (out, " %s", v ? v : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

void
bp_test_rm_rf (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      bp_test_rm_rf (child);
    }
  if (dir)
    g_dir_close (dir);
  g_rmdir (path);
}

/* bp-demo-database.c: a database of demo data for a fictional area, made on demand
 *
 * The demo data lives in a database of its own, never mixed with the user's: the files
 * of bp_demo_write() are imported into it in a worker thread, once; later it is reused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bp-demo.h"
#include "bp-demo-database.h"
#include "bp-import.h"
#include "bp-store.h"

/**
 * bp_demo_database_default_path:
 * `$XDG_DATA_HOME/boardpack/demo.db`, the database build-aux/run makes too.
 *
 * Returns: (transfer full)
 */
char *
bp_demo_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "boardpack", "demo.db", NULL);
}

static void
remove_dir (const char *dir)
{
  static const char *const names[] = { "outcomes.csv", "population.csv", "benchmarks.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(BpStore) store = NULL;
  g_autofree char *dir = NULL;
  GError *error = NULL;

  store = bp_store_open (path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (bp_store_has_outcomes (store))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  dir = g_dir_make_tmp ("boardpack-demo-XXXXXX", &error);
  if (dir == NULL ||
      !bp_demo_write (dir, BP_DEMO_DEFAULT_ROWS, BP_DEMO_DEFAULT_SEED, NULL, NULL, cancellable,
                      &error))
    {
      if (dir != NULL)
        remove_dir (dir);
      g_task_return_error (task, error);
      return;
    }

  for (int kind = 0; kind < BP_N_IMPORT_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", bp_import_kind_name (kind));
      g_autofree char *file = g_build_filename (dir, name, NULL);
      BpImportOptions options = { 0 };

      options.kind = kind;
      if (!bp_import_file (store, file, &options, NULL, cancellable, &error))
        {
          remove_dir (dir);
          g_task_return_error (task, error);
          return;
        }
    }
  remove_dir (dir);
  /* The demo's benchmarks name its area beside its comparators; the area is never
   * guessed from them, so the demo says which it is. */
  if (!bp_store_set_area (store, BP_DEMO_AREA_NAME, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * bp_demo_database_prepare_async:
 * Makes sure @path holds the demo data, writing and importing it when it does not.
 */
void
bp_demo_database_prepare_async (const char          *path,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bp_demo_database_prepare_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, prepare_thread);
}

gboolean
bp_demo_database_prepare_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* fuzz-import.c: libFuzzer harness for the whole import (bp-import.c over the store)
 *
 * The first byte of the input chooses the kind of file (outcomes, population,
 * benchmarks) and whether invalid rows are skipped; the rest is the file. Whatever the
 * file, the import must return, keep its counts consistent, write UTF-8 messages in the
 * FILE:LINE form, and change nothing when it fails.
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bp-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *dir;
static char *input_path;
static char *rejects_path;
static BpStore *store;

static void
clean_up (void)
{
  g_autofree char *db = g_build_filename (dir, "fuzz.db", NULL);
  g_autofree char *wal = g_strdup_printf ("%s-wal", db);
  g_autofree char *shm = g_strdup_printf ("%s-shm", db);

  g_clear_object (&store);
  g_unlink (input_path);
  g_unlink (rejects_path);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

static void
set_up (void)
{
  g_autofree char *tmpl = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR)
                                              ? "/dev/shm" : g_get_tmp_dir (),
                                            "bp-fuzz-import-XXXXXX", NULL);
  g_autofree char *db = NULL;
  g_autoptr(GError) error = NULL;

  dir = g_mkdtemp (g_steal_pointer (&tmpl));
  g_assert (dir != NULL);
  input_path = g_build_filename (dir, "input.csv", NULL);
  rejects_path = g_build_filename (dir, "rejects.csv", NULL);
  db = g_build_filename (dir, "fuzz.db", NULL);
  store = bp_store_open (db, &error);
  g_assert_no_error (error);
  atexit (clean_up);
}

static gint64
count_all (void)
{
  return bp_store_count (store, "outcome") + bp_store_count (store, "population") +
         bp_store_count (store, "benchmark") + bp_store_count (store, "import_log");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(BpImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  BpImportOptions options = { 0 };
  gint64 before;
  gboolean ok;
  int fd;

  if (size < 1)
    return 0;
  if (store == NULL)
    set_up ();

  options.kind = (BpImportKind) (data[0] % BP_N_IMPORT_KINDS);
  options.skip_invalid = (data[0] & 0x10) != 0;
  options.rejects_path = rejects_path;
  fd = open (input_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_assert (fd >= 0);
  g_assert (size == 1 || write (fd, data + 1, size - 1) == (ssize_t) (size - 1));
  close (fd);

  before = count_all ();
  ok = bp_import_file (store, input_path, &options, &result, NULL, &error);
  g_assert (result != NULL);
  g_assert (ok == (error == NULL));
  for (guint i = 0; i < result->messages->len; i++)
    {
      const char *m = g_ptr_array_index (result->messages, i);

      g_assert (g_utf8_validate (m, -1, NULL));
      g_assert (g_str_has_prefix (m, input_path));
      g_assert (m[strlen (input_path)] == ':');
    }
  g_assert (result->n_problems >= result->messages->len);
  if (ok)
    {
      g_assert (result->rows == result->rows_new + result->rows_updated +
                                result->rows_unchanged + result->rows_rejected);
      g_assert (result->rows_rejected == 0 || options.skip_invalid);
    }
  else
    {
      g_assert (g_utf8_validate (error->message, -1, NULL));
      g_assert (count_all () == before);  /* nothing changed */
    }

  /* Keep the database small, so every run costs the same. */
  if (ok && count_all () > 2000)
    g_assert (bp_store_exec (store, "DELETE FROM outcome; DELETE FROM population; "
                                    "DELETE FROM benchmark; DELETE FROM import_reject; "
                                    "DELETE FROM import_log;", NULL));
  g_unlink (rejects_path);
  return 0;
}

/* fuzz-replay.c: runs a fuzz harness on saved inputs, without libFuzzer
 *
 * Linked with one fuzz-*.c harness into a GLib test (TAP) that feeds it every file of
 * the folders given as arguments: the seed corpus and every input that once crashed
 * (tests/fuzz/crashes/), so a fixed crash stays fixed in every build, with or without
 * clang, with or without sanitizers.
 */

#include "config.h"

#include <glib.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

int
main (int    argc,
      char **argv)
{
  const char *name;
  guint n = 0;

  g_test_init (&argc, &argv, NULL);

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[a], 0, NULL);
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *parent = g_path_get_dirname (argv[a]);
      g_autofree char *kind = g_path_get_basename (parent);
      g_autofree char *folder = g_path_get_basename (argv[a]);

      if (dir == NULL)
        continue;
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (files, g_strdup (name));
      g_ptr_array_sort (files, compare_names);  /* the same order every run */
      for (guint i = 0; i < files->len; i++)
        {
          const char *file = g_ptr_array_index (files, i);
          g_autofree char *test_path = g_strdup_printf ("/core/fuzz/%s/%s/%s", folder, kind,
                                                          file);

          g_test_add_data_func_full (test_path, g_build_filename (argv[a], file, NULL),
                                     replay_file, g_free);
          n++;
        }
    }
  if (n == 0)
    g_error ("no input files in the folders given");
  return g_test_run ();
}

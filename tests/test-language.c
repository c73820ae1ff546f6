/* test-language.c: boardpack export --language cy|en
 *
 * - An unknown language is a usage error (exit 1): one line on standard error that names
 *   what was typed, and no file written.
 * - English writes the pack whatever the interface language.
 * - Welsh without its catalogue (an empty BOARDPACK_LOCALEDIR) is a file that cannot be
 *   read (exit 3), said as "not installed", and no file is written: an English pack must
 *   never be handed out as a Welsh one.
 *
 * The Welsh content of a pack is tested once the Welsh catalogue exists.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "bp-test-program.h"
#include "bp-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static const char *boardpack;

/* Runs boardpack with @args (NULL-terminated) in @dir, with @localedir as
 * BOARDPACK_LOCALEDIR (unset when %NULL) and no LANGUAGE; returns the exit status, and
 * what it printed in @out_stdout and @out_stderr (each nullable). */
static int
run_boardpack (const char          *dir,
               const char * const  *args,
               const char          *localedir,
               char               **out_stdout,
               char               **out_stderr)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) boardpack);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  env = g_environ_unsetenv (env, "BOARDPACK_DB");
  env = g_environ_unsetenv (env, "LANGUAGE");
  if (localedir)
    env = g_environ_setenv (env, "BOARDPACK_LOCALEDIR", localedir, TRUE);
  else
    env = g_environ_unsetenv (env, "BOARDPACK_LOCALEDIR");
  /* Both captured: what the program prints must not mix with the test's TAP. */
  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  if (out_stdout)
    *out_stdout = g_steal_pointer (&out);
  if (out_stderr)
    *out_stderr = g_steal_pointer (&err);
  return WEXITSTATUS (wait_status);
}

/* A database of demo data to export from. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *demo[] = { "demo-data", "--out", NULL, "--rows", "400", NULL };
  const char *kinds[] = { "outcomes", "population", "benchmarks" };

  f->dir = bp_test_tmpdir ();
  f->db = g_build_filename (f->dir, "cases.db", NULL);
  demo[2] = f->dir;
  g_assert_cmpint (run_boardpack (f->dir, demo, NULL, NULL, NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *csv = g_strdup_printf ("%s/%s.csv", f->dir, kinds[i]);
      const char *import[] = { "--db", f->db, "import", kinds[i], csv, NULL };
      g_autofree char *err = NULL;
      int status = run_boardpack (f->dir, import, NULL, NULL, &err);

      if (status != 0)
        g_error ("import %s: exit status %d: %s", kinds[i], status, err);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_unknown_language (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "pack.xlsx", NULL);
  const char *bare[] = { "--db", f->db, "export", "--language", "xx", NULL };
  const char *with_file[] = { "--db", f->db, "export", "--language", "xx", "--xlsx", xlsx,
                              NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_boardpack (f->dir, bare, NULL, &out, &err), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "xx"));
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_boardpack (f->dir, with_file, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "xx"));
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
}

static void
test_english (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "pack.xlsx", NULL);
  const char *export[] = { "--db", f->db, "export", "--language", "en", "--xlsx", xlsx,
                           NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = run_boardpack (f->dir, export, NULL, &out, &err);

  if (status != 0)
    g_error ("export --language en: exit status %d: %s", status, err);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
}

static void
test_welsh_not_installed (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "pack.xlsx", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "no-locale", NULL);
  const char *export[] = { "--db", f->db, "export", "--language", "cy", "--xlsx", xlsx,
                           NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  g_assert_cmpint (run_boardpack (f->dir, export, empty, &out, &err), ==, 3);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "not installed"));
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  boardpack = bp_test_boardpack ();

  g_test_add ("/export/language/unknown", Fixture, NULL, fixture_set_up,
              test_unknown_language, fixture_tear_down);
  g_test_add ("/export/language/english", Fixture, NULL, fixture_set_up, test_english,
              fixture_tear_down);
  g_test_add ("/export/language/welsh-not-installed", Fixture, NULL, fixture_set_up,
              test_welsh_not_installed, fixture_tear_down);
  return g_test_run ();
}

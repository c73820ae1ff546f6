/* test-bad-inputs.c: the catalogue of broken input files (tests/data/bad/)
 *
 * Each NAME.expected in tests/data/bad/ describes one broken file and what
 * `boardpack import` must do with it: the exit status, every line it writes to standard
 * error and to standard output, exactly, and whether the database may change. The file
 * is NAME.csv beside it, or is made by this test when it is too big to keep in the
 * repository or is not a plain file (a named pipe, a folder).
 *
 * The program run is the built boardpack (its path in $BOARDPACK), on a copy of a
 * database that already holds an earlier good import (tests/data/bad/base/); a dump of
 * that database must be the same before and after unless the entry says the file is
 * read ("database: changed"), and no file may be left behind but what the entry names.
 *
 * NAME.expected:
 *
 *   # what the file is and why the outcome is right
 *   kind: outcomes | population | benchmarks
 *   args: --skip-invalid                      (optional: more arguments)
 *   generate: field-2mb                       (optional: the test writes the file)
 *   file: NAME.csv                            (optional: the file name to import)
 *   path: /proc/self/mem                      (optional: import this path as it is)
 *   status: 2
 *   database: unchanged | changed
 *   stdout:
 *   ...every line, exactly
 *   stderr:
 *   ...every line, exactly
 *   rejects: FILE                             (optional: the rejects file, exactly)
 *   ...every line, without its CRLF
 *
 * and, before stdout:, any number of
 *
 *   query: SELECT child_id FROM outcome WHERE outcome_id = 'OUT-0101'
 *   answer: C-Siân                            (the first column of the first row)
 *
 * The cases that cannot be a file on disk, a file that changes or fails while it is
 * read, are at the end: they run the import in this process, where the test can act
 * between two reads.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bp-cli-private.h"
#include "bp-import.h"
#include "bp-test-program.h"
#include "bp-test-util.h"

typedef struct
{
  char *name;
  char *comment;
  char *kind;
  char *args;
  char *generate;
  char *file;
  char *path;
  int status;
  gboolean changed;
  GPtrArray *out;      /* expected standard output lines */
  GPtrArray *err;      /* expected standard error lines */
  char *rejects_name;  /* (nullable) */
  GPtrArray *rejects;  /* expected lines of the rejects file */
  GPtrArray *queries;  /* SQL, then its expected answer: what a file that is read gave */
} Entry;

static const char *boardpack;
static char *data_dir;   /* tests/data/bad */
static char *base_dir;   /* holds base.db, the database after the good import */

static void
entry_free (Entry *e)
{
  g_free (e->name);
  g_free (e->comment);
  g_free (e->kind);
  g_free (e->args);
  g_free (e->generate);
  g_free (e->file);
  g_free (e->path);
  g_ptr_array_unref (e->out);
  g_ptr_array_unref (e->err);
  g_free (e->rejects_name);
  g_ptr_array_unref (e->rejects);
  g_ptr_array_unref (e->queries);
  g_free (e);
}

static Entry *
entry_load (const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.expected", data_dir, name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) comment = g_string_new (NULL);
  GPtrArray *section = NULL;
  Entry *e = g_new0 (Entry, 1);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  e->name = g_strdup (name);
  e->status = -1;
  e->out = g_ptr_array_new_with_free_func (g_free);
  e->err = g_ptr_array_new_with_free_func (g_free);
  e->rejects = g_ptr_array_new_with_free_func (g_free);
  e->queries = g_ptr_array_new_with_free_func (g_free);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];

      /* The file's last newline ends the last line: it is not an empty line. */
      if (lines[i + 1] == NULL && line[0] == '\0')
        break;
      if (strcmp (line, "stdout:") == 0)
        section = e->out;
      else if (strcmp (line, "stderr:") == 0)
        section = e->err;
      else if (g_str_has_prefix (line, "rejects: "))
        {
          e->rejects_name = g_strdup (line + strlen ("rejects: "));
          section = e->rejects;
        }
      else if (section != NULL)
        g_ptr_array_add (section, g_strdup (line));
      else if (line[0] == '#')
        g_string_append_printf (comment, "%s\n", line);
      else if (line[0] == '\0')
        continue;
      else if (g_str_has_prefix (line, "kind: "))
        e->kind = g_strdup (line + strlen ("kind: "));
      else if (g_str_has_prefix (line, "args: "))
        e->args = g_strdup (line + strlen ("args: "));
      else if (g_str_has_prefix (line, "generate: "))
        e->generate = g_strdup (line + strlen ("generate: "));
      else if (g_str_has_prefix (line, "file: "))
        e->file = g_strdup (line + strlen ("file: "));
      else if (g_str_has_prefix (line, "path: "))
        e->path = g_strdup (line + strlen ("path: "));
      else if (g_str_has_prefix (line, "query: "))
        g_ptr_array_add (e->queries, g_strdup (line + strlen ("query: ")));
      else if (g_str_has_prefix (line, "answer: "))
        {
          g_assert_cmpuint (e->queries->len % 2, ==, 1);
          g_ptr_array_add (e->queries, g_strdup (line + strlen ("answer: ")));
        }
      else if (g_str_has_prefix (line, "status: "))
        e->status = atoi (line + strlen ("status: "));
      else if (strcmp (line, "database: unchanged") == 0)
        e->changed = FALSE;
      else if (strcmp (line, "database: changed") == 0)
        e->changed = TRUE;
      else
        g_error ("%s: line %u: unknown line \"%s\"", path, i + 1, line);
    }
  g_assert_nonnull (e->kind);
  g_assert_cmpint (e->status, >=, 0);
  g_assert_cmpuint (e->queries->len % 2, ==, 0);
  if (e->file == NULL)
    e->file = g_strdup_printf ("%s.csv", name);
  e->comment = g_string_free (g_steal_pointer (&comment), FALSE);
  return e;
}

/* --- files made by the test -------------------------------------------------------- */

#define OUTCOME_HEADER "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date," \
                       "outcome_type,offence_date,offence_group,gravity\n"

static void
generate_file (const Entry *e,
               const char  *path)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (strcmp (e->generate, "field-2mb") == 0)
    {
      /* A child_id of 2 MiB: twice the limit on one value. */
      g_string_append (s, OUTCOME_HEADER "OUT-0101,C-");
      for (guint i = 0; i < 2 * 1024 * 1024; i++)
        g_string_append_c (s, (char) ('0' + i % 10));
      g_string_append (s, ",2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,6\n");
    }
  else if (strcmp (e->generate, "open-quote-2mb") == 0)
    {
      /* A quote opened on line 3 and never closed, with 2 MiB of rows after it. */
      g_string_append (s, OUTCOME_HEADER
                          "OUT-0101,C-5001,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,6\n"
                          "OUT-0102,\"C-5002,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,6\n");
      while (s->len < 2 * 1024 * 1024 + 4096)
        g_string_append (s, "OUT-0103,C-5003,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,6\n");
    }
  else if (strcmp (e->generate, "line-18mb") == 0)
    {
      /* 18 values of 1,000,000 bytes: each under the limit on one value, 18 MB together. */
      g_string_append (s, OUTCOME_HEADER "OUT-0101");
      for (guint v = 0; v < 18; v++)
        {
          g_string_append_c (s, ',');
          for (guint i = 0; i < 1000000; i++)
            g_string_append_c (s, (char) ('a' + i % 26));
        }
      g_string_append_c (s, '\n');
    }
  else if (strcmp (e->generate, "columns-100000") == 0)
    {
      g_string_append (s, OUTCOME_HEADER "OUT-0101");
      for (guint i = 1; i < 100000; i++)
        g_string_append (s, ",x");
      g_string_append_c (s, '\n');
    }
  else if (strcmp (e->generate, "fifo") == 0)
    {
      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      return;
    }
  else if (strcmp (e->generate, "folder") == 0)
    {
      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      return;
    }
  else if (strcmp (e->generate, "nothing") == 0)
    return;  /* a file that is not there */
  else
    g_error ("%s: unknown generate: %s", e->name, e->generate);

  g_file_set_contents (path, s->str, (gssize) s->len, &error);
  g_assert_no_error (error);
}

/* --- running boardpack ------------------------------------------------------------- */

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

/* Runs boardpack in @dir with @args; returns its exit status. */
static int
run_boardpack (const char  *dir,
               const char  *args,
               char       **out_stdout,
               char       **out_stderr)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strdup_printf ("'%s' %s", boardpack, args);
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int wait_status;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_no_error (error);
  env = g_environ_unsetenv (env, "BOARDPACK_DB");
  g_spawn_sync (dir, argv, env, G_SPAWN_DEFAULT, NULL, NULL, out_stdout, out_stderr,
                &wait_status, &error);
  g_assert_no_error (error);
  /* A crash is never an acceptable answer to a file. */
  if (!WIFEXITED (wait_status))
    g_error ("boardpack %s was killed by signal %d; its standard error:\n%s", args,
             WTERMSIG (wait_status), *out_stderr);
  return WEXITSTATUS (wait_status);
}

static char *
query_text (const char *path,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = bp_store_open (path, &error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  stmt = bp_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static char *
dump_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = bp_store_open (path, &error);

  g_assert_no_error (error);
  return bp_test_dump_store (store);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted, one a line. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static void
assert_lines (const char *what,
              const char *actual,
              GPtrArray  *expected)
{
  g_autoptr(GString) want = g_string_new (NULL);

  for (guint i = 0; i < expected->len; i++)
    g_string_append_printf (want, "%s\n", (const char *) g_ptr_array_index (expected, i));
  if (strcmp (actual, want->str) != 0)
    g_test_message ("%s differs.\nExpected:\n%sActual:\n%s", what, want->str, actual);
  g_assert_cmpstr (actual, ==, want->str);
}

static void
test_catalogue_entry (gconstpointer data)
{
  const Entry *e = data;
  g_autofree char *dir = bp_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "boardpack.db", NULL);
  g_autofree char *base_db = g_build_filename (base_dir, "base.db", NULL);
  g_autofree char *target = g_build_filename (dir, e->file, NULL);
  g_autofree char *args = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files_before = NULL;
  g_autofree char *files_after = NULL;
  g_autofree char *quoted = NULL;
  int status;

  g_test_message ("%s", e->comment);
  copy_file (base_db, db);
  before = dump_database (db);

  if (e->generate != NULL)
    generate_file (e, target);
  else if (e->path == NULL)
    {
      g_autofree char *source = g_build_filename (data_dir, e->file, NULL);

      copy_file (source, target);
    }
  files_before = list_dir (dir);

  quoted = g_shell_quote (e->path ? e->path : e->file);
  args = g_strdup_printf ("--db boardpack.db import %s %s%s%s", e->kind, quoted,
                          e->args ? " " : "", e->args ? e->args : "");
  status = run_boardpack (dir, args, &out, &err);

  assert_lines ("standard error", err, e->err);
  assert_lines ("standard output", out, e->out);
  g_assert_cmpint (status, ==, e->status);

  after = dump_database (db);
  if (e->changed)
    g_assert_cmpstr (before, !=, after);
  else
    g_assert_cmpstr (before, ==, after);
  for (guint i = 0; i < e->queries->len; i += 2)
    {
      g_autofree char *answer = query_text (db, g_ptr_array_index (e->queries, i));

      g_assert_cmpstr (answer, ==, g_ptr_array_index (e->queries, i + 1));
    }

  files_after = list_dir (dir);
  if (e->rejects_name != NULL)
    {
      g_autofree char *path = g_build_filename (dir, e->rejects_name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) want = g_string_new (NULL);
      struct stat st;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < e->rejects->len; i++)
        g_string_append_printf (want, "%s\r\n", (const char *) g_ptr_array_index (e->rejects, i));
      g_assert_cmpstr (contents, ==, want->str);
      /* It holds children's data: private, like the database. */
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_unlink (path);
      g_free (files_after);
      files_after = list_dir (dir);
    }
  /* Nothing left behind: no rejects file, no temporary file, no journal. */
  g_assert_cmpstr (files_after, ==, files_before);

  bp_test_rm_rf (dir);
}

/* Imports tests/data/bad/base/ into base_dir/base.db with the program itself. */
static void
make_base_database (void)
{
  static const char *kinds[] = { "outcomes", "population", "benchmarks" };

  base_dir = bp_test_tmpdir ();
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *source = g_strdup_printf ("%s/base/%s.csv", data_dir, kinds[k]);
      g_autofree char *quoted = g_shell_quote (source);
      g_autofree char *args = g_strdup_printf ("--db base.db import %s %s", kinds[k], quoted);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      if (run_boardpack (base_dir, args, &out, &err) != 0)
        g_error ("the good import of %s failed:\n%s", source, err);
    }
}

/* --- files that change or fail while they are read --------------------------------- */

/* The import reads the file in 256 KiB pieces and reports progress every 4096 rows:
 * at the first report the file has been read in part, and this test can act on it. */
#define BIG_ROWS 20000

typedef enum
{
  ACT_TRUNCATE,
  ACT_DELETE,
  ACT_FAIL_READS,
} Action;

typedef struct
{
  Action action;
  const char *path;
  gboolean done;
} MidRead;

/* -Wl,--wrap=read: every read () of the core library comes here. When fail_reads is
 * set, the next read () fails as a disk or a network share that has gone away does. */
ssize_t __wrap_read (int fd, void *buf, size_t count);
ssize_t __real_read (int fd, void *buf, size_t count);
static gboolean fail_reads;

ssize_t
__wrap_read (int    fd,
             void  *buf,
             size_t count)
{
  if (fail_reads)
    {
      errno = EIO;
      return -1;
    }
  return __real_read (fd, buf, count);
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  MidRead *m = user_data;

  if (m->done)
    return;
  m->done = TRUE;
  switch (m->action)
    {
    case ACT_TRUNCATE:
      g_assert_cmpint (truncate (m->path, 1000), ==, 0);
      break;
    case ACT_DELETE:
      g_assert_cmpint (g_unlink (m->path), ==, 0);
      break;
    case ACT_FAIL_READS:
      fail_reads = TRUE;
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
mid_read (Action      action,
          const char *expected_message_end)
{
  g_autofree char *dir = bp_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "boardpack.db", NULL);
  g_autofree char *base_db = g_build_filename (base_dir, "base.db", NULL);
  g_autofree char *path = g_build_filename (dir, "big.csv", NULL);
  g_autoptr(GString) s = g_string_new (OUTCOME_HEADER);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(BpImportResult) result = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  MidRead m = { action, path, FALSE };
  BpImportOptions options = { .kind = BP_IMPORT_OUTCOMES, .progress = on_progress_cb,
                              .progress_data = &m };
  g_autofree char *expected_start = NULL;

  copy_file (base_db, db);
  for (guint i = 0; i < BIG_ROWS; i++)
    g_string_append_printf (s, "OUT-%07u,C-%05u,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,"
                               "ROBBERY,6\n", i, i % 3000);
  g_file_set_contents (path, s->str, (gssize) s->len, &error);
  g_assert_no_error (error);

  store = bp_store_open (db, &error);
  g_assert_no_error (error);
  before = bp_test_dump_store (store);

  g_assert_false (bp_import_file (store, path, &options, &result, NULL, &error));
  fail_reads = FALSE;
  g_assert_true (m.done);
  g_assert_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ);
  /* Named by file and line; exit status 3, a file that could not be read. */
  expected_start = g_strdup_printf ("%s:", path);
  g_assert_true (g_str_has_prefix (error->message, expected_start));
  g_assert_true (g_ascii_isdigit (error->message[strlen (expected_start)]));
  g_assert_true (g_str_has_suffix (error->message, expected_message_end));
  g_assert_cmpint (_bp_cli_exit_for (error), ==, BP_EXIT_IO);

  after = bp_test_dump_store (store);
  g_assert_cmpstr (before, ==, after);

  g_clear_object (&store);
  bp_test_rm_rf (dir);
}

static void
test_truncated_while_read (void)
{
  mid_read (ACT_TRUNCATE, ": the file changed while it was being read (it was changed by "
                          "another program); wait until that program has finished with it "
                          "and import it again");
}

static void
test_deleted_while_read (void)
{
  mid_read (ACT_DELETE, ": the file changed while it was being read (it was deleted or "
                        "replaced by another program); wait until that program has finished "
                        "with it and import it again");
}

static void
test_read_fails_while_read (void)
{
  mid_read (ACT_FAIL_READS, ": the file could not be read (Input/output error); check that "
                            "it is still there and readable, and import it again");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int status;

  g_test_init (&argc, &argv, NULL);

  boardpack = bp_test_boardpack ();
  data_dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  make_base_database ();

  dir = g_dir_open (data_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".expected"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - strlen (".expected")));
  g_ptr_array_sort (names, compare_strings);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/core/bad-inputs/%s", entry);

      g_test_add_data_func_full (test_path, entry_load (entry), test_catalogue_entry,
                                 (GDestroyNotify) entry_free);
    }

  g_test_add_func ("/core/bad-inputs/truncated-while-read", test_truncated_while_read);
  g_test_add_func ("/core/bad-inputs/deleted-while-read", test_deleted_while_read);
  g_test_add_func ("/core/bad-inputs/read-fails-while-read", test_read_fails_while_read);

  status = g_test_run ();
  bp_test_rm_rf (base_dir);
  g_free (base_dir);
  g_free (data_dir);
  return status;
}

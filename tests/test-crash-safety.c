/* test-crash-safety.c: a killed import or export, old and new schemas, files not ours
 *
 * Laptops are closed and programs killed in the middle of an import; databases are
 * copied from older and newer versions of Boardpack, half-copied, or are another file
 * altogether. Whatever happens, the database holds what it held before or is refused
 * with a message, and a file that is not a good Boardpack database is never written.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bp-store.h"
#include "bp-test-program.h"
#include "bp-test-util.h"

static const char *boardpack;
static char *shared_dir;   /* the good database and the 300,000-row file, made once */

typedef struct
{
  char *dir;
  char *db;
} Fixture;

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

/* Runs boardpack with @argv (NULL-terminated, without the program) in @dir. */
static int
run_boardpack (const char  *dir,
               const char **args,
               char       **out_stderr)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) boardpack);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status))
    g_error ("boardpack was killed by signal %d:\n%s", WTERMSIG (wait_status), err);
  if (out_stderr)
    *out_stderr = g_steal_pointer (&err);
  return WEXITSTATUS (wait_status);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *good = g_build_filename (shared_dir, "good.db", NULL);

  f->dir = bp_test_tmpdir ();
  f->db = g_build_filename (f->dir, "boardpack.db", NULL);
  copy_file (good, f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
dump (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = bp_store_open (path, &error);

  g_assert_no_error (error);
  return bp_test_dump_store (store);
}

static char *
integrity_check (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = bp_store_open (path, &error);
  g_autoptr(GString) result = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  stmt = bp_store_prepare (store, "PRAGMA integrity_check", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append (result, (const char *) sqlite3_column_text (stmt, 0));
  return g_strdup (result->str);
}

static goffset
file_size (const char *path)
{
  struct stat st;

  return g_stat (path, &st) == 0 ? st.st_size : -1;
}

/* --- a killed import ------------------------------------------------------------------
 *
 * The import of 300,000 rows is one transaction. SQLite starts writing pages to the
 * write-ahead log when its cache fills, about half-way through, and keeps writing until
 * the commit: the program is killed (SIGKILL, nothing to clean up) as soon as the log
 * has grown past @wal_bytes, so it dies while it writes. */
static void
kill_import_when_wal_exceeds (Fixture *f,
                              goffset  wal_bytes)
{
  g_autofree char *big = g_build_filename (shared_dir, "demo", "outcomes.csv", NULL);
  g_autofree char *wal = g_strdup_printf ("%s-wal", f->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (f->db);
  g_autofree char *after = NULL;
  g_autofree char *check = NULL;
  const char *argv[] = { boardpack, "--db", f->db, "import", "outcomes", big, NULL };
  GPid pid;
  int wait_status = 0;
  gboolean killed = FALSE;
  gint64 deadline = g_get_monotonic_time () + 300 * G_USEC_PER_SEC;

  g_spawn_async (f->dir, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  for (;;)
    {
      pid_t done = waitpid (pid, &wait_status, WNOHANG);

      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        break;
      if (!killed && file_size (wal) > wal_bytes)
        {
          g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
          killed = TRUE;
        }
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (500);
    }
  g_spawn_close_pid (pid);

  /* The import must not have finished first, or this test showed nothing. */
  if (!(WIFSIGNALED (wait_status) && WTERMSIG (wait_status) == SIGKILL))
    g_error ("the import ended (status %d) before its log passed %" G_GOFFSET_FORMAT
             " bytes: nothing was killed", wait_status, wal_bytes);

  /* The next open recovers from the log; the half-done import is gone. */
  check = integrity_check (f->db);
  g_assert_cmpstr (check, ==, "ok");
  after = dump (f->db);
  g_assert_cmpstr (before, ==, after);

  /* And the same import, run again, goes through. */
  {
    const char *again[] = { "--db", f->db, "import", "outcomes", big, NULL };

    g_assert_cmpint (run_boardpack (f->dir, again, NULL), ==, 0);
  }
}

static void
test_killed_while_log_starts (Fixture       *f,
                              gconstpointer  data)
{
  kill_import_when_wal_exceeds (f, 0);
}

static void
test_killed_while_log_grows (Fixture       *f,
                             gconstpointer  data)
{
  kill_import_when_wal_exceeds (f, 4 * 1024 * 1024);
}

/* --- a killed export ------------------------------------------------------------------
 *
 * An export writes each file under a temporary name beside it (".pack.xlsx.PID.XXXXXX") and
 * renames it over the old one when complete. The program is killed the moment the
 * first temporary file appears (inotify tells at once): the old files must be exactly as
 * they were, and the next export must go through and leave no temporary file. */

/* The names in @dir that start with ".": temporary files. */
static char *
hidden_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] == '.')
      g_string_append_printf (names, "%s ", name);
  return g_strdup (names->str);
}

static void
test_killed_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *xlsx = g_build_filename (out, "pack.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (out, "pack.pdf", NULL);
  const char *export[] = { boardpack, "--db", f->db, "export", "--xlsx", xlsx, "--pdf", pdf,
                           NULL };
  g_autofree char *old_xlsx = NULL;
  g_autofree char *old_pdf = NULL;
  g_autofree char *now = NULL;
  g_autofree char *left = NULL;
  g_autoptr(GError) error = NULL;
  gsize old_xlsx_length, old_pdf_length, now_length;
  int watch, wait_status = 0;
  GPid pid;

  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  g_assert_cmpint (run_boardpack (f->dir, export + 1, NULL), ==, 0);
  g_file_get_contents (xlsx, &old_xlsx, &old_xlsx_length, &error);
  g_assert_no_error (error);
  g_file_get_contents (pdf, &old_pdf, &old_pdf_length, &error);
  g_assert_no_error (error);

  watch = inotify_init1 (IN_CLOEXEC);
  g_assert_cmpint (watch, >=, 0);
  g_assert_cmpint (inotify_add_watch (watch, out, IN_CREATE), >=, 0);
  g_spawn_async (f->dir, (char **) export, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  {
    struct pollfd p = { watch, POLLIN, 0 };

    /* The first file created in out/ is the workbook's temporary file. */
    g_assert_cmpint (poll (&p, 1, 120 * 1000), ==, 1);
    g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  }
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  close (watch);
  if (!(WIFSIGNALED (wait_status) && WTERMSIG (wait_status) == SIGKILL))
    g_error ("the export ended (status %d) before it could be killed", wait_status);

  g_file_get_contents (xlsx, &now, &now_length, &error);
  g_assert_no_error (error);
  g_assert_true (now_length == old_xlsx_length && memcmp (now, old_xlsx, now_length) == 0);
  g_clear_pointer (&now, g_free);
  g_file_get_contents (pdf, &now, &now_length, &error);
  g_assert_no_error (error);
  g_assert_true (now_length == old_pdf_length && memcmp (now, old_pdf, now_length) == 0);
  g_clear_pointer (&now, g_free);

  /* The next export goes through. */
  g_assert_cmpint (run_boardpack (f->dir, export + 1, NULL), ==, 0);
  left = hidden_files (out);
  /* The temporary file the killed run left is removed by the next export. */
  g_assert_cmpstr (left, ==, "");
}

/* --- schemas ---------------------------------------------------------------------------
 *
 * Version 1 exactly as the first migration of bp-store.c created it (migrations are
 * never edited once shipped), with some rows in every table. */
static const char *schema_v1 =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE import_log (id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('outcomes', 'population', 'benchmarks')),"
  "  file_name TEXT NOT NULL, imported_at TEXT NOT NULL, encoding TEXT NOT NULL,"
  "  rows_new INTEGER NOT NULL DEFAULT 0, rows_updated INTEGER NOT NULL DEFAULT 0,"
  "  rows_unchanged INTEGER NOT NULL DEFAULT 0, rows_rejected INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE import_reject ("
  "  import_id INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,"
  "  line INTEGER NOT NULL, message TEXT NOT NULL);"
  "CREATE INDEX import_reject_by_import ON import_reject (import_id);"
  "CREATE TABLE outcome (outcome_id TEXT NOT NULL PRIMARY KEY, child_id TEXT NOT NULL,"
  "  date_of_birth INTEGER NOT NULL, sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),"
  "  ethnicity_raw TEXT NOT NULL, ethnic_group INTEGER NOT NULL,"
  "  outcome_date INTEGER NOT NULL, outcome_type TEXT NOT NULL,"
  "  outcome_type_raw TEXT NOT NULL, tier INTEGER NOT NULL, statutory INTEGER NOT NULL,"
  "  court INTEGER NOT NULL, custodial INTEGER NOT NULL, offence_date INTEGER,"
  "  offence_group TEXT, gravity INTEGER, local INTEGER NOT NULL, release_date INTEGER,"
  "  row_hash INTEGER NOT NULL, import_id INTEGER NOT NULL REFERENCES import_log (id));"
  "CREATE INDEX outcome_by_child_date ON outcome (child_id, outcome_date);"
  "CREATE INDEX outcome_by_date ON outcome (outcome_date);"
  "CREATE TABLE population (year INTEGER NOT NULL, age TEXT NOT NULL,"
  "  age_min INTEGER NOT NULL, age_max INTEGER NOT NULL, sex TEXT NOT NULL,"
  "  ethnicity TEXT NOT NULL, ethnic_group INTEGER,"
  "  count INTEGER NOT NULL CHECK (count >= 0), source TEXT NOT NULL,"
  "  row_hash INTEGER NOT NULL, import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (year, age, sex, ethnicity, source));"
  "CREATE TABLE benchmark (indicator TEXT NOT NULL, period_start INTEGER NOT NULL,"
  "  period_end INTEGER NOT NULL,"
  "  area_type TEXT NOT NULL CHECK (area_type IN ('YJS', 'FAMILY', 'REGION', 'NATIONAL')),"
  "  area_name TEXT NOT NULL, numerator_text TEXT, denominator_text TEXT,"
  "  value_text TEXT NOT NULL, value REAL NOT NULL, rank INTEGER, rank_of INTEGER,"
  "  source TEXT, row_hash INTEGER NOT NULL,"
  "  import_id INTEGER NOT NULL REFERENCES import_log (id),"
  "  PRIMARY KEY (indicator, period_start, period_end, area_type, area_name));"
  /* 2008-05-14 is day 14013, 2023-06-02 day 19510, 2023-04-20 day 19467. */
  "INSERT INTO import_log VALUES (1, 'outcomes', 'outcomes.csv', '2024-01-05T10:00:00Z',"
  "  'UTF-8', 2, 0, 0, 0);"
  "INSERT INTO import_log VALUES (2, 'population', 'population.csv', '2024-01-05T10:01:00Z',"
  "  'UTF-8', 1, 0, 0, 0);"
  "INSERT INTO import_log VALUES (3, 'benchmarks', 'benchmarks.csv',"
  "  '2024-01-05T10:02:00Z', 'UTF-8', 1, 0, 0, 0);"
  "INSERT INTO outcome VALUES ('OUT-0001', 'C-1042', 14013, 'M', 'B2', 1, 19510, 'YC', 'YC',"
  "  1, 1, 0, 0, 19467, 'ROBBERY', 6, 1, NULL, 12345, 1);"
  "INSERT INTO outcome VALUES ('OUT-0002', 'C-2210', 14013, 'F', 'White: Irish', 4, 19510,"
  "  'RO', 'Referral Order', 2, 1, 1, 0, NULL, NULL, NULL, 1, NULL, 67890, 1);"
  "INSERT INTO population VALUES (2022, '10-17', 10, 17, 'All', 'All', NULL, 26092,"
  "  'ONS mid-year estimate 2022', 111, 2);"
  "INSERT INTO benchmark VALUES ('FTE_RATE', 19358, 19722, 'FAMILY', 'YJS Family Average',"
  "  NULL, NULL, '160', 160.0, NULL, NULL, 'YJS Data Summary 118', 222, 3);"
  "PRAGMA user_version = 1;";

/* The rows of the tables version 1 had, in a fixed order. */
static char *
dump_v1_tables (sqlite3 *db)
{
  static const char *queries[] = {
    "SELECT * FROM import_log ORDER BY id",
    "SELECT * FROM outcome ORDER BY outcome_id",
    "SELECT * FROM population ORDER BY year, age",
    "SELECT * FROM benchmark ORDER BY indicator, area_name",
  };
  GString *out = g_string_new (NULL);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *v = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (out, "%s|", v ? v : "NULL");
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_migrates_version_1 (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "v1.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *version = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, schema_v1, NULL, NULL, NULL), ==, SQLITE_OK);
  before = dump_v1_tables (db);
  sqlite3_close (db);
  g_assert_cmpuint (strlen (before), >, 0);

  store = bp_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bp_store_schema_version (store), ==, BP_STORE_SCHEMA_VERSION);
  after = dump_v1_tables (bp_store_get_db (store));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (bp_store_count (store, "outcome"), ==, 2);
  /* What migration 2 adds. */
  g_assert_true (bp_store_get_meta (store, "data_version", &version));
  g_assert_cmpstr (version, ==, "1");
  g_clear_object (&store);

  /* On disk too, for any other reader. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, BP_STORE_SCHEMA_VERSION);
  }
  sqlite3_close (db);

  /* And the program reports on it. */
  {
    const char *args[] = { "--db", path, "report", "--period-end", "2023-06-30", NULL };

    g_assert_cmpint (run_boardpack (f->dir, args, NULL), ==, 0);
  }
}

/* --- files that must be refused, and left as they were ------------------------------- */

/* Runs `boardpack report` and `boardpack import` on @path: both must exit with 3 and say
 * @message (after "boardpack: " for report) on standard error, and the file must be
 * byte for byte what it was, with no journal left beside it. */
static void
assert_refused_untouched (Fixture    *f,
                          const char *path,
                          const char *message)
{
  g_autofree char *original = NULL;
  g_autofree char *now = NULL;
  g_autofree char *outcomes = g_build_filename (f->dir, "outcomes.csv", NULL);
  g_autoptr(GError) error = NULL;
  gsize original_length, now_length;
  const char *report[] = { "--db", path, "report", NULL };
  const char *import[] = { "--db", path, "import", "outcomes", outcomes, NULL };
  const char **commands[] = { report, import };

  g_file_get_contents (path, &original, &original_length, &error);
  g_assert_no_error (error);
  g_file_set_contents (outcomes, "outcome_id,child_id,date_of_birth,sex,ethnicity,"
                                 "outcome_date,outcome_type\n"
                                 "OUT-9,C-9,2008-05-14,M,B2,2023-06-02,YC\n", -1, &error);
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_autofree char *err = NULL;
      g_autofree char *wal = g_strdup_printf ("%s-wal", path);
      g_autofree char *journal = g_strdup_printf ("%s-journal", path);
      g_autofree char *expected = g_strdup_printf ("%s\n", message);

      g_assert_cmpint (run_boardpack (f->dir, commands[c], &err), ==, 3);
      g_assert_true (g_str_has_suffix (err, expected));
      g_file_get_contents (path, &now, &now_length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (now_length, ==, original_length);
      g_assert_true (memcmp (now, original, original_length) == 0);
      g_clear_pointer (&now, g_free);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) && file_size (wal) > 0);
      g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
    }

  /* In the library too. */
  {
    g_autoptr(BpStore) store = bp_store_open (path, &error);

    g_assert_null (store);
    g_assert_nonnull (error);
    g_assert_cmpstr (error->message, ==, message);
  }
}

static void
set_user_version (const char *path,
                  int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_newer_schema_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *message = NULL;

  set_user_version (f->db, 99);
  message = g_strdup_printf ("%s: this database was written by a newer version of Boardpack "
                             "(schema 99; this version knows up to %d). Update Boardpack to "
                             "open it; the file has not been changed.", f->db,
                             BP_STORE_SCHEMA_VERSION);
  assert_refused_untouched (f, f->db, message);
}

static void
test_not_sqlite_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Say, a CSV file given as --db by mistake. */
  g_file_set_contents (f->db, "outcome_id,child_id\nOUT-1,C-1\n", -1, &error);
  g_assert_no_error (error);
  message = g_strdup_printf ("%s: this file is not a Boardpack database or it is damaged "
                             "(file is not a database). It has not been changed; choose "
                             "another file with --db.", f->db);
  assert_refused_untouched (f, f->db, message);
}

static void
test_other_sqlite_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *message = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_unlink (f->db), ==, 0);
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                                     "INSERT INTO contacts VALUES ('A', '01632 960000');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  message = g_strdup_printf ("%s: this is an SQLite database from another program, not a "
                             "Boardpack database. It has not been changed; choose another "
                             "file with --db.", f->db);
  assert_refused_untouched (f, f->db, message);
}

static void
test_truncated_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  /* A copy that stopped half-way. */
  g_file_get_contents (f->db, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (f->db, contents, (gssize) length / 2, &error);
  g_assert_no_error (error);
  message = g_strdup_printf ("%s: this file is not a Boardpack database or it is damaged "
                             "(database disk image is malformed). It has not been changed; "
                             "choose another file with --db.", f->db);
  assert_refused_untouched (f, f->db, message);
}

/* The page that holds the outcome table overwritten: the file opens, and fails the
 * moment that page is read. */
static void
test_damaged_pages_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int root = 0, page_size = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage, (SELECT page_size FROM "
                                             "pragma_page_size) FROM sqlite_schema WHERE "
                                             "name = 'outcome'", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    root = sqlite3_column_int (stmt, 0);
    page_size = sqlite3_column_int (stmt, 1);
  }
  sqlite3_close (db);
  g_assert_cmpint (root, >, 1);

  g_file_get_contents (f->db, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, (gsize) root * (gsize) page_size);
  for (gsize i = (gsize) (root - 1) * page_size; i < (gsize) root * page_size; i++)
    contents[i] = (char) (0xA5 ^ (i * 31));
  g_file_set_contents (f->db, contents, (gssize) length, &error);
  g_assert_no_error (error);

  message = g_strdup_printf ("%s: the database is damaged (database disk image is "
                             "malformed). It has not been changed; restore it from a backup, "
                             "or choose another file with --db.", f->db);
  /* bp_store_open () reads no outcome page: only the commands find the damage. */
  {
    g_autofree char *original = NULL;
    g_autofree char *now = NULL;
    g_autofree char *outcomes = g_build_filename (f->dir, "outcomes.csv", NULL);
    gsize original_length, now_length;
    const char *report[] = { "--db", f->db, "report", NULL };
    const char *import[] = { "--db", f->db, "import", "outcomes", outcomes, NULL };
    const char **commands[] = { report, import };

    g_file_get_contents (f->db, &original, &original_length, &error);
    g_assert_no_error (error);
    g_file_set_contents (outcomes, "outcome_id,child_id,date_of_birth,sex,ethnicity,"
                                   "outcome_date,outcome_type\n"
                                   "OUT-0001,C-9,2008-05-14,M,B2,2023-06-02,YC\n", -1, &error);
    g_assert_no_error (error);
    for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
      {
        g_autofree char *err = NULL;
        g_autofree char *expected = g_strdup_printf ("%s\n", message);

        g_assert_cmpint (run_boardpack (f->dir, commands[c], &err), ==, 3);
        g_assert_true (g_str_has_suffix (err, expected));
        g_file_get_contents (f->db, &now, &now_length, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (now_length, ==, original_length);
        g_assert_true (memcmp (now, original, original_length) == 0);
        g_clear_pointer (&now, g_free);
      }
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *demo = NULL;
  g_autofree char *good = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  boardpack = bp_test_boardpack ();

  /* A database with a good import in it, and a large file to import on top. */
  shared_dir = bp_test_tmpdir ();
  demo = g_build_filename (shared_dir, "demo", NULL);
  good = g_build_filename (shared_dir, "good.db", NULL);
  {
    g_autofree char *population = g_build_filename (demo, "population.csv", NULL);
    g_autofree char *benchmarks = g_build_filename (demo, "benchmarks.csv", NULL);
    const char *make[] = { "demo-data", "--out", demo, "--rows", "300000", NULL };
    const char *import_population[] = { "--db", good, "import", "population", population,
                                        NULL };
    const char *import_benchmarks[] = { "--db", good, "import", "benchmarks", benchmarks,
                                        NULL };

    g_assert_cmpint (run_boardpack (shared_dir, make, NULL), ==, 0);
    g_assert_cmpint (run_boardpack (shared_dir, import_population, NULL), ==, 0);
    g_assert_cmpint (run_boardpack (shared_dir, import_benchmarks, NULL), ==, 0);
  }
  {
    g_autofree char *outcomes = g_build_filename (shared_dir, "outcomes.csv", NULL);
    const char *import[] = { "--db", good, "import", "outcomes", outcomes, NULL };
    g_autoptr(GError) error = NULL;

    g_file_set_contents (outcomes, "outcome_id,child_id,date_of_birth,sex,ethnicity,"
                                   "outcome_date,outcome_type,offence_date\n"
                                   "OLD-1,C-1,2008-05-14,M,B2,2023-06-02,YC,2023-04-20\n"
                                   "OLD-2,C-2,2009-01-30,F,W1,2024-01-12,RO,2024-01-02\n",
                         -1, &error);
    g_assert_no_error (error);
    g_assert_cmpint (run_boardpack (shared_dir, import, NULL), ==, 0);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/crash-safety/import-killed-as-log-starts", test_killed_while_log_starts);
  ADD ("/core/crash-safety/import-killed-as-log-grows", test_killed_while_log_grows);
  ADD ("/core/crash-safety/export-killed", test_killed_export);
  ADD ("/core/crash-safety/migrates-version-1", test_migrates_version_1);
  ADD ("/core/crash-safety/newer-schema-refused", test_newer_schema_refused);
  ADD ("/core/crash-safety/not-sqlite-refused", test_not_sqlite_refused);
  ADD ("/core/crash-safety/other-sqlite-refused", test_other_sqlite_refused);
  ADD ("/core/crash-safety/truncated-refused", test_truncated_refused);
  ADD ("/core/crash-safety/damaged-pages-refused", test_damaged_pages_refused);
#undef ADD

  status = g_test_run ();
  bp_test_rm_rf (shared_dir);
  g_free (shared_dir);
  return status;
}

/* test-privacy.c: children's data stays private (design.md)
 *
 * - The database, its write-ahead log and the rejects file are created readable by
 *   their owner only (0600), in a folder only the owner can enter (0700), whatever the
 *   umask.
 * - No code path can open a network connection: the program's own undefined symbols and
 *   the object files of the project's static libraries use no socket, resolver, TLS or
 *   HTTP function (GIO itself has networking API, so GIO is not what is checked), and
 *   the program links no TLS or HTTP library of its own.
 * - Every CSV the program writes neutralises values a spreadsheet would run as a
 *   formula (bp_csv_write_field ()).
 *
 * - A partner pack holds no child identifier and no date of birth.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bp-csv-reader.h"
#include "bp-store.h"
#include "bp-test-program.h"
#include "bp-test-util.h"

static const char *boardpack;

/* Functions that reach the network: sockets, name resolution, TLS, HTTP. */
static const char *network_symbols[] = {
  "socket", "connect", "bind", "listen", "accept", "accept4", "sendto", "recvfrom",
  "sendmsg", "recvmsg", "getaddrinfo", "getaddrinfo_a", "gethostbyname", "gethostbyname2",
  "gethostbyname_r", "gethostbyname2_r", "gethostbyaddr", "getnameinfo", "res_query",
  "res_search", "__res_query", "__res_search",
};
static const char *network_prefixes[] = {
  "curl_", "gnutls_", "SSL_", "TLS_", "OPENSSL_", "nghttp2_", "soup_", "g_socket_",
  "g_network_", "g_resolver_", "g_tls_", "g_proxy_", "g_inet_socket_address_",
};
static const char *network_libraries[] = {
  "libcurl", "libssl", "libgnutls", "libsoup", "libnghttp2", "libgssapi", "libldap",
};

static char *
run (const char * const *argv,
     int                 *out_status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  if (out_status)
    *out_status = WEXITSTATUS (wait_status);
  else if (WEXITSTATUS (wait_status) != 0)
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* Fails on any network symbol in @nm_output, nm's "U name" lines. */
static void
assert_no_network_symbols (const char *what,
                           const char *nm_output)
{
  g_auto(GStrv) lines = g_strsplit (nm_output, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *name = NULL;
      char *at;

      g_strstrip (lines[i]);
      if (!g_str_has_prefix (lines[i], "U "))
        continue;
      n++;
      name = g_strdup (lines[i] + 2);
      /* "connect@GLIBC_2.2.5" -> "connect" */
      if ((at = strchr (name, '@')) != NULL)
        *at = '\0';
      for (guint s = 0; s < G_N_ELEMENTS (network_symbols); s++)
        if (strcmp (name, network_symbols[s]) == 0)
          g_error ("%s uses %s, which opens or finds a network connection", what, name);
      for (guint p = 0; p < G_N_ELEMENTS (network_prefixes); p++)
        if (g_str_has_prefix (name, network_prefixes[p]))
          g_error ("%s uses %s, network API", what, name);
    }
  /* The program uses libc and GLib at least: an empty list means nm read nothing. */
  g_assert_cmpuint (n, >, 10);
  g_test_message ("%s: %u undefined symbols, none for the network", what, n);
}

static void
test_program_symbols (void)
{
  const char *nm[] = { "nm", "-D", "--undefined-only", boardpack, NULL };
  g_autofree char *out = run (nm, NULL);

  assert_no_network_symbols (boardpack, out);
}

static void
test_library_symbols (void)
{
  g_auto(GStrv) libs = g_strsplit (g_getenv ("BP_PROGRAM_LIBS"), ":", -1);
  guint checked = 0;

  for (guint i = 0; libs[i]; i++)
    {
      const char *nm[] = { "nm", "--undefined-only", libs[i], NULL };
      g_autofree char *out = NULL;

      if (libs[i][0] == '\0')
        continue;
      out = run (nm, NULL);
      /* nm prints "U name" for each object file of the archive. */
      assert_no_network_symbols (libs[i], out);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 2);  /* core and cli at least */
}

static void
test_linked_libraries (void)
{
  const char *readelf[] = { "readelf", "--dynamic", "--wide", boardpack, NULL };
  const char *ldd[] = { "ldd", boardpack, NULL };
  g_autofree char *needed = run (readelf, NULL);
  g_autofree char *all = run (ldd, NULL);

  g_assert_nonnull (strstr (needed, "(NEEDED)"));
  /* What the program itself asks for; what those libraries bring (libxlsxwriter brings
   * libcrypto for checksums) is listed in the log. */
  for (guint l = 0; l < G_N_ELEMENTS (network_libraries); l++)
    {
      g_autofree char *needle = g_strdup_printf ("[%s", network_libraries[l]);

      if (strstr (needed, needle) != NULL)
        g_error ("%s links %s", boardpack, network_libraries[l]);
    }
  g_test_message ("ldd %s:\n%s", boardpack, all);
}

/* --- file permissions ---------------------------------------------------------------- */

static mode_t
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
on_child_setup_cb (gpointer data)
{
  umask (0);  /* the most open umask there is */
}

static int
run_boardpack_umask0 (const char          *dir,
                      const char * const  *args,
                      const char          *xdg_data_home)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int wait_status;

  g_ptr_array_add (argv, (gpointer) boardpack);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  env = g_environ_unsetenv (env, "BOARDPACK_DB");
  if (xdg_data_home)
    env = g_environ_setenv (env, "XDG_DATA_HOME", xdg_data_home, TRUE);
  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, on_child_setup_cb, NULL, NULL, NULL,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

#define OUTCOMES "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type\n" \
                 "OUT-1,C-1,2008-05-14,M,B2,2023-06-02,YC\n" \
                 "OUT-2,C-2,not a date,F,W1,2023-06-02,YC\n"

static void
test_files_private (void)
{
  g_autofree char *dir = bp_test_tmpdir ();
  g_autofree char *csv = bp_test_write_file (dir, "outcomes.csv", OUTCOMES, -1);
  g_autofree char *db = g_build_filename (dir, "new", "folder", "cases.db", NULL);
  g_autofree char *db_dir = g_path_get_dirname (db);
  g_autofree char *rejects = g_build_filename (dir, "outcomes-rejects.csv", NULL);
  g_autofree char *data_home = g_build_filename (dir, "data-home", NULL);
  g_autofree char *default_db = g_build_filename (data_home, "boardpack", "boardpack.db",
                                                  NULL);
  g_autofree char *default_dir = g_path_get_dirname (default_db);
  const char *import[] = { "--db", db, "import", "outcomes", csv, "--skip-invalid", NULL };
  const char *import_default[] = { "import", "outcomes", csv, NULL };

  /* --db in a folder that does not exist yet; a rejects file beside the input. */
  g_assert_cmpint (run_boardpack_umask0 (dir, import, NULL), ==, 0);
  g_assert_cmpint (mode_of (db), ==, 0600);
  g_assert_cmpint (mode_of (db_dir), ==, 0700);
  g_assert_cmpint (mode_of (rejects), ==, 0600);

  /* The default database, in $XDG_DATA_HOME/boardpack/. */
  g_assert_cmpint (run_boardpack_umask0 (dir, import_default, data_home), ==, 2);
  g_assert_cmpint (mode_of (default_db), ==, 0600);
  g_assert_cmpint (mode_of (default_dir), ==, 0700);

  /* The log and shared-memory files SQLite keeps beside an open database hold the same
   * data: they must be as private as the database. */
  {
    mode_t old = umask (0);
    g_autoptr(GError) error = NULL;
    g_autoptr(BpStore) store = bp_store_open (db, &error);
    g_autofree char *wal = g_strdup_printf ("%s-wal", db);
    g_autofree char *shm = g_strdup_printf ("%s-shm", db);

    umask (old);
    g_assert_no_error (error);
    g_assert_cmpint (bp_store_count (store, "outcome"), ==, 1);
    g_assert_cmpint (mode_of (wal), ==, 0600);
    g_assert_cmpint (mode_of (shm), ==, 0600);
  }

  /* The board packs: the internal one holds every small count, so it is as private as
   * the database; the partner pack is for sharing and keeps the user's umask. */
  {
    g_autofree char *population = bp_test_write_file (dir, "population.csv",
                                                      "year,age,count\n2022,10-17,26092\n", -1);
    g_autofree char *internal_xlsx = g_build_filename (dir, "internal.xlsx", NULL);
    g_autofree char *internal_pdf = g_build_filename (dir, "internal.pdf", NULL);
    g_autofree char *partner_xlsx = g_build_filename (dir, "partner.xlsx", NULL);
    const char *import_population[] = { "--db", db, "import", "population", population, NULL };
    const char *internal[] = { "--db", db, "export", "--xlsx", internal_xlsx, "--pdf",
                               internal_pdf, NULL };
    const char *partner[] = { "--db", db, "export", "--profile", "partner", "--xlsx",
                              partner_xlsx, NULL };

    g_assert_cmpint (run_boardpack_umask0 (dir, import_population, NULL), ==, 0);
    g_assert_cmpint (run_boardpack_umask0 (dir, internal, NULL), ==, 0);
    g_assert_cmpint (mode_of (internal_xlsx), ==, 0600);
    g_assert_cmpint (mode_of (internal_pdf), ==, 0600);
    /* Replacing a file does not loosen it either. */
    g_assert_cmpint (g_chmod (internal_xlsx, 0644), ==, 0);
    g_assert_cmpint (run_boardpack_umask0 (dir, internal, NULL), ==, 0);
    g_assert_cmpint (mode_of (internal_xlsx), ==, 0600);
    g_assert_cmpint (run_boardpack_umask0 (dir, partner, NULL), ==, 0);
    g_assert_cmpint (mode_of (partner_xlsx), ==, 0666);
  }

  /* A data folder left open (0755) is closed again on the next use. */
  g_assert_cmpint (g_chmod (default_dir, 0755), ==, 0);
  g_assert_cmpint (run_boardpack_umask0 (dir, import_default, data_home), ==, 2);
  g_assert_cmpint (mode_of (default_dir), ==, 0700);

  bp_test_rm_rf (dir);
}

/* --- CSV written for spreadsheets ---------------------------------------------------- */

static void
test_csv_formulas_neutralised (void)
{
  static const struct { const char *value; const char *written; } cases[] = {
    { "=1+2", "'=1+2" },
    { "=HYPERLINK(\"http://example.invalid\")", "\"'=HYPERLINK(\"\"http://example.invalid\"\")\"" },
    { "+44 1234 567890", "'+44 1234 567890" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
    { "\t=1", "'\t=1" },
    { "\r=1", "\"'\r=1\"" },
    /* Numbers are numbers, not formulas: kept, so a count or a rate stays a number. */
    { "-1", "-1" },
    { "-0.25", "-0.25" },
    { "+3", "+3" },
    { "1e-5", "1e-5" },
    /* Not at the start: nothing to run. */
    { "a=b", "a=b" },
    { "C-1042", "C-1042" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) s = g_string_new (NULL);

      bp_csv_write_field (s, cases[i].value);
      g_assert_cmpstr (s->str, ==, cases[i].written);
    }
}

/* report --format csv: no field a spreadsheet would run. */
static void
test_report_csv_safe (void)
{
  g_autofree char *dir = bp_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "report.db", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo", NULL);
  g_autofree char *outcomes = g_build_filename (demo, "outcomes.csv", NULL);
  g_autofree char *population = g_build_filename (demo, "population.csv", NULL);
  g_autofree char *benchmarks = g_build_filename (demo, "benchmarks.csv", NULL);
  const char *make[] = { boardpack, "demo-data", "--out", demo, "--rows", "2000", NULL };
  const char *i1[] = { boardpack, "--db", db, "import", "outcomes", outcomes, NULL };
  const char *i2[] = { boardpack, "--db", db, "import", "population", population, NULL };
  const char *i3[] = { boardpack, "--db", db, "import", "benchmarks", benchmarks, NULL };
  const char *report[] = { boardpack, "--db", db, "report", "--format", "csv", NULL };
  g_autofree char *o1 = run (make, NULL);
  g_autofree char *o2 = run (i1, NULL);
  g_autofree char *o3 = run (i2, NULL);
  g_autofree char *o4 = run (i3, NULL);
  g_autofree char *csv = run (report, NULL);
  g_autoptr(GRegex) number = g_regex_new ("^[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?$", 0, 0,
                                          NULL);
  g_autofree char *path = bp_test_write_file (dir, "report.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpCsvReader) reader = bp_csv_reader_open (path, &error);
  guint fields = 0;

  g_assert_no_error (error);
  while (bp_csv_reader_next (reader, &error))
    for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
      {
        const char *v = bp_csv_reader_field (reader, i);

        fields++;
        if (v[0] && strchr ("=+-@\t\r", v[0]) && !g_regex_match (number, v, 0, NULL))
          g_error ("report --format csv, line %" G_GUINT64_FORMAT ": \"%s\" would run as a "
                   "formula", bp_csv_reader_line (reader), v);
      }
  g_assert_no_error (error);
  g_assert_cmpuint (fields, >, 100);
  bp_test_rm_rf (dir);
}

/* --- partner packs ------------------------------------------------------------------- */

/* A partner pack of the demo area holds none of its children's identifiers or dates of
 * birth (tests/privacy/check_partner_pack.py reads it with openpyxl and pdftotext). */
static void
test_partner_pack_anonymous (void)
{
  g_autofree char *dir = bp_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "pack.db", NULL);
  g_autofree char *demo = g_build_filename (dir, "demo", NULL);
  g_autofree char *outcomes = g_build_filename (demo, "outcomes.csv", NULL);
  g_autofree char *population = g_build_filename (demo, "population.csv", NULL);
  g_autofree char *benchmarks = g_build_filename (demo, "benchmarks.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "partner.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "partner.pdf", NULL);
  g_autofree char *checker = g_test_build_filename (G_TEST_DIST, "privacy",
                                                    "check_partner_pack.py", NULL);
  const char *help[] = { boardpack, "export", "--help", NULL };
  const char *make[] = { boardpack, "demo-data", "--out", demo, "--rows", "3000", NULL };
  const char *i1[] = { boardpack, "--db", db, "import", "outcomes", outcomes, NULL };
  const char *i2[] = { boardpack, "--db", db, "import", "population", population, NULL };
  const char *i3[] = { boardpack, "--db", db, "import", "benchmarks", benchmarks, NULL };
  const char *export[] = { boardpack, "--db", db, "export", "--profile", "partner",
                           "--xlsx", xlsx, "--pdf", pdf, NULL };
  const char *check[] = { "/usr/bin/python3", checker, outcomes, xlsx, pdf, NULL };
  g_autofree char *help_out = NULL;
  int status;

  help_out = run (help, &status);
  if (status != 0)
    {
      g_test_skip ("this version of boardpack has no export subcommand");
      bp_test_rm_rf (dir);
      return;
    }
  g_free (run (make, NULL));
  /* A file name that names a child, as a correction file might: a partner pack names
   * imports by kind and day only (issue "Trust", 7). */
  {
    g_autofree char *contents = NULL;
    g_auto(GStrv) lines = NULL, fields = NULL;
    g_autofree char *named = NULL;

    g_assert_true (g_file_get_contents (outcomes, &contents, NULL, NULL));
    lines = g_strsplit (contents, "\n", 3);
    fields = g_strsplit (lines[1], ",", 3);
    named = g_strdup_printf ("%s%scorrection for %s.csv", demo, G_DIR_SEPARATOR_S, fields[1]);
    g_assert_cmpint (g_rename (outcomes, named), ==, 0);
    i1[5] = named;
    g_free (run (i1, NULL));
    g_assert_cmpint (g_rename (named, outcomes), ==, 0);
  }
  g_free (run (i2, NULL));
  g_free (run (i3, NULL));
  g_free (run (export, NULL));
  {
    g_autofree char *report = run (check, &status);

    g_test_message ("%s", report);
    if (status != 0)
      g_error ("the partner pack holds child-level data:\n%s", report);
  }
  bp_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  boardpack = bp_test_boardpack ();

  g_test_add_func ("/core/privacy/program-uses-no-network", test_program_symbols);
  g_test_add_func ("/core/privacy/libraries-use-no-network", test_library_symbols);
  g_test_add_func ("/core/privacy/links-no-network-library", test_linked_libraries);
  g_test_add_func ("/core/privacy/files-private", test_files_private);
  g_test_add_func ("/core/privacy/csv-formulas-neutralised", test_csv_formulas_neutralised);
  g_test_add_func ("/core/privacy/report-csv-safe", test_report_csv_safe);
  g_test_add_func ("/core/privacy/partner-pack-anonymous", test_partner_pack_anonymous);
  return g_test_run ();
}

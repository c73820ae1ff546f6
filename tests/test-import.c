/* test-import.c: CSV import of outcomes, population and benchmarks (data-formats.md) */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bp-codes.h"
#include "bp-date.h"
#include "bp-import.h"
#include "bp-test-util.h"

#define HEADER "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type," \
               "offence_date,offence_group,gravity\n"
#define ROW1 "OUT-0001,C-1042,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,6\n"
#define ROW2 "OUT-0002,C-1042,2008-05-14,M,B2,2023-11-15,RO,2023-09-01,VATP,4\n"
#define ROW3 "OUT-0003,C-2210,2009-01-30,F,W1,12/01/2024,Community Resolution,02/01/2024,THEFT,2\n"

typedef struct
{
  char *dir;
  char *db_path;
  BpStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = bp_test_tmpdir ();
  /* Files are named relative to the folder, as a user names them on the command line,
   * so messages read "in.csv:2: ...". */
  g_assert_cmpint (g_chdir (f->dir), ==, 0);
  f->db_path = g_build_filename (f->dir, "data", "test.db", NULL);
  f->store = bp_store_open (f->db_path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  g_assert_cmpint (g_chdir ("/"), ==, 0);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static gboolean
import_text (Fixture          *f,
             BpImportKind      kind,
             const char       *contents,
             gboolean          skip_invalid,
             BpImportResult  **out_result,
             GError          **error)
{
  g_autofree char *path = bp_test_write_file (f->dir, "in.csv", contents, -1);
  BpImportOptions options = { .kind = kind, .skip_invalid = skip_invalid };

  return bp_import_file (f->store, "in.csv", &options, out_result, NULL, error);
}

static void
import_ok (Fixture *f, BpImportKind kind, const char *contents, BpImportResult **out_result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) result = NULL;

  g_assert_true (import_text (f, kind, contents, FALSE, &result, &error));
  g_assert_no_error (error);
  if (out_result)
    *out_result = g_steal_pointer (&result);
}

/* Imports an invalid file of @kind, checks that nothing changed and that the first
 * problem message is @expected exactly. */
static void
assert_refused_kind (Fixture *f, BpImportKind kind, const char *contents, const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) result = NULL;
  g_autofree char *before = bp_test_dump_store (f->store);
  g_autofree char *after = NULL;

  g_assert_false (import_text (f, kind, contents, FALSE, &result, &error));
  g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID);
  g_assert_cmpuint (result->messages->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (result->messages, 0), ==, expected);
  after = bp_test_dump_store (f->store);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_refused (Fixture *f, const char *contents, const char *expected)
{
  assert_refused_kind (f, BP_IMPORT_OUTCOMES, contents, expected);
}

static gint64
query_int (Fixture *f, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v;

  g_assert_cmpint (sqlite3_prepare_v2 (bp_store_get_db (f->store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static char *
query_text (Fixture *f, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *v;

  g_assert_cmpint (sqlite3_prepare_v2 (bp_store_get_db (f->store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return v;
}

static void
test_store_private (Fixture *f, gconstpointer data)
{
  struct stat st;
  g_autofree char *dir = g_path_get_dirname (f->db_path);

  g_assert_cmpint (g_stat (f->db_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (bp_store_schema_version (f->store), ==, BP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (f, "PRAGMA foreign_keys"), ==, 1);
  {
    g_autofree char *mode = query_text (f, "PRAGMA journal_mode");

    g_assert_cmpstr (mode, ==, "wal");
  }
}

static void
test_example_file (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) result = NULL;
  g_autofree char *summary = NULL;

  /* The example of data-formats.md: an ISO row, a UK-date row with a type name. */
  import_ok (f, BP_IMPORT_OUTCOMES, HEADER ROW1 ROW2 ROW3, &result);
  summary = bp_import_result_summary (result);
  g_assert_cmpstr (summary, ==, "3 rows: 3 new, 0 updated, 0 unchanged, 0 rejected");

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outcome"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT outcome_date FROM outcome WHERE outcome_id = 'OUT-0003'"),
                   ==, bp_day_from_ymd (2024, 1, 12));
  g_assert_cmpint (query_int (f, "SELECT offence_date FROM outcome WHERE outcome_id = 'OUT-0003'"),
                   ==, bp_day_from_ymd (2024, 1, 2));
  {
    g_autofree char *type = query_text (f, "SELECT outcome_type FROM outcome "
                                           "WHERE outcome_id = 'OUT-0003'");
    g_autofree char *raw = query_text (f, "SELECT outcome_type_raw FROM outcome "
                                          "WHERE outcome_id = 'OUT-0003'");

    g_assert_cmpstr (type, ==, "CR");
    g_assert_cmpstr (raw, ==, "Community Resolution");
  }
  g_assert_cmpint (query_int (f, "SELECT statutory + 2 * court + 4 * custodial FROM outcome "
                                 "WHERE outcome_id = 'OUT-0002'"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT ethnic_group FROM outcome WHERE outcome_id = 'OUT-0001'"),
                   ==, BP_ETHNIC_BLACK);
  g_assert_cmpint (query_int (f, "SELECT local FROM outcome WHERE outcome_id = 'OUT-0001'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT rows_new FROM import_log"), ==, 3);
}

/* Every synonym of data-formats.md, one at a time, in place of the canonical name. */
static void
test_header_synonyms (Fixture *f, gconstpointer data)
{
  static const struct { const char *column; const char *synonyms[5]; } table[] = {
    { "outcome_id", { "id", "Record ID", "outcome ref", "OUTCOME-ID" } },
    { "child_id", { "person id", "YJS ID", "client_id" } },
    { "date_of_birth", { "dob", "Birth Date", "Date of Birth" } },
    { "sex", { "gender", "Sex" } },
    { "ethnicity", { "ethnic group", "ethnicity code", "Ethnic Origin" } },
    { "outcome_date", { "disposal date", "sentence date", "decision date" } },
    { "outcome_type", { "outcome", "disposal", "disposal type", "sentence" } },
    { "offence_date", { "date of offence" } },
    { "offence_group", { "offence category", "offence type" } },
    { "gravity", { "gravity score", "seriousness" } },
  };
  int n = 0;

  for (guint c = 0; c < G_N_ELEMENTS (table); c++)
    for (guint s = 0; table[c].synonyms[s]; s++)
      {
        g_autofree char *header = g_strdup (HEADER);
        g_autofree char *contents = NULL;
        char *at = strstr (header, table[c].column);
        g_autoptr(BpImportResult) result = NULL;

        g_assert_nonnull (at);
        contents = g_strdup_printf ("%.*s%s%s" ROW1, (int) (at - header), header,
                                    table[c].synonyms[s], at + strlen (table[c].column));
        g_test_message ("%s", contents);
        import_ok (f, BP_IMPORT_OUTCOMES, contents, &result);
        g_assert_cmpuint (result->rows, ==, 1);
        g_assert_cmpuint (result->notes->len, ==, 0);
        n++;
      }
  g_assert_cmpint (n, ==, 27);
  /* Release date and status have their own synonyms. */
  import_ok (f, BP_IMPORT_OUTCOMES,
             "ID,Person ID,DOB,Gender,Ethnic Group,Sentence Date,Sentence,Status,"
             "Custody Release Date\n"
             "D1,C9,2007-01-01,M,W1,2023-01-10,DTO,Other,2023-05-10\n", NULL);
  g_assert_cmpint (query_int (f, "SELECT local FROM outcome WHERE outcome_id = 'D1'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT release_date FROM outcome WHERE outcome_id = 'D1'"), ==,
                   bp_day_from_ymd (2023, 5, 10));
}

static void
test_unknown_columns_reported (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) result = NULL;

  import_ok (f, BP_IMPORT_OUTCOMES,
             "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type,"
             "worker,team\n"
             "A,C,2008-01-01,M,W1,2023-01-01,YC,Jo,East\n", &result);
  g_assert_cmpuint (result->notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->notes, 0), ==,
                   "in.csv: columns not used and ignored: worker, team");
}

static void
test_bom_crlf_quotes (Fixture *f, gconstpointer data)
{
  import_ok (f, BP_IMPORT_OUTCOMES,
             "\xEF\xBB\xBF" "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,"
             "outcome_type\r\n"
             "A1,C1,2008-01-01,M,\"Asian, Asian British or Asian Welsh: Indian\",2023-01-01,YC\r\n"
             "A2,\"C,2\",2008-01-01,F,\"Mixed or Multiple\nethnic groups\",2023-01-01,\"Youth "
             "Caution\"\r\n", NULL);
  g_assert_cmpint (query_int (f, "SELECT ethnic_group FROM outcome WHERE outcome_id = 'A1'"), ==,
                   BP_ETHNIC_ASIAN);
  g_assert_cmpint (query_int (f, "SELECT ethnic_group FROM outcome WHERE outcome_id = 'A2'"), ==,
                   BP_ETHNIC_MIXED);
  {
    g_autofree char *child = query_text (f, "SELECT child_id FROM outcome WHERE outcome_id = 'A2'");
    g_autofree char *raw = query_text (f, "SELECT ethnicity_raw FROM outcome "
                                          "WHERE outcome_id = 'A1'");

    g_assert_cmpstr (child, ==, "C,2");
    g_assert_cmpstr (raw, ==, "Asian, Asian British or Asian Welsh: Indian");
  }
}

static void
test_missing_required_columns (Fixture *f, gconstpointer data)
{
  static const char *required[] = {
    "outcome_id", "child_id", "date_of_birth", "sex", "ethnicity", "outcome_date",
    "outcome_type",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      g_autoptr(GString) header = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *before = bp_test_dump_store (f->store);
      g_autofree char *after = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (required); j++)
        if (j != i)
          g_string_append_printf (header, "%s%s", header->len ? "," : "", required[j]);
      g_string_append (header, "\nx,x,x,x,x,x\n");

      g_assert_false (import_text (f, BP_IMPORT_OUTCOMES, header->str, FALSE, NULL, &error));
      g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER);
      expected = g_strdup_printf ("in.csv:1: column %s: required column is missing",
                                  required[i]);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, expected));
      after = bp_test_dump_store (f->store);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_bad_values (Fixture *f, gconstpointer data)
{
  assert_refused (f, HEADER ROW1 "OUT-9,C-1,2008-05-14,M,B2,31/02/2024,YC,,,\n",
                  "in.csv:3: column outcome_date: not a date: there is no such day "
                  "(value \"31/02/2024\")");
  assert_refused (f, HEADER "OUT-9,C-1,2008-05-14,M,B2,2023-06-02,Caution,,,\n",
                  "in.csv:2: column outcome_type: not a known outcome type: use a code such as "
                  "YC, RO, YRO or DTO, or its name (value \"Caution\")");
  assert_refused (f, HEADER "OUT-9,C-1,2008-05-14,X,B2,2023-06-02,YC,,,\n",
                  "in.csv:2: column sex: not a sex code: use M, F or U (or Male, Female, "
                  "Unknown) (value \"X\")");
  assert_refused (f, HEADER "OUT-9,C-1,2008-05-14,M,B2,2023-06-02,YC,,,9\n",
                  "in.csv:2: column gravity: the gravity score must be a whole number from 1 "
                  "to 8 (value \"9\")");
  assert_refused (f, HEADER "OUT-9,C-1,2008-05-14,M,B2,2023-06-02,YC,2023-06-03,,\n",
                  "in.csv:2: column outcome_date: the outcome date is before the offence date "
                  "(value \"2023-06-02\")");
  assert_refused (f, HEADER "OUT-9,C-1,2023-06-05,M,B2,2023-06-02,YC,,,\n",
                  "in.csv:2: column date_of_birth: the date of birth is after the outcome date "
                  "(value \"2023-06-05\")");
  assert_refused (f, HEADER "OUT-9,C-1,14/05/08,M,B2,2023-06-02,YC,,,\n",
                  "in.csv:2: column date_of_birth: not a date: the year must have four digits "
                  "(DD/MM/YYYY or YYYY-MM-DD) (value \"14/05/08\")");
  assert_refused (f, HEADER "OUT-9,C-1,05/14/2008,M,B2,2023-06-02,YC,,,\n",
                  "in.csv:2: column date_of_birth: not a date: this looks like US month/day "
                  "order; write DD/MM/YYYY or YYYY-MM-DD (value \"05/14/2008\")");
  assert_refused (f, HEADER ",C-1,2008-05-14,M,B2,2023-06-02,YC,,,\n",
                  "in.csv:2: column outcome_id: a value is required");
}

static void
test_message_names_the_file_header (Fixture *f, gconstpointer data)
{
  /* The column is named as the user's file names it, so they can find it. */
  assert_refused (f, "Record ID,Person ID,DOB,Gender,Ethnic Group,Disposal Date,Disposal Type\n"
                     "A,C,2008-01-01,M,W1,2023-02-30,YC\n",
                  "in.csv:2: column Disposal Date: not a date: there is no such day "
                  "(value \"2023-02-30\")");
}

static void
test_duplicate_key (Fixture *f, gconstpointer data)
{
  assert_refused (f, HEADER ROW1 ROW2 ROW1,
                  "in.csv:4: column outcome_id: this outcome_id appears earlier in the file; "
                  "each must be unique (value \"OUT-0001\")");
}

static void
test_windows_1252 (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) result = NULL;

  import_ok (f, BP_IMPORT_OUTCOMES, HEADER "OUT-1,Si\xe2n-1,2008-05-14,M,W1,2023-06-02,YC,,,\n",
             &result);
  g_assert_cmpint (result->encoding, ==, BP_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (result->notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (result->notes, 0), "Windows-1252"));
  {
    g_autofree char *child = query_text (f, "SELECT child_id FROM outcome");
    g_autofree char *enc = query_text (f, "SELECT encoding FROM import_log");

    g_assert_cmpstr (child, ==, "Si\xc3\xa2n-1");
    g_assert_cmpstr (enc, ==, "Windows-1252");
  }
}

static void
test_reimport (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) first = NULL;
  g_autoptr(BpImportResult) second = NULL;
  g_autoptr(BpImportResult) third = NULL;
  g_autofree char *outcomes_before = NULL;
  g_autofree char *outcomes_after = NULL;
  const char *rows_sql = "SELECT group_concat(outcome_id || child_id || date_of_birth || sex || "
                         "ethnicity_raw || outcome_date || outcome_type_raw || "
                         "ifnull(offence_date, '') || ifnull(gravity, ''), '|') FROM outcome";

  import_ok (f, BP_IMPORT_OUTCOMES, HEADER ROW1 ROW2 ROW3, &first);
  outcomes_before = query_text (f, rows_sql);

  /* The same rows, columns in another order: nothing changes. */
  import_ok (f, BP_IMPORT_OUTCOMES,
             "child_id,outcome_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type,"
             "offence_date,offence_group,gravity\n"
             "C-1042,OUT-0001,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,6\n"
             "C-1042,OUT-0002,2008-05-14,M,B2,2023-11-15,RO,2023-09-01,VATP,4\n"
             "C-2210,OUT-0003,2009-01-30,F,W1,12/01/2024,Community Resolution,02/01/2024,THEFT,2\n",
             &second);
  g_assert_cmpuint (second->rows_new, ==, 0);
  g_assert_cmpuint (second->rows_updated, ==, 0);
  g_assert_cmpuint (second->rows_unchanged, ==, 3);
  outcomes_after = query_text (f, rows_sql);
  g_assert_cmpstr (outcomes_before, ==, outcomes_after);

  /* One changed row (gravity 4 -> 5) and one new row. */
  import_ok (f, BP_IMPORT_OUTCOMES,
             HEADER ROW1 "OUT-0002,C-1042,2008-05-14,M,B2,2023-11-15,RO,2023-09-01,VATP,5\n"
             ROW3 "OUT-0004,C-3,2009-01-30,F,W1,2024-01-12,YC,,,\n", &third);
  g_assert_cmpuint (third->rows_new, ==, 1);
  g_assert_cmpuint (third->rows_updated, ==, 1);
  g_assert_cmpuint (third->rows_unchanged, ==, 2);
  g_assert_cmpint (query_int (f, "SELECT gravity FROM outcome WHERE outcome_id = 'OUT-0002'"), ==,
                   5);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outcome"), ==, 4);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_log"), ==, 3);
}

static void
test_failed_import_changes_nothing (Fixture *f, gconstpointer data)
{
  g_autofree char *before = NULL;

  import_ok (f, BP_IMPORT_OUTCOMES, HEADER ROW1 ROW2, NULL);
  before = bp_test_dump_store (f->store);
  /* A good update, a new row, then a bad row: all or nothing. */
  assert_refused (f, HEADER "OUT-0001,C-1042,2008-05-14,M,B2,2023-06-02,YC,2023-04-20,ROBBERY,7\n"
                     ROW3 "OUT-0005,C-5,2008-05-14,M,B2,2023-06-02,XX,,,\n",
                  "in.csv:4: column outcome_type: not a known outcome type: use a code such as "
                  "YC, RO, YRO or DTO, or its name (value \"XX\")");
  {
    g_autofree char *after = bp_test_dump_store (f->store);

    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_skip_invalid (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) result = NULL;
  g_autofree char *rejects = NULL;
  struct stat st;

  g_assert_true (import_text (f, BP_IMPORT_OUTCOMES,
                              HEADER ROW1
                              "BAD-1,C-1,2008-05-14,M,B2,2023-13-01,YC,,,\n"
                              ROW2
                              "BAD-2,\"C, 2\",2008-05-14,Q,B2,2023-06-02,YC,,,\n"
                              ROW3,
                              TRUE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->rows, ==, 5);
  g_assert_cmpuint (result->rows_new, ==, 3);
  g_assert_cmpuint (result->rows_rejected, ==, 2);
  g_assert_cmpstr (result->rejects_path, ==, "in-rejects.csv");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outcome"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outcome WHERE outcome_id LIKE 'BAD%'"),
                   ==, 0);
  g_assert_cmpint (query_int (f, "SELECT rows_rejected FROM import_log"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_reject"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT line FROM import_reject ORDER BY line LIMIT 1"), ==, 3);

  g_assert_true (g_file_get_contents (result->rejects_path, &rejects, NULL, NULL));
  g_assert_cmpstr (rejects, ==,
                   "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type,"
                   "offence_date,offence_group,gravity,reason\r\n"
                   "BAD-1,C-1,2008-05-14,M,B2,2023-13-01,YC,,,,column outcome_date: not a date: "
                   "there is no such day\r\n"
                   "BAD-2,\"C, 2\",2008-05-14,Q,B2,2023-06-02,YC,,,,\"column sex: not a sex code: "
                   "use M, F or U (or Male, Female, Unknown)\"\r\n");
  g_assert_cmpint (g_stat (result->rejects_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_empty_and_header_only (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;

  g_assert_false (import_text (f, BP_IMPORT_OUTCOMES, "", FALSE, NULL, &e1));
  g_assert_error (e1, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER);
  g_assert_cmpstr (e1->message, ==, "in.csv:1: the file is empty; a header row is required");
  g_assert_false (import_text (f, BP_IMPORT_OUTCOMES, HEADER, FALSE, NULL, &e2));
  g_assert_error (e2, BP_IMPORT_ERROR, BP_IMPORT_ERROR_EMPTY);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_log"), ==, 0);
}

static void
on_cancel_progress_cb (double fraction, gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  BpImportOptions options = { .kind = BP_IMPORT_OUTCOMES, .progress = on_cancel_progress_cb };

  for (int i = 0; i < 10000; i++)
    g_string_append_printf (text, "O%d,C%d,2008-05-14,M,W1,2023-06-02,YC,,,\n", i, i);
  path = bp_test_write_file (f->dir, "big.csv", text->str, -1);
  options.progress_data = cancellable;

  g_assert_false (bp_import_file (f->store, path, &options, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outcome"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_log"), ==, 0);
}

static void
test_population (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) again = NULL;
  const char *file = "year,age,sex,ethnicity,count,source\n"
                     "2022,10-17,All,All,26092,ONS mid-year estimate 2022\n"
                     "2021,10-17,All,Black,4179,Census 2021\n"
                     "2021,10-17,All,W1,100,Census 2021\n"
                     "2022,10,M,,1600,ONS mid-year estimate 2022\n"
                     "2022,All,F,,12000,ONS mid-year estimate 2022\n";

  import_ok (f, BP_IMPORT_POPULATION, file, NULL);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM population"), ==, 5);
  g_assert_cmpint (query_int (f, "SELECT ethnic_group FROM population WHERE ethnicity = 'W1'"),
                   ==, BP_ETHNIC_WHITE);
  g_assert_cmpint (query_int (f, "SELECT age_min * 100 + age_max FROM population "
                                 "WHERE sex = 'M'"), ==, 1010);
  import_ok (f, BP_IMPORT_POPULATION, file, &again);
  g_assert_cmpuint (again->rows_unchanged, ==, 5);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BpImportResult) result = NULL;

    g_assert_false (import_text (f, BP_IMPORT_POPULATION,
                                 "year,age,count\n2022,9,100\n2022,10,-5\n22,10,1\n", FALSE,
                                 &result, &error));
    g_assert_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID);
    g_assert_cmpuint (result->messages->len, ==, 3);
    g_assert_cmpstr (g_ptr_array_index (result->messages, 0), ==,
                     "in.csv:2: column age: the age must be 10 to 17, a band such as 10-17, or "
                     "All (value \"9\")");
    g_assert_cmpstr (g_ptr_array_index (result->messages, 1), ==,
                     "in.csv:3: column count: the count must be a whole number from 0 to "
                     "2,147,483,647, without commas (value \"-5\")");
    g_assert_cmpstr (g_ptr_array_index (result->messages, 2), ==,
                     "in.csv:4: column year: the year must be a calendar year from 1990 to "
                     "2100, e.g. 2022 (value \"22\")");
  }
}

static void
test_benchmarks (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) result = NULL;

  import_ok (f, BP_IMPORT_BENCHMARKS,
             "indicator,period_start,period_end,area_type,area_name,numerator,denominator,value,"
             "rank,rank_of,source\n"
             "FTE_RATE,2023-04-01,2024-03-31,FAMILY,YJS Family Average,113,70982,160,,,"
             "YJS Data Summary 118\n"
             "CUSTODY_RATE,2023-04-01,2024-03-31,NATIONAL,England and Wales,,,0.10,,,\n"
             "FTE_RATE,2023-04-01,2024-03-31,YJS,Redbridge,,,176,90,154,\n", NULL);
  {
    g_autofree char *value = query_text (f, "SELECT value_text FROM benchmark "
                                            "WHERE indicator = 'CUSTODY_RATE'");

    /* As published: "0.10" stays "0.10", and 160 is not recomputed from 113 / 70,982. */
    g_assert_cmpstr (value, ==, "0.10");
  }
  g_assert_cmpint (query_int (f, "SELECT value FROM benchmark WHERE area_type = 'FAMILY'"), ==,
                   160);
  g_assert_cmpint (query_int (f, "SELECT rank FROM benchmark WHERE area_type = 'YJS'"), ==, 90);

  g_assert_false (import_text (f, BP_IMPORT_BENCHMARKS,
                               "indicator,period_start,period_end,area_type,area_name,value\n"
                               "FTE,2023-04-01,2024-03-31,COUNTY,X,1\n", FALSE, &result, &error));
  g_assert_cmpuint (result->messages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (result->messages, 1), ==,
                   "in.csv:2: column area_type: the area type must be YJS, FAMILY, REGION or "
                   "NATIONAL (value \"COUNTY\")");
}

static void
test_detect_kind (Fixture *f, gconstpointer data)
{
  static const struct { const char *header; BpImportKind kind; } files[] = {
    { HEADER, BP_IMPORT_OUTCOMES },
    { "year,age,sex,ethnicity,count,source\n", BP_IMPORT_POPULATION },
    { "indicator,period_start,period_end,area_type,area_name,value\n", BP_IMPORT_BENCHMARKS },
    { "Episode ID,YJS ID,DOB,Gender,Ethnic Group,Order Type,Start Date,Closure Date\n",
      BP_IMPORT_INTERVENTIONS },
    { "victim_id,child_id,recorded_date,contacted\n", BP_IMPORT_VICTIMS },
    { "meeting_date,partner,member,attended\n", BP_IMPORT_BOARD },
    { "name_or_post,role,contract,wte,sex\n", BP_IMPORT_STAFFING },
    { "Year,Agency,Staffing costs,Payments in kind,Other delegated funds,Total\n",
      BP_IMPORT_BUDGET },
    { "action_id,priority,action,lead,due_date,status\n", BP_IMPORT_ACTIONS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = bp_test_write_file (f->dir, "k.csv", files[i].header, -1);
      g_autoptr(GError) error = NULL;
      BpImportKind kind;

      g_assert_true (bp_import_detect_kind (path, &kind, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, files[i].kind);
    }
}

/* Migration 7 rebuilds the import log to learn the KPI kinds: a database of schema 6 keeps
 * every import and every rejected row's reason (dropping the old log must not cascade to
 * the rejects), and its outcomes. */
static void
test_migration_7 (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpImportResult) result = NULL;
  sqlite3 *db;

  g_assert_true (import_text (f, BP_IMPORT_OUTCOMES,
                              HEADER ROW1 "BAD-1,C-1,2008-05-14,M,B2,2023-13-01,YC,,,\n" ROW2,
                              TRUE, &result, &error));
  g_assert_no_error (error);
  /* Back to schema 6: the tables migrations 7 to 10 add are not there yet. */
  db = bp_store_get_db (f->store);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE intervention; DROP TABLE victim; "
                                     "DROP TABLE board_attendance; DROP TABLE kpi_cache; "
                                     "DROP TABLE staff; DROP TABLE budget_line; "
                                     "DROP TABLE plan_action; DROP TABLE commentary; "
                                     "PRAGMA user_version = 6",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&f->store);

  f->store = bp_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bp_store_schema_version (f->store), ==, BP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_log"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_reject"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outcome"), ==, 2);
  g_assert_cmpint (query_int (f, "PRAGMA foreign_keys"), ==, 1);
  /* The new kinds can be logged. */
  import_ok (f, BP_IMPORT_VICTIMS, "victim_id,recorded_date\nV-1,2024-01-10\n", NULL);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM import_log WHERE kind = 'victims'"), ==,
                   1);
}

/* --- the KPIs' inputs (kpis.md section 1) ------------------------------------------ */

#define IHEADER "intervention_id,child_id,date_of_birth,sex,ethnicity,intervention_type," \
                "start_date,end_date,end_reason,accommodation_end,ete_end,ete_hours_offered," \
                "send,mh_need,wider_services\n"
#define IROW1 "INT-1,C-1,2008-05-14,M,B2,RO,2023-06-02,2024-01-10,COMPLETED,SUITABLE,No,12.5," \
              "YES,NO,LAC;CIN\n"
#define IROW2 "INT-2,C-2,14/05/2009,F,W1,Youth Caution,01/06/2023,,,,,,,,\n"

static void
test_interventions (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) again = NULL;

  import_ok (f, BP_IMPORT_INTERVENTIONS, IHEADER IROW1 IROW2, NULL);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM intervention"), ==, 2);
  {
    g_autofree char *type = query_text (f, "SELECT intervention_type FROM intervention "
                                           "WHERE intervention_id = 'INT-2'");
    g_autofree char *wider = query_text (f, "SELECT wider_services FROM intervention "
                                            "WHERE intervention_id = 'INT-1'");

    g_assert_cmpstr (type, ==, "YC");
    g_assert_cmpstr (wider, ==, "LAC;CIN");
  }
  /* SUITABLE is 1, "No" is 0, a blank is NULL: never counted as unsuitable. */
  g_assert_cmpint (query_int (f, "SELECT accommodation_end + 10 * ete_end FROM intervention "
                                 "WHERE intervention_id = 'INT-1'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM intervention "
                                 "WHERE accommodation_end IS NULL"), ==, 1);
  /* The same rows again: nothing changes. */
  import_ok (f, BP_IMPORT_INTERVENTIONS, IHEADER IROW1 IROW2, &again);
  g_assert_cmpuint (again->rows_unchanged, ==, 2);
  g_assert_cmpuint (again->rows_new + again->rows_updated, ==, 0);

  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER IROW1
                       "INT-3,C-3,2008-05-14,M,B2,Community order,2023-06-02,,,,,,,,\n",
                       "in.csv:3: column intervention_type: not a known intervention type: use "
                       "PREVENTION, DIVERSION, YC, YCC, RO, YRO, CUSTODY or OTHER_COURT, or an "
                       "outcome code such as CR (value \"Community order\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,RO,2023-06-02,2023-06-01,,,,,,,\n",
                       "in.csv:2: column end_date: the end date is before the start date "
                       "(value \"2023-06-01\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,RO,2023-06-02,,DONE,,,,,,\n",
                       "in.csv:2: column end_reason: not a known end reason: use COMPLETED, "
                       "NOT_COMPLETED, TRANSFERRED or OTHER, or leave it blank (value \"DONE\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,RO,2023-06-02,,,Maybe,,,,,\n",
                       "in.csv:2: column accommodation_end: use SUITABLE or UNSUITABLE (or Yes, "
                       "No), or leave it blank when not recorded (value \"Maybe\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,RO,2023-06-02,,,,,,Perhaps,,\n",
                       "in.csv:2: column send: use YES or NO, or leave it blank when not "
                       "recorded (value \"Perhaps\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,RO,2023-06-02,,,,,-2,,,\n",
                       "in.csv:2: column ete_hours_offered: the hours a week must be a number "
                       "from 0 to 168, or blank (value \"-2\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,RO,2023-06-02,,,,,,,,LAC;NONE\n",
                       "in.csv:2: column wider_services: use codes LAC, CIN, CPP and EARLY_HELP "
                       "separated by \";\", or NONE, or leave it blank (value \"LAC;NONE\")");
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER IROW1 IROW1,
                       "in.csv:3: column intervention_id: this intervention_id appears earlier "
                       "in the file; each must be unique (value \"INT-1\")");
  /* A remand is not an intervention. */
  assert_refused_kind (f, BP_IMPORT_INTERVENTIONS, IHEADER
                       "INT-3,C-3,2008-05-14,M,B2,REMAND_YDA,2023-06-02,,,,,,,,\n",
                       "in.csv:2: column intervention_type: not a known intervention type: use "
                       "PREVENTION, DIVERSION, YC, YCC, RO, YRO, CUSTODY or OTHER_COURT, or an "
                       "outcome code such as CR (value \"REMAND_YDA\")");
}

static void
test_victims_and_board (Fixture *f, gconstpointer data)
{
  g_autoptr(BpImportResult) again = NULL;
  const char *victims = "victim_id,child_id,recorded_date,contacted,consented,rj_engaged\n"
                        "V-1,C-1,2024-01-10,YES,YES,NO\n"
                        "V-2,,10/02/2024,no,,\n";
  const char *board = "meeting_date,partner,member,senior,attended,disproportionality_data\n"
                      "2024-01-15,POLICE,Supt Jones,,YES,YES\n"
                      "2024-01-15,Social care,,,DEPUTY,\n"
                      "2024-01-15,Other,Observer,NO,NO,\n";

  import_ok (f, BP_IMPORT_VICTIMS, victims, NULL);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM victim WHERE consented IS NULL"), ==, 1);
  import_ok (f, BP_IMPORT_VICTIMS, victims, &again);
  g_assert_cmpuint (again->rows_unchanged, ==, 2);
  assert_refused_kind (f, BP_IMPORT_VICTIMS,
                       "victim_id,recorded_date,contacted\nV-3,2024-13-01,YES\n",
                       "in.csv:2: column recorded_date: not a date: there is no such day "
                       "(value \"2024-13-01\")");

  import_ok (f, BP_IMPORT_BOARD, board, NULL);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM board_attendance"), ==, 3);
  /* Senior unless said otherwise. */
  g_assert_cmpint (query_int (f, "SELECT sum(senior) FROM board_attendance"), ==, 2);
  g_clear_pointer (&again, bp_import_result_free);
  import_ok (f, BP_IMPORT_BOARD, board, &again);
  g_assert_cmpuint (again->rows_unchanged, ==, 3);
  assert_refused_kind (f, BP_IMPORT_BOARD,
                       "meeting_date,partner,attended\n2024-01-15,Fire service,YES\n",
                       "in.csv:2: column partner: not a known partner: use POLICE, PROBATION, "
                       "HEALTH, EDUCATION, SOCIAL_CARE, LOCAL_AUTHORITY, COURTS or OTHER "
                       "(value \"Fire service\")");
  assert_refused_kind (f, BP_IMPORT_BOARD,
                       "meeting_date,partner,attended\n2024-01-15,POLICE,Sometimes\n",
                       "in.csv:2: column attended: use YES, NO or DEPUTY (a deputy came) "
                       "(value \"Sometimes\")");
  assert_refused_kind (f, BP_IMPORT_BOARD,
                       "meeting_date,partner,attended\n2024-01-15,POLICE,YES\n"
                       "2024-01-15,Police,NO\n",
                       "in.csv:3: a row with the same meeting_date, partner and member appears "
                       "earlier in the file; each must be unique");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/store/private-wal-versioned", test_store_private);
  ADD ("/core/import/example-file", test_example_file);
  ADD ("/core/import/header-synonyms", test_header_synonyms);
  ADD ("/core/import/unknown-columns-reported", test_unknown_columns_reported);
  ADD ("/core/import/bom-crlf-quotes", test_bom_crlf_quotes);
  ADD ("/core/import/missing-required-columns", test_missing_required_columns);
  ADD ("/core/import/bad-values", test_bad_values);
  ADD ("/core/import/message-names-file-header", test_message_names_the_file_header);
  ADD ("/core/import/duplicate-key", test_duplicate_key);
  ADD ("/core/import/windows-1252", test_windows_1252);
  ADD ("/core/import/reimport", test_reimport);
  ADD ("/core/import/failed-import-changes-nothing", test_failed_import_changes_nothing);
  ADD ("/core/import/skip-invalid-rejects", test_skip_invalid);
  ADD ("/core/import/empty-and-header-only", test_empty_and_header_only);
  ADD ("/core/import/cancel", test_cancel);
  ADD ("/core/import/population", test_population);
  ADD ("/core/import/benchmarks", test_benchmarks);
  ADD ("/core/import/detect-kind", test_detect_kind);
  ADD ("/core/import/interventions", test_interventions);
  ADD ("/core/import/migration-7", test_migration_7);
  ADD ("/core/import/victims-and-board", test_victims_and_board);
#undef ADD
  return g_test_run ();
}

/* test-csv-reader.c: RFC 4180 records, line numbers and encodings */

#include "config.h"

#include <string.h>

#include "bp-csv-reader.h"
#include "bp-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = bp_test_tmpdir ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
}

static BpCsvReader *
open_text (Fixture *f, const char *contents, gssize length)
{
  g_autofree char *path = bp_test_write_file (f->dir, "in.csv", contents, length);
  g_autoptr(GError) error = NULL;
  BpCsvReader *reader = bp_csv_reader_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static void
next_ok (BpCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bp_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
at_end (BpCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (bp_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_bom_and_crlf (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r = open_text (f, "\xEF\xBB\xBF" "a,b\r\n1,2\r\n3,4\r\n", -1);

  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "a"); /* no BOM kept */
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 1);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 1), ==, "2"); /* no \r kept */
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 2);
  next_ok (r);
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 3);
  at_end (r);
  g_assert_cmpint (bp_csv_reader_encoding (r), ==, BP_CSV_ENCODING_UTF8);
}

static void
test_quoted_commas_and_newlines (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r =
    open_text (f, "id,note\n1,\"a, b\"\n2,\"two\nlines\"\n3,\"say \"\"hi\"\"\"\n4,last\n", -1);

  next_ok (r);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 1), ==, "a, b");
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 2);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 1), ==, "two\nlines");
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 3);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 1), ==, "say \"hi\"");
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 5); /* the record above took two lines */
  next_ok (r);
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 6);
  at_end (r);
}

static void
test_whitespace (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r = open_text (f, "a,b\n  x  ,\"  y  \"\n", -1);

  next_ok (r);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "x");     /* unquoted: trimmed */
  g_assert_cmpstr (bp_csv_reader_field (r, 1), ==, "  y  "); /* quoted: as written */
}

static void
test_blank_lines_and_no_final_newline (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r = open_text (f, "a\n\n1\n\n\n2", -1);

  next_ok (r);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "1");
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 3);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "2");
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 6);
  at_end (r);
}

static void
test_cr_only_and_mixed_endings (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r = open_text (f, "a\r1\r\n2\n3\r", -1);

  next_ok (r);
  next_ok (r);
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 2);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "2");
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 3);
  next_ok (r);
  g_assert_cmpuint (bp_csv_reader_line (r), ==, 4);
  at_end (r);
}

static void
test_windows_1252 (Fixture *f, gconstpointer data)
{
  /* "Siân" and "€5" as Excel on Windows saves them: not valid UTF-8. */
  g_autoptr(BpCsvReader) r = open_text (f, "name,amount\nSi\xe2n,\x80" "5\n", -1);

  g_assert_cmpint (bp_csv_reader_encoding (r), ==, BP_CSV_ENCODING_WINDOWS_1252);
  next_ok (r);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "Si\xc3\xa2n");
  g_assert_cmpstr (bp_csv_reader_field (r, 1), ==, "\xe2\x82\xac" "5");
}

static void
test_utf8_kept (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r = open_text (f, "name\nSi\xc3\xa2n\n", -1);

  g_assert_cmpint (bp_csv_reader_encoding (r), ==, BP_CSV_ENCODING_UTF8);
  next_ok (r);
  next_ok (r);
  g_assert_cmpstr (bp_csv_reader_field (r, 0), ==, "Si\xc3\xa2n");
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  static const struct { const char *contents; gssize length; int code; const char *says; } bad[] = {
    { "\xFF\xFE" "a\0,\0b\0", 8, BP_CSV_ERROR_ENCODING, "UTF-16" },
    { "a,b\n1,\0\n", 8, BP_CSV_ERROR_ENCODING, "NUL" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = bp_test_write_file (f->dir, "bad.csv", bad[i].contents,
                                                  bad[i].length);
      g_autoptr(GError) error = NULL;
      g_autoptr(BpCsvReader) r = bp_csv_reader_open (path, &error);

      g_assert_null (r);
      g_assert_error (error, BP_CSV_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].says));
      g_assert_nonnull (strstr (error->message, "bad.csv"));
    }
}

static void
test_unterminated_quote (Fixture *f, gconstpointer data)
{
  g_autoptr(BpCsvReader) r = open_text (f, "a,b\n1,2\n3,\"open\n4,5\n", -1);
  g_autoptr(GError) error = NULL;

  next_ok (r);
  next_ok (r);
  g_assert_false (bp_csv_reader_next (r, &error));
  g_assert_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "in.csv:3:"));
}

static void
test_missing_file (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "nope.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpCsvReader) r = bp_csv_reader_open (path, &error);

  g_assert_null (r);
  g_assert_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ);
}

static void
test_write_field (void)
{
  g_autoptr(GString) s = g_string_new (NULL);

  bp_csv_write_field (s, "plain");
  g_string_append_c (s, '|');
  bp_csv_write_field (s, "a,b");
  g_string_append_c (s, '|');
  bp_csv_write_field (s, "say \"hi\"");
  g_string_append_c (s, '|');
  bp_csv_write_field (s, "two\nlines");
  g_assert_cmpstr (s->str, ==, "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/csv/bom-and-crlf", test_bom_and_crlf);
  ADD ("/core/csv/quoted-commas-and-newlines", test_quoted_commas_and_newlines);
  ADD ("/core/csv/whitespace", test_whitespace);
  ADD ("/core/csv/blank-lines", test_blank_lines_and_no_final_newline);
  ADD ("/core/csv/cr-only-and-mixed-endings", test_cr_only_and_mixed_endings);
  ADD ("/core/csv/windows-1252", test_windows_1252);
  ADD ("/core/csv/utf8-kept", test_utf8_kept);
  ADD ("/core/csv/refused-encodings", test_refused);
  ADD ("/core/csv/unterminated-quote", test_unterminated_quote);
  ADD ("/core/csv/missing-file", test_missing_file);
#undef ADD
  g_test_add_func ("/core/csv/write-field", test_write_field);
  return g_test_run ();
}

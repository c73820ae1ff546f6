/* fuzz-csv-reader.c: libFuzzer harness for the CSV reader (bp-csv-reader.c)
 *
 * The input is a whole file. The reader must never crash, never read past a buffer, and
 * whatever it hands out must hold its promises: every field is valid UTF-8, line numbers
 * never go backwards, limits are kept, and a record written back with
 * bp_csv_write_field () reads back as the same values (apart from the leading quote
 * that neutralises spreadsheet formulas, see bp_csv_write_field ()).
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bp-csv-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *input_dir;

/* Writes @data to a file named @name in a private folder (in memory when /dev/shm is
 * there) and returns its path. The reader checks that a file is a regular file with a
 * name, so a memfd will not do. */
static char *
write_file (const char *name,
            const void *data,
            size_t      size)
{
  char *path;
  int fd;

  if (input_dir == NULL)
    {
      g_autofree char *tmpl = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR)
                                                  ? "/dev/shm" : g_get_tmp_dir (),
                                                "bp-fuzz-XXXXXX", NULL);

      input_dir = g_mkdtemp (g_steal_pointer (&tmpl));
      g_assert (input_dir != NULL);
    }
  path = g_build_filename (input_dir, name, NULL);
  fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_assert (fd >= 0);
  g_assert (size == 0 || write (fd, data, size) == (ssize_t) size);
  close (fd);
  return path;
}

static void
remove_input_dir (void)
{
  if (input_dir != NULL)
    {
      g_autofree char *a = g_build_filename (input_dir, "input.csv", NULL);
      g_autofree char *b = g_build_filename (input_dir, "round-trip.csv", NULL);

      g_unlink (a);
      g_unlink (b);
      g_rmdir (input_dir);
    }
}

/* Whether @written is what bp_csv_write_field () makes of @value: the value itself, or
 * with a single quote before a value a spreadsheet would run as a formula. */
static gboolean
written_as (const char *written,
            const char *value)
{
  if (strcmp (written, value) == 0)
    return TRUE;
  return value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL && written[0] == '\'' &&
         strcmp (written + 1, value) == 0;
}

/* Writes the current record as CSV, reads it back and compares. */
static void
check_round_trip (BpCsvReader *reader)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(BpCsvReader) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint n = bp_csv_reader_n_fields (reader);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      bp_csv_write_field (out, bp_csv_reader_field (reader, i));
    }
  g_string_append (out, "\r\n");

  /* A record of one empty value is a blank line, which the reader skips. What starts a
   * later line is only a value, but at the start of a file a byte order mark is dropped
   * and the signature of a workbook (a zip file, or an old .xls) refuses the file. */
  if (n == 0 || (n == 1 && bp_csv_reader_field (reader, 0)[0] == '\0') ||
      g_str_has_prefix (bp_csv_reader_field (reader, 0), "\xEF\xBB\xBF") ||
      g_str_has_prefix (bp_csv_reader_field (reader, 0), "PK\x03\x04") ||
      g_str_has_prefix (bp_csv_reader_field (reader, 0), "\xD0\xCF\x11\xE0"))
    return;

  path = write_file ("round-trip.csv", out->str, out->len);
  again = bp_csv_reader_open (path, &error);
  g_assert_no_error (error);
  g_assert (bp_csv_reader_next (again, &error));
  g_assert_no_error (error);
  g_assert (bp_csv_reader_n_fields (again) == n);
  for (guint i = 0; i < n; i++)
    {
      const char *value = bp_csv_reader_field (again, i);

      if (!written_as (value, bp_csv_reader_field (reader, i)))
        g_error ("round trip changed value %u: \"%s\" became \"%s\"", i,
                 bp_csv_reader_field (reader, i), value);
    }
  g_assert (!bp_csv_reader_next (again, &error));
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpCsvReader) reader = NULL;
  guint64 last_line = 0;
  guint records = 0;

  if (input_dir == NULL)
    atexit (remove_input_dir);
  path = write_file ("input.csv", data, size);
  reader = bp_csv_reader_open (path, &error);
  if (reader == NULL)
    {
      g_assert (error != NULL && error->domain == BP_CSV_ERROR);
      return 0;
    }

  while (bp_csv_reader_next (reader, &error))
    {
      guint n = bp_csv_reader_n_fields (reader);

      g_assert (n <= BP_CSV_MAX_FIELDS);
      g_assert (bp_csv_reader_line (reader) > last_line);
      last_line = bp_csv_reader_line (reader);
      for (guint i = 0; i < n; i++)
        {
          const char *value = bp_csv_reader_field (reader, i);

          g_assert (g_utf8_validate (value, -1, NULL));
        }
      g_assert (bp_csv_reader_field (reader, n)[0] == '\0');
      g_assert (bp_csv_reader_fraction (reader) >= 0.0 && bp_csv_reader_fraction (reader) <= 1.0);
      /* Round trips are slow: check the first few records of each input. */
      if (records++ < 4)
        check_round_trip (reader);
    }
  if (error != NULL)
    {
      g_assert (error->domain == BP_CSV_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL));
    }
  return 0;
}

/* bp-csv-reader.c: RFC 4180 records with their line numbers, on top of libcsv
 *
 * libcsv does the quoting; this wrapper adds what it lacks (design.md): it strips a
 * byte order mark, knows on which line each record starts, refuses UTF-16 and NUL bytes
 * with a message a user can act on, and converts Windows-1252 (what Excel on Windows
 * saves) to UTF-8 when the file is not valid UTF-8.
 *
 * To know the line numbers, input is fed to libcsv one physical line at a time: a record
 * can only end at a line terminator, so each csv_parse() call completes at most one
 * record and the reader can hand records out one by one.
 */

#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "bp-csv-reader.h"

#define CHUNK_SIZE (256 * 1024)

struct _BpCsvReader
{
  struct csv_parser parser;
  char *path;
  char *display_name;
  int fd;
  goffset size;
  goffset consumed;
  goffset bytes_read;       /* by the second pass, to tell whether the file changed */
  struct timespec mtime;
  BpCsvEncoding encoding;

  guchar *chunk;
  gsize chunk_len;
  gsize chunk_pos;
  gboolean eof;
  gboolean finished;

  /* Line bookkeeping: the line being fed, the line where the current record began. */
  guint64 line;
  guint64 record_line;
  gboolean in_record;
  gboolean last_was_cr;

  /* Fields of the record being built and of the finished record. */
  GString *buf;
  GArray *offsets;
  gboolean record_ready;
  gboolean too_large;
  int too_large_field;      /* the value beyond the size limit, or one of the two below */
  GString *field_utf8;
  char **column_names;      /* (nullable): for messages, see bp_csv_reader_set_column_names */
};

/* A record's values together: a line of 1000 values of 1 MiB each is not case data
 * either, and must not take a gigabyte to find out. */
#define MAX_RECORD_BYTES (16 * 1024 * 1024)
#define TOO_MANY_FIELDS (-1)
#define RECORD_TOO_LONG (-2)

/* libcsv grows a value's buffer by this much at a time: by 128 bytes by default, which
 * makes a value of a few megabytes cost thousands of reallocations. */
#define PARSER_BLOCK_SIZE (64 * 1024)

G_DEFINE_QUARK (bp-csv-error-quark, bp_csv_error)

/* Windows-1252 0x80..0x9F; the rest of the upper half is Latin-1. 0 = undefined. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static void
append_cp1252 (GString      *out,
               const guchar *s,
               gsize         len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = s[i];

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        {
          gunichar u = c < 0xA0 ? cp1252_high[c - 0x80] : c;

          /* The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
           * become the C1 controls of the same number, as Windows itself reads them:
           * never one replacement character for all five, which made distinct values
           * equal. */
          g_string_append_unichar (out, u ? u : c);
        }
    }
}

static void
on_field_cb (void   *s,
             size_t  len,
             void   *data)
{
  BpCsvReader *self = data;
  guint offset;

  if (self->too_large)
    return;
  if (self->offsets->len >= BP_CSV_MAX_FIELDS || len > BP_CSV_MAX_FIELD_BYTES ||
      self->buf->len + len > MAX_RECORD_BYTES)
    {
      self->too_large = TRUE;
      if (self->offsets->len >= BP_CSV_MAX_FIELDS)
        self->too_large_field = TOO_MANY_FIELDS;
      else if (len > BP_CSV_MAX_FIELD_BYTES)
        self->too_large_field = (int) self->offsets->len;
      else
        self->too_large_field = RECORD_TOO_LONG;
      return;
    }

  offset = (guint) self->buf->len;
  g_array_append_val (self->offsets, offset);
  if (self->encoding == BP_CSV_ENCODING_WINDOWS_1252)
    append_cp1252 (self->buf, s, len);
  else if (len > 0)
    g_string_append_len (self->buf, s, (gssize) len);
  g_string_append_c (self->buf, '\0');
}

static void
on_record_cb (int   c,
              void *data)
{
  BpCsvReader *self = data;

  self->record_ready = TRUE;
  self->in_record = FALSE;
}

/* libcsv's buffer for one value never grows much past the limit on a value: a file of
 * one endless quoted value is refused when it reaches it, not when memory runs out. */
static void *
bounded_realloc (void   *ptr,
                 size_t  size)
{
  if (size > BP_CSV_MAX_FIELD_BYTES + PARSER_BLOCK_SIZE)
    return NULL;
  return g_try_realloc (ptr, size);
}

/* Counts the line terminators of @p as the reader does: "\r\n", "\n" and a lone "\r"
 * are one each. @last_cr carries whether the previous byte was "\r". */
static guint64
count_lines (const guchar *p,
             gsize         n,
             gboolean     *last_cr)
{
  guint64 lines = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (p[i] == '\r')
        lines++;
      else if (p[i] == '\n' && !*last_cr)
        lines++;
      *last_cr = p[i] == '\r';
    }
  return lines;
}

/* A line number for a message: as text, because xgettext cannot see through
 * G_GUINT64_FORMAT in a translated string. Returns: (transfer full) */
static char *
line_text (guint64 line)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, line);
}

static void
set_read_error (BpCsvReader  *self,
                guint64       line,
                int           saved_errno,
                GError      **error)
{
  g_autofree char *line_str = line_text (line);

  g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
               /* Translators: the first %s is the file name, the second the line number,
                * the third the system's reason, e.g. "outcomes.csv:12: the file could not
                * be read (Input/output error); check that it is still there and readable,
                * and import it again" */
               _("%s:%s: the file could not be read (%s); check that it is still there and "
                 "readable, and import it again"), self->display_name, line_str,
               g_strerror (saved_errno));
}

static gboolean
read_chunk (BpCsvReader  *self,
            GError      **error)
{
  gssize n;

  do
    n = read (self->fd, self->chunk, CHUNK_SIZE);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    {
      set_read_error (self, self->line, errno, error);
      return FALSE;
    }
  self->chunk_len = (gsize) n;
  self->chunk_pos = 0;
  self->eof = n == 0;
  self->bytes_read += n;
  return TRUE;
}

/* At the end of the file: whether it is still the file that was opened, whole. A file
 * another program truncates, appends to, rewrites or deletes while it is read would
 * give rows that were never in any one version of it. */
static gboolean
check_unchanged (BpCsvReader  *self,
                 GError      **error)
{
  struct stat st;

  if (fstat (self->fd, &st) != 0)
    {
      set_read_error (self, self->line, errno, error);
      return FALSE;
    }
  if (st.st_nlink == 0)
    {
      g_autofree char *line = line_text (self->line);

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   /* Translators: the first %s is the file name, the second the line number,
                    * e.g. "outcomes.csv:120: the file changed while it was being read (it was
                    * deleted or replaced by another program); ..." */
                   _("%s:%s: the file changed while it was being read (it was deleted or "
                     "replaced by another program); wait until that program has finished "
                     "with it and import it again"), self->display_name, line);
      return FALSE;
    }
  if (st.st_size != self->size || self->bytes_read != self->size ||
      st.st_mtim.tv_sec != self->mtime.tv_sec || st.st_mtim.tv_nsec != self->mtime.tv_nsec)
    {
      g_autofree char *line = line_text (self->line);

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   /* Translators: the first %s is the file name, the second the line number,
                    * e.g. "outcomes.csv:120: the file changed while it was being read (it was
                    * changed by another program); ..." */
                   _("%s:%s: the file changed while it was being read (it was changed by "
                     "another program); wait until that program has finished with it and "
                     "import it again"), self->display_name, line);
      return FALSE;
    }
  return TRUE;
}

/* UTF-16 without a byte order mark: ASCII text with every other byte NUL. */
static gboolean
looks_like_utf16 (const guchar *buf,
                  gsize         len)
{
  return len >= 4 && ((buf[0] != 0 && buf[1] == 0 && buf[2] != 0 && buf[3] == 0) ||
                      (buf[0] == 0 && buf[1] != 0 && buf[2] == 0 && buf[3] != 0));
}

/* One pass over the whole file: it decides the encoding before any record is read, so
 * every value of a file is read the same way, and refuses a file that is not text. */
static gboolean
sniff_encoding (BpCsvReader  *self,
                GError      **error)
{
  g_autofree guchar *buf = g_malloc (CHUNK_SIZE + 4);
  gsize carry = 0;
  gboolean valid = TRUE;
  gboolean first = TRUE;
  guint64 line = 1;
  gboolean last_cr = FALSE;

  for (;;)
    {
      const char *end;
      const guchar *nul;
      gssize n;
      gsize len;

      do
        n = read (self->fd, buf + carry, CHUNK_SIZE);
      while (n < 0 && errno == EINTR);
      if (n < 0)
        {
          set_read_error (self, line, errno, error);
          return FALSE;
        }
      len = carry + (gsize) n;

      /* UTF-32 first: its little-endian mark begins with UTF-16's. */
      if (first && len >= 4 &&
          (memcmp (buf, "\xFF\xFE\0\0", 4) == 0 || memcmp (buf, "\0\0\xFE\xFF", 4) == 0))
        {
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       /* Translators: %s is the file name and 1 its first line; "CSV UTF-8
                        * (Comma delimited)" is a file type in Excel's Save As dialog */
                       _("%s:1: the file is UTF-32 text; save it as \"CSV UTF-8 (Comma "
                         "delimited)\" and import it again"), self->display_name);
          return FALSE;
        }
      /* A byte order mark twice (a file saved through two programs that each add one). */
      if (first && len >= 6 && memcmp (buf, "\xEF\xBB\xBF\xEF\xBB\xBF", 6) == 0)
        {
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       /* Translators: %s is the file name and 1 its first line */
                       _("%s:1: the file begins with two byte order marks (the invisible "
                         "mark of UTF-8, written twice); save it again as \"CSV UTF-8 (Comma "
                         "delimited)\" from one program, or remove the first three bytes"),
                       self->display_name);
          return FALSE;
        }
      if (first && len >= 2 &&
          ((buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == 0xFE && buf[1] == 0xFF) ||
           looks_like_utf16 (buf, len)))
        {
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       /* Translators: %s is the file name and 1 its first line;
                        * "Unicode text" and "CSV UTF-8 (Comma delimited)" are the names of
                        * file types in Excel's Save As dialog: use the names of the Welsh
                        * Excel if it has them */
                       _("%s:1: the file is UTF-16 text (Excel's \"Unicode text\"); save it "
                         "as \"CSV UTF-8 (Comma delimited)\" and import it again"),
                       self->display_name);
          return FALSE;
        }
      if (first && len >= 4 && (memcmp (buf, "PK\x03\x04", 4) == 0 ||
                                memcmp (buf, "\xD0\xCF\x11\xE0", 4) == 0))
        {
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       /* Translators: %s is the file name and 1 its first line; "CSV UTF-8
                        * (Comma delimited)" is a file type in Excel's Save As dialog */
                       _("%s:1: this is an Excel workbook (or another kind of document), not "
                         "a CSV file; open it in Excel, save it as \"CSV UTF-8 (Comma "
                         "delimited)\" and import that file"), self->display_name);
          return FALSE;
        }
      first = FALSE;
      nul = memchr (buf + carry, '\0', (gsize) n);
      if (nul != NULL)
        {
          g_autofree char *line_str = NULL;

          line += count_lines (buf + carry, (gsize) (nul - (buf + carry)), &last_cr);
          line_str = line_text (line);
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       /* Translators: the first %s is the file name, the second the line
                        * number, e.g. "outcomes.csv:3: the file contains a NUL byte, ..." */
                       _("%s:%s: the file contains a NUL byte, so it is not a CSV text file; "
                         "export it again as CSV from the case management system"),
                       self->display_name, line_str);
          return FALSE;
        }
      line += count_lines (buf + carry, (gsize) n, &last_cr);
      if (n == 0)
        {
          valid = valid && carry == 0;
          break;
        }
      carry = 0;
      if (valid && !g_utf8_validate_len ((const char *) buf, len, &end))
        {
          gsize tail = len - (gsize) ((const guchar *) end - buf);

          /* A sequence cut by the end of the chunk is carried into the next read. */
          if (tail < 4 && g_utf8_get_char_validated (end, (gssize) tail) == (gunichar) -2)
            {
              memmove (buf, end, tail);
              carry = tail;
            }
          else
            valid = FALSE;
        }
      /* Invalid UTF-8 decides the encoding, but the rest is still checked for NULs. */
    }

  self->encoding = valid ? BP_CSV_ENCODING_UTF8 : BP_CSV_ENCODING_WINDOWS_1252;
  if (lseek (self->fd, 0, SEEK_SET) < 0)
    {
      set_read_error (self, 1, errno, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * bp_csv_reader_open:
 * Opens @path and decides its encoding. Returns %NULL with a message naming the file
 * when it cannot be read, or is UTF-16 or binary.
 */
BpCsvReader *
bp_csv_reader_open (const char  *path,
                    GError     **error)
{
  g_autoptr(BpCsvReader) self = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (BpCsvReader, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  self->display_name = g_filename_display_name (path);
  self->buf = g_string_sized_new (1024);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->field_utf8 = g_string_new (NULL);
  self->chunk = g_malloc (CHUNK_SIZE);
  self->line = 1;
  self->too_large_field = TOO_MANY_FIELDS;
  csv_init (&self->parser, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_blk_size (&self->parser, PARSER_BLOCK_SIZE);
  csv_set_realloc_func (&self->parser, bounded_realloc);
  csv_set_free_func (&self->parser, g_free);

  /* O_NONBLOCK: opening a named pipe with no writer would wait for ever. */
  self->fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (self->fd < 0 || fstat (self->fd, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   /* Translators: the first %s is the file name, the second the system's
                    * reason, e.g. "outcomes.csv: the file could not be opened (No such file
                    * or directory); check its name and folder" */
                   _("%s: the file could not be opened (%s); check its name and folder"),
                   self->display_name, g_strerror (saved));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   /* Translators: %s is the name of the folder given */
                   _("%s: this is a folder, not a CSV file; give the CSV file inside it"),
                   self->display_name);
      return NULL;
    }
  /* A pipe or a device has no end the reader can know, and cannot be read twice (the
   * encoding is decided on a first pass). */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   /* Translators: %s is the name given and 1 the first line */
                   _("%s:1: this is not a regular file (it is a pipe or a device); save the "
                     "data to a CSV file and import that"), self->display_name);
      return NULL;
    }
  self->size = st.st_size;
  self->mtime = st.st_mtim;

  if (!sniff_encoding (self, error))
    return NULL;

  /* Strip a UTF-8 byte order mark: libcsv would keep it in the first header name. */
  if (!read_chunk (self, error))
    return NULL;
  if (self->chunk_len >= 3 && memcmp (self->chunk, "\xEF\xBB\xBF", 3) == 0)
    self->chunk_pos = 3;

  return g_steal_pointer (&self);
}

void
bp_csv_reader_free (BpCsvReader *self)
{
  if (self == NULL)
    return;
  csv_free (&self->parser);
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->path);
  g_free (self->display_name);
  g_strfreev (self->column_names);
  g_string_free (self->buf, TRUE);
  g_string_free (self->field_utf8, TRUE);
  g_array_unref (self->offsets);
  g_free (self->chunk);
  g_free (self);
}

/* The name of the column of the value at @index of the current record, or %NULL when
 * the names are not known. */
static const char *
column_name (BpCsvReader *self,
             guint        index)
{
  if (self->column_names == NULL || index >= g_strv_length (self->column_names) ||
      self->column_names[index][0] == '\0')
    return NULL;
  return self->column_names[index];
}

/* A value beyond the size limit, in a message naming its column when it is known. */
static void
set_too_large_error (BpCsvReader  *self,
                     const char   *column,
                     GError      **error)
{
  g_autofree char *line = line_text (self->record_line);

  if (column != NULL)
    g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_TOO_LARGE,
                 /* Translators: the first %s is the file name, the second the line number,
                  * the third the column's name as in the file, %d a number of bytes, e.g.
                  * "outcomes.csv:12: column ethnicity: a value is longer than 1048576 bytes,
                  * so this is not a case-data export (often a quote that is never closed);
                  * check the file" */
                 _("%s:%s: column %s: a value is longer than %d bytes, so this is not a "
                   "case-data export (often a quote that is never closed); check the file"),
                 self->display_name, line, column, BP_CSV_MAX_FIELD_BYTES);
  else
    g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_TOO_LARGE,
                 /* Translators: the first %s is the file name, the second the line number,
                  * %d a number of bytes, e.g. "outcomes.csv:1: a value is longer than
                  * 1048576 bytes, so this is not a case-data export (often a quote that is
                  * never closed); check the file" */
                 _("%s:%s: a value is longer than %d bytes, so this is not a case-data "
                   "export (often a quote that is never closed); check the file"),
                 self->display_name, line, BP_CSV_MAX_FIELD_BYTES);
}

static gboolean
syntax_error (BpCsvReader  *self,
              GError      **error)
{
  /* The values before the broken one were handed to on_field_cb: it is the next. */
  const char *column = column_name (self, self->offsets->len);

  if (csv_error (&self->parser) == CSV_ENOMEM || csv_error (&self->parser) == CSV_ETOOBIG)
    set_too_large_error (self, column, error);
  else if (self->finished)
    {
      g_autofree char *line = line_text (self->record_line);

      if (column != NULL)
        g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX,
                     /* Translators: the first %s is the file name, the second the line
                      * number, the third the column's name as in the file, e.g.
                      * "outcomes.csv:12: column child_id: a quoted value is never closed
                      * (a " with no closing "); check the quotes on this line" */
                     _("%s:%s: column %s: a quoted value is never closed (a \" with no "
                       "closing \"); check the quotes on this line"), self->display_name,
                     line, column);
      else
        g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX,
                     /* Translators: the first %s is the file name, the second the line
                      * number, e.g. "outcomes.csv:12: a quoted value is never closed (a "
                      * with no closing "); check the quotes on this line" */
                     _("%s:%s: a quoted value is never closed (a \" with no closing \"); "
                       "check the quotes on this line"), self->display_name, line);
    }
  else
    {
      g_autofree char *line = line_text (self->line);

      if (column != NULL)
        g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX,
                     /* Translators: the first %s is the file name, the second the line
                      * number, the third the column's name as in the file, e.g.
                      * "outcomes.csv:12: column sex: malformed quoting: a quote must open
                      * and close a whole value, and a quote inside one is written twice
                      * ("")" */
                     _("%s:%s: column %s: malformed quoting: a quote must open and close a "
                       "whole value, and a quote inside one is written twice (\"\")"),
                     self->display_name, line, column);
      else
        g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX,
                     /* Translators: the first %s is the file name, the second the line
                      * number, e.g. "outcomes.csv:12: malformed quoting: a quote must open
                      * and close a whole value, and a quote inside one is written twice
                      * ("")" */
                     _("%s:%s: malformed quoting: a quote must open and close a whole "
                       "value, and a quote inside one is written twice (\"\")"),
                     self->display_name, line);
    }
  return FALSE;
}

static void
start_record (BpCsvReader *self)
{
  g_string_truncate (self->buf, 0);
  g_array_set_size (self->offsets, 0);
  self->too_large = FALSE;
  self->too_large_field = TOO_MANY_FIELDS;
}

/**
 * bp_csv_reader_next:
 * Moves to the next record. Returns %FALSE at the end of the file (with @error unset)
 * or on an error. Blank lines are skipped.
 */
gboolean
bp_csv_reader_next (BpCsvReader  *self,
                    GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->record_ready)
    {
      self->record_ready = FALSE;
      start_record (self);
    }

  while (!self->finished)
    {
      const guchar *piece, *p, *end;
      gsize len;
      gboolean content = FALSE;

      if (self->chunk_pos >= self->chunk_len)
        {
          if (!read_chunk (self, error))
            return FALSE;
          if (self->eof)
            {
              self->finished = TRUE;
              if (!check_unchanged (self, error))
                return FALSE;
              if (csv_fini (&self->parser, on_field_cb, on_record_cb, self) != 0)
                return syntax_error (self, error);
              break;
            }
          /* The first pass found none: the file changed since. */
          if (memchr (self->chunk, '\0', self->chunk_len) != NULL)
            {
              g_autofree char *line = line_text (self->line);

              g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                           /* Translators: the first %s is the file name, the second the
                            * line number, e.g. "outcomes.csv:40: the file changed while it
                            * was being read (it now contains a NUL byte); import it again" */
                           _("%s:%s: the file changed while it was being read (it now "
                             "contains a NUL byte); import it again"),
                           self->display_name, line);
              return FALSE;
            }
        }

      /* The next physical line, up to and including its terminator. */
      piece = self->chunk + self->chunk_pos;
      end = self->chunk + self->chunk_len;
      for (p = piece; p < end && *p != '\n' && *p != '\r'; p++)
        content = TRUE;
      if (p < end)
        p++;
      len = (gsize) (p - piece);

      if (!self->in_record && content)
        {
          self->in_record = TRUE;
          self->record_line = self->line;
        }

      if (csv_parse (&self->parser, piece, len, on_field_cb, on_record_cb, self) != len)
        return syntax_error (self, error);

      self->chunk_pos += len;
      self->consumed += (goffset) len;

      /* Count lines: "\r\n" is one terminator, a lone "\r" (old Mac files) is one too. */
      if (len > 0)
        {
          guchar last = piece[len - 1];

          if (last == '\n')
            {
              if (!(len == 1 && self->last_was_cr))
                self->line++;
              self->last_was_cr = FALSE;
            }
          else if (last == '\r')
            {
              self->line++;
              self->last_was_cr = TRUE;
            }
          else
            self->last_was_cr = FALSE;
        }

      if (self->record_ready)
        break;
    }

  if (!self->record_ready)
    return FALSE;

  if (self->too_large && self->too_large_field == TOO_MANY_FIELDS)
    {
      g_autofree char *line = line_text (self->record_line);

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_TOO_LARGE,
                   /* Translators: the first %s is the file name, the second the line number,
                    * %d a number of values, e.g. "outcomes.csv:7: the line has more than
                    * 1000 values, so this is not a case-data export; check that this is the
                    * right file" */
                   _("%s:%s: the line has more than %d values, so this is not a case-data "
                     "export; check that this is the right file"),
                   self->display_name, line, BP_CSV_MAX_FIELDS);
      return FALSE;
    }
  if (self->too_large && self->too_large_field == RECORD_TOO_LONG)
    {
      g_autofree char *line = line_text (self->record_line);

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_TOO_LARGE,
                   /* Translators: the first %s is the file name, the second the line number,
                    * %d a number of bytes, e.g. "outcomes.csv:7: the line is longer than
                    * 16777216 bytes, so this is not a case-data export; check that this is
                    * the right file" */
                   _("%s:%s: the line is longer than %d bytes, so this is not a case-data "
                     "export; check that this is the right file"),
                   self->display_name, line, MAX_RECORD_BYTES);
      return FALSE;
    }
  if (self->too_large)
    {
      set_too_large_error (self, column_name (self, (guint) self->too_large_field), error);
      return FALSE;
    }
  return TRUE;
}

guint
bp_csv_reader_n_fields (BpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->offsets->len;
}

/* The field as UTF-8, NUL-terminated; "" past the end of a short record. */
const char *
bp_csv_reader_field (BpCsvReader *self,
                     guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->offsets->len)
    return "";
  return self->buf->str + g_array_index (self->offsets, guint, index);
}

/* The line on which the current record starts (1 is the first line of the file). */
guint64
bp_csv_reader_line (BpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->record_line;
}

BpCsvEncoding
bp_csv_reader_encoding (BpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, BP_CSV_ENCODING_UTF8);
  return self->encoding;
}

double
bp_csv_reader_fraction (BpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->size > 0 ? MIN (1.0, (double) self->consumed / (double) self->size) : 1.0;
}

/**
 * bp_csv_reader_set_column_names:
 * @names: (nullable) (array zero-terminated=1): the header's values
 *
 * Names the columns, so that messages about a broken value say which column it is in.
 */
void
bp_csv_reader_set_column_names (BpCsvReader        *self,
                                const char * const *names)
{
  g_return_if_fail (self != NULL);

  g_strfreev (self->column_names);
  self->column_names = g_strdupv ((char **) names);
}

const char *
bp_csv_reader_display_name (BpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->display_name;
}

/* A number as a spreadsheet reads one: an optional sign, digits with an optional
 * decimal point, an optional exponent. "-1" is minus one, never a formula. */
static gboolean
is_plain_number (const char *value)
{
  const char *p = value;
  gboolean digits = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (digits && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return digits && *p == '\0';
}

/* Whether a spreadsheet would take @value for a formula: one that starts with = + - @,
 * or with the tab or carriage return some spreadsheets skip before one (OWASP's list
 * for CSV injection), unless it is a plain number. */
static gboolean
is_formula (const char *value)
{
  char c = value[0];

  return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') &&
         !is_plain_number (value);
}

static gboolean
is_trimmed_space (char c)
{
  /* What libcsv trims around an unquoted value, so what must be quoted to be kept. */
  return c == ' ' || c == '\t';
}

/**
 * bp_csv_write_field:
 * Appends @value as one RFC 4180 field, quoted when it must be.
 *
 * A value that starts with =, +, -, @, a tab or a carriage return is written with a
 * single quote before it ('=SUM(A1) for =SUM(A1)), so that a spreadsheet opening the
 * file shows it as text and never runs it as a formula; a plain number such as -1 or
 * +3.5 is a number, not a formula, and is kept. Every CSV file Boardpack writes
 * (rejects files, report --format csv) is written through here; nothing else about the
 * value is changed.
 */
void
bp_csv_write_field (GString    *out,
                    const char *value)
{
  gboolean neutralise;
  gsize len;

  g_return_if_fail (out != NULL);
  g_return_if_fail (value != NULL);

  len = strlen (value);
  neutralise = is_formula (value);
  if (strpbrk (value, ",\"\r\n") == NULL &&
      (len == 0 || ((neutralise || !is_trimmed_space (value[0])) &&
                    !is_trimmed_space (value[len - 1]))))
    {
      if (neutralise)
        g_string_append_c (out, '\'');
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

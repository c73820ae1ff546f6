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
  GString *field_utf8;
};

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

          g_string_append_unichar (out, u ? u : 0xFFFD);
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

  if (self->offsets->len >= BP_CSV_MAX_FIELDS || len > BP_CSV_MAX_FIELD_BYTES)
    {
      self->too_large = TRUE;
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
      int saved = errno;

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   "%s: the file could not be read (%s); check that it is still there and "
                   "try again", self->display_name, g_strerror (saved));
      return FALSE;
    }
  self->chunk_len = (gsize) n;
  self->chunk_pos = 0;
  self->eof = n == 0;
  return TRUE;
}

/* One pass over the whole file: it decides the encoding before any record is read, so
 * every value of a file is read the same way. */
static gboolean
sniff_encoding (BpCsvReader  *self,
                GError      **error)
{
  g_autofree guchar *buf = g_malloc (CHUNK_SIZE + 4);
  gsize carry = 0;
  gboolean valid = TRUE;
  gboolean first = TRUE;

  for (;;)
    {
      const char *end;
      gssize n;
      gsize len;

      do
        n = read (self->fd, buf + carry, CHUNK_SIZE);
      while (n < 0 && errno == EINTR);
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                       "%s: the file could not be read (%s)", self->display_name,
                       g_strerror (saved));
          return FALSE;
        }
      len = carry + (gsize) n;

      if (first && len >= 2 &&
          ((buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == 0xFE && buf[1] == 0xFF)))
        {
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       "%s:1: the file is UTF-16 text (Excel's \"Unicode text\"); save it as "
                       "\"CSV UTF-8 (Comma delimited)\" and import it again",
                       self->display_name);
          return FALSE;
        }
      first = FALSE;
      if (memchr (buf + carry, '\0', (gsize) n) != NULL)
        {
          g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                       "%s: the file contains NUL bytes, so it is not a CSV text file; "
                       "export it again as CSV from the case management system",
                       self->display_name);
          return FALSE;
        }
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
      if (!valid)
        break;
    }

  self->encoding = valid ? BP_CSV_ENCODING_UTF8 : BP_CSV_ENCODING_WINDOWS_1252;
  if (lseek (self->fd, 0, SEEK_SET) < 0)
    {
      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ, "%s: the file could not be read (%s)",
                   self->display_name, g_strerror (errno));
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
  csv_init (&self->parser, CSV_STRICT | CSV_STRICT_FINI);

  self->fd = open (path, O_RDONLY | O_CLOEXEC);
  if (self->fd < 0 || fstat (self->fd, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   "%s: the file could not be opened (%s)", self->display_name,
                   g_strerror (saved));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_READ,
                   "%s: this is a folder, not a CSV file", self->display_name);
      return NULL;
    }
  self->size = st.st_size;

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
  g_string_free (self->buf, TRUE);
  g_string_free (self->field_utf8, TRUE);
  g_array_unref (self->offsets);
  g_free (self->chunk);
  g_free (self);
}

static gboolean
syntax_error (BpCsvReader  *self,
              GError      **error)
{
  if (csv_error (&self->parser) == CSV_ENOMEM || csv_error (&self->parser) == CSV_ETOOBIG)
    g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_TOO_LARGE,
                 "%s:%" G_GUINT64_FORMAT ": a field is too large to read", self->display_name,
                 self->record_line);
  else if (self->finished)
    g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX,
                 "%s:%" G_GUINT64_FORMAT ": a quoted value is never closed (a \" with no "
                 "closing \"); check the quotes on this line", self->display_name,
                 self->record_line);
  else
    g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_SYNTAX,
                 "%s:%" G_GUINT64_FORMAT ": malformed quoting: a quote must open and close "
                 "a whole value, and a quote inside one is written twice (\"\")",
                 self->display_name, self->line);
  return FALSE;
}

static void
start_record (BpCsvReader *self)
{
  g_string_truncate (self->buf, 0);
  g_array_set_size (self->offsets, 0);
  self->too_large = FALSE;
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
              if (csv_fini (&self->parser, on_field_cb, on_record_cb, self) != 0)
                return syntax_error (self, error);
              break;
            }
          if (memchr (self->chunk, '\0', self->chunk_len) != NULL)
            {
              g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_ENCODING,
                           "%s:%" G_GUINT64_FORMAT ": the file contains a NUL byte, so it is "
                           "not a CSV text file", self->display_name, self->line);
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

  if (self->too_large)
    {
      g_set_error (error, BP_CSV_ERROR, BP_CSV_ERROR_TOO_LARGE,
                   "%s:%" G_GUINT64_FORMAT ": the line has a value longer than %d bytes or "
                   "more than %d values; this is not a case-data export",
                   self->display_name, self->record_line, BP_CSV_MAX_FIELD_BYTES,
                   BP_CSV_MAX_FIELDS);
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

const char *
bp_csv_reader_display_name (BpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->display_name;
}

/* Appends @value as one RFC 4180 field, quoted when it must be. */
void
bp_csv_write_field (GString    *out,
                    const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL && value[0] != ' ' &&
      (value[0] == '\0' || value[strlen (value) - 1] != ' '))
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

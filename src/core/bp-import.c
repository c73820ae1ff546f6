/* bp-import.c: reading the three CSV file kinds into the store
 *
 * Every kind follows the same path: map the header to canonical columns, validate each
 * record into a typed row, then write it with a keyed upsert. A lookup of the stored
 * row's hash tells new, updated and unchanged rows apart, and a row already written by
 * this same import is a duplicate key in the file.
 *
 * The whole import is one transaction: by default one bad row and nothing is written;
 * with skip_invalid the bad rows go to a rejects CSV, unchanged, with their reasons.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "bp-atomic-file.h"
#include "bp-file-guard.h"
#include "bp-import-private.h"

G_DEFINE_QUARK (bp-import-error-quark, bp_import_error)

/* Header names match ignoring case, spaces, underscores and hyphens. */
static char *
normalise_header (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '_' && *p != '-' && *p != '\t')
      g_string_append_c (s, g_ascii_tolower (*p));
  return g_string_free (s, FALSE);
}

static int
match_column (const KindSpec *spec,
              const char     *header)
{
  g_autofree char *norm = normalise_header (header);

  for (guint c = 0; c < spec->n_columns; c++)
    {
      g_autofree char *name = normalise_header (spec->columns[c].name);
      g_auto(GStrv) synonyms = NULL;

      if (strcmp (norm, name) == 0)
        return (int) c;
      synonyms = g_strsplit (spec->columns[c].synonyms, "|", -1);
      for (guint i = 0; synonyms[i]; i++)
        {
          g_autofree char *syn = normalise_header (synonyms[i]);

          if (syn[0] && strcmp (norm, syn) == 0)
            return (int) c;
        }
    }
  return -1;
}



static const KindSpec *kind_specs[BP_N_IMPORT_KINDS] = {
  &_bp_import_outcome_spec, &_bp_import_population_spec, &_bp_import_benchmark_spec,
  &_bp_import_intervention_spec, &_bp_import_victim_spec, &_bp_import_board_spec,
  &_bp_import_staffing_spec, &_bp_import_budget_spec, &_bp_import_actions_spec,
};

/* --- the import ------------------------------------------------------------------- */

const char *
bp_import_kind_name (BpImportKind kind)
{
  g_return_val_if_fail ((int) kind >= 0 && kind < BP_N_IMPORT_KINDS, NULL);
  return kind_specs[kind]->name;
}

gboolean
bp_import_kind_parse (const char   *text,
                      BpImportKind *out_kind)
{
  for (int k = 0; k < BP_N_IMPORT_KINDS; k++)
    if (g_strcmp0 (text, kind_specs[k]->name) == 0)
      {
        *out_kind = (BpImportKind) k;
        return TRUE;
      }
  return FALSE;
}


/* A 64-bit FNV-1a hash of the row's values as stored, in canonical column order: a file
 * with its columns in another order, or its values written another way, is the same
 * data. */
static gint64
row_hash (Import    *imp,
          const Row *row)
{
  guint64 h = 14695981039346656037ULL;

  for (guint c = 0; c < imp->spec->n_columns; c++)
    {
      gint64 number = 0;
      const char *text = imp->spec->stored (imp, row, c, &number);

      if (text == NULL)
        {
          /* A number by its bytes: no formatting on the import's hot path. */
          for (int k = 0; k < 8; k++)
            {
              h ^= (guint64) (number >> (8 * k)) & 0xff;
              h *= 1099511628211ULL;
            }
        }
      else
        for (const guchar *p = (const guchar *) text; *p; p++)
          {
            h ^= *p;
            h *= 1099511628211ULL;
          }
      h ^= 0x1f;
      h *= 1099511628211ULL;
    }
  return (gint64) h;
}

static gboolean
map_header (Import  *imp,
            GError **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GString) ignored = g_string_new (NULL);
  guint n = bp_csv_reader_n_fields (imp->reader);

  for (guint c = 0; c < MAX_COLUMNS; c++)
    imp->map[c] = -1;
  imp->n_header_fields = n;

  for (guint i = 0; i < n; i++)
    {
      const char *name = bp_csv_reader_field (imp->reader, i);
      int c = match_column (imp->spec, name);

      if (c < 0)
        {
          if (name[0] == '\0')
            continue;
          if (ignored->len > 0)
            g_string_append (ignored, ", ");
          g_string_append (ignored, name);
          continue;
        }
      if (imp->map[c] >= 0)
        {
          g_autofree char *line = _bp_import_current_line (imp);

          g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                       /* Translators: the first %s is the file name, the second the line
                        * number, the third the column's name in English, the fourth and
                        * fifth the two headings found for it, e.g. "outcomes.csv:1: column
                        * sex: the column appears twice (as "sex" and "Gender"); remove one
                        * of them" */
                       _("%s:%s: column %s: the column appears twice (as \"%s\" and "
                         "\"%s\"); remove one of them"), imp->display_name, line,
                       imp->spec->columns[c].name, imp->header_names[c], name);
          return FALSE;
        }
      imp->map[c] = (int) i;
      imp->header_names[c] = g_strdup (name);
    }

  for (guint c = 0; c < imp->spec->n_columns; c++)
    if (imp->spec->columns[c].required && imp->map[c] < 0)
      g_ptr_array_add (missing, (gpointer) imp->spec->columns[c].name);

  /* A file saved with another separator has one column whose name holds them all:
   * say so, rather than list every column as missing. */
  if (missing->len > 0 && n == 1)
    {
      const char *only = bp_csv_reader_field (imp->reader, 0);

      if (strchr (only, ';') != NULL)
        {
          g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                       /* Translators: %s is the file name and 1 its first line; "CSV UTF-8
                        * (Comma delimited)" is a file type in Excel's Save As dialog */
                       _("%s:1: the columns are separated by semicolons, not commas; save the "
                         "file as \"CSV UTF-8 (Comma delimited)\" and import it again"),
                       imp->display_name);
          return FALSE;
        }
      if (strchr (only, '\t') != NULL)
        {
          g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                       /* Translators: %s is the file name and 1 its first line; "CSV UTF-8
                        * (Comma delimited)" is a file type in Excel's Save As dialog */
                       _("%s:1: the columns are separated by tabs, not commas; save the file "
                         "as \"CSV UTF-8 (Comma delimited)\" and import it again"),
                       imp->display_name);
          return FALSE;
        }
    }

  if (missing->len > 0)
    {
      g_autoptr(GString) msg = g_string_new (NULL);

      g_string_append_printf (msg, "%s:1: ", imp->display_name);
      for (guint i = 0; i < missing->len; i++)
        {
          const char *name = g_ptr_array_index (missing, i);
          int c = match_column (imp->spec, name);

          if (i > 0)
            g_string_append (msg, "; ");
          if (imp->spec->columns[c].synonyms[0])
            {
              g_auto(GStrv) parts = g_strsplit (imp->spec->columns[c].synonyms, "|", -1);
              g_autofree char *joined = g_strjoinv ("\", \"", parts);

              g_string_append_printf (msg,
                                      /* Translators: one of the problems with the header of
                                       * a CSV file: the first %s is the column's name, the
                                       * second the other names it may have, e.g. "column
                                       * sex: required column is missing (it may also be
                                       * called "gender")", or "... (it may also be called
                                       * "dob", "birth date")" */
                                      _("column %s: required column is missing (it may also "
                                        "be called \"%s\")"), name, joined);
            }
          else
            {
              /* Translators: one of the problems with the header of a CSV file: %s is the
               * column's name, e.g. "column year: required column is missing" */
              g_string_append_printf (msg, _("column %s: required column is missing"), name);
            }
        }
      g_set_error_literal (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER, msg->str);
      return FALSE;
    }

  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (names, (gpointer) bp_csv_reader_field (imp->reader, i));
    g_ptr_array_add (names, NULL);
    bp_csv_reader_set_column_names (imp->reader, (const char * const *) names->pdata);
  }

  if (ignored->len > 0)
    g_ptr_array_add (imp->result->notes,
                     /* Translators: the first %s is the file name, the second a list of
                      * column headings, e.g. "outcomes.csv: columns not used and ignored:
                      * Worker, Team" */
                     g_strdup_printf (_("%s: columns not used and ignored: %s"),
                                      imp->display_name, ignored->str));
  return TRUE;
}

static gboolean
record_is_blank (BpCsvReader *reader)
{
  for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
    if (bp_csv_reader_field (reader, i)[0] != '\0')
      return FALSE;
  return TRUE;
}

static void
append_record (GString     *out,
               BpCsvReader *reader,
               const char  *extra)
{
  for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      bp_csv_write_field (out, bp_csv_reader_field (reader, i));
    }
  if (extra != NULL)
    {
      g_string_append_c (out, ',');
      bp_csv_write_field (out, extra);
    }
  g_string_append (out, "\r\n");
}

static void
bind_row (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          gint64        hash)
{
  /* The key's parameters come first, then row_hash and import_id, then the rest. */
  sqlite3_reset (stmt);
  imp->spec->bind_key (imp, row, stmt, 1);
  sqlite3_bind_int64 (stmt, imp->spec->n_key + 1, hash);
  sqlite3_bind_int64 (stmt, imp->spec->n_key + 2, imp->import_id);
  imp->spec->bind_rest (imp, row, stmt, imp->spec->n_key + 3);
}

/* Returns: 0 new, 1 updated, 2 unchanged, -1 duplicate in the file, -2 SQL error
 *
 * The first statement inserts a new row or, when the stored row has the same hash,
 * only marks it as seen by this import: new and unchanged rows, nearly all rows of any
 * import, cost one statement, told apart by whether a row id was inserted. Only a row
 * that differs pays for the lookup that tells updated from duplicate. */
static int
write_row (Import    *imp,
           const Row *row)
{
  sqlite3 *db = bp_store_get_db (imp->store);
  gint64 hash = row_hash (imp, row);
  int rc;

  /* No row id is ever -1: if it is still -1 after the step, nothing was inserted. */
  sqlite3_set_last_insert_rowid (db, -1);
  bind_row (imp, row, imp->insert, hash);
  if (sqlite3_step (imp->insert) != SQLITE_DONE)
    return -2;
  if (sqlite3_changes (db) == 1)
    return sqlite3_last_insert_rowid (db) != -1 ? 0 : 2;

  /* The key is stored with another hash, or this import wrote it already. */
  sqlite3_reset (imp->lookup);
  imp->spec->bind_key (imp, row, imp->lookup, 1);
  rc = sqlite3_step (imp->lookup);
  if (rc != SQLITE_ROW)
    return -2;
  if (sqlite3_column_int64 (imp->lookup, 1) == imp->import_id)
    return -1;

  bind_row (imp, row, imp->upsert, hash);
  if (sqlite3_step (imp->upsert) != SQLITE_DONE)
    return -2;
  return 1;
}

/* The rejects file holds child-level rows: private to the user, like the database. */
static gboolean
write_file_atomically (const char  *path,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  BpAtomicFile file = BP_ATOMIC_FILE_INIT;

  if (bp_atomic_file_open (&file, path, 0600, NULL) &&
      bp_atomic_file_write (&file, contents, length, NULL) &&
      bp_atomic_file_commit (&file, NULL))
    return TRUE;
  bp_atomic_file_abort (&file);
  g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_WRITE,
               /* Translators: the first %s is the name of the file for the rows that were
                * not imported, the second the system's reason, e.g. "outcomes-rejects.csv:
                * the rejects file could not be written (Permission denied)" */
               _("%s: the rejects file could not be written (%s)"), path,
               g_strerror (file.saved_errno));
  return FALSE;
}

static char *
default_rejects_path (const char *path)
{
  g_autofree char *stem = g_strdup (path);
  char *dot = strrchr (stem, '.');

  if (dot && strchr (dot, '/') == NULL && g_ascii_strcasecmp (dot, ".csv") == 0)
    *dot = '\0';
  return g_strdup_printf ("%s-rejects.csv", stem);
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->lookup, sqlite3_finalize);
  g_clear_pointer (&imp->insert, sqlite3_finalize);
  g_clear_pointer (&imp->upsert, sqlite3_finalize);
  for (guint c = 0; c < MAX_COLUMNS; c++)
    g_clear_pointer (&imp->header_names[c], g_free);
  if (imp->row_reasons)
    g_string_free (imp->row_reasons, TRUE);
  g_clear_pointer (&imp->reader, bp_csv_reader_free);
}

static gboolean
log_import (Import      *imp,
            const char  *path,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *base = g_path_get_basename (path);

  stmt = bp_store_prepare (imp->store,
                           "INSERT INTO import_log (kind, file_name, imported_at, encoding) "
                           "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, imp->spec->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, base, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, when, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, imp->result->encoding == BP_CSV_ENCODING_UTF8 ? "UTF-8"
                                                                             : "Windows-1252",
                     -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (imp->store, error);
  imp->import_id = sqlite3_last_insert_rowid (bp_store_get_db (imp->store));
  return TRUE;
}

static gboolean
finish_log (Import   *imp,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  BpImportResult *r = imp->result;

  stmt = bp_store_prepare (imp->store,
                           "UPDATE import_log SET rows_new = ?, rows_updated = ?, "
                           "rows_unchanged = ?, rows_rejected = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, (gint64) r->rows_new);
  sqlite3_bind_int64 (stmt, 2, (gint64) r->rows_updated);
  sqlite3_bind_int64 (stmt, 3, (gint64) r->rows_unchanged);
  sqlite3_bind_int64 (stmt, 4, (gint64) r->rows_rejected);
  sqlite3_bind_int64 (stmt, 5, imp->import_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (imp->store, error);
  return TRUE;
}

static gboolean
log_reject (Import      *imp,
            sqlite3_stmt *stmt,
            const char  *reasons,
            GError     **error)
{
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, imp->import_id);
  sqlite3_bind_int64 (stmt, 2, (gint64) bp_csv_reader_line (imp->reader));
  sqlite3_bind_text (stmt, 3, reasons, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return bp_store_set_error (imp->store, error);
  return TRUE;
}

static gboolean
run_import (Import        *imp,
            const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GString) rejects = NULL;
  g_autoptr(sqlite3_stmt) reject_stmt = NULL;
  const BpImportOptions *opt = imp->options;
  BpImportResult *r = imp->result;
  gboolean any_invalid = FALSE;
  guint64 since_progress = 0;
  GError *local_error = NULL;
  Row row;

  imp->reader = bp_csv_reader_open (path, error);
  if (imp->reader == NULL)
    return FALSE;
  imp->display_name = bp_csv_reader_display_name (imp->reader);
  r->encoding = bp_csv_reader_encoding (imp->reader);
  if (r->encoding == BP_CSV_ENCODING_WINDOWS_1252)
    g_ptr_array_add (r->notes,
                     /* Translators: %s is the file name; UTF-8 and Windows-1252 are the
                      * names of character encodings */
                     g_strdup_printf (_("%s: the file is not UTF-8, so it was read as "
                                        "Windows-1252 (what Excel on Windows saves)"),
                                      imp->display_name));

  if (!bp_csv_reader_next (imp->reader, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                     /* Translators: %s is the file name and 1 its first line */
                     _("%s:1: the file is empty; a header row is required"),
                     imp->display_name);
      return FALSE;
    }
  if (!map_header (imp, error))
    return FALSE;

  {
    /* The upsert with its update narrowed to marking an unchanged row as seen. */
    const char *sql = imp->spec->upsert_sql;
    const char *update = strstr (sql, " DO UPDATE SET ");
    g_autofree char *insert_sql = NULL;

    g_assert (update != NULL);
    insert_sql = g_strdup_printf ("%.*s DO UPDATE SET import_id = excluded.import_id "
                                  "WHERE import_id != excluded.import_id "
                                  "AND row_hash = excluded.row_hash", (int) (update - sql), sql);
    imp->insert = bp_store_prepare (imp->store, insert_sql, error);
  }
  imp->lookup = imp->insert ? bp_store_prepare (imp->store, imp->spec->lookup_sql, error) : NULL;
  imp->upsert = imp->lookup ? bp_store_prepare (imp->store, imp->spec->upsert_sql, error) : NULL;
  if (imp->upsert == NULL)
    return FALSE;

  if (opt->skip_invalid)
    {
      rejects = g_string_new (NULL);
      for (guint i = 0; i < bp_csv_reader_n_fields (imp->reader); i++)
        {
          bp_csv_write_field (rejects, bp_csv_reader_field (imp->reader, i));
          g_string_append_c (rejects, ',');
        }
      g_string_append (rejects, "reason\r\n");
      reject_stmt = bp_store_prepare (imp->store, "INSERT INTO import_reject (import_id, line, "
                                                  "message) VALUES (?, ?, ?)", error);
      if (reject_stmt == NULL)
        return FALSE;
    }

  if (!log_import (imp, path, error))
    return FALSE;

  while (bp_csv_reader_next (imp->reader, &local_error))
    {
      gboolean valid;

      if (record_is_blank (imp->reader))
        continue;

      r->rows++;
      imp->row_failed = FALSE;
      g_string_truncate (imp->row_reasons, 0);
      memset (&row, 0, sizeof row);

      if (bp_csv_reader_n_fields (imp->reader) > imp->n_header_fields)
        {
          guint n = bp_csv_reader_n_fields (imp->reader);
          g_autofree char *what =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a problem with a row of a CSV file:
                                           * the first %u is the number of values on the
                                           * line (always 2 or more), the second the number
                                           * of columns of the header, e.g. "the line has 13
                                           * values but the header has 12; check for an
                                           * unquoted comma" */
                                          "the line has %u value but the header has %u; "
                                          "check for an unquoted comma",
                                          "the line has %u values but the header has %u; "
                                          "check for an unquoted comma", n),
                             n, imp->n_header_fields);

          _bp_import_row_problem (imp, what);
          valid = FALSE;
        }
      else if (bp_csv_reader_n_fields (imp->reader) < imp->n_header_fields)
        {
          /* A line cut short (a truncated last line, a lost value) is an error too, never
           * a row with empty values. */
          guint n = bp_csv_reader_n_fields (imp->reader);
          g_autofree char *what =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a problem with a row of a CSV file:
                                           * the first %u is the number of values on the
                                           * line, the second the number of columns of the
                                           * header, e.g. "the line has 7 values but the
                                           * header has 9; is it cut short?" */
                                          "the line has %u value but the header has %u; is "
                                          "it cut short?",
                                          "the line has %u values but the header has %u; is "
                                          "it cut short?", n),
                             n, imp->n_header_fields);

          _bp_import_row_problem (imp, what);
          valid = FALSE;
        }
      else
        valid = imp->spec->validate (imp, &row);

      if (valid && !(any_invalid && !opt->skip_invalid))
        {
          int status = write_row (imp, &row);

          switch (status)
            {
            case 0: r->rows_new++; break;
            case 1: r->rows_updated++; break;
            case 2: r->rows_unchanged++; break;
            case -1:
              /* A key of one column is that column's problem; of several, the row's. */
              if (imp->spec->duplicate_column >= 0)
                {
                  guint key = (guint) imp->spec->duplicate_column;

                  _bp_import_problem (imp, key, _bp_import_field (imp, key),
                                      _(imp->spec->duplicate));
                }
              else
                _bp_import_row_problem (imp, _(imp->spec->duplicate));
              valid = FALSE;
              break;
            default:
              g_free (row.ethnicity_key);
              return bp_store_set_error (imp->store, error);
            }
        }
      g_free (row.ethnicity_key);

      if (!valid)
        {
          any_invalid = TRUE;
          r->rows_rejected++;
          if (opt->skip_invalid)
            {
              append_record (rejects, imp->reader, imp->row_reasons->str);
              if (!log_reject (imp, reject_stmt, imp->row_reasons->str, error))
                return FALSE;
            }
        }

      if (++since_progress >= 4096)
        {
          since_progress = 0;
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (opt->progress)
            opt->progress (bp_csv_reader_fraction (imp->reader), opt->progress_data);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (r->rows == 0)
    {
      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_EMPTY,
                   /* Translators: %s is the file name and 2 its second line */
                   _("%s:2: the file has a header but no data rows"), imp->display_name);
      return FALSE;
    }

  if (any_invalid && !opt->skip_invalid)
    {
      g_autofree char *rejected = g_strdup_printf ("%" G_GUINT64_FORMAT, r->rows_rejected);
      g_autofree char *rows = g_strdup_printf ("%" G_GUINT64_FORMAT, r->rows);

      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: the first %s is the file name, the second
                                 * the number of rows not valid, the third the number of
                                 * rows in the file, which decides the plural form (the
                                 * English says "rows" for one row too); "Import valid rows
                                 * only" is the import window's button (use its label, without
                                 * the underscore) and --skip-invalid the command line's
                                 * option, e.g. "outcomes.csv: 3 of 1200 rows are not valid, so
                                 * nothing was imported; ..." */
                                "%s: %s of %s rows are not valid, so nothing was imported; "
                                "correct them, or import the valid rows only (\"Import valid "
                                "rows only\", --skip-invalid)",
                                "%s: %s of %s rows are not valid, so nothing was imported; "
                                "correct them, or import the valid rows only (\"Import valid "
                                "rows only\", --skip-invalid)",
                                (gulong) r->rows),
                   imp->display_name, rejected, rows);
      return FALSE;
    }

  if (!finish_log (imp, error))
    return FALSE;
  if (r->rows_new + r->rows_updated > 0 && !bp_store_bump_data_version (imp->store, error))
    return FALSE;

  if (rejects != NULL && r->rows_rejected > 0)
    {
      g_autofree char *target = opt->rejects_path ? g_strdup (opt->rejects_path)
                                                  : default_rejects_path (path);

      if (!write_file_atomically (target, rejects->str, rejects->len, error))
        return FALSE;
      r->rejects_path = g_steal_pointer (&target);
    }
  if (opt->progress)
    opt->progress (1.0, opt->progress_data);
  return TRUE;
}

/* Takes the database's write lock. Another import may hold it for minutes (a million
 * rows): this one waits, saying so once through the progress function, until it is
 * free, the wait is cancelled, or half an hour has passed. */
static gboolean
begin_writing (BpStore               *store,
               const BpImportOptions *options,
               GCancellable          *cancellable,
               GError               **error)
{
  sqlite3 *db = bp_store_get_db (store);
  gint64 deadline = g_get_monotonic_time () + (gint64) BP_IMPORT_WAIT_SECONDS * G_USEC_PER_SEC;
  gboolean said = FALSE;
  int rc;

  sqlite3_busy_timeout (db, 200);
  while ((rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK &&
         (rc & 0xff) == SQLITE_BUSY && g_get_monotonic_time () < deadline &&
         !g_cancellable_is_cancelled (cancellable))
    if (!said && options->progress)
      {
        options->progress (BP_IMPORT_WAITING, options->progress_data);
        said = TRUE;
      }
  sqlite3_busy_timeout (db, BP_STORE_BUSY_TIMEOUT_MS);
  if (rc == SQLITE_OK)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return bp_store_set_error (store, error);
}

/**
 * bp_import_file:
 * @store: the store to import into
 * @path: the CSV file
 * @options: the kind of file and how to treat invalid rows
 * @out_result: (out) (transfer full) (optional): counts and messages, set even on failure
 *   so the caller can list the problems found
 *
 * Imports @path in one transaction. On failure nothing is changed.
 */
gboolean
bp_import_file (BpStore                *store,
                const char             *path,
                const BpImportOptions  *options,
                BpImportResult        **out_result,
                GCancellable           *cancellable,
                GError                **error)
{
  Import imp = { 0 };
  g_autoptr(BpImportResult) result = g_new0 (BpImportResult, 1);
  gboolean ok;

  g_return_val_if_fail (BP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail ((int) options->kind >= 0 && options->kind < BP_N_IMPORT_KINDS, FALSE);

  result->messages = g_ptr_array_new_with_free_func (g_free);
  result->notes = g_ptr_array_new_with_free_func (g_free);
  imp.store = store;
  imp.spec = kind_specs[options->kind];
  imp.options = options;
  imp.result = result;
  imp.row_reasons = g_string_new (NULL);
  imp.max_messages = options->max_messages ? options->max_messages
                                           : BP_IMPORT_DEFAULT_MAX_MESSAGES;

  if (bp_store_is_read_only (store))
    {
      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_WRITE,
                   /* Translators: %s is the database file's name */
                   _("%s: the database is read-only (the file or its folder cannot be "
                     "written), so nothing can be imported into it; it can still be "
                     "reported on and exported"), bp_store_get_path (store));
      import_clear (&imp);
      if (out_result)
        *out_result = g_steal_pointer (&result);
      return FALSE;
    }

  /* The rejects file may be neither the database nor the file being imported: refused
   * before anything is read or written. */
  if (options->skip_invalid)
    {
      g_autoptr(BpFileGuard) guard = bp_file_guard_new ();
      g_autofree char *target = options->rejects_path ? g_strdup (options->rejects_path)
                                                      : default_rejects_path (path);

      bp_file_guard_add_database (guard, bp_store_get_path (store));
      bp_file_guard_add_input (guard, path);
      if (!bp_file_guard_add_output (guard, target, error))
        {
          import_clear (&imp);
          if (out_result)
            *out_result = g_steal_pointer (&result);
          return FALSE;
        }
    }

  if (!begin_writing (store, options, cancellable, error))
    {
      import_clear (&imp);
      if (out_result)
        *out_result = g_steal_pointer (&result);
      return FALSE;
    }

  ok = run_import (&imp, path, cancellable, error);
  import_clear (&imp);

  if (ok)
    ok = bp_store_exec (store, "COMMIT", error);
  if (!ok)
    {
      sqlite3_exec (bp_store_get_db (store), "ROLLBACK", NULL, NULL, NULL);
      result->import_id = 0;
      result->rows_new = result->rows_updated = result->rows_unchanged = 0;
    }
  else
    {
      result->import_id = imp.import_id;
      bp_store_emit_changed (store);
    }

  if (out_result)
    *out_result = g_steal_pointer (&result);
  return ok;
}

/**
 * bp_import_detect_kind:
 * Recognises the kind of file from its header.
 */
gboolean
bp_import_detect_kind (const char    *path,
                       BpImportKind  *out_kind,
                       GError       **error)
{
  g_autoptr(BpCsvReader) reader = bp_csv_reader_open (path, error);
  int best = -1;
  guint best_matches = 0;

  if (reader == NULL)
    return FALSE;
  if (!bp_csv_reader_next (reader, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                     /* Translators: %s is the file name and 1 its first line */
                     _("%s:1: the file is empty; a header row is required"),
                     bp_csv_reader_display_name (reader));
      return FALSE;
    }

  for (int k = 0; k < BP_N_IMPORT_KINDS; k++)
    {
      const KindSpec *spec = kind_specs[k];
      guint required = 0, matches = 0;
      gboolean seen[MAX_COLUMNS] = { FALSE };

      for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
        {
          int c = match_column (spec, bp_csv_reader_field (reader, i));

          if (c >= 0)
            seen[c] = TRUE;
        }
      for (guint c = 0; c < spec->n_columns; c++)
        {
          if (spec->columns[c].required)
            required++;
          if (spec->columns[c].required && seen[c])
            matches++;
        }
      if (matches == required && matches > best_matches)
        {
          best = k;
          best_matches = matches;
        }
    }

  if (best < 0)
    {
      g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                   /* Translators: %s is the file name and 1 its first line */
                   _("%s:1: the header is not that of case data (outcomes), population or "
                     "benchmarks: see the column names in the documentation"),
                   bp_csv_reader_display_name (reader));
      return FALSE;
    }
  *out_kind = (BpImportKind) best;
  return TRUE;
}

/**
 * bp_import_preview:
 * @kind: the kind of file it is to be imported as
 * @n_rows: how many of its first rows
 *
 * Reads the header and the first @n_rows rows of @path, nothing else, and says which
 * column each heading is read as for @kind (synonyms included), which headings are not
 * used and which required columns are missing: what the import will make of the file,
 * shown before it runs. Nothing is validated or written.
 *
 * Returns: (transfer full): the preview, or NULL if the file cannot be read
 */
BpImportPreview *
bp_import_preview (const char    *path,
                   BpImportKind   kind,
                   guint          n_rows,
                   GError       **error)
{
  g_autoptr(BpCsvReader) reader = NULL;
  g_autoptr(BpImportPreview) preview = NULL;
  const KindSpec *spec;
  gboolean seen[MAX_COLUMNS] = { FALSE };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail ((int) kind >= 0 && kind < BP_N_IMPORT_KINDS, NULL);

  reader = bp_csv_reader_open (path, error);
  if (reader == NULL)
    return NULL;
  if (!bp_csv_reader_next (reader, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, BP_IMPORT_ERROR, BP_IMPORT_ERROR_HEADER,
                     _("%s:1: the file is empty; a header row is required"),
                     bp_csv_reader_display_name (reader));
      return NULL;
    }
  spec = kind_specs[kind];
  preview = g_new0 (BpImportPreview, 1);
  preview->kind = kind;
  preview->headings = g_ptr_array_new_with_free_func (g_free);
  preview->columns = g_ptr_array_new_with_free_func (g_free);
  preview->missing = g_ptr_array_new_with_free_func (g_free);
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
    {
      const char *heading = bp_csv_reader_field (reader, i);
      int c = heading[0] ? match_column (spec, heading) : -1;

      g_ptr_array_add (preview->headings, g_strdup (heading));
      g_ptr_array_add (preview->columns, c >= 0 && !seen[c] ? g_strdup (spec->columns[c].name)
                                                            : NULL);
      if (c >= 0)
        seen[c] = TRUE;
    }
  for (guint c = 0; c < spec->n_columns; c++)
    if (spec->columns[c].required && !seen[c])
      g_ptr_array_add (preview->missing, g_strdup (spec->columns[c].name));
  while (preview->rows->len < n_rows)
    {
      g_autoptr(GError) row_error = NULL;
      GPtrArray *fields;

      if (!bp_csv_reader_next (reader, &row_error))
        break;  /* the end, or a line the import itself will report */
      fields = g_ptr_array_new ();
      for (guint i = 0; i < bp_csv_reader_n_fields (reader); i++)
        g_ptr_array_add (fields, g_strdup (bp_csv_reader_field (reader, i)));
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (preview->rows, g_ptr_array_free (fields, FALSE));
    }
  preview->lines_read = bp_csv_reader_line (reader);
  preview->encoding = bp_csv_reader_encoding (reader);
  return g_steal_pointer (&preview);
}

void
bp_import_preview_free (BpImportPreview *preview)
{
  if (preview == NULL)
    return;
  g_ptr_array_unref (preview->headings);
  g_ptr_array_unref (preview->columns);
  g_ptr_array_unref (preview->missing);
  g_ptr_array_unref (preview->rows);
  g_free (preview);
}

/* "N rows: a new, b updated, c unchanged, d rejected" */
char *
bp_import_result_summary (const BpImportResult *result)
{
  g_autofree char *rows = NULL;
  g_autofree char *rows_new = NULL;
  g_autofree char *rows_updated = NULL;
  g_autofree char *rows_unchanged = NULL;
  g_autofree char *rows_rejected = NULL;

  g_return_val_if_fail (result != NULL, NULL);

  rows = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows);
  rows_new = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_new);
  rows_updated = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_updated);
  rows_unchanged = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_unchanged);
  rows_rejected = g_strdup_printf ("%" G_GUINT64_FORMAT, result->rows_rejected);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the result of an import: the first %s
                                        * is the number of rows read, which decides the
                                        * plural form (the English says "rows" for one row
                                        * too), the others how many of them were new,
                                        * updated, unchanged and rejected, e.g. "1200 rows:
                                        * 1150 new, 40 updated, 7 unchanged, 3 rejected" */
                                       "%s rows: %s new, %s updated, %s unchanged, %s rejected",
                                       "%s rows: %s new, %s updated, %s unchanged, %s rejected",
                                       (gulong) result->rows),
                          rows, rows_new, rows_updated, rows_unchanged, rows_rejected);
}

void
bp_import_result_free (BpImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->messages, g_ptr_array_unref);
  g_clear_pointer (&result->notes, g_ptr_array_unref);
  g_free (result->rejects_path);
  g_free (result);
}

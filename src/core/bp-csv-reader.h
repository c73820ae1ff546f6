/* bp-csv-reader.h: RFC 4180 records with their line numbers, on top of libcsv */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BP_CSV_ERROR (bp_csv_error_quark ())

typedef enum
{
  BP_CSV_ERROR_READ,         /* the file could not be opened or read */
  BP_CSV_ERROR_ENCODING,     /* UTF-16 or UTF-32, or a NUL byte: not a CSV text file */
  BP_CSV_ERROR_SYNTAX,       /* malformed quoting */
  BP_CSV_ERROR_TOO_LARGE,    /* a field or a record beyond any sensible size */
} BpCsvError;

typedef enum
{
  BP_CSV_ENCODING_UTF8,
  BP_CSV_ENCODING_WINDOWS_1252,
} BpCsvEncoding;

/* Limits that keep a broken file from taking the machine's memory. */
#define BP_CSV_MAX_FIELD_BYTES  (1024 * 1024)
#define BP_CSV_MAX_FIELDS       1000

typedef struct _BpCsvReader BpCsvReader;

GQuark         bp_csv_error_quark         (void);
BpCsvReader   *bp_csv_reader_open         (const char    *path,
                                           GError       **error);
void           bp_csv_reader_free         (BpCsvReader   *self);
gboolean       bp_csv_reader_next         (BpCsvReader   *self,
                                           GError       **error);
guint          bp_csv_reader_n_fields     (BpCsvReader   *self);
const char    *bp_csv_reader_field        (BpCsvReader   *self,
                                           guint          index);
guint64        bp_csv_reader_line         (BpCsvReader   *self);
BpCsvEncoding  bp_csv_reader_encoding     (BpCsvReader   *self);
double         bp_csv_reader_fraction     (BpCsvReader   *self);
const char    *bp_csv_reader_display_name (BpCsvReader   *self);
void           bp_csv_reader_set_column_names (BpCsvReader        *self,
                                               const char * const *names);
void           bp_csv_write_field         (GString       *out,
                                           const char    *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpCsvReader, bp_csv_reader_free)

G_END_DECLS

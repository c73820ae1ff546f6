/* bp-import-private.h: what the import (bp-import.c), its field readers
 * (bp-import-fields.c) and its three kinds share
 *
 * A kind of file is one KindSpec: its columns with their synonyms, how a record becomes a
 * typed Row, how the row is keyed and written, and how each column is stored (for the
 * row's hash). Each kind is a file: bp-import-outcomes.c, bp-import-population.c,
 * bp-import-benchmarks.c, and the KPIs' inputs bp-import-interventions.c,
 * bp-import-victims.c, bp-import-board.c, and the plan's tables bp-import-staffing.c,
 * bp-import-budget.c, bp-import-actions.c.
 */
#pragma once

#include <sqlite3.h>

#include "bp-codes.h"
#include "bp-date.h"
#include "bp-import.h"
#include "bp-kpi-codes.h"
#include "bp-plan-codes.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;      /* canonical name, as in data-formats.md */
  gboolean    required;
  const char *synonyms;  /* '|'-separated */
} ColumnSpec;

#define MAX_COLUMNS 32

typedef struct
{
  /* outcomes */
  BpDay dob, outcome_date, offence_date, release_date;
  BpSex sex;
  BpEthnicGroup ethnic_group;
  BpOutcomeType type;
  BpOffenceGroup offence_group;
  int gravity;
  gboolean local;
  /* population */
  int year, age_min, age_max;
  const char *age_key, *sex_key;
  char *ethnicity_key;
  gint64 count;
  /* benchmarks */
  const char *indicator, *area_type;
  BpDay period_start, period_end;
  double value;
  int rank, rank_of;
  /* interventions (with dob, sex, ethnic_group, local) */
  BpInterventionType itype;
  BpDay start_date, end_date;
  BpEndReason end_reason;
  BpAnswer answers[12];   /* the status columns, in column order */
  double hours_offered, hours_attended; /* NAN: not recorded */
  guint8 wider;
  /* victims (answers[0..4]) and board (answers[0]: disproportionality data) */
  BpDay recorded_date, meeting_date;
  BpPartner partner;
  BpAttended attended;
  gboolean senior;
  /* staffing (with sex, ethnic_group) */
  BpContract contract;
  double wte;
  /* budget (with year): staffing costs, payments in kind, other delegated funds, total */
  gint64 pence[4];
  gboolean have_total;
  /* actions (due: end_date; updated: recorded_date) */
  BpActionStatus status;
} Row;

typedef struct _Import Import;

typedef struct
{
  const char       *name;
  const ColumnSpec *columns;
  guint             n_columns;
  int               n_key;        /* how many parameters the key takes */
  const char       *duplicate;    /* (nullable) N_(): the message for a key seen twice */
  const char       *lookup_sql;   /* key params ?1.. -> row_hash, import_id */
  const char       *upsert_sql;   /* every column; key first; ON CONFLICT DO UPDATE */
  gboolean        (*validate)     (Import *imp, Row *row);
  void            (*bind_key)     (Import *imp, const Row *row, sqlite3_stmt *stmt, int first);
  void            (*bind_rest)    (Import *imp, const Row *row, sqlite3_stmt *stmt, int first);
  /* how canonical column c is stored: a text, or NULL and *out_number */
  const char     *(*stored)       (Import *imp, const Row *row, guint c, gint64 *out_number);
  int               duplicate_column; /* the key's column, when one column is the key: a
                                       * duplicate is a problem of that column; else -1 */
} KindSpec;

struct _Import
{
  BpStore *store;
  const KindSpec *spec;
  const BpImportOptions *options;
  BpCsvReader *reader;
  BpImportResult *result;
  const char *display_name;
  int map[MAX_COLUMNS];          /* canonical column -> file field, or -1 */
  char *header_names[MAX_COLUMNS];
  guint n_header_fields;
  guint max_messages;
  gboolean row_failed;
  GString *row_reasons;
  sqlite3_stmt *lookup, *insert, *upsert;
  gint64 import_id;
};

/* Messages and fields of the record being read (bp-import-fields.c) */
char * _bp_import_current_line (Import *imp);
void _bp_import_problem (Import     *imp,
                         guint       column,
                         const char *value,
                         const char *what);
void _bp_import_row_problem (Import     *imp,
                             const char *what);
const char * _bp_import_field (Import *imp,
                               guint   column);
gboolean _bp_import_parse_date (Import  *imp,
                                guint    column,
                                gboolean required,
                                BpDay   *out_day);
gboolean _bp_import_parse_int (const char *text,
                               gint64      min,
                               gint64      max,
                               gint64     *out_value);
gboolean _bp_import_parse_number (const char *text,
                                  double     *out_value);
void _bp_import_require_text (Import *imp,
                              guint   column);
void _bp_import_bind_day (sqlite3_stmt *stmt,
                          int           index,
                          BpDay         day);

/* The kinds, in BpImportKind order */
extern const KindSpec _bp_import_outcome_spec;
extern const KindSpec _bp_import_population_spec;
extern const KindSpec _bp_import_benchmark_spec;
extern const KindSpec _bp_import_intervention_spec;
extern const KindSpec _bp_import_victim_spec;
extern const KindSpec _bp_import_board_spec;
extern const KindSpec _bp_import_staffing_spec;
extern const KindSpec _bp_import_budget_spec;
extern const KindSpec _bp_import_actions_spec;

/* For the KPI inputs: a YES/NO (or SUITABLE/UNSUITABLE) column into *@out, a problem
 * when it is neither; and the bind of such an answer (NULL when not recorded). */
void _bp_import_parse_answer (Import   *imp,
                              guint     column,
                              gboolean  suitability,
                              BpAnswer *out);
void _bp_import_bind_answer (sqlite3_stmt *stmt,
                             int           index,
                             BpAnswer      answer);

G_END_DECLS

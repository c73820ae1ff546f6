/* bp-import-interventions.c: the interventions file (kpis.md section 1): one row per
 * order or programme a child had with the service, with the statuses the KPIs read
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum
{
  IC_INTERVENTION_ID, IC_CHILD_ID, IC_DATE_OF_BIRTH, IC_SEX, IC_ETHNICITY,
  IC_INTERVENTION_TYPE, IC_START_DATE, IC_END_DATE, IC_END_REASON,
  /* the statuses, in the order of Row.answers */
  IC_ACCOMMODATION_START, IC_ACCOMMODATION_END, IC_ETE_START, IC_ETE_END, IC_SEND,
  IC_SEND_PLAN, IC_MH_NEED, IC_MH_OFFERED, IC_MH_ATTENDING, IC_SM_NEED, IC_SM_OFFERED,
  IC_SM_ATTENDING,
  IC_ETE_HOURS_OFFERED, IC_ETE_HOURS_ATTENDED, IC_WIDER_SERVICES, IC_LOCAL_STATUS, N_IC
};

#define FIRST_ANSWER IC_ACCOMMODATION_START
#define N_ANSWERS (IC_SM_ATTENDING - IC_ACCOMMODATION_START + 1)
G_STATIC_ASSERT (N_ANSWERS <= 12);

static const ColumnSpec intervention_columns[N_IC] = {
  { "intervention_id", TRUE, "id|episode id|order id" },
  { "child_id", TRUE, "person id|yjs id|client id" },
  { "date_of_birth", TRUE, "dob|birth date" },
  { "sex", TRUE, "gender" },
  { "ethnicity", TRUE, "ethnic group" },
  { "intervention_type", TRUE, "order type|type|disposal" },
  { "start_date", TRUE, "" },
  { "end_date", FALSE, "closure date" },
  { "end_reason", FALSE, "closure reason" },
  { "accommodation_start", FALSE, "" },
  { "accommodation_end", FALSE, "" },
  { "ete_start", FALSE, "" },
  { "ete_end", FALSE, "" },
  { "send", FALSE, "send need|aln" },
  { "send_plan", FALSE, "ehcp|formal plan" },
  { "mh_need", FALSE, "mental health need" },
  { "mh_offered", FALSE, "mental health offered" },
  { "mh_attending", FALSE, "mental health attending" },
  { "sm_need", FALSE, "substance misuse need" },
  { "sm_offered", FALSE, "substance misuse offered" },
  { "sm_attending", FALSE, "substance misuse attending" },
  { "ete_hours_offered", FALSE, "" },
  { "ete_hours_attended", FALSE, "" },
  { "wider_services", FALSE, "" },
  { "local_status", FALSE, "status" },
};

static gboolean
is_suitability (guint c)
{
  return c == IC_ACCOMMODATION_START || c == IC_ACCOMMODATION_END || c == IC_ETE_START ||
         c == IC_ETE_END;
}

/* The hours as a number for the hash: hundredths of an hour, or -1 when not recorded. */
static gint64
hours_key (double hours)
{
  return isnan (hours) ? -1 : (gint64) llround (hours * 100.0);
}

static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  if (c >= FIRST_ANSWER && c < FIRST_ANSWER + N_ANSWERS)
    {
      *out_number = row->answers[c - FIRST_ANSWER];
      return NULL;
    }
  switch (c)
    {
    case IC_DATE_OF_BIRTH: *out_number = row->dob; return NULL;
    case IC_SEX: return bp_sex_code (row->sex);
    case IC_INTERVENTION_TYPE: return bp_intervention_type_code (row->itype);
    case IC_START_DATE: *out_number = row->start_date; return NULL;
    case IC_END_DATE: *out_number = row->end_date; return NULL;
    case IC_END_REASON: return bp_end_reason_code (row->end_reason);
    case IC_ETE_HOURS_OFFERED: *out_number = hours_key (row->hours_offered); return NULL;
    case IC_ETE_HOURS_ATTENDED: *out_number = hours_key (row->hours_attended); return NULL;
    case IC_WIDER_SERVICES: *out_number = row->wider; return NULL;
    case IC_LOCAL_STATUS: *out_number = row->local; return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static void
parse_hours (Import *imp,
             guint   column,
             double *out)
{
  const char *text = _bp_import_field (imp, column);

  *out = NAN;
  if (text[0] == '\0')
    return;
  if (!_bp_import_parse_number (text, out) || *out < 0 || *out > 168)
    {
      *out = NAN;
      _bp_import_problem (imp, column, text,
                          _("the hours a week must be a number from 0 to 168, or blank"));
    }
}

static gboolean
validate_intervention (Import *imp,
                       Row    *row)
{
  const char *text;
  gboolean recognised, have_dob, have_start;

  _bp_import_require_text (imp, IC_INTERVENTION_ID);
  _bp_import_require_text (imp, IC_CHILD_ID);
  have_dob = _bp_import_parse_date (imp, IC_DATE_OF_BIRTH, TRUE, &row->dob);
  have_start = _bp_import_parse_date (imp, IC_START_DATE, TRUE, &row->start_date);

  text = _bp_import_field (imp, IC_SEX);
  if (!bp_sex_parse (text, &row->sex))
    _bp_import_problem (imp, IC_SEX, text,
                        _("not a sex code: use M, F or U (or Male, Female, Unknown)"));
  row->ethnic_group = bp_ethnicity_parse (_bp_import_field (imp, IC_ETHNICITY), &recognised);

  text = _bp_import_field (imp, IC_INTERVENTION_TYPE);
  if (text[0] == '\0')
    _bp_import_problem (imp, IC_INTERVENTION_TYPE, NULL,
                        _("an intervention type is required"));
  else if (!bp_intervention_type_parse (text, &row->itype))
    _bp_import_problem (imp, IC_INTERVENTION_TYPE, text,
                        /* Translators: a problem with a value in a CSV file: the capitalised
                         * words are codes the file may hold: keep them */
                        _("not a known intervention type: use PREVENTION, DIVERSION, YC, YCC, "
                          "RO, YRO, CUSTODY or OTHER_COURT, or an outcome code such as CR"));

  if (_bp_import_parse_date (imp, IC_END_DATE, FALSE, &row->end_date) && have_start &&
      row->end_date != BP_DAY_INVALID && row->end_date < row->start_date)
    _bp_import_problem (imp, IC_END_DATE, _bp_import_field (imp, IC_END_DATE),
                        _("the end date is before the start date"));
  if (have_dob && have_start && row->dob > row->start_date)
    _bp_import_problem (imp, IC_DATE_OF_BIRTH, _bp_import_field (imp, IC_DATE_OF_BIRTH),
                        _("the date of birth is after the start date"));

  text = _bp_import_field (imp, IC_END_REASON);
  if (!bp_end_reason_parse (text, &row->end_reason))
    _bp_import_problem (imp, IC_END_REASON, text,
                        /* Translators: a problem with a value in a CSV file: the capitalised
                         * words are codes the file may hold: keep them */
                        _("not a known end reason: use COMPLETED, NOT_COMPLETED, TRANSFERRED "
                          "or OTHER, or leave it blank"));

  for (guint k = 0; k < N_ANSWERS; k++)
    _bp_import_parse_answer (imp, FIRST_ANSWER + k, is_suitability (FIRST_ANSWER + k),
                             &row->answers[k]);
  parse_hours (imp, IC_ETE_HOURS_OFFERED, &row->hours_offered);
  parse_hours (imp, IC_ETE_HOURS_ATTENDED, &row->hours_attended);

  text = _bp_import_field (imp, IC_WIDER_SERVICES);
  if (!bp_wider_services_parse (text, &row->wider))
    _bp_import_problem (imp, IC_WIDER_SERVICES, text,
                        /* Translators: a problem with a value in a CSV file: the capitalised
                         * words are codes the file may hold: keep them */
                        _("use codes LAC, CIN, CPP and EARLY_HELP separated by \";\", or NONE, "
                          "or leave it blank"));

  text = _bp_import_field (imp, IC_LOCAL_STATUS);
  if (!bp_local_status_parse (text, &row->local))
    _bp_import_problem (imp, IC_LOCAL_STATUS, text,
                        _("the status must be Local, Other or blank (Local)"));

  return !imp->row_failed;
}

static void
bind_key (Import       *imp,
          const Row    *row,
          sqlite3_stmt *stmt,
          int           first)
{
  sqlite3_bind_text (stmt, first, _bp_import_field (imp, IC_INTERVENTION_ID), -1,
                     SQLITE_STATIC);
}

static void
bind_hours (sqlite3_stmt *stmt,
            int           index,
            double        hours)
{
  if (isnan (hours))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, hours);
}

static void
bind_rest (Import       *imp,
           const Row    *row,
           sqlite3_stmt *stmt,
           int           i)
{
  g_autofree char *wider = bp_wider_services_code (row->wider);

  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, IC_CHILD_ID), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->dob);
  sqlite3_bind_text (stmt, i++, bp_sex_code (row->sex), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, IC_ETHNICITY), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->ethnic_group);
  sqlite3_bind_text (stmt, i++, bp_intervention_type_code (row->itype), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, IC_INTERVENTION_TYPE), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->start_date);
  _bp_import_bind_day (stmt, i++, row->end_date);
  if (row->end_reason == BP_END_NOT_RECORDED)
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_text (stmt, i++, bp_end_reason_code (row->end_reason), -1, SQLITE_STATIC);
  for (guint k = 0; k < N_ANSWERS; k++)
    _bp_import_bind_answer (stmt, i++, row->answers[k]);
  bind_hours (stmt, i++, row->hours_offered);
  bind_hours (stmt, i++, row->hours_attended);
  if (wider[0] == '\0')
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_text (stmt, i++, wider, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, i++, row->local);
}

const KindSpec _bp_import_intervention_spec = {
  "interventions", intervention_columns, N_IC, 1,
  /* Translators: a problem with a value in a CSV file: intervention_id is the name of a
   * column: keep it in English */
  N_("this intervention_id appears earlier in the file; each must be unique"),
  "SELECT row_hash, import_id FROM intervention WHERE intervention_id = ?1",
  "INSERT INTO intervention (intervention_id, row_hash, import_id, child_id, date_of_birth, "
  "  sex, ethnicity_raw, ethnic_group, intervention_type, intervention_type_raw, start_date, "
  "  end_date, end_reason, accommodation_start, accommodation_end, ete_start, ete_end, send, "
  "  send_plan, mh_need, mh_offered, mh_attending, sm_need, sm_offered, sm_attending, "
  "  ete_hours_offered, ete_hours_attended, wider_services, local) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
  "  ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29) "
  "ON CONFLICT (intervention_id) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, child_id = excluded.child_id, "
  "  date_of_birth = excluded.date_of_birth, sex = excluded.sex, "
  "  ethnicity_raw = excluded.ethnicity_raw, ethnic_group = excluded.ethnic_group, "
  "  intervention_type = excluded.intervention_type, "
  "  intervention_type_raw = excluded.intervention_type_raw, "
  "  start_date = excluded.start_date, end_date = excluded.end_date, "
  "  end_reason = excluded.end_reason, accommodation_start = excluded.accommodation_start, "
  "  accommodation_end = excluded.accommodation_end, ete_start = excluded.ete_start, "
  "  ete_end = excluded.ete_end, send = excluded.send, send_plan = excluded.send_plan, "
  "  mh_need = excluded.mh_need, mh_offered = excluded.mh_offered, "
  "  mh_attending = excluded.mh_attending, sm_need = excluded.sm_need, "
  "  sm_offered = excluded.sm_offered, sm_attending = excluded.sm_attending, "
  "  ete_hours_offered = excluded.ete_hours_offered, "
  "  ete_hours_attended = excluded.ete_hours_attended, "
  "  wider_services = excluded.wider_services, local = excluded.local",
  validate_intervention, bind_key, bind_rest,
  .stored = stored_value,
  .duplicate_column = IC_INTERVENTION_ID,
};

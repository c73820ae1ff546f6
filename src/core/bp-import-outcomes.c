/* bp-import-outcomes.c: the outcomes file (data-formats.md): one row per outcome
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-import-private.h"

enum
{
  OC_OUTCOME_ID, OC_CHILD_ID, OC_DATE_OF_BIRTH, OC_SEX, OC_ETHNICITY, OC_OUTCOME_DATE,
  OC_OUTCOME_TYPE, OC_OFFENCE_DATE, OC_OFFENCE_GROUP, OC_GRAVITY, OC_LOCAL_STATUS,
  OC_RELEASE_DATE, N_OC
};

static const ColumnSpec outcome_columns[N_OC] = {
  { "outcome_id", TRUE, "id|record id|outcome ref" },
  { "child_id", TRUE, "person id|yjs id|client id" },
  { "date_of_birth", TRUE, "dob|birth date" },
  { "sex", TRUE, "gender" },
  { "ethnicity", TRUE, "ethnic group|ethnicity code|ethnic origin" },
  { "outcome_date", TRUE, "disposal date|sentence date|decision date" },
  { "outcome_type", TRUE, "outcome|disposal|disposal type|sentence" },
  { "offence_date", FALSE, "date of offence" },
  { "offence_group", FALSE, "offence category|offence type" },
  { "gravity", FALSE, "gravity score|seriousness" },
  { "local_status", FALSE, "status" },
  { "release_date", FALSE, "custody release date" },
};

/* How column @c is stored (the row's hash is made of these): a text, or NULL and the
 * number. */
static const char *
stored_value (Import    *imp,
              const Row *row,
              guint      c,
              gint64    *out_number)
{
  switch (c)
    {
    case OC_DATE_OF_BIRTH: *out_number = row->dob; return NULL;
    case OC_OUTCOME_DATE: *out_number = row->outcome_date; return NULL;
    case OC_OFFENCE_DATE: *out_number = row->offence_date; return NULL;
    case OC_RELEASE_DATE: *out_number = row->release_date; return NULL;
    case OC_SEX: return bp_sex_code (row->sex);
    case OC_OFFENCE_GROUP:
      return row->offence_group == BP_OFFENCE_NONE ? ""
             : bp_offence_group_code (row->offence_group);
    case OC_GRAVITY: *out_number = row->gravity; return NULL;
    case OC_LOCAL_STATUS: *out_number = row->local; return NULL;
    default: return _bp_import_field (imp, c);
    }
}

static gboolean
validate_outcome (Import *imp,
                  Row    *row)
{
  const char *text;
  gboolean recognised;
  gboolean have_dob, have_outcome;

  _bp_import_require_text (imp, OC_OUTCOME_ID);
  _bp_import_require_text (imp, OC_CHILD_ID);

  have_dob = _bp_import_parse_date (imp, OC_DATE_OF_BIRTH, TRUE, &row->dob);
  have_outcome = _bp_import_parse_date (imp, OC_OUTCOME_DATE, TRUE, &row->outcome_date);

  text = _bp_import_field (imp, OC_SEX);
  if (!bp_sex_parse (text, &row->sex))
    _bp_import_problem (imp, OC_SEX, text,
                        /* Translators: a problem with a value in a CSV file: M, F, U, Male,
                         * Female and Unknown are the values the file may hold: keep them in
                         * English */
                        _("not a sex code: use M, F or U (or Male, Female, Unknown)"));

  row->ethnic_group = bp_ethnicity_parse (_bp_import_field (imp, OC_ETHNICITY), &recognised);

  text = _bp_import_field (imp, OC_OUTCOME_TYPE);
  if (text[0] == '\0')
    _bp_import_problem (imp, OC_OUTCOME_TYPE, NULL, _("an outcome type is required"));
  else if (!bp_outcome_type_parse (text, &row->type))
    _bp_import_problem (imp, OC_OUTCOME_TYPE, text,
                        /* Translators: a problem with a value in a CSV file: YC, RO, YRO and
                         * DTO are codes: keep them */
                        _("not a known outcome type: use a code such as YC, RO, YRO or DTO, or "
                          "its name"));

  if (_bp_import_parse_date (imp, OC_OFFENCE_DATE, FALSE, &row->offence_date) && have_outcome &&
      row->offence_date != BP_DAY_INVALID && row->offence_date > row->outcome_date)
    _bp_import_problem (imp, OC_OUTCOME_DATE, _bp_import_field (imp, OC_OUTCOME_DATE),
                        _("the outcome date is before the offence date"));

  if (have_dob && have_outcome && row->dob > row->outcome_date)
    _bp_import_problem (imp, OC_DATE_OF_BIRTH, _bp_import_field (imp, OC_DATE_OF_BIRTH),
                        _("the date of birth is after the outcome date"));

  text = _bp_import_field (imp, OC_OFFENCE_GROUP);
  if (!bp_offence_group_parse (text, &row->offence_group))
    _bp_import_problem (imp, OC_OFFENCE_GROUP, text,
                        /* Translators: a problem with a value in a CSV file: VATP, ROBBERY...
                         * OTHER are codes: keep them */
                        _("not a known offence group: use VATP, ROBBERY, DRUGS, THEFT, BURGLARY, "
                          "CRIMINAL_DAMAGE, MOTORING, PUBLIC_ORDER, SEXUAL, WEAPONS, FRAUD, "
                          "BREACH or OTHER"));

  text = _bp_import_field (imp, OC_GRAVITY);
  row->gravity = 0;
  if (text[0] != '\0')
    {
      gint64 g;

      if (!_bp_import_parse_int (text, 1, 8, &g))
        _bp_import_problem (imp, OC_GRAVITY, text,
                            _("the gravity score must be a whole number from 1 to 8"));
      else
        row->gravity = (int) g;
    }

  text = _bp_import_field (imp, OC_LOCAL_STATUS);
  if (!bp_local_status_parse (text, &row->local))
    _bp_import_problem (imp, OC_LOCAL_STATUS, text,
                        /* Translators: a problem with a value in a CSV file: Local and Other
                         * are the values the file may hold: keep them in English */
                        _("the status must be Local, Other or blank (Local)"));

  if (_bp_import_parse_date (imp, OC_RELEASE_DATE, FALSE, &row->release_date) &&
      row->release_date != BP_DAY_INVALID && !imp->row_failed)
    {
      if (!(bp_outcome_type_flags (row->type) & BP_OUTCOME_FLAG_CUSTODIAL))
        _bp_import_problem (imp, OC_RELEASE_DATE, _bp_import_field (imp, OC_RELEASE_DATE),
                            _("a release date is only for custodial sentences"));
      else if (row->release_date < row->outcome_date)
        _bp_import_problem (imp, OC_RELEASE_DATE, _bp_import_field (imp, OC_RELEASE_DATE),
                            _("the release date is before the outcome date"));
    }

  return !imp->row_failed;
}

static void
bind_outcome_key (Import       *imp,
                  const Row    *row,
                  sqlite3_stmt *stmt,
                  int           first)
{
  sqlite3_bind_text (stmt, first, _bp_import_field (imp, OC_OUTCOME_ID), -1, SQLITE_STATIC);
}


static void
bind_outcome_rest (Import       *imp,
                   const Row    *row,
                   sqlite3_stmt *stmt,
                   int           i)
{
  BpOutcomeFlags flags = bp_outcome_type_flags (row->type);

  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, OC_CHILD_ID), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->dob);
  sqlite3_bind_text (stmt, i++, bp_sex_code (row->sex), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, OC_ETHNICITY), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, row->ethnic_group);
  sqlite3_bind_int (stmt, i++, row->outcome_date);
  sqlite3_bind_text (stmt, i++, bp_outcome_type_code (row->type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, i++, _bp_import_field (imp, OC_OUTCOME_TYPE), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, i++, bp_outcome_type_tier (row->type));
  sqlite3_bind_int (stmt, i++, (flags & BP_OUTCOME_FLAG_STATUTORY) != 0);
  sqlite3_bind_int (stmt, i++, (flags & BP_OUTCOME_FLAG_COURT) != 0);
  sqlite3_bind_int (stmt, i++, (flags & BP_OUTCOME_FLAG_CUSTODIAL) != 0);
  _bp_import_bind_day (stmt, i++, row->offence_date);
  if (row->offence_group == BP_OFFENCE_NONE)
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_text (stmt, i++, bp_offence_group_code (row->offence_group), -1, SQLITE_STATIC);
  if (row->gravity == 0)
    sqlite3_bind_null (stmt, i++);
  else
    sqlite3_bind_int (stmt, i++, row->gravity);
  sqlite3_bind_int (stmt, i++, row->local);
  _bp_import_bind_day (stmt, i++, row->release_date);
}

const KindSpec _bp_import_outcome_spec = {
  "outcomes", outcome_columns, N_OC, 1,
  /* Translators: a problem with a value in a CSV file: outcome_id is the name of a
   * column: keep it in English */
  N_("this outcome_id appears earlier in the file; each must be unique"),
  "SELECT row_hash, import_id FROM outcome WHERE outcome_id = ?1",
  "INSERT INTO outcome (outcome_id, row_hash, import_id, child_id, date_of_birth, sex, "
  "  ethnicity_raw, ethnic_group, outcome_date, outcome_type, outcome_type_raw, tier, "
  "  statutory, court, custodial, offence_date, offence_group, gravity, local, release_date) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
  "  ?19, ?20) "
  "ON CONFLICT (outcome_id) DO UPDATE SET row_hash = excluded.row_hash, "
  "  import_id = excluded.import_id, child_id = excluded.child_id, "
  "  date_of_birth = excluded.date_of_birth, sex = excluded.sex, "
  "  ethnicity_raw = excluded.ethnicity_raw, ethnic_group = excluded.ethnic_group, "
  "  outcome_date = excluded.outcome_date, outcome_type = excluded.outcome_type, "
  "  outcome_type_raw = excluded.outcome_type_raw, tier = excluded.tier, "
  "  statutory = excluded.statutory, court = excluded.court, custodial = excluded.custodial, "
  "  offence_date = excluded.offence_date, offence_group = excluded.offence_group, "
  "  gravity = excluded.gravity, local = excluded.local, release_date = excluded.release_date",
  validate_outcome, bind_outcome_key, bind_outcome_rest,
  .stored = stored_value,
  .duplicate_column = OC_OUTCOME_ID,
};

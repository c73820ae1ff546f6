/* bp-test-cases.c: an area built child by child, imported for real
 *
 * The figures the tests expect come from domain.md or the arithmetic written beside
 * them, never from running the code under test.
 */

#include "config.h"

#include <string.h>

#include "bp-test-cases.h"
#include "bp-test-util.h"

void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = bp_test_tmpdir ();
  db = g_build_filename (f->dir, "test.db", NULL);
  f->store = bp_store_open (db, &error);
  g_assert_no_error (error);
  f->outcomes = g_string_new ("outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,"
                              "outcome_type,offence_date,offence_group,local_status,"
                              "release_date,gravity\n");
  f->population = g_string_new ("year,age,sex,ethnicity,count,source\n");
  f->benchmarks = g_string_new ("indicator,period_start,period_end,area_type,area_name,"
                                "numerator,denominator,value,rank,rank_of,source\n");
  f->interventions = g_string_new ("intervention_id,child_id,date_of_birth,sex,ethnicity,"
                                   "intervention_type,start_date,end_date,end_reason,"
                                   "accommodation_start,accommodation_end,ete_start,ete_end,"
                                   "send,send_plan,mh_need,mh_offered,mh_attending,sm_need,"
                                   "sm_offered,sm_attending,wider_services,ete_hours_offered,"
                                   "ete_hours_attended,local_status\n");
  f->victims = g_string_new ("victim_id,child_id,recorded_date,contacted,consented,"
                             "rj_engaged,support_requested,support_given\n");
  f->board = g_string_new ("meeting_date,partner,member,senior,attended,"
                           "disproportionality_data\n");
}

void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_string_free (f->outcomes, TRUE);
  g_string_free (f->population, TRUE);
  g_string_free (f->benchmarks, TRUE);
  g_string_free (f->interventions, TRUE);
  g_string_free (f->victims, TRUE);
  g_string_free (f->board, TRUE);
}

const char *
iso (BpDay day)
{
  static char buf[4][BP_DAY_ISO_LEN];
  static int i;

  if (day == BP_DAY_INVALID)
    return "";
  i = (i + 1) % 4;
  bp_day_format_iso (day, buf[i]);
  return buf[i];
}

BpDay
d (int y, int m, int dd)
{
  return bp_day_from_ymd (y, m, dd);
}

/* A date of birth that makes the child @age on @when (their birthday 100 days before). */
BpDay
born_aged (int age, BpDay when)
{
  return bp_day_add_months (when - 100, -12 * age);
}

void
outcome (Fixture    *f,
         const char *child,
         BpDay       date,
         const char *type,
         const Extra *x)
{
  Extra none = { 0 };
  BpDay dob, offence;

  if (x == NULL)
    x = &none;
  dob = x->dob ? x->dob : born_aged (15, date);
  offence = x->offence ? x->offence : date - 10;
  g_string_append_printf (f->outcomes, "O%05d,%s,%s,%c,%s,", ++f->next_id, child, iso (dob),
                          x->sex ? x->sex : 'M', x->ethnicity ? x->ethnicity : "W1");
  g_string_append_printf (f->outcomes, "%s,%s,", iso (date), type);
  g_string_append_printf (f->outcomes, "%s,%s,%s,%s,", offence == -1 ? "" : iso (offence),
                          x->group ? x->group : "", x->local ? x->local : "",
                          x->release ? iso (x->release) : "");
  if (x->gravity)
    g_string_append_printf (f->outcomes, "%d", x->gravity);
  g_string_append_c (f->outcomes, '\n');
}

#define OR_BLANK(s) ((s) ? (s) : "")

void
intervention (Fixture      *f,
              const char   *child,
              const char   *type,
              BpDay         start,
              BpDay         end,
              const IExtra *x)
{
  IExtra none = { 0 };

  if (x == NULL)
    x = &none;
  g_string_append_printf (f->interventions, "I%05d,%s,%s,M,W1,%s,%s,%s,%s,", ++f->next_id,
                          child, iso (x->dob ? x->dob : born_aged (15, start)), type,
                          iso (start), iso (end), OR_BLANK (x->end_reason));
  g_string_append_printf (f->interventions, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,",
                          OR_BLANK (x->acc_start), OR_BLANK (x->acc_end),
                          OR_BLANK (x->ete_start), OR_BLANK (x->ete_end), OR_BLANK (x->send),
                          OR_BLANK (x->send_plan), OR_BLANK (x->mh_need),
                          OR_BLANK (x->mh_offered), OR_BLANK (x->mh_attending),
                          OR_BLANK (x->sm_need), OR_BLANK (x->sm_offered),
                          OR_BLANK (x->sm_attending));
  g_string_append_printf (f->interventions, "\"%s\",%s,%s,%s\n", OR_BLANK (x->wider),
                          OR_BLANK (x->hours_offered), OR_BLANK (x->hours_attended),
                          OR_BLANK (x->local));
}

void
victim (Fixture    *f,
        BpDay       recorded,
        const char *contacted,
        const char *consented,
        const char *rj_engaged,
        const char *support_requested,
        const char *support_given)
{
  g_string_append_printf (f->victims, "V%05d,,%s,%s,%s,%s,%s,%s\n", ++f->next_id,
                          iso (recorded), OR_BLANK (contacted), OR_BLANK (consented),
                          OR_BLANK (rj_engaged), OR_BLANK (support_requested),
                          OR_BLANK (support_given));
}

void
board_row (Fixture    *f,
           BpDay       meeting,
           const char *partner,
           const char *member,
           const char *senior,
           const char *attended,
           const char *presented)
{
  g_string_append_printf (f->board, "%s,%s,%s,%s,%s,%s\n", iso (meeting), partner,
                          OR_BLANK (member), OR_BLANK (senior), attended, OR_BLANK (presented));
}

void
import_all (Fixture *f)
{
  static const struct { BpImportKind kind; const char *name; } files[] = {
    { BP_IMPORT_OUTCOMES, "outcomes.csv" },
    { BP_IMPORT_POPULATION, "population.csv" },
    { BP_IMPORT_BENCHMARKS, "benchmarks.csv" },
    { BP_IMPORT_INTERVENTIONS, "interventions.csv" },
    { BP_IMPORT_VICTIMS, "victims.csv" },
    { BP_IMPORT_BOARD, "board.csv" },
  };
  GString *texts[] = { f->outcomes, f->population, f->benchmarks, f->interventions,
                       f->victims, f->board };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      BpImportOptions options = { .kind = files[i].kind };

      if (strchr (texts[i]->str, '\n') == texts[i]->str + texts[i]->len - 1)
        continue; /* header only */
      path = bp_test_write_file (f->dir, files[i].name, texts[i]->str, -1);
      bp_import_file (f->store, path, &options, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  /* The area the benchmarks' YJS rows are this area's own figures for. */
  g_assert_true (bp_store_set_area (f->store, "Northdale", NULL));
}

BpReport *
report_for (Fixture *f, BpDay period_end, BpStage stage)
{
  g_autoptr(GError) error = NULL;
  BpReportOptions options = { period_end, stage };
  BpReport *report = bp_report_compute (f->store, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

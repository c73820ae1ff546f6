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
                              "release_date\n");
  f->population = g_string_new ("year,age,sex,ethnicity,count,source\n");
  f->benchmarks = g_string_new ("indicator,period_start,period_end,area_type,area_name,"
                                "numerator,denominator,value,rank,rank_of,source\n");
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
  g_string_append_printf (f->outcomes, "%s,%s,%s,%s\n", offence == -1 ? "" : iso (offence),
                          x->group ? x->group : "", x->local ? x->local : "",
                          x->release ? iso (x->release) : "");
}

void
import_all (Fixture *f)
{
  static const struct { BpImportKind kind; const char *name; } files[] = {
    { BP_IMPORT_OUTCOMES, "outcomes.csv" },
    { BP_IMPORT_POPULATION, "population.csv" },
    { BP_IMPORT_BENCHMARKS, "benchmarks.csv" },
  };
  GString *texts[] = { f->outcomes, f->population, f->benchmarks };

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

/* test-picture.c: the indicators of domain.md section 11 (diversion, remands, the
 * disposal mix, delays, the cohort's profile) against hand calculations
 *
 * Each test builds a small area child by child (bp-test-cases.c), imports it for real,
 * and checks the figures. The expected numbers come from domain.md or from the
 * arithmetic written beside them, never from running the code under test.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-cohort.h"
#include "bp-delays.h"
#include "bp-disposals.h"
#include "bp-diversion.h"
#include "bp-offences.h"
#include "bp-remand.h"
#include "bp-report-format.h"
#include "bp-report-mask.h"
#include "bp-test-cases.h"
#include "bp-test-util.h"

/* Barnet's 2024/25 table (domain.md section 12): CR 28, TRIAGE 8, TURNAROUND 27, YC 13,
 * YCC 22 = 98 outcomes of 98 children; with children who must not count. */
static void
test_diversion (Fixture *f, gconstpointer data)
{
  static const struct { const char *type; int n; } barnet[] = {
    { "CR", 28 }, { "TRIAGE", 8 }, { "TURNAROUND", 27 }, { "YC", 13 }, { "YCC", 22 },
  };
  g_autoptr(BpReport) r = NULL;
  g_autoptr(BpReport) later = NULL;
  const BpDiversion *dv;
  int child = 0;
  Extra other = { .local = "Other" };
  Extra adult = { .dob = born_aged (18, d (2024, 9, 1)) };

  for (guint t = 0; t < G_N_ELEMENTS (barnet); t++)
    for (int i = 0; i < barnet[t].n; i++)
      {
        g_autofree char *id = g_strdup_printf ("D%03d", ++child);

        outcome (f, id, d (2024, 4, 1) + (i * 7) % 360, barnet[t].type, NULL);
      }
  outcome (f, "BEFORE", d (2024, 3, 31), "CR", NULL);     /* the year before */
  outcome (f, "AFTER", d (2025, 4, 1), "O22", NULL);      /* after the period */
  outcome (f, "ELSEWHERE", d (2024, 9, 1), "TRIAGE", &other); /* not Local */
  outcome (f, "ADULT", d (2024, 9, 1), "CR", &adult);      /* aged 18 */
  outcome (f, "NFA", d (2024, 9, 1), "NFA", NULL);         /* not diversion */
  /* a child with two types in 2026/27: once in each type, once in the total */
  outcome (f, "TWICE", d (2026, 5, 1), "CR", NULL);
  outcome (f, "TWICE", d (2026, 8, 1), "YC", NULL);
  outcome (f, "TWICE", d (2026, 9, 1), "YC", NULL);
  import_all (f);

  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dv = bp_report_diversion (r);
  g_assert_nonnull (dv);
  g_assert_cmpint (dv->current.period.start, ==, d (2024, 4, 1));
  g_assert_cmpint (dv->current.all.outcomes, ==, 98);
  g_assert_cmpint (dv->current.all.children, ==, 98);
  g_assert_cmpint (dv->current.by_type[0].outcomes, ==, 28); /* CR */
  g_assert_cmpint (dv->current.by_type[1].outcomes, ==, 8);  /* TRIAGE */
  g_assert_cmpint (dv->current.by_type[2].outcomes, ==, 0);  /* O22 */
  g_assert_cmpint (dv->current.by_type[3].outcomes, ==, 27); /* TURNAROUND */
  g_assert_cmpint (dv->current.by_type[4].outcomes, ==, 13); /* YC */
  g_assert_cmpint (dv->current.by_type[5].outcomes, ==, 22); /* YCC */
  g_assert_cmpint (bp_diversion_type (5), ==, BP_OUTCOME_YCC);
  g_assert_cmpint (dv->current.by_sex[BP_SEX_MALE].children, ==, 98);
  g_assert_cmpint (dv->current.by_group[BP_ETHNIC_WHITE].children, ==, 98);
  /* first outcomes in the year of counted children: the 98 and the NFA child */
  g_assert_cmpint (dv->current.first_outcomes, ==, 99);
  g_assert_cmpint (dv->current.first_diversionary, ==, 98);
  g_assert_cmpfloat_with_epsilon (dv->current.first_share_pct, 98.0 / 99.0 * 100.0, 1e-9);
  g_assert_cmpint (dv->previous.all.outcomes, ==, 1);
  g_assert_cmpint (dv->previous.all.children, ==, 1);
  /* 1 to 98 is below 10 in one year: the change is n/a */
  g_assert_true (isnan (dv->change_pct));

  later = report_for (f, d (2027, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dv = bp_report_diversion (later);
  g_assert_cmpint (dv->current.all.outcomes, ==, 3);
  g_assert_cmpint (dv->current.all.children, ==, 1);
  g_assert_cmpint (dv->current.by_type[0].children, ==, 1);
  g_assert_cmpint (dv->current.by_type[4].outcomes, ==, 2);
  g_assert_cmpint (dv->current.by_type[4].children, ==, 1);

  /* the JSON of cli.md */
  {
    g_autoptr(JsonNode) root = bp_report_to_json (r);
    JsonObject *o = json_object_get_object_member (json_node_get_object (root), "diversion");
    JsonArray *types = json_object_get_array_member (o, "by_type");
    JsonObject *cr = json_array_get_object_element (types, 0);

    g_assert_cmpint (json_object_get_int_member (o, "outcomes"), ==, 98);
    g_assert_cmpint (json_object_get_int_member (o, "children"), ==, 98);
    g_assert_cmpstr (json_object_get_string_member (cr, "type"), ==, "CR");
    g_assert_cmpint (json_object_get_int_member (cr, "outcomes"), ==, 28);
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "previous"),
                                                 "outcomes"), ==, 1);
  }
}

/* Remands, by hand: R1 remanded to YDA then a DTO; R2 remanded twice then a YRO; R3 on
 * bail (ISS) and remanded to the LA the same day, then nothing; R4 remanded, then a
 * discharge 14 months later (after the 12 months: neither); R5 in the year before. */
static void
test_remand (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpRemand *rm;
  Extra other = { .local = "Other" };

  outcome (f, "R1", d (2024, 6, 1), "REMAND_YDA", NULL);
  outcome (f, "R1", d (2024, 9, 1), "DTO", NULL);
  outcome (f, "R2", d (2024, 5, 1), "REMAND_YDA", NULL);
  outcome (f, "R2", d (2024, 7, 1), "REMAND_LA", NULL);
  outcome (f, "R2", d (2024, 10, 1), "YRO", NULL);
  outcome (f, "R3", d (2024, 8, 1), "BAIL_ISS", NULL);
  outcome (f, "R3", d (2024, 8, 1), "REMAND_LA", NULL);
  outcome (f, "R4", d (2024, 4, 10), "REMAND_LA", NULL);
  outcome (f, "R4", d (2025, 6, 1), "CD", NULL);
  outcome (f, "R5", d (2023, 12, 1), "REMAND_YDA", NULL);
  outcome (f, "R5", d (2024, 2, 1), "DTO", NULL);
  outcome (f, "R6", d (2024, 6, 1), "REMAND_YDA", &other);
  import_all (f);

  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  rm = bp_report_remand (r);
  g_assert_nonnull (rm);
  g_assert_cmpint (rm->current.all.occasions, ==, 5);  /* R1 1, R2 2, R3 1, R4 1 */
  g_assert_cmpint (rm->current.all.children, ==, 4);
  g_assert_cmpint (rm->current.by_type[0].occasions, ==, 2); /* YDA: R1, R2 */
  g_assert_cmpint (rm->current.by_type[0].children, ==, 2);
  g_assert_cmpint (rm->current.by_type[1].occasions, ==, 3); /* LA: R2, R3, R4 */
  g_assert_cmpint (rm->current.by_type[1].children, ==, 3);
  g_assert_cmpint (rm->current.by_type[2].occasions, ==, 1); /* ISS: R3 */
  g_assert_cmpint (rm->current.followed_by[BP_REMAND_THEN_CUSTODY], ==, 1);   /* R1 */
  g_assert_cmpint (rm->current.followed_by[BP_REMAND_THEN_COMMUNITY], ==, 1); /* R2 */
  g_assert_cmpint (rm->current.followed_by[BP_REMAND_THEN_NEITHER], ==, 2);   /* R3, R4 */
  /* the latest outcome is 1 Jun 2025: only R3's 12 months (to 1 Aug 2025) are not held */
  g_assert_cmpint (rm->current.follow_up_incomplete, ==, 1);
  g_assert_cmpint (rm->previous.all.children, ==, 1);
  /* remands are never first time entrants or custody: R1's DTO and R2's YRO are the FTEs */
  g_assert_cmpint (r->fte.current.count, ==, 2);
  g_assert_cmpint (r->custody.current.count, ==, 1);

  {
    g_autoptr(JsonNode) root = bp_report_to_json (r);
    JsonObject *o = json_object_get_object_member (json_node_get_object (root), "remand");
    JsonObject *then = json_object_get_object_member (o, "followed_by");

    g_assert_cmpint (json_object_get_int_member (o, "occasions"), ==, 5);
    g_assert_cmpint (json_object_get_int_member (o, "children"), ==, 4);
    g_assert_cmpint (json_object_get_int_member (then, "neither"), ==, 2);
  }

  /* a partner sees none of these small counts, the internal pack all */
  {
    BpReportHidden hidden;

    bp_report_hidden_compute (r, BP_PROFILE_PARTNER, &hidden);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "remand.now.children"), ==,
                     BP_CELL_PRIMARY);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "remand.now.then.neither"), ==,
                     BP_CELL_PRIMARY);
    bp_report_hidden_clear (&hidden);
    bp_report_hidden_compute (r, BP_PROFILE_INTERNAL, &hidden);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "remand.now.children"), ==,
                     BP_CELL_SHOWN);
    bp_report_hidden_clear (&hidden);
  }
}

/* Secondary suppression reaches the new indicators: with CR 28, YC 3 and the others 0 the
 * total 31 would give YC back, so a partner sees neither YC nor the next smallest. */
static void
test_diversion_partner (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  BpReportHidden hidden;
  int hidden_parts = 0;

  for (int i = 0; i < 28; i++)
    {
      g_autofree char *id = g_strdup_printf ("C%02d", i);

      outcome (f, id, d (2024, 5, 1), "CR", NULL);
    }
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("Y%02d", i);

      outcome (f, id, d (2024, 5, 1), "YC", NULL);
    }
  import_all (f);
  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  bp_report_hidden_compute (r, BP_PROFILE_PARTNER, &hidden);
  g_assert_cmpint (bp_report_hidden_state (&hidden, "diversion.now.YC.outcomes"), ==,
                   BP_CELL_PRIMARY);
  if (bp_report_hidden_state (&hidden, "diversion.now.CR.outcomes") != BP_CELL_SHOWN)
    hidden_parts++;
  if (bp_report_hidden_state (&hidden, "diversion.now.outcomes") != BP_CELL_SHOWN)
    hidden_parts++;
  /* the zeros are true zeros and shown; so one more of CR and the total must go */
  g_assert_cmpint (hidden_parts, >=, 1);
  bp_report_hidden_clear (&hidden);
}

/* The disposal mix of 2024/25, by hand: A (White) CR, YC, RO; B (Black) YRO, DTO; C
 * (Black) CR twice; D a remand (no disposal) and a YC of 2023/24; E of another area. */
static void
test_disposals (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpDisposals *dp;
  const BpDisposalYear *y;
  Extra black = { .ethnicity = "B2" };
  Extra other = { .local = "Other" };

  outcome (f, "A", d (2024, 5, 1), "CR", NULL);
  outcome (f, "A", d (2024, 7, 1), "YC", NULL);
  outcome (f, "A", d (2024, 9, 1), "RO", NULL);
  outcome (f, "B", d (2024, 6, 1), "YRO", &black);
  outcome (f, "B", d (2024, 10, 1), "DTO", &black);
  outcome (f, "C", d (2024, 6, 1), "CR", &black);
  outcome (f, "C", d (2024, 8, 1), "CR", &black);
  outcome (f, "D", d (2023, 6, 1), "YC", NULL);
  outcome (f, "D", d (2024, 6, 1), "REMAND_YDA", NULL);
  outcome (f, "E", d (2024, 6, 1), "CR", &other);
  import_all (f);

  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dp = bp_report_disposals (r);
  g_assert_nonnull (dp);
  y = &dp->current;
  g_assert_cmpint (y->outcomes, ==, 7);
  g_assert_cmpint (y->by_tier[BP_TIER_INFORMAL], ==, 3);
  g_assert_cmpint (y->by_tier[BP_TIER_PRE_COURT], ==, 1);
  g_assert_cmpint (y->by_tier[BP_TIER_FIRST_TIER], ==, 1);
  g_assert_cmpint (y->by_tier[BP_TIER_COMMUNITY], ==, 1);
  g_assert_cmpint (y->by_tier[BP_TIER_CUSTODY], ==, 1);
  g_assert_cmpint (y->by_group[BP_ETHNIC_WHITE], ==, 3);
  g_assert_cmpint (y->by_group[BP_ETHNIC_BLACK], ==, 4);
  /* Black children's informal share 2 of 4 = 50%, White children's 1 of 3 = 33.3% */
  g_assert_cmpfloat_with_epsilon (bp_disposals_group_pct (y, BP_TIER_INFORMAL,
                                                          BP_ETHNIC_BLACK), 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bp_disposals_group_pct (y, BP_TIER_INFORMAL,
                                                          BP_ETHNIC_WHITE), 100.0 / 3, 1e-9);
  g_assert_true (isnan (bp_disposals_group_pct (y, BP_TIER_INFORMAL, BP_ETHNIC_ASIAN)));
  g_assert_cmpint (dp->previous.outcomes, ==, 1);
  g_assert_cmpint (dp->previous.by_tier[BP_TIER_PRE_COURT], ==, 1);

  {
    g_autoptr(JsonNode) root = bp_report_to_json (r);
    JsonObject *o = json_object_get_object_member (json_node_get_object (root), "disposals");
    JsonObject *first = json_array_get_object_element (json_object_get_array_member (o,
                                                                                   "by_tier"),
                                                       2);

    g_assert_cmpstr (json_object_get_string_member (first, "tier"), ==, "first_tier");
    g_assert_cmpint (json_object_get_int_member (first, "outcomes"), ==, 1);
  }
}

/* Delays of 2024/25: court sentences 10, 20, 30, 40 and 200 days after the offence
 * (median 30, quartiles 20 and 40 by interpolation at 1 and 3 of 4, one over 90);
 * out-of-court 5 and 100 days (median 52.5, quartiles 28.75 and 76.25, one over 90); a
 * sentence with no offence date and a remand are not measured. */
static void
test_delays (Fixture *f, gconstpointer data)
{
  static const int court[] = { 10, 20, 30, 40, 200 };
  g_autoptr(BpReport) r = NULL;
  const BpDelays *dl;
  BpDay day = d (2025, 2, 1);
  Extra none = { .offence = -1 };

  for (guint i = 0; i < G_N_ELEMENTS (court); i++)
    {
      g_autofree char *id = g_strdup_printf ("S%u", i);
      Extra x = { .offence = day - court[i] };

      outcome (f, id, day, "RO", &x);
    }
  {
    Extra x5 = { .offence = d (2024, 6, 1) - 5 };
    Extra x100 = { .offence = d (2024, 6, 1) - 100 };
    Extra xr = { .offence = d (2024, 6, 1) - 400 };

    outcome (f, "O1", d (2024, 6, 1), "CR", &x5);
    outcome (f, "O2", d (2024, 6, 1), "TRIAGE", &x100);
    outcome (f, "R1", d (2024, 6, 1), "REMAND_LA", &xr);
  }
  outcome (f, "N1", day, "YRO", &none);
  import_all (f);

  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dl = bp_report_delays (r);
  g_assert_nonnull (dl);
  g_assert_cmpint (dl->kinds[BP_DELAY_COURT].outcomes, ==, 5);
  g_assert_cmpfloat_with_epsilon (dl->kinds[BP_DELAY_COURT].median_days, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (dl->kinds[BP_DELAY_COURT].q1_days, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (dl->kinds[BP_DELAY_COURT].q3_days, 40, 1e-9);
  g_assert_cmpint (dl->kinds[BP_DELAY_COURT].over_90_days, ==, 1);
  g_assert_cmpint (dl->kinds[BP_DELAY_OUT_OF_COURT].outcomes, ==, 2);
  g_assert_cmpfloat_with_epsilon (dl->kinds[BP_DELAY_OUT_OF_COURT].median_days, 52.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (dl->kinds[BP_DELAY_OUT_OF_COURT].q1_days, 28.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (dl->kinds[BP_DELAY_OUT_OF_COURT].q3_days, 76.25, 1e-9);
  g_assert_cmpint (dl->kinds[BP_DELAY_OUT_OF_COURT].over_90_days, ==, 1);
  /* the quarter of 1 Feb 2025 is the last of the series; the court cases are all in it */
  g_assert_cmpint (dl->series[BP_DELAY_SERIES - 1].quarter.end, ==, d (2025, 3, 31));
  g_assert_cmpfloat_with_epsilon (dl->series[BP_DELAY_SERIES - 1].median_days[BP_DELAY_COURT],
                                  30, 1e-9);
  g_assert_true (isnan (dl->series[BP_DELAY_SERIES - 2].median_days[BP_DELAY_COURT]));
  g_assert_cmpint (dl->previous[BP_DELAY_COURT].outcomes, ==, 0);

  /* Excel's QUARTILE.INC of 1, 2, 3, 4 is 1.75 and 3.25 */
  {
    const gint32 v[] = { 1, 2, 3, 4 };

    g_assert_cmpfloat_with_epsilon (bp_delays_quantile (v, 4, 0.25), 1.75, 1e-9);
    g_assert_cmpfloat_with_epsilon (bp_delays_quantile (v, 4, 0.75), 3.25, 1e-9);
    g_assert_true (isnan (bp_delays_quantile (v, 0, 0.5)));
  }
}

/* The children of 2024/25, by hand: A a boy of 15, White, a CR then a DTO (custody); B a
 * girl of 17, Black, a YC (pre-court); C a boy of 16, ethnicity not stated then White,
 * remands only; D a boy of 12, White, a CR (informal); E of another area; F in 2023/24. */
static void
test_cohort (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpCohort *c;
  BpDay a1 = d (2024, 5, 1), b1 = d (2024, 6, 1), c1 = d (2024, 7, 1), d1 = d (2024, 8, 1);
  Extra a = { .dob = born_aged (15, a1) };
  Extra b = { .dob = born_aged (17, b1), .ethnicity = "B2", .sex = 'F' };
  Extra c_ns = { .dob = born_aged (16, c1), .ethnicity = "NS" };
  Extra c_w = { .dob = born_aged (16, c1) };
  Extra dd = { .dob = born_aged (12, d1) };
  Extra other = { .local = "Other" };

  outcome (f, "A", a1, "CR", &a);
  outcome (f, "A", a1 + 60, "DTO", &a);
  outcome (f, "B", b1, "YC", &b);
  outcome (f, "C", c1, "REMAND_LA", &c_ns);
  outcome (f, "C", c1 + 30, "REMAND_YDA", &c_w);
  outcome (f, "D", d1, "CR", &dd);
  outcome (f, "E", d1, "CR", &other);
  outcome (f, "F", d (2023, 9, 1), "YC", NULL);
  import_all (f);

  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  c = bp_report_cohort (r);
  g_assert_nonnull (c);
  g_assert_cmpint (c->children, ==, 4);
  g_assert_cmpint (c->by_sex[BP_SEX_MALE], ==, 3);
  g_assert_cmpint (c->by_sex[BP_SEX_FEMALE], ==, 1);
  g_assert_cmpint (c->by_age[0], ==, 1); /* 10-14: D */
  g_assert_cmpint (c->by_age[1], ==, 1); /* 15: A */
  g_assert_cmpint (c->by_age[2], ==, 1); /* 16: C */
  g_assert_cmpint (c->by_age[3], ==, 1); /* 17: B */
  g_assert_cmpint (c->by_group[BP_ETHNIC_WHITE], ==, 3);
  g_assert_cmpint (c->by_group[BP_ETHNIC_BLACK], ==, 1);
  g_assert_cmpint (c->by_group[BP_ETHNIC_UNKNOWN], ==, 0);
  g_assert_cmpint (c->by_tier[BP_TIER_CUSTODY], ==, 1);
  g_assert_cmpint (c->by_tier[BP_TIER_PRE_COURT], ==, 1);
  g_assert_cmpint (c->by_tier[BP_TIER_REMAND], ==, 1);
  g_assert_cmpint (c->by_tier[BP_TIER_INFORMAL], ==, 1);
  g_assert_cmpint (c->previous_children, ==, 1);

  /* a partner sees none of these counts of 1 to 4 */
  {
    BpReportHidden hidden;

    bp_report_hidden_compute (r, BP_PROFILE_PARTNER, &hidden);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "cohort.now"), ==, BP_CELL_PRIMARY);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "cohort.now.sex.0"), ==,
                     BP_CELL_PRIMARY);
    bp_report_hidden_clear (&hidden);
  }
}

/* Proven offences, 2024/25 worked by hand: A's youth caution for robbery (gravity 5) and
 * referral order for robbery (6), B's YRO for violence (4), C's DTO with no group or
 * gravity recorded, count 4 offences: robbery 2, violence 1, not recorded 1; gravity 5-6
 * 2, 3-4 1, not recorded 1. Not counted: A's community resolution (informal), D's remand,
 * E's caution (not Local), F's caution at 18, and G's caution of 2023/24, the one
 * offence of the year before (public order, gravity 2). In a partner pack each count of
 * 1 to 4 is [c]. */
static void
test_offences (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpOffences *o;

  outcome (f, "A", d (2024, 5, 1), "CR", &(Extra) { .group = "ROBBERY", .gravity = 3 });
  outcome (f, "A", d (2024, 7, 1), "YC", &(Extra) { .group = "ROBBERY", .gravity = 5 });
  outcome (f, "A", d (2024, 9, 1), "RO", &(Extra) { .group = "Robbery", .gravity = 6 });
  outcome (f, "B", d (2024, 6, 1), "YRO", &(Extra) { .group = "VATP", .gravity = 4 });
  outcome (f, "C", d (2024, 10, 1), "DTO", NULL);
  outcome (f, "D", d (2024, 6, 1), "REMAND_YDA", &(Extra) { .group = "DRUGS", .gravity = 6 });
  outcome (f, "E", d (2024, 6, 1), "YC", &(Extra) { .local = "Other", .group = "THEFT" });
  outcome (f, "F", d (2024, 6, 1), "YC", &(Extra) { .dob = d (2006, 1, 1), .group = "THEFT" });
  outcome (f, "G", d (2023, 6, 1), "YC", &(Extra) { .group = "PUBLIC_ORDER", .gravity = 2 });
  import_all (f);

  r = report_for (f, d (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  o = bp_report_offences (r);
  g_assert_nonnull (o);
  g_assert_cmpint (o->current.offences, ==, 4);
  g_assert_cmpint (o->current.by_group[BP_OFFENCE_ROBBERY], ==, 2);
  g_assert_cmpint (o->current.by_group[BP_OFFENCE_VATP], ==, 1);
  g_assert_cmpint (o->current.by_group[BP_OFFENCE_NONE], ==, 1);
  g_assert_cmpint (o->current.by_group[BP_OFFENCE_DRUGS], ==, 0);
  g_assert_cmpint (o->current.by_group[BP_OFFENCE_THEFT], ==, 0);
  g_assert_cmpint (o->current.by_band[2], ==, 2);  /* 5-6 */
  g_assert_cmpint (o->current.by_band[1], ==, 1);  /* 3-4 */
  g_assert_cmpint (o->current.by_band[0], ==, 0);  /* 1-2 */
  g_assert_cmpint (o->current.by_band[BP_OFFENCES_BAND_NONE], ==, 1);
  g_assert_cmpint (o->previous.offences, ==, 1);
  g_assert_cmpint (o->previous.by_group[BP_OFFENCE_PUBLIC_ORDER], ==, 1);
  g_assert_cmpint (o->previous.by_band[0], ==, 1);

  {
    g_autoptr(JsonNode) root = bp_report_to_json (r);
    JsonObject *obj = json_object_get_object_member (json_node_get_object (root), "offences");
    JsonArray *groups = json_object_get_array_member (obj, "by_group");
    JsonArray *bands = json_object_get_array_member (obj, "by_gravity");
    JsonObject *robbery = json_array_get_object_element (groups, BP_OFFENCE_ROBBERY);
    JsonObject *band = json_array_get_object_element (bands, 2);

    g_assert_cmpint (json_object_get_int_member (obj, "offences"), ==, 4);
    g_assert_cmpstr (json_object_get_string_member (robbery, "group"), ==, "ROBBERY");
    g_assert_cmpint (json_object_get_int_member (robbery, "offences"), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (band, "band"), ==, "5-6");
    g_assert_cmpint (json_object_get_int_member (band, "offences"), ==, 2);
  }
  {
    BpReportHidden hidden;

    bp_report_hidden_compute (r, BP_PROFILE_PARTNER, &hidden);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "offences.now.ROBBERY"), !=,
                     BP_CELL_SHOWN);
    g_assert_cmpint (bp_report_hidden_state (&hidden, "offences.now.DRUGS"), ==,
                     BP_CELL_SHOWN);
    bp_report_hidden_clear (&hidden);
  }
}

/* Disparity at the stages diversion and any_outcome (domain.md 11, cli.md's --stage),
 * 2024/25 worked by hand: A (Black) has a community resolution then a YRO, B (White) a
 * remand only, C (White) a youth caution, D (Black) a DTO, E (Asian) a triage of 2023/24.
 * Given an out-of-court outcome: A and C, one Black and one White child. Any outcome: A,
 * B, C and D, two Black and two White. */
static void
test_disparity_stages (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) diversion = NULL;
  g_autoptr(BpReport) any = NULL;
  Extra black = { .ethnicity = "B2" };
  Extra asian = { .ethnicity = "A1" };
  BpStage parsed;

  outcome (f, "A", d (2024, 5, 1), "CR", &black);
  outcome (f, "A", d (2024, 9, 1), "YRO", &black);
  outcome (f, "B", d (2024, 6, 1), "REMAND_YDA", NULL);
  outcome (f, "C", d (2024, 7, 1), "YC", NULL);
  outcome (f, "D", d (2024, 8, 1), "DTO", &black);
  outcome (f, "E", d (2023, 8, 1), "TRIAGE", &asian);
  import_all (f);

  diversion = report_for (f, d (2025, 3, 31), BP_STAGE_DIVERSION);
  g_assert_cmpint (diversion->disparity.stage, ==, BP_STAGE_DIVERSION);
  g_assert_cmpint (diversion->disparity.total, ==, 2);
  g_assert_cmpint (diversion->disparity.rows[BP_ETHNIC_BLACK].count, ==, 1);
  g_assert_cmpint (diversion->disparity.rows[BP_ETHNIC_WHITE].count, ==, 1);
  g_assert_cmpint (diversion->disparity.rows[BP_ETHNIC_ASIAN].count, ==, 0);

  any = report_for (f, d (2025, 3, 31), BP_STAGE_ANY_OUTCOME);
  g_assert_cmpint (any->disparity.total, ==, 4);
  g_assert_cmpint (any->disparity.rows[BP_ETHNIC_BLACK].count, ==, 2);
  g_assert_cmpint (any->disparity.rows[BP_ETHNIC_WHITE].count, ==, 2);
  {
    g_autoptr(JsonNode) root = bp_report_to_json (any);
    JsonObject *o = json_object_get_object_member (json_node_get_object (root), "disparity");

    g_assert_cmpstr (json_object_get_string_member (o, "stage"), ==, "any_outcome");
  }
  g_assert_true (bp_stage_parse ("diversion", &parsed));
  g_assert_cmpint (parsed, ==, BP_STAGE_DIVERSION);
  g_assert_true (bp_stage_parse ("any_outcome", &parsed));
  g_assert_cmpint (parsed, ==, BP_STAGE_ANY_OUTCOME);
}

/* Westminster's plan (issue "The whole picture", acceptance): over two financial years,
 * Other children were 49 of the 103 children of known ethnicity with any outcome, 47.6%,
 * against a Census share of 21.6%: +26.0 percentage points. Built here as 25 Other and
 * 25 White children in 2022/23 and 24 Other and 29 White in 2023/24, against a Census
 * 10-17 population of 10,000 with 2,160 Other. One year alone: 24 of 53, 45.3%. A child
 * in both years would count in both; the Census is used once. */
static void
test_disparity_pooled (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) pooled = NULL;
  g_autoptr(BpReport) one = NULL;
  g_autoptr(GError) error = NULL;
  BpReportOptions options = { d (2024, 3, 31), BP_STAGE_ANY_OUTCOME, 2 };
  Extra other = { .ethnicity = "O2" };
  const BpDisparityRow *row;

  for (int i = 0; i < 54; i++)
    {
      char child[16];

      g_snprintf (child, sizeof child, "W%d", i);
      outcome (f, child, i < 25 ? d (2022, 6, 1) : d (2023, 6, 1), "CR", NULL);
    }
  for (int i = 0; i < 49; i++)
    {
      char child[16];

      g_snprintf (child, sizeof child, "O%d", i);
      outcome (f, child, i < 25 ? d (2022, 7, 1) : d (2023, 7, 1), "YC", &other);
    }
  g_string_append (f->population,
                   "2021,10-17,All,White,5000,Census 2021\n"
                   "2021,10-17,All,Other,2160,Census 2021\n"
                   "2021,10-17,All,Asian,1500,Census 2021\n"
                   "2021,10-17,All,Black,840,Census 2021\n"
                   "2021,10-17,All,Mixed,500,Census 2021\n");
  import_all (f);

  pooled = bp_report_compute (f->store, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pooled->disparity.years, ==, 2);
  g_assert_cmpint (pooled->disparity.pooled.start, ==, d (2022, 4, 1));
  g_assert_cmpint (pooled->disparity.known_total, ==, 103);
  row = &pooled->disparity.rows[BP_ETHNIC_OTHER];
  g_assert_cmpint (row->count, ==, 49);
  g_assert_cmpfloat_with_epsilon (row->share, 49.0 / 103 * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (row->population_share, 21.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (row->pp_difference, 49.0 / 103 * 100 - 21.6, 1e-9);
  {
    g_autofree char *share = bp_format_number (row->share, 1);
    g_autofree char *pp = bp_format_number (row->pp_difference, 1);

    g_assert_cmpstr (share, ==, "47.6");
    g_assert_cmpstr (pp, ==, "26.0");
  }
  {
    g_autoptr(GString) text = g_string_new (NULL);

    bp_disparity_indicator.to_text (pooled, &pooled->disparity, text);
    g_assert_nonnull (strstr (text->str, "Ethnic disproportionality, 2022/23 to 2023/24, "
                                         "children with any outcome: 103"));
  }

  one = report_for (f, d (2024, 3, 31), BP_STAGE_ANY_OUTCOME);
  g_assert_cmpint (one->disparity.years, ==, 1);
  g_assert_cmpint (one->disparity.rows[BP_ETHNIC_OTHER].count, ==, 24);
  g_assert_cmpint (one->disparity.known_total, ==, 53);
}

/* The six-year series of counts and shares with the changes over 5 and 1 years (the n/a
 * rule), and --tier; domain.md 11 (c) and (d). Cautioned or sentenced, 2023/24, so the
 * series runs 2018/19 to 2023/24:
 *   2018/19: Black 20, White 40           known 60: Black 33.333%
 *   2022/23: Black 12, White 30           known 42: Black 28.571%
 *   2023/24: Black 15, White 30 + 3 (YRO), Asian 5
 *                                         known 53: Black 28.302%
 * Black over 5 years: (15 - 20) / 20 = -25%, 28.302 - 33.333 = -5.031 pp; over 1 year:
 * (15 - 12) / 12 = +25%, 28.302 - 28.571 = -0.270 pp. Asian (0 and 5): n/a. Minority
 * groups 20 and 20: 0%, 20/53 - 20/60 = +4.403 pp. The community tier in 2023/24: the 3
 * White children of the YRO only. */
static void
test_disparity_trend (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autoptr(BpReport) community = NULL;
  g_autoptr(GError) error = NULL;
  BpReportOptions options = { d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED, 1, TRUE,
                              BP_TIER_COMMUNITY };
  static const struct { const char *prefix, *ethnicity; BpDay day; int n; const char *type; }
    children[] = {
      { "B18-", "B1", 0, 20, "YC" }, { "W18-", "W1", 0, 40, "YCC" },
      { "B22-", "B2", 1, 12, "YC" }, { "W22-", "W1", 1, 30, "YC" },
      { "B23-", "B1", 2, 15, "YCC" }, { "W23-", "W1", 2, 30, "YC" },
      { "Y23-", "W1", 2, 3, "YRO" }, { "A23-", "A1", 2, 5, "YC" },
    };
  const BpDay days[] = { d (2018, 9, 1), d (2022, 9, 1), d (2023, 9, 1) };
  const BpDisparity *dp;

  for (guint k = 0; k < G_N_ELEMENTS (children); k++)
    for (int i = 0; i < children[k].n; i++)
      {
        g_autofree char *id = g_strdup_printf ("%s%d", children[k].prefix, i);
        Extra extra = { .ethnicity = children[k].ethnicity };

        outcome (f, id, days[children[k].day] + i, children[k].type, &extra);
      }
  g_string_append (f->population,
                   "2021,10-17,All,White,5000,Census 2021\n"
                   "2021,10-17,All,Other,2160,Census 2021\n"
                   "2021,10-17,All,Asian,1500,Census 2021\n"
                   "2021,10-17,All,Black,840,Census 2021\n"
                   "2021,10-17,All,Mixed,500,Census 2021\n");
  import_all (f);

  r = report_for (f, d (2024, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED);
  dp = &r->disparity;
  g_assert_false (dp->by_tier);
  g_assert_cmpint (dp->trend[0].year.start, ==, d (2018, 4, 1));
  g_assert_cmpint (dp->trend[BP_DISPARITY_TREND_YEARS - 1].year.end, ==, d (2024, 3, 31));
  g_assert_cmpint (dp->trend[0].known_total, ==, 60);
  g_assert_cmpint (dp->trend[1].known_total, ==, 0);   /* 2019/20: nobody */
  g_assert_true (isnan (dp->trend[1].share[BP_ETHNIC_BLACK]));
  g_assert_cmpint (dp->trend[4].known_total, ==, 42);
  g_assert_cmpint (dp->trend[5].known_total, ==, 53);
  g_assert_cmpint (dp->trend[5].count[BP_ETHNIC_BLACK], ==, 15);
  g_assert_cmpint (dp->trend[5].count[BP_DISPARITY_MINORITIES], ==, 20);
  g_assert_cmpfloat_with_epsilon (dp->trend[0].share[BP_ETHNIC_BLACK], 100.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (dp->change_5y[BP_ETHNIC_BLACK].change_pct, -25.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dp->change_5y[BP_ETHNIC_BLACK].pp_change,
                                  15.0 / 53 * 100 - 20.0 / 60 * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (dp->change_1y[BP_ETHNIC_BLACK].change_pct, 25.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dp->change_1y[BP_ETHNIC_BLACK].pp_change,
                                  15.0 / 53 * 100 - 12.0 / 42 * 100, 1e-9);
  g_assert_true (isnan (dp->change_5y[BP_ETHNIC_ASIAN].change_pct));
  g_assert_true (isnan (dp->change_1y[BP_ETHNIC_ASIAN].pp_change));
  g_assert_cmpfloat_with_epsilon (dp->change_5y[BP_DISPARITY_MINORITIES].change_pct, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dp->change_5y[BP_DISPARITY_MINORITIES].pp_change,
                                  20.0 / 53 * 100 - 20.0 / 60 * 100, 1e-9);
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autofree char *json = bp_report_to_json_text (r);

    bp_disparity_indicator.to_text (r, dp, text);
    g_assert_nonnull (strstr (text->str, "Six years, children of known ethnicity"));
    g_assert_nonnull (strstr (text->str, "-25.0% (-5.0 pp)"));
    g_assert_nonnull (strstr (text->str, "+25.0% (-0.3 pp)"));
    g_assert_nonnull (strstr (json, "\"change_5y_pct\" : -25"));
    g_assert_nonnull (strstr (json, "\"tier\" : null"));
  }

  community = bp_report_compute (f->store, &options, &error);
  g_assert_no_error (error);
  dp = &community->disparity;
  g_assert_true (dp->by_tier);
  g_assert_cmpint (dp->known_total, ==, 3);
  g_assert_cmpint (dp->rows[BP_ETHNIC_WHITE].count, ==, 3);
  g_assert_cmpint (dp->rows[BP_ETHNIC_BLACK].count, ==, 0);
  g_assert_cmpint (dp->trend[0].known_total, ==, 0);
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autofree char *json = bp_report_to_json_text (community);

    bp_disparity_indicator.to_text (community, dp, text);
    g_assert_nonnull (strstr (text->str, "Outcomes of one tier only: community"));
    g_assert_nonnull (strstr (json, "\"tier\" : \"community\""));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/picture/diversion", test_diversion);
  ADD ("/core/picture/remand", test_remand);
  ADD ("/core/picture/diversion-partner", test_diversion_partner);
  ADD ("/core/picture/disposals", test_disposals);
  ADD ("/core/picture/offences", test_offences);
  ADD ("/core/picture/disparity-stages", test_disparity_stages);
  ADD ("/core/picture/disparity-pooled", test_disparity_pooled);
  ADD ("/core/picture/disparity-trend", test_disparity_trend);
  ADD ("/core/picture/delays", test_delays);
  ADD ("/core/picture/cohort", test_cohort);
#undef ADD
  return g_test_run ();
}

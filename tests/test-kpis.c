/* test-kpis.c: the ten KPIs of kpis.md against the acceptance rows of its section 5 and
 * hand calculations
 *
 * Each test builds a small area record by record (bp-test-cases.c), imports it for real,
 * and checks the figures. The period is the quarter January to March 2024, and the year
 * April 2023 to March 2024. The expected numbers come from kpis.md or from the
 * arithmetic written beside them, never from running the code under test.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <sqlite3.h>

#include "bp-blob-cache.h"
#include "bp-kpis.h"
#include "bp-report-format.h"
#include "bp-test-cases.h"
#include "bp-test-util.h"

#define END d (2024, 3, 31)

static void
assert_rounds (double value, int places, const char *expected)
{
  g_autofree char *text = bp_format_number (value, places);

  g_assert_cmpstr (text, ==, expected);
}

static const BpKpis *
kpis_of (const BpReport *r)
{
  const BpKpis *k = bp_report_value (r, &bp_kpis_indicator);

  g_assert_nonnull (k);
  return k;
}

/* kpis.md: 30 children's interventions end in the quarter, accommodation at the end
 * recorded for 28, 26 of them suitable: 26 / 28 = 92.857% -> 92.9%, 2 unknown, and no
 * warning, as 2 / 30 = 6.7% is not over 10%. At the start: 27 recorded, 24 suitable,
 * 24 / 27 = 88.89%. */
static void
test_accommodation (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;
  char child[16];

  for (int i = 0; i < 30; i++)
    {
      IExtra x = { 0 };

      g_snprintf (child, sizeof child, "A%d", i);
      x.acc_end = i < 26 ? "SUITABLE" : i < 28 ? "No" : NULL;
      x.acc_start = i < 24 ? "Yes" : i < 27 ? "UNSUITABLE" : NULL;
      intervention (f, child, i < 12 ? "RO" : "YRO", d (2023, 6, 1), d (2024, 1, 10 + i % 20),
                    &x);
    }
  /* Not in the quarter's cohort: still open; ended in December (in the year); another
   * area's child; aged 18 at the start. */
  intervention (f, "open", "RO", d (2023, 6, 1), BP_DAY_INVALID,
                &(IExtra) { .acc_end = "UNSUITABLE" });
  intervention (f, "dec", "RO", d (2023, 6, 1), d (2023, 12, 20),
                &(IExtra) { .acc_end = "UNSUITABLE" });
  intervention (f, "other", "RO", d (2023, 6, 1), d (2024, 2, 1),
                &(IExtra) { .acc_end = "UNSUITABLE", .local = "Other" });
  intervention (f, "old", "RO", d (2023, 6, 1), d (2024, 2, 1),
                &(IExtra) { .acc_end = "UNSUITABLE", .dob = born_aged (18, d (2023, 6, 1)) });
  import_all (f);

  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_true (k->have[BP_KPI_ACCOMMODATION]);
  g_assert_cmpint (k->quarter.accommodation.cohort, ==, 30);
  g_assert_cmpint (k->quarter.accommodation.known, ==, 28);
  g_assert_cmpint (k->quarter.accommodation.yes, ==, 26);
  assert_rounds (bp_kpi_share_pct (&k->quarter.accommodation), 1, "92.9");
  g_assert_false (bp_kpi_share_warning (&k->quarter.accommodation));
  g_assert_cmpint (k->quarter.accommodation_start.known, ==, 27);
  assert_rounds (bp_kpi_share_pct (&k->quarter.accommodation_start), 2, "88.89");
  /* By type: 12 ROs (A0-A11), all recorded and suitable, 100%; 18 YROs: A12-A25
   * suitable (14), A26, A27 not, A28, A29 not recorded: 14 / 16 = 87.5%. */
  g_assert_cmpint (k->quarter.accommodation_by_type[BP_INTERVENTION_RO].cohort, ==, 12);
  g_assert_cmpint (k->quarter.accommodation_by_type[BP_INTERVENTION_RO].yes, ==, 12);
  g_assert_cmpint (k->quarter.accommodation_by_type[BP_INTERVENTION_YRO].known, ==, 16);
  assert_rounds (bp_kpi_share_pct (&k->quarter.accommodation_by_type[BP_INTERVENTION_YRO]),
                 1, "87.5");
  /* The year adds December's unsuitable one: 26 of 29. */
  g_assert_cmpint (k->year.accommodation.known, ==, 29);
  g_assert_cmpint (k->year.accommodation.yes, ==, 26);
  /* The series ends with the quarter, and the quarter before holds December's. */
  g_assert_cmpint (k->series[BP_KPI_SERIES - 1].accommodation.cohort, ==, 30);
  g_assert_cmpint (k->series[BP_KPI_SERIES - 2].accommodation.cohort, ==, 1);
  g_assert_cmpint (k->series[0].period.start, ==, d (2022, 4, 1));
}

/* More than 10% not recorded carries the warning: 4 of 30 = 13.3%. Exactly 3 of 30 (10%)
 * does not. */
static void
test_warning (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  char child[16];

  for (int i = 0; i < 30; i++)
    {
      g_snprintf (child, sizeof child, "W%d", i);
      intervention (f, child, "RO", d (2023, 6, 1), d (2024, 2, 1),
                    &(IExtra) { .acc_end = i < 26 ? "SUITABLE" : NULL,
                                .ete_end = i < 27 ? "SUITABLE" : NULL });
    }
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  g_assert_true (bp_kpi_share_warning (&kpis_of (r)->quarter.accommodation));
  g_assert_false (bp_kpi_share_warning (&kpis_of (r)->quarter.ete));
}

/* kpis.md: one child whose RO ends 10 February and YRO 20 March is counted once, as YRO.
 * Two ending the same day go to the more intensive type (YRO over RO). */
static void
test_cohort_rule (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;

  intervention (f, "C1", "RO", d (2023, 6, 1), d (2024, 2, 10), NULL);
  intervention (f, "C1", "YRO", d (2023, 6, 1), d (2024, 3, 20), NULL);
  intervention (f, "C2", "YRO", d (2023, 6, 1), d (2024, 3, 1), NULL);
  intervention (f, "C2", "Referral Order", d (2023, 6, 1), d (2024, 3, 1), NULL);
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->quarter.cohort, ==, 2);
  g_assert_cmpint (k->quarter.cohort_by_type[BP_INTERVENTION_YRO], ==, 2);
  g_assert_cmpint (k->quarter.cohort_by_type[BP_INTERVENTION_RO], ==, 0);
}

/* kpis.md: a YC ending 5 January with end_reason COMPLETED and an RO ending 1 March: OOCD
 * 1 ended and 1 completed; the cohort counts the child once, as RO. Other children: a
 * triage (an outcome code, mapped to DIVERSION) breached; a YCC transferred (unknown);
 * a court order, not out of court. Completed 1 / (1 + 1) = 50%, 1 unknown. */
static void
test_oocd (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;

  intervention (f, "O1", "YC", d (2023, 10, 1), d (2024, 1, 5),
                &(IExtra) { .end_reason = "COMPLETED" });
  intervention (f, "O1", "RO", d (2023, 10, 1), d (2024, 3, 1), NULL);
  intervention (f, "O2", "TRIAGE", d (2023, 10, 1), d (2024, 2, 1),
                &(IExtra) { .end_reason = "breached" });
  intervention (f, "O3", "YCC", d (2023, 10, 1), d (2024, 2, 1),
                &(IExtra) { .end_reason = "TRANSFERRED" });
  intervention (f, "O4", "YRO", d (2023, 10, 1), d (2024, 2, 1),
                &(IExtra) { .end_reason = "NOT_COMPLETED" });
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->quarter.oocd_ended, ==, 3);
  g_assert_cmpint (k->quarter.oocd_completed, ==, 1);
  g_assert_cmpint (k->quarter.oocd_not_completed, ==, 1);
  g_assert_cmpint (k->quarter.oocd_unknown, ==, 1);
  g_assert_cmpint (k->quarter.oocd_by_type[BP_INTERVENTION_DIVERSION], ==, 1);
  assert_rounds (bp_kpi_pct (k->quarter.oocd_completed,
                             k->quarter.oocd_completed + k->quarter.oocd_not_completed),
                 1, "50.0");
  /* The cohort: O1 once, as RO; O2 diversion, O3 YCC, O4 YRO. */
  g_assert_cmpint (k->quarter.cohort, ==, 4);
  g_assert_cmpint (k->quarter.cohort_by_type[BP_INTERVENTION_RO], ==, 1);
  g_assert_cmpint (k->quarter.cohort_by_type[BP_INTERVENTION_YC], ==, 0);
}

/* kpis.md: 14 with SEND, 6 of them with a plan, 9 of the 14 in suitable ETE at the end:
 * 6 / 14 = 42.857% -> 42.9%; 9 / 14 = 64.286% -> 64.3%. Six more children have no SEND
 * and two are not recorded. */
static void
test_send (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;
  char child[16];

  for (int i = 0; i < 22; i++)
    {
      g_snprintf (child, sizeof child, "S%d", i);
      intervention (f, child, "RO", d (2023, 6, 1), d (2024, 2, 1),
                    &(IExtra) { .send = i < 14 ? "YES" : i < 20 ? "NO" : NULL,
                                .send_plan = i < 6 ? "YES" : "NO",
                                .ete_end = i < 9 || i >= 14 ? "SUITABLE" : "UNSUITABLE" });
    }
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->quarter.send_identified, ==, 14);
  g_assert_cmpint (k->quarter.send_with_plan, ==, 6);
  g_assert_cmpint (k->quarter.send_in_suitable_ete, ==, 9);
  g_assert_cmpint (k->quarter.send_known, ==, 20);
  assert_rounds (bp_kpi_pct (k->quarter.send_with_plan, k->quarter.send_identified), 1, "42.9");
  assert_rounds (bp_kpi_pct (k->quarter.send_in_suitable_ete, k->quarter.send_identified), 1,
                 "64.3");
}

/* kpis.md: 100 in the cohort, 25 with a mental health need, 20 offered, 15 attending:
 * 25.0%, 80.0%, 75.0%. Substance misuse: 10 screened, 4 with a need, 4 offered, 1
 * attending; 90 not screened, so it warns. An "attending" without "offered" is not
 * counted. */
static void
test_funnels (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;
  char child[16];

  for (int i = 0; i < 100; i++)
    {
      g_snprintf (child, sizeof child, "M%d", i);
      intervention (f, child, "YRO", d (2023, 6, 1), d (2024, 3, 1),
                    &(IExtra) { .mh_need = i < 25 ? "YES" : "NO",
                                .mh_offered = i < 20 ? "YES" : "NO",
                                .mh_attending = i < 15 || (i >= 20 && i < 25) ? "YES" : "NO",
                                .sm_need = i < 4 ? "YES" : i < 10 ? "NO" : NULL,
                                .sm_offered = i < 4 ? "YES" : NULL,
                                .sm_attending = i < 1 ? "YES" : NULL });
    }
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->quarter.mental_health.cohort, ==, 100);
  g_assert_cmpint (k->quarter.mental_health.need, ==, 25);
  g_assert_cmpint (k->quarter.mental_health.offered, ==, 20);
  g_assert_cmpint (k->quarter.mental_health.attending, ==, 15);
  assert_rounds (bp_kpi_pct (k->quarter.mental_health.need, 100), 1, "25.0");
  assert_rounds (bp_kpi_pct (k->quarter.mental_health.offered, k->quarter.mental_health.need),
                 1, "80.0");
  assert_rounds (bp_kpi_pct (k->quarter.mental_health.attending,
                             k->quarter.mental_health.offered), 1, "75.0");
  g_assert_cmpint (k->quarter.substance_misuse.screened, ==, 10);
  g_assert_cmpint (k->quarter.substance_misuse.need, ==, 4);
  g_assert_cmpint (k->quarter.substance_misuse.attending, ==, 1);
}

/* ETE by school age, the hours, and the wider services. School age is under 16 on the 31
 * August before the end date: ending 1 February 2024, that is 31 August 2023. E0 is 15 on
 * it (school age), E1 16 (above), E2 turns 16 on 1 September 2023 (15 on the day: school
 * age). Hours recorded for E0 (10 offered, 6 attended) and E1 (20, 12): means 15 and 9.
 * Wider services: E0 LAC;CIN, E1 NONE, E2 not recorded: 1 of 2 known has any. */
static void
test_ete_and_wider (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;
  BpDay august = d (2023, 8, 31);

  intervention (f, "E0", "RO", d (2023, 6, 1), d (2024, 2, 1),
                &(IExtra) { .ete_end = "SUITABLE", .dob = born_aged (15, august),
                            .hours_offered = "10", .hours_attended = "6",
                            .wider = "LAC; CIN" });
  intervention (f, "E1", "RO", d (2023, 6, 1), d (2024, 2, 1),
                &(IExtra) { .ete_end = "UNSUITABLE", .dob = born_aged (16, august),
                            .hours_offered = "20", .hours_attended = "12", .wider = "NONE" });
  intervention (f, "E2", "RO", d (2023, 6, 1), d (2024, 2, 1),
                &(IExtra) { .ete_end = "SUITABLE", .dob = d (2007, 9, 1) });
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->quarter.ete_school_age.known, ==, 2);
  g_assert_cmpint (k->quarter.ete_school_age.yes, ==, 2);
  g_assert_cmpint (k->quarter.ete_above_school_age.known, ==, 1);
  g_assert_cmpint (k->quarter.ete_above_school_age.yes, ==, 0);
  g_assert_cmpint (k->quarter.hours_offered_n, ==, 2);
  g_assert_cmpfloat (k->quarter.hours_offered_sum / k->quarter.hours_offered_n, ==, 15.0);
  g_assert_cmpfloat (k->quarter.hours_attended_sum / k->quarter.hours_attended_n, ==, 9.0);
  g_assert_cmpint (k->quarter.wider_known, ==, 2);
  g_assert_cmpint (k->quarter.wider_any, ==, 1);
  g_assert_cmpint (k->quarter.wider[0], ==, 1); /* LAC */
  g_assert_cmpint (k->quarter.wider[1], ==, 1); /* CIN */
  g_assert_cmpint (k->quarter.wider[2], ==, 0); /* CPP */
}

/* kpis.md: 17 children with a YC or a sentence for ROBBERY of gravity 6 in the year,
 * population 26,092: 17 / 26,092 x 100,000 = 65.154 -> 65.15, shown as 65. One child has
 * two such outcomes: 17 children, 18 offences. Not serious violence: a DRUGS offence of
 * gravity 4, a BREACH of gravity 6, a community resolution for VATP 7 (not a caution or
 * sentence), a remand for ROBBERY 6. */
static void
test_serious_violence (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;
  char child[16];

  for (int i = 0; i < 17; i++)
    {
      g_snprintf (child, sizeof child, "V%d", i);
      outcome (f, child, d (2023, 5, 1) + i * 15, i % 2 ? "YC" : "YRO",
               &(Extra) { .group = "ROBBERY", .gravity = 6 });
    }
  outcome (f, "V0", d (2024, 2, 1), "RO", &(Extra) { .group = "VATP", .gravity = 5 });
  outcome (f, "N1", d (2024, 2, 1), "YC", &(Extra) { .group = "DRUGS", .gravity = 4 });
  outcome (f, "N2", d (2024, 2, 1), "YRO", &(Extra) { .group = "BREACH", .gravity = 6 });
  outcome (f, "N3", d (2024, 2, 1), "CR", &(Extra) { .group = "VATP", .gravity = 7 });
  outcome (f, "N4", d (2024, 2, 1), "REMAND_YDA", &(Extra) { .group = "ROBBERY", .gravity = 6 });
  g_string_append (f->population, "2024,10-17,All,All,26092,ONS mid-year estimate\n");
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->year.sv_children, ==, 17);
  g_assert_cmpint (k->year.sv_offences, ==, 18);
  g_assert_cmpint (k->year.sv_population, ==, 26092);
  assert_rounds (k->year.sv_rate, 2, "65.15");
  assert_rounds (k->year.sv_rate, 0, "65");
  /* The quarter: V0's RO of February (V13 to V16 fall in January-March too: days 195 to
   * 240 after 1 May 2023 are 12 November 2023 to 27 December 2023, so none). */
  g_assert_cmpint (k->quarter.sv_children, ==, 1);
}

/* kpis.md: 5 senior partners at 4 meetings, 16 attended, 2 deputies: 16 / 20 = 80.0%.
 * Of the 16, 5 presented disproportionality data: 31.25%. A non-senior member's row
 * counts for nothing; a meeting of the year before is outside. */
static void
test_board (Fixture *f, gconstpointer data)
{
  static const char *partners[] = { "POLICE", "Probation", "HEALTH", "EDUCATION",
                                    "Social care" };
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;
  int n = 0;

  for (int m = 0; m < 4; m++)
    for (int p = 0; p < 5; p++, n++)
      board_row (f, d (2023, 5 + m * 3, 10), partners[p], NULL, NULL,
                 n < 16 ? "YES" : n < 18 ? "DEPUTY" : "NO", n < 5 ? "YES" : "NO");
  board_row (f, d (2023, 5, 10), "OTHER", "Observer", "NO", "YES", NULL);
  board_row (f, d (2023, 1, 10), "POLICE", NULL, NULL, "NO", NULL);
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_true (k->have[BP_KPI_BOARD]);
  g_assert_cmpint (k->year.meetings, ==, 4);
  g_assert_cmpint (k->year.senior_expected, ==, 20);
  g_assert_cmpint (k->year.senior_attended, ==, 16);
  g_assert_cmpint (k->year.deputies, ==, 2);
  g_assert_cmpint (k->year.presented, ==, 5);
  assert_rounds (bp_kpi_pct (k->year.senior_attended, k->year.senior_expected), 1, "80.0");
  assert_rounds (bp_kpi_pct (k->year.presented, k->year.senior_attended), 2, "31.25");
  /* Police attended all 4 (rows 0, 5, 10, 15); Social care 3 of 4 (4, 9, 14; 19 no). */
  g_assert_cmpint (k->year.partner_expected[BP_PARTNER_POLICE], ==, 4);
  g_assert_cmpint (k->year.partner_attended[BP_PARTNER_POLICE], ==, 4);
  g_assert_cmpint (k->year.partner_attended[BP_PARTNER_SOCIAL_CARE], ==, 3);
}

/* kpis.md: 25 victims consented and 22 engaged in restorative justice: 88.0%. Of 30
 * recorded in the year, 28 contacted; 10 asked for support, 9 given it. One engaged
 * without consent recorded is not counted. */
static void
test_victims (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  const BpKpis *k;

  for (int i = 0; i < 30; i++)
    victim (f, d (2023, 4, 10) + i * 10, i < 28 ? "YES" : "NO",
            i < 25 ? "YES" : i < 29 ? "NO" : NULL, i < 22 || i == 29 ? "YES" : "NO",
            i < 10 ? "YES" : "NO", i < 9 ? "YES" : "NO");
  victim (f, d (2023, 3, 1), "YES", "YES", "YES", NULL, NULL); /* the year before */
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  k = kpis_of (r);
  g_assert_cmpint (k->year.victims, ==, 30);
  g_assert_cmpint (k->year.victims_contacted, ==, 28);
  g_assert_cmpint (k->year.victims_consented, ==, 25);
  g_assert_cmpint (k->year.victims_rj_engaged, ==, 22);
  assert_rounds (bp_kpi_pct (k->year.victims_rj_engaged, k->year.victims_consented), 1, "88.0");
  g_assert_cmpint (k->year.victims_support_requested, ==, 10);
  g_assert_cmpint (k->year.victims_support_given, ==, 9);
}

/* A KPI whose file was never imported is null in the JSON with a note naming the file;
 * the others are there, and the KPI comparators are shown as published. */
static void
test_json (Fixture *f, gconstpointer data)
{
  g_autoptr(BpReport) r = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *kpis, *acc, *quarter;
  JsonArray *notes, *benchmarks;

  intervention (f, "J1", "RO", d (2023, 6, 1), d (2024, 2, 1),
                &(IExtra) { .acc_end = "SUITABLE" });
  outcome (f, "J1", d (2023, 6, 1), "RO", NULL);
  g_string_append (f->benchmarks, "KPI_ACCOMMODATION,2024-01-01,2024-03-31,NATIONAL,"
                                  "England and Wales,,,91.40,,,YJB KPI summary\n");
  import_all (f);
  r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);
  json = bp_report_to_json_text (r);
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  kpis = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                        "kpis");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (kpis, "quarter"), "start"), ==,
                   "2024-01-01");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (kpis, "year"), "start"), ==, "2023-04-01");
  g_assert_true (json_object_get_null_member (kpis, "victims"));
  g_assert_true (json_object_get_null_member (kpis, "board"));
  notes = json_object_get_array_member (kpis, "notes");
  g_assert_cmpuint (json_array_get_length (notes), ==, 2);
  g_assert_nonnull (strstr (json_array_get_string_element (notes, 0), "board.csv"));
  acc = json_object_get_object_member (kpis, "accommodation");
  quarter = json_object_get_object_member (acc, "quarter");
  g_assert_cmpint (json_object_get_int_member (quarter, "known"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (quarter, "suitable"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (quarter, "pct"), ==, 100.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (acc, "series")), ==,
                    BP_KPI_SERIES);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (quarter, "by_type")),
                    ==, 1);
  benchmarks = json_object_get_array_member (acc, "benchmarks");
  g_assert_cmpuint (json_array_get_length (benchmarks), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (benchmarks, 0),
                                                  "value_text"), ==, "91.40");
  /* Serious violence is read from the outcomes: never null when they are held. */
  g_assert_false (json_object_get_null_member (kpis, "serious_violence"));
}

static char *
kpis_json (Fixture *f)
{
  g_autoptr(BpReport) r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);

  return bp_report_to_json_text (r);
}

static gint64
query (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (bp_store_get_db (f->store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The KPIs' inputs are read from the tables once per data version and then from the
 * kpi_cache (bp-kpi-data.c): the report from the cache is the report from the tables;
 * a blob whose checksum fails, or one whose checksum holds but whose codes are out of
 * range (a hostile file), is never used: the tables are read again; an import makes
 * the cache stale. */
static void
test_cache (Fixture *f, gconstpointer data)
{
  g_autofree char *from_tables = NULL;
  g_autofree char *from_cache = NULL;
  g_autofree char *after_damage = NULL;
  g_autofree char *after_hostile = NULL;
  gint64 version;
  int format;
  gsize n = 0;
  gboolean damaged = TRUE;
  BpIntervention *records;
  char child[16];

  for (int i = 0; i < 30; i++)
    {
      g_snprintf (child, sizeof child, "C%d", i);
      intervention (f, child, i < 10 ? "YC" : "RO", d (2023, 6, 1), d (2024, 1, 10 + i % 20),
                    &(IExtra) { .acc_end = i < 20 ? "SUITABLE" : "UNSUITABLE" });
    }
  for (int i = 0; i < 6; i++)
    victim (f, d (2024, 1, 10 + i), "YES", "YES", i < 4 ? "YES" : "NO", "NO", "NO");
  board_row (f, d (2024, 2, 10), "POLICE", NULL, NULL, "YES", "YES");
  import_all (f);

  from_tables = kpis_json (f);
  version = bp_store_data_version (f->store);
  g_assert_cmpint (query (f, "SELECT count(*) FROM kpi_cache"), ==, 3);
  g_assert_cmpint (query (f, "SELECT min(data_version) FROM kpi_cache"), ==, version);
  from_cache = kpis_json (f);
  g_assert_cmpstr (from_cache, ==, from_tables);
  g_assert_nonnull (strstr (from_tables, "\"suitable\" : 20"));

  /* damaged on disk */
  g_assert_cmpint (sqlite3_exec (bp_store_get_db (f->store),
                                 "UPDATE kpi_cache SET checksum = checksum + 1 WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  after_damage = kpis_json (f);
  g_assert_cmpstr (after_damage, ==, from_tables);

  /* hostile: a type no table has, under a checksum that holds */
  format = (int) query (f, "SELECT format FROM kpi_cache WHERE id = 1");
  records = bp_blob_cache_read (f->store, "kpi_cache", 1, version, format,
                                sizeof (BpIntervention), &n, &damaged);
  g_assert_nonnull (records);
  g_assert_false (damaged);
  g_assert_cmpuint (n, ==, 30);
  records[0].type = 200;
  bp_blob_cache_write (f->store, "kpi_cache", 1, version, format, records, n,
                       sizeof (BpIntervention));
  g_free (records);
  after_hostile = kpis_json (f);
  g_assert_cmpstr (after_hostile, ==, from_tables);
  records = bp_blob_cache_read (f->store, "kpi_cache", 1, version, format,
                                sizeof (BpIntervention), &n, &damaged);
  g_assert_nonnull (records);
  g_assert_cmpint (records[0].type, <, BP_N_INTERVENTION_TYPES);
  g_free (records);

  /* an import moves the version on: the new intervention is counted */
  intervention (f, "C30", "RO", d (2023, 6, 1), d (2024, 3, 1),
                &(IExtra) { .acc_end = "SUITABLE" });
  import_all (f);
  g_assert_cmpint (bp_store_data_version (f->store), >, version);
  {
    g_autoptr(BpReport) r = report_for (f, END, BP_STAGE_CAUTIONED_OR_SENTENCED);

    g_assert_cmpint (kpis_of (r)->quarter.accommodation.yes, ==, 21);
    g_assert_cmpint (kpis_of (r)->quarter.accommodation.cohort, ==, 31);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/kpis/accommodation", test_accommodation);
  ADD ("/core/kpis/warning", test_warning);
  ADD ("/core/kpis/cohort-rule", test_cohort_rule);
  ADD ("/core/kpis/oocd", test_oocd);
  ADD ("/core/kpis/send", test_send);
  ADD ("/core/kpis/funnels", test_funnels);
  ADD ("/core/kpis/ete-and-wider", test_ete_and_wider);
  ADD ("/core/kpis/serious-violence", test_serious_violence);
  ADD ("/core/kpis/board", test_board);
  ADD ("/core/kpis/victims", test_victims);
  ADD ("/core/kpis/json", test_json);
  ADD ("/core/kpis/cache", test_cache);
#undef ADD
  return g_test_run ();
}

/* test-codes.c: the code lists of domain.md sections 3 and 7 */

#include "config.h"

#include "bp-codes.h"

/* domain.md section 3, row by row: code, tier, statutory, court sentence, custodial. */
static const struct
{
  const char *code;
  BpTier tier;
  gboolean statutory, court, custodial;
} outcome_table[] = {
  { "CR", BP_TIER_INFORMAL, FALSE, FALSE, FALSE },
  { "TRIAGE", BP_TIER_INFORMAL, FALSE, FALSE, FALSE },
  { "O22", BP_TIER_INFORMAL, FALSE, FALSE, FALSE },
  { "NFA", BP_TIER_INFORMAL, FALSE, FALSE, FALSE },
  { "TURNAROUND", BP_TIER_INFORMAL, FALSE, FALSE, FALSE },
  { "YC", BP_TIER_PRE_COURT, TRUE, FALSE, FALSE },
  { "YCC", BP_TIER_PRE_COURT, TRUE, FALSE, FALSE },
  { "AD", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "CD", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "FINE", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "COMP", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "REPO", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "RO", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "ROX", BP_TIER_FIRST_TIER, TRUE, TRUE, FALSE },
  { "YRO", BP_TIER_COMMUNITY, TRUE, TRUE, FALSE },
  { "DTO", BP_TIER_CUSTODY, TRUE, TRUE, TRUE },
  { "S250", BP_TIER_CUSTODY, TRUE, TRUE, TRUE },
  { "S254", BP_TIER_CUSTODY, TRUE, TRUE, TRUE },
  { "S258", BP_TIER_CUSTODY, TRUE, TRUE, TRUE },
  { "S259", BP_TIER_CUSTODY, TRUE, TRUE, TRUE },
  { "REMAND_YDA", BP_TIER_REMAND, FALSE, FALSE, FALSE },
  { "REMAND_LA", BP_TIER_REMAND, FALSE, FALSE, FALSE },
  { "BAIL_ISS", BP_TIER_REMAND, FALSE, FALSE, FALSE },
};

static void
test_outcome_tiers_and_flags (void)
{
  g_assert_cmpint (G_N_ELEMENTS (outcome_table), ==, BP_N_OUTCOME_TYPES);

  for (guint i = 0; i < G_N_ELEMENTS (outcome_table); i++)
    {
      BpOutcomeType type;
      BpOutcomeFlags flags;

      g_test_message ("%s", outcome_table[i].code);
      g_assert_true (bp_outcome_type_parse (outcome_table[i].code, &type));
      g_assert_cmpstr (bp_outcome_type_code (type), ==, outcome_table[i].code);
      g_assert_cmpint (bp_outcome_type_tier (type), ==, outcome_table[i].tier);
      flags = bp_outcome_type_flags (type);
      g_assert_cmpint ((flags & BP_OUTCOME_FLAG_STATUTORY) != 0, ==, outcome_table[i].statutory);
      g_assert_cmpint ((flags & BP_OUTCOME_FLAG_COURT) != 0, ==, outcome_table[i].court);
      g_assert_cmpint ((flags & BP_OUTCOME_FLAG_CUSTODIAL) != 0, ==, outcome_table[i].custodial);
    }
}

static void
test_outcome_names (void)
{
  static const struct { const char *text; const char *code; } names[] = {
    { "Youth Caution", "YC" }, { "youth conditional caution", "YCC" },
    { "Referral Order", "RO" }, { "Detention and Training Order", "DTO" },
    { "Section 250", "S250" }, { "s.250", "S250" }, { "Section 91", "S250" },
    { "Section 90", "S259" }, { "Community Resolution", "CR" },
    { "Youth Rehabilitation Order", "YRO" }, { "referral-order extension", "ROX" },
    { "Remand to Youth Detention Accommodation", "REMAND_YDA" }, { "Bail with ISS", "BAIL_ISS" },
    { "  YC  ", "YC" }, { "yc", "YC" }, { "Outcome 22", "O22" },
  };
  BpOutcomeType type;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_test_message ("%s", names[i].text);
      g_assert_true (bp_outcome_type_parse (names[i].text, &type));
      g_assert_cmpstr (bp_outcome_type_code (type), ==, names[i].code);
    }

  g_assert_false (bp_outcome_type_parse ("", &type));
  g_assert_false (bp_outcome_type_parse ("Caution", &type));
  g_assert_false (bp_outcome_type_parse ("Section 251", &type));
  g_assert_false (bp_outcome_type_parse ("custody", &type));
}

/* domain.md section 7: every detailed code and its group. */
static void
test_ethnicity_codes (void)
{
  static const struct { const char *code; BpEthnicGroup group; } codes[] = {
    { "W1", BP_ETHNIC_WHITE }, { "W2", BP_ETHNIC_WHITE }, { "W3", BP_ETHNIC_WHITE },
    { "W5", BP_ETHNIC_WHITE }, { "W9", BP_ETHNIC_WHITE },
    { "M1", BP_ETHNIC_MIXED }, { "M2", BP_ETHNIC_MIXED }, { "M3", BP_ETHNIC_MIXED },
    { "M9", BP_ETHNIC_MIXED },
    { "A1", BP_ETHNIC_ASIAN }, { "A2", BP_ETHNIC_ASIAN }, { "A3", BP_ETHNIC_ASIAN },
    { "A4", BP_ETHNIC_ASIAN }, { "A9", BP_ETHNIC_ASIAN },
    { "B1", BP_ETHNIC_BLACK }, { "B2", BP_ETHNIC_BLACK }, { "B9", BP_ETHNIC_BLACK },
    { "O1", BP_ETHNIC_ASIAN }, /* legacy 2001 Chinese */
    { "O2", BP_ETHNIC_OTHER }, { "O9", BP_ETHNIC_OTHER },
    { "NS", BP_ETHNIC_UNKNOWN }, { "", BP_ETHNIC_UNKNOWN }, { "b2", BP_ETHNIC_BLACK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      gboolean recognised = FALSE;

      g_test_message ("code \"%s\"", codes[i].code);
      g_assert_cmpint (bp_ethnicity_parse (codes[i].code, &recognised), ==, codes[i].group);
      g_assert_true (recognised);
    }
}

static void
test_ethnicity_descriptions (void)
{
  static const struct { const char *text; BpEthnicGroup group; gboolean recognised; } d[] = {
    { "White: Irish", BP_ETHNIC_WHITE, TRUE },
    { "White: English, Welsh, Scottish, Northern Irish or British", BP_ETHNIC_WHITE, TRUE },
    { "White: Gypsy or Irish Traveller", BP_ETHNIC_WHITE, TRUE },
    { "White: Roma", BP_ETHNIC_WHITE, TRUE },
    { "Black or Black British - African", BP_ETHNIC_BLACK, TRUE },
    { "Black, Black British, Black Welsh, Caribbean or African: Caribbean", BP_ETHNIC_BLACK, TRUE },
    { "Asian, Asian British or Asian Welsh: Indian", BP_ETHNIC_ASIAN, TRUE },
    { "Mixed or Multiple ethnic groups: White and Black Caribbean", BP_ETHNIC_MIXED, TRUE },
    { "Other ethnic group: Arab", BP_ETHNIC_OTHER, TRUE },
    { "Arab", BP_ETHNIC_OTHER, TRUE },
    { "Asian", BP_ETHNIC_ASIAN, TRUE }, { "Black", BP_ETHNIC_BLACK, TRUE },
    { "Mixed", BP_ETHNIC_MIXED, TRUE }, { "Other", BP_ETHNIC_OTHER, TRUE },
    { "White", BP_ETHNIC_WHITE, TRUE }, { "Unknown", BP_ETHNIC_UNKNOWN, TRUE },
    { "Not stated", BP_ETHNIC_UNKNOWN, TRUE }, { "Refused", BP_ETHNIC_UNKNOWN, TRUE },
    { "Martian", BP_ETHNIC_UNKNOWN, FALSE }, { "W4", BP_ETHNIC_UNKNOWN, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (d); i++)
    {
      gboolean recognised;

      g_test_message ("\"%s\"", d[i].text);
      g_assert_cmpint (bp_ethnicity_parse (d[i].text, &recognised), ==, d[i].group);
      g_assert_cmpint (recognised, ==, d[i].recognised);
    }
}

static void
test_sex (void)
{
  static const struct { const char *text; BpSex sex; } ok[] = {
    { "M", BP_SEX_MALE }, { "Male", BP_SEX_MALE }, { "1", BP_SEX_MALE }, { "m", BP_SEX_MALE },
    { "F", BP_SEX_FEMALE }, { "Female", BP_SEX_FEMALE }, { "2", BP_SEX_FEMALE },
    { "U", BP_SEX_UNKNOWN }, { "Unknown", BP_SEX_UNKNOWN }, { "Not known", BP_SEX_UNKNOWN },
    { "0", BP_SEX_UNKNOWN }, { "9", BP_SEX_UNKNOWN },
  };
  BpSex sex;

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_assert_true (bp_sex_parse (ok[i].text, &sex));
      g_assert_cmpint (sex, ==, ok[i].sex);
    }
  g_assert_false (bp_sex_parse ("X", &sex));
  g_assert_false (bp_sex_parse ("3", &sex));
  g_assert_false (bp_sex_parse ("", &sex));
}

static void
test_offence_groups (void)
{
  BpOffenceGroup g;

  g_assert_true (bp_offence_group_parse ("BREACH", &g));
  g_assert_cmpint (g, ==, BP_OFFENCE_BREACH);
  g_assert_true (bp_offence_group_parse ("Breach of statutory order", &g));
  g_assert_cmpint (g, ==, BP_OFFENCE_BREACH);
  g_assert_true (bp_offence_group_parse ("Violence against the person", &g));
  g_assert_cmpint (g, ==, BP_OFFENCE_VATP);
  g_assert_true (bp_offence_group_parse ("criminal damage", &g));
  g_assert_cmpint (g, ==, BP_OFFENCE_CRIMINAL_DAMAGE);
  g_assert_true (bp_offence_group_parse ("", &g));
  g_assert_cmpint (g, ==, BP_OFFENCE_NONE);
  g_assert_false (bp_offence_group_parse ("Shoplifting", &g));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/codes/outcome-tiers-and-flags", test_outcome_tiers_and_flags);
  g_test_add_func ("/core/codes/outcome-names", test_outcome_names);
  g_test_add_func ("/core/codes/ethnicity-codes", test_ethnicity_codes);
  g_test_add_func ("/core/codes/ethnicity-descriptions", test_ethnicity_descriptions);
  g_test_add_func ("/core/codes/sex", test_sex);
  g_test_add_func ("/core/codes/offence-groups", test_offence_groups);
  return g_test_run ();
}

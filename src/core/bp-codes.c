/* bp-codes.c: the code lists of domain.md and data-formats.md
 *
 * Matching is forgiving about case, spaces and punctuation ("Section 250", "s.250" and
 * "S250" are one code) but never guesses: a value that matches nothing is refused, except
 * ethnicity, where anything unrecognised is Unknown as domain.md requires.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-codes.h"

typedef struct
{
  const char     *code;
  const char     *name;
  BpTier          tier;
  BpOutcomeFlags  flags;
  const char     *synonyms; /* '|'-separated, matched after normalising */
} OutcomeInfo;

#define STAT BP_OUTCOME_FLAG_STATUTORY
#define COURT (BP_OUTCOME_FLAG_STATUTORY | BP_OUTCOME_FLAG_COURT)
#define CUSTODY (BP_OUTCOME_FLAG_STATUTORY | BP_OUTCOME_FLAG_COURT | BP_OUTCOME_FLAG_CUSTODIAL)

/* The names are shown to people, translated where they are shown
 * (_(bp_outcome_type_name (t))); the codes and synonyms are for reading files and are
 * never translated. */
static const OutcomeInfo outcomes[BP_N_OUTCOME_TYPES] = {
  /* Translators: the names of youth justice outcomes (England and Wales) follow, as
   * shown in lists and tables: use the official Welsh names where they exist. */
  [BP_OUTCOME_CR] = { "CR", N_("Community Resolution"), BP_TIER_INFORMAL, 0, "" },
  [BP_OUTCOME_TRIAGE] = { "TRIAGE", N_("Triage"), BP_TIER_INFORMAL, 0,
                          "Diversion|Triage or diversion" },
  /* Translators: a police outcome (deferred prosecution), named by its number */
  [BP_OUTCOME_O22] = { "O22", N_("Outcome 22"), BP_TIER_INFORMAL, 0,
                       "Police outcome 22|Deferred prosecution|Outcome22" },
  [BP_OUTCOME_NFA] = { "NFA", N_("No Further Action"), BP_TIER_INFORMAL, 0, "" },
  /* Translators: the Turnaround prevention programme, a name */
  [BP_OUTCOME_TURNAROUND] = { "TURNAROUND", N_("Turnaround"), BP_TIER_INFORMAL, 0,
                              "Prevention programme|Turnaround programme" },
  [BP_OUTCOME_YC] = { "YC", N_("Youth Caution"), BP_TIER_PRE_COURT, STAT, "" },
  [BP_OUTCOME_YCC] = { "YCC", N_("Youth Conditional Caution"), BP_TIER_PRE_COURT, STAT, "" },
  [BP_OUTCOME_AD] = { "AD", N_("Absolute Discharge"), BP_TIER_FIRST_TIER, COURT, "" },
  [BP_OUTCOME_CD] = { "CD", N_("Conditional Discharge"), BP_TIER_FIRST_TIER, COURT, "" },
  /* Translators: a court sentence: a fine (money to pay) */
  [BP_OUTCOME_FINE] = { "FINE", N_("Fine"), BP_TIER_FIRST_TIER, COURT, "" },
  [BP_OUTCOME_COMP] = { "COMP", N_("Compensation Order"), BP_TIER_FIRST_TIER, COURT,
                        "Compensation" },
  [BP_OUTCOME_REPO] = { "REPO", N_("Reparation Order"), BP_TIER_FIRST_TIER, COURT, "" },
  [BP_OUTCOME_RO] = { "RO", N_("Referral Order"), BP_TIER_FIRST_TIER, COURT, "" },
  [BP_OUTCOME_ROX] = { "ROX", N_("Referral Order Extension"), BP_TIER_FIRST_TIER, COURT, "" },
  [BP_OUTCOME_YRO] = { "YRO", N_("Youth Rehabilitation Order"), BP_TIER_COMMUNITY, COURT, "" },
  [BP_OUTCOME_DTO] = { "DTO", N_("Detention and Training Order"), BP_TIER_CUSTODY, CUSTODY,
                       "" },
  /* Translators: a custodial sentence named by its section of the Sentencing Act 2020 */
  [BP_OUTCOME_S250] = { "S250", N_("Section 250"), BP_TIER_CUSTODY, CUSTODY,
                        "s.250|Section 91|s91|s.91|Detention for a specified period" },
  /* Translators: a custodial sentence named by its section of the Sentencing Act 2020 */
  [BP_OUTCOME_S254] = { "S254", N_("Section 254"), BP_TIER_CUSTODY, CUSTODY,
                        "s.254|Extended sentence of detention|Extended sentence" },
  /* Translators: a custodial sentence named by its section of the Sentencing Act 2020 */
  [BP_OUTCOME_S258] = { "S258", N_("Section 258"), BP_TIER_CUSTODY, CUSTODY,
                        "s.258|Detention for life" },
  /* Translators: a custodial sentence named by its section of the Sentencing Act 2020 */
  [BP_OUTCOME_S259] = { "S259", N_("Section 259"), BP_TIER_CUSTODY, CUSTODY,
                        "s.259|Section 90|s90|s.90|Detention at His Majesty's pleasure|"
                        "Detention at Her Majesty's pleasure" },
  [BP_OUTCOME_REMAND_YDA] = { "REMAND_YDA", N_("Remand to Youth Detention Accommodation"),
                              BP_TIER_REMAND, 0, "Remand YDA|Remand to YDA" },
  [BP_OUTCOME_REMAND_LA] = { "REMAND_LA", N_("Remand to Local Authority Accommodation"),
                             BP_TIER_REMAND, 0, "Remand LA|Remand to LA|Remand to local authority" },
  [BP_OUTCOME_BAIL_ISS] = { "BAIL_ISS", N_("Bail with Intensive Supervision and Surveillance"),
                            BP_TIER_REMAND, 0, "Bail with ISS|Bail ISS" },
};

#undef STAT
#undef COURT
#undef CUSTODY

/* Shown to people, translated where shown (_(bp_tier_name (tier))). */
static const char *tier_names[BP_N_TIERS] = {
  /* Translators: a tier of youth justice outcomes, the least serious: outcomes out of
   * court such as a community resolution; lower case, as in "3 informal outcomes" */
  N_("informal"),
  /* Translators: a tier of youth justice outcomes: youth cautions, before any court */
  N_("pre-court"),
  /* Translators: a tier of youth justice outcomes: the first tier of court sentences
   * (discharges, fines, referral orders) */
  N_("first tier"),
  /* Translators: a tier of youth justice outcomes: community sentences (youth
   * rehabilitation orders) */
  N_("community"),
  /* Translators: a tier of youth justice outcomes: custodial sentences */
  N_("custody"),
  /* Translators: a tier of youth justice outcomes: remands (to custody or to local
   * authority accommodation) and bail with supervision, before a sentence */
  N_("remand"),
};

/* Shown to people, translated where shown (_(bp_ethnic_group_name (g))); JSON and CSV
 * keep the English. */
static const char *ethnic_names[BP_N_ETHNIC_GROUPS] = {
  /* Translators: a broad ethnic group of the Census (England and Wales), in tables and
   * charts */
  N_("Asian"),
  /* Translators: a broad ethnic group of the Census (England and Wales) */
  N_("Black"),
  /* Translators: a broad ethnic group of the Census: "Mixed or Multiple ethnic groups" */
  N_("Mixed"),
  /* Translators: a broad ethnic group of the Census: "Other ethnic group" */
  N_("Other"),
  /* Translators: a broad ethnic group of the Census (England and Wales) */
  N_("White"),
  /* Translators: the ethnic group of a child whose ethnicity is not recorded */
  N_("Unknown"),
};

static const char *offence_codes[BP_N_OFFENCE_GROUPS] = {
  "", "VATP", "ROBBERY", "DRUGS", "THEFT", "BURGLARY", "CRIMINAL_DAMAGE", "MOTORING",
  "PUBLIC_ORDER", "SEXUAL", "WEAPONS", "FRAUD", "BREACH", "OTHER",
};

static const char *offence_names[BP_N_OFFENCE_GROUPS] = {
  "", "Violence against the person|Violence", "Robbery", "Drugs|Drug offences",
  "Theft|Theft and handling|Theft and handling stolen goods", "Burglary",
  "Criminal damage|Criminal damage and arson|Arson", "Motoring|Motoring offences",
  "Public order|Public order offences", "Sexual|Sexual offences",
  "Weapons|Possession of weapons|Possession of weapons offences",
  "Fraud|Fraud and forgery|Fraud offences",
  "Breach|Breach of statutory order|Breach of order|Breaches", "Other|Other offences",
};

/* Lower-case ASCII letters and digits only: "Section-250 " -> "section250". */
static void
normalise (const char *text,
           char       *buf,
           gsize       size)
{
  gsize j = 0;

  for (const char *p = text; *p && j + 1 < size; p++)
    if (g_ascii_isalnum (*p))
      buf[j++] = g_ascii_tolower (*p);
  buf[j] = '\0';
}

/* Every name a code can be written as, normalised once: values that are not codes are
 * looked up here without splitting and normalising the lists on every row. */
typedef struct
{
  char *normalised;
  int   value;
} Alias;

static GArray *outcome_aliases;  /* (element-type Alias) */
static GArray *offence_aliases;

static void
add_aliases (GArray     *aliases,
             int         value,
             const char *alternatives)
{
  g_auto(GStrv) parts = g_strsplit (alternatives, "|", -1);

  for (guint i = 0; parts[i]; i++)
    {
      char buf[128];
      Alias alias;

      normalise (parts[i], buf, sizeof buf);
      if (buf[0] == '\0')
        continue;
      alias.normalised = g_strdup (buf);
      alias.value = value;
      g_array_append_val (aliases, alias);
    }
}

static void
init_aliases (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      outcome_aliases = g_array_new (FALSE, FALSE, sizeof (Alias));
      for (int i = 0; i < BP_N_OUTCOME_TYPES; i++)
        {
          add_aliases (outcome_aliases, i, outcomes[i].code);
          add_aliases (outcome_aliases, i, outcomes[i].name);
          add_aliases (outcome_aliases, i, outcomes[i].synonyms);
        }
      offence_aliases = g_array_new (FALSE, FALSE, sizeof (Alias));
      for (int i = 1; i < BP_N_OFFENCE_GROUPS; i++)
        {
          add_aliases (offence_aliases, i, offence_codes[i]);
          add_aliases (offence_aliases, i, offence_names[i]);
        }
      g_once_init_leave (&done, 1);
    }
}

static gboolean
lookup_alias (GArray     *aliases,
              const char *normalised,
              int        *out_value)
{
  for (guint i = 0; i < aliases->len; i++)
    {
      const Alias *alias = &g_array_index (aliases, Alias, i);

      if (strcmp (alias->normalised, normalised) == 0)
        {
          *out_value = alias->value;
          return TRUE;
        }
    }
  return FALSE;
}

/* Values longer than any code or name can never match; refusing them early keeps a 2 MB
 * field from being normalised character by character. */
#define MAX_CODE_TEXT 120

gboolean
bp_outcome_type_parse (const char    *text,
                       BpOutcomeType *out_type)
{
  char norm[MAX_CODE_TEXT + 1];

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_type != NULL, FALSE);

  /* Exact codes first: they are nearly every row of a real export. */
  for (int i = 0; i < BP_N_OUTCOME_TYPES; i++)
    if (strcmp (text, outcomes[i].code) == 0)
      {
        *out_type = (BpOutcomeType) i;
        return TRUE;
      }

  if (strlen (text) > MAX_CODE_TEXT)
    return FALSE;
  normalise (text, norm, sizeof norm);
  if (norm[0] == '\0')
    return FALSE;

  init_aliases ();
  {
    int value;

    if (!lookup_alias (outcome_aliases, norm, &value))
      return FALSE;
    *out_type = (BpOutcomeType) value;
  }
  return TRUE;
}

const char *
bp_outcome_type_code (BpOutcomeType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BP_N_OUTCOME_TYPES, NULL);
  return outcomes[type].code;
}

const char *
bp_outcome_type_name (BpOutcomeType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BP_N_OUTCOME_TYPES, NULL);
  return outcomes[type].name;
}

BpTier
bp_outcome_type_tier (BpOutcomeType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BP_N_OUTCOME_TYPES, BP_TIER_INFORMAL);
  return outcomes[type].tier;
}

BpOutcomeFlags
bp_outcome_type_flags (BpOutcomeType type)
{
  g_return_val_if_fail ((int) type >= 0 && type < BP_N_OUTCOME_TYPES, 0);
  return outcomes[type].flags;
}

const char *
bp_tier_name (BpTier tier)
{
  g_return_val_if_fail ((int) tier >= 0 && tier < BP_N_TIERS, NULL);
  return tier_names[tier];
}

/* Returns: the sex's English name, "Male", "Female" or "Unknown": translate it with _() */
const char *
bp_sex_name (BpSex sex)
{
  static const char *const names[BP_N_SEXES] = { N_("Male"), N_("Female"), N_("Unknown") };

  g_return_val_if_fail ((int) sex >= 0 && sex < BP_N_SEXES, NULL);
  return names[sex];
}

/* The tier's key in the JSON report (cli.md): "first_tier". */
const char *
bp_tier_key (BpTier tier)
{
  static const char *const keys[BP_N_TIERS] = {
    "informal", "pre_court", "first_tier", "community", "custody", "remand",
  };

  g_return_val_if_fail ((int) tier >= 0 && tier < BP_N_TIERS, NULL);
  return keys[tier];
}

/* The tier whose key (bp_tier_key()) is @key, as report --tier takes it. */
gboolean
bp_tier_parse (const char *key,
               BpTier     *out_tier)
{
  for (int t = 0; t < BP_N_TIERS; t++)
    if (g_strcmp0 (key, bp_tier_key ((BpTier) t)) == 0)
      {
        *out_tier = (BpTier) t;
        return TRUE;
      }
  return FALSE;
}

static gboolean
ethnic_code (const char    *text,
             BpEthnicGroup *out_group)
{
  static const struct { const char *code; BpEthnicGroup group; } codes[] = {
    { "W1", BP_ETHNIC_WHITE }, { "W2", BP_ETHNIC_WHITE }, { "W3", BP_ETHNIC_WHITE },
    { "W5", BP_ETHNIC_WHITE }, { "W9", BP_ETHNIC_WHITE },
    { "M1", BP_ETHNIC_MIXED }, { "M2", BP_ETHNIC_MIXED }, { "M3", BP_ETHNIC_MIXED },
    { "M9", BP_ETHNIC_MIXED },
    { "A1", BP_ETHNIC_ASIAN }, { "A2", BP_ETHNIC_ASIAN }, { "A3", BP_ETHNIC_ASIAN },
    { "A4", BP_ETHNIC_ASIAN }, { "A9", BP_ETHNIC_ASIAN },
    { "B1", BP_ETHNIC_BLACK }, { "B2", BP_ETHNIC_BLACK }, { "B9", BP_ETHNIC_BLACK },
    { "O1", BP_ETHNIC_ASIAN }, /* Chinese in the 2001 scheme */
    { "O2", BP_ETHNIC_OTHER }, { "O9", BP_ETHNIC_OTHER },
    { "NS", BP_ETHNIC_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_ascii_strcasecmp (text, codes[i].code) == 0)
      {
        *out_group = codes[i].group;
        return TRUE;
      }
  return FALSE;
}

/**
 * bp_ethnicity_parse:
 * @text: a code, a broad group name or a Census description
 * @out_recognised: (out) (optional): whether @text was a known value (blank, "Not stated"
 *   and "Refused" are known values meaning Unknown)
 *
 * Maps any ethnicity value to its broad group. Descriptions are mapped by their first
 * word, as domain.md says: White; Mixed or Multiple; Asian; Black; Other or Arab.
 * Never fails: anything else is Unknown.
 */
BpEthnicGroup
bp_ethnicity_parse (const char *text,
                    gboolean   *out_recognised)
{
  BpEthnicGroup group;
  char word[32];
  gsize n = 0;
  const char *p;

  g_return_val_if_fail (text != NULL, BP_ETHNIC_UNKNOWN);

  if (out_recognised)
    *out_recognised = TRUE;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return BP_ETHNIC_UNKNOWN;
  if (ethnic_code (text, &group))
    return group;

  for (p = text; g_ascii_isalpha (*p) && n + 1 < sizeof word; p++)
    word[n++] = g_ascii_tolower (*p);
  word[n] = '\0';

  if (strcmp (word, "white") == 0)
    return BP_ETHNIC_WHITE;
  if (strcmp (word, "mixed") == 0 || strcmp (word, "multiple") == 0)
    return BP_ETHNIC_MIXED;
  if (strcmp (word, "asian") == 0 || strcmp (word, "chinese") == 0)
    return BP_ETHNIC_ASIAN;
  if (strcmp (word, "black") == 0)
    return BP_ETHNIC_BLACK;
  if (strcmp (word, "other") == 0 || strcmp (word, "arab") == 0)
    return BP_ETHNIC_OTHER;
  if (strcmp (word, "unknown") == 0 || strcmp (word, "refused") == 0 ||
      g_ascii_strncasecmp (text, "not stated", 10) == 0 ||
      g_ascii_strncasecmp (text, "not known", 9) == 0)
    return BP_ETHNIC_UNKNOWN;

  if (out_recognised)
    *out_recognised = FALSE;
  return BP_ETHNIC_UNKNOWN;
}

const char *
bp_ethnic_group_name (BpEthnicGroup group)
{
  g_return_val_if_fail ((int) group >= 0 && group < BP_N_ETHNIC_GROUPS, NULL);
  return ethnic_names[group];
}

/* M, F, U; Male, Female, Unknown, Not known; ISO 5218 1, 2, 0 and 9. */
gboolean
bp_sex_parse (const char *text,
              BpSex      *out_sex)
{
  static const struct { const char *text; BpSex sex; } values[] = {
    { "M", BP_SEX_MALE }, { "Male", BP_SEX_MALE }, { "1", BP_SEX_MALE },
    { "F", BP_SEX_FEMALE }, { "Female", BP_SEX_FEMALE }, { "2", BP_SEX_FEMALE },
    { "U", BP_SEX_UNKNOWN }, { "Unknown", BP_SEX_UNKNOWN }, { "Not known", BP_SEX_UNKNOWN },
    { "0", BP_SEX_UNKNOWN }, { "9", BP_SEX_UNKNOWN },
  };

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_sex != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (g_ascii_strcasecmp (text, values[i].text) == 0)
      {
        *out_sex = values[i].sex;
        return TRUE;
      }
  return FALSE;
}

const char *
bp_sex_code (BpSex sex)
{
  static const char *codes[BP_N_SEXES] = { "M", "F", "U" };

  g_return_val_if_fail ((int) sex >= 0 && sex < BP_N_SEXES, NULL);
  return codes[sex];
}

/* A code or its name; blank is BP_OFFENCE_NONE (the column is optional). */
gboolean
bp_offence_group_parse (const char     *text,
                        BpOffenceGroup *out_group)
{
  char norm[MAX_CODE_TEXT + 1];

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_group != NULL, FALSE);

  if (text[0] == '\0')
    {
      *out_group = BP_OFFENCE_NONE;
      return TRUE;
    }
  /* Exact codes first: they are nearly every row of a real export. */
  for (int i = 1; i < BP_N_OFFENCE_GROUPS; i++)
    if (strcmp (text, offence_codes[i]) == 0)
      {
        *out_group = (BpOffenceGroup) i;
        return TRUE;
      }
  if (strlen (text) > MAX_CODE_TEXT)
    return FALSE;
  normalise (text, norm, sizeof norm);
  init_aliases ();
  {
    int value;

    if (!lookup_alias (offence_aliases, norm, &value))
      return FALSE;
    *out_group = (BpOffenceGroup) value;
  }
  return TRUE;
}

const char *
bp_offence_group_code (BpOffenceGroup group)
{
  g_return_val_if_fail ((int) group >= 0 && group < BP_N_OFFENCE_GROUPS, NULL);
  return offence_codes[group];
}

/* "Local" (or blank) and "Other". */
gboolean
bp_local_status_parse (const char *text,
                       gboolean   *out_local)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_local != NULL, FALSE);

  if (text[0] == '\0' || g_ascii_strcasecmp (text, "Local") == 0)
    *out_local = TRUE;
  else if (g_ascii_strcasecmp (text, "Other") == 0)
    *out_local = FALSE;
  else
    return FALSE;
  return TRUE;
}

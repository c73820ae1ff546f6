/* bp-kpi-codes.c: the code lists of the KPI inputs (kpis.md section 1)
 *
 * Codes match ignoring case, spaces and punctuation, as everywhere else; a value that
 * matches nothing is refused, never guessed.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-kpi-codes.h"

/* Lower-case letters and digits only: "Not completed" and "NOT_COMPLETED" are one. */
static void
squash (const char *text,
        char       *buf,
        gsize       size)
{
  gsize j = 0;

  for (const char *p = text; *p && j + 1 < size; p++)
    if (g_ascii_isalnum (*p))
      buf[j++] = g_ascii_tolower (*p);
  buf[j] = '\0';
}

/* Finds @text among @n entries of '|'-separated squashed spellings. */
static int
find (const char        *text,
      const char *const *spellings,
      guint              n)
{
  char norm[64];

  if (strlen (text) >= sizeof norm)
    return -1;
  squash (text, norm, sizeof norm);
  if (norm[0] == '\0')
    return -1;
  for (guint i = 0; i < n; i++)
    {
      const char *p = spellings[i];

      while (*p)
        {
          const char *bar = strchr (p, '|');
          gsize len = bar ? (gsize) (bar - p) : strlen (p);

          if (len == strlen (norm) && strncmp (p, norm, len) == 0)
            return (int) i;
          p += len + (bar ? 1 : 0);
        }
    }
  return -1;
}

static const char *const type_codes[BP_N_INTERVENTION_TYPES] = {
  "PREVENTION", "DIVERSION", "YC", "YCC", "OTHER_COURT", "RO", "YRO", "CUSTODY",
};

static const char *const type_names[BP_N_INTERVENTION_TYPES] = {
  /* Translators: a type of intervention with a child */
  N_("Prevention"),
  /* Translators: a type of intervention with a child */
  N_("Diversion"),
  /* Translators: a type of intervention with a child */
  N_("Youth caution"),
  /* Translators: a type of intervention with a child */
  N_("Youth conditional caution"),
  /* Translators: a type of intervention with a child: a court sentence other than a
   * referral order, youth rehabilitation order or custody */
  N_("Other court sentence"),
  /* Translators: a type of intervention with a child */
  N_("Referral order"),
  /* Translators: a type of intervention with a child */
  N_("Youth rehabilitation order"),
  /* Translators: a type of intervention with a child */
  N_("Custody"),
};

static const char *const type_spellings[BP_N_INTERVENTION_TYPES] = {
  "prevention",
  "diversion",
  "yc|youthcaution",
  "ycc|youthconditionalcaution",
  "othercourt|othercourtsentence",
  "ro|referralorder",
  "yro|youthrehabilitationorder",
  "custody",
};

gboolean
bp_intervention_type_parse (const char         *text,
                            BpInterventionType *out_type)
{
  BpOutcomeType outcome;
  int i = find (text, type_spellings, BP_N_INTERVENTION_TYPES);

  if (i >= 0)
    {
      *out_type = (BpInterventionType) i;
      return TRUE;
    }
  /* An outcome code or name of domain.md section 3, mapped as kpis.md says. */
  if (!bp_outcome_type_parse (text, &outcome))
    return FALSE;
  switch (outcome)
    {
    case BP_OUTCOME_CR: case BP_OUTCOME_TRIAGE: case BP_OUTCOME_O22: case BP_OUTCOME_NFA:
      *out_type = BP_INTERVENTION_DIVERSION; return TRUE;
    case BP_OUTCOME_TURNAROUND: *out_type = BP_INTERVENTION_PREVENTION; return TRUE;
    case BP_OUTCOME_YC: *out_type = BP_INTERVENTION_YC; return TRUE;
    case BP_OUTCOME_YCC: *out_type = BP_INTERVENTION_YCC; return TRUE;
    case BP_OUTCOME_RO: case BP_OUTCOME_ROX: *out_type = BP_INTERVENTION_RO; return TRUE;
    case BP_OUTCOME_YRO: *out_type = BP_INTERVENTION_YRO; return TRUE;
    case BP_OUTCOME_DTO: case BP_OUTCOME_S250: case BP_OUTCOME_S254: case BP_OUTCOME_S258:
    case BP_OUTCOME_S259:
      *out_type = BP_INTERVENTION_CUSTODY; return TRUE;
    case BP_OUTCOME_AD: case BP_OUTCOME_CD: case BP_OUTCOME_FINE: case BP_OUTCOME_COMP:
    case BP_OUTCOME_REPO:
      *out_type = BP_INTERVENTION_OTHER_COURT; return TRUE;
    case BP_OUTCOME_REMAND_YDA: case BP_OUTCOME_REMAND_LA: case BP_OUTCOME_BAIL_ISS:
    case BP_N_OUTCOME_TYPES:
    default:
      return FALSE; /* a remand is not an intervention */
    }
}

const char *
bp_intervention_type_code (BpInterventionType type)
{
  g_return_val_if_fail ((guint) type < BP_N_INTERVENTION_TYPES, NULL);
  return type_codes[type];
}

const char *
bp_intervention_type_name (BpInterventionType type)
{
  g_return_val_if_fail ((guint) type < BP_N_INTERVENTION_TYPES, NULL);
  return type_names[type];
}

/* Only diversion, youth cautions and youth conditional cautions are out of court (KPI 6). */
gboolean
bp_intervention_is_oocd (BpInterventionType type)
{
  return type == BP_INTERVENTION_DIVERSION || type == BP_INTERVENTION_YC ||
         type == BP_INTERVENTION_YCC;
}

static const char *const end_codes[BP_N_END_REASONS] = {
  "", "COMPLETED", "NOT_COMPLETED", "TRANSFERRED", "OTHER",
};

static const char *const end_spellings[BP_N_END_REASONS] = {
  "\x01", /* blank is handled before the lookup */
  "completed|complete",
  "notcompleted|breached|revoked|disengaged",
  "transferred",
  "other",
};

gboolean
bp_end_reason_parse (const char  *text,
                     BpEndReason *out_reason)
{
  int i;

  if (text[0] == '\0')
    {
      *out_reason = BP_END_NOT_RECORDED;
      return TRUE;
    }
  for (int k = 1; k < BP_N_END_REASONS; k++)
    if (strcmp (text, end_codes[k]) == 0)
      {
        *out_reason = (BpEndReason) k;
        return TRUE;
      }
  i = find (text, end_spellings, BP_N_END_REASONS);
  if (i < 0)
    return FALSE;
  *out_reason = (BpEndReason) i;
  return TRUE;
}

const char *
bp_end_reason_code (BpEndReason reason)
{
  g_return_val_if_fail ((guint) reason < BP_N_END_REASONS, NULL);
  return end_codes[reason];
}

static gboolean
parse_two (const char        *text,
           const char *const *spellings,
           BpAnswer          *out_answer)
{
  int i;

  if (text[0] == '\0')
    {
      *out_answer = BP_ANSWER_NOT_RECORDED;
      return TRUE;
    }
  i = find (text, spellings, 2);
  if (i < 0)
    return FALSE;
  *out_answer = i == 0 ? BP_ANSWER_NO : BP_ANSWER_YES;
  return TRUE;
}

/* YES or NO (also Y, N, TRUE, FALSE, 1, 0); blank is not recorded. */
gboolean
bp_answer_parse (const char *text,
                 BpAnswer   *out_answer)
{
  static const char *const spellings[] = { "no|n|false|0", "yes|y|true|1" };

  return parse_two (text, spellings, out_answer);
}

/* SUITABLE or UNSUITABLE (also Yes and No); blank is not recorded. */
gboolean
bp_suitability_parse (const char *text,
                      BpAnswer   *out_answer)
{
  static const char *const spellings[] = { "unsuitable|no|n", "suitable|yes|y" };

  return parse_two (text, spellings, out_answer);
}

static const char *const wider_codes[BP_N_WIDER_SERVICES] = {
  "LAC", "CIN", "CPP", "EARLY_HELP",
};

static const char *const wider_spellings[BP_N_WIDER_SERVICES + 1] = {
  "lac|lookedafter|careexperienced",
  "cin|childinneed",
  "cpp|childprotectionplan|childprotection",
  "earlyhelp",
  "none",
};

/* ';'-separated codes, or NONE; blank is not recorded (0). No allocation: the KPIs read
 * this for every intervention of every report. */
gboolean
bp_wider_services_parse (const char *text,
                         guint8     *out_bits)
{
  guint8 bits = 0;
  gboolean none = FALSE;
  const char *p = text;

  *out_bits = 0;
  if (text[0] == '\0')
    return TRUE;
  while (*p)
    {
      const char *semi = strchr (p, ';');
      gsize len = semi ? (gsize) (semi - p) : strlen (p);
      char token[64];
      int i;

      /* Spaces around a code are allowed; an empty part (";;", a trailing ";") is not a
       * code and is skipped. */
      while (len > 0 && g_ascii_isspace (*p))
        p++, len--;
      while (len > 0 && g_ascii_isspace (p[len - 1]))
        len--;
      if (len >= sizeof token)
        return FALSE;
      if (len > 0)
        {
          memcpy (token, p, len);
          token[len] = '\0';
          i = find (token, wider_spellings, BP_N_WIDER_SERVICES + 1);
          if (i < 0)
            return FALSE;
          if (i == BP_N_WIDER_SERVICES)
            none = TRUE;
          else
            bits |= (guint8) (1u << i);
        }
      if (semi == NULL)
        break;
      p = semi + 1;
    }
  /* NONE beside a service contradicts itself. */
  if (none && bits != 0)
    return FALSE;
  if (!none && bits == 0)
    return TRUE;
  *out_bits = bits | BP_WIDER_RECORDED;
  return TRUE;
}

/* Returns: (transfer full): the canonical text: "LAC;CIN", "NONE", or "" */
char *
bp_wider_services_code (guint8 bits)
{
  GString *s = g_string_new (NULL);

  if (!(bits & BP_WIDER_RECORDED))
    return g_string_free (s, FALSE);
  for (guint i = 0; i < BP_N_WIDER_SERVICES; i++)
    if (bits & (1u << i))
      {
        if (s->len > 0)
          g_string_append_c (s, ';');
        g_string_append (s, wider_codes[i]);
      }
  if (s->len == 0)
    g_string_append (s, "NONE");
  return g_string_free (s, FALSE);
}

const char *
bp_wider_service_code (guint i)
{
  g_return_val_if_fail (i < BP_N_WIDER_SERVICES, NULL);
  return wider_codes[i];
}

static const char *const partner_codes[BP_N_PARTNERS] = {
  "POLICE", "PROBATION", "HEALTH", "EDUCATION", "SOCIAL_CARE", "LOCAL_AUTHORITY", "COURTS",
  "OTHER",
};

static const char *const partner_names[BP_N_PARTNERS] = {
  /* Translators: a partner agency on the youth justice management board */
  N_("Police"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Probation"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Health"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Education"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Social care"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Local authority"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Courts"),
  /* Translators: a partner agency on the youth justice management board */
  N_("Other"),
};

static const char *const partner_spellings[BP_N_PARTNERS] = {
  "police", "probation|probationservice", "health", "education", "socialcare|childrenssocialcare",
  "localauthority|council", "courts|court|hmcts", "other",
};

gboolean
bp_partner_parse (const char *text,
                  BpPartner  *out_partner)
{
  int i = find (text, partner_spellings, BP_N_PARTNERS);

  if (i < 0)
    return FALSE;
  *out_partner = (BpPartner) i;
  return TRUE;
}

const char *
bp_partner_code (BpPartner partner)
{
  g_return_val_if_fail ((guint) partner < BP_N_PARTNERS, NULL);
  return partner_codes[partner];
}

const char *
bp_partner_name (BpPartner partner)
{
  g_return_val_if_fail ((guint) partner < BP_N_PARTNERS, NULL);
  return partner_names[partner];
}

gboolean
bp_attended_parse (const char *text,
                   BpAttended *out_attended)
{
  static const char *const spellings[] = { "no|n|false|0|absent", "yes|y|true|1|attended",
                                           "deputy" };
  int i = find (text, spellings, 3);

  if (i < 0)
    return FALSE;
  *out_attended = (BpAttended) i;
  return TRUE;
}

const char *
bp_attended_code (BpAttended attended)
{
  static const char *const codes[] = { "NO", "YES", "DEPUTY" };

  g_return_val_if_fail ((guint) attended < 3, NULL);
  return codes[attended];
}

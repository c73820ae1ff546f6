/* bp-plan-codes.c: the codes and values of the plan's tables
 *
 * Money is held in pence, as an integer: a budget table's pence add up exactly, and a
 * difference of a penny is a difference (data-formats.md).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "bp-format.h"
#include "bp-plan-codes.h"

static const struct { const char *code; const char *synonyms; const char *name; }
contracts[BP_N_CONTRACTS] = {
  /* Translators: a kind of contract of a member of staff */
  [BP_CONTRACT_PERMANENT] = { "PERMANENT", "permanent", N_("Permanent") },
  /* Translators: a kind of contract of a member of staff */
  [BP_CONTRACT_FIXED_TERM] = { "FIXED_TERM", "fixed term|fixed-term|temporary", N_("Fixed term") },
  /* Translators: a kind of contract: a member of staff employed by a partner agency */
  [BP_CONTRACT_SECONDED] = { "SECONDED", "secondee|secondment", N_("Seconded") },
  /* Translators: a kind of contract of a member of staff */
  [BP_CONTRACT_AGENCY] = { "AGENCY", "agency worker|interim", N_("Agency") },
  /* Translators: a kind of contract: someone who gives their time unpaid */
  [BP_CONTRACT_VOLUNTEER] = { "VOLUNTEER", "volunteers", N_("Volunteer") },
  /* Translators: a kind of contract: a student on placement */
  [BP_CONTRACT_STUDENT] = { "STUDENT", "students|placement", N_("Student") },
};

static const struct { const char *code; const char *synonyms; const char *name; }
statuses[BP_N_ACTION_STATUSES] = {
  /* Translators: the RAG status of an action of the improvement plan */
  [BP_ACTION_RED] = { "RED", "r", N_("Red") },
  /* Translators: the RAG status of an action of the improvement plan */
  [BP_ACTION_AMBER] = { "AMBER", "a", N_("Amber") },
  /* Translators: the RAG status of an action of the improvement plan */
  [BP_ACTION_GREEN] = { "GREEN", "g", N_("Green") },
  /* Translators: the status of an action of the improvement plan that is done */
  [BP_ACTION_COMPLETE] = { "COMPLETE", "completed|done|blue", N_("Complete") },
  /* Translators: the status of an action of the improvement plan */
  [BP_ACTION_NOT_STARTED] = { "NOT_STARTED", "not started|not yet started", N_("Not started") },
};

/* Codes and synonyms match ignoring case, spaces, hyphens and underscores. */
static gboolean
same_word (const char *a,
           const char *b)
{
  while (*a || *b)
    {
      while (*a == ' ' || *a == '_' || *a == '-')
        a++;
      while (*b == ' ' || *b == '_' || *b == '-')
        b++;
      if (g_ascii_tolower (*a) != g_ascii_tolower (*b))
        return FALSE;
      if (*a)
        a++;
      if (*b)
        b++;
    }
  return TRUE;
}

static gboolean
matches (const char *text,
         const char *code,
         const char *synonyms)
{
  g_auto(GStrv) words = NULL;

  if (same_word (text, code))
    return TRUE;
  words = g_strsplit (synonyms, "|", -1);
  for (guint i = 0; words[i]; i++)
    if (same_word (text, words[i]))
      return TRUE;
  return FALSE;
}

gboolean
bp_contract_parse (const char *text,
                   BpContract *out_contract)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));

  if (t[0] == '\0')
    return FALSE;
  for (int c = 0; c < BP_N_CONTRACTS; c++)
    if (matches (t, contracts[c].code, contracts[c].synonyms))
      {
        *out_contract = (BpContract) c;
        return TRUE;
      }
  return FALSE;
}

const char *
bp_contract_code (BpContract contract)
{
  g_return_val_if_fail ((int) contract >= 0 && contract < BP_N_CONTRACTS, NULL);
  return contracts[contract].code;
}

/* Returns: the contract's English name: translate it with _() */
const char *
bp_contract_name (BpContract contract)
{
  g_return_val_if_fail ((int) contract >= 0 && contract < BP_N_CONTRACTS, NULL);
  return contracts[contract].name;
}

gboolean
bp_action_status_parse (const char     *text,
                        BpActionStatus *out_status)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));

  if (t[0] == '\0')
    return FALSE;
  for (int s = 0; s < BP_N_ACTION_STATUSES; s++)
    if (matches (t, statuses[s].code, statuses[s].synonyms))
      {
        *out_status = (BpActionStatus) s;
        return TRUE;
      }
  return FALSE;
}

const char *
bp_action_status_code (BpActionStatus status)
{
  g_return_val_if_fail ((int) status >= 0 && status < BP_N_ACTION_STATUSES, NULL);
  return statuses[status].code;
}

/* Returns: the status's English name: translate it with _() */
const char *
bp_action_status_name (BpActionStatus status)
{
  g_return_val_if_fail ((int) status >= 0 && status < BP_N_ACTION_STATUSES, NULL);
  return statuses[status].name;
}

/**
 * bp_money_parse:
 * @text: an amount of money as a budget table writes it: "£1,389,067.71", "5000",
 *   "-5,019", "(5,019.00)", "£ 21,533"; blank or "-" is nothing (0)
 *
 * Thousands separators must group by three; at most two decimals (pence).
 * Returns: whether @text is an amount; *@out_pence holds it
 */
gboolean
bp_money_parse (const char *text,
                gint64     *out_pence)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  const char *p = t;
  gboolean negative = FALSE, brackets = FALSE;
  guint64 pounds = 0;
  int pence = 0, group = -1, digits = 0;

  if (t[0] == '\0' || strcmp (t, "-") == 0 || strcmp (t, "\u2013") == 0)
    {
      *out_pence = 0;
      return TRUE;
    }
  if (*p == '(')
    {
      brackets = negative = TRUE;
      p++;
    }
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (g_str_has_prefix (p, "\u00a3"))
    p += strlen ("\u00a3");
  while (*p == ' ')
    p++;
  if (*p == '-' && !negative)
    {
      negative = TRUE;
      p++;
    }
  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          /* a separator after 1 to 3 digits, then after exactly 3 */
          if (digits == 0 || (group >= 0 && group != 3) || (group < 0 && digits > 3))
            return FALSE;
          group = 0;
          continue;
        }
      if (pounds > G_MAXINT64 / 1000)
        return FALSE;
      pounds = pounds * 10 + (guint64) (*p - '0');
      digits++;
      if (group >= 0)
        group++;
    }
  if (digits == 0 || (group >= 0 && group != 3))
    return FALSE;
  if (*p == '.')
    {
      int decimals = 0;

      for (p++; g_ascii_isdigit (*p); p++, decimals++)
        {
          if (decimals >= 2)
            return FALSE;
          pence = pence * 10 + (*p - '0');
        }
      if (decimals == 0)
        return FALSE;
      if (decimals == 1)
        pence *= 10;
    }
  if (brackets)
    {
      if (*p != ')')
        return FALSE;
      p++;
    }
  if (*p != '\0')
    return FALSE;
  *out_pence = (gint64) (pounds * 100 + (guint64) pence) * (negative ? -1 : 1);
  return TRUE;
}

/* Returns: (transfer full): "£1,389,067.71", "£5,000", "-£5,019" (pence only when there
 * are some) */
char *
bp_money_format (gint64 pence)
{
  guint64 magnitude = pence < 0 ? (guint64) (-(pence + 1)) + 1 : (guint64) pence;
  g_autofree char *pounds = bp_format_count ((gint64) (magnitude / 100));
  int p = (int) (magnitude % 100);

  if (p != 0)
    return g_strdup_printf ("%s\u00a3%s.%02d", pence < 0 ? "-" : "", pounds, p);
  return g_strdup_printf ("%s\u00a3%s", pence < 0 ? "-" : "", pounds);
}

double
bp_money_pounds (gint64 pence)
{
  return (double) pence / 100.0;
}

/**
 * bp_financial_year_parse:
 * @text: "2024/25", "2024-25", "2024/2025" or "2024-2025"
 * Returns: whether @text is a financial year; *@out_start_year is 2024
 */
gboolean
bp_financial_year_parse (const char *text,
                         int        *out_start_year)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  int start, end;
  char sep;
  int n = 0;

  if (sscanf (t, "%4d%c%d%n", &start, &sep, &end, &n) != 3 || t[n] != '\0' ||
      (sep != '/' && sep != '-') || start < 1900 || start > 2998)
    return FALSE;
  if ((strlen (t) == 7 && end == (start + 1) % 100) || (strlen (t) == 9 && end == start + 1))
    {
      *out_start_year = start;
      return TRUE;
    }
  return FALSE;
}

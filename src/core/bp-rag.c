/* bp-rag.c: red, amber and green by the rule the service chose
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-rag.h"

#define META_KEY "rag_rule"

static const char *const rule_keys[BP_N_RAG_RULES] = { "national", "family", "trend" };

/* How much better @value is than @reference, in per cent of it (negative: worse). */
static double
better_by_pct (BpBetter better,
               double   value,
               double   reference)
{
  double d = (value - reference) / fabs (reference) * 100.0;

  return better == BP_BETTER_LOWER ? -d : d;
}

/**
 * bp_rag_judge:
 * @value: the figure; NAN when it is not shown or cannot be worked out
 * @national: England and Wales as published; NAN when not held
 * @family: the YJS family as published; NAN when not held
 * @year_before: the same measure a year before; NAN when not known
 *
 * Green when @value is at least %BP_RAG_BAND_PCT per cent better than the figure the rule
 * compares with, red when at least that much worse, amber in between. None when there is
 * no direction, no figure, or nothing (or zero) to compare with. The caller gives NAN for
 * a figure that rests on too few children.
 */
BpRag
bp_rag_judge (BpRagRule rule,
              BpBetter  better,
              double    value,
              double    national,
              double    family,
              double    year_before)
{
  double reference = rule == BP_RAG_RULE_NATIONAL ? national
                     : rule == BP_RAG_RULE_FAMILY ? family : year_before;
  double by;

  if (better == BP_BETTER_NEITHER || !isfinite (value) || !isfinite (reference) ||
      reference == 0)
    return BP_RAG_NONE;
  by = better_by_pct (better, value, reference);
  /* a hair's breadth either side of the band is the band (floating point) */
  if (by >= BP_RAG_BAND_PCT - 1e-9)
    return BP_RAG_GREEN;
  if (by <= -BP_RAG_BAND_PCT + 1e-9)
    return BP_RAG_RED;
  return BP_RAG_AMBER;
}

/* Disproportionality has no better direction but parity: green when the relative rate
 * index is not significantly different from 1, red when significantly higher, amber when
 * significantly lower. @significance: "higher", "lower", "not significant" or NULL. */
BpRag
bp_rag_of_rri (const char *significance)
{
  if (significance == NULL)
    return BP_RAG_NONE;
  if (g_str_equal (significance, "higher"))
    return BP_RAG_RED;
  if (g_str_equal (significance, "lower"))
    return BP_RAG_AMBER;
  return BP_RAG_GREEN;
}

const char *
bp_rag_name (BpRag rag)
{
  switch (rag)
    {
    case BP_RAG_GREEN:
      /* Translators: a RAG status */
      return _("Green");
    case BP_RAG_AMBER:
      /* Translators: a RAG status */
      return _("Amber");
    case BP_RAG_RED:
      /* Translators: a RAG status */
      return _("Red");
    case BP_RAG_NONE:
    default:
      /* Translators: a RAG status: none could be given */
      return _("No status");
    }
}

const char *
bp_rag_rule_key (BpRagRule rule)
{
  g_return_val_if_fail (rule < BP_N_RAG_RULES, rule_keys[0]);
  return rule_keys[rule];
}

gboolean
bp_rag_rule_parse (const char *key,
                   BpRagRule  *rule)
{
  for (guint i = 0; i < BP_N_RAG_RULES; i++)
    if (g_strcmp0 (key, rule_keys[i]) == 0)
      {
        *rule = (BpRagRule) i;
        return TRUE;
      }
  return FALSE;
}

/* The rule's name, for Preferences. */
const char *
bp_rag_rule_title (BpRagRule rule)
{
  switch (rule)
    {
    case BP_RAG_RULE_FAMILY:
      /* Translators: a choice of the rule that gives the RAG statuses */
      return _("Against the YJS family");
    case BP_RAG_RULE_TREND:
      /* Translators: a choice of the rule that gives the RAG statuses */
      return _("Against the year before");
    case BP_RAG_RULE_NATIONAL:
    case BP_N_RAG_RULES:
    default:
      /* Translators: a choice of the rule that gives the RAG statuses */
      return _("Against England and Wales");
    }
}

/* The rule as the summary page writes it. Returns: (transfer full) */
char *
bp_rag_rule_text (BpRagRule rule)
{
  g_autofree char *band = g_strdup_printf ("%g", BP_RAG_BAND_PCT);
  const char *against;

  switch (rule)
    {
    case BP_RAG_RULE_FAMILY:
      /* Translators: what a RAG status compares with, in "green when the figure is at
       * least 5% better than ..." */
      against = _("the YJS family as published");
      break;
    case BP_RAG_RULE_TREND:
      /* Translators: what a RAG status compares with, in "green when the figure is at
       * least 5% better than ..." */
      against = _("the same measure a year before");
      break;
    case BP_RAG_RULE_NATIONAL:
    case BP_N_RAG_RULES:
    default:
      /* Translators: what a RAG status compares with, in "green when the figure is at
       * least 5% better than ..." */
      against = _("England and Wales as published");
      break;
    }
  /* Translators: the rule written under the summary's tiles: %1$s is a percentage
   * ("5"), %2$s what the figure is compared with ("England and Wales as published") */
  return g_strdup_printf (_("How the status is given: green when the figure is at least "
                            "%1$s%% better than %2$s, amber when it is within %1$s%%, red "
                            "when it is at least %1$s%% worse. Ethnic disproportionality is "
                            "green when the relative rate index is not significantly "
                            "different from 1, red when it is significantly higher and "
                            "amber when significantly lower. There is no status when there "
                            "is nothing to compare with, or the figure rests on fewer than 10 "
                            "children or is not shown. The rule is chosen in Preferences."),
                          band, against);
}

BpRagRule
bp_rag_rule_load (BpStore *store)
{
  g_autofree char *value = NULL;
  BpRagRule rule = BP_RAG_RULE_NATIONAL;

  if (store != NULL && bp_store_get_meta (store, META_KEY, &value))
    bp_rag_rule_parse (value, &rule);
  return rule;
}

gboolean
bp_rag_rule_save (BpStore   *store,
                  BpRagRule  rule,
                  GError   **error)
{
  g_return_val_if_fail (BP_IS_STORE (store), FALSE);
  g_return_val_if_fail (rule < BP_N_RAG_RULES, FALSE);

  if (bp_store_is_read_only (store))
    {
      g_set_error (error, BP_STORE_ERROR, BP_STORE_ERROR_READ_ONLY,
                   _("The database is read-only: the status rule cannot be saved."));
      return FALSE;
    }
  return bp_store_set_meta (store, META_KEY, rule_keys[rule], error);
}

/* bp-chart-kinds.c: kind names and the wording shared by the chart builders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-format.h"
#include "bp-chart-kinds-private.h"

static const char *const kind_names[] = {
  [BP_CHART_KIND_FTE] = "fte",
  [BP_CHART_KIND_CUSTODY] = "custody",
  [BP_CHART_KIND_REOFFENDING] = "reoffending",
  [BP_CHART_KIND_RRI] = "rri",
  [BP_CHART_KIND_ETHNICITY] = "ethnicity",
};

/**
 * bp_chart_kind_from_string:
 * @name: "fte", "custody", "reoffending", "rri" or "ethnicity"
 * @kind: (out): the kind
 *
 * Returns: whether @name is a chart kind
 */
gboolean
bp_chart_kind_from_string (const char  *name,
                           BpChartKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_ascii_strcasecmp (name, kind_names[i]) == 0)
      {
        *kind = (BpChartKind) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * bp_chart_kind_to_string:
 * @kind: a chart kind
 *
 * Returns: its name, as on the command line ("fte")
 */
const char *
bp_chart_kind_to_string (BpChartKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

/* The stage when the input names none; the first of core's stage descriptions. */
const char *
_bp_chart_default_stage (void)
{
  /* Translators: the default stage of the disproportionality charts, as in "Ethnic
   * disproportionality: children cautioned or sentenced" and "to be cautioned or
   * sentenced" */
  return C_("stage", "cautioned or sentenced");
}

/* The stage as shown: core's description (English, marked with the context "stage"),
 * translated, or the default stage. */
const char *
_bp_chart_stage (const char *stage)
{
  return stage != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, "stage", stage)
                       : _bp_chart_default_stage ();
}

/* A group name as shown: core's names ("Black", "Ethnic minority groups") are English,
 * translated here; any other name has no translation and stays as it is. */
const char *
_bp_chart_group_name (const char *group)
{
  return group != NULL && *group != '\0' ? _(group) : "";
}

/* The ethnic groups of core, each with the phrase for its children: whole phrases, so a
 * translation need not build them from the group's name. */
static const struct
{
  const char *group;
  const char *children;
} group_phrases[] = {
  /* Translators: a noun phrase inside sentences of chart summaries, as in "Asian
   * children were 2.5 times as likely as White children to be cautioned or
   * sentenced"; the first letter is made a capital at the start of a sentence */
  { "Asian", N_("Asian children") },
  /* Translators: a noun phrase inside sentences of chart summaries (see "Asian
   * children") */
  { "Black", N_("Black children") },
  /* Translators: a noun phrase inside sentences of chart summaries (see "Asian
   * children"): children of the Census group "Mixed or Multiple ethnic groups" */
  { "Mixed", N_("Mixed children") },
  /* Translators: a noun phrase inside sentences of chart summaries (see "Asian
   * children"): children of the Census group "Other ethnic group" */
  { "Other", N_("Other children") },
  /* Translators: a noun phrase inside sentences of chart summaries (see "Asian
   * children"); also the reference group: "each group's rate divided by the rate for
   * White children" */
  { "White", N_("White children") },
};

/* "Black children"; "children from ethnic minority groups" (lower case: the sentence
 * helper capitalises the first letter of a sentence). @group is core's English name. */
char *
_bp_chart_noun_phrase (const char *group,
                       const char *noun_phrase)
{
  if (noun_phrase != NULL)
    return g_strdup (noun_phrase);
  for (guint i = 0; i < G_N_ELEMENTS (group_phrases); i++)
    if (g_strcmp0 (group, group_phrases[i].group) == 0)
      return g_strdup (_(group_phrases[i].children));
  if (g_ascii_strncasecmp (group, "ethnic minority", strlen ("ethnic minority")) == 0)
    /* Translators: a noun phrase inside sentences of chart summaries (see "Asian
     * children"); the first letter is made a capital at the start of a sentence */
    return g_strdup (_("children from ethnic minority groups"));

  /* Translators: the children of an ethnic group not in the list above, inside
   * sentences of chart summaries: %s is the group's name, as in "White British
   * children" */
  return g_strdup_printf (C_("ethnic group", "%s children"), _bp_chart_group_name (group));
}

/* "Black (n=28)", or "Black" when the count is unknown; @group is core's English name */
char *
_bp_chart_group_label (const char *group,
                       gint64      count)
{
  g_autofree char *n = NULL;

  if (count < 0)
    return g_strdup (_bp_chart_group_name (group));

  n = bp_format_count (count);
  /* Translators: a row label on the ethnicity charts: %s is an ethnic group, then its
   * number of children, as in "Black (n=28)"; keep it short */
  return g_strdup_printf (_("%s (n=%s)"), _bp_chart_group_name (group), n);
}

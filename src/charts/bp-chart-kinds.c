/* bp-chart-kinds.c: kind names and the wording shared by the chart builders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

/* "Black children"; "children from ethnic minority groups" (lower case: the sentence
 * helper capitalises the first letter of a sentence). */
char *
_bp_chart_noun_phrase (const char *group,
                       const char *noun_phrase)
{
  if (noun_phrase != NULL)
    return g_strdup (noun_phrase);
  if (g_ascii_strncasecmp (group, "ethnic minority", strlen ("ethnic minority")) == 0)
    return g_strdup ("children from ethnic minority groups");

  return g_strdup_printf ("%s children", group);
}

/* Appends @sentence with its first letter in capitals, separated by a space. */
void
_bp_chart_append_sentence (GString    *text,
                           const char *sentence)
{
  gunichar first;

  if (sentence == NULL || *sentence == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');

  first = g_utf8_get_char (sentence);
  g_string_append_unichar (text, g_unichar_toupper (first));
  g_string_append (text, g_utf8_next_char (sentence));
}

/* "a", "a and b", "a, b and c" */
char *
_bp_chart_join_list (GPtrArray *items)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (text, i == items->len - 1 ? " and " : ", ");
      g_string_append (text, g_ptr_array_index (items, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Black (n=28)", or "Black" when the count is unknown */
char *
_bp_chart_group_label (const char *group,
                       gint64      count)
{
  g_autofree char *n = NULL;

  if (count < 0)
    return g_strdup (group);

  n = bp_format_count (count);
  return g_strdup_printf ("%s (n=%s)", group, n);
}

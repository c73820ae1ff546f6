/* bp-ui-format.c: numbers, dates and changes as the window words them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bp-date.h"
#include "bp-format.h"
#include "bp-i18n.h"
#include "bp-report-format.h"
#include "bp-ui-format.h"

/* "December 2024" in the interface's language (month names are ours, not the C
 * library's: LANGUAGE=cy alone, with no Welsh locale, still gives "Rhagfyr 2024") */
char *
bp_ui_format_month_year (BpDay day)
{
  if (day == BP_DAY_INVALID)
    return g_strdup ("");
  return bp_day_format_month_year_long (day);
}

/* "31 December 2024" */
char *
bp_ui_format_date (BpDay day)
{
  if (day == BP_DAY_INVALID)
    return g_strdup ("");
  return bp_day_format_long (day);
}

/* "January 2024 to December 2024" */
char *
bp_ui_format_period (BpPeriod period)
{
  g_autofree char *start = bp_ui_format_month_year (period.start);
  g_autofree char *end = bp_ui_format_month_year (period.end);

  /* Translators: a period of whole months, as in "January 2024 to December 2024" */
  return g_strdup_printf (_("%s to %s"), start, end);
}

/* The label of a reporting period in the period selector: "12 months to December 2024" */
char *
bp_ui_format_period_label (BpDay period_end)
{
  g_autofree char *end = bp_ui_format_month_year (period_end);

  /* Translators: the reporting period, the 12 months ending at a quarter end */
  return g_strdup_printf (_("12 months to %s"), end);
}

char *
bp_ui_format_count (gint64 count)
{
  if (count < 0)
    return g_strdup (_("not available"));
  return bp_format_count (count);
}

/* A rate or ratio rounded half away from zero, or "not available" */
char *
bp_ui_format_value (double value,
                    int    decimals)
{
  if (isnan (value) || isinf (value))
    return g_strdup (_("not available"));
  return bp_format_number (value, decimals);
}

/* "+21.0" for a rise, "-3.0" for a fall, or "not available" */
char *
bp_ui_format_signed (double value,
                     int    decimals)
{
  g_autofree char *number = NULL;

  if (isnan (value) || isinf (value))
    return g_strdup (_("not available"));
  number = bp_format_number (value, decimals);
  if (value > 0 && strspn (number, "0.,") != strlen (number))
    return g_strconcat ("+", number, NULL);
  return g_steal_pointer (&number);
}

char *
bp_ui_format_percent (double value,
                      int    decimals)
{
  g_autofree char *number = NULL;

  if (isnan (value) || isinf (value))
    return g_strdup (_("not available"));
  number = bp_format_number (value, decimals);
  /* Translators: a percentage, as in "36.4%" */
  return g_strdup_printf (_("%s%%"), number);
}

/* The comparator's kind of area in words */
const char *
bp_ui_area_type_name (const char *area_type)
{
  if (g_strcmp0 (area_type, "YJS") == 0)
    return _("Published for this service");
  if (g_strcmp0 (area_type, "FAMILY") == 0)
    return _("YJS family");
  if (g_strcmp0 (area_type, "REGION") == 0)
    return _("Region");
  if (g_strcmp0 (area_type, "NATIONAL") == 0)
    /* Translators: the kind of a comparator: the national figure (England and Wales) */
    return C_("comparator kind", "National");
  return area_type;
}

/**
 * bp_ui_find_benchmark:
 * @benchmarks: (element-type BpBenchmark) (nullable): comparators of a report
 * @indicator: (nullable): e.g. "REOFF_BINARY_Y", or %NULL for any
 * @area_type: YJS, FAMILY, REGION or NATIONAL
 *
 * Returns: (transfer none) (nullable): the first comparator of that kind of area
 */
const BpBenchmark *
bp_ui_find_benchmark (GPtrArray  *benchmarks,
                      const char *indicator,
                      const char *area_type)
{
  return bp_benchmark_find (benchmarks, indicator, area_type);
}

/* Translators: ethnic groups, the rows of the disproportionality table */
static const char *const group_names[BP_DISPARITY_N_ROWS] = {
  NC_("ethnic group", "Asian"), NC_("ethnic group", "Black"), NC_("ethnic group", "Mixed"),
  NC_("ethnic group", "Other"), NC_("ethnic group", "White"),
  NC_("ethnic group", "Ethnic minority groups"),
};

static const char *const group_phrases[BP_DISPARITY_N_ROWS] = {
  /* Translators: a group of children in the headline of disproportionality, after "for":
   * "1.87 times the rate of White children for Black children to be cautioned or sentenced
   * in 2023/24" */
  N_("Asian children"), N_("Black children"), N_("children of mixed ethnicity"),
  N_("children of other ethnic groups"), N_("White children"),
  N_("children from ethnic minority groups"),
};

/* The name of row @row of a BpDisparity: Asian, Black, Mixed, Other, White, then
 * "Ethnic minority groups". */
const char *
bp_ui_disparity_group_name (guint row)
{
  g_return_val_if_fail (row < BP_DISPARITY_N_ROWS, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "ethnic group", group_names[row]);
}

/* "Black children": the group of row @row in the headline of disproportionality. */
const char *
bp_ui_disparity_group_phrase (guint row)
{
  g_return_val_if_fail (row < BP_DISPARITY_N_ROWS, "");
  return _(group_phrases[row]);
}

/**
 * bp_ui_disparity_headline:
 * @row: the row of the group headlined (bp_ui_disparity_headline_row())
 * @year: the financial year, "2023/24"
 *
 * What the relative rate index shown before it means, as in (1.87) "times the rate of
 * White children for Black children to be cautioned or sentenced in 2023/24".
 *
 * Returns: (transfer full)
 */
char *
bp_ui_disparity_headline (guint       row,
                          BpStage     stage,
                          const char *year)
{
  const char *group = bp_ui_disparity_group_phrase (row);

  switch (stage)
    {
    case BP_STAGE_FTE:
      /* Translators: after a relative rate index, e.g. "1.87"; the first %s is a group of
       * children ("Black children"), the second a financial year ("2023/24") */
      return g_strdup_printf (_("times the rate of White children for %s to enter the youth "
                                "justice system for the first time in %s"), group, year);
    case BP_STAGE_CUSTODY:
      /* Translators: after a relative rate index, e.g. "1.87"; the first %s is a group of
       * children ("Black children"), the second a financial year ("2023/24") */
      return g_strdup_printf (_("times the rate of White children for %s to be sentenced to "
                                "custody in %s"), group, year);
    case BP_STAGE_REMAND:
      /* Translators: after a relative rate index, e.g. "1.87"; the first %s is a group of
       * children ("Black children"), the second a financial year ("2023/24") */
      return g_strdup_printf (_("times the rate of White children for %s to be remanded in %s"),
                              group, year);
    case BP_STAGE_DIVERSION:
      /* Translators: after a relative rate index, e.g. "0.62"; the first %s is a group of
       * children ("Black children"), the second a financial year ("2023/24") */
      return g_strdup_printf (_("times the rate of White children for %s to be given an "
                                "out-of-court outcome in %s"), group, year);
    case BP_STAGE_ANY_OUTCOME:
      /* Translators: after a relative rate index, e.g. "1.87"; the first %s is a group of
       * children ("Black children"), the second a financial year ("2023/24") */
      return g_strdup_printf (_("times the rate of White children for %s to have any outcome "
                                "in %s"), group, year);
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
    case BP_N_STAGES:
    default:
      /* Translators: after a relative rate index, e.g. "1.87"; the first %s is a group of
       * children ("Black children"), the second a financial year ("2023/24") */
      return g_strdup_printf (_("times the rate of White children for %s to be cautioned or "
                                "sentenced in %s"), group, year);
    }
}

/**
 * bp_ui_no_rri_sentence:
 * Why there is no relative rate index for @row of @d in @year, in a sentence: shown in
 * place of a figure, never "not available" as a headline.
 * Returns: (transfer full)
 */
char *
bp_ui_no_rri_sentence (const BpDisparity *d,
                       guint              row,
                       const char        *year)
{
  const char *stage = g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (d->stage));

  if (d->total <= 0)
    /* Translators: in place of a relative rate index; the first %s is a financial year
     * ("2023/24"), the second the stage, as in "No relative rate index for 2023/24: no
     * children were remanded in the year." */
    return g_strdup_printf (_("No relative rate index for %s: no children were %s in the "
                              "year."), year, stage);
  if (d->rows[row].population < 0 || d->rows[BP_ETHNIC_WHITE].population < 0)
    /* Translators: in place of a relative rate index; %s is a financial year */
    return g_strdup_printf (_("No relative rate index for %s: no 10–17 population by ethnic "
                              "group is held; import the Census 2021 figures."), year);
  if (d->rows[BP_ETHNIC_WHITE].count <= 0)
    /* Translators: in place of a relative rate index; the first %s is a financial year,
     * the second the stage, as in "… no White children were remanded in the year, so there
     * is no reference rate." */
    return g_strdup_printf (_("No relative rate index for %s: no White children were %s in "
                              "the year, so there is no reference rate."), year, stage);
  /* Translators: in place of a relative rate index; %s is a financial year */
  return g_strdup_printf (_("No relative rate index for %s."), year);
}

/**
 * bp_ui_comparators_text:
 * @suffix: (nullable): after each value, e.g. "%"
 *
 * The comparators chosen, as published: "YJS Family Average 163 · England and Wales 149".
 *
 * Returns: (transfer full) (nullable): %NULL when there is none to show
 */
char *
bp_ui_comparators_text (GPtrArray  *benchmarks,
                        const char *indicator,
                        gboolean    family,
                        gboolean    region,
                        gboolean    national,
                        const char *suffix)
{
  static const char *const types[] = { "FAMILY", "REGION", "NATIONAL" };
  gboolean wanted[] = { family, region, national };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      const BpBenchmark *b = wanted[i] ? bp_ui_find_benchmark (benchmarks, indicator, types[i])
                                       : NULL;

      if (b == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %s%s", bp_area_display_name (b->area_name), b->value_text, suffix ? suffix : "");
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * bp_ui_comparison_words:
 * @before: (nullable): a sentence to start with (a page's definition)
 *
 * A page's words on a comparison: "The local figure is worse than YJS Family Average
 * (163) and England and Wales (149). Northdale as published: 188, position 110 of 154
 * (90 the year before: 20 places worse); position 2 from the best of the area and its 2
 * named neighbours." and why the published figure differs from the local one.
 *
 * Returns: (transfer full) (nullable): %NULL when there is nothing to say
 */
char *
bp_ui_comparison_words (const BpComparison *c,
                        double              local_value,
                        const char         *unit,
                        const char         *before)
{
  g_autoptr(GString) text = g_string_new (before);
  g_autofree char *verdict = bp_comparison_verdict_sentence (c, local_value, unit);
  g_autofree char *own = bp_comparison_own_sentence (c);

  if (verdict != NULL)
    bp_append_sentence (text, verdict);
  if (own != NULL)
    bp_append_sentence (text, own);
  if (c->own != NULL)
    bp_append_sentence (text, bp_comparison_why_own_differs ());
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * bp_ui_comparison_tile_text:
 * @national: England and Wales is shown (Preferences)
 * @family: the family is shown
 * @comparators: (nullable): the comparators line (bp_ui_comparators_text())
 *
 * A tile's comparison: the comparators, then in words how the local figure compares
 * with England and Wales (else the family) and the area's own published figure and rank:
 * "England and Wales 149\nWorse than England and Wales (149). Published 188, position
 * 110 of 154 (90 the year before: 20 places worse)."
 *
 * Returns: (transfer full) (nullable)
 */
char *
bp_ui_comparison_tile_text (const BpComparison *c,
                            double              local_value,
                            const char         *unit,
                            gboolean            national,
                            gboolean            family,
                            const char         *comparators)
{
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *verdict = national ? bp_comparison_verdict_against (c, local_value, unit,
                                                                        "NATIONAL")
                                      : NULL;
  g_autofree char *rank = bp_comparison_rank_text (c);

  if (verdict == NULL && family)
    verdict = bp_comparison_verdict_against (c, local_value, unit, "FAMILY");
  if (verdict != NULL)
    {
      g_autofree char *sentence = g_strdup_printf (_("%s."), verdict);

      bp_append_sentence (words, sentence);
    }
  if (c->own != NULL)
    {
      g_autofree char *sentence = rank != NULL
                                  /* Translators: on an Overview tile: the area's own
                                   * published figure and its rank, as in "Published 188,
                                   * position 110 of 154." */
                                  ? g_strdup_printf (_("Published %s%s, %s."),
                                                     c->own->value_text, unit, rank)
                                  /* Translators: on an Overview tile: the area's own
                                   * published figure, as in "Published 188." */
                                  : g_strdup_printf (_("Published %s%s."), c->own->value_text,
                                                     unit);

      bp_append_sentence (words, sentence);
    }
  if (words->len == 0)
    return g_strdup (comparators);
  if (comparators == NULL)
    return g_string_free (g_steal_pointer (&words), FALSE);
  return g_strdup_printf ("%s\n%s", comparators, words->str);
}

/* The row to headline: the highest significantly higher relative rate index of a
 * minority group, else the index of all ethnic minority groups together. */
guint
bp_ui_disparity_headline_row (const BpDisparity *disparity)
{
  int best = -1;

  for (guint g = 0; g < BP_DISPARITY_MINORITIES; g++)
    {
      const BpDisparityRow *row = &disparity->rows[g];

      if (g == BP_ETHNIC_WHITE || g_strcmp0 (row->significance, "higher") != 0)
        continue;
      if (best < 0 || row->rri > disparity->rows[best].rri)
        best = (int) g;
    }
  return best >= 0 ? (guint) best : BP_DISPARITY_N_ROWS - 1;
}

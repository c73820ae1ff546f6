/* bp-ui-format.c: numbers, dates and changes as the window words them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "bp-date.h"
#include "bp-report-format.h"
#include "bp-ui-format.h"

static char *
format_day (BpDay       day,
            const char *format)
{
  g_autoptr(GDateTime) when = NULL;
  int y, m, d;

  if (day == BP_DAY_INVALID)
    return g_strdup ("");
  bp_day_to_ymd (day, &y, &m, &d);
  when = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (when == NULL)
    return g_strdup ("");
  return g_date_time_format (when, format);
}

/* "December 2024" in the user's language */
char *
bp_ui_format_month_year (BpDay day)
{
  /* Translators: a month and year, as in "December 2024"; see g_date_time_format() */
  return format_day (day, C_("date format", "%B %Y"));
}

/* "31 December 2024" */
char *
bp_ui_format_date (BpDay day)
{
  /* Translators: a full date, as in "31 December 2024"; see g_date_time_format() */
  return format_day (day, C_("date format", "%-d %B %Y"));
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

/* "up 15.5%", "down 3.0%", "no change" or "no comparison" */
char *
bp_ui_format_change (double change_pct)
{
  g_autofree char *number = NULL;

  if (isnan (change_pct) || isinf (change_pct))
    return g_strdup (_("no comparison"));
  number = bp_format_number (fabs (change_pct), 1);
  if (g_strcmp0 (number, "0.0") == 0)
    return g_strdup (_("no change"));
  if (change_pct > 0)
    /* Translators: a rise, as in "up 15.5%" */
    return g_strdup_printf (_("up %s%%"), number);
  /* Translators: a fall, as in "down 3.0%" */
  return g_strdup_printf (_("down %s%%"), number);
}

/* "up 2.1 percentage points" */
char *
bp_ui_format_pp_change (double change_pp)
{
  g_autofree char *number = NULL;

  if (isnan (change_pp) || isinf (change_pp))
    return g_strdup (_("no comparison"));
  number = bp_format_number (fabs (change_pp), 1);
  if (g_strcmp0 (number, "0.0") == 0)
    return g_strdup (_("no change"));
  if (change_pp > 0)
    return g_strdup_printf (_("up %s percentage points"), number);
  return g_strdup_printf (_("down %s percentage points"), number);
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
    return _("England and Wales");
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
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (benchmarks, i);

      if (g_strcmp0 (b->area_type, area_type) == 0 &&
          (indicator == NULL || g_strcmp0 (b->indicator, indicator) == 0))
        return b;
    }
  return NULL;
}

static const char *const group_names[BP_DISPARITY_N_ROWS] = {
  N_("Asian"), N_("Black"), N_("Mixed"), N_("Other"), N_("White"), N_("Ethnic minority groups"),
};

static const char *const group_phrases[BP_DISPARITY_N_ROWS] = {
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
  return _(group_names[row]);
}

/* "Black children": the group of row @row in a sentence. */
const char *
bp_ui_disparity_group_phrase (guint row)
{
  g_return_val_if_fail (row < BP_DISPARITY_N_ROWS, "");
  return _(group_phrases[row]);
}

/* The stage in a sentence: "children cautioned or sentenced", as in "… likely to be …" */
const char *
bp_ui_stage_phrase (BpStage stage)
{
  switch (stage)
    {
    case BP_STAGE_FTE:
      return _("to enter the youth justice system for the first time");
    case BP_STAGE_CUSTODY:
      return _("to be sentenced to custody");
    case BP_STAGE_REMAND:
      return _("to be remanded");
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
    case BP_N_STAGES:
    default:
      return _("to be cautioned or sentenced");
    }
}

/* The stage as a choice: "Cautioned or sentenced" */
const char *
bp_ui_stage_title (BpStage stage)
{
  switch (stage)
    {
    case BP_STAGE_FTE:
      return _("First time entrants");
    case BP_STAGE_CUSTODY:
      return _("Custodial sentences");
    case BP_STAGE_REMAND:
      return _("Remands");
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
    case BP_N_STAGES:
    default:
      return _("Cautioned or sentenced");
    }
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
      g_string_append_printf (text, "%s %s%s", b->area_name, b->value_text, suffix ? suffix : "");
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
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

/* bp-rate-page.c: first time entrants or use of custody: chart, sentence and table
 *
 * One class for both rates (the "kind" property says which): the trend of the rolling
 * 12-month rate with its comparators, or the period's rate by sex, age band or ethnic
 * group, or the area's published figure beside its neighbours, family, region and nation.
 * The chart, its text alternative and the table always show the same numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-kinds.h"
#include "bp-chart-view.h"
#include "bp-comparison.h"
#include "bp-format.h"
#include "bp-i18n.h"
#include "bp-rate-page.h"
#include "bp-report-format.h"
#include "bp-table.h"
#include "bp-ui-charts.h"
#include "bp-ui-format.h"
#include "bp-ui.h"

struct _BpRatePage
{
  BpIndicatorPage  parent_instance;

  /* template */
  GtkToggleButton *trend_toggle;
  GtkToggleButton *sex_toggle;
  GtkToggleButton *age_toggle;
  GtkToggleButton *ethnicity_toggle;
  GtkToggleButton *compared_toggle;
  GtkCheckButton  *comparators_check;

  char            *kind;  /* "fte" or "custody" */
};

G_DEFINE_FINAL_TYPE (BpRatePage, bp_rate_page, BP_TYPE_INDICATOR_PAGE)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- helpers ----------------------------------------------------------------------- */

#define PAGE(self) BP_INDICATOR_PAGE (self)

static BpSession *
session_of (BpRatePage *self)
{
  return bp_indicator_page_get_session (PAGE (self));
}

static GtkColumnView *
table_of (BpRatePage *self)
{
  return bp_indicator_page_get_table (PAGE (self));
}

static gboolean
is_fte (BpRatePage *self)
{
  return g_strcmp0 (self->kind, "custody") != 0;
}

static const BpRateIndicator *
indicator (BpRatePage *self)
{
  const BpReport *report = session_of (self) ? bp_session_get_report (session_of (self)) : NULL;

  if (report == NULL)
    return NULL;
  return is_fte (self) ? &report->fte : &report->custody;
}

static int
decimals (BpRatePage *self)
{
  return is_fte (self) ? 0 : 2;
}

static const char *
rate_title (BpRatePage *self)
{
  return is_fte (self) ? _("Rate per 100,000") : _("Rate per 1,000");
}

static const char *
count_title (BpRatePage *self)
{
  return is_fte (self) ? _("First time entrants") : _("Custodial sentences");
}

static BpRateView
current_view (BpRatePage *self)
{
  if (gtk_toggle_button_get_active (self->sex_toggle))
    return BP_RATE_VIEW_SEX;
  if (gtk_toggle_button_get_active (self->age_toggle))
    return BP_RATE_VIEW_AGE;
  if (gtk_toggle_button_get_active (self->ethnicity_toggle))
    return BP_RATE_VIEW_ETHNICITY;
  if (gtk_toggle_button_get_active (self->compared_toggle))
    return BP_RATE_VIEW_COMPARED;
  return BP_RATE_VIEW_TREND;
}

/* How the rate changed on the year before, whose count and rate are given: "Up 15.5% on
 * the previous 12 months (48 children, a rate of 179)". */
static char *
change_text_new (gboolean    fte,
                 double      change_pct,
                 gint64      previous,
                 gint64      current,
                 const char *previous_count,
                 const char *previous_rate)
{
  g_autofree char *number = NULL;
  gulong n = (gulong) previous;

  /* Counts below 10: the change in counts, never a percentage (bp_change_too_small()). */
  if (isfinite (change_pct) && bp_change_too_small (previous, current))
    {
      g_autofree char *counts = bp_count_change_text (previous, current);

      /* Translators: a change in counts, as in "up from 2 to 3", then the rate a year
       * before: "Up from 2 to 3 on the previous 12 months, too few for a percentage change
       * (a rate of 0.07 a year before)"; the first letter is made a capital */
      return bp_format_sentence_case (g_strdup_printf (_("%s on the previous 12 months, too few "
                                                     "for a percentage change (a rate of %s a "
                                                     "year before)"), counts, previous_rate));
    }

  if (!isfinite (change_pct))
    return g_strdup_printf (fte ? g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the rate a year before cannot
                                                * be compared with; %s are its count and rate,
                                                * as in "No comparison on the previous 12
                                                * months (48 children, a rate of 0)" */
                                               "No comparison on the previous 12 months (%s "
                                               "child, a rate of %s)",
                                               "No comparison on the previous 12 months (%s "
                                               "children, a rate of %s)", n)
                                : g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the rate a year before cannot
                                                * be compared with; %s are its count and rate,
                                                * as in "No comparison on the previous 12
                                                * months (2 sentences, a rate of 0.00)" */
                                               "No comparison on the previous 12 months (%s "
                                               "sentence, a rate of %s)",
                                               "No comparison on the previous 12 months (%s "
                                               "sentences, a rate of %s)", n),
                            previous_count, previous_rate);
  number = bp_format_number (fabs (change_pct), 1);
  if (g_strcmp0 (number, "0.0") == 0)
    return g_strdup_printf (fte ? g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the rate did not change; %s are
                                                * the count and rate a year before, as in "No
                                                * change on the previous 12 months (48
                                                * children, a rate of 179)" */
                                               "No change on the previous 12 months (%s child, "
                                               "a rate of %s)",
                                               "No change on the previous 12 months (%s "
                                               "children, a rate of %s)", n)
                                : g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the rate did not change; %s are
                                                * the count and rate a year before, as in "No
                                                * change on the previous 12 months (2
                                                * sentences, a rate of 0.07)" */
                                               "No change on the previous 12 months (%s "
                                               "sentence, a rate of %s)",
                                               "No change on the previous 12 months (%s "
                                               "sentences, a rate of %s)", n),
                            previous_count, previous_rate);
  if (change_pct > 0)
    return g_strdup_printf (fte ? g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: a rise: the percentage without
                                                * its sign, then the count and rate a year
                                                * before, as in "Up 15.5% on the previous 12
                                                * months (48 children, a rate of 179)" */
                                               "Up %s%% on the previous 12 months (%s child, a "
                                               "rate of %s)",
                                               "Up %s%% on the previous 12 months (%s "
                                               "children, a rate of %s)", n)
                                : g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: a rise: the percentage without
                                                * its sign, then the count and rate a year
                                                * before, as in "Up 48.5% on the previous 12
                                                * months (2 sentences, a rate of 0.07)" */
                                               "Up %s%% on the previous 12 months (%s "
                                               "sentence, a rate of %s)",
                                               "Up %s%% on the previous 12 months (%s "
                                               "sentences, a rate of %s)", n),
                            number, previous_count, previous_rate);
  return g_strdup_printf (fte ? g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: a fall: the percentage without its
                                              * sign, then the count and rate a year before, as
                                              * in "Down 3.0% on the previous 12 months (48
                                              * children, a rate of 179)" */
                                             "Down %s%% on the previous 12 months (%s child, a "
                                             "rate of %s)",
                                             "Down %s%% on the previous 12 months (%s children, "
                                             "a rate of %s)", n)
                              : g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: a fall: the percentage without its
                                              * sign, then the count and rate a year before, as
                                              * in "Down 3.0% on the previous 12 months (2
                                              * sentences, a rate of 0.07)" */
                                             "Down %s%% on the previous 12 months (%s sentence, "
                                             "a rate of %s)",
                                             "Down %s%% on the previous 12 months (%s "
                                             "sentences, a rate of %s)", n),
                          number, previous_count, previous_rate);
}

static void
update_headline (BpRatePage            *self,
                 const BpReport        *report,
                 const BpRateIndicator *ind)
{
  g_autofree char *period = bp_ui_format_period_label (report->period.end);
  g_autofree char *count = bp_ui_format_count (ind->current.count);
  g_autofree char *population = bp_ui_format_count (ind->current.population);
  g_autofree char *value = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *previous_rate = bp_ui_format_value (ind->previous.rate, decimals (self));
  g_autofree char *previous_count = bp_ui_format_count (ind->previous.count);
  g_autofree char *change_text = NULL;

  if (isfinite (ind->current.rate))
    {
      value = bp_ui_format_value (ind->current.rate, decimals (self));
      if (is_fte (self))
        headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: after the rate, e.g. "206":
                                                  * the period, the count and the population,
                                                  * as in "first time entrants per 100,000
                                                  * children aged 10–17 in the 12 months to
                                                  * December 2024 (56 children; population
                                                  * 27,123)" */
                                                 "first time entrants per 100,000 children aged "
                                                 "10–17 in the %s (%s child; population %s)",
                                                 "first time entrants per 100,000 children aged "
                                                 "10–17 in the %s (%s children; population %s)",
                                                 (gulong) ind->current.count),
                                    period, count, population);
      else
        headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: after the rate, e.g. "0.11":
                                                  * the period, the count and the population,
                                                  * as in "custodial sentences per 1,000
                                                  * children aged 10–17 in the 12 months to
                                                  * December 2024 (3 sentences; population
                                                  * 27,123)" */
                                                 "custodial sentences per 1,000 children aged "
                                                 "10–17 in the %s (%s sentence; population %s)",
                                                 "custodial sentences per 1,000 children aged "
                                                 "10–17 in the %s (%s sentences; population %s)",
                                                 (gulong) ind->current.count),
                                    period, count, population);
    }
  else
    {
      value = g_strdup (count);
      headline = g_strdup_printf (is_fte (self)
                                  /* Translators: after the count, e.g. "56"; %s is the period,
                                   * "12 months to December 2024" */
                                  ? _("first time entrants in the %s; no rate without a 10–17 "
                                      "population")
                                  /* Translators: after the count, e.g. "3"; %s is the period,
                                   * "12 months to December 2024" */
                                  : _("custodial sentences in the %s; no rate without a 10–17 "
                                      "population"),
                                  period);
    }
  bp_indicator_page_set_headline (PAGE (self), value, headline);

  if (!isfinite (ind->previous.rate))
    change_text = g_strdup_printf (is_fte (self)
                                   /* Translators: no rate a year before; %s is the count,
                                    * "48" */
                                   ? _("The previous 12 months had %s first time entrants and no "
                                       "rate to compare with")
                                   /* Translators: no rate a year before; %s is the count,
                                    * "2" */
                                   : _("The previous 12 months had %s custodial sentences and no "
                                       "rate to compare with"),
                                   previous_count);
  else
    change_text = change_text_new (is_fte (self), ind->change_pct, ind->previous.count,
                                   ind->current.count, previous_count, previous_rate);
  bp_indicator_page_set_change (PAGE (self), change_text);
}

/* The comparator columns shown: the areas of the types chosen, as named in the data. */
static guint
comparator_columns (BpRatePage            *self,
                    const BpRateIndicator *ind,
                    const char            *types[3],
                    const char            *names[3])
{
  static const char *const all[] = { "FAMILY", "REGION", "NATIONAL" };
  guint n = 0;

  if (!gtk_check_button_get_active (self->comparators_check))
    return 0;
  for (guint t = 0; t < G_N_ELEMENTS (all); t++)
    {
      const char *name = NULL;

      if (!bp_session_get_show_comparator (session_of (self), all[t]))
        continue;
      for (int q = BP_SERIES_QUARTERS - 1; q >= 0 && name == NULL; q--)
        {
          const BpBenchmark *b = bp_ui_find_benchmark (ind->series[q].benchmarks, NULL, all[t]);

          if (b != NULL)
            name = bp_area_display_name (b->area_name);
        }
      if (name == NULL)
        continue;
      types[n] = all[t];
      names[n] = name;
      n++;
    }
  return n;
}

static void
show_trend (BpRatePage            *self,
            const BpReport        *report,
            const BpRateIndicator *ind)
{
  g_autoptr(BpChart) chart = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  BpTableColumn columns[7];
  const char *types[3], *names[3];
  guint n_comparators = comparator_columns (self, ind, types, names);
  guint n_columns = 0;
  g_autofree char *title = NULL;

  chart = bp_ui_chart_build (is_fte (self) ? BP_CHART_KIND_FTE : BP_CHART_KIND_CUSTODY,
                             session_of (self),
                             gtk_check_button_get_active (self->comparators_check));
  bp_indicator_page_set_chart (PAGE (self), chart);

  columns[n_columns++] = (BpTableColumn) { _("12 months to"), FALSE };
  columns[n_columns++] = (BpTableColumn) { count_title (self), TRUE };
  columns[n_columns++] = (BpTableColumn) { _("Population aged 10–17"), TRUE };
  columns[n_columns++] = (BpTableColumn) { rate_title (self), TRUE };
  for (guint c = 0; c < n_comparators; c++)
    columns[n_columns++] = (BpTableColumn) { names[c], TRUE };
  bp_table_set_columns (table_of (self), columns, n_columns);

  for (guint q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];
      GPtrArray *cells = g_ptr_array_new ();

      g_ptr_array_add (cells, bp_ui_format_month_year (v->period.end));
      g_ptr_array_add (cells, bp_ui_format_count (v->count));
      g_ptr_array_add (cells, bp_ui_format_count (v->population));
      g_ptr_array_add (cells, bp_ui_format_value (v->rate, decimals (self)));
      for (guint c = 0; c < n_comparators; c++)
        {
          const BpBenchmark *b = bp_ui_find_benchmark (v->benchmarks, NULL, types[c]);

          g_ptr_array_add (cells, g_strdup (b ? b->value_text : "–"));
        }
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, bp_table_row_new_take ((GStrv) g_ptr_array_free (cells, FALSE)));
    }
  bp_table_set_rows (table_of (self), rows);

  title = g_strdup (is_fte (self) ? _("First time entrants, rolling 12 months")
                                  : _("Custodial sentences, rolling 12 months"));
  bp_indicator_page_set_table_title (PAGE (self), title);
}

/* The published rows best first, as a chart of bars (the area hatched and labelled) and a
 * table: the pack's comparator table (bp-pack-comparison.c), every neighbour shown. */
static void
show_compared (BpRatePage            *self,
               const BpRateIndicator *ind)
{
  g_autoptr(BpChart) chart = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *end = bp_ui_format_month_year (ind->current.period.end);
  g_autofree char *title = NULL;
  BpComparison comparison;
  const BpTableColumn columns[] = {
    /* Translators: a column heading of a comparator table: the area as published */
    { _("Area"), FALSE },
    /* Translators: a column heading of a comparator table: this area, a named neighbour,
     * the family, the region or England and Wales */
    { _("Comparator"), FALSE },
    { count_title (self), TRUE },
    { _("Population aged 10–17"), TRUE },
    { rate_title (self), TRUE },
    /* Translators: a column heading: the rank as published, 1 the lowest value */
    { _("Rank (1 = lowest)"), TRUE },
  };

  bp_rate_comparison (ind, &comparison);
  title = g_strdup_printf (is_fte (self)
                           /* Translators: a chart's and a table's title: %s is a month and
                            * year, as in "First time entrants compared, 12 months to Mar
                            * 2024" */
                           ? _("First time entrants compared, 12 months to %s")
                           /* Translators: as "First time entrants compared, 12 months to
                            * %s" */
                           : _("Use of custody compared, 12 months to %s"), end);
  chart = bp_chart_new_comparison (&comparison, title, is_fte (self)
                                   ? _("per 100,000 10-17 year olds")
                                   : _("per 1,000 10-17 year olds"), "");
  bp_indicator_page_set_chart (PAGE (self), comparison.rows->len > 0 ? chart : NULL);
  bp_table_set_columns (table_of (self), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < comparison.rows->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (comparison.rows, i);
      g_autofree char *rank = b->rank > 0
                              /* Translators: a rank as published, as in "90 of 154" */
                              ? g_strdup_printf (_("%d of %d"), b->rank, b->rank_of)
                              : g_strdup ("–");

      bp_table_add_row (rows, bp_area_display_name (b->area_name), bp_comparison_row_kind (b),
                        b->numerator && b->numerator[0] ? b->numerator : "–",
                        b->denominator && b->denominator[0] ? b->denominator : "–",
                        b->value_text, rank, NULL);
    }
  bp_table_set_rows (table_of (self), rows);
  bp_indicator_page_set_table_title (PAGE (self), title);
  bp_comparison_clear (&comparison);
}

/* What the published comparators say of the local figure (bp_ui_comparison_words()). */
static void
update_comparison (BpRatePage            *self,
                   const BpRateIndicator *ind)
{
  g_autofree char *text = NULL;
  BpComparison c;

  bp_rate_comparison (ind, &c);
  text = bp_ui_comparison_words (&c, ind->current.rate, "", NULL);
  bp_indicator_page_set_description (PAGE (self), text);
  bp_comparison_clear (&c);
}

/* A breakdown without any population: counts, with the sentence saying what to import. */
static void
show_breakdown_counts (BpRatePage          *self,
                       BpRateView           view,
                       const BpBreakdown   *breakdown,
                       const char * const  *labels,
                       const char          *context,
                       guint                n,
                       const char          *title,
                       const char          *period,
                       const BpTableColumn *columns,
                       guint                n_columns)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(BpChart) chart = NULL;
  BpUiBar bars[BP_N_ETHNIC_GROUPS];
  const char *why;

  switch (view)
    {
    case BP_RATE_VIEW_SEX:
      why = _("No 10–17 population by sex is held, so this shows counts, not rates: import "
              "a population file with a sex column (the ONS mid-year estimates by sex) to "
              "see rates.");
      break;
    case BP_RATE_VIEW_AGE:
      why = _("No 10–17 population by single year of age is held, so this shows counts, not "
              "rates: import a population file with an age column of 10 to 17 to see rates.");
      break;
    case BP_RATE_VIEW_ETHNICITY:
    case BP_RATE_VIEW_TREND:
    case BP_RATE_VIEW_COMPARED:
    default:
      why = _("No 10–17 population by ethnic group is held, so this shows counts, not rates: "
              "import the Census 2021 population by ethnic group to see rates.");
      break;
    }
  g_string_append (summary, why);
  bp_table_set_columns (table_of (self), columns, n_columns);
  for (guint i = 0; i < n; i++)
    {
      const BpBreakdown *b = &breakdown[i];
      char *count = bp_ui_format_count (b->count);
      const char *label = context ? g_dpgettext2 (GETTEXT_PACKAGE, context, labels[i])
                                  : _(labels[i]);
      /* Translators: a bar's tooltip when there is no population: the group and its count,
       * as in "Female: 12" */
      char *tooltip = g_strdup_printf (_("%s: %s"), label, count);

      bp_table_add_row (rows, label, count, _("not held"), _("no rate"), NULL);
      /* A group and its count in the text alternative: " Female 12;" */
      g_string_append_printf (summary, " %s %s;", label, count);
      bars[i] = (BpUiBar) { label, (double) MAX (b->count, 0), count, tooltip };
      g_ptr_array_add (strings, count);
      g_ptr_array_add (strings, tooltip);
    }
  if (summary->str[summary->len - 1] == ';')
    summary->str[summary->len - 1] = '.';
  bp_table_set_rows (table_of (self), rows);
  chart = bp_ui_chart_bars (title, period, count_title (self), count_title (self), summary->str,
                            bars, n);
  bp_indicator_page_set_chart (PAGE (self), chart);
  bp_indicator_page_set_table_title (PAGE (self), title);
}

static void
show_breakdown (BpRatePage            *self,
                const BpReport        *report,
                const BpRateIndicator *ind,
                BpRateView             view)
{
  static const char *const sexes[] = { N_("Male"), N_("Female"), N_("Sex not known") };
  static const char *const ages[] = { N_("Aged 10–14"), N_("Aged 15–17") };
  static const char *const groups[] = {
    /* Translators: ethnic groups, the rows of a table and the bars of a chart */
    NC_("ethnic group", "Asian"), NC_("ethnic group", "Black"), NC_("ethnic group", "Mixed"),
    NC_("ethnic group", "Other"), NC_("ethnic group", "White"),
    NC_("ethnic group", "Ethnicity not known"),
  };
  const BpBreakdown *breakdown;
  const char *const *labels;
  const char *context = NULL;  /* of the labels' messages */
  gboolean fte = is_fte (self);
  guint n;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *period = bp_ui_format_period_label (report->period.end);
  g_autofree char *title = NULL;
  g_autoptr(BpChart) chart = NULL;
  BpUiBar bars[BP_N_ETHNIC_GROUPS];
  BpTableColumn columns[] = {
    { _("Group"), FALSE },
    { count_title (self), TRUE },
    { _("Population aged 10–17"), TRUE },
    { rate_title (self), TRUE },
  };

  /* The title of the chart and the table, and the start of the chart's text alternative:
   * "First time entrants by sex in the 12 months to December 2024, per 100,000 children
   * aged 10–17:" then each group's rate. */
  switch (view)
    {
    case BP_RATE_VIEW_SEX:
      breakdown = ind->by_sex, labels = sexes, n = BP_N_SEXES;
      title = g_strdup (fte ? _("First time entrants by sex") : _("Custodial sentences by sex"));
      g_string_append_printf (summary, fte
                              /* Translators: %s is the period, "12 months to December 2024";
                               * the rate of each group follows */
                              ? _("First time entrants by sex in the %s, per 100,000 children "
                                  "aged 10–17:")
                              /* Translators: %s is the period, "12 months to December 2024";
                               * the rate of each group follows */
                              : _("Custodial sentences by sex in the %s, per 1,000 children "
                                  "aged 10–17:"),
                              period);
      break;
    case BP_RATE_VIEW_AGE:
      breakdown = ind->by_age, labels = ages, n = G_N_ELEMENTS (ind->by_age);
      title = g_strdup (fte ? _("First time entrants by age band")
                            : _("Custodial sentences by age band"));
      g_string_append_printf (summary, fte
                              /* Translators: %s is the period, "12 months to December 2024";
                               * the rate of each age band follows */
                              ? _("First time entrants by age band in the %s, per 100,000 "
                                  "children aged 10–17:")
                              /* Translators: %s is the period, "12 months to December 2024";
                               * the rate of each age band follows */
                              : _("Custodial sentences by age band in the %s, per 1,000 "
                                  "children aged 10–17:"),
                              period);
      break;
    case BP_RATE_VIEW_ETHNICITY:
    case BP_RATE_VIEW_TREND:
    case BP_RATE_VIEW_COMPARED:
    default:
      breakdown = ind->by_ethnicity, labels = groups, n = BP_N_ETHNIC_GROUPS;
      context = "ethnic group";
      title = g_strdup (fte ? _("First time entrants by ethnic group")
                            : _("Custodial sentences by ethnic group"));
      g_string_append_printf (summary, fte
                              /* Translators: %s is the period, "12 months to December 2024";
                               * the rate of each ethnic group follows */
                              ? _("First time entrants by ethnic group in the %s, per 100,000 "
                                  "children aged 10–17:")
                              /* Translators: %s is the period, "12 months to December 2024";
                               * the rate of each ethnic group follows */
                              : _("Custodial sentences by ethnic group in the %s, per 1,000 "
                                  "children aged 10–17:"),
                              period);
      break;
    }

  /* No population for any group: the chart shows the counts, and says which population
   * file would give rates, rather than an empty axis. */
  {
    gboolean any_rate = FALSE;

    for (guint i = 0; i < n; i++)
      any_rate |= breakdown[i].population > 0 && isfinite (breakdown[i].rate);
    if (!any_rate)
      {
        show_breakdown_counts (self, view, breakdown, labels, context, n, title, period,
                               columns, G_N_ELEMENTS (columns));
        return;
      }
  }

  bp_table_set_columns (table_of (self), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n; i++)
    {
      const BpBreakdown *b = &breakdown[i];
      char *count = bp_ui_format_count (b->count);
      char *population = bp_ui_format_count (b->population);
      char *rate = bp_ui_format_value (b->rate, decimals (self));
      const char *label = context ? g_dpgettext2 (GETTEXT_PACKAGE, context, labels[i])
                                  : _(labels[i]);
      char *tooltip;

      bp_table_add_row (rows, label, count, population, rate, NULL);
      if (b->population > 0 && isfinite (b->rate))
        {
          tooltip = g_strdup_printf (fte
                                     /* Translators: a bar's tooltip: the group, its rate, its
                                      * count and its population, as in "Female: 95 per 100,000
                                      * (12 of 12,600 children)" */
                                     ? _("%s: %s per 100,000 (%s of %s children)")
                                     /* Translators: a bar's tooltip: the group, its rate, its
                                      * count and its population, as in "Female: 0.95 per 1,000
                                      * (12 of 12,600 children)" */
                                     : _("%s: %s per 1,000 (%s of %s children)"),
                                     label, rate, count, population);
          /* A group and its rate in the list of the text alternative: " Female 95;" */
          g_string_append_printf (summary, " %s %s;", label, rate);
        }
      else
        {
          /* Translators: a bar's tooltip: the group and its count, as in "Female: 12, no
           * population to make a rate" */
          tooltip = g_strdup_printf (_("%s: %s, no population to make a rate"), label,
                                     count);
          g_string_append_c (summary, ' ');
          /* Translators: a group in the list of a chart's text alternative, after "…, per
           * 100,000 children aged 10–17:": the group and its count, as in "Female no rate
           * (12, no population);" */
          g_string_append_printf (summary, _("%s no rate (%s, no population);"), label,
                                  count);
        }
      bars[i] = (BpUiBar) { label, b->population > 0 ? b->rate : NAN, rate, tooltip };
      g_ptr_array_add (strings, count);
      g_ptr_array_add (strings, population);
      g_ptr_array_add (strings, rate);
      g_ptr_array_add (strings, tooltip);
    }
  if (summary->len > 0 && summary->str[summary->len - 1] == ';')
    summary->str[summary->len - 1] = '.';
  bp_table_set_rows (table_of (self), rows);

  chart = bp_ui_chart_bars (title, period, rate_title (self), rate_title (self), summary->str,
                            bars, n);
  bp_indicator_page_set_chart (PAGE (self), chart);
  bp_indicator_page_set_table_title (PAGE (self), title);
}

static void
bp_rate_page_update (BpIndicatorPage *page,
                     const BpReport  *report_in)
{
  BpRatePage *self = BP_RATE_PAGE (page);
  const BpReport *report = session_of (self) ? bp_session_get_report (session_of (self)) : NULL;
  const BpRateIndicator *ind = indicator (self);
  g_autoptr(GString) notes = NULL;
  BpRateView view;

  bp_indicator_page_set_title (PAGE (self), is_fte (self) ? _("First time entrants")
                                                         : _("Use of custody"));
  if (report == NULL || ind == NULL)
    {
      bp_indicator_page_set_chart (PAGE (self), NULL);
      return;
    }

  update_headline (self, report, ind);
  update_comparison (self, ind);
  view = current_view (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->comparators_check), view == BP_RATE_VIEW_TREND);
  if (view == BP_RATE_VIEW_TREND)
    show_trend (self, report, ind);
  else if (view == BP_RATE_VIEW_COMPARED)
    show_compared (self, ind);
  else
    show_breakdown (self, report, ind, view);

  notes = g_string_new (NULL);
  if (ind->note != NULL)
    g_string_append_printf (notes, "%s ", ind->note);
  if (ind->current.population_year > 0)
    /* Translators: a note below the table: the year of the population and its source, as
     * in "Population: 10–17 year olds in 2022 (ONS mid-year estimates). "; keep the space at
     * the end */
    g_string_append_printf (notes, _("Population: 10–17 year olds in %d (%s). "),
                            ind->current.population_year,
                            ind->current.population_source ? ind->current.population_source : "");
  g_string_append (notes, is_fte (self)
                          ? _("A first time entrant is a child whose first caution or sentence "
                              "held in the local data falls in the period; local data sees fewer "
                              "earlier outcomes than the Police National Computer, so comparators "
                              "are shown as the Youth Justice Board published them.")
                          : _("Custodial sentences given to children aged 10–17 (detention and "
                              "training orders and sentences under sections 250 to 259); "
                              "remands are not sentences and are not counted."));
  bp_indicator_page_set_notes (PAGE (self), notes->str);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_view_toggled_cb (BpRatePage *self)
{
  /* A radio group toggles twice: off, then on; act once. */
  if (!gtk_toggle_button_get_active (self->trend_toggle) &&
      !gtk_toggle_button_get_active (self->sex_toggle) &&
      !gtk_toggle_button_get_active (self->age_toggle) &&
      !gtk_toggle_button_get_active (self->ethnicity_toggle) &&
      !gtk_toggle_button_get_active (self->compared_toggle))
    return;
  bp_indicator_page_queue_update (PAGE (self));
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_rate_page_finalize (GObject *object)
{
  BpRatePage *self = BP_RATE_PAGE (object);

  g_free (self->kind);

  G_OBJECT_CLASS (bp_rate_page_parent_class)->finalize (object);
}

static void
bp_rate_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BpRatePage *self = BP_RATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_rate_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BpRatePage *self = BP_RATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      if (g_strcmp0 (self->kind, g_value_get_string (value)) != 0)
        {
          g_free (self->kind);
          self->kind = g_value_dup_string (value);
          bp_indicator_page_queue_update (PAGE (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bp_rate_page_class_init (BpRatePageClass *klass)
{
  static const char *const follows[] = {
    "rri-threshold", "comparator-family", "comparator-region", "comparator-national",
    "area-name", NULL,
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_rate_page_update;
  BP_INDICATOR_PAGE_CLASS (klass)->follows = follows;
  object_class->finalize = bp_rate_page_finalize;
  object_class->get_property = bp_rate_page_get_property;
  object_class->set_property = bp_rate_page_set_property;

  /* "fte" (first time entrants) or "custody" */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "fte",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-rate-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpRatePage, trend_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpRatePage, sex_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpRatePage, age_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpRatePage, ethnicity_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpRatePage, compared_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpRatePage, comparators_check);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled_cb);
}

static void
bp_rate_page_init (BpRatePage *self)
{
  self->kind = g_strdup ("fte");
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* --- public API -------------------------------------------------------------------- */

void
bp_rate_page_set_view (BpRatePage *self,
                       BpRateView  view)
{
  GtkToggleButton *buttons[] = { self->trend_toggle, self->sex_toggle, self->age_toggle,
                                 self->ethnicity_toggle, self->compared_toggle };

  g_return_if_fail (BP_IS_RATE_PAGE (self));
  g_return_if_fail (view <= BP_RATE_VIEW_COMPARED);

  gtk_toggle_button_set_active (buttons[view], TRUE);
}


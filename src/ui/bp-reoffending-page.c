/* bp-reoffending-page.c: proven reoffending by the MoJ method: chart, sentence and tables
 *
 * The headline is the 12-month cohort; the chart and the table show the eight 3-month
 * cohorts it is made of (four of them) and the year before. The core computes no
 * breakdown of reoffending, so this page has none; the published comparators are in a
 * table of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-ui.h"
#include "bp-chart-view.h"
#include "bp-i18n.h"
#include "bp-reoffending-page.h"
#include "bp-report-format.h"
#include "bp-table.h"
#include "bp-ui-charts.h"
#include "bp-ui-format.h"

struct _BpReoffendingPage
{
  BpIndicatorPage  parent_instance;

  /* template */
  GtkCheckButton  *comparators_check;
  GtkLabel        *comparators_title;
  GtkWidget       *comparators_frame;
  GtkColumnView   *comparators_table;
  BpChartView     *comparators_chart;
  GtkLabel        *breakdowns_title;
  GtkColumnView   *breakdowns_table;
};

G_DEFINE_FINAL_TYPE (BpReoffendingPage, bp_reoffending_page, BP_TYPE_INDICATOR_PAGE)

/* --- helpers ----------------------------------------------------------------------- */

/* "April to June 2022" */
static char *
cohort_text (const BpPeriod *cohort)
{
  g_autofree char *end = bp_ui_format_month_year (cohort->end);
  int y, m, d;

  if (bp_day_year (cohort->start) != bp_day_year (cohort->end))
    return bp_ui_format_period (*cohort);
  bp_day_to_ymd (cohort->start, &y, &m, &d);
  /* Translators: a cohort of months within a year, "April to June 2022": a month's name,
   * then a month and year */
  return g_strdup_printf (_("%s to %s"), bp_month_name (m), end);
}

/* A cohort as the table's first column gives it, short so that the table's seven
 * columns fit the window: "Oct-Dec 2021", "Apr 2022-Mar 2023". */
static char *
cohort_short (const BpPeriod *cohort)
{
  int y1, m1, y2, m2;

  bp_day_to_ymd (cohort->start, &y1, &m1, NULL);
  bp_day_to_ymd (cohort->end, &y2, &m2, NULL);
  if (y1 == y2)
    /* Translators: a 3-month cohort on the reoffending chart's axis: its first and last
     * months (abbreviated), then the year, as in "Apr-Jun 2022"; keep it short */
    return g_strdup_printf (C_("date", "%s-%s %d"), bp_month_abbrev (m1), bp_month_abbrev (m2),
                            y2);
  /* Translators: a cohort across two years in a table, its first and last months
   * (abbreviated) with their years, as in "Apr 2022-Mar 2023"; keep it short */
  return g_strdup_printf (C_("date", "%s %d-%s %d"), bp_month_abbrev (m1), y1,
                          bp_month_abbrev (m2), y2);
}

static void
add_cohort_row (GPtrArray                 *rows,
                const char                *label,
                const BpReoffendingCohort *c)
{
  bp_table_add_row_take (rows,
                         g_strdup (label),
                         bp_ui_format_count (c->cohort_size),
                         bp_ui_format_count (c->reoffenders),
                         bp_ui_format_count (c->reoffences),
                         bp_ui_format_percent (c->binary_rate, 1),
                         bp_ui_format_value (c->frequency, 2),
                         bp_ui_format_value (c->per_reoffender, 2),
                         g_strdup (c->follow_up_complete ? _("Complete") : _("Not complete")),
                         NULL);
}

/* The 12-month cohort by sex, age band, ethnic group and the tier of the index event,
 * the cohort sizes beside the rates, as the pack's table. */
static void
update_breakdowns (BpReoffendingPage         *self,
                   const BpReoffendingCohort *year)
{
  static const char *const ages[] = { "10-14", "15-17" };
  static const BpTier tiers[] = { BP_TIER_PRE_COURT, BP_TIER_FIRST_TIER, BP_TIER_COMMUNITY,
                                  BP_TIER_CUSTODY };
  const BpReoffendingBreakdowns *bd = &year->breakdowns;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *label = bp_ui_format_period (year->cohort);
  g_autofree char *title = NULL;
  const BpTableColumn columns[] = {
    { _("Children of"), FALSE },
    { _("Children in the cohort"), TRUE },
    { _("Reoffenders"), TRUE },
    { _("Reoffending rate"), TRUE },
    { _("Reoffences"), TRUE },
  };

  bp_table_set_columns (self->breakdowns_table, columns, G_N_ELEMENTS (columns));
  for (guint k = 0; k < 4; k++)
    {
      guint n = k == 0 ? BP_N_SEXES : k == 1 ? 2 : k == 2 ? BP_N_ETHNIC_GROUPS
                                                       : G_N_ELEMENTS (tiers);

      for (guint j = 0; j < n; j++)
        {
          guint i = k == 3 ? (guint) tiers[j] : j;
          const BpReoffendingCount *p = k == 0 ? &bd->by_sex[i] : k == 1 ? &bd->by_age[i]
                                        : k == 2 ? &bd->by_group[i] : &bd->by_tier[i];
          const char *name = k == 0 ? _(bp_sex_name (i)) : k == 1 ? ages[i]
                             : k == 2 ? _(bp_ethnic_group_name ((BpEthnicGroup) i))
                             : _(bp_tier_name ((BpTier) i));

          bp_table_add_row_take (rows, g_strdup (name), bp_ui_format_count (p->cohort),
                                 bp_ui_format_count (p->reoffenders),
                                 bp_ui_format_percent (p->cohort > 0
                                                       ? (double) p->reoffenders /
                                                         (double) p->cohort * 100.0
                                                       : NAN, 1),
                                 bp_ui_format_count (p->reoffences), NULL);
        }
    }
  bp_table_set_rows (self->breakdowns_table, rows);
  /* Translators: a table's title: the 12-month cohort's months, as in "The 12-month
   * cohort (April 2022 to March 2023) by sex, age band, ethnic group and tier" */
  title = g_strdup_printf (_("The 12-month cohort (%s) by sex, age band, ethnic group and "
                             "tier"), label);
  gtk_label_set_text (self->breakdowns_title, title);
}

/* The row of @code for the area of @like (the same type and name), as published. */
static const BpBenchmark *
same_area (GPtrArray         *benchmarks,
           const char        *code,
           const BpBenchmark *like)
{
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (benchmarks, i);

      if (g_strcmp0 (b->indicator, code) == 0 && g_strcmp0 (b->area_type, like->area_type) == 0
          && g_strcmp0 (b->area_name, like->area_name) == 0)
        return b;
    }
  return NULL;
}

/* Each cohort's published rows, best first by the rate who reoffended (lower is better):
 * the area's own, its named neighbours and the comparators chosen in Preferences. */
static void
update_comparators (BpReoffendingPage   *self,
                    const BpReoffending *reoff)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const BpTableColumn columns[] = {
    { _("Area"), FALSE },
    /* Translators: a column heading of a comparator table: this area, a named neighbour,
     * the family, the region or England and Wales */
    { _("Comparator"), FALSE },
    { _("Cohort"), FALSE },
    { _("Reoffending rate"), TRUE },
    { _("Reoffences per child"), TRUE },
    { _("Reoffences per reoffender"), TRUE },
    /* Translators: a column heading: the rank as published, 1 the lowest value */
    { _("Rank (1 = lowest)"), TRUE },
  };
  gboolean shown = gtk_check_button_get_active (self->comparators_check);
  BpSession *session = bp_indicator_page_get_session (BP_INDICATOR_PAGE (self));

  bp_table_set_columns (self->comparators_table, columns, G_N_ELEMENTS (columns));
  for (guint y = 0; shown && y < 2; y++)
    {
      const BpReoffendingCohort *c = y == 0 ? &reoff->quarter : &reoff->year;
      const char *freq = bp_reoffending_code (BP_REOFF_FREQUENCY, y == 1);
      const char *per = bp_reoffending_code (BP_REOFF_PER_REOFFENDER, y == 1);
      BpComparison cmp;

      bp_reoffending_comparison (c, y == 1, &cmp);
      for (guint i = 0; i < cmp.rows->len; i++)
        {
          const BpBenchmark *b = g_ptr_array_index (cmp.rows, i);
          const BpBenchmark *f = same_area (c->benchmarks, freq, b);
          const BpBenchmark *p = same_area (c->benchmarks, per, b);

          if (g_strcmp0 (b->area_type, "YJS") != 0
              && !bp_session_get_show_comparator (session, b->area_type))
            continue;
          bp_table_add_row_take (rows,
                                 g_strdup (bp_area_display_name (b->area_name)),
                                 g_strdup (bp_comparison_row_kind (b)),
                                 g_strdup (y == 0 ? _("3 months") : _("12 months")),
                                 g_strdup_printf ("%s%%", b->value_text),
                                 g_strdup (f ? f->value_text : "–"),
                                 g_strdup (p ? p->value_text : "–"),
                                 b->rank > 0 ? g_strdup_printf (_("%d of %d"), b->rank,
                                                                b->rank_of)
                                             : g_strdup ("–"),
                                 NULL);
        }
      bp_comparison_clear (&cmp);
    }
  bp_table_set_rows (self->comparators_table, rows);
  gtk_widget_set_visible (self->comparators_frame, rows->len > 0);

  /* The 12-month cohort's rows as bars, the area hatched and labelled. */
  {
    g_autoptr(BpChart) chart = NULL;
    g_autofree char *end = bp_ui_format_month_year (reoff->year.cohort.end);
    g_autofree char *title = NULL;
    BpComparison cmp;

    bp_reoffending_comparison (&reoff->year, TRUE, &cmp);
    /* Translators: a chart's title: the end of the 12-month cohort, as in "Proven
     * reoffending compared, 12-month cohort to March 2023" */
    title = g_strdup_printf (_("Proven reoffending compared, 12-month cohort to %s"), end);
    if (shown && cmp.rows->len > 0)
      /* xgettext:no-c-format */
      chart = bp_chart_new_comparison (&cmp, title, _("% who reoffended"), "%");
    bp_chart_view_set_chart (self->comparators_chart, chart);
    if (session != NULL)
      bp_chart_view_set_palette (self->comparators_chart, bp_session_get_palette (session));
    gtk_widget_set_visible (GTK_WIDGET (self->comparators_chart), chart != NULL);
    bp_comparison_clear (&cmp);
  }
  gtk_label_set_text (self->comparators_title,
                      rows->len > 0 || !shown
                      ? _("Published comparators")
                      : _("Published comparators: none imported for these cohorts"));
}

static void
bp_reoffending_page_update (BpIndicatorPage *page,
                            const BpReport  *report)
{
  BpReoffendingPage *self = BP_REOFFENDING_PAGE (page);
  const BpReoffending *reoff;
  const BpReoffendingCohort *year;
  g_autoptr(BpChart) chart = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *value = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *children = NULL;
  g_autofree char *reoffenders = NULL;
  g_autofree char *cohort = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *quarter_rate = NULL;
  g_autofree char *cohorts_text = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  const BpTableColumn columns[] = {
    { _("Cohort"), FALSE },
    { _("Children"), TRUE },
    { _("Reoffenders"), TRUE },
    { _("Reoffences"), TRUE },
    { _("Reoffending rate"), TRUE },
    { _("Reoffences per child"), TRUE },
    { _("Reoffences per reoffender"), TRUE },
    { _("Follow-up"), FALSE },
  };

  bp_indicator_page_set_title (page, _("Proven reoffending"));
  reoff = &report->reoffending;
  year = &reoff->year;

  value = bp_ui_format_percent (year->binary_rate, 1);
  children = bp_ui_format_count (year->cohort_size);
  reoffenders = bp_ui_format_count (year->reoffenders);
  cohort = cohort_text (&year->cohort);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the rate, e.g. "29.6%": the
                                            * children who reoffended, the cohort and its
                                            * months, as in "of children reoffended: 29 of the
                                            * 98 children in the 12-month cohort, April 2022 to
                                            * March 2023" */
                                           "of children reoffended: %s of the %s child in the "
                                           "12-month cohort, %s",
                                           "of children reoffended: %s of the %s children in the "
                                           "12-month cohort, %s",
                                           (gulong) year->cohort_size),
                              reoffenders, children, cohort);
  if (!isfinite (year->binary_rate))
    {
      /* No figure: a sentence says why, never "not available" as the headline. */
      g_free (headline);
      /* Translators: in place of the reoffending rate; %s is the cohort's months, as in
       * "No children in the 12-month cohort, April 2022 to March 2023, so there is no
       * reoffending rate." */
      headline = g_strdup_printf (_("No children in the 12-month cohort, %s, so there is no "
                                    "reoffending rate."), cohort);
    }
  bp_indicator_page_set_headline (page, isfinite (year->binary_rate) ? value : NULL, headline);

  quarter = cohort_text (&reoff->quarter.cohort);
  quarter_rate = bp_ui_format_percent (reoff->quarter.binary_rate, 1);
  /* Translators: the latest 3-month cohort's months and its reoffending rate, as in "The
   * latest 3-month cohort (January to March 2023): 36.4% reoffended." */
  cohorts_text = g_strdup_printf (_("The latest 3-month cohort (%s): %s reoffended."),
                                  quarter, quarter_rate);
  bp_indicator_page_set_change (page, cohorts_text);
  {
    BpComparison c;
    g_autofree char *words = NULL;

    bp_reoffending_comparison (year, TRUE, &c);
    words = bp_ui_comparison_words (&c, year->binary_rate, "%",
                                    _("Children cautioned, sentenced in the community or "
                                      "released from custody in the cohort, followed up for "
                                      "12 months, with 6 more months for the offence to be "
                                      "proven."));
    bp_indicator_page_set_description (page, words);
    bp_comparison_clear (&c);
  }

  /* the published comparators as lines over the bars when the switch says so */
  chart = bp_ui_chart_build (BP_CHART_KIND_REOFFENDING, bp_indicator_page_get_session (page),
                             gtk_check_button_get_active (self->comparators_check));
  bp_indicator_page_set_chart (page, chart);

  for (guint k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      g_autofree char *label = cohort_short (&reoff->series[k].cohort);

      add_cohort_row (rows, label, &reoff->series[k]);
    }
  {
    g_autofree char *months = cohort_short (&year->cohort);
    /* Translators: a table's row: the 12-month cohort and its months, as in "12-month
     * cohort, Apr 2022-Mar 2023" */
    g_autofree char *label = g_strdup_printf (_("12-month cohort, %s"), months);

    add_cohort_row (rows, label, year);
  }
  bp_indicator_page_set_table (page, _("3-month cohorts and the 12-month cohort"), columns,
                               G_N_ELEMENTS (columns), rows);

  update_comparators (self, reoff);
  update_breakdowns (self, &reoff->year);

  if (reoff->note != NULL)
    g_string_append_printf (notes, "%s ", reoff->note);
  g_string_append (notes, _("A proven reoffence is a caution or sentence for an offence committed "
                            "within 12 months of the child's first index event in the cohort; "
                            "breaches are not counted. The 12-month cohort is the sum of its "
                            "four 3-month cohorts, so a child may count more than once."));
  bp_indicator_page_set_notes (page, notes->str);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_comparators_toggled_cb (BpReoffendingPage *self)
{
  BpSession *session = bp_indicator_page_get_session (BP_INDICATOR_PAGE (self));
  const BpReport *report = session ? bp_session_get_report (session) : NULL;

  if (report != NULL)
    {
      g_autoptr(BpChart) chart = bp_ui_chart_build (BP_CHART_KIND_REOFFENDING, session,
                                                    gtk_check_button_get_active (self->comparators_check));

      bp_indicator_page_set_chart (BP_INDICATOR_PAGE (self), chart);
      update_comparators (self, &report->reoffending);
    }
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_reoffending_page_class_init (BpReoffendingPageClass *klass)
{
  static const char *const follows[] = {
    "comparator-family", "comparator-region", "comparator-national", NULL,
  };
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BpIndicatorPageClass *page_class = BP_INDICATOR_PAGE_CLASS (klass);

  page_class->update = bp_reoffending_page_update;
  page_class->follows = follows;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-reoffending-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_check);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_title);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_frame);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_table);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_chart);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, breakdowns_title);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, breakdowns_table);
  gtk_widget_class_bind_template_callback (widget_class, on_comparators_toggled_cb);
}

static void
bp_reoffending_page_init (BpReoffendingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

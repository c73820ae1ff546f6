/* bp-disparity-page.c: ethnic disproportionality: relative rate indices and shares
 *
 * The financial year of the period, for the stage chosen here: the page's own view
 * (bp_session_set_page_stage()), which changes neither the Overview nor the board pack;
 * they keep the stage of Preferences. The chart is the relative rate index with its 95% confidence
 * interval, or each group's share of the children against its share of the population;
 * the table has both, with the significance and the change on the year before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-ui.h"
#include "bp-chart-view.h"
#include "bp-disparity-page.h"
#include "bp-report-format.h"
#include "bp-table.h"
#include "bp-ui-charts.h"
#include "bp-ui-format.h"

struct _BpDisparityPage
{
  BpIndicatorPage  parent_instance;

  /* template */
  GtkDropDown     *stage_dropdown;
  GtkDropDown     *years_dropdown;
  GtkDropDown     *tier_dropdown;
  GtkToggleButton *rri_toggle;
  GtkToggleButton *shares_toggle;
  GtkLabel        *warning_label;
  GtkLabel        *trend_title;
  GtkColumnView   *trend_table;
};

G_DEFINE_FINAL_TYPE (BpDisparityPage, bp_disparity_page, BP_TYPE_INDICATOR_PAGE)

#define PAGE(self) BP_INDICATOR_PAGE (self)

/* --- helpers ----------------------------------------------------------------------- */

static char *
significance_text (const BpDisparityRow *row,
                   guint                 index,
                   double                threshold)
{
  const char *text;

  if (index == BP_ETHNIC_WHITE)
    return g_strdup (_("Reference group"));
  if (g_strcmp0 (row->significance, "higher") == 0)
    text = _("Higher");
  else if (g_strcmp0 (row->significance, "lower") == 0)
    text = _("Lower");
  else if (row->significance != NULL)
    text = _("No significant difference");
  else
    text = _("No interval (too few children)");

  if (threshold > 0 && isfinite (row->rri) && row->rri >= threshold)
    {
      g_autofree char *t = bp_format_number (threshold, 2);

      /* Translators: in the Significance column: the significance ("Higher", "No
       * significant difference"...), then the practical relative rate index threshold set
       * in Preferences, as in "Higher; at or above 1.25" */
      return g_strdup_printf (_("%s; at or above %s"), text, t);
    }
  return g_strdup (text);
}

/* The table's title: "Cautioned or sentenced, 2023/24, by ethnic group" */
static char *
table_title (BpStage     stage,
             const char *year)
{
  switch (stage)
    {
    case BP_STAGE_FTE:
      /* Translators: a table's title; %s is a financial year, "2023/24" */
      return g_strdup_printf (_("First time entrants, %s, by ethnic group"), year);
    case BP_STAGE_CUSTODY:
      /* Translators: a table's title; %s is a financial year, "2023/24" */
      return g_strdup_printf (_("Custodial sentences, %s, by ethnic group"), year);
    case BP_STAGE_REMAND:
      /* Translators: a table's title; %s is a financial year, "2023/24" */
      return g_strdup_printf (_("Remands, %s, by ethnic group"), year);
    case BP_STAGE_DIVERSION:
      /* Translators: a table's title; %s is a financial year, "2023/24" */
      return g_strdup_printf (_("Out-of-court outcomes, %s, by ethnic group"), year);
    case BP_STAGE_ANY_OUTCOME:
      /* Translators: a table's title; %s is a financial year, "2023/24" */
      return g_strdup_printf (_("Any outcome, %s, by ethnic group"), year);
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
    case BP_N_STAGES:
    default:
      /* Translators: a table's title; %s is a financial year, "2023/24" */
      return g_strdup_printf (_("Cautioned or sentenced, %s, by ethnic group"), year);
    }
}

static void
update_table (BpDisparityPage   *self,
              const BpDisparity *d)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  double threshold = bp_session_get_rri_threshold (bp_indicator_page_get_session (PAGE (self)));
  const BpTableColumn columns[] = {
    { _("Group"), FALSE },
    { _("Children"), TRUE },
    { _("Population"), TRUE },
    { _("Rate per 100,000"), TRUE },
    { _("Share of children"), TRUE },
    { _("Share of population"), TRUE },
    { _("Difference, points"), TRUE },
    { _("Relative rate index"), TRUE },
    /* xgettext:no-c-format */
    { _("95% interval"), TRUE },
    { _("Significance"), FALSE },
    { _("Change on the year before"), TRUE },
  };

  bp_table_set_columns (bp_indicator_page_get_table (PAGE (self)), columns,
                        G_N_ELEMENTS (columns));
  for (guint g = 0; g < BP_DISPARITY_N_ROWS; g++)
    {
      const BpDisparityRow *row = &d->rows[g];
      char *interval;
      char *change;

      if (isfinite (row->ci_low) && isfinite (row->ci_high))
        {
          g_autofree char *low = bp_format_number (row->ci_low, 2);
          g_autofree char *high = bp_format_number (row->ci_high, 2);

          /* Translators: a confidence interval, "1.38 to 4.52" */
          interval = g_strdup_printf (_("%s to %s"), low, high);
        }
      else
        interval = g_strdup ("–");
      if (isfinite (row->change_pct))
        {
          g_autofree char *pct = bp_ui_format_signed (row->change_pct, 1);

          change = g_strdup_printf ("%s%%", pct);
        }
      else
        change = g_strdup (_("n/a (fewer than 10)"));

      bp_table_add_row_take (rows,
                             g_strdup (bp_ui_disparity_group_name (g)),
                             bp_ui_format_count (row->count),
                             bp_ui_format_count (row->population),
                             bp_ui_format_value (row->rate, 0),
                             bp_ui_format_percent (row->share, 1),
                             bp_ui_format_percent (row->population_share, 1),
                             bp_ui_format_signed (row->pp_difference, 1),
                             g == BP_ETHNIC_WHITE ? g_strdup ("1.00")
                                                  : bp_ui_format_value (row->rri, 2),
                             interval,
                             significance_text (row, g, threshold),
                             change,
                             NULL);
    }
  bp_table_set_rows (bp_indicator_page_get_table (PAGE (self)), rows);
}

/* "+12.5% (+1.9 points)", or why there is none */
static char *
change_text (const BpDisparityChange *c)
{
  g_autofree char *pct = NULL;
  g_autofree char *pp = NULL;

  if (!isfinite (c->change_pct))
    return g_strdup (_("n/a (fewer than 10)"));
  pct = bp_ui_format_signed (c->change_pct, 1);
  pp = bp_ui_format_signed (c->pp_change, 1);
  /* Translators: a change of a count in per cent and of a share in percentage points, as
   * in "+12.5% (+1.9 points)" */
  return g_strdup_printf (_("%s%% (%s points)"), pct, pp);
}

/* The six-year series: a row per group, a column per year (children and share), then
 * the changes over 5 years and over 1 year. */
static void
update_trend (BpDisparityPage   *self,
              const BpDisparity *d)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *first = bp_financial_year_label (bp_day_year (d->trend[0].year.start));
  g_autofree char *last = bp_financial_year_label (
    bp_day_year (d->trend[BP_DISPARITY_TREND_YEARS - 1].year.start));
  g_autofree char *title = NULL;
  char *year_names[BP_DISPARITY_TREND_YEARS];
  BpTableColumn columns[1 + BP_DISPARITY_TREND_YEARS + 2];

  columns[0] = (BpTableColumn) { _("Group"), FALSE };
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    {
      year_names[k] = bp_financial_year_label (bp_day_year (d->trend[k].year.start));
      columns[1 + k] = (BpTableColumn) { year_names[k], TRUE };
    }
  /* Translators: column headings of the six-year series: the change from its first year
   * to its last, and from the last but one */
  columns[1 + BP_DISPARITY_TREND_YEARS] = (BpTableColumn) { _("Over 5 years"), TRUE };
  columns[2 + BP_DISPARITY_TREND_YEARS] = (BpTableColumn) { _("Over 1 year"), TRUE };
  bp_table_set_columns (self->trend_table, columns, G_N_ELEMENTS (columns));
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    g_free (year_names[k]);

  for (guint g = 0; g < BP_DISPARITY_N_ROWS; g++)
    {
      GPtrArray *cells = g_ptr_array_new ();

      g_ptr_array_add (cells, g_strdup (bp_ui_disparity_group_name (g)));
      for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
        {
          g_autofree char *n = bp_ui_format_count (d->trend[k].count[g]);
          g_autofree char *share = bp_ui_format_percent (d->trend[k].share[g], 1);

          /* Translators: a cell of the six-year series: children and their share, as in
           * "28 (31.5%)" */
          g_ptr_array_add (cells, g_strdup_printf (_("%s (%s)"), n, share));
        }
      g_ptr_array_add (cells, change_text (&d->change_5y[g]));
      g_ptr_array_add (cells, change_text (&d->change_1y[g]));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, bp_table_row_new_take ((GStrv) g_ptr_array_free (cells, FALSE)));
    }
  bp_table_set_rows (self->trend_table, rows);
  /* Translators: the title of the six-year series, as in "Each year from 2018/19 to
   * 2023/24: children and their share of those of known ethnicity" */
  title = g_strdup_printf (_("Each year from %s to %s: children and their share of those "
                             "of known ethnicity"), first, last);
  gtk_label_set_text (self->trend_title, title);
}

/* The page shows its own stage (bp_session_set_page_stage()). */
static const BpReport *
bp_disparity_page_get_report (BpIndicatorPage *page,
                              BpSession       *session)
{
  return bp_session_get_page_report (session);
}

static void
bp_disparity_page_update (BpIndicatorPage *page,
                          const BpReport  *report)
{
  BpDisparityPage *self = BP_DISPARITY_PAGE (page);
  const BpDisparity *d;
  const BpDisparityRow *row;
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *year = NULL;
  g_autofree char *value = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  gboolean rri;
  guint g;

  bp_indicator_page_set_title (page, _("Ethnic disproportionality"));
  d = &report->disparity;
  g = bp_ui_disparity_headline_row (d);
  row = &d->rows[g];

  if (gtk_drop_down_get_selected (self->stage_dropdown) != (guint) d->stage)
    gtk_drop_down_set_selected (self->stage_dropdown, d->stage);
  if (gtk_drop_down_get_selected (self->years_dropdown) != (guint) d->years - 1)
    gtk_drop_down_set_selected (self->years_dropdown, d->years - 1);
  if (gtk_drop_down_get_selected (self->tier_dropdown) != (d->by_tier ? d->tier + 1 : 0))
    gtk_drop_down_set_selected (self->tier_dropdown, d->by_tier ? d->tier + 1 : 0);

  year = bp_disparity_period_label (d);
  /* No figure: a sentence says why, never "not available" as the headline. */
  value = isfinite (row->rri) ? bp_ui_format_value (row->rri, 2) : NULL;
  headline = value ? bp_ui_disparity_headline (g, d->stage, year)
                   : bp_ui_no_rri_sentence (d, g, year);
  bp_indicator_page_set_headline (page, value, headline);
  {
    g_autofree char *n = bp_ui_format_count (d->total);
    g_autofree char *known = bp_ui_format_count (d->known_total);
    g_autofree char *text = NULL;

    if (d->years > 1)
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the children counted over pooled
                                            * financial years (%d is 2 or 3), then those of
                                            * known ethnicity */
                                           "%s child counted over %d years (a child in two "
                                           "years counts in both), %s of known ethnicity; "
                                           "White children are the reference group.",
                                           "%s children counted over %d years (a child in two "
                                           "years counts in both), %s of known ethnicity; "
                                           "White children are the reference group.",
                                           (gulong) d->total),
                              n, d->years, known);
    else
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the children counted in the financial
                                            * year, then those of known ethnicity, as in "94
                                            * children in the year, 89 of known ethnicity; White
                                            * children are the reference group." */
                                           "%s child in the year, %s of known ethnicity; White "
                                           "children are the reference group.",
                                           "%s children in the year, %s of known ethnicity; White "
                                           "children are the reference group.",
                                           (gulong) d->total),
                              n, known);

    bp_indicator_page_set_change (page, text);
  }

  if (d->unknown_warning)
    {
      g_autofree char *n = bp_ui_format_count (d->unknown_count);
      g_autofree char *total = bp_ui_format_count (d->total);
      /* Translators: the children of unknown ethnicity, then all children counted, as in
       * "Ethnicity is not known for 12 of the 94 children, more than 10%: …" */
      g_autofree char *text = g_strdup_printf (_("Ethnicity is not known for %s of the %s "
                                                 "children, more than 10%%: leaving them out "
                                                 "biases every relative rate index."),
                                               n, total);

      gtk_label_set_text (self->warning_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), d->unknown_warning);

  rri = gtk_toggle_button_get_active (self->rri_toggle);
  chart = bp_ui_chart_build (rri ? BP_CHART_KIND_RRI : BP_CHART_KIND_ETHNICITY,
                             bp_indicator_page_get_session (page), FALSE);
  bp_indicator_page_set_chart (page, chart);

  update_table (self, d);
  update_trend (self, d);
  title = table_title (d->stage, year);
  if (d->by_tier)
    {
      /* Translators: a table's title when one tier is chosen, as in "Any outcome, 2023/24,
       * by ethnic group: community outcomes only" */
      char *t = g_strdup_printf (_("%s: %s outcomes only"), title, _(bp_tier_name (d->tier)));

      g_free (title);
      title = t;
    }
  bp_indicator_page_set_table_title (page, title);

  if (d->note != NULL && !d->unknown_warning)
    g_string_append_printf (notes, "%s ", d->note);
  if (d->population_year > 0)
    /* Translators: a note below the table; %s is the source of the population, as in
     * "Population: 10–17 year olds by ethnic group, Census 2021. "; keep the space at the end */
    g_string_append_printf (notes, _("Population: 10–17 year olds by ethnic group, %s. "),
                            d->population_source ? d->population_source : "");
  /* xgettext:no-c-format */
  g_string_append (notes, _("The relative rate index is a group's rate divided by the rate of "
                            "White children; its 95% confidence interval is by the Katz log "
                            "method, and a difference is significant when the interval does "
                            "not include 1. Children of unknown ethnicity are left out of "
                            "shares and indices."));
  bp_indicator_page_set_notes (page, notes->str);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_choice_selected_cb (GtkDropDown     *dropdown,
                       GParamSpec      *pspec,
                       BpDisparityPage *self)
{
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);
  guint years = gtk_drop_down_get_selected (self->years_dropdown);
  guint tier = gtk_drop_down_get_selected (self->tier_dropdown);
  BpSession *session = bp_indicator_page_get_session (PAGE (self));

  if (session != NULL && stage < BP_N_STAGES && years < 3 && tier <= BP_N_TIERS)
    bp_session_set_page_disparity (session, (BpStage) stage, (int) years + 1, (int) tier - 1);
}

static void
on_chart_toggled_cb (BpDisparityPage *self)
{
  if (gtk_toggle_button_get_active (self->rri_toggle) ||
      gtk_toggle_button_get_active (self->shares_toggle))
    bp_indicator_page_queue_update (PAGE (self));
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_disparity_page_class_init (BpDisparityPageClass *klass)
{
  static const char *const follows[] = { "rri-threshold", NULL };
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BpIndicatorPageClass *page_class = BP_INDICATOR_PAGE_CLASS (klass);

  page_class->update = bp_disparity_page_update;
  page_class->get_report = bp_disparity_page_get_report;
  page_class->follows = follows;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-disparity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, years_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, tier_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, trend_title);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, trend_table);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, rri_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, shares_toggle);
  gtk_widget_class_bind_template_child (widget_class, BpDisparityPage, warning_label);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_toggled_cb);
}

static void
bp_disparity_page_init (BpDisparityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->stage_dropdown, "notify::selected",
                    G_CALLBACK (on_choice_selected_cb), self);
  g_signal_connect (self->years_dropdown, "notify::selected",
                    G_CALLBACK (on_choice_selected_cb), self);
  g_signal_connect (self->tier_dropdown, "notify::selected",
                    G_CALLBACK (on_choice_selected_cb), self);
}

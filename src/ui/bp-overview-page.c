/* bp-overview-page.c: the headline indicators of the period, a tile each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-ui.h"
#include "bp-indicator-tile.h"
#include "bp-kpis.h"
#include "bp-commentary.h"
#include "bp-commentary-box.h"
#include "bp-overview-page.h"
#include "bp-report-format.h"
#include "bp-ui-charts.h"
#include "bp-ui-format.h"

struct _BpOverviewPage
{
  AdwBin           parent_instance;

  GtkLabel        *area_label;
  GtkLabel        *period_label;
  BpIndicatorTile *fte_tile;
  BpIndicatorTile *custody_tile;
  BpIndicatorTile *reoffending_tile;
  BpIndicatorTile *disparity_tile;
  BpIndicatorTile *kpis_tile;
  GtkLabel        *notes_label;
  BpCommentaryBox  *summary_box;

  BpSession       *session;
};

G_DEFINE_FINAL_TYPE (BpOverviewPage, bp_overview_page, ADW_TYPE_BIN)

/* --- helpers ----------------------------------------------------------------------- */

static gboolean
any_finite (const double *values,
            guint         n)
{
  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      return TRUE;
  return FALSE;
}

/* A rate's change: "↑ Up 15.5% on the previous 12 months", or in counts when they are too
 * few for a percentage: "↑ Up from 2 to 3 on the previous 12 months". */
static char *
change_sentence (const BpRateIndicator *ind)
{
  double change_pct = ind->change_pct;
  g_autofree char *number = NULL;

  if (ind->current.population < 0 && ind->previous.population < 0)
    /* Translators: below a count on the Overview when no population file is imported */
    return g_strdup (_("Import a 10–17 population file to see the rate and how it changed"));
  if (isfinite (change_pct) && bp_change_too_small (ind->previous.count, ind->current.count))
    {
      g_autofree char *counts = bp_format_sentence_case (
        bp_count_change_text (ind->previous.count, ind->current.count));

      if (ind->current.count > ind->previous.count)
        /* Translators: below a rate on the Overview; %s is a change in counts, as in "up
         * from 2 to 3"; keep the arrow */
        return g_strdup_printf (_("↑ %s on the previous 12 months (too few for a "
                                  "percentage)"), counts);
      if (ind->current.count < ind->previous.count)
        /* Translators: the same for a fall, as in "down from 5 to 3"; keep the arrow */
        return g_strdup_printf (_("↓ %s on the previous 12 months (too few for a "
                                  "percentage)"), counts);
      /* Translators: the same when the count did not change, as in "unchanged at 3";
       * keep the arrow */
      return g_strdup_printf (_("→ %s on the previous 12 months"), counts);
    }
  if (!isfinite (change_pct))
    return g_strdup (_("No figure for a year earlier to compare with"));
  number = bp_format_number (fabs (change_pct), 1);
  if (g_strcmp0 (number, "0.0") == 0)
    /* Translators: below a rate on the Overview; keep the arrow */
    return g_strdup (_("→ No change on the previous 12 months"));
  if (change_pct > 0)
    /* Translators: below a rate on the Overview; %s is a percentage without its sign, as in
     * "↑ Up 15.5% on the previous 12 months"; keep the arrow */
    return g_strdup_printf (_("↑ Up %s%% on the previous 12 months"), number);
  /* Translators: below a rate on the Overview; %s is a percentage without its sign, as in
   * "↓ Down 3.0% on the previous 12 months"; keep the arrow */
  return g_strdup_printf (_("↓ Down %s%% on the previous 12 months"), number);
}

/* The reoffending rate's change: "↑ Up 2.1 percentage points on the cohort a year
 * earlier" */
static char *
pp_change_sentence (double change_pp)
{
  g_autofree char *number = NULL;

  if (!isfinite (change_pp))
    return g_strdup (_("No figure for a year earlier to compare with"));
  number = bp_format_number (fabs (change_pp), 1);
  if (g_strcmp0 (number, "0.0") == 0)
    /* Translators: below the reoffending rate on the Overview; keep the arrow */
    return g_strdup (_("→ No change on the cohort a year earlier"));
  if (change_pp > 0)
    /* Translators: below the reoffending rate on the Overview; %s is a number, as in "↑ Up
     * 2.1 percentage points on the cohort a year earlier"; keep the arrow */
    return g_strdup_printf (_("↑ Up %s percentage points on the cohort a year earlier"),
                            number);
  /* Translators: below the reoffending rate on the Overview; %s is a number, as in "↓ Down
   * 2.1 percentage points on the cohort a year earlier"; keep the arrow */
  return g_strdup_printf (_("↓ Down %s percentage points on the cohort a year earlier"),
                          number);
}

static void
update_rate_tile (BpOverviewPage        *self,
                  BpIndicatorTile       *tile,
                  const BpRateIndicator *ind)
{
  gboolean fte = ind->kind == BP_RATE_FTE;
  int decimals = fte ? 0 : 2;
  g_autofree char *value = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *count = bp_ui_format_count (ind->current.count);
  g_autofree char *change = NULL;
  g_autofree char *comparators = NULL;
  g_autoptr(BpChart) chart = NULL;
  const char *labels[BP_SERIES_QUARTERS];
  char *label_text[BP_SERIES_QUARTERS];
  double values[BP_SERIES_QUARTERS];

  if (isfinite (ind->current.rate))
    {
      value = bp_ui_format_value (ind->current.rate, decimals);
      unit = fte ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: after the first time entrant
                                                  * rate on the Overview, e.g. "206"; %s is the
                                                  * number of first time entrants, as in "per
                                                  * 100,000 children aged 10–17 (56 children)" */
                                                 "per 100,000 children aged 10–17 (%s child)",
                                                 "per 100,000 children aged 10–17 (%s children)",
                                                 (gulong) ind->current.count), count)
                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: after the custody rate on the
                                                  * Overview, e.g. "0.11"; %s is the number of
                                                  * custodial sentences, as in "per 1,000
                                                  * children aged 10–17 (3 sentences)" */
                                                 "per 1,000 children aged 10–17 (%s sentence)",
                                                 "per 1,000 children aged 10–17 (%s sentences)",
                                                 (gulong) ind->current.count), count);
    }
  else
    {
      value = g_strdup (count);
      unit = g_strdup (_("no 10–17 population held for the period, so no rate"));
    }
  change = change_sentence (ind);
  comparators = bp_ui_comparators_text (ind->current.benchmarks, NULL,
                                        bp_session_get_show_comparator (self->session, "FAMILY"),
                                        bp_session_get_show_comparator (self->session, "REGION"),
                                        bp_session_get_show_comparator (self->session, "NATIONAL"),
                                        NULL);
  {
    BpComparison c;
    g_autofree char *text = NULL;

    bp_rate_comparison (ind, &c);
    text = bp_ui_comparison_tile_text (&c, ind->current.rate, "",
                                       bp_session_get_show_comparator (self->session, "NATIONAL"),
                                       bp_session_get_show_comparator (self->session, "FAMILY"),
                                       comparators);
    bp_indicator_tile_set_figures (tile, value, unit, change, text);
    bp_comparison_clear (&c);
  }

  for (guint i = 0; i < BP_SERIES_QUARTERS; i++)
    {
      label_text[i] = bp_day_format_month_year (ind->series[i].period.end);
      labels[i] = label_text[i];
      values[i] = ind->series[i].rate;
    }
  chart = bp_ui_chart_sparkline (fte ? _("First time entrants per 100,000")
                             : _("Custodial sentences per 1,000"),
                         labels, values, BP_SERIES_QUARTERS);
  /* No rate in any quarter: the sentence says what to import, and no empty axis is drawn. */
  bp_indicator_tile_set_chart (tile, any_finite (values, BP_SERIES_QUARTERS) ? chart : NULL);
  for (guint i = 0; i < BP_SERIES_QUARTERS; i++)
    g_free (label_text[i]);
}

/* The KPIs that matter most to a board: education, training and employment as the figure,
 * accommodation and out-of-court completion beside it; the tile opens the KPIs page. */
static void
update_kpis_tile (BpOverviewPage *self,
                  const BpReport *report)
{
  const BpKpis *k = bp_report_value (report, &bp_kpis_indicator);
  BpKpiHeadline ete, accommodation, oocd;
  g_autofree char *value = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *others = NULL;
  g_autofree char *acc_pct = NULL;
  g_autofree char *oocd_pct = NULL;
  g_autofree char *period = NULL;

  if (k == NULL || !k->have[BP_KPI_ETE])
    {
      bp_indicator_tile_set_chart (self->kpis_tile, NULL);
      bp_indicator_tile_set_figures (self->kpis_tile, "–", _(bp_kpi_missing_note (BP_KPI_ETE)),
                                     NULL, NULL);
      return;
    }
  ete = bp_kpi_headline (BP_KPI_ETE, &k->quarter);
  accommodation = bp_kpi_headline (BP_KPI_ACCOMMODATION, &k->quarter);
  oocd = bp_kpi_headline (BP_KPI_OOCD, &k->quarter);
  value = bp_ui_format_percent (ete.value, 1);
  period = bp_ui_format_period (k->quarter.period);
  /* Translators: the Overview's KPI tile: what its figure counts and the quarter, as in
   * "in suitable education, training or employment at the end, October to December 2024" */
  unit = g_strdup_printf (_("%s, %s"), _(bp_kpi_headline_label (BP_KPI_ETE)), period);
  acc_pct = bp_ui_format_percent (accommodation.value, 1);
  oocd_pct = bp_ui_format_percent (oocd.value, 1);
  /* Translators: the Overview's KPI tile: two more KPIs, as in "Suitable accommodation
   * 86.8%; out-of-court disposals completed 96.3%" */
  others = g_strdup_printf (_("Suitable accommodation %s; out-of-court disposals completed %s"),
                            acc_pct, oocd_pct);
  bp_indicator_tile_set_figures (self->kpis_tile, value, unit, others,
                                 /* Translators: the Overview's KPI tile, its last line */
                                 _("All ten KPIs on the KPIs page"));
  {
    char *label_text[BP_KPI_SERIES];
    const char *labels[BP_KPI_SERIES];
    double values[BP_KPI_SERIES];
    g_autoptr(BpChart) chart = NULL;

    for (int q = 0; q < BP_KPI_SERIES; q++)
      {
        label_text[q] = bp_day_format_month_year (k->series[q].period.end);
        labels[q] = label_text[q];
        values[q] = bp_kpi_headline (BP_KPI_ETE, &k->series[q]).value;
      }
    /* Translators: the sparkline of the Overview's KPI tile */
    chart = bp_ui_chart_sparkline (_("In suitable education, training or employment, %"),
                                   labels, values, BP_KPI_SERIES);
    bp_indicator_tile_set_chart (self->kpis_tile,
                                 any_finite (values, BP_KPI_SERIES) ? chart : NULL);
    for (int q = 0; q < BP_KPI_SERIES; q++)
      g_free (label_text[q]);
  }
}


static void
update_reoffending_tile (BpOverviewPage      *self,
                         const BpReoffending *reoff)
{
  const BpReoffendingCohort *year = &reoff->year;
  g_autofree char *value = bp_ui_format_percent (year->binary_rate, 1);
  g_autofree char *children = bp_ui_format_count (year->cohort_size);
  g_autofree char *unit = NULL;
  g_autofree char *change = NULL;
  g_autofree char *comparators = NULL;
  g_autoptr(BpChart) chart = NULL;
  const char *labels[BP_REOFFENDING_SERIES];
  char *label_text[BP_REOFFENDING_SERIES];
  double values[BP_REOFFENDING_SERIES];
  gint64 before_cohort = 0, before_reoffenders = 0;
  double change_pp = NAN;

  unit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: after the reoffending rate on the
                                        * Overview, e.g. "29.6%"; %s is the cohort, as in "of the
                                        * 98 children in the 12-month cohort reoffended" */
                                       "of the %s child in the 12-month cohort reoffended",
                                       "of the %s children in the 12-month cohort reoffended",
                                       (gulong) year->cohort_size),
                          children);

  /* The 12-month cohort a year earlier is the sum of the four 3-month cohorts before. */
  for (guint k = 0; k < BP_REOFFENDING_SERIES - 4; k++)
    {
      before_cohort += reoff->series[k].cohort_size;
      before_reoffenders += reoff->series[k].reoffenders;
    }
  if (before_cohort > 0 && isfinite (year->binary_rate))
    change_pp = year->binary_rate - (double) before_reoffenders / (double) before_cohort * 100.0;
  if (isfinite (change_pp) && bp_change_too_small (before_cohort, year->cohort_size))
    {
      g_autofree char *counts = bp_count_change_text (before_reoffenders, year->reoffenders);

      /* Translators: below the reoffending rate on the Overview when a cohort has fewer
       * than 10 children: the children who reoffended, in counts, as in "Children who
       * reoffended: up from 2 to 3 on the cohort a year earlier (too few for a
       * percentage)" */
      change = g_strdup_printf (_("Children who reoffended: %s on the cohort a year earlier "
                                  "(too few for a percentage)"), counts);
    }
  else
    change = pp_change_sentence (change_pp);
  if (!isfinite (year->binary_rate))
    {
      g_clear_pointer (&value, g_free);
      g_free (unit);
      /* Translators: on the Overview, in place of the reoffending rate */
      unit = g_strdup (_("No children in the 12-month cohort, so there is no reoffending "
                         "rate"));
      g_clear_pointer (&change, g_free);
    }
  if (!year->follow_up_complete && change != NULL)
    {
      char *with;

      /* Translators: after the reoffending rate's change on the Overview ("↑ Up 2.1
       * percentage points on the cohort a year earlier"), when its 18 months of follow-up
       * have not all passed */
      with = g_strdup_printf (_("%s (follow-up not complete)"), change);

      g_free (change);
      change = with;
    }
  comparators = bp_ui_comparators_text (year->benchmarks,
                                        bp_reoffending_code (BP_REOFF_BINARY, TRUE),
                                        bp_session_get_show_comparator (self->session, "FAMILY"),
                                        bp_session_get_show_comparator (self->session, "REGION"),
                                        bp_session_get_show_comparator (self->session, "NATIONAL"),
                                        "%");
  {
    BpComparison c;
    g_autofree char *text = NULL;

    bp_reoffending_comparison (year, TRUE, &c);
    text = bp_ui_comparison_tile_text (&c, year->binary_rate, "%",
                                       bp_session_get_show_comparator (self->session, "NATIONAL"),
                                       bp_session_get_show_comparator (self->session, "FAMILY"),
                                       comparators);
    bp_indicator_tile_set_figures (self->reoffending_tile, value, unit, change, text);
    bp_comparison_clear (&c);
  }

  for (guint k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      label_text[k] = bp_day_format_month_year (reoff->series[k].cohort.end);
      labels[k] = label_text[k];
      values[k] = reoff->series[k].binary_rate;
    }
  chart = bp_ui_chart_sparkline (_("Children who reoffended, %"), labels, values,
                                 BP_REOFFENDING_SERIES);
  bp_indicator_tile_set_chart (self->reoffending_tile,
                               any_finite (values, BP_REOFFENDING_SERIES) ? chart : NULL);
  for (guint k = 0; k < BP_REOFFENDING_SERIES; k++)
    g_free (label_text[k]);
}

static void
update_disparity_tile (BpOverviewPage    *self,
                       const BpDisparity *d)
{
  guint g = bp_ui_disparity_headline_row (d);
  const BpDisparityRow *row = &d->rows[g];
  g_autofree char *value = bp_ui_format_value (row->rri, 2);
  g_autofree char *year = bp_financial_year_label (bp_financial_year_start_year (d->year.end));
  g_autofree char *unit = NULL;
  g_autofree char *change = NULL;
  g_autofree char *unknown = NULL;
  g_autoptr(BpChart) chart = NULL;
  const char *labels[BP_DISPARITY_YEARS];
  char *label_text[BP_DISPARITY_YEARS];
  double values[BP_DISPARITY_YEARS];
  double threshold = bp_session_get_rri_threshold (self->session);

  if (isfinite (row->rri))
    unit = bp_ui_disparity_headline (g, d->stage, year);
  else
    {
      /* No figure: the sentence says why, not "not available" as a number. */
      g_clear_pointer (&value, g_free);
      unit = bp_ui_no_rri_sentence (d, g, year);
    }

  if (!isfinite (row->rri))
    change = NULL;
  else if (isfinite (row->ci_low) && isfinite (row->ci_high))
    {
      g_autofree char *low = bp_format_number (row->ci_low, 2);
      g_autofree char *high = bp_format_number (row->ci_high, 2);

      if (g_strcmp0 (row->significance, "higher") == 0)
        /* Translators: the significance of the relative rate index; the %s are the limits
         * of its 95% confidence interval, as in "… (95% confidence interval 1.38 to 4.52)" */
        change = g_strdup_printf (_("Significantly higher than for White children (95%% "
                                    "confidence interval %s to %s)"), low, high);
      else if (g_strcmp0 (row->significance, "lower") == 0)
        /* Translators: the significance of the relative rate index; the %s are the limits
         * of its 95% confidence interval, as in "… (95% confidence interval 0.31 to 0.82)" */
        change = g_strdup_printf (_("Significantly lower than for White children (95%% "
                                    "confidence interval %s to %s)"), low, high);
      else
        /* Translators: the significance of the relative rate index; the %s are the limits
         * of its 95% confidence interval, as in "… (95% confidence interval 0.91 to 2.55)" */
        change = g_strdup_printf (_("Not a statistically significant difference (95%% "
                                    "confidence interval %s to %s)"), low, high);
    }
  else
    change = g_strdup (_("Too few children for a confidence interval"));

  if (threshold > 0 && isfinite (row->rri) && row->rri >= threshold)
    {
      g_autofree char *t = bp_format_number (threshold, 2);
      char *with;

      /* Translators: after the significance of the relative rate index ("Significantly
       * higher than for White children (95% confidence interval 1.38 to 4.52)"): the
       * practical threshold set in Preferences, as in "…; at or above the practical
       * threshold of 1.25" */
      with = g_strdup_printf (_("%s; at or above the practical threshold of %s"), change, t);

      g_free (change);
      change = with;
    }

  if (d->total > 0)
    {
      g_autofree char *n_unknown = bp_ui_format_count (d->unknown_count);
      g_autofree char *n_total = bp_ui_format_count (d->total);

      unknown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: the children of unknown ethnicity,
                                               * then all children counted, as in "Ethnicity not
                                               * known for 5 of 94 children" */
                                              "Ethnicity not known for %s of %s child",
                                              "Ethnicity not known for %s of %s children",
                                              (gulong) d->total),
                                 n_unknown, n_total);
    }
  bp_indicator_tile_set_figures (self->disparity_tile, value, unit, change, unknown);

  for (guint k = 0; k < BP_DISPARITY_YEARS; k++)
    {
      int start_year = bp_financial_year_start_year (d->series[k].year.end);

      label_text[k] = bp_financial_year_label (start_year);
      labels[k] = label_text[k];
      values[k] = d->series[k].rri[g];
    }
  chart = bp_ui_chart_sparkline (_("Relative rate index"), labels, values, BP_DISPARITY_YEARS);
  bp_indicator_tile_set_chart (self->disparity_tile,
                               any_finite (values, BP_DISPARITY_YEARS) ? chart : NULL);
  for (guint k = 0; k < BP_DISPARITY_YEARS; k++)
    g_free (label_text[k]);
}

static void
update (BpOverviewPage *self)
{
  const BpReport *report = self->session ? bp_session_get_report (self->session) : NULL;
  g_autofree char *period = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) notes = NULL;
  const char *area;
  int palette;

  if (report == NULL)
    return;

  area = bp_session_get_area_name (self->session);
  /* Never guessed from the benchmarks: set in Preferences, or asked after an import. */
  gtk_label_set_text (self->area_label, area && *area ? area : _("Area not set"));
  period = bp_ui_format_period_label (report->period.end);
  latest = bp_ui_format_date (report->latest_outcome);
  /* Translators: "12 months to December 2024 · latest outcome held 31 December 2024" */
  text = g_strdup_printf (_("%s · latest outcome held %s"), period, latest);
  gtk_label_set_text (self->period_label, text);

  update_rate_tile (self, self->fte_tile, &report->fte);
  update_rate_tile (self, self->custody_tile, &report->custody);
  update_reoffending_tile (self, &report->reoffending);
  update_disparity_tile (self, &report->disparity);
  update_kpis_tile (self, report);

  palette = bp_session_get_palette (self->session);
  bp_indicator_tile_set_palette (self->fte_tile, palette);
  bp_indicator_tile_set_palette (self->custody_tile, palette);
  bp_indicator_tile_set_palette (self->reoffending_tile, palette);
  bp_indicator_tile_set_palette (self->disparity_tile, palette);
  bp_indicator_tile_set_palette (self->kpis_tile, palette);

  notes = g_string_new (_("Local figures are counted from the case data imported, which sees "
                          "fewer earlier outcomes than the Police National Computer; "
                          "comparators are shown as the Youth Justice Board published them."));
  if (report->fte.current.population_year > 0)
    {
      g_string_append_c (notes, ' ');
      /* Translators: a note on the Overview: the year of the population and its source, as in
       * "Rates use the 10–17 population of 2022 (ONS mid-year estimates)." */
      g_string_append_printf (notes, _("Rates use the 10–17 population of %d (%s)."),
                              report->fte.current.population_year,
                              report->fte.current.population_source
                                ? report->fte.current.population_source : "");
    }
  gtk_label_set_text (self->notes_label, notes->str);
  bp_commentary_box_set_period (self->summary_box, report->period.end);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_session_changed_cb (BpSession      *session,
                       GParamSpec     *pspec,
                       BpOverviewPage *self)
{
  update (self);
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_overview_page_dispose (GObject *object)
{
  BpOverviewPage *self = BP_OVERVIEW_PAGE (object);

  if (self->summary_box != NULL)
    bp_commentary_box_save (self->summary_box);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (bp_overview_page_parent_class)->dispose (object);
}

static void
bp_overview_page_class_init (BpOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_overview_page_dispose;

  g_type_ensure (BP_TYPE_INDICATOR_TILE);
  g_type_ensure (BP_TYPE_COMMENTARY_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, area_label);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, fte_tile);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, kpis_tile);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, custody_tile);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, reoffending_tile);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, disparity_tile);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, BpOverviewPage, summary_box);
}

static void
bp_overview_page_init (BpOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* --- public API -------------------------------------------------------------------- */

void
bp_overview_page_set_session (BpOverviewPage *self,
                              BpSession      *session)
{
  static const char *const follows[] = {
    "notify::report", "notify::area-name", "notify::palette", "notify::rri-threshold",
    "notify::comparator-family", "notify::comparator-region", "notify::comparator-national",
  };

  g_return_if_fail (BP_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (BP_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  /* the pack's overall summary, written here (cli.md's key "summary") */
  bp_commentary_box_set_key (self->summary_box, session, BP_COMMENTARY_SUMMARY);
  for (guint i = 0; i < G_N_ELEMENTS (follows); i++)
    g_signal_connect (session, follows[i], G_CALLBACK (on_session_changed_cb), self);
  update (self);
}

/* The headline value of tile @page (fte, custody, reoffending, disparity), for tests. */
static BpIndicatorTile *
tile_of (BpOverviewPage *self,
         const char     *page)
{
  if (g_strcmp0 (page, "fte") == 0)
    return self->fte_tile;
  if (g_strcmp0 (page, "custody") == 0)
    return self->custody_tile;
  if (g_strcmp0 (page, "reoffending") == 0)
    return self->reoffending_tile;
  if (g_strcmp0 (page, "disparity") == 0)
    return self->disparity_tile;
  return NULL;
}

/* The sentence of the tile of @page ("fte", ...): beside its figure, or in its place. */
const char *
bp_overview_page_get_sentence (BpOverviewPage *self,
                               const char     *page)
{
  g_return_val_if_fail (BP_IS_OVERVIEW_PAGE (self), NULL);
  return tile_of (self, page) ? bp_indicator_tile_get_sentence (tile_of (self, page)) : NULL;
}

const char *
bp_overview_page_get_value (BpOverviewPage *self,
                            const char     *page)
{
  g_return_val_if_fail (BP_IS_OVERVIEW_PAGE (self), NULL);

  if (g_strcmp0 (page, "fte") == 0)
    return bp_indicator_tile_get_value (self->fte_tile);
  if (g_strcmp0 (page, "custody") == 0)
    return bp_indicator_tile_get_value (self->custody_tile);
  if (g_strcmp0 (page, "reoffending") == 0)
    return bp_indicator_tile_get_value (self->reoffending_tile);
  if (g_strcmp0 (page, "disparity") == 0)
    return bp_indicator_tile_get_value (self->disparity_tile);
  return NULL;
}

/* The comparison line of the FTE, custody or reoffending tile. */
const char *
bp_overview_page_get_comparison (BpOverviewPage *self,
                                 const char     *page)
{
  g_return_val_if_fail (BP_IS_OVERVIEW_PAGE (self), NULL);

  if (g_strcmp0 (page, "fte") == 0)
    return bp_indicator_tile_get_comparator (self->fte_tile);
  if (g_strcmp0 (page, "custody") == 0)
    return bp_indicator_tile_get_comparator (self->custody_tile);
  if (g_strcmp0 (page, "reoffending") == 0)
    return bp_indicator_tile_get_comparator (self->reoffending_tile);
  return NULL;
}

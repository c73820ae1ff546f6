/* bp-data-page.c: what has been imported, how good it is, and imports of each kind
 *
 * The import log, the rejected rows and the population and benchmark tables are small:
 * they are read on the main thread's connection, and only when the page is on screen
 * after the data changed. The findings about the case data come from the session, which
 * works them out in its worker while loading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-ui.h"
#include "bp-data-page.h"
#include "bp-i18n.h"
#include "bp-plan.h"
#include "bp-population.h"
#include "bp-kpis.h"
#include "bp-report-format.h"
#include "bp-table.h"
#include "bp-ui-format.h"

/* Rows listed at most; the counts say how many there are. */
#define MAX_REJECTS 200

struct _BpDataPage
{
  AdwBin          parent_instance;

  /* template */
  GtkLabel       *database_label;
  AdwActionRow   *outcomes_row;
  AdwActionRow   *unknown_row;
  AdwActionRow   *kpis_row;
  GtkWidget      *kpis_icon;
  AdwActionRow   *budget_row;
  GtkWidget      *budget_icon;
  GtkWidget      *unknown_icon;
  AdwActionRow   *population_row;
  GtkWidget      *population_icon;
  AdwActionRow   *census_row;
  AdwActionRow   *findings_row;
  GtkWidget      *findings_icon;
  AdwExpanderRow *rejects_row;
  GtkWidget      *tables_box;
  GtkColumnView  *history_table;
  GtkColumnView  *population_table;
  GtkLabel       *benchmark_title;
  GtkColumnView  *benchmark_table;

  BpSession      *session;
  GPtrArray      *reject_rows;  /* the rows added to rejects_row */
  gboolean        dirty;
  guint           reveal_id;
  guint           refresh_id;
};

G_DEFINE_FINAL_TYPE (BpDataPage, bp_data_page, ADW_TYPE_BIN)

/* --- helpers ----------------------------------------------------------------------- */

static char *
format_timestamp (const char *iso)
{
  g_autoptr(GDateTime) utc = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  g_autofree char *date = NULL;
  g_autofree char *time_of_day = NULL;

  if (local == NULL)
    return g_strdup (iso ? iso : "");
  date = bp_day_format_long (bp_day_from_ymd (g_date_time_get_year (local),
                                              g_date_time_get_month (local),
                                              g_date_time_get_day_of_month (local)));
  /* The 24-hour clock, as in "16:02": no words to translate */
  time_of_day = g_date_time_format (local, "%H:%M");
  /* Translators: when a file was imported: a date and a time, as in "22 November 2024,
   * 16:02" */
  return g_strdup_printf (C_("date and time", "%s, %s"), date, time_of_day);
}

static const char *
kind_title (const char *kind)
{
  if (g_strcmp0 (kind, "outcomes") == 0)
    return _("Case data");
  if (g_strcmp0 (kind, "population") == 0)
    return _("Population");
  if (g_strcmp0 (kind, "benchmarks") == 0)
    return _("Benchmarks");
  if (g_strcmp0 (kind, "interventions") == 0)
    /* Translators: a kind of file imported: the orders and programmes, for the KPIs */
    return _("Interventions");
  if (g_strcmp0 (kind, "victims") == 0)
    /* Translators: a kind of file imported: victims of children's offences */
    return _("Victims");
  if (g_strcmp0 (kind, "board") == 0)
    /* Translators: a kind of file imported: the management board's attendance */
    return _("Board attendance");
  if (g_strcmp0 (kind, "staffing") == 0)
    /* Translators: a kind of file imported: the service's staff and volunteers */
    return _("Staffing");
  if (g_strcmp0 (kind, "budget") == 0)
    /* Translators: a kind of file imported: partners' contributions to the budget */
    return _("Budget");
  if (g_strcmp0 (kind, "actions") == 0)
    /* Translators: a kind of file imported: the improvement plan's actions */
    return _("Improvement plan");
  return kind;
}

static void
load_history (BpDataPage *self,
              BpStore    *store)
{
  g_autoptr(GPtrArray) imports = bp_data_quality_imports (store, TRUE, 500, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const BpTableColumn columns[] = {
    { _("Imported"), FALSE },
    { _("Kind"), FALSE },
    { _("File"), FALSE },
    { _("Encoding"), FALSE },
    { _("New"), TRUE },
    { _("Updated"), TRUE },
    { _("Unchanged"), TRUE },
    { _("Rejected"), TRUE },
  };

  bp_table_set_columns (self->history_table, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; imports != NULL && i < imports->len; i++)
    {
      const BpImportRecord *r = g_ptr_array_index (imports, i);

      bp_table_add_row_take (rows,
                             format_timestamp (r->imported_at),
                             g_strdup (kind_title (r->kind)),
                             g_strdup (r->file_name ? r->file_name : ""),
                             g_strdup (r->encoding ? r->encoding : ""),
                             bp_format_count (r->rows_new),
                             bp_format_count (r->rows_updated),
                             bp_format_count (r->rows_unchanged),
                             bp_format_count (r->rows_rejected),
                             NULL);
    }
  bp_table_set_rows (self->history_table, rows);
}

static void
load_rejects (BpDataPage *self,
              BpStore    *store)
{
  g_autoptr(GPtrArray) rejects = NULL;
  gint64 total = 0;

  for (guint i = 0; i < self->reject_rows->len; i++)
    adw_expander_row_remove (self->rejects_row, g_ptr_array_index (self->reject_rows, i));
  g_ptr_array_set_size (self->reject_rows, 0);

  rejects = bp_data_quality_rejects (store, MAX_REJECTS, &total, NULL);
  for (guint i = 0; rejects != NULL && i < rejects->len; i++)
    {
      const BpRejectRecord *r = g_ptr_array_index (rejects, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;
      g_autofree char *when = format_timestamp (r->imported_at);
      g_autofree char *subtitle = NULL;
      g_autofree char *line = g_strdup_printf ("%" G_GINT64_FORMAT, r->line);

      /* Translators: a rejected row: the file and the line number, "outcomes.csv, line 12" */
      title = g_strdup_printf (_("%s, line %s"), r->file_name, line);
      /* Translators: why a row was rejected, then when its file was imported, as in "column
       * sex: not a sex code: use M, F or U (imported 22 November 2024, 16:02)" */
      subtitle = g_strdup_printf (_("%s (imported %s)"), r->message, when);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (self->rejects_row, row);
      g_ptr_array_add (self->reject_rows, row);
    }

  if (total == 0)
    adw_expander_row_set_subtitle (self->rejects_row,
                                   _("None: every row imported was valid"));
  else
    {
      g_autofree char *n = bp_format_count (total);
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the number of rows rejected in all,
                                            * as in "12 rows were left out of imports of valid
                                            * rows only" */
                                           "%s row was left out of imports of valid rows only",
                                           "%s rows were left out of imports of valid rows only",
                                           (gulong) total),
                              n);

      adw_expander_row_set_subtitle (self->rejects_row, text);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->rejects_row), total > 0);
}

/* How a population is broken down: "by age, sex". */
static char *
breakdown_text (gboolean by_age,
                gboolean by_sex,
                gboolean by_group)
{
  static const char *const texts[] = {
    /* Translators: how a population held is broken down, in a table's column */
    N_("10–17 total"), N_("by age"), N_("by sex"), N_("by age, sex"), N_("by ethnic group"),
    N_("by age, ethnic group"), N_("by sex, ethnic group"), N_("by age, sex, ethnic group"),
  };

  return g_strdup (_(texts[(by_age ? 1 : 0) | (by_sex ? 2 : 0) | (by_group ? 4 : 0)]));
}

/* One row per year and source: what each holds and its 10-17 total. */
static void
load_population (BpDataPage *self,
                 BpStore    *store)
{
  g_autoptr(GPtrArray) sources = bp_data_quality_population_sources (store, TRUE, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpPopulation) population = bp_population_load (store, NULL);
  const BpTableColumn columns[] = {
    { _("Year"), TRUE },
    { _("Source"), FALSE },
    { _("Rows"), TRUE },
    { _("Breakdown"), FALSE },
    { _("Aged 10–17"), TRUE },
  };

  bp_table_set_columns (self->population_table, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const BpPopulationSource *p = g_ptr_array_index (sources, i);
      int year = p->year;
      const char *source = p->source;
      BpPopulationFilter filter = BP_POPULATION_ALL;
      gint64 total = 0, part;
      gboolean known = FALSE;

      if (population != NULL)
        {
          known = bp_population_total_in_year (population, year, source, &filter, &total);
          /* A population by ethnic group only (the Census): the groups add up. */
          for (int g = 0; !known && g < BP_ETHNIC_UNKNOWN; g++)
            {
              filter.ethnic_group = g;
              if (!bp_population_total_in_year (population, year, source, &filter, &part))
                break;
              total += part;
              known = g == BP_ETHNIC_UNKNOWN - 1;
            }
        }
      bp_table_add_row_take (rows,
                             g_strdup_printf ("%d", year),
                             g_strdup (source),
                             bp_format_count (p->rows),
                             breakdown_text (p->by_age, p->by_sex, p->by_group),
                             known ? bp_format_count (total) : g_strdup ("–"),
                             NULL);
    }
  bp_table_set_rows (self->population_table, rows);
}

/* The comparators of the period shown (the rolling year and the two reoffending
 * cohorts), and how many are held in all. */
static void
load_benchmarks (BpDataPage *self,
                 BpStore    *store)
{
  const BpReport *report = bp_session_get_report (self->session);
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  gint64 held = 0;
  const BpTableColumn columns[] = {
    { _("Indicator"), FALSE },
    { _("Period"), FALSE },
    { _("Area"), FALSE },
    /* Translators: a column heading of the Data page's benchmarks: what the area is to
     * this one (this area, a named neighbour, the family, the region, the nation) */
    { C_("column", "Comparator"), FALSE },
    { _("Value"), TRUE },
    { _("Rank"), TRUE },
    { _("Source"), FALSE },
  };

  bp_table_set_columns (self->benchmark_table, columns, G_N_ELEMENTS (columns));
  if (report != NULL)
    {
      const BpPeriod periods[] = { report->period, report->reoffending.quarter.cohort,
                                   report->reoffending.year.cohort };

      benchmarks = bp_data_quality_benchmarks_in (store, periods, G_N_ELEMENTS (periods),
                                                  &held, NULL);
    }
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const BpBenchmarkRecord *b = g_ptr_array_index (benchmarks, i);
      char *rank = b->rank <= 0
                   ? g_strdup ("")
                   /* Translators: a published rank, "110 of 154" */
                   : g_strdup_printf (_("%d of %d"), b->rank, b->rank_of);

      const char *area = bp_session_get_area_name (self->session);
      gboolean own = g_strcmp0 (b->area_type, "YJS") == 0 && area && *area &&
                     g_strcmp0 (b->area_name, area) == 0;

      /* the measure and the area in words, as the pack names them, not the codes */
      bp_table_add_row_take (rows,
                             g_strdup (b->indicator ? bp_benchmark_code_name (b->indicator) : ""),
                             bp_ui_format_period (b->period),
                             g_strdup (bp_area_display_name (b->area_name)),
                             g_strdup (own ? _("This area")
                                       : g_strcmp0 (b->area_type, "YJS") == 0
                                       ? _("Named neighbour")
                                       : bp_ui_area_type_name (b->area_type)),
                             g_strdup (b->value_text ? b->value_text : ""),
                             rank,
                             g_strdup (b->source ? b->source : ""),
                             NULL);
    }
  bp_table_set_rows (self->benchmark_table, rows);

  {
    g_autofree char *n = bp_format_count (rows->len);
    g_autofree char *total = bp_format_count (held);

    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a heading: the comparators of the
                                           * period shown, then all those held, as in "Benchmarks
                                           * of this period: 14 of the 846 held" */
                                          "Benchmarks of this period: %s of the %s held",
                                          "Benchmarks of this period: %s of the %s held",
                                          (gulong) held),
                             n, total);
  }
  gtk_label_set_text (self->benchmark_title, title);
}

/* What the data holds that the figures leave out: values read as Unknown, children
 * outside 10–17, other areas' children, each with its count; one line each. */
static void
update_findings (BpDataPage          *self,
                 const BpDataQuality *q)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < q->unrecognised_ethnicity->len; i++)
    {
      const BpUnrecognisedValue *v = g_ptr_array_index (q->unrecognised_ethnicity, i);
      g_autofree char *n = bp_format_count (v->outcomes);

      if (text->len)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: a value as imported and its
                                                  * rows, as in "Ethnicity “ZZ” not recognised,
                                                  * read as Unknown: 12 outcomes" */
                                                 "Ethnicity “%s” not recognised, read as "
                                                 "Unknown: %s outcome",
                                                 "Ethnicity “%s” not recognised, read as "
                                                 "Unknown: %s outcomes",
                                                 (gulong) CLAMP (v->outcomes, 0, G_MAXLONG)),
                              v->value, n);
    }
  if (q->outside_age_outcomes > 0)
    {
      g_autofree char *counts = bp_outcomes_children_text (q->outside_age_outcomes,
                                                           q->outside_age_children);

      if (text->len)
        g_string_append_c (text, '\n');
      /* Translators: %s is "2 outcomes of 2 children" */
      g_string_append_printf (text, _("Not aged 10–17 on the outcome date, not counted: %s"),
                              counts);
    }
  if (q->other_area_outcomes > 0)
    {
      g_autofree char *counts = bp_outcomes_children_text (q->other_area_outcomes,
                                                           q->other_area_children);

      if (text->len)
        g_string_append_c (text, '\n');
      /* Translators: %s is "2 outcomes of 1 child" */
      g_string_append_printf (text, _("Children of other areas, not counted: %s"), counts);
    }
  gtk_widget_set_visible (self->findings_icon, text->len > 0);
  adw_action_row_set_subtitle (self->findings_row,
                               text->len > 0 ? text->str
                               : _("Nothing: every ethnicity value was recognised and every "
                                   "outcome is of a child of the area aged 10–17"));
}

/* The KPIs whose statuses are badly recorded: more than 10% not recorded in the quarter. */
static void
update_kpis (BpDataPage *self)
{
  const BpReport *report = bp_session_get_report (self->session);
  const BpKpis *k = report ? bp_report_value (report, &bp_kpis_indicator) : NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  guint n_kpis = 0;

  for (int i = 0; k != NULL && i < BP_N_KPIS; i++)
    {
      BpKpiHeadline h;

      if (!k->have[i])
        continue;
      n_kpis++;
      h = bp_kpi_headline (i, &k->quarter);
      if (h.warning)
        {
          g_autofree char *unknown = bp_ui_format_count (h.unknown);
          g_autofree char *all = bp_ui_format_count (h.unknown + h.whole);

          if (list->len > 0)
            g_string_append (list, "; ");
          /* Translators: a KPI with many statuses not recorded, in a list: its title, the
           * children not recorded and the children, as in "Substance misuse: 12 of 40 not
           * recorded" */
          g_string_append_printf (list, _("%s: %s of %s not recorded"), _(bp_kpi_title (i)),
                                  unknown, all);
        }
    }
  gtk_widget_set_visible (self->kpis_icon, list->len > 0);
  if (n_kpis <= 1)
    adw_action_row_set_subtitle (self->kpis_row,
                                 _("No KPI inputs imported: import interventions, victims and "
                                   "board attendance for the ten KPIs"));
  else if (list->len == 0)
    adw_action_row_set_subtitle (self->kpis_row,
                                 /* xgettext:no-c-format */
                                 _("Every KPI's status is recorded for at least 90% of the "
                                   "children in the quarter"));
  else
    adw_action_row_set_subtitle (self->kpis_row, list->str);
}

/* The budget of the period's financial year: its totals against their parts. */
static void
update_budget (BpDataPage *self)
{
  const BpReport *report = bp_session_get_report (self->session);
  const BpPlan *plan = report ? bp_report_value (report, &bp_plan_indicator) : NULL;
  const BpBudget *bg = plan && plan->have_budget ? &plan->budget : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *year = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->budget_row), bg != NULL);
  gtk_widget_set_visible (self->budget_icon, bg && bg->discrepancies->len > 0);
  if (bg == NULL)
    return;
  if (bg->year == 0)
    {
      /* Translators: a row of Data quality: no budget for the period's financial year */
      adw_action_row_set_subtitle (self->budget_row,
                                   _("No budget is imported for the period's financial year"));
      return;
    }
  year = bp_financial_year_label (bg->year);
  if (bg->discrepancies->len == 0)
    /* Translators: a row of Data quality: %s is a financial year */
    g_string_printf (text, _("%s: every stated total agrees with its parts"), year);
  for (guint i = 0; i < bg->discrepancies->len; i++)
    {
      const BpBudgetDiscrepancy *d = &g_array_index (bg->discrepancies, BpBudgetDiscrepancy, i);
      g_autofree char *stated = bp_money_format (d->stated);
      g_autofree char *diff = bp_money_format (d->stated - d->computed);

      if (i == 0)
        g_string_append_printf (text, "%s: ", year);
      else
        g_string_append (text, "; ");
      /* Translators: a row of Data quality: a budget total that does not agree with its
       * parts, as in "row Total, column Total stated as £1,389,067.71, a difference of
       * -£5,019 from its parts (kept as stated)" */
      g_string_append_printf (text, _("row %s, column %s stated as %s, a difference of %s from "
                                      "its parts (kept as stated)"),
                              d->row, _(bp_budget_column_name (d->column)), stated, diff);
    }
  adw_action_row_set_subtitle (self->budget_row, text->str);
}

static void
update_quality (BpDataPage *self)
{
  const BpDataQuality *q = bp_session_get_data_quality (self->session);
  BpSessionState state = bp_session_get_state (self->session);
  g_autofree char *outcomes = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *years = NULL;
  gboolean unknown_high = FALSE;

  if (state != BP_SESSION_READY)
    {
      adw_action_row_set_subtitle (self->outcomes_row, _("No case data imported"));
      adw_action_row_set_subtitle (self->unknown_row, "");
      adw_action_row_set_subtitle (self->population_row, "");
      adw_action_row_set_subtitle (self->census_row, "");
      adw_action_row_set_subtitle (self->findings_row, "");
      gtk_widget_set_visible (self->findings_icon, FALSE);
      gtk_widget_set_visible (self->unknown_icon, FALSE);
      gtk_widget_set_visible (self->population_icon, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->budget_row), FALSE);
      return;
    }

  {
    g_autofree char *rows = bp_format_count (q->outcome_rows);
    g_autofree char *children = bp_format_count (q->children);
    g_autofree char *first = bp_ui_format_date (q->first_outcome);
    g_autofree char *latest = bp_ui_format_date (q->latest_outcome);

    outcomes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: the case data held: outcomes,
                                              * children, the first and the latest outcome dates,
                                              * as in "6,000 outcomes of 2,871 children, from 1
                                              * April 2013 to 31 March 2025" */
                                             "%s outcome of %s children, from %s to %s",
                                             "%s outcomes of %s children, from %s to %s",
                                             (gulong) q->outcome_rows),
                                rows, children, first, latest);
  }
  adw_action_row_set_subtitle (self->outcomes_row, outcomes);

  if (q->children > 0)
    {
      g_autofree char *n = bp_format_count (q->children_unknown_ethnicity);
      g_autofree char *total = bp_format_count (q->children);
      double share = 100.0 * (double) q->children_unknown_ethnicity / (double) q->children;
      g_autofree char *pct = bp_ui_format_percent (share, 1);

      unknown_high = share > 10.0;
      /* Translators: "37 of 2,871 children (1.3%), by their latest outcome" */
      unknown = g_strdup_printf (_("%s of %s children (%s), by their latest outcome"), n, total,
                                 pct);
    }
  adw_action_row_set_subtitle (self->unknown_row, unknown ? unknown : "");
  gtk_widget_set_visible (self->unknown_icon, unknown_high);

  if (q->missing_population_years == NULL || q->missing_population_years->len == 0)
    years = g_strdup (_("A 10–17 population is held for every year with outcomes"));
  else
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < q->missing_population_years->len; i++)
        g_string_append_printf (list, "%s%d", i ? ", " : "",
                                g_array_index (q->missing_population_years, int, i));
      years = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is a list of years, as in "No
                                             * 10–17 population for 2013, 2014: an earlier year
                                             * is used or there is no rate" */
                                            "No 10–17 population for %s: an earlier year is used "
                                            "or there is no rate",
                                            "No 10–17 population for %s: an earlier year is used "
                                            "or there is no rate",
                                            q->missing_population_years->len),
                               list->str);
    }
  adw_action_row_set_subtitle (self->population_row, years);
  gtk_widget_set_visible (self->population_icon,
                          q->missing_population_years && q->missing_population_years->len > 0);

  adw_action_row_set_subtitle (self->census_row,
                               q->census_by_ethnicity
                               ? _("Held: disproportionality has rates and indices")
                               : _("Not held: import the Census 2021 10–17 population by ethnic "
                                   "group for rates and relative rate indices"));
  update_findings (self, q);
  update_kpis (self);
  update_budget (self);
}

/* --- signal callbacks -------------------------------------------------------------- */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  BpDataPage *self = user_data;

  self->refresh_id = 0;
  if (self->dirty)
    bp_data_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* The page is read again when the main loop is idle (after the frame that shows new
 * figures), so a switch to it finds it ready; or at once when it is on screen. */
static void
on_reloaded_cb (BpSession  *session,
                BpDataPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bp_data_page_refresh (self);
  else if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

static void
on_report_cb (BpSession  *session,
              GParamSpec *pspec,
              BpDataPage *self)
{
  on_reloaded_cb (session, self);
}

/* The tables are below the fold: shown a frame after the page, so the page itself
 * appears at once when first switched to. */
static gboolean
reveal_tables_cb (gpointer user_data)
{
  BpDataPage *self = user_data;

  self->reveal_id = 0;
  gtk_widget_set_visible (self->tables_box, TRUE);
  return G_SOURCE_REMOVE;
}

/* --- GtkWidget --------------------------------------------------------------------- */

static void
bp_data_page_map (GtkWidget *widget)
{
  BpDataPage *self = BP_DATA_PAGE (widget);

  GTK_WIDGET_CLASS (bp_data_page_parent_class)->map (widget);
  if (self->dirty)
    bp_data_page_refresh (self);
  if (!gtk_widget_get_visible (self->tables_box) && self->reveal_id == 0)
    self->reveal_id = g_idle_add_full (G_PRIORITY_LOW, reveal_tables_cb, self, NULL);
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_data_page_dispose (GObject *object)
{
  BpDataPage *self = BP_DATA_PAGE (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_handle_id (&self->reveal_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_DATA_PAGE);
  g_clear_pointer (&self->reject_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bp_data_page_parent_class)->dispose (object);
}

static void
bp_data_page_class_init (BpDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_data_page_dispose;
  widget_class->map = bp_data_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, database_label);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, outcomes_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, unknown_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, kpis_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, kpis_icon);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, budget_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, budget_icon);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, unknown_icon);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, population_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, population_icon);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, census_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, findings_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, findings_icon);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, rejects_row);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, tables_box);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, history_table);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, population_table);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, benchmark_title);
  gtk_widget_class_bind_template_child (widget_class, BpDataPage, benchmark_table);
}

static void
bp_data_page_init (BpDataPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->reject_rows = g_ptr_array_new ();
  self->dirty = TRUE;
}

/* --- public API -------------------------------------------------------------------- */

void
bp_data_page_set_session (BpDataPage *self,
                          BpSession  *session)
{
  g_return_if_fail (BP_IS_DATA_PAGE (self));
  g_return_if_fail (BP_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  g_signal_connect (session, "reloaded", G_CALLBACK (on_reloaded_cb), self);
  g_signal_connect (session, "notify::report", G_CALLBACK (on_report_cb), self);
  on_reloaded_cb (session, self);
}

/* Reads the import log and tables again. */
void
bp_data_page_refresh (BpDataPage *self)
{
  BpStore *store;
  g_autofree char *text = NULL;

  g_return_if_fail (BP_IS_DATA_PAGE (self));

  store = self->session ? bp_session_get_store (self->session) : NULL;
  if (store == NULL)
    return;
  self->dirty = FALSE;
  /* Translators: where the data is kept */
  text = g_strdup_printf (_("Database: %s"), bp_store_get_path (store));
  gtk_label_set_text (self->database_label, text);
  update_quality (self);
  load_history (self, store);
  load_rejects (self, store);
  load_population (self, store);
  load_benchmarks (self, store);
}

GtkColumnView *
bp_data_page_get_history_table (BpDataPage *self)
{
  g_return_val_if_fail (BP_IS_DATA_PAGE (self), NULL);
  return self->history_table;
}

/* The rejected rows listed. */
guint
bp_data_page_get_n_rejects (BpDataPage *self)
{
  g_return_val_if_fail (BP_IS_DATA_PAGE (self), 0);
  return self->reject_rows->len;
}

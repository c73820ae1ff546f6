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
  AdwBin          parent_instance;

  /* template */
  GtkLabel       *title_label;
  GtkLabel       *headline_value;
  GtkLabel       *headline_label;
  GtkLabel       *change_label;
  GtkLabel       *cohort_label;
  GtkCheckButton *comparators_check;
  GtkStack       *chart_stack;
  BpChartView    *chart_view;
  GtkLabel       *point_label;
  GtkLabel       *summary_label;
  GtkLabel       *table_title;
  GtkColumnView  *table;
  GtkLabel       *comparators_title;
  GtkWidget      *comparators_frame;
  GtkColumnView  *comparators_table;
  GtkLabel       *notes_label;

  BpSession      *session;
  gboolean        dirty;  /* the report changed while the page was not on screen */
};

G_DEFINE_FINAL_TYPE (BpReoffendingPage, bp_reoffending_page, ADW_TYPE_BIN)

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

static void
update_comparators (BpReoffendingPage   *self,
                    const BpReoffending *reoff)
{
  static const char *const types[] = { "YJS", "FAMILY", "REGION", "NATIONAL" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const BpTableColumn columns[] = {
    { _("Area"), FALSE },
    { _("Cohort"), FALSE },
    { _("Reoffending rate"), TRUE },
    { _("Reoffences per child"), TRUE },
    { _("Reoffences per reoffender"), TRUE },
  };
  gboolean shown = gtk_check_button_get_active (self->comparators_check);

  bp_table_set_columns (self->comparators_table, columns, G_N_ELEMENTS (columns));
  for (guint y = 0; shown && y < 2; y++)
    {
      const BpReoffendingCohort *c = y == 0 ? &reoff->quarter : &reoff->year;
      const char *binary = bp_reoffending_code (BP_REOFF_BINARY, y == 1);
      const char *freq = bp_reoffending_code (BP_REOFF_FREQUENCY, y == 1);
      const char *per = bp_reoffending_code (BP_REOFF_PER_REOFFENDER, y == 1);

      for (guint t = 0; t < G_N_ELEMENTS (types); t++)
        {
          const BpBenchmark *b = bp_ui_find_benchmark (c->benchmarks, binary, types[t]);
          const BpBenchmark *f = bp_ui_find_benchmark (c->benchmarks, freq, types[t]);
          const BpBenchmark *p = bp_ui_find_benchmark (c->benchmarks, per, types[t]);
          const BpBenchmark *any = b ? b : f ? f : p;

          if (any == NULL || !bp_session_get_show_comparator (self->session, types[t]))
            continue;
          bp_table_add_row_take (rows,
                                 g_strdup (bp_area_display_name (any->area_name)),
                                 g_strdup (y == 0 ? _("3 months") : _("12 months")),
                                 b ? g_strdup_printf ("%s%%", b->value_text) : g_strdup ("–"),
                                 g_strdup (f ? f->value_text : "–"),
                                 g_strdup (p ? p->value_text : "–"),
                                 NULL);
        }
    }
  bp_table_set_rows (self->comparators_table, rows);
  gtk_widget_set_visible (self->comparators_frame, rows->len > 0);
  gtk_label_set_text (self->comparators_title,
                      rows->len > 0 || !shown
                      ? _("Published comparators")
                      : _("Published comparators: none imported for these cohorts"));
}

static void
update_now (BpReoffendingPage *self)
{
  const BpReport *report = self->session ? bp_session_get_report (self->session) : NULL;
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
  const char *summary;
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

  gtk_label_set_text (self->title_label, _("Proven reoffending"));
  if (report == NULL)
    return;
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
  gtk_label_set_text (self->headline_value, isfinite (year->binary_rate) ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_value), isfinite (year->binary_rate));
  gtk_label_set_text (self->headline_label, headline);

  quarter = cohort_text (&reoff->quarter.cohort);
  quarter_rate = bp_ui_format_percent (reoff->quarter.binary_rate, 1);
  /* Translators: the latest 3-month cohort's months and its reoffending rate, as in "The
   * latest 3-month cohort (January to March 2023): 36.4% reoffended." */
  cohorts_text = g_strdup_printf (_("The latest 3-month cohort (%s): %s reoffended."),
                                  quarter, quarter_rate);
  gtk_label_set_text (self->change_label, cohorts_text);
  gtk_label_set_text (self->cohort_label,
                      _("Children cautioned, sentenced in the community or released from custody "
                        "in the cohort, followed up for 12 months, with 6 more months for the "
                        "offence to be proven."));

  chart = bp_ui_chart_build (BP_CHART_KIND_REOFFENDING, self->session, FALSE);
  bp_chart_view_set_chart (self->chart_view, chart);
  gtk_stack_set_visible_child_name (self->chart_stack, chart ? "chart" : "placeholder");
  summary = chart ? bp_chart_get_summary (chart) : NULL;
  gtk_label_set_text (self->summary_label, summary ? summary : "");

  bp_table_set_columns (self->table, columns, G_N_ELEMENTS (columns));
  for (guint k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      g_autofree char *label = cohort_text (&reoff->series[k].cohort);

      add_cohort_row (rows, label, &reoff->series[k]);
    }
  {
    /* Translators: a table's row: the 12-month cohort and its months, as in "12-month
     * cohort, April 2022 to March 2023" */
    g_autofree char *label = g_strdup_printf (_("12-month cohort, %s"), cohort);

    add_cohort_row (rows, label, year);
  }
  bp_table_set_rows (self->table, rows);
  gtk_label_set_text (self->table_title, _("3-month cohorts and the 12-month cohort"));

  update_comparators (self, reoff);

  if (reoff->note != NULL)
    g_string_append_printf (notes, "%s ", reoff->note);
  g_string_append (notes, _("A proven reoffence is a caution or sentence for an offence committed "
                            "within 12 months of the child's first index event in the cohort; "
                            "breaches are not counted. The 12-month cohort is the sum of its "
                            "four 3-month cohorts, so a child may count more than once."));
  gtk_label_set_text (self->notes_label, notes->str);
}

static void
ensure_updated (BpReoffendingPage *self)
{
  if (!self->dirty)
    return;
  self->dirty = FALSE;
  update_now (self);
}

/* Pages not on screen are brought up to date when shown: a new report costs only the
 * page the user is looking at. */
static void
update (BpReoffendingPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_updated (self);
}

/* --- signal callbacks -------------------------------------------------------------- */

static void
on_session_changed_cb (BpSession         *session,
                       GParamSpec        *pspec,
                       BpReoffendingPage *self)
{
  update (self);
}

static void
on_palette_changed_cb (BpSession         *session,
                       GParamSpec        *pspec,
                       BpReoffendingPage *self)
{
  bp_chart_view_set_palette (self->chart_view, bp_session_get_palette (session));
}

static void
on_comparators_toggled_cb (BpReoffendingPage *self)
{
  const BpReport *report = self->session ? bp_session_get_report (self->session) : NULL;

  if (report != NULL)
    update_comparators (self, &report->reoffending);
}

static void
on_point_text_cb (BpChartView       *view,
                  GParamSpec        *pspec,
                  BpReoffendingPage *self)
{
  const char *text = bp_chart_view_get_point_text (view);

  gtk_label_set_text (self->point_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->point_label), text != NULL);
}

/* --- GtkWidget --------------------------------------------------------------------- */

static void
bp_reoffending_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bp_reoffending_page_parent_class)->map (widget);
  ensure_updated (BP_REOFFENDING_PAGE (widget));
}

/* --- GObject ----------------------------------------------------------------------- */

static void
bp_reoffending_page_dispose (GObject *object)
{
  BpReoffendingPage *self = BP_REOFFENDING_PAGE (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), BP_TYPE_REOFFENDING_PAGE);

  G_OBJECT_CLASS (bp_reoffending_page_parent_class)->dispose (object);
}

static void
bp_reoffending_page_class_init (BpReoffendingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bp_reoffending_page_dispose;
  widget_class->map = bp_reoffending_page_map;

  g_type_ensure (BP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-reoffending-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, headline_value);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, change_label);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, cohort_label);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_check);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, point_label);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, table_title);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, table);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_title);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_frame);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, comparators_table);
  gtk_widget_class_bind_template_child (widget_class, BpReoffendingPage, notes_label);
  gtk_widget_class_bind_template_callback (widget_class, on_comparators_toggled_cb);
}

static void
bp_reoffending_page_init (BpReoffendingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->chart_view, "notify::point-text", G_CALLBACK (on_point_text_cb), self);
}

/* --- public API -------------------------------------------------------------------- */

void
bp_reoffending_page_set_session (BpReoffendingPage *self,
                                 BpSession         *session)
{
  static const char *const follows[] = {
    "notify::report", "notify::comparator-family", "notify::comparator-region",
    "notify::comparator-national",
  };

  g_return_if_fail (BP_IS_REOFFENDING_PAGE (self));
  g_return_if_fail (BP_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  for (guint i = 0; i < G_N_ELEMENTS (follows); i++)
    g_signal_connect (session, follows[i], G_CALLBACK (on_session_changed_cb), self);
  g_signal_connect (session, "notify::palette", G_CALLBACK (on_palette_changed_cb), self);
  on_palette_changed_cb (session, NULL, self);
  update (self);
}

const char *
bp_reoffending_page_get_headline (BpReoffendingPage *self)
{
  g_return_val_if_fail (BP_IS_REOFFENDING_PAGE (self), NULL);
  ensure_updated (self);
  return gtk_label_get_text (self->headline_value);
}

GtkColumnView *
bp_reoffending_page_get_table (BpReoffendingPage *self)
{
  g_return_val_if_fail (BP_IS_REOFFENDING_PAGE (self), NULL);
  ensure_updated (self);
  return self->table;
}

GtkWidget *
bp_reoffending_page_get_chart_view (BpReoffendingPage *self)
{
  g_return_val_if_fail (BP_IS_REOFFENDING_PAGE (self), NULL);
  ensure_updated (self);
  return GTK_WIDGET (self->chart_view);
}

/* bp-diversion-page.c: the diversion and out-of-court outcomes page
 *
 * The outcomes of the 12 months by type beside the year before, as a chart and a table,
 * and the children by sex and ethnic group (domain.md section 11).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-diversion.h"
#include "bp-diversion-page.h"
#include "bp-report-format.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpDiversionPage
{
  BpIndicatorPage  parent_instance;

  GtkColumnView   *children_table;
};

G_DEFINE_FINAL_TYPE (BpDiversionPage, bp_diversion_page, BP_TYPE_INDICATOR_PAGE)

static char *
share (gint64 n,
       gint64 of)
{
  return bp_ui_format_percent (of > 0 ? (double) n / (double) of * 100.0 : NAN, 1);
}

static void
bp_diversion_page_update (BpIndicatorPage *page,
                          const BpReport  *report)
{
  BpDiversionPage *self = BP_DIVERSION_PAGE (page);
  const BpDiversion *d = bp_report_diversion (report);
  const BpDiversionYear *y, *p;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *change = NULL;
  g_autofree char *n_children = NULL;
  g_autofree char *before = NULL;
  const BpTableColumn columns[] = {
    { _("Outcome type"), FALSE },
    { _("Outcomes"), TRUE },
    { _("Children"), TRUE },
    { _("Outcomes, the 12 months before"), TRUE },
    { _("Children, the 12 months before"), TRUE },
  };
  const BpTableColumn child_columns[] = {
    { _("Children"), FALSE },
    { _("Number"), TRUE },
    { _("% of the children"), TRUE },
  };

  bp_indicator_page_set_title (page, _(bp_diversion_indicator.title));
  if (d == NULL)
    {
      bp_indicator_page_set_headline (page, NULL,
                                      bp_report_indicator_note (report,
                                                                &bp_diversion_indicator));
      return;
    }
  y = &d->current;
  p = &d->previous;

  value = bp_ui_format_count (y->all.outcomes);
  n_children = bp_ui_format_count (y->all.children);
  before = bp_ui_format_count (p->all.outcomes);
  period = bp_ui_format_period (y->period);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the number of outcomes,
                                            * e.g. "98": the children and the period, as
                                            * in "diversion and out-of-court outcomes of 98
                                            * children, April 2024 to March 2025" */
                                           "diversion and out-of-court outcomes of %s child, "
                                           "%s",
                                           "diversion and out-of-court outcomes of %s "
                                           "children, %s",
                                           (gulong) CLAMP (y->all.children, 0, G_MAXLONG)),
                              n_children, period);
  bp_indicator_page_set_headline (page, value, headline);
  {
    g_autofree char *counts = bp_count_change_text (p->all.outcomes, y->all.outcomes);

    if (isfinite (d->change_pct))
      {
        g_autofree char *pct = bp_ui_format_signed (d->change_pct, 1);

        /* Translators: the change of the outcomes on the 12 months before, as in
         * "+20.0% on the 12 months before (from 80)" */
        change = g_strdup_printf (_("%s%% on the 12 months before (from %s)"), pct, before);
      }
    else
      /* Translators: a change too small for a percentage, as in "up from 2 to 3 on the
       * 12 months before" */
      change = g_strdup_printf (_("%s on the 12 months before"), counts);
  }
  bp_indicator_page_set_change (page, change);
  bp_indicator_page_set_description (page,
                                     _("Community resolutions, triage, outcome 22, Turnaround, "
                                       "youth cautions and youth conditional cautions of "
                                       "children aged 10-17 living in the area. A child with "
                                       "two types counts once in each, and once in the "
                                       "total."));

  chart = bp_chart_build_indicator (bp_diversion_indicator.key, report, NULL);
  bp_indicator_page_set_chart (page, chart);

  for (guint i = 0; i <= BP_DIVERSION_N_TYPES; i++)
    {
      gboolean all = i == BP_DIVERSION_N_TYPES;
      const BpDiversionCount *now = all ? &y->all : &y->by_type[i];
      const BpDiversionCount *then = all ? &p->all : &p->by_type[i];

      bp_table_add_row_take (rows,
                             g_strdup (all ? _("All diversion and out-of-court outcomes")
                                           : _(bp_outcome_type_name (bp_diversion_type (i)))),
                             bp_ui_format_count (now->outcomes),
                             bp_ui_format_count (now->children),
                             bp_ui_format_count (then->outcomes),
                             bp_ui_format_count (then->children),
                             NULL);
    }
  bp_indicator_page_set_table (page, _("Diversion and out-of-court outcomes by type"), columns,
                               G_N_ELEMENTS (columns), rows);

  for (int k = 0; k < BP_N_SEXES + BP_N_ETHNIC_GROUPS; k++)
    {
      gboolean sex = k < BP_N_SEXES;
      int i = sex ? k : k - BP_N_SEXES;
      gint64 n = sex ? y->by_sex[i].children : y->by_group[i].children;

      bp_table_add_row_take (children,
                             g_strdup (sex ? _(bp_sex_name (i)) : _(bp_ethnic_group_name (i))),
                             bp_ui_format_count (n),
                             share (n, y->all.children),
                             NULL);
    }
  bp_table_set_columns (self->children_table, child_columns, G_N_ELEMENTS (child_columns));
  bp_table_set_rows (self->children_table, children);

  if (isfinite (y->first_share_pct))
    {
      g_autofree char *pct = bp_ui_format_percent (y->first_share_pct, 1);
      g_autofree char *first = bp_ui_format_count (y->first_outcomes);
      g_autofree char *notes = NULL;

      /* Translators: the children whose first outcome held came in the 12 months, and the
       * share of them that was diversion or out of court, as in "Of the 52 children whose
       * first outcome held came in the 12 months, 76.9% were diverted or dealt with out of
       * court." */
      notes = g_strdup_printf (_("Of the %s children whose first outcome held came in the 12 "
                                 "months, %s were diverted or dealt with out of court."),
                               first, pct);
      bp_indicator_page_set_notes (page, notes);
    }
  else
    bp_indicator_page_set_notes (page, NULL);
}

static void
bp_diversion_page_class_init (BpDiversionPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_diversion_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-diversion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpDiversionPage, children_table);
}

static void
bp_diversion_page_init (BpDiversionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* bp-cohort-page.c: the cohort page: who the children with an outcome are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-cohort.h"
#include "bp-cohort-page.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpCohortPage
{
  BpIndicatorPage parent_instance;
};

G_DEFINE_FINAL_TYPE (BpCohortPage, bp_cohort_page, BP_TYPE_INDICATOR_PAGE)

static char *
share (gint64 n,
       gint64 of)
{
  return bp_ui_format_percent (of > 0 ? (double) n / (double) of * 100.0 : NAN, 1);
}

static void
bp_cohort_page_update (BpIndicatorPage *page,
                       const BpReport  *report)
{
  const BpCohort *c = bp_report_cohort (report);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *before = NULL;
  g_autofree char *change = NULL;
  const BpTableColumn columns[] = {
    { _("Breakdown"), FALSE },
    { _("Children"), FALSE },
    { _("Number"), TRUE },
    { _("% of the children"), TRUE },
  };

  bp_indicator_page_set_title (page, _(bp_cohort_indicator.title));
  if (c == NULL)
    {
      bp_indicator_page_set_headline (page, NULL,
                                      bp_report_indicator_note (report, &bp_cohort_indicator));
      return;
    }
  value = bp_ui_format_count (c->children);
  period = bp_ui_format_period (c->period);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the number of children, e.g.
                                            * "152": the period, as in "children with an
                                            * outcome, April 2024 to March 2025" */
                                           "child with an outcome, %s",
                                           "children with an outcome, %s",
                                           (gulong) CLAMP (c->children, 0, G_MAXLONG)),
                              period);
  bp_indicator_page_set_headline (page, value, headline);
  before = bp_ui_format_count (c->previous_children);
  /* Translators: the children with an outcome in the 12 months before, as in "The 12
   * months before: 140." */
  change = g_strdup_printf (_("The 12 months before: %s."), before);
  bp_indicator_page_set_change (page, change);
  bp_indicator_page_set_description (page,
                                     _("Children aged 10-17 living in the area with any "
                                       "outcome in the 12 months, remands included, each "
                                       "counted once."));
  chart = bp_chart_build_indicator (bp_cohort_indicator.key, report, NULL);
  bp_indicator_page_set_chart (page, chart);

  for (int i = 0; i < BP_N_SEXES; i++)
    bp_table_add_row_take (rows, g_strdup (_("Sex")), g_strdup (_(bp_sex_name (i))),
                           bp_ui_format_count (c->by_sex[i]), share (c->by_sex[i], c->children),
                           NULL);
  for (int i = 0; i < BP_COHORT_N_AGES; i++)
    bp_table_add_row_take (rows, g_strdup (_("Age")),
                           g_strdup_printf (_("Aged %s"), bp_cohort_age_label (i)),
                           bp_ui_format_count (c->by_age[i]), share (c->by_age[i], c->children),
                           NULL);
  for (int i = 0; i < BP_N_ETHNIC_GROUPS; i++)
    bp_table_add_row_take (rows, g_strdup (_("Ethnic group")),
                           g_strdup (_(bp_ethnic_group_name (i))),
                           bp_ui_format_count (c->by_group[i]),
                           share (c->by_group[i], c->children), NULL);
  for (int i = 0; i < BP_N_TIERS; i++)
    bp_table_add_row_take (rows, g_strdup (_("Most serious outcome")),
                           g_strdup (_(bp_tier_name (i))), bp_ui_format_count (c->by_tier[i]),
                           share (c->by_tier[i], c->children), NULL);
  bp_indicator_page_set_table (page, _("Children with an outcome"), columns,
                               G_N_ELEMENTS (columns), rows);
}

static void
bp_cohort_page_class_init (BpCohortPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_cohort_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-cohort-page.ui");
}

static void
bp_cohort_page_init (BpCohortPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

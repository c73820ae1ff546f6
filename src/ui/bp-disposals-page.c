/* bp-disposals-page.c: the disposal mix page: outcomes by tier, and each ethnic group's
 * shares against White children's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-disposals.h"
#include "bp-disposals-page.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpDisposalsPage
{
  BpIndicatorPage parent_instance;
};

G_DEFINE_FINAL_TYPE (BpDisposalsPage, bp_disposals_page, BP_TYPE_INDICATOR_PAGE)

static void
bp_disposals_page_update (BpIndicatorPage *page,
                          const BpReport  *report)
{
  static const int groups[] = {
    BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED, BP_ETHNIC_OTHER, BP_ETHNIC_WHITE,
  };
  const BpDisposals *d = bp_report_disposals (report);
  const BpDisposalYear *y;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *court = NULL;
  g_autofree char *change = NULL;
  BpTableColumn columns[2 + G_N_ELEMENTS (groups)];

  bp_indicator_page_set_title (page, _(bp_disposals_indicator.title));
  if (d == NULL)
    {
      bp_indicator_page_set_headline (page, NULL,
                                      bp_report_indicator_note (report,
                                                                &bp_disposals_indicator));
      return;
    }
  y = &d->current;
  value = bp_ui_format_count (y->outcomes);
  period = bp_ui_format_period (y->period);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the number of outcomes,
                                            * e.g. "465": the period, as in "outcome, April
                                            * 2024 to March 2025" */
                                           "outcome, %s", "outcomes, %s",
                                           (gulong) CLAMP (y->outcomes, 0, G_MAXLONG)),
                              period);
  bp_indicator_page_set_headline (page, value, headline);
  court = bp_ui_format_percent (y->outcomes > 0
                                ? (double) (y->by_tier[BP_TIER_FIRST_TIER] +
                                            y->by_tier[BP_TIER_COMMUNITY] +
                                            y->by_tier[BP_TIER_CUSTODY]) /
                                  (double) y->outcomes * 100.0
                                : NAN, 1);
  /* Translators: the share of outcomes that were court sentences, as in "38.7% of them
   * were court sentences." */
  change = g_strdup_printf (_("%s of them were court sentences."), court);
  bp_indicator_page_set_change (page, change);
  bp_indicator_page_set_description (page,
                                     _("Outcomes of children aged 10-17 living in the area, "
                                       "by tier, and each ethnic group's share of its own "
                                       "outcomes in each tier. Remands are not disposals."));
  chart = bp_chart_build_indicator (bp_disposals_indicator.key, report, NULL);
  bp_indicator_page_set_chart (page, chart);

  columns[0] = (BpTableColumn) { _("Tier"), FALSE };
  columns[1] = (BpTableColumn) { _("Outcomes"), TRUE };
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    columns[2 + g] = (BpTableColumn) { _(bp_ethnic_group_name (groups[g])), TRUE };
  for (int t = 0; t < BP_DISPOSAL_N_TIERS; t++)
    {
      GPtrArray *cells = g_ptr_array_new ();

      g_ptr_array_add (cells, g_strdup (_(bp_tier_name (t))));
      g_ptr_array_add (cells, bp_ui_format_count (y->by_tier[t]));
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        g_ptr_array_add (cells, bp_ui_format_percent (bp_disposals_group_pct (y, t, groups[g]),
                                                      1));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, bp_table_row_new_take ((GStrv) g_ptr_array_free (cells, FALSE)));
    }
  bp_indicator_page_set_table (page, _("Outcomes by tier, and the share of each group's "
                                       "outcomes"), columns, G_N_ELEMENTS (columns), rows);
  bp_indicator_page_set_notes (page, _("A group's share is of its own outcomes of the 12 "
                                       "months; compare it with White children's share in "
                                       "the same tier."));
}

static void
bp_disposals_page_class_init (BpDisposalsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_disposals_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-disposals-page.ui");
}

static void
bp_disposals_page_init (BpDisposalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* bp-delays-page.c: the delays page: days from offence to outcome, court and out of court
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-delays.h"
#include "bp-delays-page.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpDelaysPage
{
  BpIndicatorPage parent_instance;
};

G_DEFINE_FINAL_TYPE (BpDelaysPage, bp_delays_page, BP_TYPE_INDICATOR_PAGE)

static void
bp_delays_page_update (BpIndicatorPage *page,
                       const BpReport  *report)
{
  const BpDelays *d = bp_report_delays (report);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *change = NULL;
  const BpTableColumn columns[] = {
    { _("Outcomes"), FALSE },
    { _("Period"), FALSE },
    { _("Outcomes with an offence date"), TRUE },
    { _("Median days"), TRUE },
    { _("Lower quartile"), TRUE },
    { _("Upper quartile"), TRUE },
    { _("Over 90 days"), TRUE },
  };

  bp_indicator_page_set_title (page, _(bp_delays_indicator.title));
  if (d == NULL)
    {
      bp_indicator_page_set_headline (page, NULL,
                                      bp_report_indicator_note (report, &bp_delays_indicator));
      return;
    }
  period = bp_ui_format_period (d->period);
  if (isfinite (d->kinds[BP_DELAY_COURT].median_days))
    {
      value = bp_ui_format_value (d->kinds[BP_DELAY_COURT].median_days, 0);
      /* Translators: after the median, e.g. "106": the period, as in "days from offence to
       * court sentence, the median of April 2024 to March 2025" */
      headline = g_strdup_printf (_("days from offence to court sentence, the median of %s"),
                                  period);
    }
  else
    /* Translators: in place of the median delay; %s is the period */
    headline = g_strdup_printf (_("No court sentence with an offence date in %s."), period);
  bp_indicator_page_set_headline (page, value, headline);
  if (isfinite (d->kinds[BP_DELAY_OUT_OF_COURT].median_days))
    {
      g_autofree char *ooc = bp_ui_format_value (d->kinds[BP_DELAY_OUT_OF_COURT].median_days, 0);

      /* Translators: the median delay of out-of-court outcomes, as in "Out-of-court
       * outcomes: a median of 25 days." */
      change = g_strdup_printf (_("Out-of-court outcomes: a median of %s days."), ooc);
    }
  bp_indicator_page_set_change (page, change);
  bp_indicator_page_set_description (page,
                                     _("Days from the offence to the outcome, for outcomes of "
                                       "children aged 10-17 living in the area whose offence "
                                       "date is recorded."));
  chart = bp_chart_build_indicator (bp_delays_indicator.key, report, NULL);
  bp_indicator_page_set_chart (page, chart);

  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    for (int year = 0; year < 2; year++)
      {
        const BpDelayStats *s = year == 0 ? &d->kinds[k] : &d->previous[k];

        bp_table_add_row_take (rows,
                               g_strdup (_(bp_delay_kind_name (k))),
                               g_strdup (year == 0 ? _("the 12 months")
                                                   : _("the 12 months before")),
                               bp_ui_format_count (s->outcomes),
                               bp_ui_format_value (s->median_days, 1),
                               bp_ui_format_value (s->q1_days, 1),
                               bp_ui_format_value (s->q3_days, 1),
                               bp_ui_format_count (s->over_90_days),
                               NULL);
      }
  bp_indicator_page_set_table (page, _("Days from offence to outcome"), columns,
                               G_N_ELEMENTS (columns), rows);
  bp_indicator_page_set_notes (page, _("Quartiles are interpolated between the two nearest "
                                       "outcomes, as a spreadsheet's QUARTILE.INC does."));
}

static void
bp_delays_page_class_init (BpDelaysPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_delays_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-delays-page.ui");
}

static void
bp_delays_page_init (BpDelaysPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

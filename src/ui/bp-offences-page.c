/* bp-offences-page.c: proven offences by offence group and gravity band, this year and
 * the year before
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-offences.h"
#include "bp-offences-page.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpOffencesPage
{
  BpIndicatorPage parent_instance;
};

G_DEFINE_FINAL_TYPE (BpOffencesPage, bp_offences_page, BP_TYPE_INDICATOR_PAGE)

static void
add_row (GPtrArray  *rows,
         const char *name,
         gint64      now,
         gint64      before,
         gint64      all)
{
  bp_table_add_row_take (rows, g_strdup (name), bp_ui_format_count (now),
                         bp_ui_format_percent (all > 0 ? (double) now / (double) all * 100.0
                                                       : NAN, 1),
                         bp_ui_format_count (before), NULL);
}

static void
bp_offences_page_update (BpIndicatorPage *page,
                         const BpReport  *report)
{
  const BpOffences *o = bp_report_offences (report);
  const BpOffencesYear *y;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *change = NULL;
  g_autofree char *before = NULL;
  int top = -1;
  const BpTableColumn columns[] = {
    /* Translators: a column heading: an offence group or a gravity band */
    { _("Offences"), FALSE },
    { _("12 months"), TRUE },
    /* Translators: a column heading. */
    /* xgettext:no-c-format */
    { _("% of offences"), TRUE },
    { _("The 12 months before"), TRUE },
  };

  bp_indicator_page_set_title (page, _(bp_offences_indicator.title));
  if (o == NULL)
    {
      bp_indicator_page_set_headline (page, NULL,
                                      bp_report_indicator_note (report,
                                                                &bp_offences_indicator));
      return;
    }
  y = &o->current;
  value = bp_ui_format_count (y->offences);
  period = bp_ui_format_period (y->period);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the number of proven
                                            * offences, e.g. "176": the period, as in
                                            * "proven offences, January to December 2024" */
                                           "proven offence, %s", "proven offences, %s",
                                           (gulong) CLAMP (y->offences, 0, G_MAXLONG)),
                              period);
  bp_indicator_page_set_headline (page, value, headline);
  for (int g = 1; g < BP_N_OFFENCE_GROUPS; g++)
    if (y->by_group[g] > 0 && (top < 0 || y->by_group[g] > y->by_group[top]))
      top = g;
  before = bp_ui_format_count (o->previous.offences);
  if (top > 0)
    {
      g_autofree char *pct = bp_ui_format_percent ((double) y->by_group[top] /
                                                   (double) y->offences * 100.0, 1);

      /* Translators: the largest offence group and its share, then the year before's
       * total, as in "Violence against the person is the largest group (28.4%); the 12
       * months before had 155." */
      change = g_strdup_printf (_("%s is the largest group (%s); the 12 months before had %s."),
                                _(bp_offences_group_name (top)), pct, before);
    }
  else
    /* Translators: no offence this year; %s is the year before's count */
    change = g_strdup_printf (_("The 12 months before had %s."), before);
  bp_indicator_page_set_change (page, change);
  bp_indicator_page_set_description (page,
                                     _("Offences of children aged 10-17 living in the area "
                                       "proven by a youth caution, a conditional caution or a "
                                       "court sentence, by offence group and by gravity score "
                                       "(1 the least serious, 8 the most)."));
  chart = bp_chart_build_indicator (bp_offences_indicator.key, report, NULL);
  bp_indicator_page_set_chart (page, chart);

  for (int g = 1; g <= BP_N_OFFENCE_GROUPS; g++)
    {
      int group = g % BP_N_OFFENCE_GROUPS;

      add_row (rows, _(bp_offences_group_name (group)), y->by_group[group],
               o->previous.by_group[group], y->offences);
    }
  for (guint b = 0; b < BP_OFFENCES_N_BANDS; b++)
    add_row (rows, _(bp_offences_band_name (b)), y->by_band[b], o->previous.by_band[b],
             y->offences);
  add_row (rows, _("All proven offences"), y->offences, o->previous.offences, y->offences);
  bp_indicator_page_set_table (page, _("Proven offences by offence group and by gravity band"),
                               columns, G_N_ELEMENTS (columns), rows);
  bp_indicator_page_set_notes (page, _("Each outcome that proves an offence counts once, in "
                                       "the group and the gravity band of its offence as "
                                       "recorded."));
}

static void
bp_offences_page_class_init (BpOffencesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_offences_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-offences-page.ui");
}

static void
bp_offences_page_init (BpOffencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* bp-remand-page.c: the remands page
 *
 * The children remanded in the 12 months by what followed within 12 months, as a chart
 * and a table, and the remands by type (domain.md section 11).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-chart-builders.h"
#include "bp-remand.h"
#include "bp-remand-page.h"
#include "bp-ui.h"
#include "bp-ui-format.h"

struct _BpRemandPage
{
  BpIndicatorPage  parent_instance;

  GtkColumnView   *types_table;
};

G_DEFINE_FINAL_TYPE (BpRemandPage, bp_remand_page, BP_TYPE_INDICATOR_PAGE)

static void
bp_remand_page_update (BpIndicatorPage *page,
                       const BpReport  *report)
{
  BpRemandPage *self = BP_REMAND_PAGE (page);
  const BpRemand *r = bp_report_remand (report);
  const BpRemandYear *y;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *occasions = NULL;
  g_autofree char *period = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *before = NULL;
  g_autofree char *change = NULL;
  const BpTableColumn columns[] = {
    { _("Followed within 12 months by"), FALSE },
    { _("Children"), TRUE },
    { _("% of children remanded"), TRUE },
  };
  const BpTableColumn type_columns[] = {
    { _("Remand"), FALSE },
    { _("Occasions"), TRUE },
    { _("Children"), TRUE },
  };

  bp_indicator_page_set_title (page, _(bp_remand_indicator.title));
  if (r == NULL)
    {
      bp_indicator_page_set_headline (page, NULL,
                                      bp_report_indicator_note (report, &bp_remand_indicator));
      return;
    }
  y = &r->current;

  value = bp_ui_format_count (y->all.children);
  occasions = bp_ui_format_count (y->all.occasions);
  period = bp_ui_format_period (y->period);
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the number of children,
                                            * e.g. "7": the remand occasions and the period,
                                            * as in "children remanded, on 9 occasions, April
                                            * 2024 to March 2025" */
                                           "children remanded, on %s occasion, %s",
                                           "children remanded, on %s occasions, %s",
                                           (gulong) CLAMP (y->all.occasions, 0, G_MAXLONG)),
                              occasions, period);
  bp_indicator_page_set_headline (page, value, headline);
  before = bp_ui_format_count (r->previous.all.children);
  change = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: the children remanded in the 12
                                          * months before, as in "In the 12 months before:
                                          * 5 children." */
                                         "In the 12 months before: %s child.",
                                         "In the 12 months before: %s children.",
                                         (gulong) CLAMP (r->previous.all.children, 0,
                                                         G_MAXLONG)),
                            before);
  bp_indicator_page_set_change (page, change);
  bp_indicator_page_set_description (page,
                                     _("Remands to youth detention accommodation, to local "
                                       "authority accommodation and bail with intensive "
                                       "supervision and surveillance, of children aged 10-17 "
                                       "living in the area. Remands are not sentences: they "
                                       "never count as custody or as first time entrants."));

  chart = bp_chart_build_indicator (bp_remand_indicator.key, report, NULL);
  bp_indicator_page_set_chart (page, chart);

  for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    bp_table_add_row_take (rows,
                           g_strdup (_(bp_remand_followed_name (f))),
                           bp_ui_format_count (y->followed_by[f]),
                           bp_ui_format_percent (y->all.children > 0
                                                 ? (double) y->followed_by[f] /
                                                   (double) y->all.children * 100.0
                                                 : NAN, 1),
                           NULL);
  bp_indicator_page_set_table (page, _("Children remanded, by what followed within 12 months"),
                               columns, G_N_ELEMENTS (columns), rows);

  for (guint i = 0; i <= BP_REMAND_N_TYPES; i++)
    {
      gboolean all = i == BP_REMAND_N_TYPES;
      const BpRemandCount *c = all ? &y->all : &y->by_type[i];

      bp_table_add_row_take (types,
                             g_strdup (all ? _("All remands")
                                           : _(bp_outcome_type_name (bp_remand_type (i)))),
                             bp_ui_format_count (c->occasions),
                             bp_ui_format_count (c->children),
                             NULL);
    }
  bp_table_set_columns (self->types_table, type_columns, G_N_ELEMENTS (type_columns));
  bp_table_set_rows (self->types_table, types);

  bp_indicator_page_set_notes (page,
                               y->follow_up_incomplete > 0
                               ? _("Some children were remanded less than 12 months before "
                                   "the latest outcome held, so what followed may not be "
                                   "known yet.")
                               : NULL);
}

static void
bp_remand_page_class_init (BpRemandPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BP_INDICATOR_PAGE_CLASS (klass)->update = bp_remand_page_update;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               BP_RESOURCE_PATH "/bp-remand-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpRemandPage, types_table);
}

static void
bp_remand_page_init (BpRemandPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

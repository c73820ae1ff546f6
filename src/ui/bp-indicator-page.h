/* bp-indicator-page.h: the page of one indicator: headline, chart, sentence and table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-chart.h"
#include "bp-commentary-box.h"
#include "bp-session.h"
#include "bp-table.h"

G_BEGIN_DECLS

#define BP_TYPE_INDICATOR_PAGE (bp_indicator_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (BpIndicatorPage, bp_indicator_page, BP, INDICATOR_PAGE, AdwBin)

struct _BpIndicatorPageClass
{
  AdwBinClass parent_class;

  /* Fills the page from @report (never NULL); called when the report or a choice the
   * page follows changes, and only while the page is on screen (else when it is next
   * shown). */
  void (*update)          (BpIndicatorPage *self,
                           const BpReport  *report);
  /* (nullable) Session properties the page follows besides "report", e.g.
   * "comparator-family"; NULL-terminated. */
  const char *const *follows;
  /* (nullable) The report the page shows; by default the session's. */
  const BpReport *(*get_report) (BpIndicatorPage *self,
                                 BpSession       *session);
};

void           bp_indicator_page_set_session     (BpIndicatorPage     *self,
                                                  BpSession           *session);
BpSession     *bp_indicator_page_get_session     (BpIndicatorPage     *self);
void           bp_indicator_page_queue_update    (BpIndicatorPage     *self);

/* For subclasses, from update() */
void           bp_indicator_page_set_title       (BpIndicatorPage     *self,
                                                  const char          *title);
void           bp_indicator_page_set_headline    (BpIndicatorPage     *self,
                                                  const char          *value,
                                                  const char          *text);
void           bp_indicator_page_set_change      (BpIndicatorPage     *self,
                                                  const char          *text);
void           bp_indicator_page_set_description (BpIndicatorPage     *self,
                                                  const char          *text);
void           bp_indicator_page_set_chart       (BpIndicatorPage     *self,
                                                  BpChart             *chart);
void           bp_indicator_page_hide_chart      (BpIndicatorPage     *self);
void           bp_indicator_page_set_table       (BpIndicatorPage     *self,
                                                  const char          *title,
                                                  const BpTableColumn *columns,
                                                  guint                n_columns,
                                                  GPtrArray           *rows);
void           bp_indicator_page_set_table_title (BpIndicatorPage     *self,
                                                  const char          *title);
void           bp_indicator_page_set_notes       (BpIndicatorPage     *self,
                                                  const char          *notes);

/* For the window: the page's commentary (cli.md, "Commentary") */
void           bp_indicator_page_set_commentary_key (BpIndicatorPage  *self,
                                                     const char       *key);

BpCommentaryBox *bp_indicator_page_get_commentary  (BpIndicatorPage    *self);

/* For tests and the window */
const char    *bp_indicator_page_get_headline    (BpIndicatorPage     *self);
const char    *bp_indicator_page_get_description (BpIndicatorPage   *self);
GtkColumnView *bp_indicator_page_get_table       (BpIndicatorPage     *self);
GtkWidget     *bp_indicator_page_get_chart_view  (BpIndicatorPage     *self);
const char    *bp_indicator_page_get_summary     (BpIndicatorPage     *self);

G_END_DECLS

/* bp-rate-page.h: first time entrants or use of custody: chart, sentence and table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_RATE_PAGE (bp_rate_page_get_type ())
G_DECLARE_FINAL_TYPE (BpRatePage, bp_rate_page, BP, RATE_PAGE, AdwBin)

/* What the page shows: trend, or a breakdown of the period's figures. */
typedef enum
{
  BP_RATE_VIEW_TREND,
  BP_RATE_VIEW_SEX,
  BP_RATE_VIEW_AGE,
  BP_RATE_VIEW_ETHNICITY,
} BpRateView;

void           bp_rate_page_set_session  (BpRatePage *self,
                                          BpSession  *session);
const char    *bp_rate_page_get_headline (BpRatePage *self);
void           bp_rate_page_set_view     (BpRatePage *self,
                                          BpRateView  view);
GtkColumnView *bp_rate_page_get_table    (BpRatePage *self);
GtkWidget     *bp_rate_page_get_chart_view (BpRatePage *self);
const char    *bp_rate_page_get_summary  (BpRatePage *self);

G_END_DECLS

/* bp-rate-page.h: first time entrants or use of custody: chart, sentence and table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_RATE_PAGE (bp_rate_page_get_type ())
G_DECLARE_FINAL_TYPE (BpRatePage, bp_rate_page, BP, RATE_PAGE, BpIndicatorPage)

/* What the page shows: trend, or a breakdown of the period's figures. */
typedef enum
{
  BP_RATE_VIEW_TREND,
  BP_RATE_VIEW_SEX,
  BP_RATE_VIEW_AGE,
  BP_RATE_VIEW_ETHNICITY,
  BP_RATE_VIEW_COMPARED,  /* the published comparators, the area and its neighbours */
} BpRateView;

void bp_rate_page_set_view (BpRatePage *self,
                            BpRateView  view);

G_END_DECLS

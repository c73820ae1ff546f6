/* bp-overview-page.h: the headline indicators of the period, a tile each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_OVERVIEW_PAGE (bp_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (BpOverviewPage, bp_overview_page, BP, OVERVIEW_PAGE, AdwBin)

void        bp_overview_page_set_session (BpOverviewPage *self,
                                          BpSession      *session);
const char *bp_overview_page_get_sentence (BpOverviewPage *self,
                                          const char     *page);
const char *bp_overview_page_get_value   (BpOverviewPage *self,
                                          const char     *page);
const char     *bp_overview_page_get_comparison (BpOverviewPage *self,
                                                 const char     *page);

G_END_DECLS

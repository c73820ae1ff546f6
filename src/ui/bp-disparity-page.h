/* bp-disparity-page.h: ethnic disproportionality: relative rate indices and shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_DISPARITY_PAGE (bp_disparity_page_get_type ())
G_DECLARE_FINAL_TYPE (BpDisparityPage, bp_disparity_page, BP, DISPARITY_PAGE, AdwBin)

void           bp_disparity_page_set_session    (BpDisparityPage *self,
                                                 BpSession       *session);
const char    *bp_disparity_page_get_headline   (BpDisparityPage *self);
GtkColumnView *bp_disparity_page_get_table      (BpDisparityPage *self);
GtkWidget     *bp_disparity_page_get_chart_view (BpDisparityPage *self);

G_END_DECLS

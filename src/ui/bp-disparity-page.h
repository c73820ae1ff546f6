/* bp-disparity-page.h: ethnic disproportionality: relative rate indices and shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_DISPARITY_PAGE (bp_disparity_page_get_type ())
G_DECLARE_FINAL_TYPE (BpDisparityPage, bp_disparity_page, BP, DISPARITY_PAGE, BpIndicatorPage)

G_END_DECLS

/* bp-delays-page.h: the page of the delays indicator (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_DELAYS_PAGE (bp_delays_page_get_type ())
G_DECLARE_FINAL_TYPE (BpDelaysPage, bp_delays_page, BP, DELAYS_PAGE, BpIndicatorPage)

G_END_DECLS

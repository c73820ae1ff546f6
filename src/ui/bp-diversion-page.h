/* bp-diversion-page.h: the diversion and out-of-court outcomes page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_DIVERSION_PAGE (bp_diversion_page_get_type ())
G_DECLARE_FINAL_TYPE (BpDiversionPage, bp_diversion_page, BP, DIVERSION_PAGE, BpIndicatorPage)

G_END_DECLS

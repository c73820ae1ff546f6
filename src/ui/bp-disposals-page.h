/* bp-disposals-page.h: the page of the disposals indicator (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_DISPOSALS_PAGE (bp_disposals_page_get_type ())
G_DECLARE_FINAL_TYPE (BpDisposalsPage, bp_disposals_page, BP, DISPOSALS_PAGE, BpIndicatorPage)

G_END_DECLS

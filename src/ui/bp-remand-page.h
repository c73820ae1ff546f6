/* bp-remand-page.h: the remands page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_REMAND_PAGE (bp_remand_page_get_type ())
G_DECLARE_FINAL_TYPE (BpRemandPage, bp_remand_page, BP, REMAND_PAGE, BpIndicatorPage)

G_END_DECLS

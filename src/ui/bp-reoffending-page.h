/* bp-reoffending-page.h: proven reoffending by the MoJ method: chart, sentence and tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_REOFFENDING_PAGE (bp_reoffending_page_get_type ())
G_DECLARE_FINAL_TYPE (BpReoffendingPage, bp_reoffending_page, BP, REOFFENDING_PAGE,
                      BpIndicatorPage)

G_END_DECLS

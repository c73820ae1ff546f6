/* bp-kpis-page.h: the page of the ten KPIs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"
#include "bp-kpis.h"

G_BEGIN_DECLS

#define BP_TYPE_KPIS_PAGE (bp_kpis_page_get_type ())
G_DECLARE_FINAL_TYPE (BpKpisPage, bp_kpis_page, BP, KPIS_PAGE, BpIndicatorPage)

/* For tests and the Overview */
void        bp_kpis_page_select         (BpKpisPage *self,
                                         BpKpiKind   kind);
BpKpiKind   bp_kpis_page_get_selected   (BpKpisPage *self);
const char *bp_kpis_page_get_tile_value (BpKpisPage *self,
                                         BpKpiKind   kind);

G_END_DECLS

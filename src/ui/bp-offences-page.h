/* bp-offences-page.h: the page of proven offences (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_OFFENCES_PAGE (bp_offences_page_get_type ())
G_DECLARE_FINAL_TYPE (BpOffencesPage, bp_offences_page, BP, OFFENCES_PAGE, BpIndicatorPage)

G_END_DECLS

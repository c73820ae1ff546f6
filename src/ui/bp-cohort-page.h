/* bp-cohort-page.h: the page of the cohort indicator (domain.md section 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"

G_BEGIN_DECLS

#define BP_TYPE_COHORT_PAGE (bp_cohort_page_get_type ())
G_DECLARE_FINAL_TYPE (BpCohortPage, bp_cohort_page, BP, COHORT_PAGE, BpIndicatorPage)

G_END_DECLS

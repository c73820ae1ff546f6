/* bp-plan-page.h: the Plan page: the plan's own tables, and the improvement plan edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-indicator-page.h"
#include "bp-plan-codes.h"
#include "bp-date.h"

G_BEGIN_DECLS

#define BP_TYPE_PLAN_PAGE (bp_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (BpPlanPage, bp_plan_page, BP, PLAN_PAGE, BpIndicatorPage)

/* For tests: the action list's rows, and an edit as the dialog would save it. */
guint     bp_plan_page_get_n_actions  (BpPlanPage     *self);
gboolean  bp_plan_page_save_action    (BpPlanPage     *self,
                                       const char     *action_id,
                                       BpActionStatus  status,
                                       const char     *progress,
                                       BpDay           due,
                                       GError        **error);
void      bp_plan_page_undo           (BpPlanPage     *self);
GtkWidget *bp_plan_page_edit_action  (BpPlanPage     *self,
                                       const char     *action_id);

G_END_DECLS

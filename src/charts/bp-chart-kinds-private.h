/* bp-chart-kinds-private.h: wording shared by the chart builders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-chart-kinds.h"

G_BEGIN_DECLS

const char *_bp_chart_default_stage   (void);
const char *_bp_chart_stage           (const char *stage);
const char *_bp_chart_group_name      (const char *group);
char       *_bp_chart_noun_phrase     (const char *group,
                                       const char *noun_phrase);
char       *_bp_chart_group_label     (const char *group,
                                       gint64      count);

G_END_DECLS

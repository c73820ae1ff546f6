/* bp-data-page.h: what has been imported, how good it is, and imports of each kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_DATA_PAGE (bp_data_page_get_type ())
G_DECLARE_FINAL_TYPE (BpDataPage, bp_data_page, BP, DATA_PAGE, AdwBin)

void           bp_data_page_set_session       (BpDataPage *self,
                                               BpSession  *session);
void           bp_data_page_refresh           (BpDataPage *self);
GtkColumnView *bp_data_page_get_history_table (BpDataPage *self);
guint          bp_data_page_get_n_rejects     (BpDataPage *self);

G_END_DECLS

/* bp-commentary-box.h: the manager's commentary on one key for the period shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bp-date.h"
#include "bp-session.h"

G_BEGIN_DECLS

#define BP_TYPE_COMMENTARY_BOX (bp_commentary_box_get_type ())
G_DECLARE_FINAL_TYPE (BpCommentaryBox, bp_commentary_box, BP, COMMENTARY_BOX, GtkBox)

GtkWidget     *bp_commentary_box_new        (void);
void           bp_commentary_box_set_key    (BpCommentaryBox *self,
                                             BpSession       *session,
                                             const char      *key);
const char    *bp_commentary_box_get_key    (BpCommentaryBox *self);
void           bp_commentary_box_set_period (BpCommentaryBox *self,
                                             BpDay            period_end);
void           bp_commentary_box_save       (BpCommentaryBox *self);
GtkTextBuffer *bp_commentary_box_get_buffer (BpCommentaryBox *self);

G_END_DECLS

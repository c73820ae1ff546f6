/* bp-export-preview.h: the PDF's first pages as pictures, before anything is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "bp-disclosure.h"
#include "bp-session.h"

G_BEGIN_DECLS

void       bp_export_preview_async  (GObject             *source,
                                     BpSession           *session,
                                     BpProfile            profile,
                                     guint                n_pages,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
GPtrArray *bp_export_preview_finish (GAsyncResult        *result,
                                     int                 *out_total,
                                     GError             **error);

G_END_DECLS

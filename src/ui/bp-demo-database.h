/* bp-demo-database.h: a database of demo data for a fictional area, made on demand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *bp_demo_database_default_path  (void);
void      bp_demo_database_prepare_async (const char          *path,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean  bp_demo_database_prepare_finish (GAsyncResult       *result,
                                           GError            **error);

G_END_DECLS

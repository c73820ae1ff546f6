/* bp-blob-cache.h: derived data kept in the store as packed blobs of fixed-size records,
 * each made for one data version (bp_store_data_version()) and checked by a checksum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-store.h"

G_BEGIN_DECLS

gpointer bp_blob_cache_read  (BpStore       *store,
                              const char    *table,
                              int            id,
                              gint64         version,
                              int            format,
                              gsize          record_size,
                              gsize         *out_n,
                              gboolean      *out_damaged);
void     bp_blob_cache_write (BpStore       *store,
                              const char    *table,
                              int            id,
                              gint64         version,
                              int            format,
                              gconstpointer  records,
                              gsize          n,
                              gsize          record_size);

gboolean bp_blob_cache_is_current (BpStore    *store,
                                   const char *table,
                                   int         id,
                                   gint64      version,
                                   int         format);

G_END_DECLS

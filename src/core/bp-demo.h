/* bp-demo.h: demonstration data for a fictional youth justice service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Rows of outcomes.csv written when the caller does not say. */
#define BP_DEMO_DEFAULT_ROWS 6000
#define BP_DEMO_DEFAULT_SEED 1
/* The fictional area the demonstration files describe. */
#define BP_DEMO_AREA_NAME "Northdale"

/* Called now and then with the fraction done (0..1). */
typedef void (*BpDemoProgressFunc) (double fraction, gpointer user_data);

/* Writes outcomes.csv, population.csv and benchmarks.csv into dir (created if missing,
 * mode 0700). Each file is written to a temporary name in dir and renamed when complete.
 * The same n_rows and seed give byte-identical files. */
gboolean bp_demo_write (const char         *dir,
                        guint               n_rows,
                        guint64             seed,
                        BpDemoProgressFunc  progress,
                        gpointer            user_data,
                        GCancellable       *cancellable,
                        GError            **error);

G_END_DECLS

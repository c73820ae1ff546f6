/* bp-table-row.h: one row of a table of numbers: its cells as displayed text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BP_TYPE_TABLE_ROW (bp_table_row_get_type ())
G_DECLARE_FINAL_TYPE (BpTableRow, bp_table_row, BP, TABLE_ROW, GObject)

BpTableRow *bp_table_row_new        (const char * const *cells);
BpTableRow *bp_table_row_new_take   (GStrv               cells);
guint       bp_table_row_get_n_cells (BpTableRow        *self);
const char *bp_table_row_get_cell   (BpTableRow         *self,
                                     guint               column);

G_END_DECLS

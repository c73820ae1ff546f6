/* bp-table-row.c: one row of a table of numbers: its cells as displayed text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-table-row.h"

struct _BpTableRow
{
  GObject  parent_instance;
  GStrv    cells;
  guint    n_cells;
};

G_DEFINE_FINAL_TYPE (BpTableRow, bp_table_row, G_TYPE_OBJECT)

static void
bp_table_row_finalize (GObject *object)
{
  BpTableRow *self = BP_TABLE_ROW (object);

  g_strfreev (self->cells);

  G_OBJECT_CLASS (bp_table_row_parent_class)->finalize (object);
}

static void
bp_table_row_class_init (BpTableRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bp_table_row_finalize;
}

static void
bp_table_row_init (BpTableRow *self)
{
}

/* Returns: (transfer full): a row of copies of @cells (%NULL-terminated) */
BpTableRow *
bp_table_row_new (const char * const *cells)
{
  return bp_table_row_new_take (g_strdupv ((GStrv) cells));
}

/* Returns: (transfer full): a row that owns @cells */
BpTableRow *
bp_table_row_new_take (GStrv cells)
{
  BpTableRow *self = g_object_new (BP_TYPE_TABLE_ROW, NULL);

  self->cells = cells ? cells : g_new0 (char *, 1);
  self->n_cells = g_strv_length (self->cells);
  return self;
}

guint
bp_table_row_get_n_cells (BpTableRow *self)
{
  g_return_val_if_fail (BP_IS_TABLE_ROW (self), 0);
  return self->n_cells;
}

/* Returns: the text of cell @column, "" beyond the last */
const char *
bp_table_row_get_cell (BpTableRow *self,
                       guint       column)
{
  g_return_val_if_fail (BP_IS_TABLE_ROW (self), "");

  return column < self->n_cells ? self->cells[column] : "";
}

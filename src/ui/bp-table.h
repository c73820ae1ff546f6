/* bp-table.h: a GtkColumnView showing BpTableRow rows, a column per cell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bp-table-row.h"

G_BEGIN_DECLS

/* A column heading; numeric columns are right-aligned in tabular figures. */
typedef struct
{
  const char *title;
  gboolean    numeric;
} BpTableColumn;

void        bp_table_set_columns (GtkColumnView       *view,
                                  const BpTableColumn *columns,
                                  guint                n_columns);
void        bp_table_set_rows    (GtkColumnView       *view,
                                  GPtrArray           *rows);
guint       bp_table_get_n_rows  (GtkColumnView       *view);
BpTableRow *bp_table_get_row     (GtkColumnView       *view,
                                  guint                position);
void        bp_table_set_title   (GtkColumnView       *view,
                                  const char          *title);
char       *bp_table_to_text     (GtkColumnView       *view,
                                  gboolean             csv,
                                  gboolean             all);
void        bp_table_add_row     (GPtrArray           *rows,
                                  const char          *first_cell,
                                  ...) G_GNUC_NULL_TERMINATED;
void        bp_table_add_row_take (GPtrArray          *rows,
                                   char               *first_cell,
                                   ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS

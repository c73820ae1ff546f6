/* bp-table.c: a GtkColumnView showing BpTableRow rows, a column per cell
 *
 * Every table under a chart holds text already formatted as on the chart, so the
 * columns only show strings; what a cell says is decided where the row is made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-table.h"

#define COLUMN_INDEX_KEY "bp-table-column-index"

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gboolean numeric = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  /* Cells keep their text on one line: a table too wide for the window scrolls. */
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_INDEX_KEY));
  BpTableRow *row = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      bp_table_row_get_cell (row, index));
}

static GListStore *
table_store (GtkColumnView *view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  g_autoptr(GtkNoSelection) selection = NULL;
  GListStore *store;

  if (model != NULL)
    return G_LIST_STORE (gtk_no_selection_get_model (GTK_NO_SELECTION (model)));

  /* The selection owns the store, the view owns the selection. */
  store = g_list_store_new (BP_TYPE_TABLE_ROW);
  selection = gtk_no_selection_new (G_LIST_MODEL (store));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  return store;
}

/* Replaces the columns of @view. */
void
bp_table_set_columns (GtkColumnView       *view,
                      const BpTableColumn *columns,
                      guint                n_columns)
{
  GListModel *current;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  table_store (view);
  current = gtk_column_view_get_columns (view);
  while (g_list_model_get_n_items (current) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (current, 0);

      gtk_column_view_remove_column (view, column);
    }

  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), COLUMN_INDEX_KEY, GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb),
                        GINT_TO_POINTER (columns[i].numeric));
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
      column = gtk_column_view_column_new (columns[i].title, factory);
      gtk_column_view_column_set_expand (column, !columns[i].numeric);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (view, column);
    }
}

/* Replaces the rows of @view with @rows (BpTableRow; the array may be freed after). */
void
bp_table_set_rows (GtkColumnView *view,
                   GPtrArray     *rows)
{
  GListStore *store;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  store = table_store (view);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       rows ? rows->pdata : NULL, rows ? rows->len : 0);
}

guint
bp_table_get_n_rows (GtkColumnView *view)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (table_store (view)));
}

/* Returns: (transfer none) (nullable): the row at @position */
BpTableRow *
bp_table_get_row (GtkColumnView *view,
                  guint          position)
{
  g_autoptr(BpTableRow) row = NULL;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  row = g_list_model_get_item (G_LIST_MODEL (table_store (view)), position);
  return row; /* the store keeps it alive */
}

/* Appends a row of copies of the strings given, up to %NULL. */
void
bp_table_add_row (GPtrArray  *rows,
                  const char *first_cell,
                  ...)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  va_list args;

  va_start (args, first_cell);
  for (const char *cell = first_cell; cell != NULL; cell = va_arg (args, const char *))
    g_ptr_array_add (cells, g_strdup (cell));
  va_end (args);
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (rows, bp_table_row_new_take ((GStrv) g_ptr_array_free (g_steal_pointer (&cells),
                                                                         FALSE)));
}

/* Appends a row that takes the strings given (each g_free-able), up to %NULL. */
void
bp_table_add_row_take (GPtrArray *rows,
                       char      *first_cell,
                       ...)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  va_list args;

  va_start (args, first_cell);
  for (char *cell = first_cell; cell != NULL; cell = va_arg (args, char *))
    g_ptr_array_add (cells, cell);
  va_end (args);
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (rows, bp_table_row_new_take ((GStrv) g_ptr_array_free (g_steal_pointer (&cells),
                                                                         FALSE)));
}

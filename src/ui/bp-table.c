/* bp-table.c: a GtkColumnView showing BpTableRow rows, a column per cell
 *
 * Every table under a chart holds text already formatted as on the chart, so the
 * columns only show strings; what a cell says is decided where the row is made. An
 * analyst sorts by any column (a click on its header; numbers by value, symbols such as
 * [c] after them), selects rows (click, Shift, Ctrl, Ctrl+A), copies them (Ctrl+C or
 * the context menu: tab-separated with the header, as Excel pastes) or exports the table
 * as CSV (with the formula guard of every CSV file Boardpack writes). The mouse wheel
 * over a table that only scrolls sideways scrolls the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "bp-csv-reader.h"
#include "bp-table.h"

#define COLUMN_INDEX_KEY "bp-table-column-index"
#define STORE_KEY "bp-table-store"
#define MENU_KEY "bp-table-menu"
#define CHOOSER_KEY "bp-table-chooser"
#define TITLE_KEY "bp-table-title"

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

/* --- sorting ---------------------------------------------------------------------- */

/* A cell as a number: "1,204", "36.4%", "£1,389.50", "−2.1", "36.4 [u]"; FALSE for text
 * and symbols ([c], [x], [z]). */
static gboolean
cell_number (const char *text,
             double     *value)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == 0x00A3 /* £ */ || c == 0x2009 || c == 0x00A0)
        continue;
      if (c == 0x2212) /* minus sign */
        g_string_append_c (plain, '-');
      else
        g_string_append_unichar (plain, c);
    }
  if (plain->len == 0 || (!g_ascii_isdigit (plain->str[0]) && plain->str[0] != '-' &&
                          plain->str[0] != '+' && plain->str[0] != '.'))
    return FALSE;
  *value = g_ascii_strtod (plain->str, &end);
  return end != plain->str && isfinite (*value);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  guint index = GPOINTER_TO_UINT (user_data) >> 1;
  gboolean numeric = GPOINTER_TO_UINT (user_data) & 1;
  const char *x = bp_table_row_get_cell ((BpTableRow *) a, index);
  const char *y = bp_table_row_get_cell ((BpTableRow *) b, index);

  if (numeric)
    {
      double dx, dy;
      gboolean nx = cell_number (x, &dx), ny = cell_number (y, &dy);

      if (nx && ny && dx != dy)
        return dx < dy ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
      if (nx != ny)
        return nx ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;  /* numbers first */
    }
  {
    int c = g_utf8_collate (x, y);

    return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
  }
}

/* --- copy and export ---------------------------------------------------------------- */

/* The rows in the order shown: the selected ones (every row when none is), or with @all
 * every row. */
static GPtrArray *
rows_shown (GtkColumnView *view,
            gboolean       all)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  for (guint i = 0; i < n && !all; i++)
    if (gtk_selection_model_is_selected (model, i))
      g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (model), i));
  if (rows->len == 0)
    for (guint i = 0; i < n; i++)
      g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (model), i));
  return rows;
}

/* A cell for a tab-separated line: tabs and line breaks become spaces. */
static void
append_tsv_cell (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

/**
 * bp_table_to_text:
 * @csv: CSV (RFC 4180, formula-guarded) instead of tab-separated
 * @all: every row, else the selected ones (every row when none is)
 *
 * The table as a spreadsheet pastes or opens it: the header, then a line per row in the
 * order shown. Returns: (transfer full)
 */
char *
bp_table_to_text (GtkColumnView *view,
                  gboolean       csv,
                  gboolean       all)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n_columns = g_list_model_get_n_items (columns);
  g_autoptr(GPtrArray) rows = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  rows = rows_shown (view, all);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
      const char *title = gtk_column_view_column_get_title (column);

      if (c > 0)
        g_string_append_c (out, csv ? ',' : '\t');
      if (csv)
        bp_csv_write_field (out, title ? title : "");
      else
        append_tsv_cell (out, title ? title : "");
    }
  g_string_append (out, csv ? "\r\n" : "\n");
  for (guint r = 0; r < rows->len; r++)
    {
      BpTableRow *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = c < bp_table_row_get_n_cells (row) ? bp_table_row_get_cell (row, c)
                                                                : "";

          if (c > 0)
            g_string_append_c (out, csv ? ',' : '\t');
          if (csv)
            bp_csv_write_field (out, cell);
          else
            append_tsv_cell (out, cell);
        }
      g_string_append (out, csv ? "\r\n" : "\n");
    }
  return g_string_free (out, FALSE);
}

static void
copy_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkColumnView *view = user_data;
  g_autofree char *text = bp_table_to_text (view, FALSE, FALSE);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (view)), text);
}

static void
on_csv_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  GtkColumnView   *view)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_set_data (G_OBJECT (view), CHOOSER_KEY, NULL);
  if (file == NULL || g_file_peek_path (file) == NULL)
    return;
  text = bp_table_to_text (view, TRUE, TRUE);
  /* written whole under a temporary name and renamed, or not at all */
  if (!g_file_set_contents (g_file_peek_path (file), text, -1, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (view));
      GtkWidget *alert = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 /* Translators: a dialog's heading when a
                                                  * table could not be exported */
                                                 _("The table was not saved"),
                                                 error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
    }
}

/* The file name offered: the table's accessible label (its title), else "Table". */
static char *
suggested_name (GtkColumnView *view)
{
  const char *title = g_object_get_data (G_OBJECT (view), TITLE_KEY);
  char *name;
  /* Translators: the file name offered for a table exported as CSV */
  name = g_strdup_printf ("%s.csv", title && *title ? title : _("Table"));
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return name;
}

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkColumnView *view = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (view));
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (g_object_get_data (G_OBJECT (view), CHOOSER_KEY) != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export table as CSV"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: a file type in the file chooser */
  gtk_file_filter_set_name (filter, _("CSV file"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_name (view);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (view), CHOOSER_KEY, chooser, g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_csv_chosen_cb), view);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_right_click_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkColumnView   *view)
{
  GtkWidget *menu = g_object_get_data (G_OBJECT (view), MENU_KEY);

  gtk_popover_set_pointing_to (GTK_POPOVER (menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (menu));
  /* (a column view does not place popovers of its own: placed here) */
  gtk_popover_present (GTK_POPOVER (menu));
}

static gboolean
on_menu_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  on_right_click_cb (NULL, 1, gtk_widget_get_width (widget) / 2.0, 24, GTK_COLUMN_VIEW (widget));
  return TRUE;
}

/* The context menu is the view's child: it goes when the view is disposed, before
 * GTK finalizes the view (which must have no children left by then). */
static void
on_view_destroy_cb (GtkWidget *view,
                    gpointer   user_data)
{
  GtkWidget *menu = g_object_steal_data (G_OBJECT (view), MENU_KEY);

  if (menu != NULL)
    {
      gtk_widget_unparent (menu);
      g_object_unref (menu);
    }
  g_object_set_data (G_OBJECT (view), CHOOSER_KEY, NULL);
}

/* The actions (table.copy, table.export-csv), Ctrl+C, Shift+F10 or the Menu key, and
 * the context menu. */
static void
add_actions (GtkColumnView *view)
{
  static const GActionEntry entries[] = {
    { "copy", copy_activated_cb, NULL, NULL, NULL, { 0 } },
    { "export-csv", export_activated_cb, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenu) model = g_menu_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *menu;

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), view);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "table", G_ACTION_GROUP (group));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>c"),
                                                          gtk_named_action_new ("table.copy")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Shift>F10|Menu"),
                                                          gtk_callback_action_new (on_menu_key_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (view), shortcuts);

  /* Translators: the context menu of a table: copies the selected rows (or all) */
  g_menu_append (model, _("_Copy"), "table.copy");
  /* Translators: the context menu of a table */
  g_menu_append (model, _("_Export table as CSV…"), "table.export-csv");
  menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
  gtk_popover_set_has_arrow (GTK_POPOVER (menu), FALSE);
  gtk_widget_set_halign (menu, GTK_ALIGN_START);
  gtk_widget_set_parent (menu, GTK_WIDGET (view));
  g_object_set_data (G_OBJECT (view), MENU_KEY, g_object_ref (menu));
  g_signal_connect (view, "destroy", G_CALLBACK (on_view_destroy_cb), NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_right_click_cb), view);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));
}

/* A table whose scrolled window scrolls sideways only lets the mouse wheel scroll the
 * page: GtkScrolledWindow takes vertical wheel events even with nothing to scroll that
 * way, so its scroll controller is told to take the horizontal ones alone. */
static void
pass_vertical_scroll (GtkColumnView *view)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (view));
  g_autoptr(GListModel) controllers = NULL;
  GtkPolicyType h, v;

  if (!GTK_IS_SCROLLED_WINDOW (parent))
    return;
  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (parent), &h, &v);
  if (v != GTK_POLICY_NEVER)
    return;
  controllers = gtk_widget_observe_controllers (parent);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_scroll_set_flags (GTK_EVENT_CONTROLLER_SCROLL (controller),
                                               GTK_EVENT_CONTROLLER_SCROLL_HORIZONTAL |
                                               GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
    }
}

/* The rows' store: under a sort model (the columns' sorter) and a multiple selection. */
static GListStore *
table_store (GtkColumnView *view)
{
  GListStore *store = g_object_get_data (G_OBJECT (view), STORE_KEY);
  GtkSortListModel *sorted;
  GtkMultiSelection *selection;

  if (store != NULL)
    return store;
  store = g_list_store_new (BP_TYPE_TABLE_ROW);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (store)),
                                    g_object_ref (gtk_column_view_get_sorter (view)));
  selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_object_set_data_full (G_OBJECT (view), STORE_KEY, store, g_object_unref);
  add_actions (view);
  pass_vertical_scroll (view);
  return store;
}

/* The table's title, for the name of a CSV file it is exported to. */
void
bp_table_set_title (GtkColumnView *view,
                    const char    *title)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_object_set_data_full (G_OBJECT (view), TITLE_KEY, g_strdup (title), g_free);
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
      {
        g_autoptr(GtkCustomSorter) sorter =
          gtk_custom_sorter_new (compare_cells,
                                 GUINT_TO_POINTER ((i << 1) | (columns[i].numeric ? 1 : 0)),
                                 NULL);

        gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      }
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

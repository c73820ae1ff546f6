/* bp-workbook.c: the board pack as an Excel workbook (libxlsxwriter)
 *
 * Laid out by the UK Government Analysis Function's guidance for releasing statistics in
 * spreadsheets: a title in A1 of every sheet, the lines that explain it below, then each
 * table under its own title as an Excel table, with no merged cells and no blank rows
 * inside tables; numbers stored as numbers with number formats; symbols explained on
 * the Notes sheet; native charts with alternative text.
 *
 * Every string passes _bp_export_text() (libxlsxwriter writes a corrupt file for invalid
 * UTF-8), numbers are written under the C numeric locale, and every lxw_error becomes a
 * GError with lxw_strerror().
 */

#include "config.h"

#include <errno.h>

#include <math.h>
#include <string.h>
#include <xlsxwriter.h>
#include <glib/gi18n-lib.h>

#include "bp-export-private.h"
#include "bp-workbook.h"

/* Colours of the UK Government Analysis Function's categorical palette. */
#define COLOR_DARK_BLUE 0x12436D
#define COLOR_TURQUOISE 0x28A197
#define COLOR_DARK_PINK 0x801650
#define COLOR_ORANGE    0xF46A25
#define COLOR_GREY      0x3D3D3D
#define COLOR_HIGHER_FILL 0xFBE3D6
#define COLOR_LOWER_FILL  0xDCEAF7
#define COLOR_AREA_FILL   0xEDEDED

#define CHART_ROWS 22
#define LINE_HEIGHT 15.0

typedef struct
{
  BpPack        *pack;
  lxw_workbook  *workbook;
  const char    *display_path;
  const char    *context;     /* the sheet being written, for messages */
  GPtrArray     *strings;     /* (element-type utf8) alive until the workbook is closed */
  lxw_format    *title;
  lxw_format    *line;
  lxw_format    *table_title;
  lxw_format    *header;
  lxw_format    *symbol;
  lxw_format    *link;
  lxw_format    *higher;
  lxw_format    *area;
  lxw_format    *lower;
  lxw_format    *formats[BP_PACK_N_FORMATS];
  lxw_format    *low_formats[BP_PACK_N_FORMATS]; /* the same with " [u]" after the number */
} Writer;

/* @call: the libxlsxwriter call that failed, as the code says it */
static gboolean
lxw_failed (Writer      *w,
            lxw_error    code,
            const char  *call,
            GError     **error)
{
  if (w->context)
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_XLSX,
                 /* Translators: the file, the line of program code that failed, the
                  * worksheet and libxlsxwriter's message, which is in English:
                  * "pack.xlsx: the workbook could not be made: worksheet_set_row (ws, 0,
                  * 21, NULL), sheet Summary (libxlsxwriter: Parameter exceeds Excel's
                  * limits.)" */
                 _("%s: the workbook could not be made: %s, sheet %s (libxlsxwriter: %s)"),
                 w->display_path, call, w->context, lxw_strerror (code));
  else
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_XLSX,
                 /* Translators: the file, the line of program code that failed and
                  * libxlsxwriter's message, which is in English: "pack.xlsx: the workbook
                  * could not be made: workbook_set_properties (w->workbook, &props)
                  * (libxlsxwriter: Memory error, failed to allocate memory.)" */
                 _("%s: the workbook could not be made: %s (libxlsxwriter: %s)"),
                 w->display_path, call, lxw_strerror (code));
  return FALSE;
}

#define TRY(w, expr, error)                                    \
  G_STMT_START                                                 \
  {                                                            \
    lxw_error try_code_ = (expr);                              \
    if (try_code_ != LXW_NO_ERROR)                             \
      return lxw_failed ((w), try_code_, #expr, (error));      \
  }                                                            \
  G_STMT_END

/* @text with every @c doubled: how Excel escapes a quote in a formula or a link, and an
 * ampersand in a header. */
static char *
double_char (const char *text,
             char        c)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == c)
        g_string_append_c (out, c);
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* A copy of @text that is safe for libxlsxwriter and lives as long as the workbook. */
static const char *
safe (Writer     *w,
      const char *text)
{
  char *copy = _bp_export_text (text);

  g_ptr_array_add (w->strings, copy);
  return copy;
}

static const char *
number_format (BpPackFormat format)
{
  switch (format)
    {
    case BP_PACK_FORMAT_INTEGER:
      return "#,##0";
    case BP_PACK_FORMAT_YEAR:
      return "0";
    case BP_PACK_FORMAT_DEC1:
      return "#,##0.0";
    case BP_PACK_FORMAT_DEC2:
      return "#,##0.00";
    case BP_PACK_FORMAT_DEC3:
      return "#,##0.000";
    case BP_PACK_FORMAT_SIGNED1:
      return "+#,##0.0;-#,##0.0;0.0";
    case BP_PACK_FORMAT_SIGNED2:
      return "+#,##0.00;-#,##0.00;0.00";
    case BP_PACK_FORMAT_DATE:
      return "d mmm yyyy";
    case BP_PACK_FORMAT_MONEY:
      return "\"\u00a3\"#,##0.00;-\"\u00a3\"#,##0.00";
    case BP_PACK_FORMAT_TEXT:
    case BP_PACK_FORMAT_WRAP:
    case BP_PACK_N_FORMATS:
    default:
      return NULL;
    }
}

static void
make_formats (Writer *w)
{
  lxw_workbook *wb = w->workbook;

  w->title = workbook_add_format (wb);
  format_set_bold (w->title);
  format_set_font_size (w->title, 15);
  w->line = workbook_add_format (wb);
  w->table_title = workbook_add_format (wb);
  format_set_bold (w->table_title);
  format_set_font_size (w->table_title, 12);
  w->header = workbook_add_format (wb);
  format_set_bold (w->header);
  format_set_text_wrap (w->header);
  format_set_align (w->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom (w->header, LXW_BORDER_THIN);
  w->symbol = workbook_add_format (wb);
  format_set_align (w->symbol, LXW_ALIGN_RIGHT);
  format_set_align (w->symbol, LXW_ALIGN_VERTICAL_TOP);
  w->link = workbook_add_format (wb);
  format_set_font_color (w->link, LXW_COLOR_BLUE);
  format_set_underline (w->link, LXW_UNDERLINE_SINGLE);
  format_set_align (w->link, LXW_ALIGN_VERTICAL_TOP);
  w->higher = workbook_add_format (wb);
  format_set_bg_color (w->higher, COLOR_HIGHER_FILL);
  format_set_bold (w->higher);
  w->lower = workbook_add_format (wb);
  format_set_bg_color (w->lower, COLOR_LOWER_FILL);
  format_set_bold (w->lower);
  w->area = workbook_add_format (wb);
  format_set_bg_color (w->area, COLOR_AREA_FILL);
  format_set_bold (w->area);

  for (int f = 0; f < BP_PACK_N_FORMATS; f++)
    {
      const char *nf = number_format ((BpPackFormat) f);

      w->formats[f] = workbook_add_format (wb);
      format_set_align (w->formats[f], LXW_ALIGN_VERTICAL_TOP);
      if (nf)
        format_set_num_format (w->formats[f], nf);
      if (f == BP_PACK_FORMAT_WRAP)
        format_set_text_wrap (w->formats[f]);
      /* Text a little off the number right-aligned beside it. */
      if (f == BP_PACK_FORMAT_WRAP || f == BP_PACK_FORMAT_TEXT)
        format_set_indent (w->formats[f], 1);

      /* A percentage on a base below 10 stays a number, shown "33.3 [u]". */
      w->low_formats[f] = w->formats[f];
      if (nf && f != BP_PACK_FORMAT_DATE && f != BP_PACK_FORMAT_YEAR)
        {
          g_auto(GStrv) sections = g_strsplit (nf, ";", -1);
          g_autofree char *low = NULL;

          for (guint i = 0; sections[i]; i++)
            {
              char *with = g_strconcat (sections[i], "\" " BP_SYMBOL_LOW_RELIABILITY "\"", NULL);

              g_free (sections[i]);
              sections[i] = with;
            }
          low = g_strjoinv (";", sections);
          w->low_formats[f] = workbook_add_format (wb);
          format_set_align (w->low_formats[f], LXW_ALIGN_VERTICAL_TOP);
          format_set_num_format (w->low_formats[f], low);
        }
    }
}

/* --- cells --------------------------------------------------------------------------- */

static lxw_datetime
to_datetime (BpDay day)
{
  lxw_datetime dt = { 0 };

  bp_day_to_ymd (day, &dt.year, &dt.month, &dt.day);
  return dt;
}

static gboolean
write_cell (Writer            *w,
            lxw_worksheet     *ws,
            lxw_row_t          row,
            lxw_col_t          col,
            const BpPackCell  *cell,
            GError           **error)
{
  lxw_format *format = w->formats[cell->format];

  switch (cell->kind)
    {
    case BP_PACK_CELL_EMPTY:
      return TRUE;
    case BP_PACK_CELL_TEXT:
      if (cell->link)
        {
          /* A translated sheet name may hold an apostrophe: "Troseddu o'r newydd". */
          g_autofree char *quoted = double_char (cell->link, '\'');
          g_autofree char *url = g_strdup_printf ("internal:'%s'!A1", quoted);

          TRY (w, worksheet_write_url_opt (ws, row, col, safe (w, url), w->link,
                                           safe (w, cell->text), NULL), error);
          return TRUE;
        }
      TRY (w, worksheet_write_string (ws, row, col, safe (w, cell->text), format), error);
      return TRUE;
    case BP_PACK_CELL_SYMBOL:
      TRY (w, worksheet_write_string (ws, row, col, safe (w, cell->text), w->symbol), error);
      return TRUE;
    case BP_PACK_CELL_NUMBER:
      TRY (w, worksheet_write_number (ws, row, col, cell->number,
                                      cell->low_reliability ? w->low_formats[cell->format]
                                                            : format), error);
      return TRUE;
    case BP_PACK_CELL_DATE:
      {
        lxw_datetime dt = to_datetime ((BpDay) cell->number);

        TRY (w, worksheet_write_datetime (ws, row, col, &dt, w->formats[BP_PACK_FORMAT_DATE]),
             error);
        return TRUE;
      }
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Rows of wrapped text are given their height: Excel does not fit them on opening. */
static double
lines_needed (const char *text,
              double      width)
{
  double chars = text ? (double) g_utf8_strlen (text, -1) : 0;
  double per_line = MAX (width - 1.0, 4.0);

  return MAX (1.0, ceil (chars * 1.1 / per_line));
}

/* --- tables -------------------------------------------------------------------------- */

static gboolean
write_table (Writer         *w,
             lxw_worksheet  *ws,
             BpPackTable    *t,
             lxw_row_t      *next_row,
             GError        **error)
{
  lxw_row_t header_row = *next_row + 1;
  lxw_row_t last_row = header_row + t->rows->len;
  g_autofree lxw_table_column *columns = g_new0 (lxw_table_column, t->n_columns);
  g_autofree lxw_table_column **column_list = g_new0 (lxw_table_column *, t->n_columns + 1);
  lxw_table_options options = { 0 };
  double header_lines = 1;

  TRY (w, worksheet_write_string (ws, *next_row, 0, safe (w, t->title), w->table_title), error);

  for (guint c = 0; c < t->n_columns; c++)
    {
      columns[c].header = (char *) safe (w, t->columns[c].header);
      columns[c].header_format = w->header;
      column_list[c] = &columns[c];
      header_lines = MAX (header_lines, lines_needed (t->columns[c].header, t->columns[c].width));
    }
  options.name = (char *) safe (w, t->name);
  options.columns = column_list;
  options.no_autofilter = LXW_TRUE;
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 1;

  for (guint r = 0; r < t->rows->len; r++)
    {
      double lines = 1;

      for (guint c = 0; c < t->n_columns; c++)
        {
          const BpPackCell *cell = bp_pack_table_cell (t, r, c);

          if (!write_cell (w, ws, header_row + 1 + r, (lxw_col_t) c, cell, error))
            return FALSE;
          if (cell->kind == BP_PACK_CELL_TEXT && cell->format == BP_PACK_FORMAT_WRAP)
            lines = MAX (lines, lines_needed (cell->text, t->columns[c].width));
        }
      if (lines > 1)
        TRY (w, worksheet_set_row (ws, header_row + 1 + r, lines * LINE_HEIGHT, NULL), error);
    }
  if (header_lines > 1)
    TRY (w, worksheet_set_row (ws, header_row, header_lines * LINE_HEIGHT, NULL), error);

  /* An Excel table needs a data row; an empty one keeps the header. */
  TRY (w, worksheet_add_table (ws, header_row, 0, t->rows->len ? last_row : header_row + 1,
                               (lxw_col_t) (t->n_columns - 1), &options), error);

  if (t->highlight_column >= 0 && t->rows->len > 0)
    {
      char col[LXW_MAX_COL_NAME_LENGTH];
      g_autofree char *higher_text = double_char (bp_pack_highlight_text (BP_PACK_HIGHLIGHT_HIGHER),
                                                  '"');
      g_autofree char *lower_text = double_char (bp_pack_highlight_text (BP_PACK_HIGHLIGHT_LOWER),
                                                 '"');
      g_autofree char *area_text = double_char (bp_pack_highlight_text (BP_PACK_HIGHLIGHT_AREA),
                                                '"');
      g_autofree char *higher = NULL;
      g_autofree char *lower = NULL;
      g_autofree char *area = NULL;
      lxw_conditional_format cf = { 0 };

      /* The rows whose highlight column says so, in the pack's language. */
      lxw_col_to_name (col, (lxw_col_t) t->highlight_column, LXW_TRUE);
      higher = g_strdup_printf ("=%s%u=\"%s\"", col, header_row + 2, higher_text);
      lower = g_strdup_printf ("=%s%u=\"%s\"", col, header_row + 2, lower_text);
      area = g_strdup_printf ("=%s%u=\"%s\"", col, header_row + 2, area_text);
      cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
      cf.value_string = (char *) safe (w, higher);
      cf.format = w->higher;
      TRY (w, worksheet_conditional_format_range (ws, header_row + 1, 0, last_row,
                                                  (lxw_col_t) (t->n_columns - 1), &cf), error);
      cf.value_string = (char *) safe (w, lower);
      cf.format = w->lower;
      TRY (w, worksheet_conditional_format_range (ws, header_row + 1, 0, last_row,
                                                  (lxw_col_t) (t->n_columns - 1), &cf), error);
      cf.value_string = (char *) safe (w, area);
      cf.format = w->area;
      TRY (w, worksheet_conditional_format_range (ws, header_row + 1, 0, last_row,
                                                  (lxw_col_t) (t->n_columns - 1), &cf), error);
    }

  *next_row = (t->rows->len ? last_row : header_row + 1) + 1;
  return TRUE;
}

/* --- charts -------------------------------------------------------------------------- */

static gboolean
column_has_values (const BpPackTable *t,
                   guint              c)
{
  for (guint r = 0; r < t->rows->len; r++)
    if (bp_pack_table_cell (t, r, c)->kind == BP_PACK_CELL_NUMBER)
      return TRUE;
  return FALSE;
}

static void
style_axis_font (lxw_chart_axis *axis)
{
  lxw_chart_font font = { .size = 9, .color = COLOR_GREY };

  chart_axis_set_num_font (axis, &font);
}

static void
chart_title (Writer      *w,
             lxw_chart   *chart,
             BpPackSheet *s)
{
  lxw_chart_font font = { .size = 12, .bold = LXW_TRUE };
  const char *title = s->chart ? bp_chart_get_title (s->chart) : s->title;

  chart_title_set_name (chart, safe (w, title ? title : s->title));
  chart_title_set_name_font (chart, &font);
}

/* Lines over the quarter ends: the local rate strong, each comparator its own colour and
 * dash, so colour is never the only difference. */
static lxw_chart *
rate_chart (Writer      *w,
            BpPackSheet *s,
            lxw_row_t    header_row)
{
  static const struct { lxw_color_t color; uint8_t dash; uint8_t marker; float width; } style[] = {
    { COLOR_DARK_BLUE, LXW_CHART_LINE_DASH_SOLID, LXW_CHART_MARKER_CIRCLE, 2.75f },
    { COLOR_TURQUOISE, LXW_CHART_LINE_DASH_DASH, LXW_CHART_MARKER_SQUARE, 1.75f },
    { COLOR_DARK_PINK, LXW_CHART_LINE_DASH_ROUND_DOT, LXW_CHART_MARKER_TRIANGLE, 1.75f },
    { COLOR_ORANGE, LXW_CHART_LINE_DASH_LONG_DASH, LXW_CHART_MARKER_DIAMOND, 1.75f },
  };
  const BpPackTable *t = s->chart_table;
  lxw_row_t first = header_row + 1, last = header_row + t->rows->len;
  lxw_chart *chart = NULL;

  for (guint c = 1; c < t->n_columns && c <= G_N_ELEMENTS (style); c++)
    {
      lxw_chart_series *series;
      lxw_chart_line line = { .color = style[c - 1].color, .width = style[c - 1].width,
                              .dash_type = style[c - 1].dash };
      lxw_chart_fill fill = { .color = style[c - 1].color };

      if (!column_has_values (t, c))
        continue;
      if (chart == NULL)
        chart = workbook_add_chart (w->workbook, LXW_CHART_LINE);
      series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (series, s->name, first, 0, last, 0);
      chart_series_set_values (series, s->name, first, (lxw_col_t) c, last, (lxw_col_t) c);
      chart_series_set_name_range (series, s->name, header_row, (lxw_col_t) c);
      chart_series_set_line (series, &line);
      chart_series_set_marker_type (series, style[c - 1].marker);
      chart_series_set_marker_size (series, c == 1 ? 7 : 5);
      chart_series_set_marker_fill (series, &fill);
      chart_series_set_marker_line (series, &line);
    }
  if (chart == NULL)
    return NULL;
  chart_axis_set_name (chart->y_axis, safe (w, s->chart_axis));
  chart_axis_set_num_format (chart->y_axis, s->chart_decimals ? "0.00" : "#,##0");
  chart_axis_set_min (chart->y_axis, 0);
  style_axis_font (chart->y_axis);
  style_axis_font (chart->x_axis);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
  return chart;
}

static lxw_chart *
reoffending_chart (Writer      *w,
                   BpPackSheet *s,
                   lxw_row_t    header_row)
{
  const BpPackTable *t = s->chart_table;
  lxw_row_t first = header_row + 1, last = header_row + t->rows->len;
  lxw_chart_fill fill = { .color = COLOR_DARK_BLUE };
  lxw_chart *chart;
  lxw_chart_series *series;

  if (!column_has_values (t, 1))
    return NULL;
  chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN);
  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, s->name, first, 0, last, 0);
  chart_series_set_values (series, s->name, first, 1, last, 1);
  chart_series_set_name_range (series, s->name, header_row, 1);
  chart_series_set_fill (series, &fill);
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, "0.0");
  chart_set_series_gap (chart, 60);
  chart_axis_set_name (chart->y_axis, safe (w, s->chart_axis));
  chart_axis_set_num_format (chart->y_axis, "0");
  chart_axis_set_min (chart->y_axis, 0);
  style_axis_font (chart->y_axis);
  style_axis_font (chart->x_axis);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  return chart;
}

/* One column per group, each drawn twice: once with its marker and the upper arm of its
 * interval, once with the lower arm only. libxlsxwriter 1.1.4 writes only fixed-length
 * error bars, so each arm is the group's own fixed length. Log scale, crossing at 1. */
static lxw_chart *
rri_chart (Writer      *w,
           BpPackSheet *s,
           lxw_row_t    header_row)
{
  const BpPackTable *t = s->chart_table;
  const guint n_groups = t->n_columns - 3;
  lxw_row_t first = header_row + 1, last = header_row + t->rows->len;
  lxw_chart_line bar_line = { .color = COLOR_DARK_BLUE, .width = 1.5f };
  lxw_chart_line no_line = { .none = LXW_TRUE };
  lxw_chart_fill fill = { .color = COLOR_DARK_BLUE };
  lxw_chart *chart = NULL;
  double lo = 1.0, hi = 1.0;

  for (guint i = 0; i < n_groups && i < t->rows->len; i++)
    {
      const BpPackCell *rri = bp_pack_table_cell (t, i, 1 + i);
      const BpPackCell *low = bp_pack_table_cell (t, i, t->n_columns - 2);
      const BpPackCell *high = bp_pack_table_cell (t, i, t->n_columns - 1);
      lxw_col_t col = (lxw_col_t) (1 + i);

      if (rri->kind != BP_PACK_CELL_NUMBER || rri->number <= 0)
        continue;
      if (chart == NULL)
        chart = workbook_add_chart (w->workbook, LXW_CHART_LINE);
      lo = MIN (lo, rri->number);
      hi = MAX (hi, rri->number);

      for (int arm = 0; arm < 2; arm++)
        {
          lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
          const BpPackCell *end = arm == 0 ? high : low;

          chart_series_set_categories (series, s->name, first, 0, last, 0);
          chart_series_set_values (series, s->name, first, col, last, col);
          chart_series_set_name_range (series, s->name, header_row, col);
          chart_series_set_line (series, &no_line);
          if (arm == 0)
            {
              chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);
              chart_series_set_marker_size (series, 8);
              chart_series_set_marker_fill (series, &fill);
              chart_series_set_marker_line (series, &bar_line);
            }
          else
            chart_series_set_marker_type (series, LXW_CHART_MARKER_NONE);
          if (end->kind == BP_PACK_CELL_NUMBER && end->number > 0)
            {
              double length = fabs (end->number - rri->number);

              chart_series_set_error_bars (series->y_error_bars, LXW_CHART_ERROR_BAR_TYPE_FIXED,
                                           length);
              chart_series_set_error_bars_direction (series->y_error_bars,
                                                     arm == 0 ? LXW_CHART_ERROR_BAR_DIR_PLUS
                                                              : LXW_CHART_ERROR_BAR_DIR_MINUS);
              chart_series_set_error_bars_line (series->y_error_bars, &bar_line);
              lo = MIN (lo, end->number);
              hi = MAX (hi, end->number);
            }
        }
    }
  if (chart == NULL)
    return NULL;
  chart_axis_set_log_base (chart->y_axis, 10);
  chart_axis_set_min (chart->y_axis, pow (10, floor (log10 (lo))));
  chart_axis_set_max (chart->y_axis, pow (10, ceil (log10 (hi * 1.0001))));
  chart_axis_set_crossing (chart->y_axis, 1);
  chart_axis_set_name (chart->y_axis, safe (w, s->chart_axis));
  chart_axis_set_num_format (chart->y_axis, "0.0#");
  style_axis_font (chart->y_axis);
  style_axis_font (chart->x_axis);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
  return chart;
}

/* Bars by category, a series per column: the first solid, the next patterned, each
 * labelled with its value, so colour is never the only difference. */
static lxw_chart *
bars_chart (Writer      *w,
            BpPackSheet *s,
            lxw_row_t    header_row)
{
  static const lxw_color_t colors[] = { COLOR_DARK_BLUE, COLOR_TURQUOISE, COLOR_DARK_PINK };
  const BpPackTable *t = s->chart_table;
  lxw_row_t first = header_row + 1, last = header_row + t->rows->len;
  lxw_chart *chart = NULL;

  for (guint c = 1; c < t->n_columns && c <= G_N_ELEMENTS (colors); c++)
    {
      lxw_chart_series *series;
      lxw_chart_line line = { .color = colors[c - 1] };

      if (!column_has_values (t, c))
        continue;
      if (chart == NULL)
        chart = workbook_add_chart (w->workbook, LXW_CHART_BAR);
      series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (series, s->name, first, 0, last, 0);
      chart_series_set_values (series, s->name, first, (lxw_col_t) c, last, (lxw_col_t) c);
      chart_series_set_name_range (series, s->name, header_row, (lxw_col_t) c);
      if (c == 1)
        {
          lxw_chart_fill fill = { .color = colors[0] };

          chart_series_set_fill (series, &fill);
        }
      else
        {
          lxw_chart_pattern pattern = { .type = LXW_CHART_PATTERN_WIDE_UPWARD_DIAGONAL,
                                        .fg_color = colors[c - 1], .bg_color = LXW_COLOR_WHITE };

          chart_series_set_pattern (series, &pattern);
        }
      chart_series_set_line (series, &line);
      chart_series_set_labels (series);
      /* Counts, or percentages to one place (chart_decimals 1) */
      chart_series_set_labels_num_format (series, s->chart_decimals == 1 ? "0.0" : "#,##0");
    }
  if (chart == NULL)
    return NULL;
  /* In a bar chart libxlsxwriter's x_axis holds the values (across) and its y_axis the
   * categories (down the left) */
  chart_axis_set_name (chart->x_axis, safe (w, s->chart_axis));
  chart_axis_set_num_format (chart->x_axis, "#,##0");
  chart_axis_set_min (chart->x_axis, 0);
  if (s->chart_decimals == 1)
    chart_axis_set_max (chart->x_axis, 100); /* a percentage */
  /* categories top to bottom, as in the table */
  chart_axis_set_reverse (chart->y_axis);
  style_axis_font (chart->y_axis);
  style_axis_font (chart->x_axis);
  chart_legend_set_position (chart, t->n_columns > 2 ? LXW_CHART_LEGEND_BOTTOM
                                                      : LXW_CHART_LEGEND_NONE);
  chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
  return chart;
}

static gboolean
write_chart (Writer         *w,
             lxw_worksheet  *ws,
             BpPackSheet    *s,
             lxw_row_t       chart_header_row,
             lxw_row_t       at_row,
             GError        **error)
{
  lxw_chart *chart = NULL;
  lxw_chart_options options = { 0 };

  switch (s->chart_style)
    {
    case BP_PACK_CHART_NONE:
      return TRUE;
    case BP_PACK_CHART_RATE:
      chart = rate_chart (w, s, chart_header_row);
      break;
    case BP_PACK_CHART_REOFFENDING:
      chart = reoffending_chart (w, s, chart_header_row);
      break;
    case BP_PACK_CHART_RRI:
      chart = rri_chart (w, s, chart_header_row);
      break;
    case BP_PACK_CHART_BARS:
      chart = bars_chart (w, s, chart_header_row);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  if (chart == NULL)
    {
      TRY (w, worksheet_write_string (ws, at_row, 0,
                                      safe (w, _("No chart: there are no values that may be "
                                                 "shown.")),
                                      w->line), error);
      return TRUE;
    }
  chart_title (w, chart, s);
  options.x_scale = 1.6;
  options.y_scale = 1.4;
  options.description = (char *) safe (w, s->chart_alt ? s->chart_alt : s->title);
  TRY (w, worksheet_insert_chart_opt (ws, at_row, 0, chart, &options), error);
  return TRUE;
}

/* The chart of a table's own rows (the comparators' bars), below it: categories in
 * column 0, the values of t->chart_values, the area's own bar hatched. Excel plots a
 * text cell as 0, so a table with a [c] in that column has none here (the PDF draws its
 * bars without the hidden one). */
static gboolean
write_table_chart (Writer             *w,
                   lxw_worksheet      *ws,
                   const BpPackSheet  *s,
                   const BpPackTable  *t,
                   lxw_row_t           header_row,
                   lxw_row_t          *next_row,
                   GError            **error)
{
  lxw_row_t first = header_row + 1, last = header_row + t->rows->len;
  lxw_col_t col = (lxw_col_t) t->chart_values;
  g_autofree lxw_chart_point **points = NULL;
  lxw_chart_pattern hatch = { .type = LXW_CHART_PATTERN_WIDE_UPWARD_DIAGONAL,
                              .fg_color = COLOR_TURQUOISE, .bg_color = LXW_COLOR_WHITE };
  lxw_chart_line outline = { .color = COLOR_TURQUOISE };
  lxw_chart_point marked = { .line = &outline, .pattern = &hatch };
  lxw_chart_fill fill = { .color = COLOR_DARK_BLUE };
  lxw_chart_point plain = { .fill = &fill };
  lxw_chart_options options = { 0 };
  lxw_chart_font font = { .size = 12, .bold = LXW_TRUE };
  lxw_chart_series *series;
  lxw_chart *chart;
  int decimals = 0;

  if (t->rows->len == 0)
    return TRUE;
  for (guint r = 0; r < t->rows->len; r++)
    {
      const BpPackCell *cell = bp_pack_table_cell (t, r, (guint) col);

      if (cell->kind != BP_PACK_CELL_NUMBER)
        return TRUE;
      decimals = MAX (decimals, bp_pack_format_decimals (cell->format));
    }
  chart = workbook_add_chart (w->workbook, LXW_CHART_BAR);
  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, s->name, first, 0, last, 0);
  chart_series_set_values (series, s->name, first, col, last, col);
  chart_series_set_name_range (series, s->name, header_row, col);
  chart_series_set_fill (series, &fill);
  points = g_new0 (lxw_chart_point *, t->rows->len + 1);
  for (guint r = 0; r < t->rows->len; r++)
    points[r] = (int) r == t->chart_marked ? &marked : &plain;
  TRY (w, chart_series_set_points (series, points), error);
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, decimals == 0 ? "#,##0"
                                              : decimals == 1 ? "#,##0.0"
                                              : decimals == 2 ? "#,##0.00" : "#,##0.000");
  chart_title_set_name (chart, safe (w, t->title));
  chart_title_set_name_font (chart, &font);
  chart_axis_set_min (chart->x_axis, 0);
  chart_axis_set_reverse (chart->y_axis);
  style_axis_font (chart->y_axis);
  style_axis_font (chart->x_axis);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  options.x_scale = 1.6;
  options.y_scale = 1.0;
  options.description = (char *) safe (w, t->chart_alt ? t->chart_alt : t->title);
  TRY (w, worksheet_insert_chart_opt (ws, *next_row + 1, 0, chart, &options), error);
  /* A chart of 288 pixels: about 15 rows of 20, and a row either side. */
  *next_row += 17;
  return TRUE;
}

/* --- sheets -------------------------------------------------------------------------- */

static gboolean
write_sheet (Writer       *w,
             BpPackSheet  *s,
             GError      **error)
{
  lxw_worksheet *ws;
  lxw_row_t row = 0;
  lxw_row_t first_header = 0, chart_header = 0;
  double widths[64] = { 0 };
  lxw_row_t breaks[16] = { 0 }; /* zero-terminated */
  guint n_breaks = 0;
  guint max_columns = 0;
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *marking = NULL;

  w->context = s->name;
  ws = workbook_add_worksheet (w->workbook, safe (w, s->name));
  if (ws == NULL)
    {
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_XLSX,
                   /* Translators: the file, a worksheet name and libxlsxwriter's message,
                    * which is in English */
                   _("%s: the workbook could not be made: the worksheet name was refused, "
                     "sheet %s (libxlsxwriter: %s)"),
                   w->display_path, s->name, lxw_strerror (LXW_ERROR_SHEETNAME_ALREADY_USED));
      return FALSE;
    }

  TRY (w, worksheet_write_string (ws, row++, 0, safe (w, s->title), w->title), error);
  TRY (w, worksheet_set_row (ws, 0, 21, NULL), error);
  for (guint i = 0; i < s->lines->len; i++)
    TRY (w, worksheet_write_string (ws, row++, 0, safe (w, g_ptr_array_index (s->lines, i)),
                                    w->line), error);

  for (guint i = 0; i < s->tables->len; i++)
    {
      BpPackTable *t = g_ptr_array_index (s->tables, i);

      if (i == 0)
        first_header = row + 1;
      if (t == s->chart_table)
        chart_header = row + 1;
      {
        lxw_row_t header_row = row + 1;

        /* Printed, a table with its chart starts a page of its own. */
        if (t->chart && i > 0 && n_breaks < G_N_ELEMENTS (breaks) - 2)
          breaks[n_breaks++] = row;
        if (!write_table (w, ws, t, &row, error))
          return FALSE;
        if (t->chart && !write_table_chart (w, ws, s, t, header_row, &row, error))
          return FALSE;
      }
      for (guint c = 0; c < t->n_columns && c < G_N_ELEMENTS (widths); c++)
        widths[c] = MAX (widths[c], t->columns[c].width);
      max_columns = MAX (max_columns, t->n_columns);
    }
  for (guint c = 0; c < max_columns && c < G_N_ELEMENTS (widths); c++)
    TRY (w, worksheet_set_column (ws, (lxw_col_t) c, (lxw_col_t) c, widths[c], NULL), error);

  if (s->chart_style != BP_PACK_CHART_NONE && s->chart_table)
    {
      /* Printed, the chart starts a page of its own rather than straddling two. */
      breaks[n_breaks++] = row + 1;
      if (!write_chart (w, ws, s, chart_header, row + 1, error))
        return FALSE;
    }
  if (n_breaks > 0)
    TRY (w, worksheet_set_h_pagebreaks (ws, breaks), error);

  if (s->tables->len > 0)
    worksheet_freeze_panes (ws, first_header + 1, 0);

  /* Printed, every page carries the marking and its number. "&" starts a code in a
   * header: a literal one is doubled. */
  marking = double_char (w->pack->marking, '&');
  header = g_strdup_printf ("&C&\"-,Bold\"%s", marking);
  TRY (w, worksheet_set_header (ws, safe (w, header)), error);
  /* Translators: the footer of every printed page of the workbook, "Page 2 of 7": Excel
   * puts the page number for &P and the number of pages for &N; keep &P and &N as they
   * are and write no other & */
  footer = g_strdup_printf ("&L&A&R%s", _("Page &P of &N"));
  TRY (w, worksheet_set_footer (ws, safe (w, footer)), error);
  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, 1, 0);
  w->context = NULL;
  return TRUE;
}

/* Whether two worksheet names are one to Excel, which ignores case: libxlsxwriter 1.1.4
 * compares only ASCII letters, so "CAFÉ" and "café" would make a file Excel repairs. */
static gboolean
same_sheet_name (const char *a,
                 const char *b)
{
  g_autofree char *a_nfc = g_utf8_normalize (a, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  g_autofree char *b_nfc = g_utf8_normalize (b, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  g_autofree char *a_down = a_nfc ? g_utf8_strdown (a_nfc, -1) : NULL;
  g_autofree char *b_down = b_nfc ? g_utf8_strdown (b_nfc, -1) : NULL;

  return a_down && b_down && strcmp (a_down, b_down) == 0;
}

/* Sheet names are translated: each is checked by libxlsxwriter's own rules (length,
 * characters, apostrophes, a name in use) before it is added, and against the sheets
 * before it, so a bad translation stops the export with its name rather than making a
 * file Excel cannot open. */
static gboolean
check_sheet_name (Writer  *w,
                  guint    index,
                  GError **error)
{
  const BpPackSheet *s = g_ptr_array_index (w->pack->sheets, index);
  lxw_error code;

  /* Checked before the file was begun too; libxlsxwriter must not see an empty name. */
  if (!_bp_export_sheet_name_valid (s->name, error))
    return FALSE;
  code = workbook_validate_sheet_name (w->workbook, s->name);
  if (code != LXW_NO_ERROR)
    {
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_XLSX,
                   /* Translators: the file, a worksheet name (perhaps a translated one)
                    * and libxlsxwriter's reason, which is in English: "pack.xlsx: the
                    * worksheet name "Summary" cannot be used (libxlsxwriter: Worksheet
                    * name is already in use.)" */
                   _("%s: the worksheet name \"%s\" cannot be used (libxlsxwriter: %s)"),
                   w->display_path, s->name, lxw_strerror (code));
      return FALSE;
    }
  for (guint i = 0; i < index; i++)
    {
      const BpPackSheet *before = g_ptr_array_index (w->pack->sheets, i);

      if (same_sheet_name (before->name, s->name))
        {
          g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                       /* Translators: the file and two worksheet names (perhaps
                        * translated ones) that differ only in capital letters */
                       _("%s: the worksheet names \"%s\" and \"%s\" are the same to Excel"),
                       w->display_path, before->name, s->name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
set_properties (Writer  *w,
                GError **error)
{
  BpPack *pack = w->pack;
  lxw_doc_properties props = { 0 };

  props.title = (char *) safe (w, pack->title);
  props.subject = (char *) safe (w, pack->subject);
  props.author = (char *) safe (w, "Boardpack");
  props.company = (char *) safe (w, pack->area);
  props.category = (char *) safe (w, pack->marking);
  props.keywords = (char *) safe (w, pack->profile == BP_PROFILE_PARTNER
                                     /* Translators: the keywords in the workbook's
                                      * document properties, separated by commas */
                                     ? _("youth justice, board pack, partner, suppressed")
                                     /* Translators: the keywords in the workbook's
                                      * document properties, separated by commas */
                                     : _("youth justice, board pack, internal"));
  props.comments = (char *) safe (w, pack->profile_line);
  props.status = (char *) safe (w, pack->marking);
  TRY (w, workbook_set_properties (w->workbook, &props), error);
  /* The custom properties are for programs as well as people: their names, the marking
   * and the profile stay as they are in every language. */
  TRY (w, workbook_set_custom_property_string (w->workbook, "Protective marking",
                                               pack->profile == BP_PROFILE_INTERNAL
                                               ? "OFFICIAL-SENSITIVE" : "OFFICIAL"), error);
  TRY (w, workbook_set_custom_property_string (w->workbook, "Area",
                                               safe (w, pack->area[0] ? pack->area
                                                     /* Translators: the area in the
                                                      * workbook's properties when the
                                                      * data does not name it */
                                                     : _("not named"))), error);
  TRY (w, workbook_set_custom_property_string (w->workbook, "Profile",
                                               bp_profile_name (pack->profile)), error);
  TRY (w, workbook_set_custom_property_string (w->workbook, "Period",
                                               safe (w, pack->period_text)), error);
  return TRUE;
}

static gboolean
write_all (Writer                *w,
           BpExportProgressFunc   progress,
           gpointer               progress_data,
           GCancellable          *cancellable,
           GError               **error)
{
  guint n = w->pack->sheets->len;

  make_formats (w);
  if (!set_properties (w, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (_bp_export_check_cancelled (cancellable, error))
        return FALSE;
      if (!check_sheet_name (w, i, error))
        return FALSE;
      if (!write_sheet (w, g_ptr_array_index (w->pack->sheets, i), error))
        return FALSE;
      if (progress)
        progress ((double) (i + 1) / (n + 1), progress_data);
    }
  return TRUE;
}

/**
 * bp_export_workbook_pack:
 * @progress: (nullable) (scope call): told how far the export is
 *
 * Writes @pack as an Excel workbook at @path: to a temporary file beside it, renamed
 * over @path only when complete.
 */
gboolean
bp_export_workbook_pack (BpPack                *pack,
                         const char            *path,
                         BpExportProgressFunc   progress,
                         gpointer               progress_data,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *display = NULL;
  BpExportFile file;
  BpExportLocale locale;
  Writer w = { 0 };
  lxw_workbook_options options = { 0 };
  gboolean ok;

  g_return_val_if_fail (pack != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < pack->sheets->len; i++)
    if (!_bp_export_sheet_name_valid (((BpPackSheet *) g_ptr_array_index (pack->sheets,
                                                                           i))->name, error))
      return FALSE;
  if (_bp_export_check_cancelled (cancellable, error))
    return FALSE;
  if (!_bp_export_file_begin (&file, path, pack->profile == BP_PROFILE_INTERNAL, error))
    return FALSE;

  display = g_filename_display_name (path);
  w.pack = pack;
  w.strings = strings;
  w.display_path = display;

  _bp_export_locale_push (&locale);
  w.workbook = workbook_new_opt (file.tmp_path, &options);
  if (w.workbook == NULL)
    {
      _bp_export_locale_pop (&locale);
      _bp_export_file_abort (&file);
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                   /* Translators: %s is the file to write */
                   _("%s: the workbook could not be started (out of memory?)"), display);
      return FALSE;
    }
  ok = write_all (&w, progress, progress_data, cancellable, error);
  if (ok)
    {
      lxw_error code;
      int saved_errno;

      /* libxlsxwriter prints its own "[ERROR]" lines, naming the temporary file, on
       * standard error when a write fails: the user is told in our words instead. */
      _bp_export_quiet_stderr (TRUE);
      errno = 0;
      code = workbook_close (w.workbook);
      saved_errno = errno;
      _bp_export_quiet_stderr (FALSE);
      if (code != LXW_NO_ERROR)
        {
          ok = FALSE;
          if (saved_errno == ENOSPC || saved_errno == EDQUOT)
            g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                         /* Translators: %s is the file to write */
                         _("%s: the workbook could not be written: the disk is full. Free "
                           "some space and export again; nothing was changed."), display);
          else
            g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                         /* Translators: %s is the file to write; the second %s the
                          * system's reason, e.g. "Permission denied" */
                         _("%s: the workbook could not be written (%s); check that the "
                           "folder can be written and has space, and export again; nothing "
                           "was changed."), display,
                         saved_errno ? g_strerror (saved_errno) : _("the file could not be "
                                                                     "finished"));
        }
    }
  else
    lxw_workbook_free (w.workbook);
  _bp_export_locale_pop (&locale);

  return _bp_export_file_finish (&file, ok, progress, progress_data, error);
}

/**
 * bp_export_workbook:
 * @store: (nullable): the database @report came from, for the data quality sheet
 * @progress: (nullable) (scope call): told how far the export is
 * @cancellable: (nullable)
 *
 * Writes the board pack of @report under @profile as an Excel workbook at @path. On
 * failure any file already at @path is left as it was.
 */
gboolean
bp_export_workbook (const BpReport        *report,
                    BpStore               *store,
                    BpProfile              profile,
                    const char            *path,
                    BpExportProgressFunc   progress,
                    gpointer               progress_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(BpPack) pack = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pack = bp_pack_new (report, store, profile, error);
  if (pack == NULL)
    return FALSE;
  return bp_export_workbook_pack (pack, path, progress, progress_data, cancellable, error);
}

/* bp-pdf-table.c: the PDF's tables
 *
 * A table is fitted to a width with every word whole (at 7.5 points, then 6.5), or with
 * fewer columns (an indicator's page: the first columns, the rest in the appendix), or on
 * a landscape page (the appendix, down to 5.5 points); long header words are broken only
 * when nothing else fits a landscape page. A table that continues onto another page
 * repeats its header, and never leaves fewer than BP_PDF_MIN_ROWS rows on either side of
 * the break; its title stays with its header and first rows.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pdf-private.h"

static const char *const fonts[][2] = {
  { "Sans 7.5", "Sans Bold 7.5" },
  { "Sans 6.5", "Sans Bold 6.5" },
  { "Sans 5.5", "Sans Bold 5.5" },  /* a landscape page's last size before words break */
};
/* The sizes a table tries on an indicator's page or a portrait one. */
#define PORTRAIT_FONTS 2

static gboolean
is_numeric_column (const BpPackTable *t,
                   guint              c)
{
  switch (t->columns[c].format)
    {
    case BP_PACK_FORMAT_TEXT:
    case BP_PACK_FORMAT_WRAP:
      return FALSE;
    case BP_PACK_FORMAT_INTEGER:
    case BP_PACK_FORMAT_YEAR:
    case BP_PACK_FORMAT_DEC1:
    case BP_PACK_FORMAT_DEC2:
    case BP_PACK_FORMAT_DEC3:
    case BP_PACK_FORMAT_SIGNED1:
    case BP_PACK_FORMAT_SIGNED2:
    case BP_PACK_FORMAT_DATE:
    case BP_PACK_FORMAT_MONEY:
    case BP_PACK_N_FORMATS:
    default:
      return TRUE;
    }
}

static void
use_fonts (BpPdfDoc      *doc,
           BpPdfTableFit *fit)
{
  doc->cell_font = fit->font;
  doc->cell_font_bold = fit->font_bold;
}

/* The widest word of @text: a column never gets narrower than that. */
static double
widest_word (BpPdfDoc   *doc,
             const char *text,
             const char *font)
{
  g_auto(GStrv) words = g_strsplit (text ? text : "", " ", -1);
  double widest = 0;

  for (guint i = 0; words[i]; i++)
    {
      g_autoptr(PangoLayout) l = _bp_pdf_layout_new (doc, words[i], font, -1);

      widest = MAX (widest, _bp_pdf_layout_width (l));
    }
  return widest;
}

static void measure_all (BpPdfDoc      *doc,
                         BpPdfTableFit *fit,
                         BpPdfColumn   *sizes);

/* Measures every column of @fit's table over @fit's rows into @sizes (in the table's
 * order); the measures are the same in every pass and kept in @doc->measures. */
static void
measure_columns (BpPdfDoc      *doc,
                 BpPdfTableFit *fit)
{
  const BpPackTable *t = fit->table;
  g_autofree char *key = NULL;
  BpPdfColumn *all = NULL;
  gboolean kept = FALSE;

  /* (the PDF's own contents table is made anew, with other page numbers, each pass) */
  if (doc->measures && !t->pdf_links)
    {
      key = g_strdup_printf ("%p %s %u %u", (const void *) t, doc->cell_font, fit->first_row,
                             fit->n_rows);
      all = g_hash_table_lookup (doc->measures, key);
      kept = all != NULL;
    }
  if (all == NULL)
    {
      all = g_new0 (BpPdfColumn, t->n_columns);
      measure_all (doc, fit, all);
      if (key)
        {
          g_hash_table_insert (doc->measures, g_steal_pointer (&key), all);
          kept = TRUE;
        }
    }
  for (guint i = 0; i < fit->n_cols; i++)
    fit->sizes[i] = all[fit->cols[i]];
  if (!kept)
    g_free (all);
}

static void
measure_all (BpPdfDoc      *doc,
             BpPdfTableFit *fit,
             BpPdfColumn   *sizes)
{
  const BpPackTable *t = fit->table;

  for (guint c = 0; c < t->n_columns; c++)
    {
      BpPdfColumn *s = &sizes[c];
      double header_word = widest_word (doc, t->columns[c].header, doc->cell_font_bold);
      double values = 0;

      s->natural = header_word;
      for (guint r = fit->first_row; r < fit->first_row + fit->n_rows; r++)
        {
          g_autofree char *text = bp_pack_cell_to_text (bp_pack_table_cell (t, r, c));
          g_autoptr(PangoLayout) l = _bp_pdf_layout_new (doc, text, doc->cell_font, -1);

          s->natural = MAX (s->natural, _bp_pdf_layout_width (l));
          if (!is_numeric_column (t, c))
            values = MAX (values, widest_word (doc, text, doc->cell_font));
          else
            values = MAX (values, _bp_pdf_layout_width (l));
        }
      s->comfortable = MAX (header_word, values) + 2 * BP_PDF_CELL_PAD;
      s->minimum = MAX (MIN (header_word, 36.0), values) + 2 * BP_PDF_CELL_PAD;
      s->natural += 2 * BP_PDF_CELL_PAD;
    }
}

/* Gives each column its @from width and shares out what is left of @available in
 * proportion to how much more each would like (@to - @from). */
static void
share_out (BpPdfColumn *sizes,
           guint        n,
           double       available,
           gsize        from,
           gsize        to)
{
  double used = 0, wanted = 0;

  for (guint i = 0; i < n; i++)
    {
      double a = G_STRUCT_MEMBER (double, &sizes[i], from);
      double b = G_STRUCT_MEMBER (double, &sizes[i], to);

      used += a;
      wanted += MAX (b - a, 0);
    }
  for (guint i = 0; i < n; i++)
    {
      double a = G_STRUCT_MEMBER (double, &sizes[i], from);
      double b = G_STRUCT_MEMBER (double, &sizes[i], to);

      sizes[i].width = a + (wanted > 0 ? (available - used) * MAX (b - a, 0) / wanted
                                       : (available - used) / n);
    }
}

/* Widths for the columns: natural widths when they fit, else text columns wrap at
 * their words, else (@break_words) long header words break. FALSE when none fits. */
static gboolean
fit_columns (BpPdfColumn *sizes,
             guint        n,
             double       available,
             gboolean     break_words)
{
  double natural = 0, comfortable = 0, minimum = 0;

  for (guint i = 0; i < n; i++)
    {
      natural += sizes[i].natural;
      comfortable += sizes[i].comfortable;
      minimum += sizes[i].minimum;
    }
  if (natural <= available)
    for (guint i = 0; i < n; i++)
      sizes[i].width = sizes[i].natural + (available - natural) / n;
  else if (comfortable <= available)
    share_out (sizes, n, available, G_STRUCT_OFFSET (BpPdfColumn, comfortable),
               G_STRUCT_OFFSET (BpPdfColumn, natural));
  else if (break_words && minimum <= available)
    share_out (sizes, n, available, G_STRUCT_OFFSET (BpPdfColumn, minimum),
               G_STRUCT_OFFSET (BpPdfColumn, comfortable));
  else
    return FALSE;
  return TRUE;
}

void
_bp_pdf_table_fit_clear (BpPdfTableFit *fit)
{
  g_free (fit->cols);
  g_free (fit->sizes);
  g_free (fit->row_heights);
  g_clear_pointer (&fit->page_rows, g_array_unref);
  memset (fit, 0, sizeof *fit);
}

static void
fit_init (BpPdfTableFit     *fit,
          const BpPackTable *t,
          guint              n_cols)
{
  _bp_pdf_table_fit_clear (fit);
  fit->table = t;
  fit->cols = g_new (guint, t->n_columns);
  fit->sizes = g_new0 (BpPdfColumn, t->n_columns);
  fit->n_cols = n_cols > 0 ? MIN (n_cols, t->n_columns) : t->n_columns;
  for (guint c = 0; c < t->n_columns; c++)
    fit->cols[c] = c;
  /* Measured over every row, so a part of them (an indicator page's latest periods,
   * chosen after) never has a cell wider than its column. */
  fit->first_row = 0;
  fit->n_rows = t->rows->len;
}

/**
 * _bp_pdf_table_fit:
 * @fit: filled in, for every row; set @first_row and @n_rows after to draw part of them
 *
 * Fits the first @n_cols columns of @t (0: every one) in @width with whole words. With @may_break_words, a table that
 * does not fit has its long header words broken, then equal columns. FALSE when it does
 * not fit whole.
 */
gboolean
_bp_pdf_table_fit (BpPdfDoc          *doc,
                   const BpPackTable *t,
                   guint              n_cols,
                   double             width,
                   gboolean           may_break_words,
                   BpPdfTableFit     *fit)
{
  fit_init (fit, t, n_cols);
  /* a compact cover sets its tables small at once */
  for (guint f = doc->cover_level > 0 && doc->page == 1 ? 1 : 0;
       f < (may_break_words ? G_N_ELEMENTS (fonts) : PORTRAIT_FONTS); f++)
    {
      fit->font = fonts[f][0];
      fit->font_bold = fonts[f][1];
      use_fonts (doc, fit);
      measure_columns (doc, fit);
      if (fit_columns (fit->sizes, fit->n_cols, width, FALSE))
        return TRUE;
    }
  if (!may_break_words)
    return FALSE;
  fit->words_broken = TRUE;
  if (!fit_columns (fit->sizes, fit->n_cols, width, TRUE))
    for (guint i = 0; i < fit->n_cols; i++)
      fit->sizes[i].width = width / fit->n_cols;
  return FALSE;
}

/* The first column and as many of the next as fit @width whole; or (@unwrapped) the
 * first and as many of the next as fit each on one line, passing over those of text that
 * wraps (a description: the figures are what a compact table is for). FALSE when not
 * even two do. */
gboolean
_bp_pdf_table_fit_first_columns (BpPdfDoc          *doc,
                                 const BpPackTable *t,
                                 double             width,
                                 gboolean           unwrapped,
                                 BpPdfTableFit     *fit)
{
  gsize size = unwrapped ? G_STRUCT_OFFSET (BpPdfColumn, natural)
                         : G_STRUCT_OFFSET (BpPdfColumn, comfortable);
  double used;
  guint k = 1;

  fit_init (fit, t, 0);
  fit->font = fonts[PORTRAIT_FONTS - 1][0];
  fit->font_bold = fonts[PORTRAIT_FONTS - 1][1];
  use_fonts (doc, fit);
  measure_columns (doc, fit);
  used = G_STRUCT_MEMBER (double, &fit->sizes[0], size);
  for (guint i = 1; i < fit->n_cols; i++)
    {
      double w = G_STRUCT_MEMBER (double, &fit->sizes[i], size);

      if (unwrapped && t->columns[fit->cols[i]].format == BP_PACK_FORMAT_WRAP)
        continue;
      if (used + w > width)
        break;
      used += w;
      fit->cols[k] = fit->cols[i];
      fit->sizes[k] = fit->sizes[i];
      k++;
    }
  if (k < 2)
    return FALSE;
  fit->n_cols = k;
  return fit_columns (fit->sizes, fit->n_cols, width, FALSE);
}

gboolean
_bp_pdf_table_fits_portrait (BpPdfDoc          *doc,
                             const BpPackTable *t)
{
  BpPdfTableFit fit = { 0 };
  gboolean fits = _bp_pdf_table_fit (doc, t, 0, BP_PDF_A4_SHORT - 2 * BP_PDF_MARGIN, FALSE, &fit);

  _bp_pdf_table_fit_clear (&fit);
  return fits;
}

static char *
cell_text (const BpPackTable *t,
           int                r,
           guint              c)
{
  return r < 0 ? g_strdup (t->columns[c].header)
               : bp_pack_cell_to_text (bp_pack_table_cell (t, (guint) r, c));
}

static double measure_row (BpPdfDoc      *doc,
                           BpPdfTableFit *fit,
                           int            r);

/* A row's height in @fit's widths, measured once. */
static double
row_height (BpPdfDoc      *doc,
            BpPdfTableFit *fit,
            int            r)       /* -1: the header */
{
  if (fit->row_heights == NULL)
    fit->row_heights = g_new0 (double, fit->table->rows->len + 1);
  if (fit->row_heights[r + 1] == 0)
    fit->row_heights[r + 1] = measure_row (doc, fit, r);
  return fit->row_heights[r + 1];
}

static double
measure_row (BpPdfDoc      *doc,
             BpPdfTableFit *fit,
             int            r)
{
  double h = 0;

  for (guint i = 0; i < fit->n_cols; i++)
    {
      g_autofree char *text = cell_text (fit->table, r, fit->cols[i]);
      g_autoptr(PangoLayout) l = _bp_pdf_layout_new (doc, text,
                                                     r < 0 ? doc->cell_font_bold
                                                           : doc->cell_font,
                                                     fit->sizes[i].width - 2 * BP_PDF_CELL_PAD);

      h = MAX (h, _bp_pdf_layout_height (l));
    }
  return h + 2 * BP_PDF_CELL_PAD;
}

static double
table_width (const BpPdfTableFit *fit)
{
  double w = 0;

  for (guint i = 0; i < fit->n_cols; i++)
    w += fit->sizes[i].width;
  return w;
}

static void
draw_row (BpPdfDoc      *doc,
          BpPdfTableFit *fit,
          int            r,
          double         height)
{
  const BpPackTable *t = fit->table;
  double x = BP_PDF_MARGIN, width = table_width (fit);
  BpPackHighlight mark = r >= 0 ? g_array_index (t->highlight, BpPackHighlight, r)
                                : BP_PACK_HIGHLIGHT_NONE;

  _bp_pdf_tag_begin (doc, "TR", NULL);
  if (!doc->dry && mark != BP_PACK_HIGHLIGHT_NONE)
    {
      _bp_pdf_set_color (doc, mark == BP_PACK_HIGHLIGHT_HIGHER ? 0xFBE3D6
                         : mark == BP_PACK_HIGHLIGHT_LOWER ? 0xDCEAF7 : 0xEDEDED);
      cairo_rectangle (doc->cr, BP_PDF_MARGIN, doc->y, width, height);
      cairo_fill (doc->cr);
      _bp_pdf_set_color (doc, 0x000000);
    }
  for (guint i = 0; i < fit->n_cols; i++)
    {
      guint c = fit->cols[i];
      g_autofree char *text = cell_text (t, r, c);
      g_autoptr(PangoLayout) l = _bp_pdf_layout_new (doc, text,
                                                     r < 0 || mark != BP_PACK_HIGHLIGHT_NONE
                                                     ? doc->cell_font_bold : doc->cell_font,
                                                     fit->sizes[i].width - 2 * BP_PDF_CELL_PAD);
      const BpPackCell *cell = r >= 0 ? bp_pack_table_cell (t, (guint) r, c) : NULL;
      const char *link = cell ? cell->link : NULL;

      if (is_numeric_column (t, c) || (cell && cell->kind == BP_PACK_CELL_SYMBOL))
        pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
      _bp_pdf_tag_begin (doc, r < 0 ? "TH" : "TD", NULL);
      /* a contents entry links to its section (t->pdf_links: the PDF's destinations) */
      if (link != NULL && t->pdf_links)
        {
          g_autofree char *attributes = g_strdup_printf ("dest='%s'", link);

          _bp_pdf_tag_begin (doc, CAIRO_TAG_LINK, attributes);
        }
      _bp_pdf_show_layout (doc, l, x + BP_PDF_CELL_PAD, doc->y + BP_PDF_CELL_PAD);
      if (link != NULL && t->pdf_links)
        _bp_pdf_tag_end (doc, CAIRO_TAG_LINK);
      _bp_pdf_tag_end (doc, r < 0 ? "TH" : "TD");
      x += fit->sizes[i].width;
    }
  if (!doc->dry)
    {
      cairo_set_line_width (doc->cr, r < 0 ? 0.8 : 0.3);
      if (r >= 0)
        _bp_pdf_set_color (doc, 0xb0b0b0);
      cairo_move_to (doc->cr, BP_PDF_MARGIN, doc->y + height);
      cairo_line_to (doc->cr, BP_PDF_MARGIN + width, doc->y + height);
      cairo_stroke (doc->cr);
      _bp_pdf_set_color (doc, 0x000000);
    }
  _bp_pdf_tag_end (doc, "TR");
  doc->y += height;
}

static double
title_height (BpPdfDoc   *doc,
              const char *title)
{
  g_autoptr(PangoLayout) l = _bp_pdf_layout_new (doc, title, BP_PDF_FONT_SUBHEADING,
                                                 _bp_pdf_width (doc));

  return _bp_pdf_layout_height (l) + 4;
}

/* The height of @fit's title, header and rows, unbroken. */
double
_bp_pdf_table_height (BpPdfDoc      *doc,
                      BpPdfTableFit *fit,
                      const char    *title)
{
  double h;

  use_fonts (doc, fit);
  h = title_height (doc, title) + row_height (doc, fit, -1);
  for (guint r = fit->first_row; r < fit->first_row + fit->n_rows; r++)
    h += row_height (doc, fit, (int) r);
  return h + 12;
}

/* Draws @fit under @title from the cursor, onto as many pages as it needs. */
void
_bp_pdf_table_draw (BpPdfDoc      *doc,
                    BpPdfTableFit *fit,
                    const char    *title)
{
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) continued = NULL;
  double continued_h;
  g_autofree double *heights = NULL;
  g_autofree gboolean *break_before = NULL;
  guint n = fit->n_rows, head;
  double title_h, header_h, y, bottom = _bp_pdf_bottom (doc);
  int last_break = -1;

  use_fonts (doc, fit);
  title_layout = _bp_pdf_layout_new (doc, title, BP_PDF_FONT_SUBHEADING, _bp_pdf_width (doc));
  title_h = _bp_pdf_layout_height (title_layout) + 4;
  {
    /* Translators: above a table where it goes on from the page before, as in "Table 3
     * (continued)" */
    g_autofree char *text = g_strdup_printf (_("%s (continued)"),
                                             fit->table->label ? fit->table->label : title);

    continued = _bp_pdf_layout_new (doc, text, "Sans Bold 8", _bp_pdf_width (doc));
    continued_h = _bp_pdf_layout_height (continued) + 3;
  }
  header_h = row_height (doc, fit, -1);
  heights = g_new (double, MAX (n, 1));
  break_before = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    heights[i] = row_height (doc, fit, (int) (fit->first_row + i));

  /* The title stays with the header and the first rows (all of them when they are few). */
  head = MIN (n, BP_PDF_MIN_ROWS);
  {
    double need = title_h + header_h;

    for (guint i = 0; i < head; i++)
      need += heights[i];
    _bp_pdf_ensure (doc, need);
  }

  /* Where the pages break: a page holds what fits, but the last page gets at least
   * BP_PDF_MIN_ROWS rows, taken from the page before when that leaves it as many; a
   * table that would break once so badly starts on a new page if it fits there whole. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      y = doc->y + title_h + header_h;
      last_break = -1;
      memset (break_before, 0, sizeof (gboolean) * MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          if (y + heights[i] > bottom && i > 0)
            {
              break_before[i] = TRUE;
              last_break = (int) i;
              y = BP_PDF_TOP + continued_h + header_h;
            }
          y += heights[i];
        }
      if (last_break <= 0 || n - (guint) last_break >= BP_PDF_MIN_ROWS || n < BP_PDF_MIN_ROWS)
        break;
      {
        int previous = 0;
        int moved = (int) n - BP_PDF_MIN_ROWS;
        double whole = title_h + header_h;

        for (int i = last_break - 1; i > 0; i--)
          if (break_before[i])
            {
              previous = i;
              break;
            }
        if (moved - previous >= BP_PDF_MIN_ROWS)
          {
            break_before[last_break] = FALSE;
            break_before[moved] = TRUE;
            break;
          }
        for (guint i = 0; i < n; i++)
          whole += heights[i];
        if (attempt > 0 || previous > 0 || doc->y <= BP_PDF_TOP ||
            BP_PDF_TOP + whole > bottom)
          break;
        _bp_pdf_new_page (doc, doc->landscape);
      }
    }

  fit->page = doc->page;
  _bp_pdf_tag_begin (doc, "Table", NULL);
  _bp_pdf_tag_begin (doc, "Caption", NULL);
  _bp_pdf_show_layout (doc, title_layout, BP_PDF_MARGIN, doc->y);
  _bp_pdf_tag_end (doc, "Caption");
  doc->y += title_h;
  draw_row (doc, fit, -1, header_h);
  if (fit->page_rows == NULL)
    fit->page_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (fit->page_rows, 1);
  for (guint i = 0; i < n; i++)
    {
      if (break_before[i])
        {
          _bp_pdf_new_page (doc, doc->landscape);
          /* "Table 3 (continued)", then the header again */
          _bp_pdf_tag_begin (doc, "P", NULL);
          _bp_pdf_show_layout (doc, continued, BP_PDF_MARGIN, doc->y);
          _bp_pdf_tag_end (doc, "P");
          doc->y += continued_h;
          draw_row (doc, fit, -1, header_h);
          g_array_set_size (fit->page_rows, fit->page_rows->len + 1);
        }
      draw_row (doc, fit, (int) (fit->first_row + i), heights[i]);
      g_array_index (fit->page_rows, guint, fit->page_rows->len - 1)++;
    }
  _bp_pdf_tag_end (doc, "Table");
  doc->y += 12;
}

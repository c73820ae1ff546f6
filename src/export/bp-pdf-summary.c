/* bp-pdf-summary.c: the PDF's summary page, a tile per headline figure
 *
 * Each tile is a row of the Summary judgements table (bp-pack-judgements.c): the figure,
 * the change in words, England and Wales and the family in words, and the status as a
 * coloured chip that also says its name (colour is never the only sign). Under the tiles,
 * the rule that gave the statuses and the service's summary commentary.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-pdf-private.h"
#include "bp-rag.h"

#define COLUMNS 3
#define GAP 8.0
#define PAD 5.0
#define STRIPE 4.0

typedef struct
{
  PangoLayout *name;
  PangoLayout *measure;
  PangoLayout *figure;
  PangoLayout *status;
  PangoLayout *lines[4];   /* change, England and Wales, family, care */
  guint32      fill;
  guint32      ink;
  double       height;
} Tile;

static void
tile_clear (Tile *tile)
{
  g_clear_object (&tile->name);
  g_clear_object (&tile->measure);
  g_clear_object (&tile->figure);
  g_clear_object (&tile->status);
  for (guint i = 0; i < G_N_ELEMENTS (tile->lines); i++)
    g_clear_object (&tile->lines[i]);
}

static const char *
text_of (const BpPackTable *t,
         guint              r,
         guint              c)
{
  const BpPackCell *cell = bp_pack_table_cell (t, r, c);

  return cell->text ? cell->text : "";
}

/* The chip's colours: fill and text, 4.5:1 or better between them. */
static void
status_colours (const char *status,
                guint32    *fill,
                guint32    *ink)
{
  if (g_strcmp0 (status, bp_rag_name (BP_RAG_GREEN)) == 0)
    *fill = 0x1D6B35, *ink = 0xFFFFFF;
  else if (g_strcmp0 (status, bp_rag_name (BP_RAG_AMBER)) == 0)
    *fill = 0xF2B233, *ink = 0x000000;
  else if (g_strcmp0 (status, bp_rag_name (BP_RAG_RED)) == 0)
    *fill = 0xB0281E, *ink = 0xFFFFFF;
  else
    *fill = 0xE4E4E4, *ink = 0x000000;
}

/* A font @points high at @scale: "Sans Bold 7.2" */
static char *
font_at (const char *family,
         double      points,
         double      scale)
{
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.1f", points * scale);
  return g_strconcat (family, " ", size, NULL);
}

static void
tile_layout (BpPdfDoc          *doc,
             const BpPackTable *t,
             guint              r,
             double             width,
             double             scale,
             Tile              *tile)
{
  g_autofree char *bold = font_at ("Sans Bold", 8, scale);
  g_autofree char *small = font_at ("Sans", 7, scale);
  g_autofree char *chip = font_at ("Sans Bold", 7.5, scale);
  g_autofree char *big = font_at ("Sans Bold", 15, scale);
  g_autofree char *body = font_at ("Sans", 7.5, scale);
  g_autofree char *italic = font_at ("Sans Italic", 7, scale);
  double inner = width - 2 * PAD - STRIPE;
  g_autofree char *figure = bp_pack_cell_to_text (bp_pack_table_cell (t, r, BP_JUDGEMENT_FIGURE));
  /* the period when it is not the pack's (a reoffending cohort, a financial year) */
  gboolean own_period = g_strcmp0 (text_of (t, r, BP_JUDGEMENT_PERIOD), doc->pack->period_text) != 0;
  /* Translators: under a tile's title: the measure and its period, as in "% of children
   * who reoffended, Jan-Mar 2023" */
  g_autofree char *measure = own_period ? g_strdup_printf (_("%s, %s"),
                                                           text_of (t, r, BP_JUDGEMENT_MEASURE),
                                                           text_of (t, r, BP_JUDGEMENT_PERIOD))
                                        : g_strdup (text_of (t, r, BP_JUDGEMENT_MEASURE));
  const BpPackCell *care = bp_pack_table_cell (t, r, BP_JUDGEMENT_CARE);
  double status_w;

  tile->name = _bp_pdf_layout_new (doc, text_of (t, r, BP_JUDGEMENT_INDICATOR), bold, inner);
  tile->measure = _bp_pdf_layout_new (doc, measure, small, inner);
  tile->status = _bp_pdf_layout_new (doc, text_of (t, r, BP_JUDGEMENT_STATUS), chip, -1);
  status_w = _bp_pdf_layout_width (tile->status) + 8;
  tile->figure = _bp_pdf_layout_new (doc, figure, big, inner - status_w - 4);
  tile->lines[0] = _bp_pdf_layout_new (doc, text_of (t, r, BP_JUDGEMENT_CHANGE), body, inner);
  /* no line for a comparison that does not apply (a count has no comparators) */
  for (guint k = 1; k <= 2; k++)
    if (bp_pack_table_cell (t, r, k == 1 ? BP_JUDGEMENT_NATIONAL : BP_JUDGEMENT_FAMILY)->kind != BP_PACK_CELL_SYMBOL)
      tile->lines[k] = _bp_pdf_layout_new (doc, text_of (t, r, k == 1 ? BP_JUDGEMENT_NATIONAL
                                                                      : BP_JUDGEMENT_FAMILY),
                                           body, inner);
  if (care->kind != BP_PACK_CELL_SYMBOL)
    tile->lines[3] = _bp_pdf_layout_new (doc, text_of (t, r, BP_JUDGEMENT_CARE), italic, inner);
  status_colours (text_of (t, r, BP_JUDGEMENT_STATUS), &tile->fill, &tile->ink);

  tile->height = PAD + _bp_pdf_layout_height (tile->name) + 1 +
                 _bp_pdf_layout_height (tile->measure) + 3 +
                 _bp_pdf_layout_height (tile->figure) + 3;
  for (guint i = 0; i < G_N_ELEMENTS (tile->lines); i++)
    if (tile->lines[i])
      tile->height += _bp_pdf_layout_height (tile->lines[i]) + 2;
  tile->height += PAD;
}

static void
show_tagged (BpPdfDoc    *doc,
             const char  *tag,
             PangoLayout *layout,
             double       x,
             double      *y,
             double       space_after)
{
  _bp_pdf_tag_begin (doc, tag, NULL);
  _bp_pdf_show_layout (doc, layout, x, *y);
  _bp_pdf_tag_end (doc, tag);
  *y += _bp_pdf_layout_height (layout) + space_after;
}

static void
tile_draw (BpPdfDoc *doc,
           Tile     *tile,
           double    x,
           double    y,
           double    width,
           double    height)
{
  double tx = x + STRIPE + PAD, ty = y + PAD;
  double figure_h, chip_w, chip_h;

  _bp_pdf_tag_begin (doc, "Sect", NULL);
  if (!doc->dry)
    {
      _bp_pdf_set_color (doc, 0xF6F6F6);
      cairo_rectangle (doc->cr, x, y, width, height);
      cairo_fill (doc->cr);
      _bp_pdf_set_color (doc, tile->fill);
      cairo_rectangle (doc->cr, x, y, STRIPE, height);
      cairo_fill (doc->cr);
      _bp_pdf_set_color (doc, 0xB0B0B0);
      cairo_set_line_width (doc->cr, 0.4);
      cairo_rectangle (doc->cr, x, y, width, height);
      cairo_stroke (doc->cr);
      _bp_pdf_set_color (doc, 0x000000);
    }
  show_tagged (doc, "H2", tile->name, tx, &ty, 1);
  if (!doc->dry)
    _bp_pdf_set_color (doc, 0x4A4A4A);
  show_tagged (doc, "P", tile->measure, tx, &ty, 3);
  if (!doc->dry)
    _bp_pdf_set_color (doc, 0x000000);

  /* the figure, and the status chip at the right of its line */
  figure_h = _bp_pdf_layout_height (tile->figure);
  chip_w = _bp_pdf_layout_width (tile->status) + 8;
  chip_h = _bp_pdf_layout_height (tile->status) + 4;
  _bp_pdf_tag_begin (doc, "P", NULL);
  _bp_pdf_show_layout (doc, tile->figure, tx, ty);
  _bp_pdf_tag_end (doc, "P");
  {
    double cx = x + width - PAD - chip_w, cy = ty + (figure_h - chip_h) / 2;

    if (!doc->dry)
      {
        _bp_pdf_set_color (doc, tile->fill);
        cairo_new_sub_path (doc->cr);
        cairo_arc (doc->cr, cx + chip_h / 2, cy + chip_h / 2, chip_h / 2, G_PI / 2,
                   3 * G_PI / 2);
        cairo_arc (doc->cr, cx + chip_w - chip_h / 2, cy + chip_h / 2, chip_h / 2,
                   -G_PI / 2, G_PI / 2);
        cairo_close_path (doc->cr);
        cairo_fill (doc->cr);
        _bp_pdf_set_color (doc, tile->ink);
      }
    _bp_pdf_tag_begin (doc, "P", NULL);
    _bp_pdf_show_layout (doc, tile->status, cx + 4, cy + 2);
    _bp_pdf_tag_end (doc, "P");
    if (!doc->dry)
      _bp_pdf_set_color (doc, 0x000000);
  }
  ty += figure_h + 3;
  for (guint i = 0; i < G_N_ELEMENTS (tile->lines); i++)
    if (tile->lines[i])
      show_tagged (doc, "P", tile->lines[i], tx, &ty, 2);
  _bp_pdf_tag_end (doc, "Sect");
}

/* Draws the tiles at @scale from the cursor, or with @measure only says how high they
 * would be. */
static double
draw_tiles (BpPdfDoc          *doc,
            const BpPackTable *t,
            double             scale,
            gboolean           measure)
{
  double width = (_bp_pdf_width (doc) - GAP * (COLUMNS - 1)) / COLUMNS;
  guint n = t->rows->len;
  Tile *tiles = g_new0 (Tile, MAX (n, 1));
  double total = 0;

  for (guint r = 0; r < n; r++)
    tile_layout (doc, t, r, width, scale, &tiles[r]);
  for (guint first = 0; first < n; first += COLUMNS)
    {
      double height = 0;

      for (guint r = first; r < MIN (first + COLUMNS, n); r++)
        height = MAX (height, tiles[r].height);
      total += height + GAP;
      if (measure)
        continue;
      _bp_pdf_ensure (doc, height);
      for (guint r = first; r < MIN (first + COLUMNS, n); r++)
        tile_draw (doc, &tiles[r], BP_PDF_MARGIN + (r - first) * (width + GAP), doc->y, width,
                   height);
      doc->y += height + GAP;
    }
  for (guint r = 0; r < n; r++)
    tile_clear (&tiles[r]);
  g_free (tiles);
  return total;
}

/* The summary page: the service's commentary, the tiles (smaller when the commentary is
 * long, so that the page stays one), the rule, the sheet's other lines and where the
 * figures are in full. */
void
_bp_pdf_summary_page (BpPdfDoc    *doc,
                      BpPackSheet *s)
{
  static const double scales[] = { 1.0, 0.92, 0.84, 0.76, 0.68 };
  BpPackTable *judgements = bp_pack_find_table (doc->pack, "Summary_judgements");
  BpPackTable *headline = bp_pack_find_table (doc->pack, "Headline_indicators");
  const char *commentary = s->commentary_line > 0 && (guint) s->commentary_line < s->lines->len
                           ? g_ptr_array_index (s->lines, s->commentary_line) : NULL;
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_free);
  double others = 0, scale = scales[G_N_ELEMENTS (scales) - 1];

  if (doc->pack->rag_rule)
    g_ptr_array_add (after, g_strdup (doc->pack->rag_rule));
  /* the sheet's lines but the profile's (in every page's header) */
  for (guint i = 1; i < s->lines->len; i++)
    if ((int) i != s->contents_line && (int) i != s->commentary_line)
      g_ptr_array_add (after, g_strdup (g_ptr_array_index (s->lines, i)));
  if (headline != NULL && headline->label)
    /* Translators: on the summary page: a table's number and a page, as in "The figures
     * in full, with what each says, are in Table 1 of the appendix, page 30." */
    g_ptr_array_add (after, g_strdup_printf (_("The figures in full, with what each says, "
                                               "are in %s of the appendix, page %d."),
                                             headline->label,
                                             GPOINTER_TO_INT (g_hash_table_lookup (doc->table_page,
                                                                                   headline))));

  if (commentary)
    others += _bp_pdf_block_height (doc, commentary, BP_PDF_FONT_BODY) + 8;
  for (guint i = 0; i < after->len; i++)
    others += _bp_pdf_block_height (doc, g_ptr_array_index (after, i), "Sans 7") + 4;
  if (judgements != NULL && judgements->rows->len > 0)
    for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
      if (doc->y + others + draw_tiles (doc, judgements, scales[k], TRUE) <=
          _bp_pdf_bottom (doc))
        {
          scale = scales[k];
          break;
        }

  /* the service's commentary first: the board reads it before the figures */
  if (commentary)
    _bp_pdf_paragraph (doc, commentary, BP_PDF_FONT_BODY, 8);
  if (judgements != NULL && judgements->rows->len > 0)
    draw_tiles (doc, judgements, scale, FALSE);
  for (guint i = 0; i < after->len; i++)
    _bp_pdf_paragraph (doc, g_ptr_array_index (after, i), "Sans 7", 4);
}

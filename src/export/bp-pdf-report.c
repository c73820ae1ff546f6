/* bp-pdf-report.c: the board pack as an A4 PDF report (cairo + pango)
 *
 * A cover, the summary table, then one page per indicator with its chart (drawn by the
 * same renderer as the screen), the chart's text alternative as a paragraph and its
 * table; then data quality and notes. Every page carries the protective marking and the
 * profile in its header and its number in the footer. The pages are laid out twice: a
 * first pass that draws nothing counts the pages, so each footer can say "of N" and the
 * contents can give page numbers. cairo embeds (subsets of) the fonts it draws with.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-chart.h"
#include "bp-export-private.h"
#include "bp-pdf-report.h"

#define PAGE_WIDTH  595.276 /* A4 portrait, points */
#define PAGE_HEIGHT 841.890
#define MARGIN      42.0
#define CONTENT_TOP 78.0
#define CONTENT_BOTTOM (PAGE_HEIGHT - 52.0)
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define CELL_PAD 2.0
#define CHART_UNITS_WIDTH 760.0  /* the chart is drawn at this size and scaled to fit */
#define CHART_UNITS_HEIGHT 430.0
#define MAX_SECTIONS 32

#define FONT_BODY "Sans 9"
#define FONT_HEADING "Sans Bold 14"
#define FONT_SUBHEADING "Sans Bold 10"

typedef struct
{
  BpPack          *pack;
  cairo_t         *cr;
  PangoContext    *pango;        /* one for every layout of a pass */
  gboolean         dry;          /* measuring only: nothing is drawn */
  int              page;
  int              n_pages;      /* known from the dry pass; 0 in it */
  double           y;
  int              section_page[MAX_SECTIONS];
  BpChartTheme     theme;
  const char      *cell_font;      /* tables: 7.5 points, 6.5 when a table is tight */
  const char      *cell_font_bold;
} Doc;

typedef struct
{
  FILE    *out;
  gboolean failed;
  int      saved_errno;
} Sink;

/* --- text ---------------------------------------------------------------------------- */

static PangoLayout *
layout_new (Doc        *doc,
            const char *text,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_layout_new (doc->pango);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  g_autofree char *safe = _bp_export_text (text);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      /* Rounded up: a column as wide as its widest word (measured in whole Pango
       * units) must not lose the last unit to floating point and break the word. */
      pango_layout_set_width (layout, (int) ceil (width * PANGO_SCALE - 1e-6));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, safe, -1);
  {
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
    pango_layout_set_attributes (layout, attrs);
    pango_attr_list_unref (attrs);
  }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

static void
show_layout (Doc         *doc,
             PangoLayout *layout,
             double       x,
             double       y)
{
  if (doc->dry)
    return;
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
}

/* The PDF's structure (a tagged PDF, for screen readers): a tag around what is drawn
 * between begin and end. */
static void
tag_begin (Doc        *doc,
           const char *name,
           const char *attributes)
{
  cairo_tag_begin (doc->cr, name, attributes);
}

static void
tag_end (Doc        *doc,
         const char *name)
{
  cairo_tag_end (doc->cr, name);
}

static void
set_color (Doc   *doc,
           guint32 rgb)
{
  cairo_set_source_rgb (doc->cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* --- pages --------------------------------------------------------------------------- */

static void
draw_furniture (Doc *doc)
{
  g_autoptr(PangoLayout) marking = NULL;
  g_autoptr(PangoLayout) profile = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *page = NULL;

  if (doc->dry)
    return;
  set_color (doc, 0x000000);
  marking = layout_new (doc, doc->pack->marking, "Sans Bold 10", CONTENT_WIDTH);
  pango_layout_set_alignment (marking, PANGO_ALIGN_CENTER);
  show_layout (doc, marking, MARGIN, 22);
  set_color (doc, 0x3d3d3d);
  profile = layout_new (doc, doc->pack->profile_line, "Sans 7", CONTENT_WIDTH);
  pango_layout_set_alignment (profile, PANGO_ALIGN_CENTER);
  show_layout (doc, profile, MARGIN, 38);
  cairo_set_line_width (doc->cr, 0.5);
  cairo_move_to (doc->cr, MARGIN, 64);
  cairo_line_to (doc->cr, PAGE_WIDTH - MARGIN, 64);
  cairo_stroke (doc->cr);

  title = layout_new (doc, doc->pack->title, "Sans 7", CONTENT_WIDTH * 0.75);
  show_layout (doc, title, MARGIN, PAGE_HEIGHT - 36);
  /* Translators: the footer of every page of the PDF: the page's number and the number
   * of pages, as in "Page 2 of 7" */
  page = g_strdup_printf (_("Page %d of %d"), doc->page, doc->n_pages);
  number = layout_new (doc, page, "Sans 7", CONTENT_WIDTH);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  show_layout (doc, number, MARGIN, PAGE_HEIGHT - 36);
  set_color (doc, 0x000000);
}

static void
new_page (Doc *doc)
{
  if (doc->page > 0 && !doc->dry)
    cairo_show_page (doc->cr);
  doc->page++;
  doc->y = CONTENT_TOP;
  draw_furniture (doc);
}

/* Starts a new page unless @height fits below the cursor. */
static void
ensure (Doc    *doc,
        double  height)
{
  if (doc->y + height > CONTENT_BOTTOM && doc->y > CONTENT_TOP)
    new_page (doc);
}

/* A block of text tagged @tag ("P", "H1", "H2"). */
static void
block (Doc        *doc,
       const char *tag,
       const char *text,
       const char *font,
       double      space_after)
{
  g_autoptr(PangoLayout) layout = layout_new (doc, text, font, CONTENT_WIDTH);
  double h = layout_height (layout);

  ensure (doc, h);
  tag_begin (doc, tag, NULL);
  show_layout (doc, layout, MARGIN, doc->y);
  tag_end (doc, tag);
  doc->y += h + space_after;
}

static void
paragraph (Doc        *doc,
           const char *text,
           const char *font,
           double      space_after)
{
  block (doc, "P", text, font, space_after);
}

/* A paragraph that starts with a bold label: "Text alternative: ..." */
static void
labelled_paragraph (Doc        *doc,
                    const char *label,
                    const char *text)
{
  g_autofree char *safe_label = g_markup_escape_text (label, -1);
  g_autofree char *safe_text_raw = _bp_export_text (text);
  g_autofree char *safe_text = g_markup_escape_text (safe_text_raw, -1);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", safe_label, safe_text);
  g_autoptr(PangoLayout) layout = layout_new (doc, "", FONT_BODY, CONTENT_WIDTH);
  double h;

  pango_layout_set_markup (layout, markup, -1);
  h = layout_height (layout);
  ensure (doc, h);
  tag_begin (doc, "P", NULL);
  show_layout (doc, layout, MARGIN, doc->y);
  tag_end (doc, "P");
  doc->y += h + 8;
}

/* --- tables -------------------------------------------------------------------------- */

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

/* The widest word of @text: a column never gets narrower than that. */
static double
widest_word (Doc        *doc,
             const char *text,
             const char *font)
{
  g_auto(GStrv) words = g_strsplit (text ? text : "", " ", -1);
  double widest = 0;

  for (guint i = 0; words[i]; i++)
    {
      g_autoptr(PangoLayout) l = layout_new (doc, words[i], font, -1);

      widest = MAX (widest, layout_width (l));
    }
  return widest;
}

typedef struct
{
  double natural;      /* unwrapped */
  double comfortable;  /* every word of the header and the values whole (a value's
                        * words up to an inch: Welsh "Anghymesuredd" is 60 points at
                        * 6.5; a path or address longer than that may break) */
  double minimum;      /* long header words broken */
  double width;        /* given */
} ColumnSize;

static void
measure_columns (Doc               *doc,
                 const BpPackTable *t,
                 const guint       *cols,
                 guint              n,
                 ColumnSize        *sizes)
{
  for (guint i = 0; i < n; i++)
    {
      guint c = cols[i];
      ColumnSize *s = &sizes[i];
      double header_word = widest_word (doc, t->columns[c].header, doc->cell_font_bold);
      double values = 0;

      s->natural = header_word;
      for (guint r = 0; r < t->rows->len; r++)
        {
          g_autofree char *text = bp_pack_cell_to_text (bp_pack_table_cell (t, r, c));
          g_autoptr(PangoLayout) l = layout_new (doc, text, doc->cell_font, -1);

          s->natural = MAX (s->natural, layout_width (l));
          if (!is_numeric_column (t, c))
            values = MAX (values, MIN (widest_word (doc, text, doc->cell_font), 72.0));
          else
            values = MAX (values, layout_width (l));
        }
      s->comfortable = MAX (header_word, values) + 2 * CELL_PAD;
      s->minimum = MAX (MIN (header_word, 36.0), values) + 2 * CELL_PAD;
      s->natural += 2 * CELL_PAD;
    }
}

/* Gives each column its @from width and shares out what is left of @available in
 * proportion to how much more each would like (@to - @from). */
static void
share_out (ColumnSize *sizes,
           guint       n,
           double      available,
           gsize       from,
           gsize       to)
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

/* Widths for the columns: natural widths when they fit, else text columns wrap, else
 * long header words break. Returns FALSE when even that is too wide. */
static gboolean
fit_columns (ColumnSize *sizes,
             guint       n,
             double      available,
             gboolean    break_words)
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
    share_out (sizes, n, available, G_STRUCT_OFFSET (ColumnSize, comfortable),
               G_STRUCT_OFFSET (ColumnSize, natural));
  else if (break_words && minimum <= available)
    share_out (sizes, n, available, G_STRUCT_OFFSET (ColumnSize, minimum),
               G_STRUCT_OFFSET (ColumnSize, comfortable));
  else
    return FALSE;
  return TRUE;
}

static double
row_height (Doc               *doc,
            const BpPackTable *t,
            int                r,       /* -1: the header */
            const guint       *cols,
            guint              n,
            const ColumnSize  *sizes)
{
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = r < 0 ? g_strdup (t->columns[cols[i]].header)
                                    : bp_pack_cell_to_text (bp_pack_table_cell (t, (guint) r,
                                                                                cols[i]));
      g_autoptr(PangoLayout) l = layout_new (doc, text, r < 0 ? doc->cell_font_bold : doc->cell_font,
                                             sizes[i].width - 2 * CELL_PAD);

      h = MAX (h, layout_height (l));
    }
  return h + 2 * CELL_PAD;
}

static void
draw_row (Doc               *doc,
          const BpPackTable *t,
          int                r,
          const guint       *cols,
          guint              n,
          const ColumnSize  *sizes,
          double             height)
{
  double x = MARGIN;
  BpPackHighlight mark = r >= 0 ? g_array_index (t->highlight, BpPackHighlight, r)
                                : BP_PACK_HIGHLIGHT_NONE;

  tag_begin (doc, "TR", NULL);

  if (!doc->dry && mark != BP_PACK_HIGHLIGHT_NONE)
    {
      set_color (doc, mark == BP_PACK_HIGHLIGHT_HIGHER ? 0xFBE3D6
                      : mark == BP_PACK_HIGHLIGHT_LOWER ? 0xDCEAF7 : 0xEDEDED);
      cairo_rectangle (doc->cr, MARGIN, doc->y, CONTENT_WIDTH, height);
      cairo_fill (doc->cr);
      set_color (doc, 0x000000);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = r < 0 ? g_strdup (t->columns[cols[i]].header)
                                    : bp_pack_cell_to_text (bp_pack_table_cell (t, (guint) r,
                                                                                cols[i]));
      g_autoptr(PangoLayout) l = layout_new (doc, text,
                                             r < 0 || mark != BP_PACK_HIGHLIGHT_NONE
                                             ? doc->cell_font_bold : doc->cell_font,
                                             sizes[i].width - 2 * CELL_PAD);

      const char *link = r >= 0 ? bp_pack_table_cell (t, (guint) r, cols[i])->link : NULL;

      if (r >= 0 && is_numeric_column (t, cols[i]))
        pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
      else if (r >= 0 && bp_pack_table_cell (t, (guint) r, cols[i])->kind == BP_PACK_CELL_SYMBOL)
        pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
      else if (r < 0 && is_numeric_column (t, cols[i]))
        pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
      tag_begin (doc, r < 0 ? "TH" : "TD", NULL);
      /* a contents entry links to its section (t->pdf_links: destinations of lay_out()) */
      if (link != NULL && t->pdf_links)
        {
          g_autofree char *attributes = g_strdup_printf ("dest='%s'", link);

          tag_begin (doc, CAIRO_TAG_LINK, attributes);
        }
      show_layout (doc, l, x + CELL_PAD, doc->y + CELL_PAD);
      if (link != NULL && t->pdf_links)
        tag_end (doc, CAIRO_TAG_LINK);
      tag_end (doc, r < 0 ? "TH" : "TD");
      x += sizes[i].width;
    }
  if (!doc->dry)
    {
      cairo_set_line_width (doc->cr, r < 0 ? 0.8 : 0.3);
      if (r >= 0)
        set_color (doc, 0xb0b0b0);
      cairo_move_to (doc->cr, MARGIN, doc->y + height);
      cairo_line_to (doc->cr, MARGIN + CONTENT_WIDTH, doc->y + height);
      cairo_stroke (doc->cr);
      set_color (doc, 0x000000);
    }
  tag_end (doc, "TR");
  doc->y += height;
}

static void
draw_table_part (Doc               *doc,
                 const BpPackTable *t,
                 const char        *title,
                 const guint       *cols,
                 guint              n,
                 ColumnSize        *sizes)
{
  g_autoptr(PangoLayout) title_layout = layout_new (doc, title, FONT_SUBHEADING, CONTENT_WIDTH);
  double title_h = layout_height (title_layout) + 4;
  double header_h = row_height (doc, t, -1, cols, n, sizes);
  double first_h = t->rows->len ? row_height (doc, t, 0, cols, n, sizes) : 0;

  /* The title stays with the header and the first row. */
  ensure (doc, title_h + header_h + first_h);
  tag_begin (doc, "Table", NULL);
  tag_begin (doc, "Caption", NULL);
  show_layout (doc, title_layout, MARGIN, doc->y);
  tag_end (doc, "Caption");
  doc->y += title_h;
  draw_row (doc, t, -1, cols, n, sizes, header_h);
  for (guint r = 0; r < t->rows->len; r++)
    {
      double h = row_height (doc, t, (int) r, cols, n, sizes);

      if (doc->y + h > CONTENT_BOTTOM)
        {
          new_page (doc);
          draw_row (doc, t, -1, cols, n, sizes, header_h);
        }
      draw_row (doc, t, (int) r, cols, n, sizes, h);
    }
  tag_end (doc, "Table");
  doc->y += 12;
}

/* Draws @t with the columns of @only (NULL: all); a table too wide for the page is split
 * into parts that each repeat its first column. */
static void
draw_table (Doc               *doc,
            const BpPackTable *t,
            const guint       *only,
            guint              n_only)
{
  g_autofree guint *all = g_new (guint, t->n_columns);
  g_autofree ColumnSize *sizes = g_new0 (ColumnSize, t->n_columns);
  const guint *cols = only;
  guint n = n_only;
  guint start = 1;
  int part = 0;

  if (cols == NULL)
    {
      for (guint c = 0; c < t->n_columns; c++)
        all[c] = c;
      cols = all;
      n = t->n_columns;
    }
  /* Whole words at 7.5 points, then at 6.5; else the table is split (below) rather
   * than its words broken: Welsh words are long ("gwahaniaeth", "Aildroseddu") and a
   * word cut in two reads worse than a table in two parts. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      doc->cell_font = attempt == 0 ? "Sans 7.5" : "Sans 6.5";
      doc->cell_font_bold = attempt == 0 ? "Sans Bold 7.5" : "Sans Bold 6.5";
      measure_columns (doc, t, cols, n, sizes);
      if (fit_columns (sizes, n, CONTENT_WIDTH, FALSE))
        {
          draw_table_part (doc, t, t->title, cols, n, sizes);
          return;
        }
    }

  /* Split: the first column, then as many of the others as fit. */
  while (start < n)
    {
      g_autofree guint *part_cols = g_new (guint, n);
      g_autofree ColumnSize *part_sizes = g_new0 (ColumnSize, n);
      g_autofree char *title = NULL;
      guint k = 1;
      double used = sizes[0].comfortable;

      part_cols[0] = cols[0];
      part_sizes[0] = sizes[0];
      while (start < n && (k == 1 || used + sizes[start].comfortable <= CONTENT_WIDTH))
        {
          part_cols[k] = cols[start];
          part_sizes[k] = sizes[start];
          used += sizes[start].comfortable;
          k++;
          start++;
        }
      if (!fit_columns (part_sizes, k, CONTENT_WIDTH, TRUE))
        for (guint i = 0; i < k; i++)
          part_sizes[i].width = CONTENT_WIDTH / k;
      /* Translators: a table too wide for the page is printed in parts: the table's
       * title and the part's number, as in "Table 1: Headline indicators (part 2)" */
      title = g_strdup_printf (_("%s (part %d)"), t->title, ++part);
      draw_table_part (doc, t, title, part_cols, k, part_sizes);
    }
}

/* --- sections ------------------------------------------------------------------------ */

/* Room a heading keeps for what follows it, so it never ends a page alone: about
 * five lines of body text. */
#define KEEP_WITH_NEXT 72.0

static void
heading_with (Doc        *doc,
              const char *text,
              const char *font,
              double      space_after)
{
  g_autoptr(PangoLayout) layout = layout_new (doc, text, font, CONTENT_WIDTH);

  ensure (doc, layout_height (layout) + space_after + KEEP_WITH_NEXT);
  block (doc, g_str_equal (font, FONT_HEADING) ? "H1" : "H2", text, font, space_after);
}

static void
heading (Doc        *doc,
         const char *text)
{
  heading_with (doc, text, FONT_HEADING, 8);
}

/* The sheet's explanatory lines, less the one about the worksheet and the profile line
 * that every page header already carries. */
static void
sheet_lines (Doc         *doc,
             BpPackSheet *s)
{
  for (guint i = 1; i < s->lines->len; i++)
    {
      if ((int) i == s->contents_line)
        continue;
      paragraph (doc, g_ptr_array_index (s->lines, i), FONT_BODY, 4);
    }
  doc->y += 6;
}

static void
draw_chart (Doc     *doc,
            BpChart *chart)
{
  double scale = CONTENT_WIDTH / CHART_UNITS_WIDTH;
  double height = CHART_UNITS_HEIGHT * scale;

  if (chart == NULL)
    return;
  ensure (doc, height);
  /* cairo 1.16 gives a figure no /Alt: its text alternative is the paragraph under it */
  tag_begin (doc, "Figure", NULL);
  if (!doc->dry)
    {
      cairo_save (doc->cr);
      cairo_translate (doc->cr, MARGIN, doc->y);
      cairo_scale (doc->cr, scale, scale);
      cairo_rectangle (doc->cr, 0, 0, CHART_UNITS_WIDTH, CHART_UNITS_HEIGHT);
      cairo_clip (doc->cr);
      bp_chart_draw (chart, doc->cr, CHART_UNITS_WIDTH, CHART_UNITS_HEIGHT, &doc->theme);
      cairo_restore (doc->cr);
    }
  tag_end (doc, "Figure");
  doc->y += height + 8;
}

static void
outline (Doc        *doc,
         const char *name)
{
  g_autofree char *link = NULL;

  if (doc->dry)
    return;
  link = g_strdup_printf ("page=%d pos=[%g %g]", doc->page, MARGIN, doc->y);
  cairo_pdf_surface_add_outline (cairo_get_target (doc->cr), CAIRO_PDF_OUTLINE_ROOT, name,
                                 link, 0);
}

static void
cover_page (Doc         *doc,
            BpPackSheet *cover)
{
  BpPack *pack = doc->pack;
  BpPackTable *about = cover->tables->len > 0 ? g_ptr_array_index (cover->tables, 0) : NULL;
  BpPackTable contents = { 0 };
  /* Translators: a column heading in the PDF's contents: a section of the report */
  BpPackColumn columns[2] = { { (char *) _("Section"), BP_PACK_FORMAT_TEXT, 40 },
                              /* Translators: a column heading in the PDF's contents: the
                               * page a section starts on */
                              { (char *) C_("column", "Page"), BP_PACK_FORMAT_INTEGER, 8 } };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) marks = g_array_new (FALSE, TRUE, sizeof (BpPackHighlight));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  new_page (doc);
  outline (doc, cover->name);
  doc->y += 30;
  block (doc, "H1", _("Youth justice board pack"), "Sans Bold 26", 6);
  if (pack->area[0])
    paragraph (doc, pack->area, "Sans 20", 6);
  else
    /* Translators: on the PDF's cover when the database has no area set */
    paragraph (doc, _("Area not set"), "Sans 20", 6);
  paragraph (doc, pack->period_text, "Sans 16", 24);
  paragraph (doc, pack->marking, "Sans Bold 16", 6);
  paragraph (doc, pack->profile_line, FONT_BODY, 24);
  if (about)
    draw_table (doc, about, NULL, 0);

  /* Contents with the pages found by the dry pass. */
  contents.name = (char *) "Contents";
  /* Translators: the title of the PDF's table of contents */
  contents.title = (char *) _("Contents");
  contents.n_columns = 2;
  contents.columns = columns;
  contents.rows = rows;
  contents.highlight = marks;
  contents.highlight_column = -1;
  contents.pdf_links = TRUE;
  for (guint i = 1; i < pack->sheets->len && i < MAX_SECTIONS; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);
      BpPackCell *row = g_new0 (BpPackCell, 2);
      BpPackHighlight none = BP_PACK_HIGHLIGHT_NONE;

      row[0].kind = BP_PACK_CELL_TEXT;
      row[0].format = BP_PACK_FORMAT_TEXT;
      row[0].text = g_strdup (s->title);
      row[0].link = g_strdup_printf ("section%u", i);
      row[1].kind = BP_PACK_CELL_NUMBER;
      row[1].format = BP_PACK_FORMAT_INTEGER;
      row[1].number = doc->section_page[i];
      g_ptr_array_add (texts, row[0].text);
      g_ptr_array_add (texts, row[0].link);
      g_ptr_array_add (texts, row);
      g_ptr_array_add (rows, row);
      g_array_append_val (marks, none);
    }
  draw_table (doc, &contents, NULL, 0);
}

static void
summary_page (Doc         *doc,
              BpPackSheet *s)
{
  static const guint cols[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
  BpPackTable *t = s->tables->len ? g_ptr_array_index (s->tables, 0) : NULL;

  heading (doc, s->title);
  sheet_lines (doc, s);
  if (t == NULL)
    return;
  draw_table (doc, t, t->n_columns > G_N_ELEMENTS (cols) ? cols : NULL,
              t->n_columns > G_N_ELEMENTS (cols) ? G_N_ELEMENTS (cols) : 0);
  if (t->n_columns <= G_N_ELEMENTS (cols))
    return;
  /* Translators: a heading in the PDF, above the readings of the summary table */
  heading_with (doc, _("What the figures say"), FONT_SUBHEADING, 6);
  for (guint r = 0; r < t->rows->len; r++)
    {
      /* Translators: the label of a reading: the indicator and the measure, as in
       * "First time entrants, Rate per 100,000 10-17 year olds:" */
      g_autofree char *label = g_strdup_printf (_("%s, %s:"),
                                                bp_pack_table_cell (t, r, 0)->text,
                                                bp_pack_table_cell (t, r, 1)->text);
      const BpPackCell *reading = bp_pack_table_cell (t, r, G_N_ELEMENTS (cols));

      labelled_paragraph (doc, label, reading->text ? reading->text : "");
    }
}

static void
sheet_page (Doc         *doc,
            BpPackSheet *s)
{
  heading (doc, s->title);
  sheet_lines (doc, s);
  if (s->chart)
    {
      draw_chart (doc, s->chart);
      /* Translators: the label of the paragraph that describes a chart in words */
      labelled_paragraph (doc, _("Text alternative:"), s->chart_alt ? s->chart_alt : "");
    }
  for (guint i = 0; i < s->tables->len; i++)
    {
      BpPackTable *t = g_ptr_array_index (s->tables, i);

      if (!t->in_pdf)
        continue;
      draw_table (doc, t, NULL, 0);
      if (t->chart)
        {
          draw_chart (doc, t->chart);
          labelled_paragraph (doc, _("Text alternative:"), t->chart_alt ? t->chart_alt : "");
        }
    }
}

static void
lay_out (Doc *doc)
{
  BpPack *pack = doc->pack;

  doc->page = 0;
  tag_begin (doc, "Document", NULL);
  for (guint i = 0; i < pack->sheets->len && i < MAX_SECTIONS; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      if (i == 0)
        {
          cover_page (doc, s);
          continue;
        }
      new_page (doc);
      if (doc->dry)
        doc->section_page[i] = doc->page;
      outline (doc, s->name);
      {
        /* where the contents' link to this section lands */
        g_autofree char *dest = g_strdup_printf ("name='section%u' x=%g y=%g", i, MARGIN,
                                                 doc->y);

        tag_begin (doc, CAIRO_TAG_DEST, dest);
        tag_end (doc, CAIRO_TAG_DEST);
      }
      if (i == 1)
        summary_page (doc, s);
      else
        sheet_page (doc, s);
    }
  tag_end (doc, "Document");
}

/* --- output -------------------------------------------------------------------------- */

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->failed)
    return CAIRO_STATUS_WRITE_ERROR;
  if (fwrite (data, 1, length, sink->out) != length)
    {
      sink->failed = TRUE;
      sink->saved_errno = errno;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              BpPack          *pack)
{
  g_autofree char *title = _bp_export_text (pack->title);
  /* Translators: the keywords in the PDF's document properties: the protective marking
   * and the profile, as in "Protective marking: OFFICIAL; profile: partner" */
  g_autofree char *keywords = g_strdup_printf (_("Protective marking: %s; profile: %s"),
                                               pack->marking,
                                               _(bp_profile_name (pack->profile)));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, pack->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Boardpack");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Boardpack");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
}

static gboolean
render (Doc                   *doc,
        cairo_surface_t       *surface,
        GError               **error)
{
  cairo_status_t status;

  doc->cr = cairo_create (surface);
  doc->pango = pango_cairo_create_context (doc->cr);
  lay_out (doc);
  g_clear_object (&doc->pango);
  cairo_destroy (doc->cr);
  doc->cr = NULL;
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_PDF,
                   /* Translators: %s is cairo's reason, which is in English */
                   _("the PDF could not be drawn: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * bp_export_pdf_pack:
 * @progress: (nullable) (scope call): told how far the export is
 *
 * Writes @pack as an A4 PDF report at @path: to a temporary file beside it, renamed over
 * @path only when complete.
 */
gboolean
bp_export_pdf_pack (BpPack                *pack,
                    const char            *path,
                    BpExportProgressFunc   progress,
                    gpointer               progress_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autofree char *display = NULL;
  cairo_surface_t *surface;
  BpExportFile file;
  BpExportLocale locale;
  Doc doc = { 0 };
  Sink sink = { 0 };
  gboolean ok;

  g_return_val_if_fail (pack != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_bp_export_check_cancelled (cancellable, error))
    return FALSE;
  if (!_bp_export_file_begin (&file, path, pack->profile == BP_PROFILE_INTERNAL, error))
    return FALSE;
  display = g_filename_display_name (path);

  doc.pack = pack;
  bp_chart_theme_init (&doc.theme, BP_CHART_THEME_LIGHT);
  doc.theme.draw_background = FALSE;

  _bp_export_locale_push (&locale);

  /* The dry pass: page count and where each section starts. */
  doc.dry = TRUE;
  surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  ok = render (&doc, surface, error);
  cairo_surface_destroy (surface);
  if (progress)
    progress (0.3, progress_data);
  if (ok && _bp_export_check_cancelled (cancellable, error))
    ok = FALSE;

  if (ok)
    {
      sink.out = fopen (file.tmp_path, "wb");
      if (sink.out == NULL)
        {
          sink.failed = TRUE;
          sink.saved_errno = errno;
        }
    }
  if (ok && !sink.failed)
    {
      doc.n_pages = doc.page;
      doc.dry = FALSE;
      surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, PAGE_WIDTH, PAGE_HEIGHT);
      set_metadata (surface, pack);
      ok = render (&doc, surface, error);
      cairo_surface_destroy (surface);
    }
  if (sink.out && fclose (sink.out) != 0 && !sink.failed)
    {
      sink.failed = TRUE;
      sink.saved_errno = errno;
    }
  _bp_export_locale_pop (&locale);

  if (ok && sink.failed)
    {
      g_clear_error (error);
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                   /* Translators: the file and the system's reason: "pack.pdf: could not be
                    * written (No space left on device)" */
                   _("%s: could not be written (%s)"), display, g_strerror (sink.saved_errno));
      ok = FALSE;
    }
  else if (!ok && sink.failed && error && *error &&
           (*error)->domain == BP_EXPORT_ERROR && (*error)->code == BP_EXPORT_ERROR_PDF)
    {
      g_clear_error (error);
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                   /* Translators: the file and the system's reason: "pack.pdf: could not be
                    * written (No space left on device)" */
                   _("%s: could not be written (%s)"), display, g_strerror (sink.saved_errno));
    }
  return _bp_export_file_finish (&file, ok, progress, progress_data, error);
}

/**
 * bp_export_pdf:
 * @store: (nullable): the database @report came from, for the data quality pages
 * @progress: (nullable) (scope call): told how far the export is
 * @cancellable: (nullable)
 *
 * Writes the board pack of @report under @profile as an A4 PDF report at @path. On
 * failure any file already at @path is left as it was.
 */
gboolean
bp_export_pdf (const BpReport        *report,
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
  return bp_export_pdf_pack (pack, path, progress, progress_data, cancellable, error);
}

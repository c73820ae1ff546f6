/* bp-pdf-layout.c: the PDF's text, tags, pages and charts
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-pdf-private.h"

/* Room a heading keeps for what follows it, so it never ends a page alone: about five
 * lines of body text. */
#define KEEP_WITH_NEXT 72.0

double
_bp_pdf_width (BpPdfDoc *doc)
{
  return doc->page_width - 2 * BP_PDF_MARGIN;
}

double
_bp_pdf_bottom (BpPdfDoc *doc)
{
  return doc->page_height - BP_PDF_FOOT;
}

/* --- text ---------------------------------------------------------------------------- */

PangoLayout *
_bp_pdf_layout_new (BpPdfDoc   *doc,
                    const char *text,
                    const char *font,
                    double      width)
{
  PangoLayout *layout = pango_layout_new (doc->pango);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  g_autofree char *safe = _bp_export_text (text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      /* Rounded up: a column as wide as its widest word (measured in whole Pango units)
       * must not lose the last unit to floating point and break the word. Words break
       * only where one is wider than the line, which the tables never allow (their
       * columns are at least as wide as their widest word). */
      pango_layout_set_width (layout, (int) ceil (width * PANGO_SCALE - 1e-6));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, safe, -1);
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

double
_bp_pdf_layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

double
_bp_pdf_layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

void
_bp_pdf_show_layout (BpPdfDoc    *doc,
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
void
_bp_pdf_tag_begin (BpPdfDoc   *doc,
                   const char *name,
                   const char *attributes)
{
  if (!doc->dry && doc->previews == NULL)
    cairo_tag_begin (doc->cr, name, attributes);
}

void
_bp_pdf_tag_end (BpPdfDoc   *doc,
                 const char *name)
{
  if (!doc->dry && doc->previews == NULL)
    cairo_tag_end (doc->cr, name);
}

void
_bp_pdf_set_color (BpPdfDoc *doc,
                   guint32   rgb)
{
  cairo_set_source_rgb (doc->cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* --- pages --------------------------------------------------------------------------- */

static void
draw_furniture (BpPdfDoc *doc)
{
  double width = _bp_pdf_width (doc);
  g_autoptr(PangoLayout) marking = NULL;
  g_autoptr(PangoLayout) profile = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *page = NULL;

  if (doc->dry)
    return;
  _bp_pdf_set_color (doc, 0x000000);
  marking = _bp_pdf_layout_new (doc, doc->pack->marking, "Sans Bold 10", width);
  pango_layout_set_alignment (marking, PANGO_ALIGN_CENTER);
  _bp_pdf_show_layout (doc, marking, BP_PDF_MARGIN, 22);
  _bp_pdf_set_color (doc, 0x3d3d3d);
  profile = _bp_pdf_layout_new (doc, doc->pack->profile_line, "Sans 7", width);
  pango_layout_set_alignment (profile, PANGO_ALIGN_CENTER);
  _bp_pdf_show_layout (doc, profile, BP_PDF_MARGIN, 38);
  cairo_set_line_width (doc->cr, 0.5);
  cairo_move_to (doc->cr, BP_PDF_MARGIN, 64);
  cairo_line_to (doc->cr, doc->page_width - BP_PDF_MARGIN, 64);
  cairo_stroke (doc->cr);

  title = _bp_pdf_layout_new (doc, doc->pack->title, "Sans 7", width * 0.75);
  _bp_pdf_show_layout (doc, title, BP_PDF_MARGIN, doc->page_height - 36);
  /* Translators: the footer of every page of the PDF: the page's number and the number
   * of pages, as in "Page 2 of 7" */
  page = g_strdup_printf (_("Page %d of %d"), doc->page, doc->n_pages);
  number = _bp_pdf_layout_new (doc, page, "Sans 7", width);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  _bp_pdf_show_layout (doc, number, BP_PDF_MARGIN, doc->page_height - 36);
  _bp_pdf_set_color (doc, 0x000000);
}

/* Ends the page (if any) and starts the next, A4 portrait or landscape. */
/* A preview draws each page on an image: white, @doc->preview_scale pixels a point. */
static void
preview_page (BpPdfDoc *doc,
              double    width,
              double    height)
{
  cairo_surface_t *image;

  g_clear_pointer (&doc->page_cr, cairo_destroy);
  if ((guint) doc->page > doc->preview_pages)
    {
      /* the pages after those previewed are laid out, not drawn */
      doc->dry = TRUE;
      return;
    }
  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                      (int) ceil (width * doc->preview_scale),
                                      (int) ceil (height * doc->preview_scale));
  doc->page_cr = cairo_create (image);
  cairo_set_source_rgb (doc->page_cr, 1, 1, 1);
  cairo_paint (doc->page_cr);
  cairo_scale (doc->page_cr, doc->preview_scale, doc->preview_scale);
  g_ptr_array_add (doc->previews, image);
  doc->cr = doc->page_cr;
}

void
_bp_pdf_new_page (BpPdfDoc *doc,
                  gboolean  landscape)
{
  if (doc->page > 0 && !doc->dry && doc->previews == NULL)
    cairo_show_page (doc->cr);
  doc->page++;
  if (doc->previews != NULL)
    {
      doc->landscape = landscape;
      doc->page_width = landscape ? BP_PDF_A4_LONG : BP_PDF_A4_SHORT;
      doc->page_height = landscape ? BP_PDF_A4_SHORT : BP_PDF_A4_LONG;
      preview_page (doc, doc->page_width, doc->page_height);
      doc->y = BP_PDF_TOP;
      draw_furniture (doc);
      return;
    }
  /* The surface starts portrait. cairo 1.16 fails the document ("invalid tag name,
   * attributes, or nesting") if the size is set on its first page, with the Document
   * tag open. */
  if (landscape != doc->landscape && doc->page > 1)
    cairo_pdf_surface_set_size (cairo_get_target (doc->cr),
                                landscape ? BP_PDF_A4_LONG : BP_PDF_A4_SHORT,
                                landscape ? BP_PDF_A4_SHORT : BP_PDF_A4_LONG);
  doc->landscape = landscape;
  doc->page_width = landscape ? BP_PDF_A4_LONG : BP_PDF_A4_SHORT;
  doc->page_height = landscape ? BP_PDF_A4_SHORT : BP_PDF_A4_LONG;
  doc->y = BP_PDF_TOP;
  draw_furniture (doc);
}

/* Starts a new page (of the same orientation) unless @height fits below the cursor. */
void
_bp_pdf_ensure (BpPdfDoc *doc,
                double    height)
{
  if (doc->y + height > _bp_pdf_bottom (doc) && doc->y > BP_PDF_TOP)
    _bp_pdf_new_page (doc, doc->landscape);
}

double
_bp_pdf_block_height (BpPdfDoc   *doc,
                      const char *text,
                      const char *font)
{
  g_autoptr(PangoLayout) layout = _bp_pdf_layout_new (doc, text, font, _bp_pdf_width (doc));

  return _bp_pdf_layout_height (layout);
}

/* @layout at the cursor, on a new page if it does not fit, tagged @tag. */
static void
show_block (BpPdfDoc    *doc,
            const char  *tag,
            PangoLayout *layout,
            double       space_after)
{
  double h = _bp_pdf_layout_height (layout);

  _bp_pdf_ensure (doc, h);
  _bp_pdf_tag_begin (doc, tag, NULL);
  _bp_pdf_show_layout (doc, layout, BP_PDF_MARGIN, doc->y);
  _bp_pdf_tag_end (doc, tag);
  doc->y += h + space_after;
}

/* A block of text tagged @tag ("P", "H1", "H2"). */
void
_bp_pdf_block (BpPdfDoc   *doc,
               const char *tag,
               const char *text,
               const char *font,
               double      space_after)
{
  g_autoptr(PangoLayout) layout = _bp_pdf_layout_new (doc, text, font, _bp_pdf_width (doc));

  show_block (doc, tag, layout, space_after);
}

void
_bp_pdf_paragraph (BpPdfDoc   *doc,
                   const char *text,
                   const char *font,
                   double      space_after)
{
  _bp_pdf_block (doc, "P", text, font, space_after);
}

static PangoLayout *
labelled_layout (BpPdfDoc   *doc,
                 const char *label,
                 const char *text)
{
  g_autofree char *safe_label = g_markup_escape_text (label, -1);
  g_autofree char *safe_text_raw = _bp_export_text (text);
  g_autofree char *safe_text = g_markup_escape_text (safe_text_raw, -1);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", safe_label, safe_text);
  PangoLayout *layout = _bp_pdf_layout_new (doc, "", BP_PDF_FONT_SMALL, _bp_pdf_width (doc));

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
_bp_pdf_labelled_height (BpPdfDoc   *doc,
                         const char *label,
                         const char *text)
{
  g_autoptr(PangoLayout) layout = labelled_layout (doc, label, text);

  return _bp_pdf_layout_height (layout) + 8;
}

/* A paragraph that starts with a bold label: "Text alternative: ..." */
void
_bp_pdf_labelled (BpPdfDoc   *doc,
                  const char *label,
                  const char *text)
{
  g_autoptr(PangoLayout) layout = labelled_layout (doc, label, text);

  show_block (doc, "P", layout, 8);
}

/* A heading, kept with what follows it. */
void
_bp_pdf_heading (BpPdfDoc   *doc,
                 const char *tag,
                 const char *text,
                 const char *font,
                 double      space_after)
{
  _bp_pdf_ensure (doc, _bp_pdf_block_height (doc, text, font) + space_after + KEEP_WITH_NEXT);
  _bp_pdf_block (doc, tag, text, font, space_after);
}

/* --- charts -------------------------------------------------------------------------- */

/* A chart's height at the full width of the page. */
double
_bp_pdf_chart_height (BpPdfDoc *doc)
{
  return BP_PDF_CHART_UNITS_HEIGHT * _bp_pdf_width (doc) / BP_PDF_CHART_UNITS_WIDTH;
}

/* Draws @chart @height points high (no higher than at the page's width), centred. */
void
_bp_pdf_chart (BpPdfDoc *doc,
               BpChart  *chart,
               double    height)
{
  double scale = MIN (height, _bp_pdf_chart_height (doc)) / BP_PDF_CHART_UNITS_HEIGHT;
  double width = BP_PDF_CHART_UNITS_WIDTH * scale;

  if (chart == NULL)
    return;
  height = BP_PDF_CHART_UNITS_HEIGHT * scale;
  _bp_pdf_ensure (doc, height);
  /* cairo 1.16 gives a figure no /Alt: its text alternative is the paragraph under it */
  _bp_pdf_tag_begin (doc, "Figure", NULL);
  if (!doc->dry)
    {
      cairo_save (doc->cr);
      cairo_translate (doc->cr, BP_PDF_MARGIN + (_bp_pdf_width (doc) - width) / 2, doc->y);
      cairo_scale (doc->cr, scale, scale);
      cairo_rectangle (doc->cr, 0, 0, BP_PDF_CHART_UNITS_WIDTH, BP_PDF_CHART_UNITS_HEIGHT);
      cairo_clip (doc->cr);
      bp_chart_draw (chart, doc->cr, BP_PDF_CHART_UNITS_WIDTH, BP_PDF_CHART_UNITS_HEIGHT,
                     &doc->theme);
      cairo_restore (doc->cr);
    }
  _bp_pdf_tag_end (doc, "Figure");
  doc->y += height + 8;
}

/* --- navigation ---------------------------------------------------------------------- */

void
_bp_pdf_outline (BpPdfDoc   *doc,
                 const char *name)
{
  g_autofree char *link = NULL;

  if (doc->dry || doc->previews != NULL)
    return;
  link = g_strdup_printf ("page=%d pos=[%g %g]", doc->page, BP_PDF_MARGIN, doc->y);
  cairo_pdf_surface_add_outline (cairo_get_target (doc->cr), CAIRO_PDF_OUTLINE_ROOT, name,
                                 link, 0);
}

/* Where the contents' link @name lands: here. */
void
_bp_pdf_destination (BpPdfDoc   *doc,
                     const char *name)
{
  g_autofree char *dest = g_strdup_printf ("name='%s' x=%g y=%g", name, BP_PDF_MARGIN, doc->y);

  _bp_pdf_tag_begin (doc, CAIRO_TAG_DEST, dest);
  _bp_pdf_tag_end (doc, CAIRO_TAG_DEST);
}

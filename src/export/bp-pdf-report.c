/* bp-pdf-report.c: the board pack as a board paper (an A4 PDF, cairo + pango)
 *
 * The cover (the paper's details, about the pack, the contents), a one-page summary (a
 * tile per headline figure: bp-pdf-summary.c), then one page per indicator: its title,
 * its lines (the service's commentary among them), its chart with the chart's text
 * alternative, and the tables that fit, a series by its latest periods. What does not
 * fit goes to the appendix, which the page names with the page: the full tables (a wide
 * one on a landscape page), then data quality in words and the notes. Every page carries
 * the protective marking and the profile in its header and its number in the footer. The
 * pages are laid out twice: a first pass that draws nothing counts the pages and finds
 * where each table lands, so each footer can say "of N" and each reference its page.
 * cairo embeds (subsets of) the fonts it draws with.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pdf-private.h"
#include "bp-pdf-report.h"

/* The least a chart on an indicator's page is drawn at, and the room it leaves for a
 * table under it. */
#define CHART_MIN_HEIGHT 150.0
#define ROOM_FOR_TABLE 300.0
/* Table 1's columns as figures; its last, the reading, is printed as paragraphs */
#define HEADLINE_COLUMNS 10

typedef struct
{
  FILE    *out;
  gboolean failed;
  int      saved_errno;
} Sink;

/* --- the appendix -------------------------------------------------------------------- */

static int
table_page (BpPdfDoc          *doc,
            const BpPackTable *t)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (doc->table_page, t));
}

static void
defer (BpPdfDoc    *doc,
       BpPackTable *t)
{
  for (guint i = 0; i < doc->deferred->len; i++)
    if (g_ptr_array_index (doc->deferred, i) == t)
      return;
  g_ptr_array_add (doc->deferred, t);
}

/* Draws @t whole at the cursor (the first @n_cols columns; 0: all): on a portrait page
 * when it fits one with whole words, else on a landscape page. */
static void
appendix_table (BpPdfDoc    *doc,
                BpPackTable *t,
                guint        n_cols)
{
  BpPdfTableFit fit = { 0 };
  gboolean portrait = _bp_pdf_table_fit (doc, t, n_cols, BP_PDF_A4_SHORT - 2 * BP_PDF_MARGIN,
                                         FALSE, &fit);

  if (portrait && doc->landscape)
    {
      _bp_pdf_new_page (doc, FALSE);
      _bp_pdf_table_fit (doc, t, n_cols, _bp_pdf_width (doc), FALSE, &fit);
    }
  else if (!portrait)
    {
      if (!doc->landscape)
        _bp_pdf_new_page (doc, TRUE);
      _bp_pdf_table_fit (doc, t, n_cols, _bp_pdf_width (doc), TRUE, &fit);
    }
  _bp_pdf_table_draw (doc, &fit, t->title);
  g_hash_table_insert (doc->table_page, t, GINT_TO_POINTER (fit.page));
  _bp_pdf_table_fit_clear (&fit);
  if (t->chart)
    {
      _bp_pdf_chart (doc, t->chart, _bp_pdf_chart_height (doc));
      /* Translators: the label of the paragraph that describes a chart in words */
      _bp_pdf_labelled (doc, _("Text alternative:"), t->chart_alt ? t->chart_alt : "");
    }
}

/* Table 1 of the summary: its figures, then what each says. */
static void
appendix_headline (BpPdfDoc    *doc,
                   BpPackTable *t)
{
  const guint n_cols = HEADLINE_COLUMNS;

  appendix_table (doc, t, n_cols);
  if (t->n_columns <= n_cols)
    return;
  /* Translators: a heading in the PDF, above the readings of the summary table */
  _bp_pdf_heading (doc, "H2", _("What the figures say"), BP_PDF_FONT_SUBHEADING, 6);
  for (guint r = 0; r < t->rows->len; r++)
    {
      /* Translators: the label of a reading: the indicator and the measure, as in
       * "First time entrants, Rate per 100,000 10-17 year olds:" */
      g_autofree char *label = g_strdup_printf (_("%s, %s:"),
                                                bp_pack_table_cell (t, r, 0)->text,
                                                bp_pack_table_cell (t, r, 1)->text);
      const BpPackCell *reading = bp_pack_table_cell (t, r, n_cols);

      _bp_pdf_labelled (doc, label, reading->text ? reading->text : "");
    }
}

/* --- pages --------------------------------------------------------------------------- */

/* A new page for sheet @i, with its destination, its outline entry and its title. */
static void
start_section (BpPdfDoc    *doc,
               guint        i,
               BpPackSheet *s)
{
  g_autofree char *dest = g_strdup_printf ("section%u", i);

  _bp_pdf_new_page (doc, FALSE);
  if (doc->dry)
    doc->section_page[i] = doc->page;
  _bp_pdf_outline (doc, s->name);
  _bp_pdf_destination (doc, dest);
  _bp_pdf_heading (doc, "H1", s->title, BP_PDF_FONT_HEADING, 8);
}

/* The sheet's lines, less the one about the worksheet and the profile line that every
 * page header already carries. */
static void
sheet_lines (BpPdfDoc    *doc,
             BpPackSheet *s)
{
  for (guint i = 1; i < s->lines->len; i++)
    {
      if ((int) i == s->contents_line)
        continue;
      _bp_pdf_paragraph (doc, g_ptr_array_index (s->lines, i), BP_PDF_FONT_BODY, 4);
    }
  doc->y += 4;
}

/* The note under a table an indicator's page shows in part. Returns: (nullable) */
static char *
part_note (BpPdfDoc          *doc,
           const BpPackTable *t,
           guint              k,
           guint              n_cols)
{
  guint n = t->rows->len;

  if (k < n && n_cols < t->n_columns)
    /* Translators: under a table on an indicator's page: how much of it is shown and the
     * page of the appendix with all of it, as in "Shown: the latest 4 of 12 rows and 6 of
     * the 10 columns; the full table is in the appendix, page 30." */
    return g_strdup_printf (_("Shown: the latest %u of %u rows and %u of the %u columns; "
                              "the full table is in the appendix, page %d."),
                            k, n, n_cols, t->n_columns, table_page (doc, t));
  if (k < n)
    /* Translators: under a table on an indicator's page, as in "Shown: the latest 4 of 12
     * rows; the full table is in the appendix, page 30." */
    return g_strdup_printf (_("Shown: the latest %u of %u rows; the full table is in the "
                              "appendix, page %d."), k, n, table_page (doc, t));
  if (n_cols < t->n_columns)
    /* Translators: under a table on an indicator's page, as in "Shown: 6 of the 10
     * columns; the full table is in the appendix, page 30." */
    return g_strdup_printf (_("Shown: %u of the %u columns; the full table is in the "
                              "appendix, page %d."), n_cols, t->n_columns,
                            table_page (doc, t));
  return NULL;
}

/* Draws as much of @t as an indicator's page has room for in @room: all of it; else its
 * latest periods (a series, at least BP_PDF_MIN_ROWS); else its first columns, whole
 * words, then each on one line; saying where the rest is. FALSE when not even that fits,
 * and nothing is drawn. With @least, draws nothing and gives the height of the least it
 * would draw. */
static gboolean
compact_table (BpPdfDoc    *doc,
               BpPackTable *t,
               double       room,
               double      *least)
{
  BpPdfTableFit fit = { 0 };
  guint n = t->rows->len;
  gboolean drawn = FALSE;
  g_autofree char *note = NULL;

  if (least)
    *least = G_MAXDOUBLE;
  for (int variant = 0; variant < 3 && !drawn; variant++)
    {
      gboolean fitted = variant == 0
                        ? _bp_pdf_table_fit (doc, t, 0, _bp_pdf_width (doc), FALSE, &fit)
                        : _bp_pdf_table_fit_first_columns (doc, t, _bp_pdf_width (doc),
                                                           variant == 2, &fit);

      if (!fitted || (variant > 0 && fit.n_cols == t->n_columns))
        continue;
      for (guint k = n; k >= 1; k--)
        {
          double h;

          if (k < n && (!t->series || k < BP_PDF_MIN_ROWS))
            break;
          fit.first_row = n - k;
          fit.n_rows = k;
          g_clear_pointer (&note, g_free);
          note = part_note (doc, t, k, fit.n_cols);
          h = _bp_pdf_table_height (doc, &fit, t->title) +
              (note ? _bp_pdf_block_height (doc, note, "Sans 7.5") + 6 : 0);
          if (least)
            *least = MIN (*least, h);
          if (h <= room)
            {
              drawn = TRUE;
              break;
            }
        }
    }
  if (least && *least == G_MAXDOUBLE)
    *least = 0;
  if (drawn && least == NULL)
    {
      _bp_pdf_table_draw (doc, &fit, t->title);
      if (note)
        {
          doc->y -= 8;
          _bp_pdf_paragraph (doc, note, "Sans 7.5", 10);
          defer (doc, t);
        }
    }
  _bp_pdf_table_fit_clear (&fit);
  return drawn;
}

/* "In the appendix: Table 28, page 45; Table 29, page 45." */
static char *
references_text (BpPdfDoc  *doc,
                 GPtrArray *tables)
{
  g_autoptr(GString) list = g_string_new (NULL);

  if (tables->len == 0)
    return NULL;
  for (guint i = 0; i < tables->len; i++)
    {
      BpPackTable *t = g_ptr_array_index (tables, i);

      if (list->len)
        g_string_append (list, "; ");
      /* Translators: where a table is, as in "Table 28, page 45" */
      g_string_append_printf (list, _("%s, page %d"), t->label ? t->label : t->title,
                              table_page (doc, t));
    }
  /* Translators: the tables of an indicator that its page has no room for, as in "In the
   * appendix: Table 28, page 45; Table 29, page 45." */
  return g_strdup_printf (_("In the appendix: %s."), list->str);
}

/* One page for an indicator: whatever does not fit is deferred to the appendix. */
static void
indicator_page (BpPdfDoc    *doc,
                guint        i,
                BpPackSheet *s)
{
  g_autoptr(GPtrArray) elsewhere = g_ptr_array_new ();
  double refs_h = 0, table_room = 0;

  start_section (doc, i, s);
  sheet_lines (doc, s);
  /* the chart leaves room for the least of the first table, when it can */
  for (guint k = 0; k < s->tables->len && s->chart; k++)
    {
      BpPackTable *t = g_ptr_array_index (s->tables, k);

      if (!t->in_pdf)
        continue;
      compact_table (doc, t, 0, &table_room);
      /* and for the line naming what is in the appendix, at its longest */
      {
        g_autoptr(GPtrArray) all = g_ptr_array_new ();
        g_autofree char *refs = NULL;

        for (guint j = k; j < s->tables->len; j++)
          if (((BpPackTable *) g_ptr_array_index (s->tables, j))->in_pdf)
            g_ptr_array_add (all, g_ptr_array_index (s->tables, j));
        refs = references_text (doc, all);
        table_room = MIN (table_room + _bp_pdf_block_height (doc, refs, "Sans 7.5") + 6,
                          ROOM_FOR_TABLE);
      }
      break;
    }
  if (s->chart)
    {
      double alt_h = _bp_pdf_labelled_height (doc, _("Text alternative:"),
                                              s->chart_alt ? s->chart_alt : "");
      double room = _bp_pdf_bottom (doc) - doc->y - alt_h - 8 - table_room;

      _bp_pdf_chart (doc, s->chart, MAX (room, CHART_MIN_HEIGHT));
      _bp_pdf_labelled (doc, _("Text alternative:"), s->chart_alt ? s->chart_alt : "");
    }
  for (guint k = 0; k < s->tables->len; k++)
    {
      BpPackTable *t = g_ptr_array_index (s->tables, k);
      g_autofree char *refs = NULL;
      double room;

      if (!t->in_pdf)
        continue;
      /* once a table has gone to the appendix, those after it go too: the page keeps
       * the sheet's order */
      if (elsewhere->len > 0)
        {
          defer (doc, t);
          g_ptr_array_add (elsewhere, t);
          continue;
        }
      /* the room left, less the line that names the tables in the appendix, as long as
       * it would be if this table and every one after it went there */
      {
        g_autoptr(GPtrArray) worst = g_ptr_array_copy (elsewhere, NULL, NULL);

        for (guint j = k; j < s->tables->len; j++)
          if (((BpPackTable *) g_ptr_array_index (s->tables, j))->in_pdf)
            g_ptr_array_add (worst, g_ptr_array_index (s->tables, j));
        refs = references_text (doc, worst);
        refs_h = _bp_pdf_block_height (doc, refs, "Sans 7.5") + 6;
      }
      room = _bp_pdf_bottom (doc) - doc->y - refs_h;
      if (compact_table (doc, t, room, NULL))
        {
          /* a table's own chart (the comparators' bars), when there is room for it */
          if (t->chart)
            {
              double alt_h = _bp_pdf_labelled_height (doc, _("Text alternative:"),
                                                      t->chart_alt ? t->chart_alt : "");
              double chart_room = _bp_pdf_bottom (doc) - doc->y - alt_h - 8 - refs_h;

              if (chart_room >= CHART_MIN_HEIGHT)
                {
                  _bp_pdf_chart (doc, t->chart, chart_room);
                  _bp_pdf_labelled (doc, _("Text alternative:"),
                                    t->chart_alt ? t->chart_alt : "");
                }
              else
                {
                  defer (doc, t);
                  g_ptr_array_add (elsewhere, t);
                }
            }
          continue;
        }
      defer (doc, t);
      g_ptr_array_add (elsewhere, t);
    }
  if (elsewhere->len > 0)
    {
      g_autofree char *refs = references_text (doc, elsewhere);

      _bp_pdf_paragraph (doc, refs, "Sans 7.5", 6);
    }
}

/* An appendix sheet (data quality, notes): every table whole, a table that has words
 * for the PDF as those words. */
static void
appendix_sheet (BpPdfDoc    *doc,
                guint        i,
                BpPackSheet *s)
{
  start_section (doc, i, s);
  sheet_lines (doc, s);
  for (guint k = 0; k < s->tables->len; k++)
    {
      BpPackTable *t = g_ptr_array_index (s->tables, k);

      if (!t->in_pdf)
        continue;
      if (t->pdf_words == NULL)
        {
          appendix_table (doc, t, 0);
          continue;
        }
      if (doc->landscape)
        _bp_pdf_new_page (doc, FALSE);
      _bp_pdf_heading (doc, "H2", t->title, BP_PDF_FONT_SUBHEADING, 4);
      g_hash_table_insert (doc->table_page, t, GINT_TO_POINTER (doc->page));
      for (guint w = 0; w < t->pdf_words->len; w++)
        _bp_pdf_paragraph (doc, g_ptr_array_index (t->pdf_words, w), "Sans 8.5", 4);
      doc->y += 8;
    }
}

static void
cover_page (BpPdfDoc    *doc,
            BpPackSheet *cover)
{
  BpPack *pack = doc->pack;
  BpPackTable contents = { 0 };
  /* Translators: a column heading in the PDF's contents: a section of the report */
  BpPackColumn columns[2] = { { (char *) _("Section"), BP_PACK_FORMAT_TEXT, 40 },
                              /* Translators: a column heading in the PDF's contents: the
                               * page a section starts on */
                              { (char *) C_("column", "Page"), BP_PACK_FORMAT_INTEGER, 8 } };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) marks = g_array_new (FALSE, TRUE, sizeof (BpPackHighlight));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gboolean appendix_listed = FALSE;

  _bp_pdf_new_page (doc, FALSE);
  _bp_pdf_outline (doc, cover->name);
  doc->y += doc->cover_level > 0 ? 0 : 12;
  _bp_pdf_block (doc, "H1", _("Youth justice board pack"),
                 doc->cover_level > 0 ? "Sans Bold 18" : "Sans Bold 24", 4);
  /* Translators: on the PDF's cover when the database has no area set */
  _bp_pdf_paragraph (doc, pack->area[0] ? pack->area : _("Area not set"),
                     doc->cover_level > 0 ? "Sans 14" : "Sans 18", 2);
  /* (the protective marking and the profile are in every page's header) */
  _bp_pdf_paragraph (doc, pack->period_text, doc->cover_level > 0 ? "Sans 12" : "Sans 14",
                     doc->cover_level > 0 ? 8 : 14);
  /* the paper's details and about this pack (in the appendix when the cover has no room
   * for it); the workbook's own contents are its sheets */
  for (guint k = 0; k < cover->tables->len; k++)
    {
      BpPackTable *t = g_ptr_array_index (cover->tables, k);

      if (g_strcmp0 (t->name, "Contents") == 0 || !t->in_pdf)
        continue;
      if (doc->cover_level >= 2 && g_strcmp0 (t->name, "About_this_pack") == 0)
        {
          g_autofree char *where = g_strdup_printf (_("%s, page %d"), t->title,
                                                    table_page (doc, t));
          g_autofree char *refs = g_strdup_printf (_("In the appendix: %s."), where);

          defer (doc, t);
          _bp_pdf_paragraph (doc, refs, "Sans 7.5", 8);
          continue;
        }
      appendix_table (doc, t, 0);
    }

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
  for (guint i = 1; i <= pack->sheets->len && i < BP_PDF_MAX_SECTIONS; i++)
    {
      BpPackSheet *s = i < pack->sheets->len ? g_ptr_array_index (pack->sheets, i) : NULL;
      BpPackCell *row;
      BpPackHighlight none = BP_PACK_HIGHLIGHT_NONE;
      /* (the first dry pass does not know the appendix's page yet, but there is one
       * whenever there is a Table 1, which it always holds) */
      gboolean appendix_here = (s == NULL || s->appendix) && !appendix_listed &&
                               (doc->appendix_page > 0 ||
                                bp_pack_find_table (pack, "Headline_indicators") != NULL);

      if (s == NULL && !appendix_here)
        break;
      row = g_new0 (BpPackCell, 2);
      row[0].kind = BP_PACK_CELL_TEXT;
      row[0].format = BP_PACK_FORMAT_TEXT;
      row[1].kind = BP_PACK_CELL_NUMBER;
      row[1].format = BP_PACK_FORMAT_INTEGER;
      if (appendix_here)
        {
          /* Translators: the appendix of the PDF that holds the full tables */
          row[0].text = g_strdup (_("Appendix: the full tables"));
          row[0].link = g_strdup ("appendix");
          row[1].number = doc->appendix_page;
          appendix_listed = TRUE;
          i--;  /* the sheet, if any, comes next */
        }
      else
        {
          row[0].text = g_strdup (s->title);
          row[0].link = g_strdup_printf ("section%u", i);
          row[1].number = doc->section_page[i];
        }
      g_ptr_array_add (texts, row[0].text);
      g_ptr_array_add (texts, row[0].link);
      g_ptr_array_add (texts, row);
      g_ptr_array_add (rows, row);
      g_array_append_val (marks, none);
    }
  appendix_table (doc, &contents, 0);
}

static void
lay_out (BpPdfDoc *doc)
{
  BpPack *pack = doc->pack;
  BpPackTable *headline = bp_pack_find_table (pack, "Headline_indicators");
  guint i;

  doc->page = 0;
  doc->landscape = FALSE;
  g_ptr_array_set_size (doc->deferred, 0);
  _bp_pdf_tag_begin (doc, "Document", NULL);
  for (i = 0; i < pack->sheets->len && i < BP_PDF_MAX_SECTIONS; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      if (s->appendix)
        break;
      if (i == 0)
        cover_page (doc, s);
      else if (i == 1)
        {
          start_section (doc, i, s);
          _bp_pdf_summary_page (doc, s);
          if (headline)
            defer (doc, headline);
        }
      else
        indicator_page (doc, i, s);
    }

  /* The appendix: the full tables, then data quality and the notes. */
  if (doc->deferred->len > 0)
    {
      /* Translators: the title of the appendix of the PDF that holds the full tables */
      const char *title = _("Appendix: the full tables");

      BpPackTable *first = g_ptr_array_index (doc->deferred, 0);
      BpPdfTableFit fit = { 0 };
      /* the title on the page of the first table: landscape if that is */
      gboolean portrait = _bp_pdf_table_fit (doc, first, first == headline ? HEADLINE_COLUMNS : 0,
                                             BP_PDF_A4_SHORT - 2 * BP_PDF_MARGIN, FALSE,
                                             &fit);

      _bp_pdf_table_fit_clear (&fit);
      _bp_pdf_new_page (doc, !portrait);
      doc->appendix_page = doc->page;
      _bp_pdf_outline (doc, title);
      _bp_pdf_destination (doc, "appendix");
      _bp_pdf_heading (doc, "H1", title, BP_PDF_FONT_HEADING, 8);
      for (guint k = 0; k < doc->deferred->len; k++)
        {
          BpPackTable *t = g_ptr_array_index (doc->deferred, k);

          if (t == headline)
            appendix_headline (doc, t);
          else
            appendix_table (doc, t, 0);
        }
    }
  for (; i < pack->sheets->len && i < BP_PDF_MAX_SECTIONS; i++)
    appendix_sheet (doc, i, g_ptr_array_index (pack->sheets, i));
  _bp_pdf_tag_end (doc, "Document");
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
render (BpPdfDoc              *doc,
        cairo_surface_t       *surface,
        GError               **error)
{
  cairo_status_t status;
  cairo_t *cr = cairo_create (surface);

  doc->cr = cr;
  doc->pango = pango_cairo_create_context (cr);
  lay_out (doc);
  g_clear_object (&doc->pango);
  /* (a preview's pages are drawn on crs of their own: doc->page_cr) */
  cairo_destroy (cr);
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

/* The dry passes: the page count, where each section starts and where the appendix
 * prints each table. Each pass lays out the page numbers the one before found, which the
 * cover's contents and the indicator pages' references print. */
static gboolean
measure (BpPdfDoc             *doc,
         BpExportProgressFunc  progress,
         gpointer              progress_data,
         GCancellable         *cancellable,
         GError              **error)
{
  doc->dry = TRUE;
  doc->cover_level = 0;
  for (int pass = 0; pass < 4; pass++)
    {
      cairo_surface_t *surface;
      gboolean ok;

      surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL, BP_PDF_A4_SHORT,
                                                     BP_PDF_A4_LONG);
      ok = render (doc, surface, error);
      cairo_surface_destroy (surface);
      if (!ok)
        return FALSE;
      if (progress)
        progress (0.1 * (pass + 1), progress_data);
      if (_bp_export_check_cancelled (cancellable, error))
        return FALSE;
      /* a cover that ran onto a second page (long Welsh titles, a long recommendation)
       * is set smaller, then loses "About this pack" to the appendix; a last pass lays
       * out the page numbers the one before found */
      if (doc->section_page[1] > 2 && doc->cover_level < 2)
        doc->cover_level++;
      else if (pass > 0)
        break;
    }
  doc->n_pages = doc->page;
  return TRUE;
}

/**
 * bp_export_pdf_preview:
 * @n_pages: how many of the first pages
 * @scale: pixels per point (1: 595 by 842 pixels a portrait page)
 *
 * Draws the first @n_pages pages of @pack's PDF as images, exactly as the PDF lays them
 * out, for the export dialog to show before anything is written.
 *
 * Returns: (transfer full) (element-type cairo_surface_t): the pages, or NULL
 */
GPtrArray *
bp_export_pdf_preview (BpPack   *pack,
                       guint     n_pages,
                       double    scale,
                       int      *out_total,
                       GError  **error)
{
  BpPdfDoc doc = { 0 };
  BpExportLocale locale;
  cairo_surface_t *surface;
  GPtrArray *pages = NULL;
  gboolean ok;

  g_return_val_if_fail (pack != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  doc.pack = pack;
  bp_chart_theme_init (&doc.theme, BP_CHART_THEME_LIGHT);
  doc.theme.draw_background = FALSE;
  doc.table_page = g_hash_table_new (NULL, NULL);
  doc.deferred = g_ptr_array_new ();
  doc.measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  _bp_export_locale_push (&locale);
  ok = measure (&doc, NULL, NULL, NULL, error);
  if (ok)
    {
      doc.dry = FALSE;
      doc.previews = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
      doc.preview_pages = MAX (n_pages, 1);
      doc.preview_scale = scale;
      /* the layout's text is measured on a PDF surface, as when the file is written */
      surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL, BP_PDF_A4_SHORT,
                                                     BP_PDF_A4_LONG);
      ok = render (&doc, surface, error);
      cairo_surface_destroy (surface);
      g_clear_pointer (&doc.page_cr, cairo_destroy);
      pages = g_steal_pointer (&doc.previews);
      for (guint i = 0; ok && i < pages->len; i++)
        cairo_surface_flush (g_ptr_array_index (pages, i));
    }
  _bp_export_locale_pop (&locale);
  g_hash_table_unref (doc.table_page);
  g_ptr_array_unref (doc.deferred);
  g_hash_table_unref (doc.measures);
  if (out_total)
    *out_total = doc.n_pages;
  if (!ok)
    g_clear_pointer (&pages, g_ptr_array_unref);
  return pages;
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
  BpPdfDoc doc = { 0 };
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

  doc.table_page = g_hash_table_new (NULL, NULL);
  doc.deferred = g_ptr_array_new ();
  doc.measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ok = measure (&doc, progress, progress_data, cancellable, error);

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
      doc.dry = FALSE;
      surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, BP_PDF_A4_SHORT,
                                                     BP_PDF_A4_LONG);
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
  g_hash_table_unref (doc.table_page);
  g_ptr_array_unref (doc.deferred);
  g_hash_table_unref (doc.measures);

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

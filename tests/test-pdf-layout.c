/* test-pdf-layout.c: how the PDF breaks a table across pages
 *
 * A table that continues onto another page leaves at least three rows on each side of
 * every break (issue "The board paper", 4), wherever on the page it starts and however
 * tall its rows: laid out for tables of 1 to 60 rows, some of which wrap to several
 * lines, starting at heights every 47 points down the page, and the rows each page
 * receives counted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bp-pdf-private.h"

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static BpPackColumn columns[] = {
  { (char *) "Quarter", BP_PACK_FORMAT_TEXT, 12 },
  { (char *) "What happened", BP_PACK_FORMAT_WRAP, 40 },
  { (char *) "Children", BP_PACK_FORMAT_INTEGER, 10 },
};

/* A table of @n rows; every fifth row's text wraps to several lines. */
static BpPackTable *
table_new (guint n)
{
  BpPackTable *t = g_new0 (BpPackTable, 1);

  t->name = g_strdup ("Long");
  t->title = g_strdup ("Table 9: A long table");
  t->n_columns = G_N_ELEMENTS (columns);
  t->columns = columns;
  t->rows = g_ptr_array_new ();
  t->highlight = g_array_new (FALSE, TRUE, sizeof (BpPackHighlight));
  t->highlight_column = -1;
  for (guint r = 0; r < n; r++)
    {
      BpPackCell *row = g_new0 (BpPackCell, G_N_ELEMENTS (columns));
      BpPackHighlight none = BP_PACK_HIGHLIGHT_NONE;

      row[0].kind = BP_PACK_CELL_TEXT;
      row[0].text = g_strdup_printf ("Q%u", r + 1);
      row[1].kind = BP_PACK_CELL_TEXT;
      row[1].text = g_strdup (r % 5 == 4
                              ? "A longer note that wraps onto several lines of the column, "
                                "as a finding or an action of the plan does, so that rows are "
                                "not all of one height"
                              : "Short");
      row[2].kind = BP_PACK_CELL_NUMBER;
      row[2].format = BP_PACK_FORMAT_INTEGER;
      row[2].number = r;
      g_ptr_array_add (t->rows, row);
      g_array_append_val (t->highlight, none);
    }
  return t;
}

static void
table_free (BpPackTable *t)
{
  for (guint r = 0; r < t->rows->len; r++)
    {
      BpPackCell *row = g_ptr_array_index (t->rows, r);

      g_free (row[0].text);
      g_free (row[1].text);
      g_free (row);
    }
  g_ptr_array_unref (t->rows);
  g_array_unref (t->highlight);
  g_free (t->name);
  g_free (t->title);
  g_free (t);
}

static void
test_rows_either_side_of_a_break (void)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL,
                                                                  BP_PDF_A4_SHORT,
                                                                  BP_PDF_A4_LONG);
  BpPdfDoc doc = { 0 };
  guint broken = 0;

  doc.cr = cairo_create (surface);
  doc.pango = pango_cairo_create_context (doc.cr);
  doc.dry = TRUE;
  for (guint n = 1; n <= 60; n++)
    {
      BpPackTable *t = table_new (n);

      for (double start = BP_PDF_TOP; start < BP_PDF_A4_LONG - BP_PDF_FOOT; start += 47)
        {
          BpPdfTableFit fit = { 0 };
          guint total = 0;

          doc.page = 0;
          doc.landscape = FALSE;
          _bp_pdf_new_page (&doc, FALSE);
          doc.y = start;
          g_assert_true (_bp_pdf_table_fit (&doc, t, 0, _bp_pdf_width (&doc), FALSE, &fit));
          _bp_pdf_table_draw (&doc, &fit, t->title);
          g_assert_nonnull (fit.page_rows);
          for (guint p = 0; p < fit.page_rows->len; p++)
            {
              guint rows = g_array_index (fit.page_rows, guint, p);

              total += rows;
              if (rows < MIN (n, BP_PDF_MIN_ROWS))
                g_error ("%u rows from y = %.0f: page %u of the table holds %u", n, start,
                         p + 1, rows);
            }
          g_assert_cmpuint (total, ==, n);
          /* the title stays with the header and the first rows: a table that cannot start
           * here starts on the next page, which its first page then is */
          g_assert_cmpint (fit.page, >=, 1);
          broken += fit.page_rows->len > 1;
          /* a table that fits a page whole is never broken when started at the top */
          if (start == BP_PDF_TOP && n <= 20)
            g_assert_cmpuint (fit.page_rows->len, ==, 1);
          _bp_pdf_table_fit_clear (&fit);
        }
      table_free (t);
    }
  /* the cases above do break tables, many times */
  g_assert_cmpuint (broken, >, 200);
  g_object_unref (doc.pango);
  cairo_destroy (doc.cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf/layout/rows-either-side-of-a-break", test_rows_either_side_of_a_break);
  return g_test_run ();
}

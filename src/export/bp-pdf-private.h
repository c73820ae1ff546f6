/* bp-pdf-private.h: what the PDF's files share
 *
 * bp-pdf-report.c lays out the paper (the cover, one page per indicator, the appendix)
 * and writes the file; bp-pdf-summary.c draws the summary page's tiles; bp-pdf-table.c
 * measures and draws tables (whole words, a header repeated on every page a table
 * continues to, never fewer than three rows either side of a break); bp-pdf-layout.c
 * holds text, tags, pages and charts. Every page is laid out twice: a dry pass that
 * draws nothing finds the page numbers that the contents and the cross-references give.
 */
#pragma once

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "bp-chart.h"
#include "bp-export-private.h"
#include "bp-pack.h"

G_BEGIN_DECLS

#define BP_PDF_A4_SHORT 595.276 /* points */
#define BP_PDF_A4_LONG  841.890
#define BP_PDF_MARGIN   42.0
#define BP_PDF_TOP      78.0    /* below the header */
#define BP_PDF_FOOT     52.0    /* above the footer */
#define BP_PDF_CELL_PAD 2.0
#define BP_PDF_CHART_UNITS_WIDTH  760.0  /* a chart is drawn at this size and scaled */
#define BP_PDF_CHART_UNITS_HEIGHT 430.0
#define BP_PDF_MAX_SECTIONS 32

#define BP_PDF_FONT_BODY "Sans 9"
#define BP_PDF_FONT_SMALL "Sans 8"
#define BP_PDF_FONT_HEADING "Sans Bold 14"
#define BP_PDF_FONT_SUBHEADING "Sans Bold 10"

/* The fewest rows a table leaves on a page, before or after a break. */
#define BP_PDF_MIN_ROWS 3

typedef struct
{
  BpPack       *pack;
  cairo_t      *cr;
  PangoContext *pango;         /* one for every layout of a pass */
  gboolean      dry;           /* measuring only: nothing is drawn or tagged */
  int           page;
  int           n_pages;       /* known from the dry pass; 0 in it */
  double        y;
  gboolean      landscape;     /* the page being drawn */
  double        page_width;
  double        page_height;
  int           section_page[BP_PDF_MAX_SECTIONS];
  int           appendix_page; /* the full tables' first page */
  GHashTable   *table_page;    /* (BpPackTable → page) where the appendix prints a table,
                                * from the dry pass, for the indicator pages to say */
  GPtrArray    *deferred;      /* (element-type BpPackTable) the tables the appendix
                                * prints in full, in the order they were met */
  BpChartTheme  theme;
  int           cover_level;   /* so that the cover is one page: 1, in smaller type; 2, and
                                * "About this pack" in the appendix */
  GHashTable   *measures;      /* (nullable) (utf8 → BpPdfColumn[n_columns]) each table's
                                * columns measured in a font, for every pass */
  GPtrArray    *previews;      /* (nullable) (element-type cairo_surface_t) a preview's
                                * pages: each page is drawn on an image of its own */
  guint         preview_pages; /* how many pages a preview draws */
  double        preview_scale; /* pixels per point */
  cairo_t      *page_cr;       /* a preview's page being drawn */
  const char   *cell_font;       /* tables: 7.5 points, 6.5 when a table is tight (and
                                  * on a compact cover) */
  const char   *cell_font_bold;
} BpPdfDoc;

/* bp-pdf-layout.c */
double       _bp_pdf_width          (BpPdfDoc    *doc);
double       _bp_pdf_bottom         (BpPdfDoc    *doc);
PangoLayout *_bp_pdf_layout_new     (BpPdfDoc    *doc,
                                     const char  *text,
                                     const char  *font,
                                     double       width);
double       _bp_pdf_layout_height  (PangoLayout *layout);
double       _bp_pdf_layout_width   (PangoLayout *layout);
void         _bp_pdf_show_layout    (BpPdfDoc    *doc,
                                     PangoLayout *layout,
                                     double       x,
                                     double       y);
void         _bp_pdf_tag_begin      (BpPdfDoc    *doc,
                                     const char  *name,
                                     const char  *attributes);
void         _bp_pdf_tag_end        (BpPdfDoc    *doc,
                                     const char  *name);
void         _bp_pdf_set_color      (BpPdfDoc    *doc,
                                     guint32      rgb);
void         _bp_pdf_new_page       (BpPdfDoc    *doc,
                                     gboolean     landscape);
void         _bp_pdf_ensure         (BpPdfDoc    *doc,
                                     double       height);
double       _bp_pdf_block_height   (BpPdfDoc    *doc,
                                     const char  *text,
                                     const char  *font);
void         _bp_pdf_block          (BpPdfDoc    *doc,
                                     const char  *tag,
                                     const char  *text,
                                     const char  *font,
                                     double       space_after);
void         _bp_pdf_paragraph      (BpPdfDoc    *doc,
                                     const char  *text,
                                     const char  *font,
                                     double       space_after);
double       _bp_pdf_labelled_height (BpPdfDoc   *doc,
                                      const char *label,
                                      const char *text);
void         _bp_pdf_labelled       (BpPdfDoc    *doc,
                                     const char  *label,
                                     const char  *text);
void         _bp_pdf_heading        (BpPdfDoc    *doc,
                                     const char  *tag,
                                     const char  *text,
                                     const char  *font,
                                     double       space_after);
double       _bp_pdf_chart_height   (BpPdfDoc    *doc);
void         _bp_pdf_chart          (BpPdfDoc    *doc,
                                     BpChart     *chart,
                                     double       height);
void         _bp_pdf_outline        (BpPdfDoc    *doc,
                                     const char  *name);
void         _bp_pdf_destination    (BpPdfDoc    *doc,
                                     const char  *name);

/* bp-pdf-table.c: a table laid out in columns */
typedef struct
{
  double natural;      /* unwrapped */
  double comfortable;  /* every word of the header and the values whole */
  double minimum;      /* long header words broken: a landscape page's last resort */
  double width;        /* given */
} BpPdfColumn;

typedef struct
{
  const BpPackTable *table;
  guint             *cols;     /* the columns shown */
  guint              n_cols;
  BpPdfColumn       *sizes;
  const char        *font;
  const char        *font_bold;
  guint              first_row;
  guint              n_rows;
  gboolean           words_broken; /* nothing else fitted */
  int                page;         /* where its title was drawn */
  GArray            *page_rows;    /* (nullable) (element-type guint) filled by drawing:
                                    * the rows drawn on each page, for the tests */
  double            *row_heights;  /* (nullable) measured: the header's, then each row's;
                                    * 0 where not yet */
} BpPdfTableFit;

void     _bp_pdf_table_fit_clear  (BpPdfTableFit     *fit);
gboolean _bp_pdf_table_fit        (BpPdfDoc          *doc,
                                   const BpPackTable *t,
                                   guint              n_cols,
                                   double             width,
                                   gboolean           may_break_words,
                                   BpPdfTableFit     *fit);
gboolean _bp_pdf_table_fit_first_columns (BpPdfDoc          *doc,
                                          const BpPackTable *t,
                                          double             width,
                                          gboolean           unwrapped,
                                          BpPdfTableFit     *fit);
double   _bp_pdf_table_height     (BpPdfDoc          *doc,
                                   BpPdfTableFit     *fit,
                                   const char        *title);
void     _bp_pdf_table_draw       (BpPdfDoc          *doc,
                                   BpPdfTableFit     *fit,
                                   const char        *title);
gboolean _bp_pdf_table_fits_portrait (BpPdfDoc          *doc,
                                      const BpPackTable *t);

/* bp-pdf-summary.c */
void     _bp_pdf_summary_page     (BpPdfDoc          *doc,
                                   BpPackSheet       *summary);

G_END_DECLS

/* bp-pack.h: the board pack's sheets and tables under a profile, for every output
 *
 * A BpPack says, for each cell of each table, what a reader of the profile may see: a
 * number with its display format, a text, a date or a symbol ([c] [x] [z] [u]). The
 * workbook and the PDF both draw from it, so they agree to the cell; the charts are
 * built from a copy of the report masked the same way.
 */
#pragma once

#include "bp-chart-kinds.h"
#include "bp-disclosure.h"
#include "bp-indicators.h"
#include "bp-store.h"

G_BEGIN_DECLS

typedef enum
{
  BP_PACK_CELL_EMPTY,   /* a blank cell: only in chart data, where a gap is drawn */
  BP_PACK_CELL_TEXT,
  BP_PACK_CELL_NUMBER,
  BP_PACK_CELL_DATE,    /* number holds a BpDay */
  BP_PACK_CELL_SYMBOL,  /* text is [c], [x], [z] or [u] */
} BpPackCellKind;

/* Display formats; numbers are always stored unrounded. */
typedef enum
{
  BP_PACK_FORMAT_TEXT,
  BP_PACK_FORMAT_WRAP,      /* text that wraps in its column */
  BP_PACK_FORMAT_INTEGER,   /* #,##0: counts, rates per 100,000 */
  BP_PACK_FORMAT_YEAR,      /* 0 */
  BP_PACK_FORMAT_DEC1,      /* #,##0.0: percentages */
  BP_PACK_FORMAT_DEC2,      /* #,##0.00: rates per 1,000, RRIs, frequencies */
  BP_PACK_FORMAT_DEC3,      /* #,##0.000: a comparator published to 3 places */
  BP_PACK_FORMAT_SIGNED1,   /* +0.0: changes in % and percentage points */
  BP_PACK_FORMAT_SIGNED2,   /* +0.00 */
  BP_PACK_FORMAT_DATE,      /* d mmm yyyy */
  BP_PACK_FORMAT_MONEY,     /* £#,##0.00: pounds, to the penny */
  BP_PACK_N_FORMATS
} BpPackFormat;

typedef struct
{
  BpPackCellKind kind;
  BpPackFormat   format;
  double         number;
  char          *text;
  char          *link;  /* (nullable) a sheet this cell links to */
  BpCellState    rule;  /* for [c]: the rule that hid it (primary, secondary, derived) */
  gboolean       low_reliability; /* a number shown with [u] beside it: a percentage on a
                                   * base below 10 (internal packs, which show it) */
} BpPackCell;

typedef struct
{
  char        *header;
  BpPackFormat format;  /* the default of its cells, and the alignment */
  double       width;   /* in characters */
} BpPackColumn;

typedef enum
{
  BP_PACK_HIGHLIGHT_NONE,
  BP_PACK_HIGHLIGHT_HIGHER,  /* a row significantly higher */
  BP_PACK_HIGHLIGHT_LOWER,
  BP_PACK_HIGHLIGHT_AREA,    /* the area's own row among its comparators */
} BpPackHighlight;

typedef struct
{
  char         *name;         /* Excel table name: letters, digits, underscores */
  char         *title;        /* the line above the table */
  guint         n_columns;
  BpPackColumn *columns;
  GPtrArray    *rows;         /* (element-type BpPackCell) arrays of n_columns */
  GArray       *highlight;    /* (element-type BpPackHighlight) one per row */
  int           highlight_column; /* the column whose text says a row is marked; -1 */
  gboolean      chart_data;   /* blanks allowed: the numbers a native chart draws */
  gboolean      in_pdf;       /* the PDF prints it */
  gboolean      pdf_links;    /* its cells' links are the PDF's own destinations (its contents) */
  guint32       cites;        /* while building: bit n set when the title cites note n */
  gboolean      lettered;     /* numbered A, B, ... (the cover's tables), not 1, 2, ... */
  BpChart      *chart;        /* (nullable) a chart of this table's rows, after it: the
                               * comparator table's bars */
  char         *chart_alt;    /* (nullable) its text alternative */
  int           chart_values; /* the column the chart draws, categories in column 0 */
  int           chart_marked; /* the row drawn hatched (the area's own); -1 */
  char         *label;        /* "Table 5": its number, once the pack is complete */
  gboolean      series;       /* its rows are periods, oldest first: an indicator's page of
                               * the PDF shows the latest, the appendix all of them */
  GPtrArray    *pdf_words;    /* (nullable) (element-type utf8) what the PDF prints instead
                               * of the table: the data quality tables in sentences */
} BpPackTable;

typedef enum
{
  BP_PACK_CHART_NONE,
  BP_PACK_CHART_RATE,         /* lines over quarter ends: local and comparators */
  BP_PACK_CHART_REOFFENDING,  /* columns: % who reoffended per cohort */
  BP_PACK_CHART_RRI,          /* markers with 95% confidence intervals, log scale */
  BP_PACK_CHART_BARS,         /* bars by category, one series per column (a second one
                               * patterned, so colour is not the only difference) */
} BpPackChartStyle;

typedef struct
{
  char             *name;
  char             *title;       /* cell A1 */
  char             *contents;    /* (nullable) what it contains, for the cover */
  GPtrArray        *lines;       /* (element-type utf8) the lines under the title */
  int               contents_line; /* the line of @lines that says what the worksheet
                                    * contains, for the workbook alone; -1 */
  GPtrArray        *tables;      /* (element-type BpPackTable) */
  BpPackChartStyle  chart_style;
  BpChart          *chart;       /* (nullable) the same chart as the screen */
  BpPackTable      *chart_table; /* (nullable) the data the native chart draws */
  char             *chart_axis;  /* (nullable) value axis title */
  int               chart_decimals;
  char             *chart_alt;   /* (nullable) the chart's text alternative */
  gboolean          has_comparators; /* a comparator table was added (its contents say so) */
  gboolean          appendix;    /* the PDF prints it after the indicators (data quality,
                                  * notes) */
  int               commentary_line; /* the line of @lines holding the service's own
                                      * commentary on the sheet; -1 */
} BpPackSheet;

typedef struct
{
  BpProfile  profile;
  char      *area;          /* may be empty */
  char      *title;         /* "Youth justice board pack: Northdale, 12 months to March 2024" */
  char      *subject;
  char      *marking;       /* "OFFICIAL-SENSITIVE" or "OFFICIAL" */
  char      *profile_line;  /* printed on every sheet and page */
  char      *period_text;   /* "12 months to March 2024" */
  GPtrArray *sheets;        /* (element-type BpPackSheet) in workbook order */
  char      *rag_rule;      /* (nullable) how the summary's statuses are given, in words */
} BpPack;

/* The columns of the Summary judgements table (bp-pack-judgements.c), which the PDF's
 * summary page draws as tiles. */
typedef enum
{
  BP_JUDGEMENT_INDICATOR,
  BP_JUDGEMENT_MEASURE,
  BP_JUDGEMENT_PERIOD,
  BP_JUDGEMENT_FIGURE,
  BP_JUDGEMENT_CHANGE,
  BP_JUDGEMENT_NATIONAL,
  BP_JUDGEMENT_FAMILY,
  BP_JUDGEMENT_STATUS,
  BP_JUDGEMENT_CARE,
  BP_N_JUDGEMENT_COLUMNS
} BpJudgementColumn;

BpPack      *bp_pack_new            (const BpReport *report,
                                     BpStore        *store,
                                     BpProfile       profile,
                                     GError        **error);
void         bp_pack_free           (BpPack         *pack);
BpPackSheet *bp_pack_find_sheet     (BpPack         *pack,
                                     const char     *name);
BpPackTable *bp_pack_find_table     (BpPack         *pack,
                                     const char     *name);
const BpPackCell *bp_pack_table_cell (const BpPackTable *table,
                                      guint              row,
                                      guint              column);
char        *bp_pack_cell_to_text   (const BpPackCell *cell);
const char  *bp_pack_highlight_text (BpPackHighlight highlight);
int          bp_pack_format_decimals (BpPackFormat   format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpPack, bp_pack_free)

G_END_DECLS

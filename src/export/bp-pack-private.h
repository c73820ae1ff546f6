/* bp-pack-private.h: what the pack's model and its sheet builders share
 *
 * bp-pack.c holds the model (cells, tables, sheets) and bp_pack_new(), which calls one
 * builder per sheet: bp-pack-summary.c (and bp-pack-judgements.c, its judgements),
 * bp-pack-rate.c (first time entrants and custody), bp-pack-comparison.c (the comparator
 * table they and reoffending add), bp-pack-reoffending.c, bp-pack-disparity.c,
 * bp-pack-diversion.c, bp-pack-remand.c, bp-pack-offences.c, bp-pack-kpis.c,
 * bp-pack-quality.c, bp-pack-suppression.c and bp-pack-notes.c (the notes and the cover).
 * Table and note numbers are given in code, never in translated text
 * (_bp_pack_table_new(), _bp_pack_cite()).
 */
#pragma once

#include "bp-chart-builders.h"
#include "bp-comparison.h"
#include "bp-export-private.h"
#include "bp-i18n.h"
#include "bp-indicator.h"
#include "bp-pack.h"
#include "bp-report-format.h"
#include "bp-report-mask.h"

G_BEGIN_DECLS

/* A 12-month cohort summed from four 3-month cohorts. */
typedef struct
{
  BpPeriod cohort;
  gint64   size;
  gint64   reoffenders;
  gint64   reoffences;
  double   binary_rate;
  double   frequency;
  double   per_reoffender;
} YearCohort;

typedef struct
{
  const BpReport *report;
  BpStore        *store;
  GHashTable     *commentary;   /* (nullable) the period's commentary by key */
  BpProfile       profile;
  BpPack         *pack;
  BpReportHidden  hidden;
  BpReport        chart_report; /* shallow copy with a clean area name, for the chart
                                 * builders (which mask it for the profile): do not free */
  YearCohort      previous_year;
  GPtrArray      *notes;        /* (element-type utf8) note texts, note 1 first */
  BpPackSheet    *quality;      /* the Data quality sheet, once built */
} BpPackBuilder;

/* The note numbers that table titles cite: _bp_pack_add_standard_notes() adds them in this
 * order. */
enum
{
  NOTE_FTE = 1,
  NOTE_CUSTODY,
  NOTE_REOFFENDING,
  NOTE_DISPARITY,
  NOTE_POPULATION,
  NOTE_COMPARATORS,
  NOTE_ROUNDING,
  NOTE_NA_RULE,
  NOTE_UNKNOWN,
  NOTE_LOCAL,
  NOTE_PROFILE,
};

int _bp_pack_add_note (BpPackBuilder *b,
                       const char    *text);

BpPackCell * _bp_pack_add_row (BpPackTable *t);

void _bp_pack_add_standard_notes (BpPackBuilder *b);

void _bp_pack_add_suppression_note (BpPackBuilder *b);

void _bp_pack_build_cover (BpPackBuilder *b,
                           BpPackSheet   *s);



void _bp_pack_build_notes (BpPackBuilder *b);

gboolean _bp_pack_build_partner_suppression (BpPackBuilder *b,
                                             GError        **error);

gboolean _bp_pack_build_quality (BpPackBuilder *b,
                                 GError        **error);





void _bp_pack_build_summary (BpPackBuilder *b);

char * _bp_pack_cohort_label (const BpPeriod *p);

void _bp_pack_column (BpPackTable  *t,
                      guint        i,
                      const char   *header,
                      BpPackFormat format,
                      double       width);

const char * _bp_pack_comparator_name (const BpRateIndicator *ind,
                                       const char            *indicator,
                                       const char            *area_type,
                                       const char            *fallback);

const char * _bp_pack_disparity_note (BpPackBuilder *b);

void _bp_pack_mark_low_base (BpPackBuilder *b,
                             BpPackCell    *c,
                             gint64        base);

void _bp_pack_mark_low_base_row (BpPackBuilder *b,
                                 BpPackTable   *t,
                                 gint64        now_base,
                                 gint64        before_base);

double _bp_pack_pct_change (double now,
                            double before);

const char * _bp_pack_pct_symbol (BpProfile profile,
                                  gint64    base);

void _bp_pack_set_chart_value (BpPackCell *c,
                               double     value,
                               gboolean   hidden);

void _bp_pack_set_count (BpPackCell  *c,
                         gint64      count,
                         BpCellState hidden);

void _bp_pack_set_date (BpPackCell *c,
                        BpDay      day);

void _bp_pack_set_number (BpPackCell *c,
                          double     value);

void _bp_pack_set_published (BpPackCell        *c,
                             const BpBenchmark *b);

void _bp_pack_set_symbol (BpPackCell *c,
                          const char *symbol);

void _bp_pack_set_text (BpPackCell *c,
                        const char *text);

void _bp_pack_set_value (BpPackCell *c,
                         double     value,
                         const char *symbol);

void _bp_pack_sheet_contents_line (BpPackSheet *s,
                                   const char  *text);

void _bp_pack_sheet_line (BpPackSheet *s,
                          const char  *format,
                          ...) G_GNUC_PRINTF (2, 3);


BpPackSheet * _bp_pack_sheet_new (BpPack     *pack,
                                  const char *name,
                                  const char *title,
                                  const char *contents);

BpPackTable * _bp_pack_table_new (BpPackSheet *sheet,
                                  const char  *name,
                                  const char  *title,
                                  guint       n_columns);

gboolean _bp_pack_unknown_warning_hidden (BpPackBuilder *b);

/* The sheet of one indicator of the registry, from its value (bp_pack_new() lists them
 * by the indicator's key). */
typedef void (*BpPackSheetFunc) (BpPackBuilder *b,
                                 gconstpointer  value);

void _bp_pack_build_rate_sheet   (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_reoffending  (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_disparity    (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_diversion    (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_remand       (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_offences     (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_disposals    (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_delays       (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_cohort       (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_plan         (BpPackBuilder *b,
                                  gconstpointer  value);
void _bp_pack_build_kpis         (BpPackBuilder *b,
                                  gconstpointer  value);

void _bp_pack_set_figure (BpPackBuilder *b,
                          BpPackCell    *cell,
                          gint64         count,
                          const char    *key);
void _bp_pack_set_share  (BpPackBuilder *b,
                          BpPackCell    *cell,
                          gint64         count,
                          const char    *count_key,
                          gint64         base,
                          const char    *base_key);

void _bp_pack_add_comparison (BpPackBuilder      *b,
                              BpPackSheet        *s,
                              const char         *name,
                              const BpComparison *c,
                              const char         *numerator,
                              const char         *denominator,
                              const char         *value,
                              const char         *axis,
                              BpDay               period_end,
                              double              local_value,
                              gboolean            local_shown,
                              const char         *unit);

char *_bp_pack_comparison_reading (const BpComparison *c,
                                   BpProfile           profile,
                                   double              local_value,
                                   const char         *unit,
                                   gboolean            with_verdict,
                                   gboolean           *said_comparators);

/* How a headline figure's change is measured (the summary's judgements). */
typedef enum
{
  BP_PACK_CHANGE_PCT,        /* in per cent */
  BP_PACK_CHANGE_POINTS,     /* in percentage points */
  BP_PACK_CHANGE_DIFFERENCE, /* this less the year before */
} BpPackChangeAs;

/* One row of the Headline indicators table to judge (bp-pack-judgements.c). */
typedef struct
{
  guint           row;
  BpBetter        better;
  BpPackChangeAs  change_as;
  const char     *unit;          /* "" or "%": after a figure in words */
  GPtrArray      *benchmarks;    /* (nullable) */
  const char     *code;          /* (nullable) its benchmark code: none, no comparators */
  gboolean        counts_known;  /* a change too small for a percentage is said in counts */
  gint64          count_now;
  gint64          count_before;
  gboolean        rri;           /* judged by @significance, not by the rule */
  const char     *significance;
} BpPackJudged;

void _bp_pack_add_judgements (BpPackBuilder      *b,
                              BpPackSheet        *s,
                              const BpPackTable  *headline,
                              const BpPackJudged *judged,
                              guint               n);

void          _bp_pack_table_cite (BpPackTable *t,
                                   ...);
char *        _bp_pack_cite_text  (guint32      cites);

/* A note's bit, for _bp_pack_cite_text() */
#define BP_PACK_NOTE(n) (1u << (n))

G_END_DECLS

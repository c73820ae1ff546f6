/* bp-pack.c: the board pack's sheets and tables under a profile, for every output
 *
 * What a partner may see (domain.md section 9) is decided here once, cell by cell:
 * - counts of 1 to 4 are [c]; a true zero stays 0;
 * - where counts add up to a total that is shown, a line with a single [c] loses its
 *   next smallest cell too (bp_disclosure_apply()): the four 3-month reoffending cohorts
 *   of a 12-month cohort, and the ethnic groups of a year;
 * - a rate, share, RRI or change made from a [c] is [c]; a percentage on a base below
 *   10 is [u];
 * - the rolling 12-month series are not parts of a total, so only their small counts
 *   are hidden (as the chart builders do).
 * The charts are built by bp_chart_build() from a copy of the report in which every
 * hidden value is missing, so a chart never draws what its table hides.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-chart-builders.h"
#include "bp-export-private.h"
#include "bp-i18n.h"
#include "bp-pack.h"
#include "bp-report-mask.h"
#include "bp-report-format.h"

/* What the profile hides, per indicator value of the report. */
/* What the profile hides: decided in core (bp-report-mask.c), for every output alike. */
typedef BpReportHidden Hidden;

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
  BpProfile       profile;
  BpPack         *pack;
  Hidden          hidden;
  BpReport        chart_report; /* shallow copy with a clean area name, for the chart
                                 * builders (which mask it for the profile): do not free */
  YearCohort      previous_year;
  GPtrArray      *notes;        /* (element-type utf8) note texts, note 1 first */
} Builder;

static const int group_order[] = {
  BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED, BP_ETHNIC_OTHER, BP_ETHNIC_WHITE,
  BP_DISPARITY_MINORITIES,
};

/* --- cells and tables ---------------------------------------------------------------- */

static void
cell_clear (BpPackCell *c)
{
  g_clear_pointer (&c->text, g_free);
  g_clear_pointer (&c->link, g_free);
}

static void
table_free (gpointer data)
{
  BpPackTable *t = data;

  for (guint r = 0; r < t->rows->len; r++)
    {
      BpPackCell *row = g_ptr_array_index (t->rows, r);

      for (guint c = 0; c < t->n_columns; c++)
        cell_clear (&row[c]);
      g_free (row);
    }
  g_ptr_array_unref (t->rows);
  g_array_unref (t->highlight);
  for (guint c = 0; c < t->n_columns; c++)
    g_free (t->columns[c].header);
  g_free (t->columns);
  g_free (t->name);
  g_free (t->title);
  g_free (t);
}

static void
sheet_free (gpointer data)
{
  BpPackSheet *s = data;

  g_free (s->name);
  g_free (s->title);
  g_ptr_array_unref (s->lines);
  g_ptr_array_unref (s->tables);
  g_clear_pointer (&s->chart, bp_chart_unref);
  g_free (s->chart_axis);
  g_free (s->chart_alt);
  g_free (s);
}

static BpPackSheet *
sheet_new (BpPack     *pack,
           const char *name,
           const char *title)
{
  BpPackSheet *s = g_new0 (BpPackSheet, 1);

  s->name = g_strdup (name);
  s->title = _bp_export_text (title);
  s->contents_line = -1;
  s->lines = g_ptr_array_new_with_free_func (g_free);
  s->tables = g_ptr_array_new_with_free_func (table_free);
  g_ptr_array_add (s->lines, g_strdup (pack->profile_line));
  g_ptr_array_add (pack->sheets, s);
  return s;
}

static void sheet_line (BpPackSheet *s,
                        const char  *format,
                        ...) G_GNUC_PRINTF (2, 3);

static void
sheet_line (BpPackSheet *s,
            const char  *format,
            ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (s->lines, _bp_export_text (text));
}

/* The line that says what the worksheet contains: the PDF, which has no worksheets,
 * leaves it out. */
static void
sheet_contents_line (BpPackSheet *s,
                     const char  *text)
{
  s->contents_line = (int) s->lines->len;
  g_ptr_array_add (s->lines, _bp_export_text (text));
}

static BpPackTable *
table_new (BpPackSheet *sheet,
           const char  *name,
           const char  *title,
           guint        n_columns)
{
  BpPackTable *t = g_new0 (BpPackTable, 1);

  g_assert (_bp_export_table_name_valid (name));
  t->name = g_strdup (name);
  t->title = _bp_export_text (title);
  t->n_columns = n_columns;
  t->columns = g_new0 (BpPackColumn, n_columns);
  t->rows = g_ptr_array_new ();
  t->highlight = g_array_new (FALSE, TRUE, sizeof (BpPackHighlight));
  t->in_pdf = TRUE;
  t->highlight_column = -1;
  g_ptr_array_add (sheet->tables, t);
  return t;
}

static void
column (BpPackTable  *t,
        guint         i,
        const char   *header,
        BpPackFormat  format,
        double        width)
{
  g_assert (i < t->n_columns);
  t->columns[i].header = _bp_export_text (header);
  t->columns[i].format = format;
  t->columns[i].width = width;
}

static BpPackCell *
add_row (BpPackTable *t)
{
  BpPackCell *row = g_new0 (BpPackCell, t->n_columns);
  BpPackHighlight none = BP_PACK_HIGHLIGHT_NONE;

  for (guint c = 0; c < t->n_columns; c++)
    {
      row[c].kind = BP_PACK_CELL_EMPTY;
      row[c].format = t->columns[c].format;
    }
  g_ptr_array_add (t->rows, row);
  g_array_append_val (t->highlight, none);
  return row;
}

static void
set_text (BpPackCell *c,
          const char *text)
{
  cell_clear (c);
  c->kind = BP_PACK_CELL_TEXT;
  c->text = _bp_export_text (text);
}

static void
set_symbol (BpPackCell *c,
            const char *symbol)
{
  cell_clear (c);
  c->kind = BP_PACK_CELL_SYMBOL;
  c->text = g_strdup (symbol);
  /* A [c] that is not a count hidden by bp_report_hidden_compute() is a value made from
   * one (set_count() says otherwise). */
  c->rule = g_strcmp0 (symbol, BP_SYMBOL_CONFIDENTIAL) == 0 ? BP_CELL_DERIVED : BP_CELL_SHOWN;
}

/* A number, or [x] when it cannot be computed. */
static void
set_number (BpPackCell *c,
            double      value)
{
  cell_clear (c);
  if (!isfinite (value))
    {
      set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
      return;
    }
  c->kind = BP_PACK_CELL_NUMBER;
  c->number = value;
}

/* A value the profile may hide: @symbol (nullable) is shown instead when set. */
static void
set_value (BpPackCell *c,
           double      value,
           const char *symbol)
{
  if (symbol)
    set_symbol (c, symbol);
  else
    set_number (c, value);
}

/* A count; @hidden is the rule that hides it, BP_CELL_SHOWN (0) when it is shown. */
static void
set_count (BpPackCell *c,
           gint64      count,
           BpCellState hidden)
{
  if (hidden)
    {
      set_symbol (c, BP_SYMBOL_CONFIDENTIAL);
      c->rule = hidden == BP_CELL_SECONDARY ? BP_CELL_SECONDARY
                : hidden == BP_CELL_PRIMARY ? BP_CELL_PRIMARY : BP_CELL_DERIVED;
    }
  else if (count < 0)
    set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
  else
    set_number (c, (double) count);
}

static void
set_date (BpPackCell *c,
          BpDay       day)
{
  cell_clear (c);
  if (day == BP_DAY_INVALID)
    {
      set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
      return;
    }
  c->kind = BP_PACK_CELL_DATE;
  c->number = day;
}

/* In chart data a hidden or missing value is a blank, which a chart draws as a gap. */
static void
set_chart_value (BpPackCell *c,
                 double      value,
                 gboolean    hidden)
{
  cell_clear (c);
  if (hidden || !isfinite (value))
    {
      c->kind = BP_PACK_CELL_EMPTY;
      return;
    }
  c->kind = BP_PACK_CELL_NUMBER;
  c->number = value;
}

/* The number of decimal places @text was published with, or -1 if it is not a plain
 * number. */
static int
published_decimals (const char *text)
{
  const char *dot;
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return -1;
  g_ascii_strtod (text, &end);
  if (end == text || *end != '\0')
    return -1;
  dot = strchr (text, '.');
  return dot ? (int) strlen (dot + 1) : 0;
}

/* A comparator as published: the number, shown with the places it was published with
 * (113 / 70,982 published as 160 shows 160), or the published text as it stands. */
static void
set_published (BpPackCell        *c,
               const BpBenchmark *b)
{
  int decimals;

  if (b == NULL)
    {
      set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
      return;
    }
  decimals = published_decimals (b->value_text);
  if (decimals < 0 || decimals > 3 || strchr (b->value_text, ',') != NULL)
    {
      set_text (c, b->value_text);
      return;
    }
  set_number (c, b->value);
  c->format = decimals == 0 ? BP_PACK_FORMAT_INTEGER
              : decimals == 1 ? BP_PACK_FORMAT_DEC1
              : decimals == 2 ? BP_PACK_FORMAT_DEC2 : BP_PACK_FORMAT_DEC3;
}

/* --- text helpers -------------------------------------------------------------------- */

/* "Jan-Mar 2024", or "Oct 2023-Sep 2024" across a year end. */
static char *
cohort_label (const BpPeriod *p)
{
  int y1, y2, m1, m2;

  bp_day_to_ymd (p->start, &y1, &m1, NULL);
  bp_day_to_ymd (p->end, &y2, &m2, NULL);
  if (y1 == y2)
    /* Translators: a cohort's months within one year, as in "Jan-Mar 2024": the short
     * name of the first month, of the last month, and the year */
    return g_strdup_printf (C_("cohort", "%s-%s %d"), bp_month_abbrev (m1),
                            bp_month_abbrev (m2), y2);
  /* Translators: a cohort's months across a year end, as in "Apr 2022-Mar 2023": the
   * short name of the first month, its year, the short name of the last month, its year */
  return g_strdup_printf (C_("cohort", "%s %d-%s %d"), bp_month_abbrev (m1), y1,
                          bp_month_abbrev (m2), y2);
}

/* The name of the first comparator of @area_type in any of the series, for headers. */
static const char *
comparator_name (const BpRateIndicator *ind,
                 const char            *indicator,
                 const char            *area_type,
                 const char            *fallback)
{
  for (int q = BP_SERIES_QUARTERS - 1; q >= 0; q--)
    {
      const BpBenchmark *b = bp_benchmark_find (ind->series[q].benchmarks, indicator, area_type);

      if (b)
        return bp_area_display_name (b->area_name);
    }
  return fallback;
}

/* The symbol for a percentage of @base children: [u] on a base of 1 to 9 for partners; a
 * base of 0 has no percentage at all, which set_value() shows as [x]. */
static const char *
pct_symbol (BpProfile profile,
            gint64    base)
{
  return base > 0 ? bp_disclosure_derived_symbol (profile, FALSE, TRUE, base) : NULL;
}

/* In an internal pack, which shows a percentage on a base below 10, that percentage is
 * marked [u] beside it; a partner pack shows [u] in its place (pct_symbol()). */
static void
mark_low_base (Builder    *b,
               BpPackCell *c,
               gint64      base)
{
  if (b->profile == BP_PROFILE_INTERNAL && c->kind == BP_PACK_CELL_NUMBER &&
      base > 0 && base < BP_SMALL_COUNT)
    c->low_reliability = TRUE;
}

/* The same for the "this period" and "previous period" cells of the summary row just
 * added to @t. */
static void
mark_low_base_row (Builder     *b,
                   BpPackTable *t,
                   gint64       now_base,
                   gint64       before_base)
{
  BpPackCell *row = g_ptr_array_index (t->rows, t->rows->len - 1);

  mark_low_base (b, &row[3], now_base);
  mark_low_base (b, &row[4], before_base);
  /* Their difference is as unreliable as the less reliable of the two. */
  mark_low_base (b, &row[5], MIN (now_base > 0 ? now_base : G_MAXINT64,
                                  before_base > 0 ? before_base : G_MAXINT64));
}

static double
pct_change (double now,
            double before)
{
  if (!isfinite (now) || !isfinite (before) || before == 0)
    return NAN;
  return (now / before - 1.0) * 100.0;
}

/* --- what the profile hides ---------------------------------------------------------- */

static void
year_cohort_sum (const BpReport *report,
                 int             first,
                 YearCohort     *y)
{
  const BpReoffendingCohort *s = report->reoffending.series;

  memset (y, 0, sizeof *y);
  y->cohort.start = s[first].cohort.start;
  y->cohort.end = s[first + 3].cohort.end;
  for (int k = first; k < first + 4; k++)
    {
      y->size += s[k].cohort_size;
      y->reoffenders += s[k].reoffenders;
      y->reoffences += s[k].reoffences;
    }
  y->binary_rate = y->size > 0 ? (double) y->reoffenders / (double) y->size * 100.0 : NAN;
  y->frequency = y->size > 0 ? (double) y->reoffences / (double) y->size : NAN;
  y->per_reoffender = y->reoffenders > 0 ? (double) y->reoffences / (double) y->reoffenders
                                         : NAN;
}

/* Whether a partner may not be told that more than 10% of children are of unknown
 * ethnicity: with the unknown count suppressed, "more than 10%" (or "not") would narrow
 * it down from the totals shown. */
static gboolean
unknown_warning_hidden (Builder *b)
{
  return b->hidden.unknown || b->hidden.total || b->hidden.known;
}

/* The report's note on disproportionality, which may count the children of unknown
 * ethnicity: not for partners when that count is suppressed. */
static const char *
disparity_note (Builder *b)
{
  const BpDisparity *d = &b->report->disparity;

  if (d->note && d->unknown_warning && unknown_warning_hidden (b))
    /* Translators: in place of the note that gives the number of children of unknown
     * ethnicity, which a partner pack suppresses; whether it is above 10% would narrow
     * the suppressed count down, so that is not said either */
    return _("The number of children of unknown ethnicity is suppressed [c], and so is "
             "whether it is more than a tenth of the children: a relative rate index may "
             "be biased when it is.");
  return d->note;
}

/* --- notes ---------------------------------------------------------------------------- */

static int
add_note (Builder    *b,
          const char *text)
{
  g_ptr_array_add (b->notes, _bp_export_text (text));
  return (int) b->notes->len;
}

/* --- the sheets ----------------------------------------------------------------------- */

typedef enum
{
  SHEET_COVER,
  SHEET_SUMMARY,
  SHEET_FTE,
  SHEET_CUSTODY,
  SHEET_REOFFENDING,
  SHEET_DISPARITY,
  SHEET_QUALITY,
  SHEET_NOTES,
  N_SHEETS
} SheetId;

/* Translated, so bp_pack_new() checks that Excel can take them. */
static const char *const sheet_names[N_SHEETS] = {
  /* Translators: a worksheet name: at most 31 characters, none of [ ] : * ? / \ and
   * not starting or ending with an apostrophe; no two sheet names may be the same */
  [SHEET_COVER] = N_("Cover"),
  /* Translators: a worksheet name: at most 31 characters, none of [ ] : * ? / \ and
   * not starting or ending with an apostrophe */
  [SHEET_SUMMARY] = N_("Summary"),
  /* Translators: a worksheet name: at most 31 characters, none of [ ] : * ? / \ and
   * not starting or ending with an apostrophe */
  [SHEET_FTE] = N_("First time entrants"),
  /* Translators: a worksheet name (use of custody): at most 31 characters, none of
   * [ ] : * ? / \ and not starting or ending with an apostrophe */
  [SHEET_CUSTODY] = N_("Custody"),
  /* Translators: a worksheet name (proven reoffending): at most 31 characters, none
   * of [ ] : * ? / \ and not starting or ending with an apostrophe */
  [SHEET_REOFFENDING] = N_("Reoffending"),
  /* Translators: a worksheet name (ethnic disproportionality): at most 31 characters,
   * none of [ ] : * ? / \ and not starting or ending with an apostrophe */
  [SHEET_DISPARITY] = N_("Disproportionality"),
  /* Translators: a worksheet name: at most 31 characters, none of [ ] : * ? / \ and
   * not starting or ending with an apostrophe; other text calls it "the Data quality
   * sheet" */
  [SHEET_QUALITY] = N_("Data quality"),
  /* Translators: a worksheet name: at most 31 characters, none of [ ] : * ? / \ and
   * not starting or ending with an apostrophe; other text calls it "the Notes sheet" */
  [SHEET_NOTES] = N_("Notes"),
};

static const char *
sheet_name (SheetId sheet)
{
  return _(sheet_names[sheet]);
}

/* The note numbers that table titles cite: add_standard_notes() adds them in this
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

static void
add_standard_notes (Builder *b)
{
  add_note (b, _("First time entrants: children aged 10-17 resident in the area whose "
                 "first youth caution, youth conditional caution or court sentence held in "
                 "the local data falls in the 12 months, counted once each. Rate per 100,000 "
                 "10-17 year olds."));
  add_note (b, _("Use of custody: custodial sentences (detention and training orders and "
                 "sections 250, 254, 258 and 259) given to children aged 10-17 in the 12 "
                 "months, counted once per child and day. Remands are not sentences. Rate "
                 "per 1,000 10-17 year olds."));
  add_note (b, _("Proven reoffending, Ministry of Justice method: a cohort of children "
                 "cautioned, sentenced or released from custody in a quarter (3-month "
                 "cohort) or in four quarters (12-month cohort, the sum of four 3-month "
                 "cohorts, so a child may count more than once), followed for 12 months for "
                 "offences proven within a further 6 months. Breaches are excluded. The "
                 "latest cohort ends 21 months before the period end."));
  /* Translators: keep the formula as it is; "n" and "P" are the group's count and
   * population. */
  /* xgettext:no-c-format */
  add_note (b, _("Ethnic disproportionality: for each ethnic group, the rate per 100,000 "
                 "of children of the group in the stage (by default cautioned or sentenced "
                 "in the financial year) divided by the rate of White children gives the "
                 "relative rate index (RRI). Its 95% confidence interval is by Katz's log "
                 "method: SE = sqrt(1/n - 1/P + 1/n(White) - 1/P(White)), CI = exp(ln RRI "
                 "+/- 1.96 SE). A group is significantly higher when the lower bound is "
                 "above 1 and significantly lower when the upper bound is below 1; there is "
                 "no interval when either count is 0. No fixed RRI threshold is official."));
  /* Translators: "the Data quality sheet" is the worksheet named "Data quality" */
  add_note (b, _("Populations: rates use the ONS mid-year estimate of 10-17 year olds for "
                 "the latest year not after the calendar year of the period end; "
                 "disproportionality uses the 2021 Census 10-17 population by ethnic group, "
                 "because mid-year estimates have no ethnicity. The year and source used "
                 "are on the Data quality sheet."));
  add_note (b, _("Comparators (YJS family, region, England and Wales) are shown exactly as "
                 "the Youth Justice Board published them, never recomputed."));
  add_note (b, _("Rounding: numbers are stored unrounded and displayed rounded half away "
                 "from zero: rates per 100,000 to whole numbers, rates per 1,000 to 2 "
                 "decimal places, percentages and percentage points to 1, ratios and "
                 "frequencies to 2."));
  /* Translators: [z] is the symbol for "not applicable": keep it as it is */
  add_note (b, _("The n/a rule: the change in a group's count and in its share is not "
                 "shown ([z]) when the count is below 10 in either year, because small "
                 "counts swing widely by chance."));
  /* Translators: "the Data quality sheet" is the worksheet named "Data quality". */
  /* xgettext:no-c-format */
  add_note (b, _("Children whose ethnicity is not known are excluded from shares and "
                 "RRIs. When they are more than 10% of the total, every RRI may be biased: "
                 "the Data quality sheet says so."));
  add_note (b, _("Local data holds fewer prior outcomes than the Police National Computer, "
                 "so local first time entrant figures can be higher than published ones; "
                 "both are shown."));
  if (b->profile == BP_PROFILE_PARTNER)
    /* Translators: [c] and [u] are symbols: keep them as they are */
    add_note (b, _("This is a partner pack. Counts of 1 to 4 are suppressed ([c]); where "
                   "counts add up to a total that is shown and only one is suppressed, the "
                   "next smallest is suppressed too so that none can be worked out; a rate, "
                   "share, RRI or change made from a suppressed count is [c], and a "
                   "percentage of fewer than 10 children is [u]. Charts leave suppressed "
                   "values out. The pack holds no child-level data and no child "
                   "identifiers."));
  else
    /* Translators: OFFICIAL-SENSITIVE is the protective marking: write it as you
     * translate the marking itself */
    add_note (b, _("This is an internal board pack, OFFICIAL-SENSITIVE: every count is "
                   "shown, including small ones that could identify a child. Do not share "
                   "it outside the management board; use the partner pack instead."));
}

/* The headline indicator rows of the Summary sheet. */
typedef struct
{
  const char        *indicator;
  const char        *measure;
  const char        *period;
  double             now;
  double             before;
  const char        *now_symbol;
  const char        *before_symbol;
  BpPackFormat       format;
  double             change;
  const char        *change_symbol;
  BpPackFormat       change_format;
  const char        *change_as;
  GPtrArray         *benchmarks;     /* (nullable) */
  const char        *indicator_code; /* (nullable): no comparators */
  const char        *reading;
} SummaryRow;

static void
summary_row (BpPackTable      *t,
             const SummaryRow *s)
{
  BpPackCell *row = add_row (t);

  set_text (&row[0], s->indicator);
  set_text (&row[1], s->measure);
  set_text (&row[2], s->period);
  set_value (&row[3], s->now, s->now_symbol);
  row[3].format = s->format;
  set_value (&row[4], s->before, s->before_symbol);
  row[4].format = s->format;
  set_value (&row[5], s->change, s->change_symbol);
  row[5].format = s->change_format;
  set_text (&row[6], s->change_as);
  if (s->indicator_code)
    {
      set_published (&row[7], bp_benchmark_find (s->benchmarks, s->indicator_code, "FAMILY"));
      set_published (&row[8], bp_benchmark_find (s->benchmarks, s->indicator_code, "REGION"));
      set_published (&row[9], bp_benchmark_find (s->benchmarks, s->indicator_code, "NATIONAL"));
    }
  else
    for (int c = 7; c <= 9; c++)
      set_symbol (&row[c], BP_SYMBOL_NOT_APPLICABLE);
  set_text (&row[10], s->reading);
}

/* "Published comparators: YJS Family Average 160, England and Wales 149.", or "" when
 * none is held. @percent: the published values are percentages. */
static char *
comparators_sentence (GPtrArray  *benchmarks,
                      const char *indicator,
                      gboolean    percent)
{
  static const char *types[] = { "FAMILY", "REGION", "NATIONAL" };
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      const BpBenchmark *bm = bp_benchmark_find (benchmarks, indicator, types[i]);
      g_autofree char *item = NULL;

      if (bm == NULL)
        continue;
      if (percent)
        /* Translators: a published comparator in a list: the area's name and its
         * percentage, as in "England and Wales 33.5%" */
        item = g_strdup_printf (C_("comparator", "%s %s%%"), bp_area_display_name (bm->area_name),
                                bm->value_text);
      else
        /* Translators: a published comparator in a list: the area's name and its value,
         * as in "England and Wales 149" */
        item = g_strdup_printf (C_("comparator", "%s %s"), bp_area_display_name (bm->area_name),
                                bm->value_text);
      if (list->len)
        g_string_append (list, ", ");
      g_string_append (list, item);
    }
  if (list->len == 0)
    return g_strdup ("");
  /* Translators: %s is a list of comparators, as in "Published comparators: YJS Family
   * Average 160, England and Wales 149." */
  return g_strdup_printf (_("Published comparators: %s."), list->str);
}

/* @reading (transfer full), followed by the sentence on the comparators if there is one. */
static char *
with_comparators (char       *reading,
                  const char *comparators)
{
  char *both;

  if (comparators == NULL || comparators[0] == '\0')
    return reading;
  both = g_strconcat (reading, " ", comparators, NULL);
  g_free (reading);
  return both;
}

static char *
rate_reading (Builder               *b,
              const BpRateIndicator *ind,
              gboolean               hidden_now,
              gboolean               hidden_before)
{
  const gboolean fte = ind->kind == BP_RATE_FTE;
  const char *indicator = ind->code;
  /* Too few for a percentage: the change is said in counts (bp_change_too_small()). */
  const gboolean small = bp_change_too_small (ind->previous.count, ind->current.count);
  g_autofree char *rate = bp_format_number (ind->current.rate, fte ? 0 : 2);
  g_autofree char *before = bp_format_number (ind->previous.rate, fte ? 0 : 2);
  g_autofree char *change = NULL;
  g_autofree char *comparators = comparators_sentence (ind->current.benchmarks, indicator,
                                                      FALSE);
  char *reading;

  if (hidden_now && fte)
    /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
    reading = g_strdup (_("Not shown: fewer than 5 first time entrants in the 12 months, so "
                          "the rate could identify them [c]."));
  else if (hidden_now)
    /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
    reading = g_strdup (_("Not shown: fewer than 5 custodial sentences in the 12 months, so "
                          "the rate could identify them [c]."));
  else if (!isfinite (ind->current.rate) && ind->note)
    /* Translators: %s is a sentence saying why, as in "No rate: No 10-17 population is
     * held for 2024 or any earlier year, so rates cannot be calculated; import it." */
    return g_strdup_printf (_("No rate: %s"), ind->note);
  else if (!isfinite (ind->current.rate))
    return g_strdup (_("No rate: no population is held."));
  else if ((hidden_before || !isfinite (ind->change_pct) || small) && fte)
    /* Translators: %s is the rate, as in "177 first time entrants per 100,000 children
     * aged 10-17 in the 12 months." */
    reading = g_strdup_printf (_("%s first time entrants per 100,000 children aged 10-17 in "
                                 "the 12 months."), rate);
  else if (hidden_before || !isfinite (ind->change_pct) || small)
    /* Translators: %s is the rate, as in "0.09 custodial sentences per 1,000 children
     * aged 10-17 in the 12 months." */
    reading = g_strdup_printf (_("%s custodial sentences per 1,000 children aged 10-17 in "
                                 "the 12 months."), rate);
  else if (bp_round_half_away (ind->change_pct, 1) == 0 && fte)
    /* Translators: the rate now and the year before, as in "177 first time entrants per
     * 100,000 children aged 10-17 in the 12 months, unchanged on the year before (177)." */
    reading = g_strdup_printf (_("%s first time entrants per 100,000 children aged 10-17 in "
                                 "the 12 months, unchanged on the year before (%s)."),
                               rate, before);
  else if (bp_round_half_away (ind->change_pct, 1) == 0)
    /* Translators: the rate now and the year before, as in "0.38 custodial sentences per
     * 1,000 children aged 10-17 in the 12 months, unchanged on the year before (0.38)." */
    reading = g_strdup_printf (_("%s custodial sentences per 1,000 children aged 10-17 in "
                                 "the 12 months, unchanged on the year before (%s)."),
                               rate, before);
  else
    {
      change = bp_format_number (fabs (ind->change_pct), 1);
      if (ind->change_pct > 0 && fte)
        /* Translators: the rate, the change in per cent and the rate the year before, as
         * in "177 first time entrants per 100,000 children aged 10-17 in the 12 months, up
         * 15.5% on the year before (153)." */
        reading = g_strdup_printf (_("%s first time entrants per 100,000 children aged 10-17 "
                                     "in the 12 months, up %s%% on the year before (%s)."),
                                   rate, change, before);
      else if (fte)
        /* Translators: the rate, the change in per cent and the rate the year before, as
         * in "177 first time entrants per 100,000 children aged 10-17 in the 12 months,
         * down 33.8% on the year before (267)." */
        reading = g_strdup_printf (_("%s first time entrants per 100,000 children aged 10-17 "
                                     "in the 12 months, down %s%% on the year before (%s)."),
                                   rate, change, before);
      else if (ind->change_pct > 0)
        /* Translators: the rate, the change in per cent and the rate the year before, as
         * in "0.09 custodial sentences per 1,000 children aged 10-17 in the 12 months, up
         * 15.5% on the year before (0.08)." */
        reading = g_strdup_printf (_("%s custodial sentences per 1,000 children aged 10-17 in "
                                     "the 12 months, up %s%% on the year before (%s)."),
                                   rate, change, before);
      else
        /* Translators: the rate, the change in per cent and the rate the year before, as
         * in "0.09 custodial sentences per 1,000 children aged 10-17 in the 12 months,
         * down 76.9% on the year before (0.38)." */
        reading = g_strdup_printf (_("%s custodial sentences per 1,000 children aged 10-17 in "
                                     "the 12 months, down %s%% on the year before (%s)."),
                                   rate, change, before);
    }
  if (small && !hidden_before && isfinite (ind->change_pct))
    {
      g_autofree char *counts = bp_count_change_text (ind->previous.count, ind->current.count);
      /* Translators: follows a rate's sentence; %s is a change in counts, as in "up from 2
       * to 3": "The count was up from 2 to 3 on the year before: too few for a percentage
       * change." */
      char *with = g_strdup_printf (_("%s The count was %s on the year before: too few for a "
                                      "percentage change."), reading, counts);

      g_free (reading);
      reading = with;
    }
  return with_comparators (reading, comparators);
}

/* "%s%% of the %s children in the %s cohort reoffended within a year.", with the
 * comparators. */
static char *
cohort_reading (const char *rate,
                gint64      size,
                const char *label,
                gboolean    follow_up_complete,
                const char *comparators)
{
  g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, size);
  gulong plural = (gulong) CLAMP (size, 0, G_MAXLONG);
  char *reading;

  if (follow_up_complete)
    reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: the percentage, the number of
                                             * children and the cohort, as in "12.5% of
                                             * the 40 children in the Jan-Mar 2022 cohort
                                             * reoffended within a year." */
                                            "%s%% of the %s child in the %s cohort "
                                            "reoffended within a year.",
                                            "%s%% of the %s children in the %s cohort "
                                            "reoffended within a year.", plural),
                               rate, n, label);
  else
    reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: the percentage, the number of
                                             * children and the cohort, as in "12.5% of
                                             * the 40 children in the Jan-Mar 2023 cohort
                                             * reoffended within a year (follow-up not yet
                                             * complete)." */
                                            "%s%% of the %s child in the %s cohort "
                                            "reoffended within a year (follow-up not yet "
                                            "complete).",
                                            "%s%% of the %s children in the %s cohort "
                                            "reoffended within a year (follow-up not yet "
                                            "complete).", plural),
                               rate, n, label);
  return with_comparators (reading, comparators);
}

static void
build_summary (Builder *b)
{
  const BpReport *r = b->report;
  const Hidden *h = &b->hidden;
  const BpReoffending *ro = &r->reoffending;
  const int now = BP_SERIES_QUARTERS - 1, before = BP_SERIES_QUARTERS - 5;
  const int q_now = BP_REOFFENDING_SERIES - 1, q_before = BP_REOFFENDING_SERIES - 5;
  const BpDisparity *d = &r->disparity;
  const BpDisparityYear *dy_before = &d->series[BP_DISPARITY_YEARS - 2];
  BpPackSheet *s;
  BpPackTable *t;
  g_autofree char *end = bp_day_format_month_year_long (r->period.end);
  g_autofree char *title = NULL;
  const char *period = b->pack->period_text;
  g_autofree char *q_label = NULL;
  g_autofree char *y_label = NULL;
  g_autofree char *fy = NULL;
  g_autofree char *reading = NULL;
  /* Translators: how a change is measured (a column of the summary table): the change
   * in per cent. */
  /* xgettext:no-c-format */
  const char *pct_change_as = _("% change");
  /* Translators: how a change is measured (a column of the summary table): the
   * difference between two percentages */
  const char *pp_change_as = _("percentage points");
  /* Translators: how a change is measured (a column of the summary table): this period
   * less the previous one */
  const char *difference_as = _("difference");
  /* Translators: a measure (a column of the summary table). */
  /* xgettext:no-c-format */
  const char *pct_reoffended = _("% of children who reoffended");
  double count_change;
  const char *sym;
  const char *fte_small, *custody_small;
  gboolean rri_hidden, rri_before_hidden;

  /* Translators: a worksheet's title; %s is a month and year, as in "Summary: headline
   * indicators, 12 months to March 2024" */
  title = g_strdup_printf (_("Summary: headline indicators, 12 months to %s"), end);
  s = sheet_new (b->pack, sheet_name (SHEET_SUMMARY), title);
  sheet_contents_line (s, _("This worksheet contains one table: each headline indicator for "
                            "this period and the one before, with the comparators as "
                            "published and a reading."));
  if (b->profile == BP_PROFILE_PARTNER)
    /* Translators: "the Notes sheet" is the worksheet named "Notes"; keep the symbols
     * [x] [z] [c] [u] as they are */
    sheet_line (s, "%s", _("Notes are on the Notes sheet; [x] not available, [z] not "
                           "applicable, [c] suppressed, [u] low reliability."));
  else
    /* Translators: "the Notes sheet" is the worksheet named "Notes"; keep the symbols
     * [x] [z] [u] as they are */
    sheet_line (s, "%s", _("Notes are on the Notes sheet; [x] not available, [z] not "
                           "applicable, [u] low reliability (beside a percentage of fewer "
                           "than 10 children)."));

  t = table_new (s, "Headline_indicators", _("Table 1: Headline indicators [notes 1 to 7]"),
                 11);
  column (t, 0, _("Indicator"), BP_PACK_FORMAT_WRAP, 24);
  column (t, 1, _("Measure"), BP_PACK_FORMAT_WRAP, 22);
  column (t, 2, _("Period"), BP_PACK_FORMAT_WRAP, 16);
  column (t, 3, _("This period"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 4, _("Previous period"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 5, _("Change"), BP_PACK_FORMAT_SIGNED1, 9);
  column (t, 6, _("Change measured as"), BP_PACK_FORMAT_WRAP, 13);
  column (t, 7, _("YJS family (as published)"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 8, _("Region (as published)"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 9, _("England and Wales (as published)"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 10, _("Reading"), BP_PACK_FORMAT_WRAP, 60);

  /* A change between counts below 10 is not a percentage: [z], and the reading gives the
   * counts (bp_change_too_small()). */
  fte_small = bp_change_too_small (r->fte.previous.count, r->fte.current.count)
              ? BP_SYMBOL_NOT_APPLICABLE : NULL;
  custody_small = bp_change_too_small (r->custody.previous.count, r->custody.current.count)
                  ? BP_SYMBOL_NOT_APPLICABLE : NULL;

  /* First time entrants */
  reading = rate_reading (b, &r->fte, h->fte[now], h->fte[before]);
  summary_row (t, &(SummaryRow) {
    _("First time entrants"), _("Rate per 100,000 10-17 year olds"), period,
    r->fte.current.rate, r->fte.previous.rate,
    h->fte[now] ? BP_SYMBOL_CONFIDENTIAL : NULL, h->fte[before] ? BP_SYMBOL_CONFIDENTIAL : NULL,
    BP_PACK_FORMAT_INTEGER, r->fte.change_pct,
    h->fte[now] || h->fte[before] ? BP_SYMBOL_CONFIDENTIAL : fte_small, BP_PACK_FORMAT_SIGNED1,
    pct_change_as, r->fte.current.benchmarks, r->fte.code, reading });
  g_clear_pointer (&reading, g_free);

  count_change = pct_change ((double) r->fte.current.count, (double) r->fte.previous.count);
  if (h->fte[now])
    /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
    reading = g_strdup (_("Not shown: fewer than 5 children [c]."));
  else
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, r->fte.current.count);

      reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %s is a number of children,
                                               * as in "60 children entered the youth
                                               * justice system for the first time in the
                                               * 12 months." */
                                              "%s child entered the youth justice system for "
                                              "the first time in the 12 months.",
                                              "%s children entered the youth justice system "
                                              "for the first time in the 12 months.",
                                              (gulong) CLAMP (r->fte.current.count, 0,
                                                              G_MAXLONG)), n);
    }
  summary_row (t, &(SummaryRow) {
    _("First time entrants"), _("Number of children"), period,
    (double) r->fte.current.count, (double) r->fte.previous.count,
    h->fte[now] ? BP_SYMBOL_CONFIDENTIAL : NULL, h->fte[before] ? BP_SYMBOL_CONFIDENTIAL : NULL,
    BP_PACK_FORMAT_INTEGER, count_change,
    h->fte[now] || h->fte[before] ? BP_SYMBOL_CONFIDENTIAL : fte_small, BP_PACK_FORMAT_SIGNED1,
    pct_change_as, NULL, NULL, reading });
  g_clear_pointer (&reading, g_free);

  /* Use of custody */
  reading = rate_reading (b, &r->custody, h->custody[now], h->custody[before]);
  summary_row (t, &(SummaryRow) {
    _("Use of custody"), _("Rate per 1,000 10-17 year olds"), period,
    r->custody.current.rate, r->custody.previous.rate,
    h->custody[now] ? BP_SYMBOL_CONFIDENTIAL : NULL,
    h->custody[before] ? BP_SYMBOL_CONFIDENTIAL : NULL,
    BP_PACK_FORMAT_DEC2, r->custody.change_pct,
    h->custody[now] || h->custody[before] ? BP_SYMBOL_CONFIDENTIAL : custody_small,
    BP_PACK_FORMAT_SIGNED1, pct_change_as, r->custody.current.benchmarks, r->custody.code,
    reading });
  g_clear_pointer (&reading, g_free);

  count_change = pct_change ((double) r->custody.current.count,
                             (double) r->custody.previous.count);
  if (h->custody[now])
    /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
    reading = g_strdup (_("Not shown: fewer than 5 custodial sentences [c]."));
  else
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, r->custody.current.count);

      reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %s is a number of sentences,
                                               * as in "3 custodial sentences were given in
                                               * the 12 months." */
                                              "%s custodial sentence was given in the 12 "
                                              "months.",
                                              "%s custodial sentences were given in the 12 "
                                              "months.",
                                              (gulong) CLAMP (r->custody.current.count, 0,
                                                              G_MAXLONG)), n);
    }
  summary_row (t, &(SummaryRow) {
    _("Use of custody"), _("Number of custodial sentences"), period,
    (double) r->custody.current.count, (double) r->custody.previous.count,
    h->custody[now] ? BP_SYMBOL_CONFIDENTIAL : NULL,
    h->custody[before] ? BP_SYMBOL_CONFIDENTIAL : NULL,
    BP_PACK_FORMAT_INTEGER, count_change,
    h->custody[now] || h->custody[before] ? BP_SYMBOL_CONFIDENTIAL : custody_small,
    BP_PACK_FORMAT_SIGNED1, pct_change_as, NULL, NULL, reading });
  g_clear_pointer (&reading, g_free);

  /* Proven reoffending: 3-month cohort against the same quarter a year before */
  q_label = cohort_label (&ro->quarter.cohort);
  {
    const BpReoffendingCohort *c = &ro->series[q_now], *c0 = &ro->series[q_before];
    g_autofree char *rate = bp_format_number (c->binary_rate, 1);
    g_autofree char *comparators = comparators_sentence (ro->quarter.benchmarks,
                                                         bp_reoffending_code (BP_REOFF_BINARY, FALSE), TRUE);
    const char *rate_symbol, *rate0_symbol;

    rate_symbol = h->reoffending[q_now] ? BP_SYMBOL_CONFIDENTIAL
                  : pct_symbol (b->profile, c->cohort_size);
    rate0_symbol = h->reoffending[q_before] ? BP_SYMBOL_CONFIDENTIAL
                   : pct_symbol (b->profile, c0->cohort_size);
    if (h->reoffending[q_now])
      /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
      reading = with_comparators (g_strdup (_("Not shown: too few children reoffended to "
                                              "publish [c].")), comparators);
    else if (!isfinite (c->binary_rate))
      reading = g_strdup (_("No children in the cohort."));
    else if (rate_symbol)
      /* Translators: %s is a symbol, [u] or [c]: "Not shown: a percentage of fewer than 10
       * children [u]." */
      reading = with_comparators (g_strdup_printf (_("Not shown: a percentage of fewer than "
                                                     "10 children %s."), rate_symbol),
                                  comparators);
    else
      reading = cohort_reading (rate, c->cohort_size, q_label, c->follow_up_complete,
                                comparators);
    summary_row (t, &(SummaryRow) {
      _("Proven reoffending, 3-month cohort"), pct_reoffended, q_label,
      c->binary_rate, c0->binary_rate, rate_symbol, rate0_symbol, BP_PACK_FORMAT_DEC1,
      isfinite (c->binary_rate) && isfinite (c0->binary_rate) ? c->binary_rate - c0->binary_rate
                                                              : NAN,
      rate_symbol ? rate_symbol : rate0_symbol, BP_PACK_FORMAT_SIGNED1, pp_change_as,
      ro->quarter.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, FALSE), reading });
    mark_low_base_row (b, t, c->cohort_size, c0->cohort_size);
    g_clear_pointer (&reading, g_free);

    sym = h->reoffending[q_now] ? BP_SYMBOL_CONFIDENTIAL : NULL;
    if (sym)
      /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
      reading = g_strdup (_("Not shown [c]."));
    else
      {
        g_autofree char *freq = bp_format_number (c->frequency, 2);
        g_autofree char *freq_comparators = comparators_sentence (ro->quarter.benchmarks,
                                                                  bp_reoffending_code (BP_REOFF_FREQUENCY, FALSE), FALSE);

        /* Translators: %s is a number, as in "0.45 proven reoffences per child in the
         * cohort." */
        reading = with_comparators (g_strdup_printf (_("%s proven reoffences per child in "
                                                       "the cohort."), freq),
                                    freq_comparators);
      }
    summary_row (t, &(SummaryRow) {
      _("Proven reoffending, 3-month cohort"), _("Reoffences per child in the cohort"),
      q_label, c->frequency, c0->frequency, sym,
      h->reoffending[q_before] ? BP_SYMBOL_CONFIDENTIAL : NULL, BP_PACK_FORMAT_DEC2,
      isfinite (c->frequency) && isfinite (c0->frequency) ? c->frequency - c0->frequency : NAN,
      sym ? sym : h->reoffending[q_before] ? BP_SYMBOL_CONFIDENTIAL : NULL,
      BP_PACK_FORMAT_SIGNED2, difference_as, ro->quarter.benchmarks, bp_reoffending_code (BP_REOFF_FREQUENCY, FALSE), reading });
    g_clear_pointer (&reading, g_free);
  }

  /* 12-month cohort against the 12-month cohort a year before */
  y_label = cohort_label (&ro->year.cohort);
  {
    const YearCohort *y0 = &b->previous_year;
    g_autofree char *rate = bp_format_number (ro->year.binary_rate, 1);
    g_autofree char *comparators = comparators_sentence (ro->year.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, TRUE),
                                                         TRUE);
    const char *rate_symbol, *rate0_symbol;

    rate_symbol = h->year_reoffending[1] ? BP_SYMBOL_CONFIDENTIAL
                  : pct_symbol (b->profile, ro->year.cohort_size);
    rate0_symbol = h->year_reoffending[0] ? BP_SYMBOL_CONFIDENTIAL
                   : pct_symbol (b->profile, y0->size);
    if (rate_symbol)
      /* Translators: %s is a symbol, [c] or [u]: "Not shown [c]." */
      reading = with_comparators (g_strdup_printf (_("Not shown %s."), rate_symbol),
                                  comparators);
    else if (!isfinite (ro->year.binary_rate))
      reading = g_strdup (_("No children in the cohort."));
    else
      reading = cohort_reading (rate, ro->year.cohort_size, y_label,
                                ro->year.follow_up_complete, comparators);
    summary_row (t, &(SummaryRow) {
      _("Proven reoffending, 12-month cohort"), pct_reoffended, y_label,
      ro->year.binary_rate, y0->binary_rate, rate_symbol, rate0_symbol, BP_PACK_FORMAT_DEC1,
      isfinite (ro->year.binary_rate) && isfinite (y0->binary_rate)
      ? ro->year.binary_rate - y0->binary_rate : NAN,
      rate_symbol ? rate_symbol : rate0_symbol, BP_PACK_FORMAT_SIGNED1, pp_change_as,
      ro->year.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, TRUE), reading });
    mark_low_base_row (b, t, ro->year.cohort_size, y0->size);
    g_clear_pointer (&reading, g_free);

    sym = h->year_reoffending[1] ? BP_SYMBOL_CONFIDENTIAL : NULL;
    if (sym)
      /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
      reading = g_strdup (_("Not shown [c]."));
    else
      {
        g_autofree char *freq = bp_format_number (ro->year.frequency, 2);
        g_autofree char *freq_comparators = comparators_sentence (ro->year.benchmarks,
                                                                  bp_reoffending_code (BP_REOFF_FREQUENCY, TRUE), FALSE);

        /* Translators: %s is a number, as in "0.45 proven reoffences per child in the
         * cohort." */
        reading = with_comparators (g_strdup_printf (_("%s proven reoffences per child in "
                                                       "the cohort."), freq),
                                    freq_comparators);
      }
    summary_row (t, &(SummaryRow) {
      _("Proven reoffending, 12-month cohort"), _("Reoffences per child in the cohort"),
      y_label, ro->year.frequency, y0->frequency, sym,
      h->year_reoffending[0] ? BP_SYMBOL_CONFIDENTIAL : NULL, BP_PACK_FORMAT_DEC2,
      isfinite (ro->year.frequency) && isfinite (y0->frequency)
      ? ro->year.frequency - y0->frequency : NAN,
      sym ? sym : h->year_reoffending[0] ? BP_SYMBOL_CONFIDENTIAL : NULL,
      BP_PACK_FORMAT_SIGNED2, difference_as, ro->year.benchmarks, bp_reoffending_code (BP_REOFF_FREQUENCY, TRUE), reading });
    g_clear_pointer (&reading, g_free);
  }

  /* Disproportionality: children from ethnic minority groups against White children */
  fy = bp_financial_year_label (bp_day_year (d->year.start));
  {
    const BpDisparityRow *emg = &d->rows[BP_DISPARITY_MINORITIES];
    const char *stage = g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (d->stage));
    g_autofree char *rri = bp_format_number (emg->rri, 2);
    g_autofree char *lo = bp_format_number (emg->ci_low, 2);
    g_autofree char *hi = bp_format_number (emg->ci_high, 2);
    /* Translators: %s is the stage of the youth justice system, as in "Relative rate
     * index, children cautioned or sentenced" */
    g_autofree char *measure = g_strdup_printf (_("Relative rate index, children %s"), stage);
    /* Translators: %s is a financial year, as in "Financial year 2023/24" */
    g_autofree char *fy_period = g_strdup_printf (_("Financial year %s"), fy);

    rri_hidden = h->group[BP_DISPARITY_MINORITIES] || h->group[BP_ETHNIC_WHITE];
    rri_before_hidden = h->previous_group[BP_DISPARITY_MINORITIES] ||
                        h->previous_group[BP_ETHNIC_WHITE];
    if (rri_hidden)
      /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
      reading = g_strdup (_("Not shown: a count it is made from is suppressed [c]."));
    else if (!isfinite (emg->rri) && d->note)
      /* Translators: %s is a sentence saying why, as in "No RRI: No White children were
       * remanded in the year, so there is no reference rate and no relative rate index." */
      reading = g_strdup_printf (_("No RRI: %s"), d->note);
    else if (!isfinite (emg->rri))
      reading = g_strdup (_("No RRI: no population is held."));
    else if (g_strcmp0 (emg->significance, "higher") == 0)
      /* Translators: the relative rate index, the stage of the youth justice system and
       * the confidence interval, as in "Children from ethnic minority groups were 1.63
       * times as likely as White children to be cautioned or sentenced (95% confidence
       * interval 1.05 to 2.54): significantly higher." */
      reading = g_strdup_printf (_("Children from ethnic minority groups were %s times as "
                                   "likely as White children to be %s (95%% confidence "
                                   "interval %s to %s): significantly higher."),
                                 rri, stage, lo, hi);
    else if (g_strcmp0 (emg->significance, "lower") == 0)
      /* Translators: the relative rate index, the stage of the youth justice system and
       * the confidence interval, as in "Children from ethnic minority groups were 0.63
       * times as likely as White children to be cautioned or sentenced (95% confidence
       * interval 0.45 to 0.88): significantly lower." */
      reading = g_strdup_printf (_("Children from ethnic minority groups were %s times as "
                                   "likely as White children to be %s (95%% confidence "
                                   "interval %s to %s): significantly lower."),
                                 rri, stage, lo, hi);
    else if (isfinite (emg->ci_low))
      /* Translators: the relative rate index, the stage of the youth justice system and
       * the confidence interval, as in "Children from ethnic minority groups were 1.12
       * times as likely as White children to be cautioned or sentenced (95% confidence
       * interval 0.80 to 1.57): not a significant difference." */
      reading = g_strdup_printf (_("Children from ethnic minority groups were %s times as "
                                   "likely as White children to be %s (95%% confidence "
                                   "interval %s to %s): not a significant difference."),
                                 rri, stage, lo, hi);
    else
      /* Translators: no child of an ethnic minority group was counted, so the relative
       * rate index is 0 and has no confidence interval: the stage of the youth justice
       * system and the index, as in "No children from ethnic minority groups were
       * remanded (a relative rate index of 0.00), so there is no confidence interval." */
      reading = g_strdup_printf (_("No children from ethnic minority groups were %s (a "
                                   "relative rate index of %s), so there is no confidence "
                                   "interval."),
                                 stage, rri);
    summary_row (t, &(SummaryRow) {
      _("Ethnic disproportionality: ethnic minority groups"), measure, fy_period,
      emg->rri, dy_before->rri[BP_DISPARITY_MINORITIES],
      rri_hidden ? BP_SYMBOL_CONFIDENTIAL : NULL,
      rri_before_hidden ? BP_SYMBOL_CONFIDENTIAL : NULL, BP_PACK_FORMAT_DEC2,
      emg->rri - dy_before->rri[BP_DISPARITY_MINORITIES],
      rri_hidden || rri_before_hidden ? BP_SYMBOL_CONFIDENTIAL : NULL,
      BP_PACK_FORMAT_SIGNED2, difference_as, NULL, NULL, reading });
    g_clear_pointer (&reading, g_free);
  }
}

/* First time entrants or custody: the 12 rolling years, with comparators. */
static void
build_rate_sheet (Builder               *b,
                  const BpRateIndicator *ind)
{
  const gboolean fte = ind->kind == BP_RATE_FTE;
  const BpCellState *hidden = fte ? b->hidden.fte : b->hidden.custody;
  const char *code = ind->code;
  const char *area = b->pack->area;
  const BpPackFormat rate_format = fte ? BP_PACK_FORMAT_INTEGER : BP_PACK_FORMAT_DEC2;
  const char *family = comparator_name (ind, code, "FAMILY", _("YJS family"));
  const char *region = comparator_name (ind, code, "REGION", _("Region"));
  const char *national = comparator_name (ind, code, "NATIONAL", _("England and Wales"));
  g_autofree char *end = bp_day_format_month_year_long (b->report->period.end);
  g_autofree char *title = NULL;
  g_autofree char *table_title = NULL;
  g_autofree char *local = NULL;
  /* Translators: a column heading: %s is the name of a comparator area as published, as
   * in "England and Wales (as published)" */
  g_autofree char *h_family = g_strdup_printf (_("%s (as published)"), family);
  /* Translators: a column heading: %s is the name of a comparator area as published, as
   * in "England and Wales (as published)" */
  g_autofree char *h_region = g_strdup_printf (_("%s (as published)"), region);
  /* Translators: a column heading: %s is the name of a comparator area as published, as
   * in "England and Wales (as published)" */
  g_autofree char *h_national = g_strdup_printf (_("%s (as published)"), national);
  g_autofree char *h_published = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *c;

  if (fte && area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "First time entrants, Northdale: rolling 12 months, quarter ends to March 2024" */
    title = g_strdup_printf (_("First time entrants, %s: rolling 12 months, quarter ends to "
                               "%s"), area, end);
  else if (fte)
    /* Translators: a worksheet's title when the area has no name: %s is a month and
     * year, as in "First time entrants, the area: rolling 12 months, quarter ends to
     * March 2024" */
    title = g_strdup_printf (_("First time entrants, the area: rolling 12 months, quarter "
                               "ends to %s"), end);
  else if (area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in "Use
     * of custody, Northdale: rolling 12 months, quarter ends to March 2024" */
    title = g_strdup_printf (_("Use of custody, %s: rolling 12 months, quarter ends to %s"),
                             area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and
     * year, as in "Use of custody, the area: rolling 12 months, quarter ends to March
     * 2024" */
    title = g_strdup_printf (_("Use of custody, the area: rolling 12 months, quarter ends "
                               "to %s"), end);
  s = sheet_new (b->pack, sheet_name (fte ? SHEET_FTE : SHEET_CUSTODY), title);
  sheet_contents_line (s, _("This worksheet contains two tables and a chart: the 12 rolling "
                            "12-month periods ending at each quarter end, the chart's data, "
                            "and a line chart."));
  if (fte)
    sheet_line (s, "%s", _("First time entrants: children whose first caution or court "
                           "sentence held in the local data falls in the 12 months "
                           "[note 1]."));
  else
    sheet_line (s, "%s", _("Use of custody: custodial sentences given to children aged "
                           "10-17 in the 12 months [note 2]."));
  if (ind->note)
    /* Translators: %s is a sentence from the figures, as in "Note: No 10-17 population
     * is held for 2024 or any earlier year, so rates cannot be calculated; import it." */
    sheet_line (s, _("Note: %s"), ind->note);

  if (fte)
    /* Translators: a table's title; the numbers in brackets are the notes it cites, as in
     * "Table 2: First time entrants by rolling 12 months [notes 1, 5, 6 and 7]" */
    table_title = g_strdup_printf (_("Table 2: First time entrants by rolling 12 months "
                                     "[notes %d, %d, %d and %d]"),
                                   NOTE_FTE, NOTE_POPULATION, NOTE_COMPARATORS, NOTE_ROUNDING);
  else
    /* Translators: a table's title; the numbers in brackets are the notes it cites, as in
     * "Table 3: Custodial sentences by rolling 12 months [notes 2, 5, 6 and 7]" */
    table_title = g_strdup_printf (_("Table 3: Custodial sentences by rolling 12 months "
                                     "[notes %d, %d, %d and %d]"),
                                   NOTE_CUSTODY, NOTE_POPULATION, NOTE_COMPARATORS,
                                   NOTE_ROUNDING);
  t = table_new (s, fte ? "FTE_by_12_months" : "Custody_by_12_months", table_title,
                 fte ? 10 : 9);
  column (t, 0, _("12 months ending"), BP_PACK_FORMAT_DATE, 13);
  column (t, 1, _("Period start"), BP_PACK_FORMAT_DATE, 13);
  column (t, 2, fte ? _("First time entrants") : _("Custodial sentences"),
          BP_PACK_FORMAT_INTEGER, 12);
  column (t, 3, _("10-17 population"), BP_PACK_FORMAT_INTEGER, 12);
  column (t, 4, _("Population year"), BP_PACK_FORMAT_YEAR, 10);
  column (t, 5, fte ? _("Rate per 100,000 10-17 year olds (local data)")
                    : _("Rate per 1,000 10-17 year olds (local data)"), rate_format, 16);
  column (t, 6, h_family, rate_format, 14);
  column (t, 7, h_region, rate_format, 14);
  column (t, 8, h_national, rate_format, 14);
  if (fte)
    {
      if (area[0])
        /* Translators: a column heading: %s is the area's name, as in "Northdale as
         * published by the YJB" (the Youth Justice Board) */
        h_published = g_strdup_printf (_("%s as published by the YJB"), area);
      else
        h_published = g_strdup (_("Area as published by the YJB"));
      column (t, 9, h_published, rate_format, 14);
    }
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];
      BpPackCell *row = add_row (t);

      set_date (&row[0], v->period.end);
      set_date (&row[1], v->period.start);
      set_count (&row[2], v->count, hidden[q]);
      set_count (&row[3], v->population, FALSE);
      if (v->population_year > 0)
        set_number (&row[4], v->population_year);
      else
        set_symbol (&row[4], BP_SYMBOL_NOT_AVAILABLE);
      set_value (&row[5], v->rate, hidden[q] ? BP_SYMBOL_CONFIDENTIAL : NULL);
      set_published (&row[6], bp_benchmark_find (v->benchmarks, code, "FAMILY"));
      set_published (&row[7], bp_benchmark_find (v->benchmarks, code, "REGION"));
      set_published (&row[8], bp_benchmark_find (v->benchmarks, code, "NATIONAL"));
      if (fte)
        set_published (&row[9], bp_benchmark_find (v->benchmarks, code, "YJS"));
    }

  g_free (table_title);
  if (fte && b->profile == BP_PROFILE_PARTNER)
    table_title = g_strdup (_("Table 2a: chart data, rate per 100,000 (blank where not "
                              "available or suppressed)"));
  else if (fte)
    table_title = g_strdup (_("Table 2a: chart data, rate per 100,000 (blank where not "
                              "available)"));
  else if (b->profile == BP_PROFILE_PARTNER)
    table_title = g_strdup (_("Table 3a: chart data, rate per 1,000 (blank where not "
                              "available or suppressed)"));
  else
    table_title = g_strdup (_("Table 3a: chart data, rate per 1,000 (blank where not "
                              "available)"));
  c = table_new (s, fte ? "FTE_chart_data" : "Custody_chart_data", table_title, 5);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  column (c, 0, _("Quarter end"), BP_PACK_FORMAT_TEXT, 11);
  if (area[0])
    /* Translators: a column heading and the name of a line in a chart: %s is the area's
     * name, as in "Northdale (local)": its figures from the local data */
    local = g_strdup_printf (_("%s (local)"), area);
  else
    /* Translators: a column heading and the name of a line in a chart when the area has
     * no name: its figures from the local data */
    local = g_strdup (_("Area (local)"));
  column (c, 1, local, rate_format, 14);
  column (c, 2, family, rate_format, 14);
  column (c, 3, region, rate_format, 14);
  column (c, 4, national, rate_format, 14);
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];
      BpPackCell *row = add_row (c);
      g_autofree char *label = bp_day_format_month_year (v->period.end);
      const char *types[] = { "FAMILY", "REGION", "NATIONAL" };

      set_text (&row[0], label);
      set_chart_value (&row[1], v->rate, hidden[q]);
      for (int k = 0; k < 3; k++)
        {
          const BpBenchmark *bm = bp_benchmark_find (v->benchmarks, code, types[k]);

          set_chart_value (&row[2 + k], bm ? bm->value : NAN, FALSE);
        }
    }

  s->chart_style = BP_PACK_CHART_RATE;
  s->chart_table = c;
  s->chart_axis = g_strdup (fte
                            /* Translators: a chart's value axis title: keep it short */
                            ? _("per 100,000 10-17 year olds")
                            /* Translators: a chart's value axis title: keep it short */
                            : _("per 1,000 10-17 year olds"));
  s->chart_decimals = fte ? 0 : 2;
  s->chart = bp_chart_build (fte ? BP_CHART_KIND_FTE : BP_CHART_KIND_CUSTODY, &b->chart_report,
                             &options);
}

static void
cohort_columns (BpPackTable *t,
                const char  *first)
{
  column (t, 0, first, BP_PACK_FORMAT_TEXT, 16);
  column (t, 1, _("Cohort start"), BP_PACK_FORMAT_DATE, 12);
  column (t, 2, _("Cohort end"), BP_PACK_FORMAT_DATE, 12);
  column (t, 3, _("Children in the cohort"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 4, _("Children who reoffended"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 5, _("Proven reoffences"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  column (t, 6, _("% who reoffended"), BP_PACK_FORMAT_DEC1, 11);
  column (t, 7, _("Reoffences per child"), BP_PACK_FORMAT_DEC2, 11);
  column (t, 8, _("Reoffences per reoffender"), BP_PACK_FORMAT_DEC2, 11);
  column (t, 9, _("Follow-up complete"), BP_PACK_FORMAT_TEXT, 10);
}

static void
cohort_cells (Builder    *b,
              BpPackCell *row,
              BpPeriod    cohort,
              gint64      size,
              gint64      reoffenders,
              gint64      reoffences,
              double      binary_rate,
              double      frequency,
              double      per_reoffender,
              gboolean    follow_up_complete,
              BpCellState size_hidden,
              BpCellState hidden)
{
  const char *rate_symbol = hidden ? BP_SYMBOL_CONFIDENTIAL
                            : pct_symbol (b->profile, size);

  set_date (&row[1], cohort.start);
  set_date (&row[2], cohort.end);
  set_count (&row[3], size, size_hidden);
  set_count (&row[4], reoffenders, hidden);
  set_count (&row[5], reoffences, hidden);
  set_value (&row[6], binary_rate, rate_symbol);
  mark_low_base (b, &row[6], size);
  set_value (&row[7], frequency, hidden ? BP_SYMBOL_CONFIDENTIAL : NULL);
  set_value (&row[8], per_reoffender, hidden ? BP_SYMBOL_CONFIDENTIAL : NULL);
  if (follow_up_complete)
    /* Translators: in the column "Follow-up complete": it is */
    set_text (&row[9], C_("follow-up complete", "Yes"));
  else
    /* Translators: in the column "Follow-up complete": it is not yet */
    set_text (&row[9], C_("follow-up complete", "No"));
}

static void
build_reoffending (Builder *b)
{
  const BpReoffending *ro = &b->report->reoffending;
  const Hidden *h = &b->hidden;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  const char *types[] = { "FAMILY", "REGION", "NATIONAL" };
  const char *names[] = { _("YJS family"), _("Region"), _("England and Wales") };
  g_autofree char *title = NULL;
  g_autofree char *latest = cohort_label (&ro->quarter.cohort);
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;

  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and the latest cohort, as in
     * "Proven reoffending, Northdale: 3-month and 12-month cohorts to Jan-Mar 2022" */
    title = g_strdup_printf (_("Proven reoffending, %s: 3-month and 12-month cohorts to %s"),
                             b->pack->area, latest);
  else
    /* Translators: a worksheet's title when the area has no name: %s is the latest
     * cohort, as in "Proven reoffending, the area: 3-month and 12-month cohorts to
     * Jan-Mar 2022" */
    title = g_strdup_printf (_("Proven reoffending, the area: 3-month and 12-month cohorts "
                               "to %s"), latest);
  s = sheet_new (b->pack, sheet_name (SHEET_REOFFENDING), title);
  sheet_contents_line (s, _("This worksheet contains three tables and a chart: the latest "
                            "3-month and 12-month cohorts with comparators, the eight "
                            "latest 3-month cohorts, and the chart's data [note 3]."));
  if (ro->note)
    /* Translators: %s is a sentence from the figures, as in "Note: The follow-up is not
     * complete: ..." */
    sheet_line (s, _("Note: %s"), ro->note);

  t = table_new (s, "Reoffending_cohorts",
                 _("Table 4: Proven reoffending, latest cohorts [notes 3, 6 and 7]"), 13);
  cohort_columns (t, _("Cohort"));
  for (int k = 0; k < 3; k++)
    {
      const BpBenchmark *bm = bp_benchmark_find (ro->quarter.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, FALSE),
                                              types[k]);
      g_autofree char *header = NULL;

      if (bm == NULL)
        bm = bp_benchmark_find (ro->year.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, TRUE), types[k]);
      /* Translators: a column heading: %s is the name of a comparator area, as in
       * "England and Wales % who reoffended (as published)" */
      header = g_strdup_printf (_("%s %% who reoffended (as published)"),
                                bm ? bp_area_display_name (bm->area_name) : names[k]);
      column (t, 10 + k, header, BP_PACK_FORMAT_DEC1, 14);
    }
  row = add_row (t);
  set_text (&row[0], _("3-month cohort"));
  cohort_cells (b, row, ro->quarter.cohort, ro->quarter.cohort_size, ro->quarter.reoffenders,
                ro->quarter.reoffences, ro->quarter.binary_rate, ro->quarter.frequency,
                ro->quarter.per_reoffender, ro->quarter.follow_up_complete,
                h->cohort[BP_REOFFENDING_SERIES - 1], h->reoffending[BP_REOFFENDING_SERIES - 1]);
  for (int k = 0; k < 3; k++)
    set_published (&row[10 + k], bp_benchmark_find (ro->quarter.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, FALSE),
                                                 types[k]));
  row = add_row (t);
  set_text (&row[0], _("12-month cohort"));
  cohort_cells (b, row, ro->year.cohort, ro->year.cohort_size, ro->year.reoffenders,
                ro->year.reoffences, ro->year.binary_rate, ro->year.frequency,
                ro->year.per_reoffender, ro->year.follow_up_complete, h->year_cohort[1],
                h->year_reoffending[1]);
  for (int k = 0; k < 3; k++)
    set_published (&row[10 + k], bp_benchmark_find (ro->year.benchmarks, bp_reoffending_code (BP_REOFF_BINARY, TRUE),
                                                 types[k]));

  t = table_new (s, "Reoffending_3_month_cohorts",
                 _("Table 5: Proven reoffending, the eight latest 3-month cohorts [note 3]"),
                 10);
  cohort_columns (t, _("3-month cohort"));
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCohort *rc = &ro->series[k];
      g_autofree char *label = cohort_label (&rc->cohort);

      row = add_row (t);
      set_text (&row[0], label);
      cohort_cells (b, row, rc->cohort, rc->cohort_size, rc->reoffenders, rc->reoffences,
                    rc->binary_rate, rc->frequency, rc->per_reoffender, rc->follow_up_complete,
                    h->cohort[k], h->reoffending[k]);
    }

  c = table_new (s, "Reoffending_chart_data",
                 b->profile == BP_PROFILE_PARTNER
                 /* Translators: a table's title. */
                 /* xgettext:no-c-format */
                 ? _("Table 5a: chart data, % who reoffended (blank where suppressed)")
                 /* Translators: a table's title. */
                 /* xgettext:no-c-format */
                 : _("Table 5a: chart data, % who reoffended"), 3);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  column (c, 0, _("3-month cohort"), BP_PACK_FORMAT_TEXT, 16);
  /* Translators: a column heading and the name of the bars of a chart. */
  /* xgettext:no-c-format */
  column (c, 1, _("% who reoffended"), BP_PACK_FORMAT_DEC1, 12);
  column (c, 2, _("Reoffences per child"), BP_PACK_FORMAT_DEC2, 12);
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCohort *rc = &ro->series[k];
      g_autofree char *label = cohort_label (&rc->cohort);
      gboolean low = pct_symbol (b->profile, rc->cohort_size) != NULL;

      row = add_row (c);
      set_text (&row[0], label);
      set_chart_value (&row[1], rc->binary_rate, h->reoffending[k] || low);
      set_chart_value (&row[2], rc->frequency, h->reoffending[k]);
    }

  s->chart_style = BP_PACK_CHART_REOFFENDING;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short. */
  /* xgettext:no-c-format */
  s->chart_axis = g_strdup (_("% of children who reoffended"));
  s->chart_decimals = 1;
  s->chart = bp_chart_build (BP_CHART_KIND_REOFFENDING, &b->chart_report, &options);
}

/* The significance of a row, in words; NULL when there is none. */
static const char *
significance_text (const BpDisparityRow *r,
                   int                   g)
{
  if (g == BP_ETHNIC_WHITE)
    /* Translators: in the column "Significance": the group others are compared with */
    return _("Reference group");
  if (g_strcmp0 (r->significance, "higher") == 0)
    return bp_pack_highlight_text (BP_PACK_HIGHLIGHT_HIGHER);
  if (g_strcmp0 (r->significance, "lower") == 0)
    return bp_pack_highlight_text (BP_PACK_HIGHLIGHT_LOWER);
  if (r->significance)
    /* Translators: in the column "Significance": the difference may be chance */
    return _("Not significant");
  return NULL;
}

static void
build_disparity (Builder *b)
{
  const BpDisparity *d = &b->report->disparity;
  const Hidden *h = &b->hidden;
  const BpProfile p = b->profile;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  const char *stage = g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (d->stage));
  g_autofree char *fy = bp_financial_year_label (bp_day_year (d->year.start));
  g_autofree char *title = NULL;
  g_autofree char *t_title = NULL;
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;
  double unknown_share = d->total > 0 ? (double) d->unknown_count / (double) d->total * 100.0
                                      : NAN;

  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name, the stage of the youth justice
     * system and a financial year, as in "Ethnic disproportionality, Northdale: children
     * cautioned or sentenced in 2023/24" */
    title = g_strdup_printf (_("Ethnic disproportionality, %s: children %s in %s"),
                             b->pack->area, stage, fy);
  else
    /* Translators: a worksheet's title when the area has no name: the stage of the youth
     * justice system and a financial year, as in "Ethnic disproportionality, the area:
     * children cautioned or sentenced in 2023/24" */
    title = g_strdup_printf (_("Ethnic disproportionality, the area: children %s in %s"),
                             stage, fy);
  s = sheet_new (b->pack, sheet_name (SHEET_DISPARITY), title);
  /* Translators: White is the ethnic group. */
  /* xgettext:no-c-format */
  sheet_contents_line (s, _("This worksheet contains three tables and a chart: each ethnic "
                            "group's count, share, rate and relative rate index (RRI) "
                            "against White children with its 95% confidence interval, the "
                            "totals, and the chart's data [note 4]."));
  /* Translators: "the Significance column" is the column headed "Significance" */
  sheet_line (s, "%s", _("Rows shaded orange are significantly higher than White children, "
                         "rows shaded blue significantly lower; the Significance column "
                         "says the same."));
  if (d->unknown_warning && !unknown_warning_hidden (b))
    /* Translators: "%" is the per cent sign */
    /* xgettext:no-c-format */
    sheet_line (s, "%s", _("Warning: ethnicity is unknown for more than 10% of children, so "
                           "every RRI may be biased [note 9]."));
  if (disparity_note (b))
    /* Translators: %s is a sentence from the figures, as in "Note: Ethnicity is unknown
     * for 12 of 63 children (more than 10%): leaving them out biases every relative rate
     * index." */
    sheet_line (s, _("Note: %s"), disparity_note (b));

  /* Translators: a table's title: the stage of the youth justice system and a financial
   * year, as in "Table 6: Children cautioned or sentenced in 2023/24 by ethnic group, with
   * relative rate indices [notes 4, 5, 8 and 9]" */
  t_title = g_strdup_printf (_("Table 6: Children %s in %s by ethnic group, with relative "
                               "rate indices [notes 4, 5, 8 and 9]"), stage, fy);
  t = table_new (s, "Disproportionality_by_group", t_title, 14);
  t->highlight_column = 10;
  column (t, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  column (t, 1, _("Children"), BP_PACK_FORMAT_INTEGER, 9);
  column (t, 2, _("10-17 population"), BP_PACK_FORMAT_INTEGER, 11);
  column (t, 3, _("Rate per 100,000"), BP_PACK_FORMAT_INTEGER, 10);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  column (t, 4, _("% of children of known ethnicity"), BP_PACK_FORMAT_DEC1, 12);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  column (t, 5, _("% of 10-17 population"), BP_PACK_FORMAT_DEC1, 11);
  column (t, 6, _("Difference (percentage points)"), BP_PACK_FORMAT_SIGNED1, 12);
  column (t, 7, _("Relative rate index"), BP_PACK_FORMAT_DEC2, 10);
  /* Translators: a column heading: the lower bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  column (t, 8, _("95% CI lower"), BP_PACK_FORMAT_DEC2, 9);
  /* Translators: a column heading: the upper bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  column (t, 9, _("95% CI upper"), BP_PACK_FORMAT_DEC2, 9);
  column (t, 10, _("Significance"), BP_PACK_FORMAT_TEXT, 20);
  column (t, 11, _("Children in the previous year"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading: the change in per cent. */
  /* xgettext:no-c-format */
  column (t, 12, _("Change in children (%)"), BP_PACK_FORMAT_SIGNED1, 11);
  column (t, 13, _("Change in share (percentage points)"), BP_PACK_FORMAT_SIGNED1, 12);

  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    {
      int g = group_order[i];
      const BpDisparityRow *r = &d->rows[g];
      gboolean hide = h->group[g];
      gboolean hide_rri = hide || h->group[BP_ETHNIC_WHITE];
      /* A change of share gives the year before's share, and with its count the children
       * of known ethnicity that year. */
      gboolean hide_change = hide || h->previous_group[g] || h->previous_known;
      const char *share_symbol = hide || h->known ? BP_SYMBOL_CONFIDENTIAL
                                 : pct_symbol (p, d->known_total);
      const char *sig = significance_text (r, g);
      BpPackHighlight mark = BP_PACK_HIGHLIGHT_NONE;

      row = add_row (t);
      set_text (&row[0], _(r->group));
      set_count (&row[1], r->count, hide);
      set_count (&row[2], r->population, FALSE);
      set_value (&row[3], r->rate, hide ? BP_SYMBOL_CONFIDENTIAL : NULL);
      set_value (&row[4], r->share, share_symbol);
      set_value (&row[5], r->population_share, NULL);
      set_value (&row[6], r->pp_difference, share_symbol);
      mark_low_base (b, &row[4], d->known_total);
      mark_low_base (b, &row[6], d->known_total);
      if (g == BP_ETHNIC_WHITE)
        {
          set_value (&row[7], r->rri, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          set_symbol (&row[8], BP_SYMBOL_NOT_APPLICABLE);
          set_symbol (&row[9], BP_SYMBOL_NOT_APPLICABLE);
          set_text (&row[10], sig);
        }
      else
        {
          set_value (&row[7], r->rri, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          set_value (&row[8], r->ci_low, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          set_value (&row[9], r->ci_high, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          if (hide_rri)
            set_symbol (&row[10], BP_SYMBOL_CONFIDENTIAL);
          else if (sig)
            set_text (&row[10], sig);
          else
            set_symbol (&row[10], BP_SYMBOL_NOT_AVAILABLE);
          if (!hide_rri && g_strcmp0 (r->significance, "higher") == 0)
            mark = BP_PACK_HIGHLIGHT_HIGHER;
          else if (!hide_rri && g_strcmp0 (r->significance, "lower") == 0)
            mark = BP_PACK_HIGHLIGHT_LOWER;
        }
      set_count (&row[11], r->previous_count, h->previous_group[g]);
      /* The n/a rule: no change when a count is below 10 in either year. */
      if (hide_change)
        {
          set_symbol (&row[12], BP_SYMBOL_CONFIDENTIAL);
          set_symbol (&row[13], BP_SYMBOL_CONFIDENTIAL);
        }
      else if (!isfinite (r->change_pct) && r->count < 10)
        {
          set_symbol (&row[12], BP_SYMBOL_NOT_APPLICABLE);
          set_symbol (&row[13], BP_SYMBOL_NOT_APPLICABLE);
        }
      else if (!isfinite (r->change_pct) && r->previous_count < 10)
        {
          set_symbol (&row[12], BP_SYMBOL_NOT_APPLICABLE);
          set_symbol (&row[13], BP_SYMBOL_NOT_APPLICABLE);
        }
      else
        {
          set_number (&row[12], r->change_pct);
          set_number (&row[13], r->pp_change);
        }
      g_array_index (t->highlight, BpPackHighlight, t->rows->len - 1) = mark;
    }

  g_free (t_title);
  /* Translators: a table's title: the stage of the youth justice system and a financial
   * year, as in "Table 7: Children cautioned or sentenced in 2023/24: totals and unknown
   * ethnicity [note 9]" */
  t_title = g_strdup_printf (_("Table 7: Children %s in %s: totals and unknown ethnicity "
                               "[note 9]"), stage, fy);
  t = table_new (s, "Disproportionality_totals", t_title, 2);
  column (t, 0, _("Children"), BP_PACK_FORMAT_TEXT, 40);
  /* Translators: a column heading: a number of children or a percentage. */
  /* xgettext:no-c-format */
  column (t, 1, _("Number or %"), BP_PACK_FORMAT_INTEGER, 12);
  row = add_row (t);
  set_text (&row[0], _("All children"));
  set_count (&row[1], d->total, h->total);
  row = add_row (t);
  set_text (&row[0], _("Children of known ethnicity"));
  set_count (&row[1], d->known_total, h->known);
  row = add_row (t);
  set_text (&row[0], _("Children of unknown ethnicity"));
  set_count (&row[1], d->unknown_count, h->unknown);
  row = add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  set_text (&row[0], _("Unknown ethnicity, % of all children"));
  set_value (&row[1], unknown_share,
             h->unknown || h->total ? BP_SYMBOL_CONFIDENTIAL
             : pct_symbol (p, d->total));
  row[1].format = BP_PACK_FORMAT_DEC1;
  mark_low_base (b, &row[1], d->total);

  /* One column per group, so that each carries its own confidence interval: libxlsxwriter
   * 1.1.4 has no custom error bars, only a fixed length per series. */
  c = table_new (s, "Disproportionality_chart_data",
                 b->profile == BP_PROFILE_PARTNER
                 ? _("Table 7a: chart data, relative rate index by ethnic group, one column "
                     "per group (blank where suppressed or not available)")
                 : _("Table 7a: chart data, relative rate index by ethnic group, one column "
                     "per group (blank where not available)"), 8);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  column (c, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  /* Translators: a column heading: the lower bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  column (c, 6, _("95% CI lower"), BP_PACK_FORMAT_DEC2, 9);
  /* Translators: a column heading: the upper bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  column (c, 7, _("95% CI upper"), BP_PACK_FORMAT_DEC2, 9);
  {
    static const int chart_groups[] = { BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED,
                                        BP_ETHNIC_OTHER, BP_DISPARITY_MINORITIES };

    for (guint i = 0; i < G_N_ELEMENTS (chart_groups); i++)
      {
        /* Translators: a column heading and the name of a series in a chart: %s is an
         * ethnic group, as in "RRI: Black" (the group's relative rate index) */
        g_autofree char *header = g_strdup_printf (_("RRI: %s"),
                                                   _(d->rows[chart_groups[i]].group));

        column (c, 1 + i, header, BP_PACK_FORMAT_DEC2, 10);
      }
    for (guint i = 0; i < G_N_ELEMENTS (chart_groups); i++)
      {
        int g = chart_groups[i];
        const BpDisparityRow *r = &d->rows[g];
        gboolean hide = h->group[g] || h->group[BP_ETHNIC_WHITE];

        row = add_row (c);
        set_text (&row[0], _(r->group));
        for (guint k = 0; k < G_N_ELEMENTS (chart_groups); k++)
          set_chart_value (&row[1 + k], k == i ? r->rri : NAN, hide);
        set_chart_value (&row[6], r->ci_low, hide);
        set_chart_value (&row[7], r->ci_high, hide);
      }
  }

  s->chart_style = BP_PACK_CHART_RRI;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Relative rate index (log scale; 1 = White children)"));
  s->chart_decimals = 2;
  s->chart = bp_chart_build (BP_CHART_KIND_RRI, &b->chart_report, &options);
}

/* The kind of an imported file as the import log records it ("outcomes"), in words. */
static const char *
import_kind_text (const char *kind)
{
  if (g_strcmp0 (kind, "outcomes") == 0)
    /* Translators: in the column "Kind of file": a file of case data (outcomes) */
    return C_("kind of file", "outcomes");
  if (g_strcmp0 (kind, "population") == 0)
    /* Translators: in the column "Kind of file": a file of population figures */
    return C_("kind of file", "population");
  if (g_strcmp0 (kind, "benchmarks") == 0)
    /* Translators: in the column "Kind of file": a file of published comparators */
    return C_("kind of file", "benchmarks");
  return kind;
}

/* A count of outcomes or children on the findings table: a partner pack hides 1 to 4. */
static void
set_finding_count (Builder    *b,
                   BpPackCell *c,
                   gint64      count)
{
  set_count (c, count, bp_profile_hides_count (b->profile, count) ? BP_CELL_PRIMARY
                                                                   : BP_CELL_SHOWN);
}

/* What the data holds that the figures leave out, each with its count (issue "Trust", 5):
 * values read as Unknown, outcomes of children outside 10-17, other areas' children. A
 * partner pack gives no value as imported (it may say anything) and suppresses small
 * counts. */
static void
build_findings (Builder             *b,
                BpPackSheet         *s,
                const BpDataQuality *q)
{
  BpPackTable *t = table_new (s, "Data_findings",
                              _("What the data holds that the figures leave out"), 4);
  BpPackCell *row;
  gint64 unrecognised = 0;

  column (t, 0, _("Finding"), BP_PACK_FORMAT_WRAP, 44);
  column (t, 1, _("Outcomes"), BP_PACK_FORMAT_INTEGER, 10);
  column (t, 2, _("Children"), BP_PACK_FORMAT_INTEGER, 10);
  column (t, 3, _("What is done"), BP_PACK_FORMAT_WRAP, 44);

  for (guint i = 0; i < q->unrecognised_ethnicity->len; i++)
    {
      const BpUnrecognisedValue *v = g_ptr_array_index (q->unrecognised_ethnicity, i);

      unrecognised += v->outcomes;
      if (b->profile == BP_PROFILE_PARTNER)
        continue;
      row = add_row (t);
      {
        /* Translators: a finding: a value as imported, as in "Ethnicity “ZZ” not
         * recognised" */
        g_autofree char *text = g_strdup_printf (_("Ethnicity “%s” not recognised"), v->value);

        set_text (&row[0], text);
      }
      set_finding_count (b, &row[1], v->outcomes);
      set_symbol (&row[2], BP_SYMBOL_NOT_APPLICABLE);
      set_text (&row[3], _("Read as Unknown, so left out of every share and RRI"));
    }
  if (b->profile == BP_PROFILE_PARTNER && unrecognised > 0)
    {
      row = add_row (t);
      set_text (&row[0], _("Ethnicity values not recognised (not listed in partner packs)"));
      set_finding_count (b, &row[1], unrecognised);
      set_symbol (&row[2], BP_SYMBOL_NOT_APPLICABLE);
      set_text (&row[3], _("Read as Unknown, so left out of every share and RRI"));
    }
  row = add_row (t);
  set_text (&row[0], _("Outcomes of children not aged 10-17 on the outcome date"));
  set_finding_count (b, &row[1], q->outside_age_outcomes);
  set_finding_count (b, &row[2], q->outside_age_children);
  set_text (&row[3], _("Held, not counted in any indicator"));
  row = add_row (t);
  set_text (&row[0], _("Outcomes of children of other areas (local status Other)"));
  set_finding_count (b, &row[1], q->other_area_outcomes);
  set_finding_count (b, &row[2], q->other_area_children);
  set_text (&row[3], _("Held, not counted in any indicator"));
}

static gboolean
build_quality (Builder  *b,
               GError  **error)
{
  const BpReport *r = b->report;
  const BpDisparity *d = &r->disparity;
  const Hidden *h = &b->hidden;
  BpPackSheet *s;
  BpPackTable *t;
  BpPackCell *row;
  g_autofree char *fy = bp_financial_year_label (bp_day_year (d->year.start));
  double unknown_share = d->total > 0 ? (double) d->unknown_count / (double) d->total * 100.0
                                      : NAN;

  s = sheet_new (b->pack, sheet_name (SHEET_QUALITY),
                 _("Data quality: what was imported and what the figures rest on"));
  if (b->profile == BP_PROFILE_INTERNAL)
    sheet_contents_line (s, _("This worksheet contains six tables: the imports, the "
                              "recording of ethnicity, the population figures, the "
                              "published comparators, what the data holds that the "
                              "figures leave out, and the cells the partner pack "
                              "suppresses."));
  else
    sheet_contents_line (s, _("This worksheet contains five tables: the imports, the "
                              "recording of ethnicity, the population figures, the "
                              "published comparators, and what the data holds that the "
                              "figures leave out."));
  sheet_line (s, "%s", _("Rejected rows are counted here; their details stay in the rejects "
                         "file written at import, because they may hold child-level data."));

  t = table_new (s, "Imports", _("Table 8: Imports into the database, oldest first"), 9);
  /* Translators: a column heading: the number of an import */
  column (t, 0, C_("column", "Import"), BP_PACK_FORMAT_INTEGER, 8);
  column (t, 1, _("Kind of file"), BP_PACK_FORMAT_TEXT, 12);
  column (t, 2, _("File name"), BP_PACK_FORMAT_TEXT, 28);
  if (b->profile == BP_PROFILE_PARTNER)
    column (t, 3, _("Imported on"), BP_PACK_FORMAT_DATE, 16);
  else
    column (t, 3, _("Imported at (UTC)"), BP_PACK_FORMAT_TEXT, 22);
  column (t, 4, _("Encoding"), BP_PACK_FORMAT_TEXT, 12);
  column (t, 5, _("New rows"), BP_PACK_FORMAT_INTEGER, 10);
  column (t, 6, _("Updated rows"), BP_PACK_FORMAT_INTEGER, 10);
  column (t, 7, _("Unchanged rows"), BP_PACK_FORMAT_INTEGER, 10);
  column (t, 8, _("Rejected rows"), BP_PACK_FORMAT_INTEGER, 10);
  if (b->store)
    {
      g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (b->store,
        "SELECT id, kind, file_name, imported_at, encoding, rows_new, rows_updated, "
        "rows_unchanged, rows_rejected FROM import_log ORDER BY id", error);

      if (stmt == NULL)
        return FALSE;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          row = add_row (t);
          set_number (&row[0], sqlite3_column_int64 (stmt, 0));
          set_text (&row[1], import_kind_text ((const char *) sqlite3_column_text (stmt, 1)));
          if (b->profile == BP_PROFILE_PARTNER)
            {
              /* A file's name may say anything ("correction for CHILD-0001 John
               * Smith.csv"): partners see an import's kind and day only. */
              const char *at = (const char *) sqlite3_column_text (stmt, 3);
              g_autofree char *day_text = g_strndup (at ? at : "", 10);
              BpDay day;

              /* Translators: in the column "File name" of a partner pack, which does
               * not show the names of imported files */
              set_text (&row[2], _("not shown in partner packs"));
              if (bp_day_parse_iso (day_text, &day))
                set_date (&row[3], day);
              else
                set_symbol (&row[3], BP_SYMBOL_NOT_AVAILABLE);
            }
          else
            for (int k = 2; k <= 3; k++)
              set_text (&row[k], (const char *) sqlite3_column_text (stmt, k));
          set_text (&row[4], (const char *) sqlite3_column_text (stmt, 4));
          for (int k = 5; k <= 8; k++)
            set_number (&row[k], (double) sqlite3_column_int64 (stmt, k));
        }
    }
  if (t->rows->len == 0)
    {
      row = add_row (t);
      set_symbol (&row[0], BP_SYMBOL_NOT_AVAILABLE);
      set_text (&row[1], _("no import log"));
      for (int k = 2; k < 9; k++)
        set_symbol (&row[k], BP_SYMBOL_NOT_AVAILABLE);
    }

  {
    /* Translators: a table's title: the stage of the youth justice system and a
     * financial year, as in "Table 9: Recording of ethnicity, children cautioned or
     * sentenced in 2023/24 [note 9]" */
    g_autofree char *t_title = g_strdup_printf (_("Table 9: Recording of ethnicity, children "
                                                  "%s in %s [note 9]"),
                                                g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (d->stage)), fy);

    t = table_new (s, "Ethnicity_recording", t_title, 2);
  }
  column (t, 0, _("Measure"), BP_PACK_FORMAT_TEXT, 44);
  column (t, 1, _("Value"), BP_PACK_FORMAT_INTEGER, 12);
  row = add_row (t);
  set_text (&row[0], _("Children"));
  set_count (&row[1], d->total, h->total);
  row = add_row (t);
  set_text (&row[0], _("Children of unknown ethnicity"));
  set_count (&row[1], d->unknown_count, h->unknown);
  row = add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  set_text (&row[0], _("Unknown ethnicity, % of children"));
  set_value (&row[1], unknown_share,
             h->unknown || h->total ? BP_SYMBOL_CONFIDENTIAL
             : pct_symbol (b->profile, d->total));
  row[1].format = BP_PACK_FORMAT_DEC1;
  mark_low_base (b, &row[1], d->total);
  row = add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  set_text (&row[0], _("Unknown above 10%: every RRI may be biased"));
  if (unknown_warning_hidden (b))
    set_symbol (&row[1], BP_SYMBOL_CONFIDENTIAL);
  else if (d->unknown_warning)
    /* Translators: the answer to "Unknown above 10%: every RRI may be biased" */
    set_text (&row[1], C_("unknown above 10%", "Yes: warning"));
  else
    /* Translators: the answer to "Unknown above 10%: every RRI may be biased" */
    set_text (&row[1], C_("unknown above 10%", "No"));

  t = table_new (s, "Population_sources",
                 _("Table 10: 10-17 population figures held [note 5]"), 4);
  column (t, 0, _("Year"), BP_PACK_FORMAT_YEAR, 8);
  column (t, 1, _("Source"), BP_PACK_FORMAT_TEXT, 34);
  column (t, 2, _("Rows"), BP_PACK_FORMAT_INTEGER, 8);
  column (t, 3, _("Used for"), BP_PACK_FORMAT_WRAP, 44);
  if (b->store)
    {
      g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (b->store,
        "SELECT year, source, COUNT(*) FROM population GROUP BY year, source "
        "ORDER BY year, source", error);

      if (stmt == NULL)
        return FALSE;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          int year = sqlite3_column_int (stmt, 0);
          const char *source = (const char *) sqlite3_column_text (stmt, 1);
          GString *used = g_string_new (NULL);

          if (year == r->fte.current.population_year &&
              g_strcmp0 (source, r->fte.current.population_source) == 0)
            /* Translators: an item of the list in the column "Used for", whose items are
             * separated by "; " */
            g_string_append (used, _("rates of the 12 months to the period end"));
          if (year == r->fte.previous.population_year &&
              g_strcmp0 (source, r->fte.previous.population_source) == 0)
            g_string_append_printf (used, "%s%s", used->len ? "; " : "",
                                    /* Translators: an item of the list in the column
                                     * "Used for", whose items are separated by "; " */
                                    _("rates of the 12 months before"));
          if (year == d->population_year && g_strcmp0 (source, d->population_source) == 0)
            g_string_append_printf (used, "%s%s", used->len ? "; " : "",
                                    /* Translators: an item of the list in the column
                                     * "Used for", whose items are separated by "; " */
                                    _("disproportionality"));
          row = add_row (t);
          set_number (&row[0], year);
          set_text (&row[1], source);
          set_number (&row[2], (double) sqlite3_column_int64 (stmt, 2));
          set_text (&row[3], used->len ? used->str : _("not used for this period"));
          g_string_free (used, TRUE);
        }
    }
  if (t->rows->len == 0)
    {
      row = add_row (t);
      set_symbol (&row[0], BP_SYMBOL_NOT_AVAILABLE);
      set_text (&row[1], _("no population imported"));
      set_symbol (&row[2], BP_SYMBOL_NOT_AVAILABLE);
      set_text (&row[3], _("no rates can be computed"));
    }

  t = table_new (s, "Benchmark_sources",
                 _("Table 11: Published comparators held, by source [note 6]"), 5);
  column (t, 0, _("Source"), BP_PACK_FORMAT_TEXT, 30);
  column (t, 1, _("Indicators"), BP_PACK_FORMAT_WRAP, 40);
  column (t, 2, _("Rows"), BP_PACK_FORMAT_INTEGER, 8);
  column (t, 3, _("Earliest period end"), BP_PACK_FORMAT_DATE, 13);
  column (t, 4, _("Latest period end"), BP_PACK_FORMAT_DATE, 13);
  if (b->store)
    {
      g_autoptr(sqlite3_stmt) stmt = bp_store_prepare (b->store,
        "SELECT COALESCE(source, ''), group_concat(DISTINCT indicator), COUNT(*), "
        "MIN(period_end), MAX(period_end) FROM benchmark GROUP BY 1 ORDER BY MAX(period_end), 1",
        error);

      if (stmt == NULL)
        return FALSE;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *source = (const char *) sqlite3_column_text (stmt, 0);

          row = add_row (t);
          /* Translators: in the column "Source": no source was given */
          set_text (&row[0], source && *source ? source : _("not given"));
          set_text (&row[1], (const char *) sqlite3_column_text (stmt, 1));
          set_number (&row[2], (double) sqlite3_column_int64 (stmt, 2));
          set_date (&row[3], sqlite3_column_int (stmt, 3));
          set_date (&row[4], sqlite3_column_int (stmt, 4));
        }
    }
  if (t->rows->len == 0)
    {
      row = add_row (t);
      /* Translators: in the column "Source": no comparators were imported */
      set_text (&row[0], _("none imported"));
      set_text (&row[1], _("no comparators are shown"));
      set_number (&row[2], 0);
      set_symbol (&row[3], BP_SYMBOL_NOT_AVAILABLE);
      set_symbol (&row[4], BP_SYMBOL_NOT_AVAILABLE);
    }
  if (r->quality)
    build_findings (b, s, r->quality);
  return TRUE;
}

static void
build_notes (Builder *b)
{
  const BpReport *r = b->report;
  BpPackSheet *s;
  BpPackTable *t;
  BpPackCell *row;
  static const struct { const char *symbol; const char *meaning; } symbols[] = {
    /* Translators: the meaning of the symbol [c] */
    { BP_SYMBOL_CONFIDENTIAL, N_("Confidential: suppressed so that no child can be "
                                 "identified (partner packs only)") },
    /* Translators: the meaning of the symbol [x] */
    { BP_SYMBOL_NOT_AVAILABLE, N_("Not available: the figure cannot be computed, e.g. no "
                                  "population or no comparator is held") },
    /* Translators: the meaning of the symbol [z] */
    { BP_SYMBOL_NOT_APPLICABLE, N_("Not applicable: e.g. the White reference group has no "
                                   "confidence interval; a change is not shown when a count "
                                   "is below 10 (the n/a rule)") },
    /* Translators: the meaning of the symbol [u] */
    { BP_SYMBOL_LOW_RELIABILITY, N_("Low reliability: a percentage of fewer than 10 "
                                    "children, shown beside it in internal packs and in its "
                                    "place in partner packs") },
  };

  if (r->fte.note)
    add_note (b, r->fte.note);
  if (r->custody.note && g_strcmp0 (r->custody.note, r->fte.note) != 0)
    add_note (b, r->custody.note);
  if (r->reoffending.note)
    add_note (b, r->reoffending.note);
  if (disparity_note (b))
    add_note (b, disparity_note (b));

  s = sheet_new (b->pack, sheet_name (SHEET_NOTES),
                 _("Notes: definitions, method and symbols"));
  sheet_contents_line (s, _("This worksheet contains two tables: the notes referred to in "
                            "table titles, and the symbols used in place of numbers."));
  t = table_new (s, "Notes", _("Table 12: Notes"), 2);
  column (t, 0, _("Note number"), BP_PACK_FORMAT_TEXT, 12);
  column (t, 1, _("Note text"), BP_PACK_FORMAT_WRAP, 110);
  for (guint i = 0; i < b->notes->len; i++)
    {
      /* Translators: in the column "Note number": %u is the number, as in "note 1" */
      g_autofree char *number = g_strdup_printf (_("note %u"), i + 1);

      row = add_row (t);
      set_text (&row[0], number);
      set_text (&row[1], g_ptr_array_index (b->notes, i));
    }
  t = table_new (s, "Symbols", _("Table 13: Symbols used in place of numbers"), 2);
  column (t, 0, _("Symbol"), BP_PACK_FORMAT_TEXT, 12);
  column (t, 1, _("Meaning"), BP_PACK_FORMAT_WRAP, 110);
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      row = add_row (t);
      set_text (&row[0], symbols[i].symbol);
      set_text (&row[1], _(symbols[i].meaning));
    }
}

static char *
extract_date (Builder *b)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *when = NULL;

  if (b->store == NULL)
    return NULL;
  stmt = bp_store_prepare (b->store, "SELECT substr(imported_at, 1, 10) FROM import_log "
                                     "WHERE kind = 'outcomes' ORDER BY id DESC LIMIT 1", NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    {
      BpDay day;

      if (bp_day_parse_iso ((const char *) sqlite3_column_text (stmt, 0), &day))
        when = bp_day_format_long (day);
    }
  return when;
}

static void
build_cover (Builder     *b,
             BpPackSheet *s)
{
  const BpReport *r = b->report;
  BpPackTable *t;
  BpPackCell *row;
  g_autofree char *start = bp_day_format_long (r->period.start);
  g_autofree char *end = bp_day_format_long (r->period.end);
  g_autofree char *latest = bp_day_format_long (r->latest_outcome);
  g_autofree char *extract = extract_date (b);
  /* Translators: a period from its first day to its last, as in "1 April 2023 to 31
   * March 2024" */
  g_autofree char *period = g_strdup_printf (C_("period", "%s to %s"), start, end);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *produced = NULL;
  BpDay today_day;
  static const struct { SheetId sheet; const char *what; } contents[] = {
    { SHEET_SUMMARY, N_("Headline indicators: this period, the one before, the change, the "
                        "comparators as published and a short reading") },
    { SHEET_FTE, N_("First time entrants: 12 rolling 12-month periods with counts, "
                    "populations, rates and comparators, and a line chart") },
    { SHEET_CUSTODY, N_("Use of custody: 12 rolling 12-month periods with counts, "
                        "populations, rates and comparators, and a line chart") },
    { SHEET_REOFFENDING, N_("Proven reoffending: the 3-month and 12-month cohorts and the "
                            "eight latest 3-month cohorts, and a column chart") },
    { SHEET_DISPARITY, N_("Ethnic disproportionality: counts, shares, rates, relative rate "
                          "indices with confidence intervals and changes, and a chart") },
    { SHEET_QUALITY, N_("Data quality: rows imported and rejected, unknown ethnicity, "
                        "population and comparator sources") },
    { SHEET_NOTES, N_("Notes: definitions, method (Katz confidence intervals, the n/a rule, "
                      "rounding) and symbols") },
  };

  bp_day_parse_iso (today, &today_day);
  produced = bp_day_format_long (today_day);

  /* Translators: %s is the protective marking, as in "Protective marking: OFFICIAL" */
  sheet_line (s, _("Protective marking: %s"), b->pack->marking);
  sheet_contents_line (s, _("This worksheet contains two tables: about this pack, and its "
                            "contents with a link to every worksheet."));

  t = table_new (s, "About_this_pack", _("Table A: About this pack"), 2);
  column (t, 0, _("Item"), BP_PACK_FORMAT_TEXT, 26);
  column (t, 1, _("Detail"), BP_PACK_FORMAT_WRAP, 100);
#define ABOUT(label, value) \
  G_STMT_START { row = add_row (t); set_text (&row[0], label); set_text (&row[1], value); } G_STMT_END
  ABOUT (_("Area"), r->area[0] ? r->area
                              /* Translators: on the cover, when the database has no area
                               * set; "boardpack area set NAME" is a command: keep it */
                              : _("Area not set: no published figure is shown as the "
                                  "area's own (set it in Preferences or with boardpack area "
                                  "set NAME)"));
  ABOUT (_("Period"), period);
  ABOUT (_("Profile"), b->profile == BP_PROFILE_PARTNER
                       ? _("Partner pack: small numbers suppressed, no child-level data")
                       : _("Internal board pack: every count shown"));
  ABOUT (_("Protective marking"), b->pack->marking);
  /* Translators: the date of the latest extract of case data: "not known" when no case
   * data has been imported */
  ABOUT (_("Data extract date"), extract ? extract : C_("date", "not known"));
  ABOUT (_("Latest outcome held"), latest);
  /* Translators: the date the pack was made */
  ABOUT (_("Produced"), produced);
  ABOUT (_("What the data covers"),
         _("Children aged 10-17 living in the area who received a caution, a court sentence, "
           "a remand or an out-of-court outcome, from the youth justice service's own case "
           "records; 10-17 population from the ONS and the 2021 Census; comparators as "
           "published by the Youth Justice Board."));
  /* Translators: the stage of the youth justice system whose children the
   * disproportionality figures count */
  ABOUT (_("Disproportionality stage"), g_dpgettext2 (GETTEXT_PACKAGE, "stage",
                                                       bp_stage_description (r->disparity.stage)));
#undef ABOUT

  t = table_new (s, "Contents", _("Table B: Contents"), 2);
  column (t, 0, _("Worksheet"), BP_PACK_FORMAT_TEXT, 26);
  column (t, 1, _("What it contains"), BP_PACK_FORMAT_WRAP, 100);
  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      const char *name = sheet_name (contents[i].sheet);

      row = add_row (t);
      set_text (&row[0], name);
      row[0].link = g_strdup (name);
      set_text (&row[1], _(contents[i].what));
    }
}

/* --- what the partner pack hides ------------------------------------------------- */

typedef void (*SuppressedFunc) (const BpPackSheet *sheet,
                                const BpPackTable *table,
                                guint              row,
                                guint              column,
                                const BpPackCell  *cell,
                                gpointer           user_data);

/* Calls @func for each [c] cell of every table of @pack, chart data aside (its blanks
 * repeat the cells of its table). */
static void
foreach_suppressed (BpPack         *pack,
                    SuppressedFunc  func,
                    gpointer        user_data)
{
  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      for (guint k = 0; k < s->tables->len; k++)
        {
          BpPackTable *t = g_ptr_array_index (s->tables, k);

          if (t->chart_data)
            continue;
          for (guint r = 0; r < t->rows->len; r++)
            for (guint c = 0; c < t->n_columns; c++)
              {
                const BpPackCell *cell = bp_pack_table_cell (t, r, c);

                if (cell->kind == BP_PACK_CELL_SYMBOL &&
                    g_strcmp0 (cell->text, BP_SYMBOL_CONFIDENTIAL) == 0)
                  func (s, t, r, c, cell, user_data);
              }
        }
    }
}

static void
count_cell_cb (const BpPackSheet *sheet,
               const BpPackTable *table,
               guint              row,
               guint              column,
               const BpPackCell  *cell,
               gpointer           user_data)
{
  ((guint *) user_data)[cell->rule]++;
}

/* Counts the [c] cells of @pack by the rule that hid them. */
static void
count_suppressed (BpPack *pack,
                  guint   counts[BP_N_CELL_STATES])
{
  memset (counts, 0, sizeof (guint) * BP_N_CELL_STATES);
  foreach_suppressed (pack, count_cell_cb, counts);
}

/* The partner pack's note on its own suppression: how many cells each rule hid, never
 * which values. */
static void
add_suppression_note (Builder *b)
{
  guint counts[BP_N_CELL_STATES];
  g_autofree char *primary = NULL, *secondary = NULL, *derived = NULL;
  g_autofree char *note = NULL;

  count_suppressed (b->pack, counts);
  primary = g_strdup_printf ("%u", counts[BP_CELL_PRIMARY]);
  secondary = g_strdup_printf ("%u", counts[BP_CELL_SECONDARY]);
  derived = g_strdup_printf ("%u", counts[BP_CELL_DERIVED]);
  /* Translators: a note of the partner pack; each %s is a number of cells of its tables */
  note = g_strdup_printf (_("Suppression in this pack: %s cells hold a count of 1 to "
                                  "4 (primary suppression); %s cells hold a further count "
                                  "hidden so that no suppressed count can be worked back "
                                  "from a total, another table or a rate (secondary "
                                  "suppression); %s cells hold a rate, share, index or "
                                  "change made from a suppressed count. The same count "
                                  "is suppressed wherever it appears."),
                          primary, secondary, derived);
  add_note (b, note);
}

static const char *
rule_text (BpCellState rule)
{
  switch (rule)
    {
    case BP_CELL_PRIMARY:
      /* Translators: in the column "Rule": why a partner pack hides a cell */
      return _("primary: a count of 1 to 4");
    case BP_CELL_SECONDARY:
      /* Translators: in the column "Rule": why a partner pack hides a cell */
      return _("secondary: would give back a suppressed count");
    case BP_CELL_DERIVED:
      /* Translators: in the column "Rule": why a partner pack hides a cell */
      return _("derived: made from a suppressed count");
    case BP_CELL_SHOWN:
    case BP_CELL_NOT_AVAILABLE:
    case BP_N_CELL_STATES:
    default:
      return "";
    }
}

static void
list_cell_cb (const BpPackSheet *sheet,
              const BpPackTable *table,
              guint              row,
              guint              column,
              const BpPackCell  *cell,
              gpointer           user_data)
{
  g_autofree char *label = bp_pack_cell_to_text (bp_pack_table_cell (table, row, 0));
  BpPackCell *line = add_row (user_data);

  set_text (&line[0], sheet->name);
  set_text (&line[1], table->title);
  set_text (&line[2], label);
  set_text (&line[3], table->columns[column].header);
  set_text (&line[4], rule_text (cell->rule));
}

/* For the manager: which cells of the partner pack of the same report are suppressed
 * and by which rule, so that a partner's question can be answered. */
static gboolean
build_partner_suppression (Builder  *b,
                           GError  **error)
{
  g_autoptr(BpPack) partner = bp_pack_new (b->report, b->store, BP_PROFILE_PARTNER, error);
  BpPackSheet *quality = bp_pack_find_sheet (b->pack, sheet_name (SHEET_QUALITY));
  BpPackTable *t;
  BpPackCell *row;

  if (partner == NULL)
    return FALSE;
  g_return_val_if_fail (quality != NULL, FALSE);

  t = table_new (quality, "Partner_pack_suppression",
                 _("Cells the partner pack of this period suppresses, and why"), 5);
  column (t, 0, _("Worksheet"), BP_PACK_FORMAT_TEXT, 18);
  column (t, 1, _("Table"), BP_PACK_FORMAT_WRAP, 40);
  column (t, 2, _("Row"), BP_PACK_FORMAT_WRAP, 24);
  column (t, 3, _("Column"), BP_PACK_FORMAT_WRAP, 24);
  column (t, 4, _("Rule"), BP_PACK_FORMAT_WRAP, 30);
  foreach_suppressed (partner, list_cell_cb, t);
  if (t->rows->len == 0)
    {
      row = add_row (t);
      set_symbol (&row[0], BP_SYMBOL_NOT_APPLICABLE);
      set_text (&row[1], _("The partner pack of this period suppresses nothing."));
      for (int k = 2; k < 5; k++)
        set_symbol (&row[k], BP_SYMBOL_NOT_APPLICABLE);
    }
  return TRUE;
}

/**
 * bp_pack_new:
 * @store: (nullable): the database the report was computed from, for the data quality
 *   tables
 *
 * Decides what every cell of the board pack shows under @profile.
 * Returns: (transfer full) (nullable): the pack, or %NULL with @error set
 */
BpPack *
bp_pack_new (const BpReport  *report,
             BpStore         *store,
             BpProfile        profile,
             GError         **error)
{
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *end = NULL;
  Builder b = { 0 };
  BpPackSheet *cover;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (store == NULL || BP_IS_STORE (store), NULL);
  g_return_val_if_fail ((int) profile >= 0 && profile < BP_N_PROFILES, NULL);

  pack = g_new0 (BpPack, 1);
  pack->profile = profile;
  pack->sheets = g_ptr_array_new_with_free_func (sheet_free);
  pack->area = _bp_export_text (report->area);
  end = bp_day_format_month_year_long (report->period.end);
  /* Translators: %s is a month and year, as in "12 months to March 2024" */
  pack->period_text = g_strdup_printf (_("12 months to %s"), end);
  if (pack->area[0])
    /* Translators: the pack's title: the area's name and a month and year, as in "Youth
     * justice board pack: Northdale, 12 months to March 2024" */
    pack->title = g_strdup_printf (_("Youth justice board pack: %s, 12 months to %s"),
                                   pack->area, end);
  else
    /* Translators: the pack's title when the area has no name: %s is a month and year,
     * as in "Youth justice board pack, 12 months to March 2024" */
    pack->title = g_strdup_printf (_("Youth justice board pack, 12 months to %s"), end);
  /* Translators: the subject in the document properties of the workbook and the PDF */
  pack->subject = g_strdup (_("Youth justice indicators for the management board: first "
                              "time entrants, use of custody, proven reoffending and ethnic "
                              "disproportionality"));
  pack->marking = g_strdup (profile == BP_PROFILE_INTERNAL
                            /* Translators: the protective marking of an internal pack (UK
                             * Government Security Classifications), at the top of every
                             * page: write it as your organisation writes this marking */
                            ? C_("protective marking", "OFFICIAL-SENSITIVE")
                            /* Translators: the protective marking of a partner pack (UK
                             * Government Security Classifications), at the top of every
                             * page: write it as your organisation writes this marking */
                            : C_("protective marking", "OFFICIAL"));
  pack->profile_line = g_strdup (profile == BP_PROFILE_INTERNAL
    /* Translators: under the title of every sheet and at the top of every page;
     * OFFICIAL-SENSITIVE is the protective marking, as you translate it */
    ? _("OFFICIAL-SENSITIVE. Internal board pack: every count is shown, including small "
        "numbers. Not for sharing outside the management board.")
    /* Translators: under the title of every sheet and at the top of every page; OFFICIAL
     * is the protective marking, as you translate it; keep the symbol [c] */
    : _("OFFICIAL. Partner pack: small numbers are suppressed ([c]) and values made from "
        "them are not shown; no child-level data."));

  b.report = report;
  b.store = store;
  b.profile = profile;
  b.pack = pack;
  b.notes = notes;
  bp_report_hidden_compute (b.report, b.profile, &b.hidden);
  b.chart_report = *b.report;
  b.chart_report.area = b.pack->area;  /* valid UTF-8, for the charts' labels */
  year_cohort_sum (report, 0, &b.previous_year);
  add_standard_notes (&b);

  cover = sheet_new (pack, sheet_name (SHEET_COVER), pack->title);
  build_summary (&b);
  build_rate_sheet (&b, &report->fte);
  build_rate_sheet (&b, &report->custody);
  build_reoffending (&b);
  build_disparity (&b);
  if (!build_quality (&b, error))
    return NULL;
  if (profile == BP_PROFILE_PARTNER)
    add_suppression_note (&b);
  else if (!build_partner_suppression (&b, error))
    return NULL;
  build_notes (&b);
  build_cover (&b, cover);

  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      if (!_bp_export_sheet_name_valid (s->name, error))
        return NULL;
      if (s->chart)
        s->chart_alt = _bp_export_text (bp_chart_get_summary (s->chart));
    }
  return g_steal_pointer (&pack);
}

void
bp_pack_free (BpPack *pack)
{
  if (pack == NULL)
    return;
  g_ptr_array_unref (pack->sheets);
  g_free (pack->area);
  g_free (pack->title);
  g_free (pack->subject);
  g_free (pack->marking);
  g_free (pack->profile_line);
  g_free (pack->period_text);
  g_free (pack);
}

BpPackSheet *
bp_pack_find_sheet (BpPack     *pack,
                    const char *name)
{
  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      if (g_strcmp0 (s->name, name) == 0)
        return s;
    }
  return NULL;
}

BpPackTable *
bp_pack_find_table (BpPack     *pack,
                    const char *name)
{
  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      for (guint j = 0; j < s->tables->len; j++)
        {
          BpPackTable *t = g_ptr_array_index (s->tables, j);

          if (g_strcmp0 (t->name, name) == 0)
            return t;
        }
    }
  return NULL;
}

const BpPackCell *
bp_pack_table_cell (const BpPackTable *table,
                    guint              row,
                    guint              column_index)
{
  const BpPackCell *cells;

  g_return_val_if_fail (row < table->rows->len && column_index < table->n_columns, NULL);
  cells = g_ptr_array_index (table->rows, row);
  return &cells[column_index];
}

int
bp_pack_format_decimals (BpPackFormat format)
{
  switch (format)
    {
    case BP_PACK_FORMAT_DEC1:
    case BP_PACK_FORMAT_SIGNED1:
      return 1;
    case BP_PACK_FORMAT_DEC2:
    case BP_PACK_FORMAT_SIGNED2:
      return 2;
    case BP_PACK_FORMAT_DEC3:
      return 3;
    case BP_PACK_FORMAT_TEXT:
    case BP_PACK_FORMAT_WRAP:
    case BP_PACK_FORMAT_INTEGER:
    case BP_PACK_FORMAT_YEAR:
    case BP_PACK_FORMAT_DATE:
    case BP_PACK_N_FORMATS:
    default:
      return 0;
    }
}

/**
 * bp_pack_cell_to_text:
 * The cell as a reader sees it in the workbook: rounded half away from zero at its
 * format's places, with thousands separators. Returns: (transfer full)
 */
char *
bp_pack_cell_to_text (const BpPackCell *cell)
{
  switch (cell->kind)
    {
    case BP_PACK_CELL_EMPTY:
      return g_strdup ("");
    case BP_PACK_CELL_TEXT:
    case BP_PACK_CELL_SYMBOL:
      return g_strdup (cell->text);
    case BP_PACK_CELL_DATE:
      {
        /* As Excel shows "d mmm yyyy". */
        int y, m, d;

        bp_day_to_ymd ((BpDay) cell->number, &y, &m, &d);
        /* Translators: a date in a table, as in "31 Mar 2024": the day, the short name of
         * the month and the year */
        return g_strdup_printf (C_("short date", "%d %s %d"), d, bp_month_abbrev (m), y);
      }
    case BP_PACK_CELL_NUMBER:
      if (cell->format == BP_PACK_FORMAT_YEAR)
        return g_strdup_printf ("%.0f", cell->number);
      if (cell->format == BP_PACK_FORMAT_SIGNED1 || cell->format == BP_PACK_FORMAT_SIGNED2)
        {
          int places = bp_pack_format_decimals (cell->format);
          double rounded = bp_round_half_away (cell->number, places);
          g_autofree char *text = bp_format_number (cell->number, places);

          return g_strdup_printf ("%s%s%s", rounded > 0 ? "+" : "", text,
                                  cell->low_reliability ? " " BP_SYMBOL_LOW_RELIABILITY : "");
        }
      if (cell->low_reliability)
        {
          g_autofree char *text = bp_format_number (cell->number,
                                                    bp_pack_format_decimals (cell->format));

          return g_strdup_printf ("%s " BP_SYMBOL_LOW_RELIABILITY, text);
        }
      return bp_format_number (cell->number, bp_pack_format_decimals (cell->format));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/**
 * bp_pack_highlight_text:
 * The text in the highlight column of a row marked @highlight, which the workbook's
 * conditional formats look for. Returns: (transfer none) (nullable): the text, in the
 * current language; %NULL for %BP_PACK_HIGHLIGHT_NONE
 */
const char *
bp_pack_highlight_text (BpPackHighlight highlight)
{
  switch (highlight)
    {
    case BP_PACK_HIGHLIGHT_HIGHER:
      /* Translators: in the column "Significance": a relative rate index significantly
       * above 1 */
      return _("Significantly higher");
    case BP_PACK_HIGHLIGHT_LOWER:
      /* Translators: in the column "Significance": a relative rate index significantly
       * below 1 */
      return _("Significantly lower");
    case BP_PACK_HIGHLIGHT_NONE:
    default:
      return NULL;
    }
}

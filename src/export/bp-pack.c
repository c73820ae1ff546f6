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
#include <stdarg.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-commentary.h"
#include "bp-pack-private.h"

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
  g_clear_pointer (&t->chart, bp_chart_unref);
  g_free (t->chart_alt);
  g_clear_pointer (&t->pdf_words, g_ptr_array_unref);
  g_free (t->label);
  g_free (t);
}

static void
sheet_free (gpointer data)
{
  BpPackSheet *s = data;

  g_free (s->name);
  g_free (s->title);
  g_free (s->contents);
  g_ptr_array_unref (s->lines);
  g_ptr_array_unref (s->tables);
  g_clear_pointer (&s->chart, bp_chart_unref);
  g_free (s->chart_axis);
  g_free (s->chart_alt);
  g_free (s);
}

BpPackSheet *
_bp_pack_sheet_new (BpPack     *pack,
                    const char *name,
                    const char *title,
                    const char *contents)
{
  BpPackSheet *s = g_new0 (BpPackSheet, 1);

  s->name = g_strdup (name);
  s->title = _bp_export_text (title);
  s->contents = contents ? _bp_export_text (contents) : NULL;
  s->contents_line = -1;
  s->commentary_line = -1;
  s->lines = g_ptr_array_new_with_free_func (g_free);
  s->tables = g_ptr_array_new_with_free_func (table_free);
  g_ptr_array_add (s->lines, g_strdup (pack->profile_line));
  g_ptr_array_add (pack->sheets, s);
  return s;
}

void
_bp_pack_sheet_line (BpPackSheet *s,
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
void
_bp_pack_sheet_contents_line (BpPackSheet *s,
                              const char  *text)
{
  s->contents_line = (int) s->lines->len;
  g_ptr_array_add (s->lines, _bp_export_text (text));
}

BpPackTable *
_bp_pack_table_new (BpPackSheet *sheet,
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
  t->chart_marked = -1;
  t->highlight_column = -1;
  g_ptr_array_add (sheet->tables, t);
  return t;
}

void
_bp_pack_column (BpPackTable  *t,
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

BpPackCell *
_bp_pack_add_row (BpPackTable *t)
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

void
_bp_pack_set_text (BpPackCell *c,
                   const char *text)
{
  cell_clear (c);
  c->kind = BP_PACK_CELL_TEXT;
  c->text = _bp_export_text (text);
}

void
_bp_pack_set_symbol (BpPackCell *c,
                     const char *symbol)
{
  cell_clear (c);
  c->kind = BP_PACK_CELL_SYMBOL;
  c->text = g_strdup (symbol);
  /* A [c] that is not a count hidden by bp_report_hidden_compute() is a value made from
   * one (_bp_pack_set_count() says otherwise). */
  c->rule = g_strcmp0 (symbol, BP_SYMBOL_CONFIDENTIAL) == 0 ? BP_CELL_DERIVED : BP_CELL_SHOWN;
}

/* A number, or [x] when it cannot be computed. */
void
_bp_pack_set_number (BpPackCell *c,
                     double      value)
{
  cell_clear (c);
  if (!isfinite (value))
    {
      _bp_pack_set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
      return;
    }
  c->kind = BP_PACK_CELL_NUMBER;
  c->number = value;
}

/* A value the profile may hide: @symbol (nullable) is shown instead when set. */
void
_bp_pack_set_value (BpPackCell *c,
                    double      value,
                    const char *symbol)
{
  if (symbol)
    _bp_pack_set_symbol (c, symbol);
  else
    _bp_pack_set_number (c, value);
}

/* A count; @hidden is the rule that hides it, BP_CELL_SHOWN (0) when it is shown. */
void
_bp_pack_set_count (BpPackCell *c,
                    gint64      count,
                    BpCellState hidden)
{
  if (hidden)
    {
      _bp_pack_set_symbol (c, BP_SYMBOL_CONFIDENTIAL);
      c->rule = hidden == BP_CELL_SECONDARY ? BP_CELL_SECONDARY
                : hidden == BP_CELL_PRIMARY ? BP_CELL_PRIMARY : BP_CELL_DERIVED;
    }
  else if (count < 0)
    _bp_pack_set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
  else
    _bp_pack_set_number (c, (double) count);
}

void
_bp_pack_set_date (BpPackCell *c,
                   BpDay       day)
{
  cell_clear (c);
  if (day == BP_DAY_INVALID)
    {
      _bp_pack_set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
      return;
    }
  c->kind = BP_PACK_CELL_DATE;
  c->number = day;
}

/* In chart data a hidden or missing value is a blank, which a chart draws as a gap. */
void
_bp_pack_set_chart_value (BpPackCell *c,
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
void
_bp_pack_set_published (BpPackCell        *c,
                        const BpBenchmark *b)
{
  int decimals;

  if (b == NULL)
    {
      _bp_pack_set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
      return;
    }
  decimals = published_decimals (b->value_text);
  if (decimals < 0 || decimals > 3 || strchr (b->value_text, ',') != NULL)
    {
      _bp_pack_set_text (c, b->value_text);
      return;
    }
  _bp_pack_set_number (c, b->value);
  c->format = decimals == 0 ? BP_PACK_FORMAT_INTEGER
              : decimals == 1 ? BP_PACK_FORMAT_DEC1
              : decimals == 2 ? BP_PACK_FORMAT_DEC2 : BP_PACK_FORMAT_DEC3;
}

/* "Jan-Mar 2024", or "Oct 2023-Sep 2024" across a year end. */
char *
_bp_pack_cohort_label (const BpPeriod *p)
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
const char *
_bp_pack_comparator_name (const BpRateIndicator *ind,
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
 * base of 0 has no percentage at all, which _bp_pack_set_value() shows as [x]. */
const char *
_bp_pack_pct_symbol (BpProfile profile,
                     gint64    base)
{
  return base > 0 ? bp_disclosure_derived_symbol (profile, FALSE, TRUE, base) : NULL;
}

/* In an internal pack, which shows a percentage on a base below 10, that percentage is
 * marked [u] beside it; a partner pack shows [u] in its place (_bp_pack_pct_symbol()). */
void
_bp_pack_mark_low_base (BpPackBuilder    *b,
                        BpPackCell *c,
                        gint64      base)
{
  if (b->profile == BP_PROFILE_INTERNAL && c->kind == BP_PACK_CELL_NUMBER &&
      base > 0 && base < BP_SMALL_COUNT)
    c->low_reliability = TRUE;
}

/* The same for the "this period" and "previous period" cells of the summary row just
 * added to @t. */
void
_bp_pack_mark_low_base_row (BpPackBuilder     *b,
                            BpPackTable *t,
                            gint64       now_base,
                            gint64       before_base)
{
  BpPackCell *row = g_ptr_array_index (t->rows, t->rows->len - 1);

  _bp_pack_mark_low_base (b, &row[3], now_base);
  _bp_pack_mark_low_base (b, &row[4], before_base);
  /* Their difference is as unreliable as the less reliable of the two. */
  _bp_pack_mark_low_base (b, &row[5], MIN (now_base > 0 ? now_base : G_MAXINT64,
                                           before_base > 0 ? before_base : G_MAXINT64));
}

double
_bp_pack_pct_change (double now,
                     double before)
{
  if (!isfinite (now) || !isfinite (before) || before == 0)
    return NAN;
  return (now / before - 1.0) * 100.0;
}

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

/**
 * bp_pack_new:
 * @store: (nullable): the database the report was computed from, for the data quality
 *   tables
 *
 * Decides what every cell of the board pack shows under @profile.
 * Returns: (transfer full) (nullable): the pack, or %NULL with @error set
 */
/* --- what several sheets say ------------------------------------------------------- */

/* Whether a partner may not be told that more than 10% of children are of unknown
 * ethnicity: with the unknown count suppressed, "more than 10%" (or "not") would narrow
 * it down from the totals shown. */
gboolean
_bp_pack_unknown_warning_hidden (BpPackBuilder *b)
{
  return b->hidden.unknown || b->hidden.total || b->hidden.known;
}

/* The report's note on disproportionality, which may count the children of unknown
 * ethnicity: not for partners when that count is suppressed. */
const char *
_bp_pack_disparity_note (BpPackBuilder *b)
{
  const BpDisparity *d = &b->report->disparity;

  if (d->note && d->unknown_warning && _bp_pack_unknown_warning_hidden (b))
    /* Translators: in place of the note that gives the number of children of unknown
     * ethnicity, which a partner pack suppresses; whether it is above 10% would narrow
     * the suppressed count down, so that is not said either */
    return _("The number of children of unknown ethnicity is suppressed [c], and so is "
             "whether it is more than a tenth of the children: a relative rate index may "
             "be biased when it is.");
  return d->note;
}

int
_bp_pack_add_note (BpPackBuilder    *b,
                   const char *text)
{
  g_ptr_array_add (b->notes, _bp_export_text (text));
  return (int) b->notes->len;
}

/* --- counts of the registry's indicators ------------------------------------------ */

/* A count of an indicator's sheet, hidden as the whole pack decides: @key is the figure
 * its disclose() added. */
void
_bp_pack_set_figure (BpPackBuilder *b,
                     BpPackCell    *cell,
                     gint64         count,
                     const char    *key)
{
  _bp_pack_set_count (cell, count, bp_report_hidden_state (&b->hidden, key));
}

/* A percentage of @base made from @count: [c] when either is hidden, [u] for partners on
 * a base below 10 (marked [u] beside the number in an internal pack). */
void
_bp_pack_set_share (BpPackBuilder *b,
                    BpPackCell    *cell,
                    gint64         count,
                    const char    *count_key,
                    gint64         base,
                    const char    *base_key)
{
  gboolean hidden = bp_report_hidden_state (&b->hidden, count_key) != BP_CELL_SHOWN ||
                    bp_report_hidden_state (&b->hidden, base_key) != BP_CELL_SHOWN;

  _bp_pack_set_value (cell, base > 0 ? (double) count / (double) base * 100.0 : NAN,
                      hidden ? BP_SYMBOL_CONFIDENTIAL : _bp_pack_pct_symbol (b->profile, base));
  cell->format = BP_PACK_FORMAT_DEC1;
  _bp_pack_mark_low_base (b, cell, base);
}

/* --- table and note numbers ----------------------------------------------------------- */

/* Adds the notes @... (ending with -1) to those @t's title cites. */
void
_bp_pack_table_cite (BpPackTable *t,
                     ...)
{
  va_list args;
  int note;

  va_start (args, t);
  while ((note = va_arg (args, int)) > 0)
    {
      g_assert (note < 32);
      t->cites |= 1u << note;
    }
  va_end (args);
}

/* "[note 9]", "[notes 3, 6 and 7]", "[notes 1 to 7]": the notes of bits @cites. */
char *
_bp_pack_cite_text (guint32 cites)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  guint n_notes = 0;

  for (int n = 1; n < 32; n++)
    if (cites & (1u << n))
      n_notes++;
  if (n_notes == 0)
    return g_strdup ("");
  if (n_notes == 1)
    {
      int n = 1;

      while (!(cites & (1u << n)))
        n++;
      /* Translators: a table cites one note of the Notes sheet, as in "[note 9]" */
      return g_strdup_printf (_("[note %d]"), n);
    }
  {
    int first = 1, last;

    while (!(cites & (1u << first)))
      first++;
    last = first;
    while (last + 1 < 32 && (cites & (1u << (last + 1))))
      last++;
    if (n_notes >= 3 && (guint) (last - first + 1) == n_notes)
      /* Translators: notes cited, all in a run, as in "[notes 1 to 7]" */
      return g_strdup_printf (_("[notes %d to %d]"), first, last);
  }
  for (int n = 1; n < 32; n++)
    if (cites & (1u << n))
      g_ptr_array_add (parts, g_strdup_printf ("%d", n));
  list = g_strdup (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      char *next;

      if (i + 1 < parts->len)
        /* Translators: the separator of a list of note numbers, as in "1, 5, 6 and 7" */
        next = g_strdup_printf (_("%s, %s"), list, (char *) g_ptr_array_index (parts, i));
      else
        /* Translators: the last two of a list of note numbers, as in "1, 5, 6 and 7" */
        next = g_strdup_printf (_("%s and %s"), list, (char *) g_ptr_array_index (parts, i));
      g_free (list);
      list = next;
    }
  /* Translators: a table cites several notes of the Notes sheet: %s is "1 to 7" or "3, 6
   * and 7", as in "[notes 3, 6 and 7]" */
  return g_strdup_printf (_("[notes %s]"), list);
}

/* Numbers every table in pack order, "Table 1" on: a table of chart data takes the
 * number of the table before it and a letter ("Table 2a"), the cover's tables letters
 * ("Table A"); the notes the title cites follow it. Nothing of this is in a translated
 * string, so the Welsh pack numbers as the English does. */
static void
number_tables (BpPack *pack)
{
  guint number = 0, letter = 0, sub = 0;

  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      for (guint k = 0; k < s->tables->len; k++)
        {
          BpPackTable *t = g_ptr_array_index (s->tables, k);
          g_autofree char *id = NULL;
          g_autofree char *cites = _bp_pack_cite_text (t->cites);
          char *title;

          if (t->lettered)
            id = g_strdup_printf ("%c", 'A' + (int) letter++);
          else if (t->chart_data && number > 0)
            id = g_strdup_printf ("%u%c", number, 'a' + (int) sub++);
          else
            {
              id = g_strdup_printf ("%u", ++number);
              sub = 0;
            }
          if (cites[0])
            /* Translators: a table's title: its number, its title and the notes it cites,
             * as in "Table 2: First time entrants by rolling 12 months [notes 1, 5, 6
             * and 7]" */
            title = g_strdup_printf (_("Table %s: %s %s"), id, t->title, cites);
          else
            /* Translators: a table's title: its number and its title, as in "Table 8:
             * Imports into the database, oldest first" */
            title = g_strdup_printf (_("Table %s: %s"), id, t->title);
          g_free (t->title);
          t->title = title;
          g_free (t->label);
          /* Translators: a table's number, as in "Table 8"; the PDF says where a table
           * is with it ("Table 8, page 40") */
          t->label = g_strdup_printf (_("Table %s"), id);
        }
    }
}

/* One line per indicator with a sheet, by the key of its module; the sheets follow the
 * registry's order. */
static const struct
{
  const char      *key;
  BpPackSheetFunc  build;
} indicator_sheets[] = {
  { "fte", _bp_pack_build_rate_sheet },
  { "custody", _bp_pack_build_rate_sheet },
  { "reoffending", _bp_pack_build_reoffending },
  { "disparity", _bp_pack_build_disparity },
  { "diversion", _bp_pack_build_diversion },
  { "remand", _bp_pack_build_remand },
  { "disposals", _bp_pack_build_disposals },
  { "offences", _bp_pack_build_offences },
  { "delays", _bp_pack_build_delays },
  { "cohort", _bp_pack_build_cohort },
  { "kpis", _bp_pack_build_kpis },
  { "plan", _bp_pack_build_plan },
};

/* The manager's commentary on @key for the period, under the sheet's title, marked as
 * the service's own (cli.md, "Commentary"); partner packs include it. The KPIs sheet
 * also carries each KPI's. */
static void
add_commentary (BpPackBuilder *b,
                BpPackSheet   *s,
                const char    *key)
{
  const char *text;

  if (b->commentary == NULL)
    return;
  text = g_hash_table_lookup (b->commentary, key);
  if (text != NULL)
    {
      s->commentary_line = (int) s->lines->len;
      /* Translators: a line under a sheet's title: the manager's own words, as in "The
       * service's commentary: First time entrants rose ..." */
      _bp_pack_sheet_line (s, _("The service's commentary: %s"), text);
    }
  if (g_strcmp0 (key, "kpis") != 0)
    return;
  for (int k = 0; k < BP_N_KPIS; k++)
    {
      text = g_hash_table_lookup (b->commentary, bp_kpi_key (k));
      if (text != NULL)
        /* Translators: a line of the KPIs sheet: a KPI's title and the manager's words */
        _bp_pack_sheet_line (s, _("The service's commentary on %s: %s"), _(bp_kpi_title (k)),
                             text);
    }
}

static void
build_indicator_sheets (BpPackBuilder *b)
{
  const BpIndicator *const *list;
  guint n;

  list = bp_indicators_list (&n);
  for (guint i = 0; i < n; i++)
    {
      gconstpointer value = bp_report_value (b->report, list[i]);

      if (value == NULL)
        {
          /* Translators: on the Summary sheet, when an indicator cannot be computed: its
           * name and why, as in "Remands: not calculated. No outcomes are imported." */
          _bp_pack_sheet_line (g_ptr_array_index (b->pack->sheets, 1),
                               _("%s: not calculated. %s"), _(list[i]->title),
                               bp_report_indicator_note (b->report, list[i]));
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (indicator_sheets); k++)
        if (g_strcmp0 (indicator_sheets[k].key, list[i]->key) == 0)
          {
            guint before = b->pack->sheets->len;

            indicator_sheets[k].build (b, value);
            if (b->pack->sheets->len > before)
              add_commentary (b, g_ptr_array_index (b->pack->sheets, before), list[i]->key);
          }
    }
}

BpPack *
bp_pack_new (const BpReport  *report,
             BpStore         *store,
             BpProfile        profile,
             GError         **error)
{
  g_autoptr(BpPack) pack = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *end = NULL;
  BpPackBuilder b = { 0 };
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
  _bp_pack_add_standard_notes (&b);

  cover = _bp_pack_sheet_new (pack,
                              /* Translators: a worksheet name: at most 31 characters, none
                               * of [ ] : * ? / \ and not starting or ending with an
                               * apostrophe; no two sheet names may be the same */
                              _("Cover"), pack->title, NULL);
  if (store != NULL)
    b.commentary = bp_commentary_for_period (store, report->period.end);
  _bp_pack_build_summary (&b);
  if (b.commentary != NULL)
    add_commentary (&b, g_ptr_array_index (b.pack->sheets, 1), BP_COMMENTARY_SUMMARY);
  build_indicator_sheets (&b);
  if (!_bp_pack_build_quality (&b, error))
    goto failed;
  if (profile == BP_PROFILE_PARTNER)
    _bp_pack_add_suppression_note (&b);
  else if (!_bp_pack_build_partner_suppression (&b, error))
    goto failed;
  _bp_pack_build_notes (&b);
  _bp_pack_build_cover (&b, cover);
  number_tables (pack);

  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      if (!_bp_export_sheet_name_valid (s->name, error))
        goto failed;
      if (s->chart)
        s->chart_alt = _bp_export_text (bp_chart_get_summary (s->chart));
      for (guint k = 0; k < s->tables->len; k++)
        {
          BpPackTable *t = g_ptr_array_index (s->tables, k);

          if (t->chart)
            t->chart_alt = _bp_export_text (bp_chart_get_summary (t->chart));
        }
    }
  bp_report_hidden_clear (&b.hidden);
  g_clear_pointer (&b.commentary, g_hash_table_unref);
  return g_steal_pointer (&pack);

failed:
  bp_report_hidden_clear (&b.hidden);
  g_clear_pointer (&b.commentary, g_hash_table_unref);
  return NULL;
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
  g_free (pack->rag_rule);
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
    case BP_PACK_FORMAT_MONEY:
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
      if (cell->format == BP_PACK_FORMAT_MONEY)
        {
          g_autofree char *text = bp_format_number (fabs (cell->number), 2);

          return g_strdup_printf ("%s\u00a3%s", cell->number < 0 ? "-" : "", text);
        }
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
    case BP_PACK_HIGHLIGHT_AREA:
      /* The words of the area's own row in a comparator table. */
      return bp_comparison_row_kind (&(const BpBenchmark) { .own = TRUE });
    case BP_PACK_HIGHLIGHT_NONE:
    default:
      return NULL;
    }
}

/* bp-pack-summary.c: the Summary sheet: the headline indicators and their reading
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"

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
  BpPackCell *row = _bp_pack_add_row (t);

  _bp_pack_set_text (&row[0], s->indicator);
  _bp_pack_set_text (&row[1], s->measure);
  _bp_pack_set_text (&row[2], s->period);
  _bp_pack_set_value (&row[3], s->now, s->now_symbol);
  row[3].format = s->format;
  _bp_pack_set_value (&row[4], s->before, s->before_symbol);
  row[4].format = s->format;
  _bp_pack_set_value (&row[5], s->change, s->change_symbol);
  row[5].format = s->change_format;
  _bp_pack_set_text (&row[6], s->change_as);
  if (s->indicator_code)
    {
      _bp_pack_set_published (&row[7], bp_benchmark_find (s->benchmarks, s->indicator_code,
                                                           "FAMILY"));
      _bp_pack_set_published (&row[8], bp_benchmark_find (s->benchmarks, s->indicator_code,
                                                           "REGION"));
      _bp_pack_set_published (&row[9], bp_benchmark_find (s->benchmarks, s->indicator_code,
                                                           "NATIONAL"));
    }
  else
    for (int c = 7; c <= 9; c++)
      _bp_pack_set_symbol (&row[c], BP_SYMBOL_NOT_APPLICABLE);
  _bp_pack_set_text (&row[10], s->reading);
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
rate_reading (BpPackBuilder               *b,
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
  {
    BpComparison c;
    g_autofree char *words = NULL;
    gboolean said = FALSE;

    /* The comparators in words, better or worse, else as a list. */
    bp_rate_comparison (ind, &c);
    words = _bp_pack_comparison_reading (&c, b->profile, ind->current.rate, "", !hidden_now,
                                         &said);
    bp_comparison_clear (&c);
    return with_comparators (said ? reading : with_comparators (reading, comparators), words);
  }
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

void
_bp_pack_build_summary (BpPackBuilder *b)
{
  const char *binary_q = bp_reoffending_code (BP_REOFF_BINARY, FALSE);
  const char *binary_y = bp_reoffending_code (BP_REOFF_BINARY, TRUE);
  const char *freq_q = bp_reoffending_code (BP_REOFF_FREQUENCY, FALSE);
  const char *freq_y = bp_reoffending_code (BP_REOFF_FREQUENCY, TRUE);
  const BpReport *r = b->report;
  const BpReportHidden *h = &b->hidden;
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
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name: at most 31 characters, none of [ ] :
                           * * ? / \ and not starting or ending with an apostrophe */
                          _("Summary"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Headline indicators: this period, the one before, the change, the "
                            "comparators as published and a short reading"));
  _bp_pack_sheet_contents_line (s, _("This worksheet contains one table: each headline indicator "
                                     "for this period and the one before, with the comparators as "
                                     "published and a reading."));
  if (b->profile == BP_PROFILE_PARTNER)
    /* Translators: "the Notes sheet" is the worksheet named "Notes"; keep the symbols
     * [x] [z] [c] [u] as they are */
    _bp_pack_sheet_line (s, "%s", _("Notes are on the Notes sheet; [x] not available, [z] not "
                                    "applicable, [c] suppressed, [u] low reliability."));
  else
    /* Translators: "the Notes sheet" is the worksheet named "Notes"; keep the symbols
     * [x] [z] [u] as they are */
    _bp_pack_sheet_line (s, "%s", _("Notes are on the Notes sheet; [x] not available, [z] not "
                                    "applicable, [u] low reliability (beside a percentage of fewer "
                                    "than 10 children)."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Headline_indicators", _("Headline indicators"), 11);
  _bp_pack_table_cite (t, NOTE_FTE, NOTE_CUSTODY, NOTE_REOFFENDING, NOTE_DISPARITY,
                       NOTE_POPULATION, NOTE_COMPARATORS, NOTE_ROUNDING, -1);
  _bp_pack_column (t, 0, _("Indicator"), BP_PACK_FORMAT_WRAP, 24);
  _bp_pack_column (t, 1, _("Measure"), BP_PACK_FORMAT_WRAP, 22);
  _bp_pack_column (t, 2, _("Period"), BP_PACK_FORMAT_WRAP, 16);
  _bp_pack_column (t, 3, _("This period"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 4, _("Previous period"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 5, _("Change"), BP_PACK_FORMAT_SIGNED1, 9);
  _bp_pack_column (t, 6, _("Change measured as"), BP_PACK_FORMAT_WRAP, 13);
  _bp_pack_column (t, 7, _("YJS family (as published)"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 8, _("Region (as published)"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 9, _("England and Wales (as published)"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 10, _("Reading"), BP_PACK_FORMAT_WRAP, 60);

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

  count_change = _bp_pack_pct_change ((double) r->fte.current.count,
                                      (double) r->fte.previous.count);
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

  count_change = _bp_pack_pct_change ((double) r->custody.current.count,
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
  q_label = _bp_pack_cohort_label (&ro->quarter.cohort);
  {
    const BpReoffendingCohort *c = &ro->series[q_now], *c0 = &ro->series[q_before];
    g_autofree char *rate = bp_format_number (c->binary_rate, 1);
    g_autofree char *comparators = comparators_sentence (ro->quarter.benchmarks,
                                                         binary_q, TRUE);
    const char *rate_symbol, *rate0_symbol;

    rate_symbol = h->reoffending[q_now] ? BP_SYMBOL_CONFIDENTIAL
                  : _bp_pack_pct_symbol (b->profile, c->cohort_size);
    rate0_symbol = h->reoffending[q_before] ? BP_SYMBOL_CONFIDENTIAL
                   : _bp_pack_pct_symbol (b->profile, c0->cohort_size);
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
      ro->quarter.benchmarks, binary_q, reading });
    _bp_pack_mark_low_base_row (b, t, c->cohort_size, c0->cohort_size);
    g_clear_pointer (&reading, g_free);

    sym = h->reoffending[q_now] ? BP_SYMBOL_CONFIDENTIAL : NULL;
    if (sym)
      /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
      reading = g_strdup (_("Not shown [c]."));
    else
      {
        g_autofree char *freq = bp_format_number (c->frequency, 2);
        g_autofree char *freq_comparators = comparators_sentence (ro->quarter.benchmarks,
                                                                  freq_q, FALSE);

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
      BP_PACK_FORMAT_SIGNED2, difference_as, ro->quarter.benchmarks, freq_q, reading });
    g_clear_pointer (&reading, g_free);
  }

  /* 12-month cohort against the 12-month cohort a year before */
  y_label = _bp_pack_cohort_label (&ro->year.cohort);
  {
    const YearCohort *y0 = &b->previous_year;
    g_autofree char *rate = bp_format_number (ro->year.binary_rate, 1);
    g_autofree char *comparators = comparators_sentence (ro->year.benchmarks, binary_y,
                                                         TRUE);
    const char *rate_symbol, *rate0_symbol;

    rate_symbol = h->year_reoffending[1] ? BP_SYMBOL_CONFIDENTIAL
                  : _bp_pack_pct_symbol (b->profile, ro->year.cohort_size);
    rate0_symbol = h->year_reoffending[0] ? BP_SYMBOL_CONFIDENTIAL
                   : _bp_pack_pct_symbol (b->profile, y0->size);
    if (rate_symbol)
      /* Translators: %s is a symbol, [c] or [u]: "Not shown [c]." */
      reading = with_comparators (g_strdup_printf (_("Not shown %s."), rate_symbol),
                                  comparators);
    else if (!isfinite (ro->year.binary_rate))
      reading = g_strdup (_("No children in the cohort."));
    else
      {
        BpComparison c;
        g_autofree char *words = NULL;
        gboolean said = FALSE;

        bp_reoffending_comparison (&ro->year, TRUE, &c);
        words = _bp_pack_comparison_reading (&c, b->profile, ro->year.binary_rate, "%", TRUE,
                                             &said);
        bp_comparison_clear (&c);
        reading = with_comparators (cohort_reading (rate, ro->year.cohort_size, y_label,
                                                    ro->year.follow_up_complete,
                                                    said ? NULL : comparators),
                                    words);
      }
    summary_row (t, &(SummaryRow) {
      _("Proven reoffending, 12-month cohort"), pct_reoffended, y_label,
      ro->year.binary_rate, y0->binary_rate, rate_symbol, rate0_symbol, BP_PACK_FORMAT_DEC1,
      isfinite (ro->year.binary_rate) && isfinite (y0->binary_rate)
      ? ro->year.binary_rate - y0->binary_rate : NAN,
      rate_symbol ? rate_symbol : rate0_symbol, BP_PACK_FORMAT_SIGNED1, pp_change_as,
      ro->year.benchmarks, binary_y, reading });
    _bp_pack_mark_low_base_row (b, t, ro->year.cohort_size, y0->size);
    g_clear_pointer (&reading, g_free);

    sym = h->year_reoffending[1] ? BP_SYMBOL_CONFIDENTIAL : NULL;
    if (sym)
      /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
      reading = g_strdup (_("Not shown [c]."));
    else
      {
        g_autofree char *freq = bp_format_number (ro->year.frequency, 2);
        g_autofree char *freq_comparators = comparators_sentence (ro->year.benchmarks,
                                                                  freq_y, FALSE);

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
      BP_PACK_FORMAT_SIGNED2, difference_as, ro->year.benchmarks, freq_y, reading });
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

  /* Each row judged, in the order of the table above. */
  {
    const BpReoffendingCohort *c = &ro->series[q_now];
    const BpPackJudged judged[] = {
      { 0, BP_BETTER_LOWER, BP_PACK_CHANGE_PCT, "", r->fte.current.benchmarks, r->fte.code,
        TRUE, r->fte.current.count, r->fte.previous.count, FALSE, NULL },
      { 1, BP_BETTER_LOWER, BP_PACK_CHANGE_PCT, "", NULL, NULL,
        TRUE, r->fte.current.count, r->fte.previous.count, FALSE, NULL },
      { 2, BP_BETTER_LOWER, BP_PACK_CHANGE_PCT, "", r->custody.current.benchmarks,
        r->custody.code, TRUE, r->custody.current.count, r->custody.previous.count, FALSE,
        NULL },
      { 3, BP_BETTER_LOWER, BP_PACK_CHANGE_PCT, "", NULL, NULL,
        TRUE, r->custody.current.count, r->custody.previous.count, FALSE, NULL },
      { 4, BP_BETTER_LOWER, BP_PACK_CHANGE_POINTS, "%", ro->quarter.benchmarks, binary_q,
        FALSE, c->cohort_size, 0, FALSE, NULL },
      { 5, BP_BETTER_LOWER, BP_PACK_CHANGE_DIFFERENCE, "", ro->quarter.benchmarks, freq_q,
        FALSE, 0, 0, FALSE, NULL },
      { 6, BP_BETTER_LOWER, BP_PACK_CHANGE_POINTS, "%", ro->year.benchmarks, binary_y,
        FALSE, 0, 0, FALSE, NULL },
      { 7, BP_BETTER_LOWER, BP_PACK_CHANGE_DIFFERENCE, "", ro->year.benchmarks, freq_y,
        FALSE, 0, 0, FALSE, NULL },
      { 8, BP_BETTER_NEITHER, BP_PACK_CHANGE_DIFFERENCE, "", NULL, NULL, FALSE, 0, 0, TRUE,
        d->rows[BP_DISPARITY_MINORITIES].significance },
    };

    _bp_pack_add_judgements (b, s, t, judged, G_N_ELEMENTS (judged));
  }
}

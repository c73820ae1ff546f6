/* bp-rate.c: what first time entrants and use of custody share (domain.md sections 4-5)
 *
 * Both are counts of events (bp-fte.c, bp-custody.c) over rolling 12 months, as a rate
 * of the 10-17 population, with the series of 12 quarter ends, the year before and the
 * breakdowns by sex, age and ethnic group.
 */

#include "config.h"

#include <string.h>

#include "bp-indicator-private.h"

static gint64
count_events (GArray         *events,
              const BpPeriod *period)
{
  gint64 n = 0;

  for (guint i = 0; i < events->len; i++)
    if (_bp_in_period (g_array_index (events, BpRateEvent, i).day, period))
      n++;
  return n;
}

static void
rate_value (BpRateValue     *v,
            BpPopulation    *population,
            GArray          *events,
            const BpPeriod  *period,
            double           per)
{
  BpPopulationTotal total;

  v->period = *period;
  v->count = count_events (events, period);
  v->population = -1;
  v->rate = NAN;
  if (population != NULL &&
      bp_population_total (population, bp_day_year (period->end), &BP_POPULATION_ALL, &total) &&
      total.count > 0)
    {
      v->population = total.count;
      v->population_year = total.year;
      v->population_source = total.source;
      v->population_other_source = total.other_source;
      v->population_other = total.other_count;
      v->rate = (double) v->count / (double) total.count * per;
    }
}

static void
breakdowns (BpRateIndicator *ind,
            BpPopulation    *population,
            GArray          *events)
{
  /* Shown to people, translated where shown; the CSV report keeps the English. */
  static const char *sex_labels[BP_N_SEXES] = {
    /* Translators: the sex of a child, in tables and charts */
    N_("Male"),
    /* Translators: the sex of a child, in tables and charts */
    N_("Female"),
    /* Translators: the sex of a child when it is not recorded */
    N_("Unknown"),
  };
  const BpPeriod *p = &ind->current.period;
  int year = bp_day_year (p->end);

  for (int s = 0; s < BP_N_SEXES; s++)
    {
      ind->by_sex[s] = (BpBreakdown) { sex_labels[s], 0, -1, NAN };
    }
  ind->by_age[0] = (BpBreakdown) { "10-14", 0, -1, NAN };
  ind->by_age[1] = (BpBreakdown) { "15-17", 0, -1, NAN };
  for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
    ind->by_ethnicity[g] = (BpBreakdown) { bp_ethnic_group_name (g), 0, -1, NAN };

  for (guint i = 0; i < events->len; i++)
    {
      const BpRateEvent *e = &g_array_index (events, BpRateEvent, i);

      if (!_bp_in_period (e->day, p))
        continue;
      ind->by_sex[e->sex].count++;
      ind->by_age[e->age <= 14 ? 0 : 1].count++;
      ind->by_ethnicity[e->ethnic_group].count++;
    }

  if (population == NULL)
    return;
  for (int s = 0; s < 2; s++)
    {
      BpPopulationFilter f = { 10, 17, s == BP_SEX_MALE ? 'M' : 'F', -1 };
      BpPopulationTotal t;

      if (bp_population_total (population, year, &f, &t) && t.count > 0)
        {
          ind->by_sex[s].population = t.count;
          ind->by_sex[s].rate = (double) ind->by_sex[s].count / (double) t.count * ind->per;
        }
    }
  for (int a = 0; a < 2; a++)
    {
      BpPopulationFilter f = { a == 0 ? 10 : 15, a == 0 ? 14 : 17, 0, -1 };
      BpPopulationTotal t;

      if (bp_population_total (population, year, &f, &t) && t.count > 0)
        {
          ind->by_age[a].population = t.count;
          ind->by_age[a].rate = (double) ind->by_age[a].count / (double) t.count * ind->per;
        }
    }
  for (int g = 0; g < BP_ETHNIC_UNKNOWN; g++)
    {
      BpPopulationFilter f = { 10, 17, 0, g };
      BpPopulationTotal t;

      if (bp_population_total (population, year, &f, &t) && t.count > 0)
        {
          ind->by_ethnicity[g].population = t.count;
          ind->by_ethnicity[g].rate = (double) ind->by_ethnicity[g].count / (double) t.count *
                                      ind->per;
        }
    }
}

/* Fills @ind from @events (consumed) for the 12 months to @input's period end, with the
 * comparators published under @codes. */
void
_bp_rate_compute (BpRateIndicator        *ind,
                  BpRateKind              kind,
                  GArray                 *events,
                  const BpIndicatorInput *input,
                  const char *const      *codes)
{
  BpPopulation *population = input->population;
  BpStore *store = input->store;
  BpDay period_end = input->period_end;
  BpPeriod previous = bp_rolling_year (bp_quarter_end_add (period_end, -4));

  ind->kind = kind;
  ind->code = codes[0];
  ind->per = kind == BP_RATE_FTE ? 100000.0 : 1000.0;

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      BpPeriod p = bp_rolling_year (bp_quarter_end_add (period_end, q - (BP_SERIES_QUARTERS - 1)));

      rate_value (&ind->series[q], population, events, &p, ind->per);
      ind->series[q].benchmarks = _bp_find_benchmarks (store, codes, -1, &p);
    }
  ind->current = ind->series[BP_SERIES_QUARTERS - 1];
  ind->current.benchmarks = _bp_find_benchmarks (store, codes, -1, &ind->current.period);
  rate_value (&ind->previous, population, events, &previous, ind->per);
  ind->previous.benchmarks = _bp_find_benchmarks (store, codes, -1, &previous);

  ind->change_pct = NAN;
  if (isfinite (ind->current.rate) && isfinite (ind->previous.rate) && ind->previous.rate > 0)
    ind->change_pct = (ind->current.rate - ind->previous.rate) / ind->previous.rate * 100.0;

  if (ind->current.population < 0)
    /* Translators: a note under a rate: %d is a year, e.g. "No 10-17 population is held
     * for 2024 or any earlier year, so the rate cannot be calculated; import population
     * figures." (10-17: children aged 10 to 17) */
    ind->note = g_strdup_printf (_("No 10-17 population is held for %d or any earlier year, "
                                   "so the rate cannot be calculated; import population "
                                   "figures."), bp_day_year (period_end));
  else if (ind->current.population_other_source != NULL)
    {
      g_autofree char *used = bp_format_count (ind->current.population);
      g_autofree char *other = bp_format_count (ind->current.population_other);

      /* Translators: a note under a rate when two sources give a 10-17 population for the
       * same year: the year, then each source and its total, as in "Two 10-17 populations
       * are held for 2022: ONS mid-year estimate 2022 (26,092) is used, not Local estimate
       * (26,500): the ONS's own estimate comes first, then the first by name. Remove the
       * one that is wrong to use the other." */
      ind->note = g_strdup_printf (_("Two 10-17 populations are held for %d: %s (%s) is used, "
                                     "not %s (%s): the ONS's own estimate comes first, then "
                                     "the first by name. Remove the one that is wrong to use "
                                     "the other."),
                                   ind->current.population_year, ind->current.population_source,
                                   used, ind->current.population_other_source, other);
    }
  breakdowns (ind, population, events);
  g_array_unref (events);
}

void
_bp_rate_clear (BpRateIndicator *ind)
{
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    g_clear_pointer (&ind->series[q].benchmarks, g_ptr_array_unref);
  g_clear_pointer (&ind->current.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&ind->previous.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&ind->note, g_free);
}

/* --- output ------------------------------------------------------------------------- */

/* The rate's published comparators side by side; clear it with bp_comparison_clear(). */
void
bp_rate_comparison (const BpRateIndicator *ind,
                     BpComparison          *c)
{
  const BpIndicator *self = ind->kind == BP_RATE_FTE ? &bp_fte_indicator : &bp_custody_indicator;

  bp_comparison_init (c, ind->code, self->better, ind->current.benchmarks,
                      ind->previous.benchmarks);
}

static void
add_rate_value (JsonBuilder       *b,
                const BpRateValue *v,
                const char        *rate_key,
                gboolean           with_dates)
{
  if (with_dates)
    {
      bp_json_add_date (b, "start", v->period.start);
      bp_json_add_date (b, "end", v->period.end);
    }
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, v->count);
  bp_json_add_int_or_null (b, "population", v->population, v->population >= 0);
  bp_json_add_int_or_null (b, "population_year", v->population_year, v->population_year > 0);
  bp_json_add_double (b, rate_key, v->rate);
}

static void
add_breakdowns (JsonBuilder       *b,
                const char        *key,
                const BpBreakdown *rows,
                int                n,
                const char        *rate_key)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (int i = 0; i < n; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, rows[i].label);
      json_builder_set_member_name (b, "count");
      json_builder_add_int_value (b, rows[i].count);
      bp_json_add_int_or_null (b, "population", rows[i].population, rows[i].population >= 0);
      bp_json_add_double (b, rate_key, rows[i].rate);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
_bp_rate_to_json (const BpReport *report,
                  gconstpointer   value,
                  JsonBuilder    *b)
{
  const BpRateIndicator *ind = value;
  const char *rate_key = ind->kind == BP_RATE_FTE ? "rate_per_100k" : "rate_per_1000";

  add_rate_value (b, &ind->current, rate_key, FALSE);
  bp_json_add_string (b, "population_source", ind->current.population_source);
  bp_json_add_date (b, "start", ind->current.period.start);
  bp_json_add_date (b, "end", ind->current.period.end);

  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  add_rate_value (b, &ind->previous, rate_key, TRUE);
  json_builder_end_object (b);
  bp_json_add_double (b, "change_pct", ind->change_pct);

  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      json_builder_begin_object (b);
      bp_json_add_date (b, "end", ind->series[q].period.end);
      add_rate_value (b, &ind->series[q], rate_key, FALSE);
      _bp_json_benchmarks (b, ind->series[q].benchmarks);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  _bp_json_benchmarks (b, ind->current.benchmarks);
  {
    BpComparison c;

    bp_rate_comparison (ind, &c);
    _bp_json_comparison (b, &c, ind->current.rate);
    bp_comparison_clear (&c);
  }

  json_builder_set_member_name (b, "breakdowns");
  json_builder_begin_object (b);
  add_breakdowns (b, "sex", ind->by_sex, BP_N_SEXES, rate_key);
  add_breakdowns (b, "age", ind->by_age, 2, rate_key);
  add_breakdowns (b, "ethnicity", ind->by_ethnicity, BP_N_ETHNIC_GROUPS, rate_key);
  json_builder_end_object (b);
  bp_json_add_string (b, "note", ind->note);
}

/* The change clause of a rate's sentence, after its count and rate. */
static char *
change_phrase (const BpRateIndicator *ind)
{
  double change_pct = ind->change_pct;
  g_autofree char *n = NULL;

  if (isfinite (change_pct) &&
      bp_change_too_small (ind->previous.count, ind->current.count))
    {
      g_autofree char *counts = bp_count_change_text (ind->previous.count, ind->current.count);

      /* Translators: %s is a change in counts, as in "up from 2 to 3"; ends "Use of
       * custody: 3 (0.11 per 1,000 10-17 year olds), up from 2 to 3 on the previous year" */
      return g_strdup_printf (_("%s on the previous year"), counts);
    }
  if (!isfinite (change_pct))
    /* Translators: ends "First time entrants: 60 (177 per 100,000 10-17 year olds), no
     * comparison with the previous year" */
    return g_strdup (_("no comparison with the previous year"));
  n = bp_format_number (fabs (change_pct), 1);
  if (bp_round_half_away (change_pct, 1) == 0)
    /* Translators: ends "First time entrants: 60 (177 per 100,000 10-17 year olds),
     * unchanged on the previous year" */
    return g_strdup (_("unchanged on the previous year"));
  if (change_pct > 0)
    /* Translators: %s is a percentage without its sign; ends "First time entrants: 60 (177
     * per 100,000 10-17 year olds), up 24.0% on the previous year" */
    return g_strdup_printf (_("up %s%% on the previous year"), n);
  /* Translators: %s is a percentage without its sign; ends "First time entrants: 60 (177
   * per 100,000 10-17 year olds), down 24.0% on the previous year" */
  return g_strdup_printf (_("down %s%% on the previous year"), n);
}

void
_bp_rate_to_text (const BpReport *report,
                  gconstpointer   value,
                  GString        *out)
{
  const BpRateIndicator *ind = value;
  const BpRateValue *v = &ind->current;
  g_autofree char *count = bp_format_count (v->count);
  g_autofree char *change = change_phrase (ind);
  gboolean fte = ind->kind == BP_RATE_FTE;
  const char *indicator = ind->code;

  if (isfinite (v->rate))
    {
      g_autofree char *rate = bp_format_number (v->rate, fte ? 0 : 2);

      if (fte)
        /* Translators: the first time entrants of the 12 months: the count, the rate and
         * how it changed, as in "First time entrants: 60 (177 per 100,000 10-17 year
         * olds), down 24.0% on the previous year"; the published comparators may follow */
        g_string_append_printf (out, _("First time entrants: %s (%s per 100,000 10-17 year "
                                       "olds), %s"), count, rate, change);
      else
        /* Translators: the custodial sentences of the 12 months: the count, the rate and
         * how it changed, as in "Use of custody: 6 (0.18 per 1,000 10-17 year olds), up
         * 50.0% on the previous year"; the published comparators may follow */
        g_string_append_printf (out, _("Use of custody: %s (%s per 1,000 10-17 year olds), %s"),
                                count, rate, change);
    }
  else if (fte)
    /* Translators: %s is the number of first time entrants, "First time entrants: 60 (no
     * rate: no population held)" */
    g_string_append_printf (out, _("First time entrants: %s (no rate: no population held)"),
                            count);
  else
    /* Translators: %s is the number of custodial sentences, "Use of custody: 6 (no rate:
     * no population held)" */
    g_string_append_printf (out, _("Use of custody: %s (no rate: no population held)"), count);
  _bp_text_comparators (out, v->benchmarks, indicator);
  {
    BpComparison c;

    bp_rate_comparison (ind, &c);
    _bp_text_own_figure (out, &c);
    g_string_append (out, ".\n");
    _bp_text_comparison (out, &c, v->rate, "");
    bp_comparison_clear (&c);
  }
  if (ind->note)
    {
      g_string_append (out, "  ");
      /* Translators: a note below a figure of the text report; %s is the note */
      g_string_append_printf (out, _("Note: %s"), ind->note);
      g_string_append_c (out, '\n');
    }
}

void
_bp_rate_to_csv (const BpReport *report,
                 gconstpointer   value,
                 GString        *out)
{
  const BpRateIndicator *ind = value;
  const char *name = ind->kind == BP_RATE_FTE ? "fte" : "custody";
  const char *rate = ind->kind == BP_RATE_FTE ? "rate_per_100k" : "rate_per_1000";

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];

      bp_indicator_csv_row (out, name, "count", "all", v->period.start, v->period.end, (double) v->count);
      bp_indicator_csv_row (out, name, "population", "all", v->period.start, v->period.end,
               v->population >= 0 ? (double) v->population : NAN);
      bp_indicator_csv_row (out, name, rate, "all", v->period.start, v->period.end, v->rate);
    }
  bp_indicator_csv_row (out, name, "change_pct", "all", ind->current.period.start, ind->current.period.end,
           ind->change_pct);
  for (int i = 0; i < BP_N_SEXES; i++)
    bp_indicator_csv_row (out, name, "count", ind->by_sex[i].label, ind->current.period.start,
             ind->current.period.end, (double) ind->by_sex[i].count);
  for (int i = 0; i < 2; i++)
    bp_indicator_csv_row (out, name, "count", ind->by_age[i].label, ind->current.period.start,
             ind->current.period.end, (double) ind->by_age[i].count);
  for (int i = 0; i < BP_N_ETHNIC_GROUPS; i++)
    bp_indicator_csv_row (out, name, "count", ind->by_ethnicity[i].label, ind->current.period.start,
             ind->current.period.end, (double) ind->by_ethnicity[i].count);
}

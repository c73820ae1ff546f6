/* bp-report-format.c: the report as JSON (cli.md), text and CSV
 *
 * JSON carries unrounded numbers and null for what cannot be computed; text and CSV
 * round half away from zero at the published precision (rates per 100,000: whole
 * numbers; per 1,000: 2 places; percentages: 1 place).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bp-csv-reader.h"
#include "bp-i18n.h"
#include "bp-report-format.h"

/* --- numbers ------------------------------------------------------------------------- */

/* --- JSON ---------------------------------------------------------------------------- */

static void
add_double (JsonBuilder *b,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (b, key);
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_int_or_null (JsonBuilder *b,
                 const char  *key,
                 gint64       value,
                 gboolean     present)
{
  json_builder_set_member_name (b, key);
  if (present)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_string_or_null (JsonBuilder *b,
                    const char  *key,
                    const char  *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_date (JsonBuilder *b,
          const char  *key,
          BpDay        day)
{
  char iso[BP_DAY_ISO_LEN];

  json_builder_set_member_name (b, key);
  if (day == BP_DAY_INVALID)
    {
      json_builder_add_null_value (b);
      return;
    }
  bp_day_format_iso (day, iso);
  json_builder_add_string_value (b, iso);
}

static void
add_benchmarks (JsonBuilder *b,
                GPtrArray   *benchmarks)
{
  json_builder_set_member_name (b, "benchmarks");
  json_builder_begin_array (b);
  for (guint i = 0; benchmarks && i < benchmarks->len; i++)
    {
      const BpBenchmark *bm = g_ptr_array_index (benchmarks, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "indicator");
      json_builder_add_string_value (b, bm->indicator);
      json_builder_set_member_name (b, "area_type");
      json_builder_add_string_value (b, bm->area_type);
      json_builder_set_member_name (b, "area_name");
      json_builder_add_string_value (b, bm->area_name);
      json_builder_set_member_name (b, "own");
      json_builder_add_boolean_value (b, bm->own);
      add_double (b, "value", bm->value);
      json_builder_set_member_name (b, "value_text");
      json_builder_add_string_value (b, bm->value_text);
      add_string_or_null (b, "numerator", bm->numerator);
      add_string_or_null (b, "denominator", bm->denominator);
      add_int_or_null (b, "rank", bm->rank, bm->rank > 0);
      add_int_or_null (b, "rank_of", bm->rank_of, bm->rank_of > 0);
      add_string_or_null (b, "source", bm->source);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_rate_value (JsonBuilder       *b,
                const BpRateValue *v,
                const char        *rate_key,
                gboolean           with_dates)
{
  if (with_dates)
    {
      add_date (b, "start", v->period.start);
      add_date (b, "end", v->period.end);
    }
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, v->count);
  add_int_or_null (b, "population", v->population, v->population >= 0);
  add_int_or_null (b, "population_year", v->population_year, v->population_year > 0);
  add_double (b, rate_key, v->rate);
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
      add_int_or_null (b, "population", rows[i].population, rows[i].population >= 0);
      add_double (b, rate_key, rows[i].rate);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_rate_indicator (JsonBuilder           *b,
                    const char            *key,
                    const BpRateIndicator *ind)
{
  const char *rate_key = ind->kind == BP_RATE_FTE ? "rate_per_100k" : "rate_per_1000";

  json_builder_set_member_name (b, key);
  json_builder_begin_object (b);
  add_rate_value (b, &ind->current, rate_key, FALSE);
  add_string_or_null (b, "population_source", ind->current.population_source);
  add_date (b, "start", ind->current.period.start);
  add_date (b, "end", ind->current.period.end);

  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  add_rate_value (b, &ind->previous, rate_key, TRUE);
  json_builder_end_object (b);
  add_double (b, "change_pct", ind->change_pct);

  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      json_builder_begin_object (b);
      add_date (b, "end", ind->series[q].period.end);
      add_rate_value (b, &ind->series[q], rate_key, FALSE);
      add_benchmarks (b, ind->series[q].benchmarks);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_benchmarks (b, ind->current.benchmarks);

  json_builder_set_member_name (b, "breakdowns");
  json_builder_begin_object (b);
  add_breakdowns (b, "sex", ind->by_sex, BP_N_SEXES, rate_key);
  add_breakdowns (b, "age", ind->by_age, 2, rate_key);
  add_breakdowns (b, "ethnicity", ind->by_ethnicity, BP_N_ETHNIC_GROUPS, rate_key);
  json_builder_end_object (b);
  add_string_or_null (b, "note", ind->note);
  json_builder_end_object (b);
}

static void
add_cohort (JsonBuilder               *b,
            const BpReoffendingCohort *c,
            gboolean                   with_benchmarks)
{
  add_date (b, "cohort_start", c->cohort.start);
  add_date (b, "cohort_end", c->cohort.end);
  json_builder_set_member_name (b, "cohort");
  json_builder_add_int_value (b, c->cohort_size);
  json_builder_set_member_name (b, "reoffenders");
  json_builder_add_int_value (b, c->reoffenders);
  json_builder_set_member_name (b, "reoffences");
  json_builder_add_int_value (b, c->reoffences);
  add_double (b, "binary_rate_pct", c->binary_rate);
  add_double (b, "frequency", c->frequency);
  add_double (b, "reoffences_per_reoffender", c->per_reoffender);
  json_builder_set_member_name (b, "follow_up_complete");
  json_builder_add_boolean_value (b, c->follow_up_complete);
  if (with_benchmarks)
    add_benchmarks (b, c->benchmarks);
}

static void
add_disparity (JsonBuilder       *b,
               const BpDisparity *d)
{
  json_builder_set_member_name (b, "disparity");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "stage");
  json_builder_add_string_value (b, bp_stage_name (d->stage));
  json_builder_set_member_name (b, "year");
  json_builder_begin_object (b);
  add_date (b, "start", d->year.start);
  add_date (b, "end", d->year.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "reference_group");
  json_builder_add_string_value (b, "White");
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, d->total);
  json_builder_set_member_name (b, "unknown_count");
  json_builder_add_int_value (b, d->unknown_count);
  json_builder_set_member_name (b, "known_total");
  json_builder_add_int_value (b, d->known_total);
  json_builder_set_member_name (b, "unknown_warning");
  json_builder_add_boolean_value (b, d->unknown_warning);
  add_string_or_null (b, "population_source", d->population_source);
  add_int_or_null (b, "population_year", d->population_year, d->population_year > 0);

  json_builder_set_member_name (b, "groups");
  json_builder_begin_array (b);
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    {
      const BpDisparityRow *r = &d->rows[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "group");
      json_builder_add_string_value (b, r->group);
      json_builder_set_member_name (b, "count");
      json_builder_add_int_value (b, r->count);
      add_int_or_null (b, "population", r->population, r->population >= 0);
      add_double (b, "rate_per_100k", r->rate);
      add_double (b, "share_pct", r->share);
      add_double (b, "population_share_pct", r->population_share);
      add_double (b, "pp_difference", r->pp_difference);
      add_double (b, "rri", r->rri);
      add_double (b, "rri_ci_low", r->ci_low);
      add_double (b, "rri_ci_high", r->ci_high);
      add_string_or_null (b, "significance", r->significance);
      json_builder_set_member_name (b, "previous_count");
      json_builder_add_int_value (b, r->previous_count);
      add_double (b, "change_pct", r->change_pct);
      add_double (b, "pp_change", r->pp_change);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  for (int k = 0; k < BP_DISPARITY_YEARS; k++)
    {
      const BpDisparityYear *s = &d->series[k];

      json_builder_begin_object (b);
      add_date (b, "start", s->year.start);
      add_date (b, "end", s->year.end);
      json_builder_set_member_name (b, "groups");
      json_builder_begin_array (b);
      for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "group");
          json_builder_add_string_value (b, d->rows[i].group);
          json_builder_set_member_name (b, "count");
          json_builder_add_int_value (b, s->count[i]);
          add_double (b, "rri", s->rri[i]);
          add_double (b, "rri_ci_low", s->ci_low[i]);
          add_double (b, "rri_ci_high", s->ci_high[i]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_string_or_null (b, "note", d->note);
  json_builder_end_object (b);
}

/**
 * bp_report_to_json:
 * The report in the form of cli.md. Returns: (transfer full)
 */
JsonNode *
bp_report_to_json (const BpReport *report)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const BpReoffending *ro = &report->reoffending;

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "area");
  if (report->area_set)
    json_builder_add_string_value (b, report->area);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  add_date (b, "start", report->period.start);
  add_date (b, "end", report->period.end);
  json_builder_end_object (b);
  add_date (b, "latest_outcome", report->latest_outcome);

  add_rate_indicator (b, "fte", &report->fte);
  add_rate_indicator (b, "custody", &report->custody);

  json_builder_set_member_name (b, "reoffending");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "quarter");
  json_builder_begin_object (b);
  add_cohort (b, &ro->quarter, TRUE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_begin_object (b);
  add_cohort (b, &ro->year, TRUE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      json_builder_begin_object (b);
      add_cohort (b, &ro->series[k], TRUE);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_string_or_null (b, "note", ro->note);
  json_builder_end_object (b);

  add_disparity (b, &report->disparity);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/**
 * bp_report_to_json_text:
 * The JSON report as text, pretty-printed. json-glib 1.6 (Debian 12) writes a double
 * with an exponent and no decimal point as "1e+17.0", which no JSON parser reads; each
 * such number (outside strings) is written "1.0e+17" instead, the same value.
 *
 * Returns: (transfer full)
 */
char *
bp_report_to_json_text (const BpReport *report)
{
  g_autoptr(JsonNode) root = bp_report_to_json (report);
  g_autofree char *text = json_to_string (root, TRUE);
  GString *out = g_string_sized_new (strlen (text) + 16);
  gboolean in_string = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (in_string)
        {
          g_string_append_c (out, *p);
          if (*p == '\\' && p[1])
            g_string_append_c (out, *++p);
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }
      if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p);
          continue;
        }
      if (g_ascii_isdigit (*p) || (*p == '-' && g_ascii_isdigit (p[1])))
        {
          /* A number token: digits, point, exponent, and the ".0" the generator adds. */
          const char *start = p, *e = NULL, *end;

          for (end = p; *end && (g_ascii_isdigit (*end) || strchr ("+-.eE", *end)); end++)
            if ((*end == 'e' || *end == 'E') && e == NULL)
              e = end;
          if (e != NULL && end - e >= 3 && end[-2] == '.' && end[-1] == '0' &&
              memchr (start, '.', (gsize) (e - start)) == NULL)
            {
              /* "1e+17.0" -> "1.0e+17" */
              g_string_append_len (out, start, e - start);
              g_string_append (out, ".0");
              g_string_append_len (out, e, (end - 2) - e);
            }
          else
            g_string_append_len (out, start, end - start);
          p = end - 1;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* --- text ------------------------------------------------------------------------------ */

/**
 * bp_count_change_text:
 * A change said in counts, for counts too small for a percentage (bp_change_too_small()):
 * "up from 2 to 3", "down from 5 to 3", "unchanged at 3". Returns: (transfer full)
 */
char *
bp_count_change_text (gint64 before,
                      gint64 now)
{
  g_autofree char *b = bp_format_count (before);
  g_autofree char *n = bp_format_count (now);

  if (now > before)
    /* Translators: a change too small for a percentage, in counts, as in "up from 2 to 3";
     * it follows a figure, as in "Use of custody: 3 (0.11 per 1,000 10-17 year olds), up
     * from 2 to 3 on the previous year" */
    return g_strdup_printf (_("up from %s to %s"), b, n);
  if (now < before)
    /* Translators: a change too small for a percentage, in counts, as in "down from 5 to
     * 3" */
    return g_strdup_printf (_("down from %s to %s"), b, n);
  /* Translators: no change, in counts, as in "unchanged at 3" */
  return g_strdup_printf (_("unchanged at %s"), n);
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

static void
append_comparators (GString    *out,
                    GPtrArray  *benchmarks,
                    const char *indicator)
{
  static const char *const types[] = { "FAMILY", "REGION", "NATIONAL" };

  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    {
      const BpBenchmark *b = bp_benchmark_find (benchmarks, indicator, types[k]);

      /* A published comparator as named in the data: "; YJS Family Average 160" */
      if (b)
        g_string_append_printf (out, "; %s %s", bp_area_display_name (b->area_name),
                                b->value_text);
    }
}

/* @text padded with spaces to @width characters, on the left (@right) or the right. */
static void
append_padded (GString    *out,
               const char *text,
               glong       width,
               gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);

  if (!right)
    g_string_append (out, text);
  for (glong i = length; i < width; i++)
    g_string_append_c (out, ' ');
  if (right)
    g_string_append (out, text);
}

static void
append_rate_text (GString               *out,
                  const BpRateIndicator *ind)
{
  const BpRateValue *v = &ind->current;
  g_autofree char *count = bp_format_count (v->count);
  g_autofree char *change = change_phrase (ind);
  gboolean fte = ind->kind == BP_RATE_FTE;
  const char *indicator = fte ? "FTE_RATE" : "CUSTODY_RATE";

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
  append_comparators (out, v->benchmarks, indicator);
  {
    const BpBenchmark *local = bp_benchmark_find (v->benchmarks, indicator, "YJS");

    if (local && local->rank > 0 && local->rank_of > 0)
      /* Translators: after the comparators of a rate: the service's own published figure
       * (its name as published, its value) and its rank among all services, as in
       * "; published Northdale 170, position 90 of 154" */
      g_string_append_printf (out, _("; published %s %s, position %d of %d"), local->area_name,
                              local->value_text, local->rank, local->rank_of);
  }
  g_string_append (out, ".\n");
  if (ind->note)
    {
      g_string_append (out, "  ");
      /* Translators: a note below a figure of the text report; %s is the note */
      g_string_append_printf (out, _("Note: %s"), ind->note);
      g_string_append_c (out, '\n');
    }
}

static void
append_cohort_text (GString                   *out,
                    const BpReoffendingCohort *c,
                    gboolean                   year)
{
  g_autofree char *start = bp_day_format_month_year (c->cohort.start);
  g_autofree char *end = bp_day_format_month_year (c->cohort.end);
  g_autofree char *reoffenders = bp_format_count (c->reoffenders);
  g_autofree char *cohort = bp_format_count (c->cohort_size);
  g_autofree char *reoffences = bp_format_count (c->reoffences);
  g_autofree char *binary = bp_format_number (c->binary_rate, 1);
  g_autofree char *freq = bp_format_number (c->frequency, 2);
  g_autofree char *per = bp_format_number (c->per_reoffender, 2);
  const BpBenchmark *national = bp_benchmark_find (c->benchmarks, year ? "REOFF_BINARY_Y"
                                                                       : "REOFF_BINARY_Q",
                                                   "NATIONAL");

  if (year)
    /* Translators: the 12-month reoffending cohort: its first and last months, the
     * children who reoffended, the cohort, the percentage, the reoffences, reoffences per
     * child and per reoffender, as in "Proven reoffending, 12-month cohort (Jul 2021 to
     * Jun 2022): 14 of 54 children reoffended (25.9%), 30 reoffences, 0.56 per child, 2.14
     * per reoffender" */
    g_string_append_printf (out, _("Proven reoffending, 12-month cohort (%s to %s): %s of %s "
                                   "children reoffended (%s%%), %s reoffences, %s per child, "
                                   "%s per reoffender"),
                            start, end, reoffenders, cohort, binary, reoffences, freq, per);
  else
    /* Translators: the 3-month reoffending cohort: its first and last months, the
     * children who reoffended, the cohort, the percentage, the reoffences, reoffences per
     * child and per reoffender, as in "Proven reoffending, 3-month cohort (Apr 2022 to Jun
     * 2022): 6 of 12 children reoffended (50.0%), 10 reoffences, 0.83 per child, 1.67 per
     * reoffender" */
    g_string_append_printf (out, _("Proven reoffending, 3-month cohort (%s to %s): %s of %s "
                                   "children reoffended (%s%%), %s reoffences, %s per child, "
                                   "%s per reoffender"),
                            start, end, reoffenders, cohort, binary, reoffences, freq, per);
  /* The national comparator as published: "; England and Wales 31.2%" */
  if (national)
    g_string_append_printf (out, "; %s %s%%", bp_area_display_name (national->area_name),
                            national->value_text);
  if (!c->follow_up_complete)
    {
      g_string_append_c (out, ' ');
      /* Translators: after a reoffending cohort's figures whose 18 months of follow-up
       * have not all passed */
      g_string_append (out, _("(follow-up not complete)"));
    }
  g_string_append (out, ".\n");
}

static void
append_disparity_title (GString           *out,
                        const BpDisparity *d)
{
  g_autofree char *fy = bp_financial_year_label (bp_day_year (d->year.start));
  g_autofree char *total = bp_format_count (d->total);
  g_autofree char *unknown = bp_format_count (d->unknown_count);

  switch (d->stage)
    {
    case BP_STAGE_FTE:
      /* Translators: the title of the disproportionality table: the financial year, the
       * children counted and those among them of unknown ethnicity, as in "Ethnic
       * disproportionality, 2023/24, children first time entrants: 47 (3 of unknown
       * ethnicity)" */
      g_string_append_printf (out, _("Ethnic disproportionality, %s, children first time "
                                     "entrants: %s (%s of unknown ethnicity)"),
                              fy, total, unknown);
      break;
    case BP_STAGE_CUSTODY:
      /* Translators: the title of the disproportionality table: the financial year, the
       * children counted and those among them of unknown ethnicity, as in "Ethnic
       * disproportionality, 2023/24, children sentenced to custody: 3 (0 of unknown
       * ethnicity)" */
      g_string_append_printf (out, _("Ethnic disproportionality, %s, children sentenced to "
                                     "custody: %s (%s of unknown ethnicity)"),
                              fy, total, unknown);
      break;
    case BP_STAGE_REMAND:
      /* Translators: the title of the disproportionality table: the financial year, the
       * children counted and those among them of unknown ethnicity, as in "Ethnic
       * disproportionality, 2023/24, children remanded: 5 (1 of unknown ethnicity)" */
      g_string_append_printf (out, _("Ethnic disproportionality, %s, children remanded: %s "
                                     "(%s of unknown ethnicity)"),
                              fy, total, unknown);
      break;
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
    case BP_N_STAGES:
    default:
      /* Translators: the title of the disproportionality table: the financial year, the
       * children counted and those among them of unknown ethnicity, as in "Ethnic
       * disproportionality, 2023/24, children cautioned or sentenced: 94 (5 of unknown
       * ethnicity)" */
      g_string_append_printf (out, _("Ethnic disproportionality, %s, children cautioned or "
                                     "sentenced: %s (%s of unknown ethnicity)"),
                              fy, total, unknown);
      break;
    }
  g_string_append_c (out, '\n');
}

static void
append_disparity_row (GString              *out,
                      const BpDisparityRow *r,
                      gboolean              reference,
                      glong                 group_width)
{
  g_autofree char *count = bp_format_count (r->count);
  g_autofree char *share = bp_format_number (r->share, 1);
  g_autofree char *pshare = bp_format_number (r->population_share, 1);
  g_autofree char *rri = bp_format_number (r->rri, 2);
  g_autofree char *lo = bp_format_number (r->ci_low, 2);
  g_autofree char *hi = bp_format_number (r->ci_high, 2);

  /* A table's row: the group, its count, its shares, its relative rate index. */
  g_string_append (out, "  ");
  append_padded (out, _(r->group), group_width, FALSE);
  g_string_append_c (out, ' ');
  append_padded (out, count, 5, TRUE);
  g_string_append (out, "  ");
  /* Translators: in a row of the disproportionality table, after the group and its
   * count: the group's share of the children counted and of the 10-17 population, as in
   * "  31.5% of children,   10.4% of population"; keep the widths (%6s) */
  g_string_append_printf (out, _("%6s%% of children, %6s%% of population"), share, pshare);
  g_string_append (out, "  ");
  if (reference)
    /* Translators: at the end of White children's row: the others are compared with them */
    g_string_append (out, _("(reference group)"));
  else if (isfinite (r->ci_low) && g_strcmp0 (r->significance, "higher") == 0)
    /* Translators: the relative rate index and its 95% confidence interval, as in "RRI 3.78
     * (95% CI 2.31 to 6.19), significantly higher" */
    g_string_append_printf (out, _("RRI %s (95%% CI %s to %s), significantly higher"), rri, lo,
                            hi);
  else if (isfinite (r->ci_low) && g_strcmp0 (r->significance, "lower") == 0)
    /* Translators: the relative rate index and its 95% confidence interval, as in "RRI 0.42
     * (95% CI 0.21 to 0.84), significantly lower" */
    g_string_append_printf (out, _("RRI %s (95%% CI %s to %s), significantly lower"), rri, lo,
                            hi);
  else if (isfinite (r->ci_low))
    /* Translators: the relative rate index and its 95% confidence interval, as in "RRI 1.10
     * (95% CI 0.80 to 1.52)" */
    g_string_append_printf (out, _("RRI %s (95%% CI %s to %s)"), rri, lo, hi);
  else
    /* Translators: a relative rate index without a confidence interval, "RRI 1.50", or
     * "RRI n/a" when it cannot be computed */
    g_string_append_printf (out, _("RRI %s"), rri);
  g_string_append_c (out, '\n');
}

/**
 * bp_report_to_text:
 * A board paper's figures, in sentences, with published rounding, in the current
 * language. Returns: (transfer full)
 */
/**
 * bp_outcomes_children_text:
 * "2 outcomes of 1 child": each number with its own plural. Returns: (transfer full)
 */
char *
bp_outcomes_children_text (gint64 outcomes,
                           gint64 children)
{
  g_autofree char *n = bp_format_count (outcomes);
  g_autofree char *c = bp_format_count (children);
  g_autofree char *o_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: a number of
                                                           * outcomes, as in "2 outcomes" */
                                                          "%s outcome", "%s outcomes",
                                                          (gulong) CLAMP (outcomes, 0,
                                                                          G_MAXLONG)), n);
  g_autofree char *c_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: a number of
                                                           * children, as in "1 child" */
                                                          "%s child", "%s children",
                                                          (gulong) CLAMP (children, 0,
                                                                          G_MAXLONG)), c);

  /* Translators: outcomes and the children they are of, as in "2 outcomes of 1 child" */
  return g_strdup_printf (_("%s of %s"), o_text, c_text);
}

/* What the data holds that the figures leave out, each with its count. */
static void
append_quality_text (GString             *out,
                     const BpDataQuality *q)
{
  gboolean any = FALSE;

  g_string_append_printf (out, "%s\n", _("Data quality:"));
  if (q->unrecognised_ethnicity->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < q->unrecognised_ethnicity->len; i++)
        {
          const BpUnrecognisedValue *v = g_ptr_array_index (q->unrecognised_ethnicity, i);
          g_autofree char *n = bp_format_count (v->outcomes);

          if (i > 0)
            g_string_append (list, ", ");
          g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: a value as imported and
                                                      * its rows, as in "“ZZ” (12 outcomes)" */
                                                     "“%s” (%s outcome)", "“%s” (%s outcomes)",
                                                     (gulong) CLAMP (v->outcomes, 0, G_MAXLONG)),
                                  v->value, n);
        }
      /* Translators: %s is a list of values as imported, as in "“ZZ” (12 outcomes)" */
      g_string_append_printf (out, _("  Ethnicity values not recognised, read as Unknown: %s.\n"),
                              list->str);
      any = TRUE;
    }
  if (q->outside_age_outcomes > 0)
    {
      g_autofree char *counts = bp_outcomes_children_text (q->outside_age_outcomes,
                                                           q->outside_age_children);

      /* Translators: %s is "2 outcomes of 2 children" */
      g_string_append_printf (out, _("  Not aged 10-17 on the outcome date, held and not "
                                     "counted: %s.\n"), counts);
      any = TRUE;
    }
  if (q->other_area_outcomes > 0)
    {
      g_autofree char *counts = bp_outcomes_children_text (q->other_area_outcomes,
                                                           q->other_area_children);

      /* Translators: %s is "2 outcomes of 1 child" */
      g_string_append_printf (out, _("  Children of other areas (local status Other), held "
                                     "and not counted: %s.\n"), counts);
      any = TRUE;
    }
  if (!q->any_population)
    {
      /* Translators: "boardpack import population FILE" is a command: keep it */
      g_string_append_printf (out, "  %s\n", _("No 10-17 population is held, so no rate "
                                                 "can be given: import one with boardpack "
                                                 "import population FILE."));
      any = TRUE;
    }
  if (!any)
    g_string_append_printf (out, "  %s\n", _("Every ethnicity value was recognised, and every "
                                               "outcome held is of a child of the area aged "
                                               "10-17."));
}

char *
bp_report_to_text (const BpReport *report)
{
  GString *out = g_string_new (NULL);
  g_autofree char *start = bp_day_format_month_year (report->period.start);
  g_autofree char *end = bp_day_format_month_year (report->period.end);
  const BpDisparity *d = &report->disparity;
  glong group_width;

  if (report->area[0])
    /* Translators: the report's first line: the area, then the period's last month, first
     * month and last month again, as in "Northdale: 12 months to Mar 2024 (Apr 2023 to Mar
     * 2024)" */
    g_string_append_printf (out, _("%s: 12 months to %s (%s to %s)"), report->area, end, start,
                            end);
  else
    /* Translators: the report's first line when no area is set for the database: the
     * period's last month, first month and last month again, as in "Area not set: 12
     * months to Mar 2024 (Apr 2023 to Mar 2024)" */
    g_string_append_printf (out, _("Area not set: 12 months to %s (%s to %s)"), end, start,
                            end);
  g_string_append (out, "\n\n");
  if (!report->area_set)
    {
      /* Translators: "boardpack area set NAME" is a command: keep it as it is */
      g_string_append (out, _("No area is set for this database, so no published figure is "
                              "taken as the area's own and every youth justice service in "
                              "the benchmarks is a neighbour; set it with boardpack area set "
                              "NAME."));
      g_string_append (out, "\n\n");
    }
  append_rate_text (out, &report->fte);
  append_rate_text (out, &report->custody);
  append_cohort_text (out, &report->reoffending.quarter, FALSE);
  append_cohort_text (out, &report->reoffending.year, TRUE);
  if (report->reoffending.note)
    {
      g_string_append (out, "  ");
      g_string_append_printf (out, _("Note: %s"), report->reoffending.note);
      g_string_append_c (out, '\n');
    }

  g_string_append_c (out, '\n');
  append_disparity_title (out, d);
  /* The groups' column is as wide as its longest name in this language, 24 at least. */
  group_width = 24;
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    group_width = MAX (group_width, g_utf8_strlen (_(d->rows[i].group), -1));
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    append_disparity_row (out, &d->rows[i], i == BP_ETHNIC_WHITE, group_width);
  if (d->note)
    {
      g_string_append (out, "  ");
      g_string_append_printf (out, _("Note: %s"), d->note);
      g_string_append_c (out, '\n');
    }
  if (report->quality)
    {
      g_string_append_c (out, '\n');
      append_quality_text (out, report->quality);
    }
  return g_string_free (out, FALSE);
}

/* --- CSV --------------------------------------------------------------------------- */

static void
csv_row (GString    *out,
         const char *indicator,
         const char *measure,
         const char *breakdown,
         BpDay       start,
         BpDay       end,
         double      value)
{
  char s[BP_DAY_ISO_LEN], e[BP_DAY_ISO_LEN];
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  bp_day_format_iso (start, s);
  bp_day_format_iso (end, e);
  bp_csv_write_field (out, indicator);
  g_string_append_c (out, ',');
  bp_csv_write_field (out, measure);
  g_string_append_c (out, ',');
  bp_csv_write_field (out, breakdown);
  g_string_append_printf (out, ",%s,%s,", s, e);
  if (isfinite (value))
    g_string_append (out, g_ascii_formatd (number, sizeof number, "%.10g", value));
  g_string_append (out, "\r\n");
}

static void
csv_rate (GString               *out,
          const char            *name,
          const BpRateIndicator *ind)
{
  const char *rate = ind->kind == BP_RATE_FTE ? "rate_per_100k" : "rate_per_1000";

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];

      csv_row (out, name, "count", "all", v->period.start, v->period.end, (double) v->count);
      csv_row (out, name, "population", "all", v->period.start, v->period.end,
               v->population >= 0 ? (double) v->population : NAN);
      csv_row (out, name, rate, "all", v->period.start, v->period.end, v->rate);
    }
  csv_row (out, name, "change_pct", "all", ind->current.period.start, ind->current.period.end,
           ind->change_pct);
  for (int i = 0; i < BP_N_SEXES; i++)
    csv_row (out, name, "count", ind->by_sex[i].label, ind->current.period.start,
             ind->current.period.end, (double) ind->by_sex[i].count);
  for (int i = 0; i < 2; i++)
    csv_row (out, name, "count", ind->by_age[i].label, ind->current.period.start,
             ind->current.period.end, (double) ind->by_age[i].count);
  for (int i = 0; i < BP_N_ETHNIC_GROUPS; i++)
    csv_row (out, name, "count", ind->by_ethnicity[i].label, ind->current.period.start,
             ind->current.period.end, (double) ind->by_ethnicity[i].count);
}

/**
 * bp_report_to_csv:
 * One row per indicator value, for spreadsheets: indicator, measure, breakdown,
 * period_start, period_end, value (unrounded). Returns: (transfer full)
 */
char *
bp_report_to_csv (const BpReport *report)
{
  GString *out = g_string_new ("indicator,measure,breakdown,period_start,period_end,value\r\n");
  const BpDisparity *d = &report->disparity;

  csv_rate (out, "fte", &report->fte);
  csv_rate (out, "custody", &report->custody);
  for (int k = 0; k < BP_REOFFENDING_SERIES + 1; k++)
    {
      const BpReoffendingCohort *c = k < BP_REOFFENDING_SERIES ? &report->reoffending.series[k]
                                                               : &report->reoffending.year;
      const char *name = k < BP_REOFFENDING_SERIES ? "reoffending_3_month"
                                                   : "reoffending_12_month";

      csv_row (out, name, "cohort", "all", c->cohort.start, c->cohort.end, (double) c->cohort_size);
      csv_row (out, name, "reoffenders", "all", c->cohort.start, c->cohort.end,
               (double) c->reoffenders);
      csv_row (out, name, "reoffences", "all", c->cohort.start, c->cohort.end,
               (double) c->reoffences);
      csv_row (out, name, "binary_rate_pct", "all", c->cohort.start, c->cohort.end, c->binary_rate);
      csv_row (out, name, "frequency", "all", c->cohort.start, c->cohort.end, c->frequency);
      csv_row (out, name, "reoffences_per_reoffender", "all", c->cohort.start, c->cohort.end,
               c->per_reoffender);
    }
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    {
      const BpDisparityRow *r = &d->rows[i];
      g_autofree char *name = g_strdup_printf ("disparity_%s", bp_stage_name (d->stage));

      csv_row (out, name, "count", r->group, d->year.start, d->year.end, (double) r->count);
      csv_row (out, name, "population", r->group, d->year.start, d->year.end,
               r->population >= 0 ? (double) r->population : NAN);
      csv_row (out, name, "rate_per_100k", r->group, d->year.start, d->year.end, r->rate);
      csv_row (out, name, "share_pct", r->group, d->year.start, d->year.end, r->share);
      csv_row (out, name, "population_share_pct", r->group, d->year.start, d->year.end,
               r->population_share);
      csv_row (out, name, "pp_difference", r->group, d->year.start, d->year.end, r->pp_difference);
      csv_row (out, name, "rri", r->group, d->year.start, d->year.end, r->rri);
      csv_row (out, name, "rri_ci_low", r->group, d->year.start, d->year.end, r->ci_low);
      csv_row (out, name, "rri_ci_high", r->group, d->year.start, d->year.end, r->ci_high);
    }
  return g_string_free (out, FALSE);
}

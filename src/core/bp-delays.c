/* bp-delays.c: days from offence to outcome (domain.md section 11)
 *
 * For outcomes in the 12 months of children counted by the indicators with an offence
 * date: court sentences, and out-of-court outcomes (informal and pre-court); their
 * median and quartiles in days, and how many took more than 90 days; the year before;
 * and the median of each of the latest 8 quarters. Quartiles are interpolated between
 * the two nearest days (Excel's QUARTILE.INC), so they agree with a spreadsheet.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bp-delays.h"
#include "bp-indicator-private.h"

static const char *const kind_keys[BP_N_DELAY_KINDS] = { "court", "out_of_court" };

/* two years of quarters: the latest four make the 12 months, the four before the year
 * before (disclose()) */
G_STATIC_ASSERT (BP_DELAY_SERIES == 8);

static const char *const kind_names[BP_N_DELAY_KINDS] = {
  /* Translators: outcomes whose delay is measured: court sentences */
  N_("Court sentences"),
  /* Translators: outcomes whose delay is measured: informal and pre-court outcomes */
  N_("Out-of-court outcomes"),
};

const char *
bp_delay_kind_key (BpDelayKind kind)
{
  g_return_val_if_fail (kind < BP_N_DELAY_KINDS, NULL);
  return kind_keys[kind];
}

/* Returns: the name, to translate with _() */
const char *
bp_delay_kind_name (BpDelayKind kind)
{
  g_return_val_if_fail (kind < BP_N_DELAY_KINDS, NULL);
  return kind_names[kind];
}

/**
 * bp_delays_quantile:
 * @sorted_days: (array length=n): ascending
 * @p: 0.25, 0.5, 0.75
 *
 * The @p quantile interpolated between neighbours (position p x (n - 1), as Excel's
 * QUARTILE.INC and PERCENTILE.INC); NAN when @n is 0.
 */
double
bp_delays_quantile (const gint32 *sorted_days,
                    gsize         n,
                    double        p)
{
  double pos, frac;
  gsize lo;

  if (n == 0)
    return NAN;
  pos = p * (double) (n - 1);
  lo = (gsize) pos;
  frac = pos - (double) lo;
  if (lo + 1 >= n)
    return sorted_days[n - 1];
  return sorted_days[lo] + frac * (sorted_days[lo + 1] - sorted_days[lo]);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  gint32 x = *(const gint32 *) a, y = *(const gint32 *) b;

  return (x > y) - (x < y);
}

static int
kind_of (const BpCaseRecord *r)
{
  BpTier tier = _bp_tier_of (r);

  if (_bp_flags_of (r) & BP_OUTCOME_FLAG_COURT)
    return BP_DELAY_COURT;
  if (tier == BP_TIER_INFORMAL || tier == BP_TIER_PRE_COURT)
    return BP_DELAY_OUT_OF_COURT;
  return -1;
}

/* The stats of @n days. */
static void
stats_of (gint32       *days,
          gsize         n,
          BpDelayStats *stats)
{
  if (n > 1)
    qsort (days, n, sizeof (gint32), compare_days);
  stats->outcomes = (gint64) n;
  stats->q1_days = bp_delays_quantile (days, n, 0.25);
  stats->median_days = bp_delays_quantile (days, n, 0.5);
  stats->q3_days = bp_delays_quantile (days, n, 0.75);
  stats->over_90_days = 0;
  for (gsize j = 0; j < n; j++)
    if (days[j] > 90)
      stats->over_90_days++;
}

/* The stats of a year: quarters @first to @first + 3 of @days, one kind. */
static void
year_stats (GArray       *days[BP_DELAY_SERIES],
            int           first,
            BpDelayStats *stats)
{
  g_autoptr(GArray) year = g_array_new (FALSE, FALSE, sizeof (gint32));

  for (int q = first; q < first + 4; q++)
    g_array_append_vals (year, days[q]->data, days[q]->len);
  stats_of ((gint32 *) year->data, year->len, stats);
}

/* One pass over the outcomes into the 8 quarters; the 12 months are the latest four
 * quarters and the year before the four before them. */
static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpDelays *d = g_new0 (BpDelays, 1);
  GArray *days[BP_N_DELAY_KINDS][BP_DELAY_SERIES];
  BpCaseData *cases = input->cases;

  d->period = _bp_this_year (input);
  for (int q = 0; q < BP_DELAY_SERIES; q++)
    {
      BpDay end = bp_quarter_end_add (input->period_end, q - (BP_DELAY_SERIES - 1));

      d->series[q].quarter = (BpPeriod) { bp_quarter_start (end), end };
      for (int k = 0; k < BP_N_DELAY_KINDS; k++)
        days[k][q] = g_array_new (FALSE, FALSE, sizeof (gint32));
    }
  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];
      int k = kind_of (r);
      gint32 delay;

      if (k < 0 || !_bp_counts (r) || r->offence_date == BP_DAY_INVALID ||
          r->outcome_date < d->series[0].quarter.start ||
          r->outcome_date > d->series[BP_DELAY_SERIES - 1].quarter.end)
        continue;
      delay = r->outcome_date - r->offence_date;
      if (delay < 0)
        continue;
      for (int q = 0; q < BP_DELAY_SERIES; q++)
        if (r->outcome_date <= d->series[q].quarter.end)
          {
            g_array_append_val (days[k][q], delay);
            break;
          }
    }
  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      year_stats (days[k], 4, &d->kinds[k]);
      year_stats (days[k], 0, &d->previous[k]);
      for (int q = 0; q < BP_DELAY_SERIES; q++)
        {
          BpDelayStats st;

          stats_of ((gint32 *) days[k][q]->data, days[k][q]->len, &st);
          d->series[q].median_days[k] = st.median_days;
          d->series[q].outcomes[k] = st.outcomes;
          g_array_unref (days[k][q]);
        }
    }
  return d;
}

const BpDelays *
bp_report_delays (const BpReport *report)
{
  return bp_report_value (report, &bp_delays_indicator);
}

/* --- output ------------------------------------------------------------------------- */

static void
json_stats (JsonBuilder        *b,
            const BpDelayStats *s)
{
  json_builder_set_member_name (b, "outcomes");
  json_builder_add_int_value (b, s->outcomes);
  bp_json_add_double (b, "median_days", s->median_days);
  bp_json_add_double (b, "q1_days", s->q1_days);
  bp_json_add_double (b, "q3_days", s->q3_days);
  json_builder_set_member_name (b, "over_90_days");
  json_builder_add_int_value (b, s->over_90_days);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpDelays *d = value;

  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", d->period.start);
  bp_json_add_date (b, "end", d->period.end);
  json_builder_end_object (b);
  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      json_builder_set_member_name (b, kind_keys[k]);
      json_builder_begin_object (b);
      json_stats (b, &d->kinds[k]);
      json_builder_set_member_name (b, "previous");
      json_builder_begin_object (b);
      json_stats (b, &d->previous[k]);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  for (int q = 0; q < BP_DELAY_SERIES; q++)
    {
      json_builder_begin_object (b);
      bp_json_add_date (b, "start", d->series[q].quarter.start);
      bp_json_add_date (b, "end", d->series[q].quarter.end);
      for (int k = 0; k < BP_N_DELAY_KINDS; k++)
        {
          g_autofree char *median = g_strdup_printf ("%s_median_days", kind_keys[k]);
          g_autofree char *count = g_strdup_printf ("%s_outcomes", kind_keys[k]);

          bp_json_add_double (b, median, d->series[q].median_days[k]);
          json_builder_set_member_name (b, count);
          json_builder_add_int_value (b, d->series[q].outcomes[k]);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpDelays *d = value;

  g_string_append_c (out, '\n');
  g_string_append (out, _("Days from offence to outcome:"));
  g_string_append_c (out, '\n');
  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      const BpDelayStats *s = &d->kinds[k];
      g_autofree char *n = bp_format_count (s->outcomes);
      g_autofree char *median = bp_format_number (s->median_days, 0);
      g_autofree char *q1 = bp_format_number (s->q1_days, 0);
      g_autofree char *q3 = bp_format_number (s->q3_days, 0);
      g_autofree char *over = bp_format_count (s->over_90_days);

      g_string_append (out, "  ");
      if (s->outcomes == 0)
        /* Translators: a kind of outcome with no offence dates in the 12 months, as in
         * "Court sentences: none with an offence date" */
        g_string_append_printf (out, _("%s: none with an offence date"), _(kind_names[k]));
      else
        /* Translators: the delays of a kind of outcome: the outcomes, the median and
         * quartiles in days and how many took over 90 days, as in "Court sentences: 40
         * outcomes, median 120 days (quartiles 70 to 190), 25 over 90 days" */
        g_string_append_printf (out, _("%s: %s outcomes, median %s days (quartiles %s to %s), "
                                       "%s over 90 days"), _(kind_names[k]), n, median, q1, q3,
                                over);
      g_string_append_c (out, '\n');
    }
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpDelays *d = value;
  BpDay s = d->period.start, e = d->period.end;

  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      const BpDelayStats *st = &d->kinds[k];

      bp_indicator_csv_row (out, "delays", "outcomes", kind_keys[k], s, e, (double) st->outcomes);
      bp_indicator_csv_row (out, "delays", "median_days", kind_keys[k], s, e, st->median_days);
      bp_indicator_csv_row (out, "delays", "q1_days", kind_keys[k], s, e, st->q1_days);
      bp_indicator_csv_row (out, "delays", "q3_days", kind_keys[k], s, e, st->q3_days);
      bp_indicator_csv_row (out, "delays", "over_90_days", kind_keys[k], s, e,
                            (double) st->over_90_days);
      for (int q = 0; q < BP_DELAY_SERIES; q++)
        bp_indicator_csv_row (out, "delays", "median_days_quarter", kind_keys[k],
                              d->series[q].quarter.start, d->series[q].quarter.end,
                              d->series[q].median_days[k]);
    }
}

/* The outcomes measured, those over 90 days, and the outcomes of each quarter: the
 * latest four quarters add up to the 12 months, the four before to the year before. A
 * median is hidden with the count it is made of (the pack's rule for values made from
 * counts). */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpDelays *d = value;
  char key[64];

  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      guint n, before, over, quarters[BP_DELAY_SERIES];

      g_snprintf (key, sizeof key, "delays.now.%s", kind_keys[k]);
      n = bp_disclosure_plan_add (plan, key, d->kinds[k].outcomes);
      g_snprintf (key, sizeof key, "delays.before.%s", kind_keys[k]);
      before = bp_disclosure_plan_add (plan, key, d->previous[k].outcomes);
      g_snprintf (key, sizeof key, "delays.now.%s.over_90", kind_keys[k]);
      over = bp_disclosure_plan_add (plan, key, d->kinds[k].over_90_days);
      g_snprintf (key, sizeof key, "delays.before.%s.over_90", kind_keys[k]);
      bp_disclosure_plan_add (plan, key, d->previous[k].over_90_days);
      /* the count within 90 days is a reader's subtraction */
      bp_disclosure_plan_follow (plan, over, n);
      for (int q = 0; q < BP_DELAY_SERIES; q++)
        {
          g_snprintf (key, sizeof key, "delays.q%d.%s", q, kind_keys[k]);
          quarters[q] = bp_disclosure_plan_add (plan, key, d->series[q].outcomes[k]);
        }
      bp_disclosure_plan_sum (plan, n, quarters + 4, 4);
      bp_disclosure_plan_sum (plan, before, quarters, 4);
    }
}

const BpIndicator bp_delays_indicator = {
  .key = "delays",
  /* Translators: the name of an indicator: days from offence to outcome */
  .title = N_("Delays"),
  .needs = BP_NEEDS_OUTCOMES,
  .compute = compute,
  .free = g_free,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
  .disclose = disclose,
};

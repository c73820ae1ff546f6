/* bp-reoffending.c: proven reoffending, Ministry of Justice method (domain.md section 6)
 *
 * Eight 3-month cohorts ending 21 months before the period end (the follow-up of 12
 * months and 6 more for offences to be proven), and the 12-month cohort as the sum of
 * the latest four.
 */

#include "config.h"

#include <string.h>

#include "bp-indicator-private.h"

/* The benchmark codes: the 3-month cohort's three measures, then the 12-month's, in
 * the order of BpReoffendingMeasure. */
static const char *const codes[] = {
  "REOFF_BINARY_Q", "REOFF_FREQ_Q", "REOFF_PER_REOFFENDER_Q",
  "REOFF_BINARY_Y", "REOFF_FREQ_Y", "REOFF_PER_REOFFENDER_Y", NULL,
};

/* The codes of a 3-month (or 12-month) cohort: BP_N_REOFF_MEASURES of them. */
static const char *const *
cohort_codes (gboolean year)
{
  return year ? codes + BP_N_REOFF_MEASURES : codes;
}

/**
 * bp_reoffending_code:
 * The published benchmark code of @measure for the 3-month or the 12-month cohort.
 */
const char *
bp_reoffending_code (BpReoffendingMeasure measure,
                     gboolean             year)
{
  g_return_val_if_fail (measure < BP_N_REOFF_MEASURES, NULL);
  return cohort_codes (year)[measure];
}

static gboolean
is_index_type (const BpCaseRecord *r)
{
  BpOutcomeFlags f = _bp_flags_of (r);

  return (f & BP_OUTCOME_FLAG_STATUTORY) && !(f & BP_OUTCOME_FLAG_CUSTODIAL);
}

static void
compute_cohort (BpReoffendingCohort *c,
                BpCaseData          *cases,
                const BpPeriod      *cohort)
{
  gsize i = 0;

  memset (c, 0, sizeof *c);
  c->cohort = *cohort;

  while (i < cases->n_records)
    {
      gsize start = i, end;
      BpDay index_day = BP_DAY_INVALID;
      const BpCaseRecord *index_row = NULL;
      BpDay offence_limit, proven_limit;
      gint64 reoffences = 0;
      int age;

      while (i < cases->n_records && cases->records[i].child == cases->records[start].child)
        i++;
      end = i;

      /* The child's first index event in the cohort: a YC, YCC or non-custodial court
       * sentence given, or a release from custody, in the cohort period. */
      for (gsize j = start; j < end; j++)
        {
          const BpCaseRecord *r = &cases->records[j];
          BpDay day = BP_DAY_INVALID;

          if (!(r->bits & BP_CASE_LOCAL))
            continue;
          if (is_index_type (r) && _bp_in_period (r->outcome_date, cohort))
            day = r->outcome_date;
          else if ((_bp_flags_of (r) & BP_OUTCOME_FLAG_CUSTODIAL) && _bp_in_period (r->release_date, cohort))
            day = r->release_date;
          if (day != BP_DAY_INVALID && (index_day == BP_DAY_INVALID || day < index_day))
            {
              index_day = day;
              index_row = r;
            }
        }
      if (index_row == NULL)
        continue;
      age = _bp_age_at (index_row, index_day);
      if (age < 10 || age > 17)
        continue;

      /* Proven reoffences: offences committed within 12 months after the index date
       * and proven within 18 months of it; breaches excluded; at any age. */
      offence_limit = bp_day_add_months (index_day, 12);
      proven_limit = bp_day_add_months (index_day, 18);
      for (gsize j = start; j < end; j++)
        {
          const BpCaseRecord *r = &cases->records[j];

          if ((_bp_flags_of (r) & BP_OUTCOME_FLAG_STATUTORY) && !(r->bits & BP_CASE_BREACH) &&
              r->offence_date != BP_DAY_INVALID && r->offence_date > index_day &&
              r->offence_date <= offence_limit && r->outcome_date <= proven_limit)
            reoffences++;
        }

      {
        BpReoffendingCount *parts[] = {
          &c->breakdowns.by_sex[index_row->sex],
          &c->breakdowns.by_age[age <= 14 ? 0 : 1],
          &c->breakdowns.by_group[index_row->ethnic_group],
          &c->breakdowns.by_tier[_bp_tier_of (index_row)],
        };

        for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
          {
            parts[p]->cohort++;
            parts[p]->reoffences += reoffences;
            parts[p]->reoffenders += reoffences > 0;
          }
      }
      c->cohort_size++;
      c->reoffences += reoffences;
      if (reoffences > 0)
        c->reoffenders++;
    }
}

static void
finish_cohort (BpReoffendingCohort *c,
               BpDay                latest_outcome,
               BpStore             *store,
               gboolean             year)
{
  const char *const *year_codes = cohort_codes (year);

  c->binary_rate = c->cohort_size > 0 ? (double) c->reoffenders / (double) c->cohort_size * 100.0
                                      : NAN;
  c->frequency = c->cohort_size > 0 ? (double) c->reoffences / (double) c->cohort_size : NAN;
  c->per_reoffender = c->reoffenders > 0 ? (double) c->reoffences / (double) c->reoffenders : NAN;
  c->follow_up_complete = latest_outcome != BP_DAY_INVALID &&
                          latest_outcome >= bp_day_add_months (c->cohort.end, 18);
  c->benchmarks = _bp_find_benchmarks (store, year_codes, BP_N_REOFF_MEASURES, &c->cohort);
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpReoffending *reoff = &report->reoffending;
  BpCaseData *cases = input->cases;
  BpStore *store = input->store;
  BpDay period_end = input->period_end;
  BpReoffendingCohort *q = &reoff->quarter, *y = &reoff->year;

  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      BpDay end = bp_quarter_end_add (period_end, -7 - (BP_REOFFENDING_SERIES - 1 - k));
      BpPeriod p = { bp_quarter_start (end), end };

      compute_cohort (&reoff->series[k], cases, &p);
      finish_cohort (&reoff->series[k], cases->latest_outcome, store, FALSE);
    }

  *q = reoff->series[BP_REOFFENDING_SERIES - 1];
  q->benchmarks = _bp_find_benchmarks (store, cohort_codes (FALSE), BP_N_REOFF_MEASURES,
                                       &q->cohort);

  /* The 12-month cohort is the sum of its four 3-month cohorts: a child may count in
   * more than one of them. */
  memset (y, 0, sizeof *y);
  y->cohort = bp_reoffending_year_cohort (period_end);
  for (int k = BP_REOFFENDING_SERIES - 4; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCount *from = (const BpReoffendingCount *) &reoff->series[k].breakdowns;
      BpReoffendingCount *to = (BpReoffendingCount *) &y->breakdowns;

      y->cohort_size += reoff->series[k].cohort_size;
      y->reoffenders += reoff->series[k].reoffenders;
      y->reoffences += reoff->series[k].reoffences;
      for (gsize n = 0; n < sizeof y->breakdowns / sizeof (BpReoffendingCount); n++)
        {
          to[n].cohort += from[n].cohort;
          to[n].reoffenders += from[n].reoffenders;
          to[n].reoffences += from[n].reoffences;
        }
    }
  finish_cohort (y, cases->latest_outcome, store, TRUE);
  /* The same cohorts a year earlier, for the rank's movement. */
  {
    BpPeriod before_q = { bp_day_add_months (q->cohort.start, -12),
                          bp_quarter_end_add (q->cohort.end, -4) };
    BpPeriod before_y = { bp_day_add_months (y->cohort.start, -12),
                          bp_quarter_end_add (y->cohort.end, -4) };

    q->previous_benchmarks = _bp_find_benchmarks (store, cohort_codes (FALSE),
                                                  BP_N_REOFF_MEASURES, &before_q);
    y->previous_benchmarks = _bp_find_benchmarks (store, cohort_codes (TRUE),
                                                  BP_N_REOFF_MEASURES, &before_y);
  }

  if (!q->follow_up_complete)
    reoff->note = g_strdup (_("The follow-up is not complete: fewer than 18 months of "
                              "outcomes are held after the cohort ends, so these figures "
                              "will rise."));
  return reoff;
}

static void
free_value (gpointer value)
{
  BpReoffending *reoff = value;

  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    g_clear_pointer (&reoff->series[k].benchmarks, g_ptr_array_unref);
  g_clear_pointer (&reoff->quarter.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&reoff->year.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&reoff->quarter.previous_benchmarks, g_ptr_array_unref);
  g_clear_pointer (&reoff->year.previous_benchmarks, g_ptr_array_unref);
  g_clear_pointer (&reoff->note, g_free);
}

/* --- output ------------------------------------------------------------------------- */

static void
add_cohort (JsonBuilder               *b,
            const BpReoffendingCohort *c,
            gboolean                   with_benchmarks)
{
  bp_json_add_date (b, "cohort_start", c->cohort.start);
  bp_json_add_date (b, "cohort_end", c->cohort.end);
  json_builder_set_member_name (b, "cohort");
  json_builder_add_int_value (b, c->cohort_size);
  json_builder_set_member_name (b, "reoffenders");
  json_builder_add_int_value (b, c->reoffenders);
  json_builder_set_member_name (b, "reoffences");
  json_builder_add_int_value (b, c->reoffences);
  bp_json_add_double (b, "binary_rate_pct", c->binary_rate);
  bp_json_add_double (b, "frequency", c->frequency);
  bp_json_add_double (b, "reoffences_per_reoffender", c->per_reoffender);
  json_builder_set_member_name (b, "follow_up_complete");
  json_builder_add_boolean_value (b, c->follow_up_complete);
  if (with_benchmarks)
    _bp_json_benchmarks (b, c->benchmarks);
}

/* The cohort's binary rate beside its published comparators, and its rank a year
 * earlier where the benchmarks hold that cohort (the latest 3-month and 12-month ones). */
void
bp_reoffending_comparison (const BpReoffendingCohort *c,
                           gboolean                   year,
                           BpComparison              *comparison)
{
  bp_comparison_init (comparison, bp_reoffending_code (BP_REOFF_BINARY, year),
                      bp_reoffending_indicator.better, c->benchmarks, c->previous_benchmarks);
}

static void
add_comparison (JsonBuilder               *b,
                const BpReoffendingCohort *c,
                gboolean                   year)
{
  BpComparison comparison;

  bp_reoffending_comparison (c, year, &comparison);
  _bp_json_comparison (b, &comparison, c->binary_rate);
  bp_comparison_clear (&comparison);
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
  const BpBenchmark *national = bp_benchmark_find (c->benchmarks,
                                                   bp_reoffending_code (BP_REOFF_BINARY, year),
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
  {
    BpComparison comparison;

    bp_reoffending_comparison (c, year, &comparison);
    _bp_text_own_figure (out, &comparison);
    g_string_append (out, ".\n");
    _bp_text_comparison (out, &comparison, c->binary_rate, "%");
    bp_comparison_clear (&comparison);
  }
}

static void
json_parts (JsonBuilder              *b,
            const char               *member,
            const BpReoffendingCount *parts,
            guint                     n,
            const char *(*label) (guint i))
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, label (i));
      json_builder_set_member_name (b, "cohort");
      json_builder_add_int_value (b, parts[i].cohort);
      json_builder_set_member_name (b, "reoffenders");
      json_builder_add_int_value (b, parts[i].reoffenders);
      json_builder_set_member_name (b, "reoffences");
      json_builder_add_int_value (b, parts[i].reoffences);
      bp_json_add_double (b, "binary_rate_pct",
                          parts[i].cohort > 0 ? (double) parts[i].reoffenders /
                                                (double) parts[i].cohort * 100.0 : NAN);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static const char *
sex_label (guint i)
{
  return bp_sex_code ((BpSex) i);
}

static const char *
age_label (guint i)
{
  return i == 0 ? "10-14" : "15-17";
}

static const char *
group_label (guint i)
{
  return bp_ethnic_group_name ((BpEthnicGroup) i);
}

static const char *
tier_label (guint i)
{
  return bp_tier_key ((BpTier) i);
}

/* The 12-month cohort's breakdowns, the cohort sizes beside the rates. */
static void
json_breakdowns (JsonBuilder                   *b,
                 const BpReoffendingBreakdowns *d)
{
  json_builder_set_member_name (b, "breakdowns");
  json_builder_begin_object (b);
  json_parts (b, "sex", d->by_sex, BP_N_SEXES, sex_label);
  json_parts (b, "age", d->by_age, 2, age_label);
  json_parts (b, "ethnicity", d->by_group, BP_N_ETHNIC_GROUPS, group_label);
  json_parts (b, "tier", d->by_tier, BP_N_TIERS, tier_label);
  json_builder_end_object (b);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpReoffending *ro = value;

  json_builder_set_member_name (b, "quarter");
  json_builder_begin_object (b);
  add_cohort (b, &ro->quarter, TRUE);
  add_comparison (b, &ro->quarter, FALSE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_begin_object (b);
  add_cohort (b, &ro->year, TRUE);
  add_comparison (b, &ro->year, TRUE);
  json_breakdowns (b, &ro->year.breakdowns);
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
  bp_json_add_string (b, "note", ro->note);
}

/* "girls 25.0% of 8": a part's binary rate with its cohort beside it. */
static void
text_part (GString                  *out,
           const char               *label,
           const BpReoffendingCount *part)
{
  g_autofree char *pct = bp_format_number (part->cohort > 0 ? (double) part->reoffenders /
                                                              (double) part->cohort * 100.0
                                                            : NAN, 1);
  g_autofree char *of = bp_format_count (part->cohort);

  /* Translators: a part of the reoffending cohort, the share of it that reoffended and
   * its size, in a list, as in "girls 25.0% of 8" */
  g_string_append_printf (out, _("%s %s%% of %s"), label, pct, of);
}

static void
append_breakdowns_text (GString                       *out,
                        const BpReoffendingBreakdowns *d)
{
  g_string_append (out, "  ");
  /* Translators: the text report: the start of a list of the parts of the 12-month
   * reoffending cohort and the share of each that reoffended, as in "Reoffended, by the
   * child at the index event: girls 25.0% of 8, boys ..." */
  g_string_append (out, _("Reoffended, by the child at the index event:"));
  g_string_append_c (out, ' ');
  /* Translators: a part of the reoffending cohort, in a list */
  text_part (out, _("girls"), &d->by_sex[BP_SEX_FEMALE]);
  g_string_append (out, ", ");
  /* Translators: a part of the reoffending cohort, in a list */
  text_part (out, _("boys"), &d->by_sex[BP_SEX_MALE]);
  g_string_append (out, ", ");
  /* Translators: a part of the reoffending cohort, in a list */
  text_part (out, _("aged 10-14"), &d->by_age[0]);
  g_string_append (out, ", ");
  /* Translators: a part of the reoffending cohort, in a list */
  text_part (out, _("aged 15-17"), &d->by_age[1]);
  g_string_append (out, ".\n");
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpReoffending *ro = value;

  append_cohort_text (out, &ro->quarter, FALSE);
  append_cohort_text (out, &ro->year, TRUE);
  append_breakdowns_text (out, &ro->year.breakdowns);
  bp_indicator_text_note (out, ro->note);
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpReoffending *ro = value;

  for (int k = 0; k < BP_REOFFENDING_SERIES + 1; k++)
    {
      const BpReoffendingCohort *c = k < BP_REOFFENDING_SERIES ? &ro->series[k] : &ro->year;
      const char *name = k < BP_REOFFENDING_SERIES ? "reoffending_3_month"
                                                   : "reoffending_12_month";
      BpDay s = c->cohort.start, e = c->cohort.end;

      bp_indicator_csv_row (out, name, "cohort", "all", s, e, (double) c->cohort_size);
      bp_indicator_csv_row (out, name, "reoffenders", "all", s, e, (double) c->reoffenders);
      bp_indicator_csv_row (out, name, "reoffences", "all", s, e, (double) c->reoffences);
      bp_indicator_csv_row (out, name, "binary_rate_pct", "all", s, e, c->binary_rate);
      bp_indicator_csv_row (out, name, "frequency", "all", s, e, c->frequency);
      bp_indicator_csv_row (out, name, "reoffences_per_reoffender", "all", s, e,
                            c->per_reoffender);
    }
  {
    const BpReoffendingBreakdowns *d = &ro->year.breakdowns;
    const struct { const BpReoffendingCount *parts; guint n; const char *(*label) (guint); }
      all[] = {
        { d->by_sex, BP_N_SEXES, sex_label }, { d->by_age, 2, age_label },
        { d->by_group, BP_N_ETHNIC_GROUPS, group_label }, { d->by_tier, BP_N_TIERS, tier_label },
      };
    BpDay s = ro->year.cohort.start, e = ro->year.cohort.end;

    for (guint k = 0; k < G_N_ELEMENTS (all); k++)
      for (guint i = 0; i < all[k].n; i++)
        {
          const BpReoffendingCount *p = &all[k].parts[i];

          bp_indicator_csv_row (out, "reoffending_12_month", "cohort", all[k].label (i), s, e,
                                (double) p->cohort);
          bp_indicator_csv_row (out, "reoffending_12_month", "reoffenders", all[k].label (i),
                                s, e, (double) p->reoffenders);
          bp_indicator_csv_row (out, "reoffending_12_month", "binary_rate_pct",
                                all[k].label (i), s, e,
                                p->cohort > 0 ? (double) p->reoffenders / (double) p->cohort *
                                                100.0 : NAN);
        }
  }
}

const BpIndicator bp_reoffending_indicator = {
  .key = "reoffending",
  /* Translators: the name of an indicator */
  .title = N_("Proven reoffending"),
  .needs = BP_NEEDS_OUTCOMES | BP_NEEDS_BENCHMARKS,
  .benchmark_codes = codes,
  .better = BP_BETTER_LOWER,
  .compute = compute,
  .free = free_value,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
};

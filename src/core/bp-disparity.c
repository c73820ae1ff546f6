/* bp-disparity.c: ethnic disproportionality (domain.md section 7)
 *
 * Distinct children at a stage in the financial year by ethnic group, against the 2021
 * Census 10-17 population by group: rates, shares, relative rate indices against White
 * children with Katz's interval, the year before, a five-year series of the index and a
 * six-year series of counts and shares with the changes over 5 years and over 1 year.
 */

#include "config.h"

#include <string.h>

#include "bp-diversion.h"
#include "bp-indicator-private.h"

static gboolean
qualifies (const BpCaseRecord *r,
           BpStage             stage)
{
  BpOutcomeFlags f = _bp_flags_of (r);

  switch (stage)
    {
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
      return (f & BP_OUTCOME_FLAG_STATUTORY) != 0;
    case BP_STAGE_CUSTODY:
      return (f & BP_OUTCOME_FLAG_CUSTODIAL) != 0;
    case BP_STAGE_REMAND:
      return _bp_tier_of (r) == BP_TIER_REMAND;
    case BP_STAGE_DIVERSION:
      for (guint i = 0; i < BP_DIVERSION_N_TYPES; i++)
        if (r->type == bp_diversion_type (i))
          return TRUE;
      return FALSE;
    case BP_STAGE_ANY_OUTCOME:
      return TRUE;
    case BP_STAGE_FTE:
    case BP_N_STAGES:
    default:
      g_assert_not_reached ();
    }
}

/* Distinct children at @stage in each of @n_years consecutive financial years (oldest
 * first), by ethnic group, in one pass. A child's group in a year is the latest known
 * one recorded on their qualifying outcomes that year. */
static void
count_children (BpCaseData     *cases,
                BpStage         stage,
                int             tier,
                const BpPeriod *years,
                int             n_years,
                gint64        (*counts_out)[BP_N_ETHNIC_GROUPS])
{
  gsize i = 0;

  memset (counts_out, 0, sizeof (gint64) * BP_N_ETHNIC_GROUPS * (gsize) n_years);
  while (i < cases->n_records)
    {
      gsize start = i;
      int group[BP_DISPARITY_YEARS + 2];
      gboolean first_statutory_seen = FALSE;

      g_assert (n_years <= (int) G_N_ELEMENTS (group));
      for (int y = 0; y < n_years; y++)
        group[y] = -1;
      while (i < cases->n_records && cases->records[i].child == cases->records[start].child)
        i++;

      for (gsize j = start; j < i; j++)
        {
          const BpCaseRecord *r = &cases->records[j];
          int y;

          if (stage == BP_STAGE_FTE)
            {
              if (first_statutory_seen || !(_bp_flags_of (r) & BP_OUTCOME_FLAG_STATUTORY))
                continue;
              first_statutory_seen = TRUE;
              if (!_bp_counts (r))
                continue;
            }
          else if (!_bp_counts (r) || !qualifies (r, stage))
            continue;
          /* --tier: an outcome of that tier only (for first time entrants, their first) */
          if (tier >= 0 && _bp_tier_of (r) != (BpTier) tier)
            continue;

          for (y = 0; y < n_years && !_bp_in_period (r->outcome_date, &years[y]); y++)
            ;
          if (y == n_years)
            continue;
          if (group[y] < 0 || r->ethnic_group != BP_ETHNIC_UNKNOWN)
            group[y] = r->ethnic_group;
        }
      for (int y = 0; y < n_years; y++)
        if (group[y] >= 0)
          counts_out[y][group[y]]++;
    }
}

typedef struct
{
  gint64 count[BP_DISPARITY_N_ROWS];
  gint64 population[BP_DISPARITY_N_ROWS];
  gint64 total, unknown;
} DisparityCounts;

static gboolean
disparity_counts (const gint64     by_group[BP_N_ETHNIC_GROUPS],
                  BpPopulation    *population,
                  const BpPeriod  *year,
                  DisparityCounts *dc,
                  int             *out_population_year,
                  const char     **out_population_source)
{
  BpPopulationFilter white = { 10, 17, 0, BP_ETHNIC_WHITE };
  BpPopulationTotal t;
  gboolean have_population;

  memset (dc, 0, sizeof *dc);
  for (int g = 0; g < BP_ETHNIC_UNKNOWN; g++)
    dc->count[g] = by_group[g];
  dc->unknown = by_group[BP_ETHNIC_UNKNOWN];
  for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
    dc->total += by_group[g];
  for (int g = 0; g < BP_ETHNIC_WHITE; g++)
    dc->count[BP_DISPARITY_MINORITIES] += by_group[g];

  /* Every group's population comes from the same year and source as White's. */
  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    dc->population[g] = -1;
  have_population = population != NULL &&
                    bp_population_total (population, bp_day_year (year->end), &white, &t);
  if (have_population)
    {
      gint64 minorities = 0;
      gboolean all = TRUE;

      *out_population_year = t.year;
      *out_population_source = t.source;
      for (int g = 0; g < BP_ETHNIC_UNKNOWN; g++)
        {
          BpPopulationFilter f = { 10, 17, 0, g };
          gint64 n;

          if (bp_population_total_in_year (population, t.year, t.source, &f, &n))
            {
              dc->population[g] = n;
              if (g != BP_ETHNIC_WHITE)
                minorities += n;
            }
          else if (g != BP_ETHNIC_WHITE)
            all = FALSE;
        }
      if (all)
        dc->population[BP_DISPARITY_MINORITIES] = minorities;
    }
  return have_population;
}

static void
rri_row (const DisparityCounts *dc,
         int                    row,
         double                *rri,
         double                *low,
         double                *high)
{
  *rri = *low = *high = NAN;
  if (dc->population[row] > 0 && dc->population[BP_ETHNIC_WHITE] > 0)
    bp_rri_confidence_interval (dc->count[row], dc->population[row], dc->count[BP_ETHNIC_WHITE],
                                dc->population[BP_ETHNIC_WHITE], rri, low, high);
}

/* The change of @row's count and share from @a to @b: n/a (NAN) when the count is below
 * 10 in either year, the rule of the year-on-year change. */
static BpDisparityChange
trend_change (const BpDisparityTrendYear *a,
              const BpDisparityTrendYear *b,
              int                         row)
{
  BpDisparityChange c = { NAN, NAN };

  if (a->count[row] >= 10 && b->count[row] >= 10)
    {
      c.change_pct = (double) (b->count[row] - a->count[row]) / (double) a->count[row] * 100.0;
      c.pp_change = b->share[row] - a->share[row];
    }
  return c;
}

/* The note for a year with no White children at @stage: no reference rate. Returns: the
 * translated note */
static const char *
no_white_children_note (BpStage stage)
{
  switch (stage)
    {
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
      return _("No White children were cautioned or sentenced in the year, so there is no "
               "reference rate and no relative rate index.");
    case BP_STAGE_FTE:
      return _("No White children were first time entrants in the year, so there is no "
               "reference rate and no relative rate index.");
    case BP_STAGE_CUSTODY:
      return _("No White children were sentenced to custody in the year, so there is no "
               "reference rate and no relative rate index.");
    case BP_STAGE_REMAND:
      return _("No White children were remanded in the year, so there is no reference "
               "rate and no relative rate index.");
    case BP_STAGE_DIVERSION:
      return _("No White children were given an out-of-court outcome in the year, so there "
               "is no reference rate and no relative rate index.");
    case BP_STAGE_ANY_OUTCOME:
      return _("No White children had an outcome in the year, so there is no reference "
               "rate and no relative rate index.");
    case BP_N_STAGES:
    default:
      g_assert_not_reached ();
    }
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpDisparity *d = &report->disparity;
  BpCaseData *cases = input->cases;
  BpPopulation *population = input->population;
  BpStage stage = input->options->stage;
  BpDay period_end = input->period_end;
  DisparityCounts now, before;
  /* The series' years, and before them as many as a pooled period of 3 and the 3 before
   * it need: oldest first, the last is the disparity year. */
  BpPeriod all_years[MAX (BP_DISPARITY_YEARS, 6)];
  gint64 all_by_year[MAX (BP_DISPARITY_YEARS, 6)][BP_N_ETHNIC_GROUPS];
  const int n_all = MAX (BP_DISPARITY_YEARS, 6);
  BpPeriod *years = all_years + (n_all - BP_DISPARITY_YEARS);
  gint64 (*by_year)[BP_N_ETHNIC_GROUPS] = all_by_year + (n_all - BP_DISPARITY_YEARS);
  gint64 pooled_now[BP_N_ETHNIC_GROUPS] = { 0 }, pooled_before[BP_N_ETHNIC_GROUPS] = { 0 };
  const int n_pooled = CLAMP (input->options->years, 1, 3);
  gint64 group_population = 0;
  gboolean have_population;
  int prev_year = 0;
  const char *prev_source = NULL;

  G_STATIC_ASSERT (BP_DISPARITY_YEARS >= 2);
  G_STATIC_ASSERT (BP_DISPARITY_TREND_YEARS <= MAX (BP_DISPARITY_YEARS, 6));

  d->stage = stage;
  d->year = bp_disparity_year (period_end);
  d->years = n_pooled;
  for (int k = 0; k < n_all; k++)
    all_years[k] = (BpPeriod) { bp_day_add_months (d->year.start, -12 * (n_all - 1 - k)),
                                bp_day_add_months (d->year.end, -12 * (n_all - 1 - k)) };
  d->by_tier = input->options->by_tier;
  d->tier = input->options->tier;
  count_children (cases, stage, d->by_tier ? (int) d->tier : -1, all_years, n_all,
                  all_by_year);
  d->pooled = (BpPeriod) { all_years[n_all - n_pooled].start, d->year.end };

  /* A pooled period sums each year's children (domain.md 11: a child in two years counts
   * in both), against the one Census population; "before" is the same number of years
   * before it. */
  for (int k = 0; k < n_pooled; k++)
    for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
      {
        pooled_now[g] += all_by_year[n_all - 1 - k][g];
        pooled_before[g] += all_by_year[n_all - 1 - n_pooled - k][g];
      }
  have_population = disparity_counts (pooled_now, population, &d->year, &now,
                                      &d->population_year, &d->population_source);
  disparity_counts (pooled_before, population, &all_years[n_all - 1 - n_pooled], &before,
                    &prev_year, &prev_source);

  d->total = now.total;
  d->unknown_count = now.unknown;
  d->known_total = now.total - now.unknown;
  d->unknown_warning = now.total > 0 && (double) now.unknown / (double) now.total > 0.10;

  for (int g = 0; g < BP_ETHNIC_UNKNOWN; g++)
    if (now.population[g] > 0)
      group_population += now.population[g];

  for (int row = 0; row < BP_DISPARITY_N_ROWS; row++)
    {
      BpDisparityRow *r = &d->rows[row];
      gint64 known_before = before.total - before.unknown;
      double share_before;

      /* Translators: the ethnic groups other than White, together, as a table row and
       * chart label */
      r->group = row == BP_DISPARITY_MINORITIES ? N_("Ethnic minority groups")
                                                : bp_ethnic_group_name (row);
      r->count = now.count[row];
      r->population = now.population[row];
      r->rate = r->population > 0 ? (double) r->count / (double) r->population * 100000.0 : NAN;
      r->share = d->known_total > 0 ? (double) r->count / (double) d->known_total * 100.0 : NAN;
      r->population_share = r->population >= 0 && group_population > 0
                            ? (double) r->population / (double) group_population * 100.0 : NAN;
      r->pp_difference = r->share - r->population_share;

      if (row == BP_ETHNIC_WHITE)
        {
          r->rri = r->population > 0 && r->count > 0 ? 1.0 : NAN;
          r->ci_low = r->ci_high = NAN;
          r->significance = NULL;
        }
      else
        {
          rri_row (&now, row, &r->rri, &r->ci_low, &r->ci_high);
          if (isnan (r->ci_low))
            r->significance = NULL;
          else if (r->ci_low > 1.0)
            r->significance = "higher";
          else if (r->ci_high < 1.0)
            r->significance = "lower";
          else
            r->significance = "none";
        }

      /* Changes are n/a when the count is below 10 in either year. */
      r->previous_count = before.count[row];
      share_before = known_before > 0 ? (double) before.count[row] / (double) known_before * 100.0
                                      : NAN;
      if (r->count >= 10 && r->previous_count >= 10)
        {
          r->change_pct = (double) (r->count - r->previous_count) / (double) r->previous_count *
                          100.0;
          r->pp_change = r->share - share_before;
        }
      else
        r->change_pct = r->pp_change = NAN;
    }

  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    {
      BpDisparityTrendYear *t = &d->trend[k];
      int y = n_all - BP_DISPARITY_TREND_YEARS + k;
      DisparityCounts dc;
      int unused_year = 0;
      const char *unused_source = NULL;

      t->year = all_years[y];
      disparity_counts (all_by_year[y], NULL, &t->year, &dc, &unused_year, &unused_source);
      t->total = dc.total;
      t->known_total = dc.total - dc.unknown;
      for (int row = 0; row < BP_DISPARITY_N_ROWS; row++)
        {
          t->count[row] = dc.count[row];
          t->share[row] = t->known_total > 0
                          ? (double) dc.count[row] / (double) t->known_total * 100.0 : NAN;
        }
    }
  for (int row = 0; row < BP_DISPARITY_N_ROWS; row++)
    {
      const BpDisparityTrendYear *last = &d->trend[BP_DISPARITY_TREND_YEARS - 1];

      d->change_5y[row] = trend_change (&d->trend[0], last, row);
      d->change_1y[row] = trend_change (&d->trend[BP_DISPARITY_TREND_YEARS - 2], last, row);
    }

  for (int k = 0; k < BP_DISPARITY_YEARS; k++)
    {
      BpDisparityYear *s = &d->series[k];
      DisparityCounts dc;
      int y = 0;
      const char *src = NULL;

      s->year = years[k];
      disparity_counts (by_year[k], population, &s->year, &dc, &y, &src);
      for (int row = 0; row < BP_DISPARITY_N_ROWS; row++)
        {
          s->count[row] = dc.count[row];
          if (row == BP_ETHNIC_WHITE)
            {
              s->rri[row] = dc.population[row] > 0 && dc.count[row] > 0 ? 1.0 : NAN;
              s->ci_low[row] = s->ci_high[row] = NAN;
            }
          else
            rri_row (&dc, row, &s->rri[row], &s->ci_low[row], &s->ci_high[row]);
        }
    }

  if (!have_population)
    /* Translators: a note under the ethnic disproportionality figures (10-17: children
     * aged 10 to 17) */
    d->note = g_strdup (_("No 10-17 population by ethnic group (Census 2021) is held, so "
                          "rates and relative rate indices cannot be calculated; import it."));
  else if (now.count[BP_ETHNIC_WHITE] == 0)
    d->note = g_strdup (no_white_children_note (stage));
  else if (d->unknown_warning)
    {
      g_autofree char *unknown = g_strdup_printf ("%" G_GINT64_FORMAT, d->unknown_count);
      g_autofree char *total = g_strdup_printf ("%" G_GINT64_FORMAT, d->total);

      d->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: a note under the ethnic
                                               * disproportionality figures: the first %s is
                                               * a number of children, the second the number
                                               * of children in all, which decides the plural
                                               * form (the English says "children" for one
                                               * child too), e.g. "Ethnicity is unknown for
                                               * 40 of 300 children (more than 10%): leaving
                                               * them out biases every relative rate index." */
                                              "Ethnicity is unknown for %s of %s children "
                                              "(more than 10%%): leaving them out biases "
                                              "every relative rate index.",
                                              "Ethnicity is unknown for %s of %s children "
                                              "(more than 10%%): leaving them out biases "
                                              "every relative rate index.",
                                              (gulong) MAX (d->total, 0)),
                                 unknown, total);
    }
  return d;
}

static void
free_value (gpointer value)
{
  g_clear_pointer (&((BpDisparity *) value)->note, g_free);
}

/* --- output ------------------------------------------------------------------------- */

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpDisparity *d = value;

  json_builder_set_member_name (b, "stage");
  json_builder_add_string_value (b, bp_stage_name (d->stage));
  json_builder_set_member_name (b, "year");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", d->year.start);
  bp_json_add_date (b, "end", d->year.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "years");
  json_builder_add_int_value (b, d->years);
  bp_json_add_string (b, "tier", d->by_tier ? bp_tier_key (d->tier) : NULL);
  json_builder_set_member_name (b, "pooled");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", d->pooled.start);
  bp_json_add_date (b, "end", d->pooled.end);
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
  bp_json_add_string (b, "population_source", d->population_source);
  bp_json_add_int_or_null (b, "population_year", d->population_year, d->population_year > 0);

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
      bp_json_add_int_or_null (b, "population", r->population, r->population >= 0);
      bp_json_add_double (b, "rate_per_100k", r->rate);
      bp_json_add_double (b, "share_pct", r->share);
      bp_json_add_double (b, "population_share_pct", r->population_share);
      bp_json_add_double (b, "pp_difference", r->pp_difference);
      bp_json_add_double (b, "rri", r->rri);
      bp_json_add_double (b, "rri_ci_low", r->ci_low);
      bp_json_add_double (b, "rri_ci_high", r->ci_high);
      bp_json_add_string (b, "significance", r->significance);
      json_builder_set_member_name (b, "previous_count");
      json_builder_add_int_value (b, r->previous_count);
      bp_json_add_double (b, "change_pct", r->change_pct);
      bp_json_add_double (b, "pp_change", r->pp_change);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  for (int k = 0; k < BP_DISPARITY_YEARS; k++)
    {
      const BpDisparityYear *s = &d->series[k];

      json_builder_begin_object (b);
      bp_json_add_date (b, "start", s->year.start);
      bp_json_add_date (b, "end", s->year.end);
      json_builder_set_member_name (b, "groups");
      json_builder_begin_array (b);
      for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "group");
          json_builder_add_string_value (b, d->rows[i].group);
          json_builder_set_member_name (b, "count");
          json_builder_add_int_value (b, s->count[i]);
          bp_json_add_double (b, "rri", s->rri[i]);
          bp_json_add_double (b, "rri_ci_low", s->ci_low[i]);
          bp_json_add_double (b, "rri_ci_high", s->ci_high[i]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "trend");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "years");
  json_builder_begin_array (b);
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    {
      const BpDisparityTrendYear *t = &d->trend[k];

      json_builder_begin_object (b);
      bp_json_add_date (b, "start", t->year.start);
      bp_json_add_date (b, "end", t->year.end);
      json_builder_set_member_name (b, "total");
      json_builder_add_int_value (b, t->total);
      json_builder_set_member_name (b, "known_total");
      json_builder_add_int_value (b, t->known_total);
      json_builder_set_member_name (b, "groups");
      json_builder_begin_array (b);
      for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "group");
          json_builder_add_string_value (b, d->rows[i].group);
          json_builder_set_member_name (b, "count");
          json_builder_add_int_value (b, t->count[i]);
          bp_json_add_double (b, "share_pct", t->share[i]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "changes");
  json_builder_begin_array (b);
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "group");
      json_builder_add_string_value (b, d->rows[i].group);
      bp_json_add_double (b, "change_5y_pct", d->change_5y[i].change_pct);
      bp_json_add_double (b, "pp_change_5y", d->change_5y[i].pp_change);
      bp_json_add_double (b, "change_1y_pct", d->change_1y[i].change_pct);
      bp_json_add_double (b, "pp_change_1y", d->change_1y[i].pp_change);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  bp_json_add_string (b, "note", d->note);
}

/**
 * bp_disparity_period_label:
 * Returns: (transfer full): the disparity's financial year, "2023/24", or its pooled
 *   years, "2022/23 to 2023/24"
 */
char *
bp_disparity_period_label (const BpDisparity *d)
{
  g_autofree char *last_fy = bp_financial_year_label (bp_day_year (d->year.start));
  g_autofree char *first_fy = bp_financial_year_label (bp_day_year (d->pooled.start));

  if (d->years <= 1)
    return g_steal_pointer (&last_fy);
  /* Translators: a pooled period of financial years, as in "2022/23 to 2023/24" */
  return g_strdup_printf (_("%s to %s"), first_fy, last_fy);
}

static void
append_disparity_title (GString           *out,
                        const BpDisparity *d)
{
  g_autofree char *fy = bp_disparity_period_label (d);
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
    case BP_STAGE_DIVERSION:
      /* Translators: as "Ethnic disproportionality, %s, children remanded: %s (%s of
       * unknown ethnicity)", for children given an out-of-court outcome */
      g_string_append_printf (out, _("Ethnic disproportionality, %s, children given an "
                                     "out-of-court outcome: %s (%s of unknown ethnicity)"),
                              fy, total, unknown);
      break;
    case BP_STAGE_ANY_OUTCOME:
      /* Translators: as "Ethnic disproportionality, %s, children remanded: %s (%s of
       * unknown ethnicity)", for children with any outcome, remands included */
      g_string_append_printf (out, _("Ethnic disproportionality, %s, children with any "
                                     "outcome: %s (%s of unknown ethnicity)"),
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
  if (d->by_tier)
    /* Translators: under the title of the disproportionality table when report --tier
     * limits it, as in "  Outcomes of one tier only: Community" */
    g_string_append_printf (out, _("  Outcomes of one tier only: %s\n"),
                            _(bp_tier_name (d->tier)));
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
  _bp_text_padded (out, _(r->group), group_width, FALSE);
  g_string_append_c (out, ' ');
  _bp_text_padded (out, count, 5, TRUE);
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

/* "+12.5% (+1.9 pp)", or "n/a" */
static char *
change_text (const BpDisparityChange *c)
{
  g_autofree char *pct = NULL;
  g_autofree char *pp = NULL;

  if (isnan (c->change_pct))
    return bp_format_number (NAN, 1);
  pct = bp_format_number_full (c->change_pct, 1, BP_FORMAT_THOUSANDS | BP_FORMAT_SIGN);
  pp = bp_format_number_full (c->pp_change, 1, BP_FORMAT_SIGN);
  /* Translators: a change of a count in per cent and of a share in percentage points,
   * as in "+12.5% (+1.9 pp)" */
  return g_strdup_printf (_("%s%% (%s pp)"), pct, pp);
}

/* The six-year series: a row per group, a column per year (count and share), then the
 * changes over 5 years and over 1 year. */
static void
append_disparity_trend (GString           *out,
                        const BpDisparity *d,
                        glong              group_width)
{
  g_string_append (out, "  ");
  /* Translators: the heading of the six-year series under the disproportionality table */
  g_string_append (out, _("Six years, children of known ethnicity (count and share):"));
  g_string_append (out, "\n  ");
  _bp_text_padded (out, "", group_width, FALSE);
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    {
      g_autofree char *fy = bp_financial_year_label (bp_day_year (d->trend[k].year.start));

      g_string_append_c (out, ' ');
      _bp_text_padded (out, fy, 12, TRUE);
    }
  g_string_append (out, "  ");
  /* Translators: column headings of the six-year series: the change from its first year to
   * its last, and from the last but one; keep each within 18 characters */
  _bp_text_padded (out, _("over 5 years"), 18, TRUE);
  g_string_append (out, "  ");
  _bp_text_padded (out, _("over 1 year"), 18, TRUE);
  g_string_append_c (out, '\n');
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    {
      g_autofree char *five = change_text (&d->change_5y[i]);
      g_autofree char *one = change_text (&d->change_1y[i]);

      g_string_append (out, "  ");
      _bp_text_padded (out, _(d->rows[i].group), group_width, FALSE);
      for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
        {
          g_autofree char *count = bp_format_count (d->trend[k].count[i]);
          g_autofree char *share = bp_format_number (d->trend[k].share[i], 1);
          g_autofree char *cell = g_strdup_printf ("%s %s%%", count, share);

          g_string_append_c (out, ' ');
          _bp_text_padded (out, cell, 12, TRUE);
        }
      g_string_append (out, "  ");
      _bp_text_padded (out, five, 18, TRUE);
      g_string_append (out, "  ");
      _bp_text_padded (out, one, 18, TRUE);
      g_string_append_c (out, '\n');
    }
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpDisparity *d = value;
  /* The groups' column is as wide as its longest name in this language, 24 at least. */
  glong group_width = 24;

  g_string_append_c (out, '\n');
  append_disparity_title (out, d);
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    group_width = MAX (group_width, g_utf8_strlen (_(d->rows[i].group), -1));
  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    append_disparity_row (out, &d->rows[i], i == BP_ETHNIC_WHITE, group_width);
  append_disparity_trend (out, d, group_width);
  bp_indicator_text_note (out, d->note);
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpDisparity *d = value;
  g_autofree char *name = g_strdup_printf ("disparity_%s", bp_stage_name (d->stage));
  BpDay s = d->year.start, e = d->year.end;

  for (int i = 0; i < BP_DISPARITY_N_ROWS; i++)
    {
      const BpDisparityRow *r = &d->rows[i];

      bp_indicator_csv_row (out, name, "count", r->group, s, e, (double) r->count);
      bp_indicator_csv_row (out, name, "population", r->group, s, e,
                            r->population >= 0 ? (double) r->population : NAN);
      bp_indicator_csv_row (out, name, "rate_per_100k", r->group, s, e, r->rate);
      bp_indicator_csv_row (out, name, "share_pct", r->group, s, e, r->share);
      bp_indicator_csv_row (out, name, "population_share_pct", r->group, s, e,
                            r->population_share);
      bp_indicator_csv_row (out, name, "pp_difference", r->group, s, e, r->pp_difference);
      bp_indicator_csv_row (out, name, "rri", r->group, s, e, r->rri);
      bp_indicator_csv_row (out, name, "rri_ci_low", r->group, s, e, r->ci_low);
      bp_indicator_csv_row (out, name, "rri_ci_high", r->group, s, e, r->ci_high);
    }
}

const BpIndicator bp_disparity_indicator = {
  .key = "disparity",
  /* Translators: the name of an indicator */
  .title = N_("Ethnic disproportionality"),
  .needs = BP_NEEDS_OUTCOMES | BP_NEEDS_POPULATION,
  .compute = compute,
  .free = free_value,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
};

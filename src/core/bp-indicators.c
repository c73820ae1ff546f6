/* bp-indicators.c: the indicators of domain.md sections 1-8
 *
 * Everything is computed from the compact case records (bp-case-data.c), whose rows of a
 * child are contiguous and in date order, so each indicator is one pass over the data.
 * Figures keep full precision; rounding is for display only (bp_round_half_away()).
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-indicators.h"

G_DEFINE_QUARK (bp-indicators-error-quark, bp_indicators_error)

static const char *stage_names[BP_N_STAGES] = {
  "cautioned_or_sentenced", "fte", "custody", "remand",
};

/* Shown to people, translated where shown with the context "stage"
 * (g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (stage))): the stage
 * follows "children" and "to be" in sentences, so a translation may need a form the
 * same English words take nowhere else. */
static const char *stage_descriptions[BP_N_STAGES] = {
  /* Translators: a stage of the youth justice system at which ethnic disproportionality
   * is measured, describing children, as in "children cautioned or sentenced" */
  NC_("stage", "cautioned or sentenced"),
  /* Translators: a stage of the youth justice system at which ethnic disproportionality
   * is measured: children who received their first youth caution or court sentence, as
   * in "children first time entrants" (a phrase describing children, e.g. Welsh "a ddaeth
   * i'r system am y tro cyntaf") */
  NC_("stage", "first time entrants"),
  /* Translators: a stage of the youth justice system at which ethnic disproportionality
   * is measured, describing children, as in "children sentenced to custody" */
  NC_("stage", "sentenced to custody"),
  /* Translators: a stage of the youth justice system at which ethnic disproportionality
   * is measured, describing children, as in "children remanded" (to custody or to
   * local authority accommodation before a trial or sentence) */
  NC_("stage", "remanded"),
};

const char *
bp_stage_name (BpStage stage)
{
  g_return_val_if_fail ((int) stage >= 0 && stage < BP_N_STAGES, NULL);
  return stage_names[stage];
}

const char *
bp_stage_description (BpStage stage)
{
  g_return_val_if_fail ((int) stage >= 0 && stage < BP_N_STAGES, NULL);
  return stage_descriptions[stage];
}

gboolean
bp_stage_parse (const char *text,
                BpStage    *out_stage)
{
  for (int s = 0; s < BP_N_STAGES; s++)
    if (g_strcmp0 (text, stage_names[s]) == 0)
      {
        *out_stage = (BpStage) s;
        return TRUE;
      }
  return FALSE;
}

/* --- the calendar of domain.md section 1 ------------------------------------------- */

/* The latest quarter end on or before the latest outcome held. */
BpDay
bp_default_period_end (BpDay latest_outcome)
{
  return bp_quarter_end_on_or_before (latest_outcome);
}

/* The 12 months ending at @period_end. */
BpPeriod
bp_rolling_year (BpDay period_end)
{
  BpPeriod p = { bp_quarter_end_add (period_end, -4) + 1, period_end };

  return p;
}

/* The quarter ending 21 months before @period_end (31 Mar 2024 -> Apr-Jun 2022). */
BpPeriod
bp_reoffending_quarter_cohort (BpDay period_end)
{
  BpDay end = bp_quarter_end_add (period_end, -7);
  BpPeriod p = { bp_quarter_start (end), end };

  return p;
}

/* The four 3-month cohorts ending with the quarter cohort (Jul 2021 - Jun 2022). */
BpPeriod
bp_reoffending_year_cohort (BpDay period_end)
{
  BpDay end = bp_quarter_end_add (period_end, -7);
  BpPeriod p = { bp_quarter_end_add (end, -4) + 1, end };

  return p;
}

/* The latest financial year ending on or before @period_end. */
BpPeriod
bp_disparity_year (BpDay period_end)
{
  int y, m;
  BpPeriod p;

  bp_day_to_ymd (period_end, &y, &m, NULL);
  if (m < 3 || (m == 3 && period_end < bp_day_from_ymd (y, 3, 31)))
    y--;
  p.end = bp_day_from_ymd (y, 3, 31);
  p.start = bp_day_from_ymd (y - 1, 4, 1);
  return p;
}

/* --- arithmetic --------------------------------------------------------------------- */

/**
 * bp_rri_confidence_interval:
 * The relative rate index of a group against White and its 95% confidence interval by
 * Katz's log method (domain.md section 7). NAN where it cannot be computed: no RRI when
 * the White rate is zero, no interval when either count is zero.
 */
void
bp_rri_confidence_interval (gint64  n_group,
                            gint64  p_group,
                            gint64  n_white,
                            gint64  p_white,
                            double *out_rri,
                            double *out_low,
                            double *out_high)
{
  double rri = NAN, low = NAN, high = NAN;

  if (p_group > 0 && p_white > 0 && n_white > 0)
    {
      rri = ((double) n_group / (double) p_group) / ((double) n_white / (double) p_white);
      if (n_group > 0)
        {
          double se = sqrt (1.0 / (double) n_group - 1.0 / (double) p_group +
                            1.0 / (double) n_white - 1.0 / (double) p_white);

          low = exp (log (rri) - 1.96 * se);
          high = exp (log (rri) + 1.96 * se);
        }
    }
  *out_rri = rri;
  *out_low = low;
  *out_high = high;
}

static gboolean
in_period (BpDay           day,
           const BpPeriod *p)
{
  return day != BP_DAY_INVALID && day >= p->start && day <= p->end;
}

static int
age_at (const BpCaseRecord *r,
        BpDay               when)
{
  return bp_age_at (r->date_of_birth, when);
}

/* Indicators count children aged 10-17 at the outcome date whose status is Local
 * (worked out once, when the case data is made). */
static inline gboolean
counts (const BpCaseRecord *r)
{
  return (r->bits & BP_CASE_COUNTS) != 0;
}

/* The flags of every outcome type, looked up once: this is on the hot path of every
 * indicator. */
static guint8 type_flags[BP_N_OUTCOME_TYPES];
static guint8 type_is_remand[BP_N_OUTCOME_TYPES];

static void
init_type_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (int t = 0; t < BP_N_OUTCOME_TYPES; t++)
        {
          type_flags[t] = (guint8) bp_outcome_type_flags ((BpOutcomeType) t);
          type_is_remand[t] = bp_outcome_type_tier ((BpOutcomeType) t) == BP_TIER_REMAND;
        }
      g_once_init_leave (&done, 1);
    }
}

static inline BpOutcomeFlags
flags_of (const BpCaseRecord *r)
{
  return (BpOutcomeFlags) type_flags[r->type];
}

/* --- comparators ------------------------------------------------------------------ */

static void
benchmark_free (gpointer data)
{
  BpBenchmark *b = data;

  g_free (b->indicator);
  g_free (b->area_type);
  g_free (b->area_name);
  g_free (b->value_text);
  g_free (b->numerator);
  g_free (b->denominator);
  g_free (b->source);
  g_free (b);
}

static char *
column_text_dup (sqlite3_stmt *stmt,
                 int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * bp_change_too_small:
 * Whether a change from @before to @now must be said in counts ("up from 2 to 3"), not as
 * a percentage: a count below 10 in either period swings widely by chance, and 2 becoming
 * 3 is not "up 50%".
 */
gboolean
bp_change_too_small (gint64 before,
                     gint64 now)
{
  return before < BP_SMALL_COUNT || now < BP_SMALL_COUNT;
}

/**
 * bp_benchmark_find:
 * @benchmarks: (element-type BpBenchmark) (nullable): comparators of a report
 * @indicator: (nullable): e.g. "FTE_RATE", or %NULL for any
 * @area_type: YJS, FAMILY, REGION or NATIONAL
 *
 * The first published comparator of that kind of area. For YJS that is the area's own
 * figure only: the YJS rows of other services are neighbours, never the area's.
 *
 * Returns: (transfer none) (nullable)
 */
const BpBenchmark *
bp_benchmark_find (GPtrArray  *benchmarks,
                   const char *indicator,
                   const char *area_type)
{
  gboolean yjs = g_strcmp0 (area_type, "YJS") == 0;

  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (benchmarks, i);

      if (g_strcmp0 (b->area_type, area_type) == 0 && (!yjs || b->own) &&
          (indicator == NULL || g_strcmp0 (b->indicator, indicator) == 0))
        return b;
    }
  return NULL;
}

/* Published comparators for @indicators ('|'-separated) over exactly @period, in the
 * order YJS, FAMILY, REGION, NATIONAL. Returns: (transfer full) */
static GPtrArray *
find_benchmarks (BpStore        *store,
                 const char     *indicators,
                 const BpPeriod *period)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (benchmark_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GStrv) names = g_strsplit (indicators, "|", -1);
  g_autofree char *area = NULL;

  if (store == NULL)
    return found;
  area = bp_store_get_area (store);
  stmt = bp_store_prepare (store,
                           "SELECT indicator, area_type, area_name, value_text, value, "
                           "  numerator_text, denominator_text, rank, rank_of, source "
                           "FROM benchmark WHERE indicator = ? AND period_start = ? "
                           "  AND period_end = ? "
                           "ORDER BY CASE area_type WHEN 'YJS' THEN 0 WHEN 'FAMILY' THEN 1 "
                           "  WHEN 'REGION' THEN 2 ELSE 3 END, area_name", NULL);
  if (stmt == NULL)
    return found;

  for (guint i = 0; names[i]; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, names[i], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, period->start);
      sqlite3_bind_int (stmt, 3, period->end);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          BpBenchmark *b = g_new0 (BpBenchmark, 1);

          b->indicator = column_text_dup (stmt, 0);
          b->area_type = column_text_dup (stmt, 1);
          b->area_name = column_text_dup (stmt, 2);
          b->value_text = column_text_dup (stmt, 3);
          b->value = sqlite3_column_double (stmt, 4);
          b->numerator = column_text_dup (stmt, 5);
          b->denominator = column_text_dup (stmt, 6);
          b->rank = sqlite3_column_int (stmt, 7);
          b->rank_of = sqlite3_column_int (stmt, 8);
          b->source = column_text_dup (stmt, 9);
          b->own = area != NULL && g_strcmp0 (b->area_type, "YJS") == 0 &&
                   g_strcmp0 (b->area_name, area) == 0;
          g_ptr_array_add (found, b);
        }
    }
  return found;
}

/* --- first time entrants and custody --------------------------------------------- */

/* A counted event of a rate indicator: an FTE or a custodial sentence occasion. */
typedef struct
{
  BpDay day;
  guint8 sex;
  guint8 age;
  guint8 ethnic_group;
} Event;

/* A child is an FTE on the date of their first ever statutory outcome held, counted
 * when they were 10-17 then and the outcome is Local. */
static GArray *
collect_ftes (BpCaseData *cases)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (Event));
  gint32 done_child = -1;

  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];

      if (r->child == done_child || !(flags_of (r) & BP_OUTCOME_FLAG_STATUTORY))
        continue;
      done_child = r->child;
      if (counts (r))
        {
          Event e = { r->outcome_date, r->sex, (guint8) age_at (r, r->outcome_date),
                      r->ethnic_group };

          g_array_append_val (events, e);
        }
    }
  return events;
}

/* Custodial sentences: distinct (child, outcome date) occasions. */
static GArray *
collect_custody (BpCaseData *cases)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (Event));
  gint32 last_child = -1;
  BpDay last_day = BP_DAY_INVALID;

  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];
      Event e;

      if (!(flags_of (r) & BP_OUTCOME_FLAG_CUSTODIAL) || !counts (r))
        continue;
      if (r->child == last_child && r->outcome_date == last_day)
        continue;
      last_child = r->child;
      last_day = r->outcome_date;
      e.day = r->outcome_date;
      e.sex = r->sex;
      e.age = (guint8) age_at (r, r->outcome_date);
      e.ethnic_group = r->ethnic_group;
      g_array_append_val (events, e);
    }
  return events;
}

static gint64
count_events (GArray         *events,
              const BpPeriod *period)
{
  gint64 n = 0;

  for (guint i = 0; i < events->len; i++)
    if (in_period (g_array_index (events, Event, i).day, period))
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
      const Event *e = &g_array_index (events, Event, i);

      if (!in_period (e->day, p))
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

static void
compute_rate_indicator (BpRateIndicator *ind,
                        BpRateKind       kind,
                        BpCaseData      *cases,
                        BpPopulation    *population,
                        BpStore         *store,
                        BpDay            period_end)
{
  g_autoptr(GArray) events = kind == BP_RATE_FTE ? collect_ftes (cases) : collect_custody (cases);
  const char *indicator = kind == BP_RATE_FTE ? "FTE_RATE" : "CUSTODY_RATE";
  BpPeriod previous = bp_rolling_year (bp_quarter_end_add (period_end, -4));

  ind->kind = kind;
  ind->per = kind == BP_RATE_FTE ? 100000.0 : 1000.0;

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      BpPeriod p = bp_rolling_year (bp_quarter_end_add (period_end, q - (BP_SERIES_QUARTERS - 1)));

      rate_value (&ind->series[q], population, events, &p, ind->per);
      ind->series[q].benchmarks = find_benchmarks (store, indicator, &p);
    }
  ind->current = ind->series[BP_SERIES_QUARTERS - 1];
  ind->current.benchmarks = find_benchmarks (store, indicator, &ind->current.period);
  rate_value (&ind->previous, population, events, &previous, ind->per);
  ind->previous.benchmarks = find_benchmarks (store, indicator, &previous);

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
}

/* --- proven reoffending ------------------------------------------------------------ */

static gboolean
is_index_type (const BpCaseRecord *r)
{
  BpOutcomeFlags f = flags_of (r);

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
          if (is_index_type (r) && in_period (r->outcome_date, cohort))
            day = r->outcome_date;
          else if ((flags_of (r) & BP_OUTCOME_FLAG_CUSTODIAL) && in_period (r->release_date, cohort))
            day = r->release_date;
          if (day != BP_DAY_INVALID && (index_day == BP_DAY_INVALID || day < index_day))
            {
              index_day = day;
              index_row = r;
            }
        }
      if (index_row == NULL)
        continue;
      age = age_at (index_row, index_day);
      if (age < 10 || age > 17)
        continue;

      /* Proven reoffences: offences committed within 12 months after the index date
       * and proven within 18 months of it; breaches excluded; at any age. */
      offence_limit = bp_day_add_months (index_day, 12);
      proven_limit = bp_day_add_months (index_day, 18);
      for (gsize j = start; j < end; j++)
        {
          const BpCaseRecord *r = &cases->records[j];

          if ((flags_of (r) & BP_OUTCOME_FLAG_STATUTORY) && !(r->bits & BP_CASE_BREACH) &&
              r->offence_date != BP_DAY_INVALID && r->offence_date > index_day &&
              r->offence_date <= offence_limit && r->outcome_date <= proven_limit)
            reoffences++;
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
               const char          *suffix)
{
  g_autofree char *indicators = g_strdup_printf ("REOFF_BINARY_%s|REOFF_FREQ_%s|"
                                                 "REOFF_PER_REOFFENDER_%s", suffix, suffix,
                                                 suffix);

  c->binary_rate = c->cohort_size > 0 ? (double) c->reoffenders / (double) c->cohort_size * 100.0
                                      : NAN;
  c->frequency = c->cohort_size > 0 ? (double) c->reoffences / (double) c->cohort_size : NAN;
  c->per_reoffender = c->reoffenders > 0 ? (double) c->reoffences / (double) c->reoffenders : NAN;
  c->follow_up_complete = latest_outcome != BP_DAY_INVALID &&
                          latest_outcome >= bp_day_add_months (c->cohort.end, 18);
  c->benchmarks = find_benchmarks (store, indicators, &c->cohort);
}

static void
compute_reoffending (BpReoffending *reoff,
                     BpCaseData    *cases,
                     BpStore       *store,
                     BpDay          period_end)
{
  BpReoffendingCohort *q = &reoff->quarter, *y = &reoff->year;

  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      BpDay end = bp_quarter_end_add (period_end, -7 - (BP_REOFFENDING_SERIES - 1 - k));
      BpPeriod p = { bp_quarter_start (end), end };

      compute_cohort (&reoff->series[k], cases, &p);
      finish_cohort (&reoff->series[k], cases->latest_outcome, store, "Q");
    }

  *q = reoff->series[BP_REOFFENDING_SERIES - 1];
  q->benchmarks = find_benchmarks (store, "REOFF_BINARY_Q|REOFF_FREQ_Q|REOFF_PER_REOFFENDER_Q",
                                   &q->cohort);

  /* The 12-month cohort is the sum of its four 3-month cohorts: a child may count in
   * more than one of them. */
  memset (y, 0, sizeof *y);
  y->cohort = bp_reoffending_year_cohort (period_end);
  for (int k = BP_REOFFENDING_SERIES - 4; k < BP_REOFFENDING_SERIES; k++)
    {
      y->cohort_size += reoff->series[k].cohort_size;
      y->reoffenders += reoff->series[k].reoffenders;
      y->reoffences += reoff->series[k].reoffences;
    }
  finish_cohort (y, cases->latest_outcome, store, "Y");

  if (!q->follow_up_complete)
    reoff->note = g_strdup (_("The follow-up is not complete: fewer than 18 months of "
                              "outcomes are held after the cohort ends, so these figures "
                              "will rise."));
}

/* --- ethnic disproportionality ----------------------------------------------------- */

static gboolean
qualifies (const BpCaseRecord *r,
           BpStage             stage)
{
  BpOutcomeFlags f = flags_of (r);

  switch (stage)
    {
    case BP_STAGE_CAUTIONED_OR_SENTENCED:
      return (f & BP_OUTCOME_FLAG_STATUTORY) != 0;
    case BP_STAGE_CUSTODY:
      return (f & BP_OUTCOME_FLAG_CUSTODIAL) != 0;
    case BP_STAGE_REMAND:
      return type_is_remand[r->type];
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
              if (first_statutory_seen || !(flags_of (r) & BP_OUTCOME_FLAG_STATUTORY))
                continue;
              first_statutory_seen = TRUE;
              if (!counts (r))
                continue;
            }
          else if (!counts (r) || !qualifies (r, stage))
            continue;

          for (y = 0; y < n_years && !in_period (r->outcome_date, &years[y]); y++)
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
    case BP_N_STAGES:
    default:
      g_assert_not_reached ();
    }
}

static void
compute_disparity (BpDisparity  *d,
                   BpCaseData   *cases,
                   BpPopulation *population,
                   BpStage       stage,
                   BpDay         period_end)
{
  DisparityCounts now, before;
  BpPeriod years[BP_DISPARITY_YEARS];
  gint64 by_year[BP_DISPARITY_YEARS][BP_N_ETHNIC_GROUPS];
  gint64 group_population = 0;
  gboolean have_population;
  int prev_year = 0;
  const char *prev_source = NULL;
  const int last = BP_DISPARITY_YEARS - 1;

  G_STATIC_ASSERT (BP_DISPARITY_YEARS >= 2);

  d->stage = stage;
  d->year = bp_disparity_year (period_end);
  for (int k = 0; k < BP_DISPARITY_YEARS; k++)
    years[k] = (BpPeriod) { bp_day_add_months (d->year.start, -12 * (last - k)),
                            bp_day_add_months (d->year.end, -12 * (last - k)) };
  count_children (cases, stage, years, BP_DISPARITY_YEARS, by_year);

  have_population = disparity_counts (by_year[last], population, &d->year, &now,
                                      &d->population_year, &d->population_source);
  disparity_counts (by_year[last - 1], population, &years[last - 1], &before, &prev_year,
                    &prev_source);

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
}

/* --- the report -------------------------------------------------------------------- */

/* The area as set for the database; never guessed from the benchmarks, where the
 * most frequent YJS name may well be a neighbour's. */
static char *
area_name (BpStore *store)
{
  char *name = store ? bp_store_get_area (store) : NULL;

  return name ? name : g_strdup ("");
}

/**
 * bp_report_compute_from:
 * @store: (nullable): where comparators and the area name come from
 *
 * Computes every indicator for the period ending at @options->period_end (a quarter
 * end), or at the default period end.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
BpReport *
bp_report_compute_from (BpCaseData             *cases,
                        BpPopulation           *population,
                        BpStore                *store,
                        const BpReportOptions  *options,
                        GError                **error)
{
  g_autoptr(BpReport) report = NULL;
  BpDay end = options->period_end;

  g_return_val_if_fail (cases != NULL, NULL);

  if (end == BP_DAY_INVALID)
    {
      if (cases->latest_outcome == BP_DAY_INVALID)
        {
          g_set_error_literal (error, BP_INDICATORS_ERROR, BP_INDICATORS_ERROR_NO_DATA,
                               /* Translators: "boardpack import outcomes FILE" is a command:
                                * keep it as it is */
                               _("No case data has been imported, so there is nothing to "
                                 "report; import outcomes first (boardpack import outcomes "
                                 "FILE)"));
          return NULL;
        }
      end = bp_default_period_end (cases->latest_outcome);
    }
  else if (!bp_day_is_quarter_end (end))
    {
      g_autofree char *iso = bp_day_to_iso (end);

      g_set_error (error, BP_INDICATORS_ERROR, BP_INDICATORS_ERROR_BAD_PERIOD,
                   /* Translators: %s is a date as given, in the form YYYY-MM-DD, e.g.
                    * "2024-05-31 is not a quarter end: a period ends on 30 June, 30
                    * September, 31 December or 31 March" */
                   _("%s is not a quarter end: a period ends on 30 June, 30 September, "
                     "31 December or 31 March"), iso);
      return NULL;
    }

  init_type_tables ();
  report = g_new0 (BpReport, 1);
  report->area = area_name (store);
  report->area_set = report->area[0] != '\0';
  report->period = bp_rolling_year (end);
  report->latest_outcome = cases->latest_outcome;
  compute_rate_indicator (&report->fte, BP_RATE_FTE, cases, population, store, end);
  compute_rate_indicator (&report->custody, BP_RATE_CUSTODY, cases, population, store, end);
  compute_reoffending (&report->reoffending, cases, store, end);
  compute_disparity (&report->disparity, cases, population, options->stage, end);

  if (cases->latest_outcome == BP_DAY_INVALID || report->period.start > cases->latest_outcome)
    {
      g_free (report->fte.note);
      report->fte.note = g_strdup (_("No outcomes are held for this period: the latest "
                                     "outcome imported is earlier."));
    }
  return g_steal_pointer (&report);
}

/**
 * bp_report_compute:
 * Loads the store's data and computes the report. Returns: (transfer full) (nullable)
 */
BpReport *
bp_report_compute (BpStore                *store,
                   const BpReportOptions  *options,
                   GError                **error)
{
  g_autoptr(BpCaseData) cases = NULL;
  g_autoptr(BpPopulation) population = NULL;
  BpReport *report;

  g_return_val_if_fail (BP_IS_STORE (store), NULL);

  cases = bp_case_data_load (store, error);
  if (cases == NULL)
    return NULL;
  population = bp_population_load (store, error);
  if (population == NULL)
    return NULL;
  report = bp_report_compute_from (cases, population, store, options, error);
  if (report != NULL)
    {
      report->quality = bp_data_quality_compute (store, cases, population);
      report->data_note = g_strdup (cases->note);
      report->population = g_steal_pointer (&population);
    }
  return report;
}

static void
rate_indicator_clear (BpRateIndicator *ind)
{
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    g_clear_pointer (&ind->series[q].benchmarks, g_ptr_array_unref);
  g_clear_pointer (&ind->current.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&ind->previous.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&ind->note, g_free);
}

void
bp_report_free (BpReport *report)
{
  if (report == NULL)
    return;
  g_free (report->area);
  g_clear_pointer (&report->quality, bp_data_quality_free);
  g_free (report->data_note);
  rate_indicator_clear (&report->fte);
  rate_indicator_clear (&report->custody);
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    g_clear_pointer (&report->reoffending.series[k].benchmarks, g_ptr_array_unref);
  g_clear_pointer (&report->reoffending.quarter.benchmarks, g_ptr_array_unref);
  g_clear_pointer (&report->reoffending.year.benchmarks, g_ptr_array_unref);
  g_free (report->reoffending.note);
  g_free (report->disparity.note);
  g_clear_pointer (&report->population, bp_population_free);
  g_free (report);
}

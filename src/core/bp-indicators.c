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

#include "bp-indicator-private.h"

G_DEFINE_QUARK (bp-indicators-error-quark, bp_indicators_error)

static const char *stage_names[BP_N_STAGES] = {
  "cautioned_or_sentenced", "fte", "custody", "remand", "diversion", "any_outcome",
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
  /* Translators: a stage of the youth justice system at which ethnic disproportionality
   * is measured, describing children, as in "children given an out-of-court outcome"
   * (a community resolution, triage, a youth caution, ...) */
  NC_("stage", "given an out-of-court outcome"),
  /* Translators: a stage of the youth justice system at which ethnic disproportionality
   * is measured, describing children, as in "children with any outcome" (remands and
   * bail included) */
  NC_("stage", "with any outcome"),
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

/* The flags and tier of every outcome type, looked up once: this is on the hot path of
 * every indicator. */
guint8 _bp_type_flags[BP_N_OUTCOME_TYPES];
guint8 _bp_type_tier[BP_N_OUTCOME_TYPES];

void
_bp_indicator_init_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (int t = 0; t < BP_N_OUTCOME_TYPES; t++)
        {
          _bp_type_flags[t] = (guint8) bp_outcome_type_flags ((BpOutcomeType) t);
          _bp_type_tier[t] = (guint8) bp_outcome_type_tier ((BpOutcomeType) t);
        }
      g_once_init_leave (&done, 1);
    }
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

/* Published comparators with any of the @n_codes @codes (-1: NULL-terminated) over
 * exactly @period, in the order YJS, FAMILY, REGION, NATIONAL. Returns: (transfer full) */
GPtrArray *
_bp_find_benchmarks (BpStore           *store,
                     const char *const *names,
                     int                n_codes,
                     const BpPeriod    *period)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (benchmark_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *area = NULL;

  if (store == NULL || names == NULL)
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

  for (int i = 0; n_codes < 0 ? names[i] != NULL : i < n_codes; i++)
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

  _bp_indicator_init_tables ();
  report = g_new0 (BpReport, 1);
  report->area = area_name (store);
  report->area_set = report->area[0] != '\0';
  report->period = bp_rolling_year (end);
  report->latest_outcome = cases->latest_outcome;
  {
    BpIndicatorInput input = { cases, population, store, end, options };
    const BpIndicator *const *list;
    guint n;

    list = bp_indicators_list (&n);
    for (guint i = 0; i < n; i++)
      {
        /* NULL with a note: this one cannot be computed, the others go on */
        report->values[i] = list[i]->compute (report, &input, &report->notes[i]);
      }
  }

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

void
bp_report_free (BpReport *report)
{
  const BpIndicator *const *list;
  guint n;

  if (report == NULL)
    return;
  list = bp_indicators_list (&n);
  for (guint i = 0; i < n; i++)
    {
      if (list[i]->free != NULL && report->values[i] != NULL)
        list[i]->free (report->values[i]);
      g_free (report->notes[i]);
    }
  g_free (report->area);
  g_clear_pointer (&report->quality, bp_data_quality_free);
  g_free (report->data_note);
  g_clear_pointer (&report->population, bp_population_free);
  g_free (report);
}

/* bp-report-mask.c: what a profile may see of a report (domain.md section 9)
 *
 * The one place that decides which of a report's figures a partner may see, for the
 * workbook, the PDF, the charts and the window alike. It lays out every count the pack
 * shows and how they relate in one BpDisclosurePlan (bp-disclosure.c), which hides
 * counts of 1-4 and then whatever else is needed so that none can be worked back; a
 * rate, share, RRI or change made from a hidden count is hidden with it by whoever
 * shows it (bp_report_mask() for the charts, the pack's sheets for the tables).
 */

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "bp-indicator.h"
#include "bp-report-mask.h"

gboolean
bp_profile_hides_count (BpProfile profile,
                        gint64    count)
{
  return profile == BP_PROFILE_PARTNER && count >= 1 && count <= 4;
}

/* The pack's figures of one kind of count, keyed so that the same count shown on two
 * sheets is one figure. */
static guint
add (BpDisclosurePlan *plan,
     gint64            count,
     const char       *format,
     ...) G_GNUC_PRINTF (3, 4);

static guint
add (BpDisclosurePlan *plan,
     gint64            count,
     const char       *format,
     ...)
{
  g_autofree char *key = NULL;
  va_list args;

  va_start (args, format);
  key = g_strdup_vprintf (format, args);
  va_end (args);
  return bp_disclosure_plan_add (plan, key, count);
}

/* A row whose figures go together: a rate or share of the row would give back any one
 * of them from the others. */
static void
together (BpDisclosurePlan *plan,
          const guint      *figures,
          guint             n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      if (i != j)
        bp_disclosure_plan_follow (plan, figures[i], figures[j]);
}

/* Counts of the ethnic groups of one year: the groups Asian to White add up to the
 * children of known ethnicity, and Asian to Other to "Ethnic minority groups". */
static void
relate_groups (BpDisclosurePlan *plan,
               const guint      *groups,
               guint             known)
{
  bp_disclosure_plan_sum (plan, known, groups, BP_ETHNIC_WHITE + 1);
  bp_disclosure_plan_sum (plan, groups[BP_DISPARITY_MINORITIES], groups, BP_ETHNIC_WHITE);
}

/**
 * bp_report_hidden_compute:
 * Works out which figures of @report @profile hides, over the whole pack at once: every
 * count the pack shows is one figure however often it is printed, and every relation a
 * reader can see between them (a 12-month cohort is four 3-month cohorts; the ethnic
 * groups add up to the children of known ethnicity, and with the unknown to all
 * children; the minority groups add up to "Ethnic minority groups") is held against
 * them by bp_disclosure_plan_apply(), so that no hidden count can be worked back.
 */
void
bp_report_hidden_compute (const BpReport *report,
                          BpProfile       profile,
                          BpReportHidden *h)
{
  g_autoptr(BpDisclosurePlan) plan = NULL;
  const BpDisparity *d;
  guint fte[BP_SERIES_QUARTERS], custody[BP_SERIES_QUARTERS];
  guint size[BP_REOFFENDING_SERIES], reoffenders[BP_REOFFENDING_SERIES];
  guint reoffences[BP_REOFFENDING_SERIES];
  guint year_size[2], year_reoffenders[2], year_reoffences[2];
  guint group[BP_DISPARITY_N_ROWS], previous[BP_DISPARITY_N_ROWS];
  guint total, known, unknown, previous_known;
  guint trend[BP_DISPARITY_TREND_YEARS][BP_DISPARITY_N_ROWS];
  guint trend_known[BP_DISPARITY_TREND_YEARS];

  g_return_if_fail (report != NULL);
  g_return_if_fail (h != NULL);

  memset (h, 0, sizeof *h);
  if (profile == BP_PROFILE_INTERNAL)
    return;

  d = &report->disparity;
  plan = bp_disclosure_plan_new ();
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      fte[q] = add (plan, report->fte.series[q].count, "fte.%d", q);
      custody[q] = add (plan, report->custody.series[q].count, "custody.%d", q);
    }

  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCohort *c = &report->reoffending.series[k];

      size[k] = add (plan, c->cohort_size, "reoffending.%d.cohort", k);
      reoffenders[k] = add (plan, c->reoffenders, "reoffending.%d.reoffenders", k);
      reoffences[k] = add (plan, c->reoffences, "reoffending.%d.reoffences", k);
    }
  for (int half = 0; half < 2; half++)
    {
      gint64 sums[3] = { 0 };

      for (int k = 0; k < 4; k++)
        {
          const BpReoffendingCohort *c = &report->reoffending.series[half * 4 + k];

          sums[0] += c->cohort_size;
          sums[1] += c->reoffenders;
          sums[2] += c->reoffences;
        }
      year_size[half] = add (plan, sums[0], "reoffending.year%d.cohort", half);
      year_reoffenders[half] = add (plan, sums[1], "reoffending.year%d.reoffenders", half);
      year_reoffences[half] = add (plan, sums[2], "reoffending.year%d.reoffences", half);
      bp_disclosure_plan_sum (plan, year_size[half], size + half * 4, 4);
      bp_disclosure_plan_sum (plan, year_reoffenders[half], reoffenders + half * 4, 4);
      bp_disclosure_plan_sum (plan, year_reoffences[half], reoffences + half * 4, 4);
    }
  for (int k = 0; k < BP_REOFFENDING_SERIES + 2; k++)
    {
      gboolean year = k >= BP_REOFFENDING_SERIES;
      int i = year ? k - BP_REOFFENDING_SERIES : k;
      /* The percentage who reoffended, the frequency and the reoffences per reoffender
       * are shown with the counts: any two of a row give the third back. */
      guint row[3] = { year ? year_size[i] : size[i],
                       year ? year_reoffenders[i] : reoffenders[i],
                       year ? year_reoffences[i] : reoffences[i] };

      together (plan, row, 3);
    }

  /* The 12-month cohort by sex, age band, ethnic group and tier: each breakdown adds up
   * to the cohort, its reoffenders and its reoffences; a part's percentage and counts
   * give each other back. */
  {
    const BpReoffendingBreakdowns *bd = &report->reoffending.year.breakdowns;
    const struct
    {
      const char               *name;
      const BpReoffendingCount *parts;
      guint                     n;
    } dims[] = {
      { "sex", bd->by_sex, BP_N_SEXES },
      { "age", bd->by_age, G_N_ELEMENTS (bd->by_age) },
      { "ethnicity", bd->by_group, BP_N_ETHNIC_GROUPS },
      { "tier", bd->by_tier, BP_N_TIERS },
    };

    for (guint k = 0; k < G_N_ELEMENTS (dims); k++)
      {
        guint cohort[8], reoffenders_of[8], reoffences_of[8];

        g_assert (dims[k].n <= G_N_ELEMENTS (cohort));
        for (guint i = 0; i < dims[k].n; i++)
          {
            guint row[3];

            row[0] = cohort[i] = add (plan, dims[k].parts[i].cohort,
                                      "reoffending.year.%s.%u.cohort", dims[k].name, i);
            row[1] = reoffenders_of[i] = add (plan, dims[k].parts[i].reoffenders,
                                              "reoffending.year.%s.%u.reoffenders",
                                              dims[k].name, i);
            row[2] = reoffences_of[i] = add (plan, dims[k].parts[i].reoffences,
                                             "reoffending.year.%s.%u.reoffences",
                                             dims[k].name, i);
            together (plan, row, 3);
          }
        bp_disclosure_plan_sum (plan, year_size[1], cohort, dims[k].n);
        bp_disclosure_plan_sum (plan, year_reoffenders[1], reoffenders_of, dims[k].n);
        bp_disclosure_plan_sum (plan, year_reoffences[1], reoffences_of, dims[k].n);
      }
  }

  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    {
      group[g] = add (plan, d->rows[g].count, "disparity.%d", g);
      previous[g] = add (plan, d->rows[g].previous_count, "disparity.previous.%d", g);
    }
  known = add (plan, d->known_total, "disparity.known");
  unknown = add (plan, d->unknown_count, "disparity.unknown");
  total = add (plan, d->total, "disparity.total");
  {
    gint64 sum = 0;

    for (int g = 0; g <= BP_ETHNIC_WHITE; g++)
      sum += MAX (d->rows[g].previous_count, 0);
    previous_known = add (plan, sum, "disparity.previous.known");
  }
  relate_groups (plan, group, known);
  relate_groups (plan, previous, previous_known);

  /* The six-year series: with no pooling its last two years are this year's and the year
   * before's counts, the same figures; pooled, this period and the one before are each
   * the sum of their years. */
  {
    const int T = BP_DISPARITY_TREND_YEARS;
    const int n = CLAMP (d->years, 1, 3);

    for (int k = 0; k < T; k++)
      {
        for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
          trend[k][g] = n == 1 && k == T - 1 ? group[g]
                        : n == 1 && k == T - 2 ? previous[g]
                        : add (plan, d->trend[k].count[g], "disparity.trend.%d.%d", k, g);
        trend_known[k] = n == 1 && k == T - 1 ? known
                         : n == 1 && k == T - 2 ? previous_known
                         : add (plan, d->trend[k].known_total, "disparity.trend.%d.known", k);
        relate_groups (plan, trend[k], trend_known[k]);
      }
    if (n > 1)
      {
        guint parts[3];

        for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
          {
            for (int k = 0; k < n; k++)
              parts[k] = trend[T - n + k][g];
            bp_disclosure_plan_sum (plan, group[g], parts, n);
            for (int k = 0; k < n; k++)
              parts[k] = trend[T - 2 * n + k][g];
            bp_disclosure_plan_sum (plan, previous[g], parts, n);
          }
        for (int k = 0; k < n; k++)
          parts[k] = trend_known[T - n + k];
        bp_disclosure_plan_sum (plan, known, parts, n);
        for (int k = 0; k < n; k++)
          parts[k] = trend_known[T - 2 * n + k];
        bp_disclosure_plan_sum (plan, previous_known, parts, n);
      }
  }
  {
    guint parts[2] = { known, unknown };

    bp_disclosure_plan_sum (plan, total, parts, 2);
  }

  /* the indicators of the registry say their own figures and relations */
  {
    const BpIndicator *const *list;
    guint n;

    list = bp_indicators_list (&n);
    for (guint i = 0; i < n; i++)
      {
        gconstpointer value = bp_report_value (report, list[i]);

        if (list[i]->disclose != NULL && value != NULL)
          list[i]->disclose (report, value, plan);
      }
  }

  bp_disclosure_plan_apply (plan, profile);

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      h->fte[q] = bp_disclosure_plan_state (plan, fte[q]);
      h->custody[q] = bp_disclosure_plan_state (plan, custody[q]);
    }
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      h->cohort[k] = bp_disclosure_plan_state (plan, size[k]);
      h->reoffending[k] = bp_disclosure_plan_state (plan, reoffenders[k]);
    }
  for (int half = 0; half < 2; half++)
    {
      h->year_cohort[half] = bp_disclosure_plan_state (plan, year_size[half]);
      h->year_reoffending[half] = bp_disclosure_plan_state (plan, year_reoffenders[half]);
    }
  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    {
      h->group[g] = bp_disclosure_plan_state (plan, group[g]);
      h->previous_group[g] = bp_disclosure_plan_state (plan, previous[g]);
    }
  h->known = bp_disclosure_plan_state (plan, known);
  h->unknown = bp_disclosure_plan_state (plan, unknown);
  h->total = bp_disclosure_plan_state (plan, total);
  h->previous_known = bp_disclosure_plan_state (plan, previous_known);
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    {
      for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
        h->trend[k][g] = bp_disclosure_plan_state (plan, trend[k][g]);
      h->trend_known[k] = bp_disclosure_plan_state (plan, trend_known[k]);
    }
  h->n_primary = bp_disclosure_plan_count (plan, BP_CELL_PRIMARY);
  h->n_secondary = bp_disclosure_plan_count (plan, BP_CELL_SECONDARY);

  /* Not shown figures are never "hidden". */
  {
    BpCellState *all = (BpCellState *) h;

    for (gsize i = 0; i < offsetof (BpReportHidden, n_primary) / sizeof (BpCellState); i++)
      if (all[i] == BP_CELL_NOT_AVAILABLE)
        all[i] = BP_CELL_SHOWN;
  }
  h->plan = g_steal_pointer (&plan);
}

void
bp_report_hidden_clear (BpReportHidden *hidden)
{
  g_clear_pointer (&hidden->plan, bp_disclosure_plan_free);
}

/**
 * bp_report_hidden_state:
 * @key: a figure's key as the indicator's disclose() added it, e.g. "remand.now.children"
 *
 * Returns: how the profile shows that figure: BP_CELL_SHOWN for the internal profile, for
 *   a figure no indicator added, and for one shown
 */
BpCellState
bp_report_hidden_state (const BpReportHidden *hidden,
                        const char           *key)
{
  guint figure;
  BpCellState state;

  if (hidden->plan == NULL || !bp_disclosure_plan_find (hidden->plan, key, &figure))
    return BP_CELL_SHOWN;
  state = bp_disclosure_plan_state (hidden->plan, figure);
  return state == BP_CELL_NOT_AVAILABLE ? BP_CELL_SHOWN : state;
}

/**
 * bp_report_mask:
 * @masked: (out caller-allocates): a shallow copy of @report (its benchmarks and strings
 *   still belong to @report: do not free it) with every hidden figure missing: NAN, and
 *   -1 for counts.
 */
void
bp_report_mask (const BpReport       *report,
                const BpReportHidden *h,
                BpReport             *masked)
{
  g_return_if_fail (report != NULL && h != NULL && masked != NULL);

  *masked = *report;
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      if (h->fte[q])
        {
          masked->fte.series[q].rate = NAN;
          masked->fte.series[q].count = -1;
        }
      if (h->custody[q])
        {
          masked->custody.series[q].rate = NAN;
          masked->custody.series[q].count = -1;
        }
    }
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      BpReoffendingCohort *c = &masked->reoffending.series[k];

      if (h->reoffending[k])
        {
          c->binary_rate = c->frequency = c->per_reoffender = NAN;
          c->reoffenders = c->reoffences = -1;
        }
      if (h->cohort[k])
        c->cohort_size = -1;
    }
  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    if (h->group[g])
      {
        BpDisparityRow *r = &masked->disparity.rows[g];

        r->count = -1;
        r->rate = r->share = r->pp_difference = r->rri = r->ci_low = r->ci_high = NAN;
        r->significance = NULL;
      }
  /* Every share is made from the children of known ethnicity, and every change of
   * share from the year before's. */
  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    {
      BpDisparityRow *r = &masked->disparity.rows[g];

      if (h->known)
        r->share = r->pp_difference = r->pp_change = NAN;
      if (h->previous_known || h->previous_group[g])
        r->pp_change = r->change_pct = NAN;
      if (h->previous_group[g])
        r->previous_count = -1;
    }
  /* The six-year series: a share is made from its year's children of known ethnicity; a
   * change from both ends' counts and shares. */
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
      {
        BpDisparityTrendYear *t = &masked->disparity.trend[k];

        if (h->trend[k][g])
          t->count[g] = -1;
        if (h->trend[k][g] || h->trend_known[k])
          t->share[g] = NAN;
      }
  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    {
      const int last = BP_DISPARITY_TREND_YEARS - 1;
      const int ends[2] = { 0, last - 1 };
      BpDisparityChange *changes[2] = { &masked->disparity.change_5y[g],
                                        &masked->disparity.change_1y[g] };

      for (int c = 0; c < 2; c++)
        if (h->trend[last][g] || h->trend_known[last] || h->trend[ends[c]][g] ||
            h->trend_known[ends[c]])
          changes[c]->change_pct = changes[c]->pp_change = NAN;
    }
  for (int k = 0; k < BP_DISPARITY_TREND_YEARS; k++)
    if (h->trend_known[k])
      masked->disparity.trend[k].known_total = -1;

  /* Every RRI is made from White's count. */
  if (h->group[BP_ETHNIC_WHITE])
    for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
      {
        BpDisparityRow *r = &masked->disparity.rows[g];

        r->rri = r->ci_low = r->ci_high = NAN;
        r->significance = NULL;
      }
}

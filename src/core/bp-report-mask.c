/* bp-report-mask.c: what a profile may see of a report (domain.md section 9)
 *
 * The one place that decides which of a report's figures a partner may see, for the
 * workbook, the PDF, the charts and the window alike:
 * - counts of 1-4 are [c];
 * - where counts add up to a total that is shown, a single [c] takes its next smallest
 *   neighbour with it: the four 3-month cohorts of each 12-month cohort, and the ethnic
 *   groups Asian to White;
 * - "Ethnic minority groups" is hidden when exactly one of its four parts is;
 * - the total is hidden when Unknown is the only [c], since the total less the groups
 *   would give it back;
 * - anything made from a hidden count (a rate, a share, an RRI) is hidden with it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bp-report-mask.h"

gboolean
bp_profile_hides_count (BpProfile profile,
                        gint64    count)
{
  return profile == BP_PROFILE_PARTNER && count >= 1 && count <= 4;
}

/* Counts that add up to a total that is shown: one column of a table. */
static void
protect_column (BpProfile     profile,
                const gint64 *counts,
                guint         n,
                gboolean     *out_hidden)
{
  g_autoptr(BpDisclosureTable) t = bp_disclosure_table_new (n, 1);

  for (guint i = 0; i < n; i++)
    bp_disclosure_table_set (t, i, 0, counts[i]);
  bp_disclosure_apply (t, profile);
  for (guint i = 0; i < n; i++)
    out_hidden[i] = bp_disclosure_suppressed (t, i, 0);
}

static void
protect_groups (BpProfile     profile,
                const gint64 *counts,
                gboolean     *hidden)
{
  gboolean column_hidden[BP_ETHNIC_WHITE + 1];
  int minorities_hidden = 0;

  protect_column (profile, counts, BP_ETHNIC_WHITE + 1, column_hidden);
  for (int g = 0; g <= BP_ETHNIC_WHITE; g++)
    {
      hidden[g] = column_hidden[g];
      if (g < BP_ETHNIC_WHITE && hidden[g])
        minorities_hidden++;
    }
  hidden[BP_DISPARITY_MINORITIES] = bp_profile_hides_count (profile,
                                                            counts[BP_DISPARITY_MINORITIES]) ||
                                    minorities_hidden == 1;
}

/**
 * bp_report_hidden_compute:
 * Works out which figures of @report @profile hides.
 */
void
bp_report_hidden_compute (const BpReport *report,
                          BpProfile       profile,
                          BpReportHidden *h)
{
  gint64 counts[BP_DISPARITY_N_ROWS];

  g_return_if_fail (report != NULL);
  g_return_if_fail (h != NULL);

  memset (h, 0, sizeof *h);
  if (profile == BP_PROFILE_INTERNAL)
    return;

  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      h->fte[q] = bp_profile_hides_count (profile, report->fte.series[q].count);
      h->custody[q] = bp_profile_hides_count (profile, report->custody.series[q].count);
    }

  /* Each 12-month cohort is the sum of four 3-month cohorts, and both are shown. */
  for (int half = 0; half < 2; half++)
    {
      const BpReoffendingCohort *s = report->reoffending.series + half * 4;
      gint64 sizes[5] = { 0 }, reoffenders[5] = { 0 };
      gboolean size_hidden[5], reoffenders_hidden[5];

      for (int k = 0; k < 4; k++)
        {
          sizes[k] = s[k].cohort_size;
          reoffenders[k] = s[k].reoffenders;
          sizes[4] += s[k].cohort_size;
          reoffenders[4] += s[k].reoffenders;
        }
      protect_column (profile, sizes, 5, size_hidden);
      protect_column (profile, reoffenders, 5, reoffenders_hidden);
      for (int k = 0; k < 4; k++)
        {
          h->cohort[half * 4 + k] = size_hidden[k];
          /* A rate of a hidden cohort would give the cohort back. */
          h->reoffending[half * 4 + k] = reoffenders_hidden[k] || size_hidden[k];
        }
      h->year_cohort[half] = size_hidden[4];
      h->year_reoffending[half] = reoffenders_hidden[4] || size_hidden[4];
    }

  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    counts[g] = report->disparity.rows[g].count;
  protect_groups (profile, counts, h->group);
  for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
    counts[g] = report->disparity.rows[g].previous_count;
  counts[BP_DISPARITY_MINORITIES] =
    report->disparity.series[BP_DISPARITY_YEARS - 2].count[BP_DISPARITY_MINORITIES];
  protect_groups (profile, counts, h->previous_group);

  h->unknown = bp_profile_hides_count (profile, report->disparity.unknown_count);
  h->total = h->unknown;
  for (int g = 0; g <= BP_ETHNIC_WHITE; g++)
    if (h->group[g])
      h->total = FALSE;
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
  /* Every RRI is made from White's count. */
  if (h->group[BP_ETHNIC_WHITE])
    for (int g = 0; g < BP_DISPARITY_N_ROWS; g++)
      {
        BpDisparityRow *r = &masked->disparity.rows[g];

        r->rri = r->ci_low = r->ci_high = NAN;
        r->significance = NULL;
      }
}

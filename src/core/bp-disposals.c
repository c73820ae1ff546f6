/* bp-disposals.c: the disposal mix (domain.md section 11)
 *
 * Outcomes in the 12 months of children counted by the indicators (Local, aged 10-17),
 * by tier (informal, pre-court, first tier, community, custody; remands are not
 * disposals), and by tier and ethnic group: each group's share of its own outcomes in
 * the tier, and the difference in percentage points from White children's share
 * (Westminster's charts). The year before, by tier.
 */

#include "config.h"

#include <string.h>

#include "bp-disposals.h"
#include "bp-indicator-private.h"

/* One pass over the outcomes for both years. */
static void
count_years (BpDisposalYear *years[2],
             BpCaseData     *cases)
{
  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];
      BpTier tier = _bp_tier_of (r);

      if (tier >= BP_DISPOSAL_N_TIERS || !_bp_counts (r))
        continue;
      for (int k = 0; k < 2; k++)
        {
          BpDisposalYear *y = years[k];

          if (!_bp_in_period (r->outcome_date, &y->period))
            continue;
          y->outcomes++;
          y->by_tier[tier]++;
          y->by_group[r->ethnic_group]++;
          y->by_tier_group[tier][r->ethnic_group]++;
        }
    }
}

/**
 * bp_disposals_group_pct:
 * The share (%) of @group's outcomes that were of @tier; NAN when the group has none.
 */
double
bp_disposals_group_pct (const BpDisposalYear *y,
                        BpTier                tier,
                        BpEthnicGroup         group)
{
  if (y->by_group[group] <= 0)
    return NAN;
  return (double) y->by_tier_group[tier][group] / (double) y->by_group[group] * 100.0;
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpDisposals *d = g_new0 (BpDisposals, 1);
  BpDisposalYear *years[2] = { &d->current, &d->previous };

  d->current.period = _bp_this_year (input);
  d->previous.period = _bp_year_before (input);
  count_years (years, input->cases);
  return d;
}

const BpDisposals *
bp_report_disposals (const BpReport *report)
{
  return bp_report_value (report, &bp_disposals_indicator);
}

/* --- output ------------------------------------------------------------------------- */

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpDisposals *d = value;
  const BpDisposalYear *y = &d->current;

  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", y->period.start);
  bp_json_add_date (b, "end", y->period.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "outcomes");
  json_builder_add_int_value (b, y->outcomes);
  json_builder_set_member_name (b, "by_tier");
  json_builder_begin_array (b);
  for (int t = 0; t < BP_DISPOSAL_N_TIERS; t++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "tier");
      json_builder_add_string_value (b, bp_tier_key (t));
      json_builder_set_member_name (b, "outcomes");
      json_builder_add_int_value (b, y->by_tier[t]);
      json_builder_set_member_name (b, "previous_outcomes");
      json_builder_add_int_value (b, d->previous.by_tier[t]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "by_tier_and_group");
  json_builder_begin_array (b);
  for (int t = 0; t < BP_DISPOSAL_N_TIERS; t++)
    for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
      {
        double pct = bp_disposals_group_pct (y, t, g);
        double white = bp_disposals_group_pct (y, t, BP_ETHNIC_WHITE);

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "tier");
        json_builder_add_string_value (b, bp_tier_key (t));
        json_builder_set_member_name (b, "group");
        json_builder_add_string_value (b, bp_ethnic_group_name (g));
        json_builder_set_member_name (b, "outcomes");
        json_builder_add_int_value (b, y->by_tier_group[t][g]);
        bp_json_add_double (b, "pct_of_group", pct);
        bp_json_add_double (b, "pp_difference_from_white",
                            g == BP_ETHNIC_WHITE || g == BP_ETHNIC_UNKNOWN ? NAN : pct - white);
        json_builder_end_object (b);
      }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "outcomes");
  json_builder_add_int_value (b, d->previous.outcomes);
  json_builder_end_object (b);
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpDisposals *d = value;
  g_autofree char *n = bp_format_count (d->current.outcomes);
  g_autofree char *before = bp_format_count (d->previous.outcomes);

  g_string_append_c (out, '\n');
  /* Translators: the disposal mix of the text report: the outcomes this year and the
   * year before, as in "Outcomes by tier: 420 (the year before: 398)" */
  g_string_append_printf (out, _("Outcomes by tier: %s (the year before: %s)"), n, before);
  g_string_append (out, ".\n");
  for (int t = 0; t < BP_DISPOSAL_N_TIERS; t++)
    {
      g_autofree char *c = bp_format_count (d->current.by_tier[t]);
      g_autofree char *pct = bp_format_number (d->current.outcomes > 0
                                               ? (double) d->current.by_tier[t] /
                                                 (double) d->current.outcomes * 100.0
                                               : NAN, 1);

      g_string_append (out, "  ");
      _bp_text_padded (out, _(bp_tier_name (t)), 16, FALSE);
      g_string_append (out, " ");
      _bp_text_padded (out, c, 7, TRUE);
      /* Translators: a tier's share of all outcomes, as in "(9.5%)" */
      g_string_append_printf (out, _(" (%s%%)"), pct);
      g_string_append_c (out, '\n');
    }
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpDisposals *d = value;

  for (int k = 0; k < 2; k++)
    {
      const BpDisposalYear *y = k == 0 ? &d->previous : &d->current;
      BpDay s = y->period.start, e = y->period.end;

      bp_indicator_csv_row (out, "disposals", "outcomes", "all", s, e, (double) y->outcomes);
      for (int t = 0; t < BP_DISPOSAL_N_TIERS; t++)
        {
          bp_indicator_csv_row (out, "disposals", "outcomes", bp_tier_key (t), s, e,
                                (double) y->by_tier[t]);
          for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
            {
              g_autofree char *key = g_strdup_printf ("%s|%s", bp_tier_key (t),
                                                      bp_ethnic_group_name (g));

              bp_indicator_csv_row (out, "disposals", "outcomes", key, s, e,
                                    (double) y->by_tier_group[t][g]);
              bp_indicator_csv_row (out, "disposals", "pct_of_group", key, s, e,
                                    bp_disposals_group_pct (y, t, g));
            }
        }
    }
}

/* The figures a partner pack shows: the outcomes by tier, which add up to all outcomes,
 * this year and the year before. The breakdown by tier and ethnic group is for the
 * internal pack only: with every group's share made from its total, its small cells could
 * not be protected without hiding most of the pack's table. */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpDisposals *d = value;
  guint now[BP_DISPOSAL_N_TIERS], before[BP_DISPOSAL_N_TIERS];
  guint all, all_before;
  char key[64];

  all = bp_disclosure_plan_add (plan, "disposals.now", d->current.outcomes);
  all_before = bp_disclosure_plan_add (plan, "disposals.before", d->previous.outcomes);
  for (int t = 0; t < BP_DISPOSAL_N_TIERS; t++)
    {
      g_snprintf (key, sizeof key, "disposals.now.%s", bp_tier_key (t));
      now[t] = bp_disclosure_plan_add (plan, key, d->current.by_tier[t]);
      g_snprintf (key, sizeof key, "disposals.before.%s", bp_tier_key (t));
      before[t] = bp_disclosure_plan_add (plan, key, d->previous.by_tier[t]);
    }
  bp_disclosure_plan_sum (plan, all, now, BP_DISPOSAL_N_TIERS);
  bp_disclosure_plan_sum (plan, all_before, before, BP_DISPOSAL_N_TIERS);
}

const BpIndicator bp_disposals_indicator = {
  .key = "disposals",
  /* Translators: the name of an indicator: outcomes by how serious they are */
  .title = N_("Disposal mix"),
  .needs = BP_NEEDS_OUTCOMES,
  .compute = compute,
  .free = g_free,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
  .disclose = disclose,
};

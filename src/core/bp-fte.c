/* bp-fte.c: first time entrants (domain.md section 4): a child counts once, on their first
 * statutory outcome held
 */

#include "config.h"

#include "bp-indicator-private.h"

/* A child is an FTE on the date of their first ever statutory outcome held, counted
 * when they were 10-17 then and the outcome is Local. */
static GArray *
collect_ftes (BpCaseData *cases)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (BpRateEvent));
  gint32 done_child = -1;

  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];

      if (r->child == done_child || !(_bp_flags_of (r) & BP_OUTCOME_FLAG_STATUTORY))
        continue;
      done_child = r->child;
      if (_bp_counts (r))
        {
          BpRateEvent e = { r->outcome_date, r->sex, (guint8) _bp_age_at (r, r->outcome_date),
                      r->ethnic_group };

          g_array_append_val (events, e);
        }
    }
  return events;
}


static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  _bp_rate_compute (&report->fte, BP_RATE_FTE, collect_ftes (input->cases), input,
                    bp_fte_indicator.benchmark_codes);
  return &report->fte;
}

static void
free_value (gpointer value)
{
  _bp_rate_clear (value);
}

static const char *const codes[] = { "FTE_RATE", NULL };

const BpIndicator bp_fte_indicator = {
  .key = "fte",
  /* Translators: the name of an indicator */
  .title = N_("First time entrants"),
  .needs = BP_NEEDS_OUTCOMES | BP_NEEDS_POPULATION | BP_NEEDS_BENCHMARKS,
  .benchmark_codes = codes,
  .better = BP_BETTER_LOWER,
  .compute = compute,
  .free = free_value,
  .to_json = _bp_rate_to_json,
  .to_text = _bp_rate_to_text,
  .to_csv = _bp_rate_to_csv,
};

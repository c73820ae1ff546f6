/* bp-custody.c: use of custody (domain.md section 5): custodial sentences, one per child
 * and day
 */

#include "config.h"

#include "bp-indicator-private.h"

/* Custodial sentences: distinct (child, outcome date) occasions. */
static GArray *
collect_custody (BpCaseData *cases)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (BpRateEvent));
  gint32 last_child = -1;
  BpDay last_day = BP_DAY_INVALID;

  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];
      BpRateEvent e;

      if (!(_bp_flags_of (r) & BP_OUTCOME_FLAG_CUSTODIAL) || !_bp_counts (r))
        continue;
      if (r->child == last_child && r->outcome_date == last_day)
        continue;
      last_child = r->child;
      last_day = r->outcome_date;
      e.day = r->outcome_date;
      e.sex = r->sex;
      e.age = (guint8) _bp_age_at (r, r->outcome_date);
      e.ethnic_group = r->ethnic_group;
      g_array_append_val (events, e);
    }
  return events;
}


static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  _bp_rate_compute (&report->custody, BP_RATE_CUSTODY, collect_custody (input->cases), input,
                    bp_custody_indicator.benchmark_codes);
  return &report->custody;
}

static void
free_value (gpointer value)
{
  _bp_rate_clear (value);
}

static const char *const codes[] = { "CUSTODY_RATE", NULL };

const BpIndicator bp_custody_indicator = {
  .key = "custody",
  /* Translators: the name of an indicator */
  .title = N_("Use of custody"),
  .needs = BP_NEEDS_OUTCOMES | BP_NEEDS_POPULATION | BP_NEEDS_BENCHMARKS,
  .benchmark_codes = codes,
  .better = BP_BETTER_LOWER,
  .compute = compute,
  .free = free_value,
  .to_json = _bp_rate_to_json,
  .to_text = _bp_rate_to_text,
  .to_csv = _bp_rate_to_csv,
};

/* bp-kpis.c: the ten KPIs (kpis.md): the cohort rule and each KPI's counts for a period
 *
 * One pass over the interventions a period picks each child's cohort intervention (the
 * one that ended last in the period; ties go to the more intensive type) and its
 * out-of-court one (KPI 6), and adds them to every KPI that reads them. The board, the
 * victims and the outcomes (KPI 9) are passes of their own. Formatting is in
 * bp-kpis-format.c.
 */

#include "config.h"

#include "bp-indicator-private.h"
#include "bp-kpis.h"
#include "bp-population.h"

/* The benchmark codes of kpis.md section 3, in BpKpiKind order: each is written here
 * only. */
static const char *const kpi_codes[BP_N_KPIS + 1] = {
  "KPI_ACCOMMODATION", "KPI_ETE", "KPI_SEND_PLAN", "KPI_MENTAL_HEALTH",
  "KPI_SUBSTANCE_MISUSE", "KPI_OOCD_COMPLETED", "KPI_BOARD", "KPI_WIDER_SERVICES",
  "KPI_SERIOUS_VIOLENCE", "KPI_VICTIMS_RJ", NULL,
};

static const struct
{
  const char *key;
  const char *title;
  const char *missing;
} kpis[BP_N_KPIS] = {
  /* Translators: the title of a key performance indicator */
  { "accommodation", N_("Suitable accommodation"),
    /* Translators: why a KPI is not calculated; interventions.csv is a file name: keep it */
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "ete", N_("Education, training and employment"),
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator; SEND is special educational
   * needs and disabilities, ALN additional learning needs in Wales */
  { "send", N_("Special educational needs (SEND/ALN)"),
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "mental_health", N_("Mental health and emotional wellbeing"),
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "substance_misuse", N_("Substance misuse"),
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "oocd", N_("Out-of-court disposals completed"),
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "board", N_("Management board attendance"),
    /* Translators: why a KPI is not calculated; board.csv is a file name: keep it */
    N_("Import the board attendance file (board.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "wider_services", N_("Links to wider services"),
    N_("Import the interventions file (interventions.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "serious_violence", N_("Serious violence"),
    /* Translators: why a KPI is not calculated; outcomes.csv is a file name: keep it */
    N_("Import the outcomes file (outcomes.csv) to calculate it.") },
  /* Translators: the title of a key performance indicator */
  { "victims", N_("Victims"),
    /* Translators: why a KPI is not calculated; victims.csv is a file name: keep it */
    N_("Import the victims file (victims.csv) to calculate it.") },
};

const char *
bp_kpi_key (BpKpiKind kind)
{
  g_return_val_if_fail ((guint) kind < BP_N_KPIS, NULL);
  return kpis[kind].key;
}

const char *
bp_kpi_title (BpKpiKind kind)
{
  g_return_val_if_fail ((guint) kind < BP_N_KPIS, NULL);
  return kpis[kind].title;
}

const char *
bp_kpi_code (BpKpiKind kind)
{
  g_return_val_if_fail ((guint) kind < BP_N_KPIS, NULL);
  return kpi_codes[kind];
}

const char *
bp_kpi_missing_note (BpKpiKind kind)
{
  g_return_val_if_fail ((guint) kind < BP_N_KPIS, NULL);
  return kpis[kind].missing;
}

/* What @kind counts, translated: the pack's note and the window's description
 * (kpis.md section 3). */
const char *
bp_kpi_definition (BpKpiKind kind)
{
  switch (kind)
    {
    case BP_KPI_ACCOMMODATION:
      return _("Suitable accommodation (KPI 1): children in suitable accommodation at the end "
               "of their intervention, of those for whom it was recorded; the start is shown "
               "beside it in the JSON report.");
    case BP_KPI_ETE:
      return _("Education, training and employment (KPI 2): children in suitable education, "
               "training or employment at the end, of those for whom it was recorded; school "
               "age is under 16 on the 31 August before the end date.");
    case BP_KPI_SEND:
      return _("SEND or ALN (KPI 3): of the children with special educational needs or "
               "disabilities (additional learning needs in Wales), those with a formal plan "
               "(an EHCP or IDP).");
    case BP_KPI_MENTAL_HEALTH:
      return _("Mental health (KPI 4): of the children offered an intervention for an "
               "identified mental health or emotional wellbeing need, those attending. Not "
               "screened is counted as not recorded.");
    case BP_KPI_SUBSTANCE_MISUSE:
      return _("Substance misuse (KPI 5): of the children offered an intervention for an "
               "identified substance misuse need, those attending.");
    case BP_KPI_OOCD:
      return _("Out-of-court disposals (KPI 6): children whose diversion, youth caution or "
               "youth conditional caution ended in the period, each by the last to end: "
               "completed, of those completed or not completed; transferred, other or not "
               "recorded endings are not recorded.");
    case BP_KPI_BOARD:
      return _("Management board attendance (KPI 7): the senior partners' places at the "
               "board's meetings in the period that were attended in person; a deputy is "
               "counted apart, not as attending.");
    case BP_KPI_WIDER_SERVICES:
      return _("Links to wider services (KPI 8): children looked after, in need, on a child "
               "protection plan or in early help at the end, of those for whom it was "
               "recorded.");
    case BP_KPI_SERIOUS_VIOLENCE:
      return _("Serious violence (KPI 9): children aged 10-17 with a youth caution, youth "
               "conditional caution or court sentence in the period for violence against the "
               "person, robbery or drugs with a gravity score of 5 or more, per 100,000 "
               "children aged 10-17.");
    case BP_KPI_VICTIMS:
      return _("Victims (KPI 10): of the victims who consented to be contacted about "
               "restorative justice, those who took part.");
    case BP_N_KPIS:
    default:
      g_assert_not_reached ();
    }
}

/* @part of @whole as a percentage; NAN when @whole is 0. */
double
bp_kpi_pct (gint64 part,
            gint64 whole)
{
  return whole > 0 ? (double) part / (double) whole * 100.0 : NAN;
}

double
bp_kpi_share_pct (const BpKpiShare *share)
{
  return bp_kpi_pct (share->yes, share->known);
}

/* More than 10% of the cohort not recorded: the KPI carries a data quality warning. */
gboolean
bp_kpi_share_warning (const BpKpiShare *share)
{
  return share->cohort > 0 && (share->cohort - share->known) * 10 > share->cohort;
}

static void
share_add (BpKpiShare *share,
           gint8       answer)
{
  share->cohort++;
  if (answer != BP_ANSWER_NOT_RECORDED)
    {
      share->known++;
      if (answer == BP_ANSWER_YES)
        share->yes++;
    }
}

static void
funnel_add (BpKpiFunnel          *f,
            const BpIntervention *r,
            BpKpiStatus           need)
{
  f->cohort++;
  if (r->status[need] == BP_ANSWER_NOT_RECORDED)
    return;
  f->screened++;
  if (r->status[need] != BP_ANSWER_YES)
    return;
  f->need++;
  if (r->status[need + 1] != BP_ANSWER_YES)
    return;
  f->offered++;
  if (r->status[need + 2] == BP_ANSWER_YES)
    f->attending++;
}

/* School age: under 16 on the 31 August before the end date (on it counts as before). */
static gboolean
school_age (const BpIntervention *r)
{
  int y, m, d;
  BpDay august;

  bp_day_to_ymd (r->end_date, &y, &m, &d);
  august = bp_day_from_ymd (m > 8 || (m == 8 && d == 31) ? y : y - 1, 8, 31);
  return bp_age_at (r->date_of_birth, august) < 16;
}

static void
add_cohort_child (BpKpiPeriod          *p,
                  const BpIntervention *r)
{
  p->cohort++;
  p->cohort_by_type[r->type]++;
  share_add (&p->accommodation, r->status[BP_STATUS_ACCOMMODATION_END]);
  share_add (&p->accommodation_start, r->status[BP_STATUS_ACCOMMODATION_START]);
  share_add (&p->accommodation_by_type[r->type], r->status[BP_STATUS_ACCOMMODATION_END]);
  share_add (&p->ete, r->status[BP_STATUS_ETE_END]);
  share_add (&p->ete_start, r->status[BP_STATUS_ETE_START]);
  share_add (&p->ete_by_type[r->type], r->status[BP_STATUS_ETE_END]);
  share_add (school_age (r) ? &p->ete_school_age : &p->ete_above_school_age,
             r->status[BP_STATUS_ETE_END]);
  if (!isnan (r->hours_offered))
    {
      p->hours_offered_sum += r->hours_offered;
      p->hours_offered_n++;
    }
  if (!isnan (r->hours_attended))
    {
      p->hours_attended_sum += r->hours_attended;
      p->hours_attended_n++;
    }
  if (r->status[BP_STATUS_SEND] != BP_ANSWER_NOT_RECORDED)
    p->send_known++;
  if (r->status[BP_STATUS_SEND] == BP_ANSWER_YES)
    {
      p->send_identified++;
      p->send_with_plan += r->status[BP_STATUS_SEND_PLAN] == BP_ANSWER_YES;
      p->send_in_suitable_ete += r->status[BP_STATUS_ETE_END] == BP_ANSWER_YES;
    }
  funnel_add (&p->mental_health, r, BP_STATUS_MH_NEED);
  funnel_add (&p->substance_misuse, r, BP_STATUS_SM_NEED);
  if (r->wider & BP_WIDER_RECORDED)
    {
      p->wider_known++;
      p->wider_any += (r->wider & ~BP_WIDER_RECORDED) != 0;
      for (guint i = 0; i < BP_N_WIDER_SERVICES; i++)
        p->wider[i] += (r->wider & (1u << i)) != 0;
    }
}

static void
add_oocd_child (BpKpiPeriod          *p,
                const BpIntervention *r)
{
  p->oocd_ended++;
  p->oocd_by_type[r->type]++;
  if (r->end_reason == BP_END_COMPLETED)
    p->oocd_completed++;
  else if (r->end_reason == BP_END_NOT_COMPLETED)
    p->oocd_not_completed++;
  else
    p->oocd_unknown++;
}

/* Whether @a ended later than @b, or on the same day and is the more intensive. */
static gboolean
ends_after (const BpIntervention *a,
            const BpIntervention *b)
{
  return b == NULL || a->end_date > b->end_date ||
         (a->end_date == b->end_date && a->type > b->type);
}

static void
compute_interventions (BpKpiPeriod     *p,
                       const BpKpiData *data,
                       const BpPeriod  *period)
{
  gsize i = 0;

  while (i < data->n_interventions)
    {
      const BpIntervention *last = NULL, *last_oocd = NULL;
      gint32 child = data->interventions[i].child;

      for (; i < data->n_interventions && data->interventions[i].child == child; i++)
        {
          const BpIntervention *r = &data->interventions[i];

          if (!_bp_in_period (r->end_date, period))
            continue;
          if (ends_after (r, last))
            last = r;
          if (bp_intervention_is_oocd (r->type) && ends_after (r, last_oocd))
            last_oocd = r;
        }
      if (last != NULL)
        add_cohort_child (p, last);
      if (last_oocd != NULL)
        add_oocd_child (p, last_oocd);
    }
}

static void
compute_board (BpKpiPeriod     *p,
               const BpKpiData *data,
               const BpPeriod  *period)
{
  BpDay meeting = BP_DAY_INVALID;

  for (gsize i = 0; i < data->n_board; i++)
    {
      const BpBoardAttendance *a = &data->board[i];

      if (!_bp_in_period (a->meeting_date, period))
        continue;
      if (a->meeting_date != meeting)
        {
          p->meetings++; /* the register is ordered by date */
          meeting = a->meeting_date;
        }
      if (!a->senior)
        continue;
      p->senior_expected++;
      p->partner_expected[a->partner]++;
      if (a->attended == BP_ATTENDED_YES)
        {
          p->senior_attended++;
          p->partner_attended[a->partner]++;
          p->presented += a->presented == BP_ANSWER_YES;
        }
      else if (a->attended == BP_ATTENDED_DEPUTY)
        p->deputies++;
    }
}

static void
compute_victims (BpKpiPeriod     *p,
                 const BpKpiData *data,
                 const BpPeriod  *period)
{
  for (gsize i = 0; i < data->n_victims; i++)
    {
      const BpVictim *v = &data->victims[i];

      if (!_bp_in_period (v->recorded_date, period))
        continue;
      p->victims++;
      p->victims_contacted += v->answer[BP_VICTIM_CONTACTED] == BP_ANSWER_YES;
      if (v->answer[BP_VICTIM_CONSENTED] == BP_ANSWER_YES)
        {
          p->victims_consented++;
          p->victims_rj_engaged += v->answer[BP_VICTIM_RJ_ENGAGED] == BP_ANSWER_YES;
        }
      if (v->answer[BP_VICTIM_SUPPORT_REQUESTED] == BP_ANSWER_YES)
        {
          p->victims_support_requested++;
          p->victims_support_given += v->answer[BP_VICTIM_SUPPORT_GIVEN] == BP_ANSWER_YES;
        }
    }
}

/* KPI 9 from the outcomes held: children with a YC, YCC or court sentence in the period
 * for serious violence, each once, and those outcomes. */
static void
compute_serious_violence (BpKpiPeriod            *p,
                          const BpIndicatorInput *input,
                          const BpPeriod         *period)
{
  const BpCaseData *cases = input->cases;
  gint32 counted = -1;
  BpPopulationTotal total;

  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];

      if (!_bp_counts (r) || !(r->bits & BP_CASE_SERIOUS_VIOLENCE) ||
          !(_bp_flags_of (r) & BP_OUTCOME_FLAG_STATUTORY) ||
          !_bp_in_period (r->outcome_date, period))
        continue;
      p->sv_offences++;
      if (r->child != counted)
        {
          p->sv_children++;
          counted = r->child;
        }
    }
  p->sv_population = -1;
  p->sv_rate = NAN;
  if (input->population != NULL &&
      bp_population_total (input->population, bp_day_year (period->end), &BP_POPULATION_ALL,
                           &total) && total.count > 0)
    {
      p->sv_population = total.count;
      p->sv_population_year = total.year;
      p->sv_rate = (double) p->sv_children / (double) total.count * 100000.0;
    }
}

void
bp_kpi_period_compute (BpKpiPeriod            *out,
                       const BpKpiData        *data,
                       const BpIndicatorInput *input,
                       const BpPeriod         *period)
{
  memset (out, 0, sizeof *out);
  out->period = *period;
  compute_interventions (out, data, period);
  compute_board (out, data, period);
  compute_victims (out, data, period);
  compute_serious_violence (out, input, period);
}

/* --- the headline of each KPI: its numerator, denominator and not recorded ---------- */

/* The figure a KPI is known by: its numerator, denominator and "not recorded". */
BpKpiHeadline
bp_kpi_headline (BpKpiKind          kind,
                 const BpKpiPeriod *p)
{
  BpKpiHeadline h = { 0, 0, -1, FALSE, NAN };

  switch (kind)
    {
    case BP_KPI_ACCOMMODATION:
    case BP_KPI_ETE:
      {
        const BpKpiShare *s = kind == BP_KPI_ETE ? &p->ete : &p->accommodation;

        h = (BpKpiHeadline) { s->yes, s->known, s->cohort - s->known, bp_kpi_share_warning (s),
                         bp_kpi_share_pct (s) };
      }
      break;
    case BP_KPI_SEND:
      h = (BpKpiHeadline) { p->send_with_plan, p->send_identified, p->cohort - p->send_known,
                       p->cohort > 0 && (p->cohort - p->send_known) * 10 > p->cohort, NAN };
      break;
    case BP_KPI_MENTAL_HEALTH:
    case BP_KPI_SUBSTANCE_MISUSE:
      {
        const BpKpiFunnel *f = kind == BP_KPI_MENTAL_HEALTH ? &p->mental_health
                                                            : &p->substance_misuse;

        h = (BpKpiHeadline) { f->attending, f->offered, f->cohort - f->screened,
                         f->cohort > 0 && (f->cohort - f->screened) * 10 > f->cohort, NAN };
      }
      break;
    case BP_KPI_OOCD:
      h = (BpKpiHeadline) { p->oocd_completed, p->oocd_completed + p->oocd_not_completed,
                       p->oocd_unknown, p->oocd_ended > 0 && p->oocd_unknown * 10 > p->oocd_ended,
                       NAN };
      break;
    case BP_KPI_BOARD:
      h = (BpKpiHeadline) { p->senior_attended, p->senior_expected, -1, FALSE, NAN };
      break;
    case BP_KPI_WIDER_SERVICES:
      h = (BpKpiHeadline) { p->wider_any, p->wider_known, p->cohort - p->wider_known,
                       p->cohort > 0 && (p->cohort - p->wider_known) * 10 > p->cohort, NAN };
      break;
    case BP_KPI_SERIOUS_VIOLENCE:
      h = (BpKpiHeadline) { p->sv_children, p->sv_population, -1, FALSE, p->sv_rate };
      return h;
    case BP_KPI_VICTIMS:
      h = (BpKpiHeadline) { p->victims_rj_engaged, p->victims_consented, -1, FALSE, NAN };
      break;
    case BP_N_KPIS:
    default:
      g_assert_not_reached ();
    }
  if (isnan (h.value))
    h.value = bp_kpi_pct (h.part, h.whole);
  return h;
}

/* What the headline counts, after the figure: N_() */
const char *
bp_kpi_headline_label (BpKpiKind kind)
{
  switch (kind)
    {
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_ACCOMMODATION: return N_("in suitable accommodation at the end");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_ETE: return N_("in suitable education, training or employment at the end");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_SEND: return N_("of children with SEND have a formal plan");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_MENTAL_HEALTH: return N_("of those offered an intervention attending");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_SUBSTANCE_MISUSE: return N_("of those offered an intervention attending");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_OOCD: return N_("of out-of-court interventions ended were completed");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_BOARD: return N_("of senior partners' places at meetings attended");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_WIDER_SERVICES: return N_("known to wider services (looked after, in need, "
                                          "protection plan or early help)");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_SERIOUS_VIOLENCE: return N_("children per 100,000 aged 10-17");
    /* Translators: what a KPI's headline figure counts, in the text report */
    case BP_KPI_VICTIMS: return N_("of victims who consented took part in restorative "
                                   "justice");
    case BP_N_KPIS:
    default:
      g_assert_not_reached ();
    }
}

/* The tag of a period in the disclosure keys: "year", or "q0" .. "q7" (q7 is the quarter). */
static void
period_tag (char *buf,
            gsize size,
            int   q)
{
  if (q < 0)
    g_strlcpy (buf, "year", size);
  else
    g_snprintf (buf, size, "q%d", q);
}

/* Whether a partner pack protects @kind's counts: children and victims are; the board's
 * places are partner agencies, not people to protect. */
static gboolean
protects (BpKpiKind kind)
{
  return kind != BP_KPI_BOARD;
}

/**
 * bp_kpi_disclosure_key:
 * @measure: "part", "whole", "rest" (whole - part, never shown but worked back), "unknown"
 *   or "cohort"
 * @q: the quarter of the series (BP_KPI_SERIES - 1 is the quarter), or -1 for the year
 *
 * Returns: (transfer full): the key of the figure in the pack's disclosure plan
 */
char *
bp_kpi_disclosure_key (BpKpiKind   kind,
                       int         q,
                       const char *measure)
{
  char tag[8];

  period_tag (tag, sizeof tag, q);
  return g_strdup_printf ("kpis.%s.%s.%s", bp_kpi_key (kind), tag, measure);
}

static guint
add_figure (BpDisclosurePlan *plan,
            BpKpiKind         kind,
            int               q,
            const char       *measure,
            gint64            count)
{
  g_autofree char *key = bp_kpi_disclosure_key (kind, q, measure);

  return bp_disclosure_plan_add (plan, key, count);
}

/* Each KPI's headline of each period: its part, its whole and what lies between them
 * (26 of 28 tells a reader that 2 were not), and where the whole is the children with a
 * status recorded, the not recorded and the cohort they add up to. */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpKpis *k = value;

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      if (!k->have[i] || !protects (i))
        continue;
      for (int q = -1; q < BP_KPI_SERIES; q++)
        {
          const BpKpiPeriod *p = q < 0 ? &k->year : &k->series[q];
          BpKpiHeadline h = bp_kpi_headline (i, p);
          guint part, whole, rest;

          part = add_figure (plan, i, q, "part", h.part);
          if (i == BP_KPI_SERIOUS_VIOLENCE)
            continue; /* its whole is the published population */
          whole = add_figure (plan, i, q, "whole", h.whole);
          rest = add_figure (plan, i, q, "rest", h.whole - h.part);
          bp_disclosure_plan_sum (plan, whole, (guint[]) { part, rest }, 2);
          if (h.unknown >= 0)
            {
              guint unknown = add_figure (plan, i, q, "unknown", h.unknown);
              gboolean whole_is_known = i == BP_KPI_ACCOMMODATION || i == BP_KPI_ETE ||
                                        i == BP_KPI_WIDER_SERVICES || i == BP_KPI_OOCD;

              if (whole_is_known)
                {
                  guint cohort = add_figure (plan, i, q, "cohort", h.whole + h.unknown);

                  bp_disclosure_plan_sum (plan, cohort, (guint[]) { whole, unknown }, 2);
                }
            }
        }
    }
}

static void
kpis_free (gpointer value)
{
  BpKpis *k = value;

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      g_clear_pointer (&k->benchmarks[i], g_ptr_array_unref);
      g_clear_pointer (&k->quarter_benchmarks[i], g_ptr_array_unref);
      g_clear_pointer (&k->previous_benchmarks[i], g_ptr_array_unref);
    }
  g_free (k);
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  g_autoptr(BpKpiData) data = NULL;
  g_autoptr(GError) error = NULL;
  BpKpis *k;
  BpPeriod quarter = { bp_quarter_start (input->period_end), input->period_end };
  BpPeriod year = _bp_this_year (input);

  if (input->store == NULL)
    {
      *note = g_strdup (_("The KPIs are read from the database, and there is none."));
      return NULL;
    }
  data = bp_kpi_data_load (input->store, &error);
  if (data == NULL)
    {
      *note = g_strdup (error->message);
      return NULL;
    }
  k = g_new0 (BpKpis, 1);
  for (int q = 0; q < BP_KPI_SERIES; q++)
    {
      BpDay end = bp_quarter_end_add (input->period_end, q - (BP_KPI_SERIES - 1));
      BpPeriod p = { bp_quarter_start (end), end };

      bp_kpi_period_compute (&k->series[q], data, input, &p);
    }
  k->quarter = k->series[BP_KPI_SERIES - 1];
  g_assert (k->quarter.period.start == quarter.start);
  bp_kpi_period_compute (&k->year, data, input, &year);

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      const char *codes[] = { kpi_codes[i] };

      k->have[i] = i == BP_KPI_BOARD ? data->have_board
                   : i == BP_KPI_VICTIMS ? data->have_victims
                   : i == BP_KPI_SERIOUS_VIOLENCE ? TRUE
                   : data->have_interventions;
      /* Comparators of the quarter, then of the year, as published. */
      k->benchmarks[i] = _bp_find_benchmarks (input->store, codes, 1, &quarter);
      g_ptr_array_extend_and_steal (k->benchmarks[i],
                                    _bp_find_benchmarks (input->store, codes, 1, &year));
      k->quarter_benchmarks[i] = _bp_find_benchmarks (input->store, codes, 1, &quarter);
      k->previous_benchmarks[i] = _bp_find_benchmarks (input->store, codes, 1,
                                                       &k->series[BP_KPI_SERIES - 5].period);
    }
  return k;
}

/* Which way each KPI's headline is good: more children suitably placed, fewer
 * children in serious violence; being known to wider services is neither. */
BpBetter
bp_kpi_better (BpKpiKind kind)
{
  switch (kind)
    {
    case BP_KPI_SERIOUS_VIOLENCE: return BP_BETTER_LOWER;
    case BP_KPI_WIDER_SERVICES: return BP_BETTER_NEITHER;
    case BP_KPI_ACCOMMODATION:
    case BP_KPI_ETE:
    case BP_KPI_SEND:
    case BP_KPI_MENTAL_HEALTH:
    case BP_KPI_SUBSTANCE_MISUSE:
    case BP_KPI_OOCD:
    case BP_KPI_BOARD:
    case BP_KPI_VICTIMS:
      return BP_BETTER_HIGHER;
    case BP_N_KPIS:
    default:
      return BP_BETTER_NEITHER;
    }
}

/* The quarter's published comparators of @kind side by side, the rank's movement on the
 * same quarter a year before; clear it with bp_comparison_clear(). */
void
bp_kpi_comparison (const BpKpis *k,
                   BpKpiKind     kind,
                   BpComparison *comparison)
{
  bp_comparison_init (comparison, bp_kpi_code (kind), bp_kpi_better (kind),
                      k->quarter_benchmarks[kind], k->previous_benchmarks[kind]);
}

const BpIndicator bp_kpis_indicator = {
  .key = "kpis",
  /* Translators: the title of the report's section on the ten KPIs */
  .title = N_("Key performance indicators"),
  .needs = BP_NEEDS_OUTCOMES | BP_NEEDS_POPULATION | BP_NEEDS_BENCHMARKS,
  .benchmark_codes = kpi_codes,
  .compute = compute,
  .free = kpis_free,
  .to_json = _bp_kpis_to_json,
  .to_text = _bp_kpis_to_text,
  .to_csv = _bp_kpis_to_csv,
  .disclose = disclose,
};

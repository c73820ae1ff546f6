/* bp-kpis-format.c: the KPIs as JSON (kpis.md section 4), text and CSV
 */

#include "config.h"

#include "bp-indicator-private.h"
#include "bp-kpis.h"

/* --- JSON ------------------------------------------------------------------------- */

static void
json_int (JsonBuilder *b,
          const char  *key,
          gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
json_bool (JsonBuilder *b,
           const char  *key,
           gboolean     value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_boolean_value (b, value);
}

/* cohort, known, unknown, @yes_key, pct and the warning of a share */
static void
json_share (JsonBuilder      *b,
            const BpKpiShare *s,
            const char       *yes_key)
{
  json_int (b, "cohort", s->cohort);
  json_int (b, "known", s->known);
  json_int (b, "unknown", s->cohort - s->known);
  json_int (b, yes_key, s->yes);
  bp_json_add_double (b, "pct", bp_kpi_share_pct (s));
}

static void
json_part (JsonBuilder      *b,
           const char       *member,
           const BpKpiShare *s)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_int (b, "known", s->known);
  json_int (b, "suitable", s->yes);
  bp_json_add_double (b, "pct", bp_kpi_share_pct (s));
  json_builder_end_object (b);
}

static void
json_by_type (JsonBuilder       *b,
              const gint64      *cohort,
              const BpKpiShare  *shares,
              const char        *yes_key)
{
  json_builder_set_member_name (b, "by_type");
  json_builder_begin_array (b);
  for (int t = BP_N_INTERVENTION_TYPES - 1; t >= 0; t--)
    {
      if (cohort[t] == 0)
        continue;
      json_builder_begin_object (b);
      bp_json_add_string (b, "type", bp_intervention_type_code (t));
      json_int (b, "cohort", cohort[t]);
      if (shares != NULL)
        {
          json_int (b, "known", shares[t].known);
          json_int (b, yes_key, shares[t].yes);
          bp_json_add_double (b, "pct", bp_kpi_share_pct (&shares[t]));
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
json_funnel (JsonBuilder       *b,
             const BpKpiFunnel *f)
{
  json_int (b, "cohort", f->cohort);
  json_int (b, "known", f->screened);
  json_int (b, "unknown", f->cohort - f->screened);
  json_int (b, "need", f->need);
  bp_json_add_double (b, "need_pct", bp_kpi_pct (f->need, f->cohort));
  json_int (b, "offered", f->offered);
  bp_json_add_double (b, "offered_pct", bp_kpi_pct (f->offered, f->need));
  json_int (b, "attending", f->attending);
  bp_json_add_double (b, "attending_pct", bp_kpi_pct (f->attending, f->offered));
  json_bool (b, "warning", f->cohort > 0 && (f->cohort - f->screened) * 10 > f->cohort);
}

/* The members of @kind's object for period @p; @brief leaves out the breakdowns (the
 * series). */
static void
json_kpi_period (JsonBuilder       *b,
                 BpKpiKind          kind,
                 const BpKpiPeriod *p,
                 gboolean           brief)
{
  bp_json_add_date (b, "start", p->period.start);
  bp_json_add_date (b, "end", p->period.end);
  switch (kind)
    {
    case BP_KPI_ACCOMMODATION:
    case BP_KPI_ETE:
      {
        const BpKpiShare *end = kind == BP_KPI_ETE ? &p->ete : &p->accommodation;
        const BpKpiShare *start = kind == BP_KPI_ETE ? &p->ete_start : &p->accommodation_start;

        json_share (b, end, "suitable");
        json_int (b, "start_known", start->known);
        json_int (b, "start_suitable", start->yes);
        bp_json_add_double (b, "start_pct", bp_kpi_share_pct (start));
        json_bool (b, "warning", bp_kpi_share_warning (end));
        if (kind == BP_KPI_ETE)
          {
            json_part (b, "school_age", &p->ete_school_age);
            json_part (b, "above_school_age", &p->ete_above_school_age);
            bp_json_add_double (b, "hours_offered_mean",
                                p->hours_offered_n ? p->hours_offered_sum /
                                                     (double) p->hours_offered_n : NAN);
            bp_json_add_double (b, "hours_attended_mean",
                                p->hours_attended_n ? p->hours_attended_sum /
                                                      (double) p->hours_attended_n : NAN);
          }
        if (!brief)
          json_by_type (b, p->cohort_by_type,
                        kind == BP_KPI_ETE ? p->ete_by_type : p->accommodation_by_type,
                        "suitable");
      }
      break;
    case BP_KPI_SEND:
      json_int (b, "cohort", p->cohort);
      json_int (b, "known", p->send_known);
      json_int (b, "unknown", p->cohort - p->send_known);
      json_int (b, "identified", p->send_identified);
      json_int (b, "with_plan", p->send_with_plan);
      bp_json_add_double (b, "plan_pct", bp_kpi_pct (p->send_with_plan, p->send_identified));
      json_int (b, "in_suitable_ete", p->send_in_suitable_ete);
      bp_json_add_double (b, "ete_pct", bp_kpi_pct (p->send_in_suitable_ete,
                                                    p->send_identified));
      json_bool (b, "warning", p->cohort > 0 && (p->cohort - p->send_known) * 10 > p->cohort);
      break;
    case BP_KPI_MENTAL_HEALTH:
      json_funnel (b, &p->mental_health);
      break;
    case BP_KPI_SUBSTANCE_MISUSE:
      json_funnel (b, &p->substance_misuse);
      break;
    case BP_KPI_OOCD:
      json_int (b, "ended", p->oocd_ended);
      json_int (b, "completed", p->oocd_completed);
      json_int (b, "not_completed", p->oocd_not_completed);
      json_int (b, "unknown", p->oocd_unknown);
      bp_json_add_double (b, "completed_pct",
                          bp_kpi_pct (p->oocd_completed,
                                      p->oocd_completed + p->oocd_not_completed));
      json_bool (b, "warning", p->oocd_ended > 0 && p->oocd_unknown * 10 > p->oocd_ended);
      if (!brief)
        json_by_type (b, p->oocd_by_type, NULL, NULL);
      break;
    case BP_KPI_BOARD:
      json_int (b, "meetings", p->meetings);
      json_int (b, "senior_expected", p->senior_expected);
      json_int (b, "senior_attended", p->senior_attended);
      json_int (b, "deputies", p->deputies);
      bp_json_add_double (b, "attendance_pct", bp_kpi_pct (p->senior_attended,
                                                           p->senior_expected));
      json_int (b, "presented_disproportionality", p->presented);
      bp_json_add_double (b, "presented_pct", bp_kpi_pct (p->presented, p->senior_attended));
      if (!brief)
        {
          json_builder_set_member_name (b, "by_partner");
          json_builder_begin_array (b);
          for (int i = 0; i < BP_N_PARTNERS; i++)
            {
              if (p->partner_expected[i] == 0)
                continue;
              json_builder_begin_object (b);
              bp_json_add_string (b, "partner", bp_partner_code (i));
              json_int (b, "expected", p->partner_expected[i]);
              json_int (b, "attended", p->partner_attended[i]);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      break;
    case BP_KPI_WIDER_SERVICES:
      json_int (b, "cohort", p->cohort);
      json_int (b, "known", p->wider_known);
      json_int (b, "unknown", p->cohort - p->wider_known);
      json_int (b, "any", p->wider_any);
      bp_json_add_double (b, "any_pct", bp_kpi_pct (p->wider_any, p->wider_known));
      for (guint i = 0; i < BP_N_WIDER_SERVICES; i++)
        {
          g_autofree char *key = g_ascii_strdown (bp_wider_service_code (i), -1);

          json_int (b, key, p->wider[i]);
        }
      json_bool (b, "warning", p->cohort > 0 && (p->cohort - p->wider_known) * 10 > p->cohort);
      break;
    case BP_KPI_SERIOUS_VIOLENCE:
      json_int (b, "children", p->sv_children);
      json_int (b, "offences", p->sv_offences);
      bp_json_add_int_or_null (b, "population", p->sv_population, p->sv_population >= 0);
      bp_json_add_int_or_null (b, "population_year", p->sv_population_year,
                               p->sv_population >= 0);
      bp_json_add_double (b, "rate_per_100k", p->sv_rate);
      break;
    case BP_KPI_VICTIMS:
      json_int (b, "victims", p->victims);
      json_int (b, "contacted", p->victims_contacted);
      json_int (b, "consented", p->victims_consented);
      json_int (b, "rj_engaged", p->victims_rj_engaged);
      bp_json_add_double (b, "rj_engaged_pct", bp_kpi_pct (p->victims_rj_engaged,
                                                           p->victims_consented));
      json_int (b, "support_requested", p->victims_support_requested);
      json_int (b, "support_given", p->victims_support_given);
      bp_json_add_double (b, "support_pct", bp_kpi_pct (p->victims_support_given,
                                                        p->victims_support_requested));
      break;
    case BP_N_KPIS:
    default:
      g_assert_not_reached ();
    }
}

void
_bp_kpis_to_json (const BpReport *report,
                  gconstpointer   value,
                  JsonBuilder    *b)
{
  const BpKpis *k = value;

  json_builder_set_member_name (b, "quarter");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", k->quarter.period.start);
  bp_json_add_date (b, "end", k->quarter.period.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", k->year.period.start);
  bp_json_add_date (b, "end", k->year.period.end);
  json_builder_end_object (b);

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      json_builder_set_member_name (b, bp_kpi_key (i));
      if (!k->have[i])
        {
          json_builder_add_null_value (b);
          continue;
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "quarter");
      json_builder_begin_object (b);
      json_kpi_period (b, i, &k->quarter, FALSE);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "year");
      json_builder_begin_object (b);
      json_kpi_period (b, i, &k->year, FALSE);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "series");
      json_builder_begin_array (b);
      for (int q = 0; q < BP_KPI_SERIES; q++)
        {
          json_builder_begin_object (b);
          json_kpi_period (b, i, &k->series[q], TRUE);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      _bp_json_benchmarks (b, k->benchmarks[i]);
      {
        BpComparison c;

        bp_kpi_comparison (k, i, &c);
        _bp_json_comparison (b, &c, bp_kpi_headline (i, &k->quarter).value);
        bp_comparison_clear (&c);
      }
      json_builder_end_object (b);
    }

  /* Why a KPI is null: the file that would give it. */
  json_builder_set_member_name (b, "notes");
  json_builder_begin_array (b);
  for (int i = 0; i < BP_N_KPIS; i++)
    if (!k->have[i])
      {
        g_autofree char *note = g_strdup_printf ("%s: %s", bp_kpi_key (i),
                                                 _(bp_kpi_missing_note (i)));

        json_builder_add_string_value (b, note);
      }
  json_builder_end_array (b);
}

/* --- text ------------------------------------------------------------------------- */

static void
text_kpi (GString      *out,
          const BpKpis *k,
          BpKpiKind     kind)
{
  BpKpiHeadline q = bp_kpi_headline (kind, &k->quarter);
  BpKpiHeadline y = bp_kpi_headline (kind, &k->year);
  g_autofree char *part = bp_format_count (q.part);
  g_autofree char *whole = bp_format_count (q.whole);
  g_autofree char *qv = bp_format_number (q.value, kind == BP_KPI_SERIOUS_VIOLENCE ? 0 : 1);
  g_autofree char *yv = bp_format_number (y.value, kind == BP_KPI_SERIOUS_VIOLENCE ? 0 : 1);

  g_string_append (out, "  ");
  if (kind == BP_KPI_SERIOUS_VIOLENCE)
    /* Translators: a KPI line of the text report: the title, the rate in the quarter and
     * what it counts, the children, the rate in the 12 months, as in "Serious violence:
     * 12 children per 100,000 aged 10-17 (3 children); 12 months 65" */
    g_string_append_printf (out, _("%s: %s %s (%s children); 12 months %s"),
                            _(bp_kpi_title (kind)), qv, _(bp_kpi_headline_label (kind)), part, yv);
  else
    /* Translators: a KPI line of the text report: the title, the percentage in the
     * quarter and what it counts, the numerator and denominator, the percentage in the 12
     * months, as in "Suitable accommodation: 92.9% in suitable accommodation at the end
     * (26 of 28); 12 months 91.0%" */
    g_string_append_printf (out, _("%s: %s%% %s (%s of %s); 12 months %s%%"),
                            _(bp_kpi_title (kind)), qv, _(bp_kpi_headline_label (kind)), part, whole,
                            yv);
  if (q.unknown > 0)
    {
      g_autofree char *unknown = bp_format_count (q.unknown);

      /* Translators: appended to a KPI line: the children for whom it was not recorded */
      g_string_append_printf (out, _("; %s not recorded"), unknown);
    }
  if (q.warning)
    /* Translators: appended to a KPI line of the text report */
    /* xgettext:no-c-format */
    g_string_append (out, _(" (data quality: more than 10% not recorded)"));
  _bp_text_comparators (out, k->quarter_benchmarks[kind], bp_kpi_code (kind));
  {
    BpComparison c;

    bp_kpi_comparison (k, kind, &c);
    _bp_text_own_figure (out, &c);
    g_string_append (out, ".\n");
    _bp_text_comparison (out, &c, q.value, "");
    bp_comparison_clear (&c);
  }
}

void
_bp_kpis_to_text (const BpReport *report,
                  gconstpointer   value,
                  GString        *out)
{
  const BpKpis *k = value;
  g_autofree char *start = bp_day_format_month_year (k->quarter.period.start);
  g_autofree char *end = bp_day_format_month_year (k->quarter.period.end);

  g_string_append_c (out, '\n');
  /* Translators: the heading of the text report's KPI section: the quarter's first and
   * last months, as in "Key performance indicators, quarter Jan 2024 to Mar 2024:" */
  g_string_append_printf (out, _("Key performance indicators, quarter %s to %s:"), start, end);
  g_string_append_c (out, '\n');
  for (int i = 0; i < BP_N_KPIS; i++)
    {
      if (k->have[i])
        text_kpi (out, k, i);
      else
        g_string_append_printf (out, "  %s: %s\n", _(bp_kpi_title (i)),
                                _(bp_kpi_missing_note (i)));
    }
}

/* --- CSV -------------------------------------------------------------------------- */

static void
csv_headline (GString           *out,
              BpKpiKind          kind,
              const BpKpiPeriod *p)
{
  g_autofree char *name = g_strconcat ("kpi_", bp_kpi_key (kind), NULL);
  BpKpiHeadline h = bp_kpi_headline (kind, p);
  BpDay s = p->period.start, e = p->period.end;

  bp_indicator_csv_row (out, name, "numerator", "all", s, e, (double) h.part);
  bp_indicator_csv_row (out, name, "denominator", "all", s, e, (double) h.whole);
  if (h.unknown >= 0)
    bp_indicator_csv_row (out, name, "not_recorded", "all", s, e, (double) h.unknown);
  bp_indicator_csv_row (out, name, kind == BP_KPI_SERIOUS_VIOLENCE ? "rate_per_100k" : "pct",
                        "all", s, e, h.value);
}

/* One row per KPI value: the headline of the quarter, the year and each quarter of the
 * series, and the cohort KPIs by intervention type. */
void
_bp_kpis_to_csv (const BpReport *report,
                 gconstpointer   value,
                 GString        *out)
{
  const BpKpis *k = value;

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      if (!k->have[i])
        continue;
      csv_headline (out, i, &k->year);
      for (int q = 0; q < BP_KPI_SERIES; q++)
        csv_headline (out, i, &k->series[q]);
      if (i == BP_KPI_ACCOMMODATION || i == BP_KPI_ETE)
        {
          g_autofree char *name = g_strconcat ("kpi_", bp_kpi_key (i), NULL);
          const BpKpiShare *by = i == BP_KPI_ETE ? k->quarter.ete_by_type
                                                 : k->quarter.accommodation_by_type;

          for (int t = 0; t < BP_N_INTERVENTION_TYPES; t++)
            if (by[t].cohort > 0)
              bp_indicator_csv_row (out, name, "pct", bp_intervention_type_code (t),
                                    k->quarter.period.start, k->quarter.period.end,
                                    bp_kpi_share_pct (&by[t]));
        }
    }
}

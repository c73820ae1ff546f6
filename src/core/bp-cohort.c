/* bp-cohort.c: the profile of the children with any outcome (domain.md section 11)
 *
 * Distinct children counted by the indicators (Local, aged 10-17 on the outcome date)
 * with any outcome in the 12 months, remands included: by sex, by age at their first
 * outcome of the period (10-14, 15, 16, 17), by ethnic group (the latest known on their
 * outcomes of the period) and by the tier of their most serious outcome (custody the
 * most serious, informal the least; a child with remands only is in "remand").
 */

#include "config.h"

#include <string.h>

#include "bp-cohort.h"
#include "bp-indicator-private.h"

static const char *const age_labels[BP_COHORT_N_AGES] = { "10-14", "15", "16", "17" };

const char *
bp_cohort_age_label (guint band)
{
  g_return_val_if_fail (band < BP_COHORT_N_AGES, NULL);
  return age_labels[band];
}

/* How serious a tier is: remand below informal, custody the most serious. */
static int
severity (BpTier tier)
{
  return tier == BP_TIER_REMAND ? -1 : (int) tier;
}

static gint64
count_children (BpCohort       *c,
                BpCaseData     *cases,
                const BpPeriod *period)
{
  gsize i = 0;
  gint64 children = 0;

  while (i < cases->n_records)
    {
      gsize start = i;
      const BpCaseRecord *first = NULL;
      int group = BP_ETHNIC_UNKNOWN, sex = BP_SEX_UNKNOWN;
      BpTier worst = BP_TIER_REMAND;

      while (i < cases->n_records && cases->records[i].child == cases->records[start].child)
        i++;
      for (gsize j = start; j < i; j++)
        {
          const BpCaseRecord *r = &cases->records[j];

          if (!_bp_counts (r) || !_bp_in_period (r->outcome_date, period))
            continue;
          if (first == NULL)
            first = r;
          sex = r->sex;
          if (r->ethnic_group != BP_ETHNIC_UNKNOWN)
            group = r->ethnic_group;
          if (severity (_bp_tier_of (r)) > severity (worst))
            worst = _bp_tier_of (r);
        }
      if (first == NULL)
        continue;
      children++;
      if (c != NULL)
        {
          int age = _bp_age_at (first, first->outcome_date);

          c->by_sex[sex]++;
          c->by_age[age <= 14 ? 0 : age - 14]++;
          c->by_group[group]++;
          c->by_tier[worst]++;
        }
    }
  return children;
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpCohort *c = g_new0 (BpCohort, 1);
  BpPeriod before = _bp_year_before (input);

  c->period = _bp_this_year (input);
  c->children = count_children (c, input->cases, &c->period);
  c->previous_children = count_children (NULL, input->cases, &before);
  return c;
}

const BpCohort *
bp_report_cohort (const BpReport *report)
{
  return bp_report_value (report, &bp_cohort_indicator);
}

/* --- output ------------------------------------------------------------------------- */

static void
json_breakdown (JsonBuilder  *b,
                const char   *member,
                const char   *label_key,
                const gint64 *counts,
                guint         n,
                const char *(*label) (guint i))
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, label_key);
      json_builder_add_string_value (b, label (i));
      json_builder_set_member_name (b, "children");
      json_builder_add_int_value (b, counts[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static const char *
sex_label (guint i)
{
  return bp_sex_code ((BpSex) i);
}

static const char *
group_label (guint i)
{
  return bp_ethnic_group_name ((BpEthnicGroup) i);
}

static const char *
tier_label (guint i)
{
  return bp_tier_key ((BpTier) i);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpCohort *c = value;

  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", c->period.start);
  bp_json_add_date (b, "end", c->period.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "children");
  json_builder_add_int_value (b, c->children);
  json_breakdown (b, "by_sex", "sex", c->by_sex, BP_N_SEXES, sex_label);
  json_breakdown (b, "by_age", "age", c->by_age, BP_COHORT_N_AGES, bp_cohort_age_label);
  json_breakdown (b, "by_ethnic_group", "group", c->by_group, BP_N_ETHNIC_GROUPS, group_label);
  json_breakdown (b, "by_tier", "tier", c->by_tier, BP_N_TIERS, tier_label);
  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "children");
  json_builder_add_int_value (b, c->previous_children);
  json_builder_end_object (b);
}

static void
text_share (GString    *out,
            const char *label,
            gint64      n,
            gint64      of)
{
  g_autofree char *pct = bp_format_number (of > 0 ? (double) n / (double) of * 100.0 : NAN, 0);

  /* Translators: a part of the children and its share, in a list, as in "boys 75%" */
  g_string_append_printf (out, _("%s %s%%"), label, pct);
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpCohort *c = value;
  g_autofree char *n = bp_format_count (c->children);

  g_string_append_c (out, '\n');
  /* Translators: the cohort profile of the text report: the children with any outcome in
   * the 12 months, as in "Children with an outcome: 152" */
  g_string_append_printf (out, _("Children with an outcome: %s"), n);
  g_string_append (out, ".\n  ");
  /* Translators: the share of boys in the cohort profile, as in "boys 75%" */
  text_share (out, _("boys"), c->by_sex[BP_SEX_MALE], c->children);
  g_string_append (out, ", ");
  /* Translators: the share of children aged 16 or 17, as in "aged 16-17 70%" */
  text_share (out, _("aged 16-17"), c->by_age[2] + c->by_age[3], c->children);
  g_string_append (out, ", ");
  /* Translators: the share of children whose most serious outcome was in court */
  text_share (out, _("sentenced in court"),
              c->by_tier[BP_TIER_FIRST_TIER] + c->by_tier[BP_TIER_COMMUNITY] +
              c->by_tier[BP_TIER_CUSTODY], c->children);
  g_string_append (out, ".\n");
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpCohort *c = value;
  BpDay s = c->period.start, e = c->period.end;

  bp_indicator_csv_row (out, "cohort", "children", "all", s, e, (double) c->children);
  for (int i = 0; i < BP_N_SEXES; i++)
    bp_indicator_csv_row (out, "cohort", "children", sex_label (i), s, e, (double) c->by_sex[i]);
  for (int i = 0; i < BP_COHORT_N_AGES; i++)
    bp_indicator_csv_row (out, "cohort", "children", age_labels[i], s, e, (double) c->by_age[i]);
  for (int i = 0; i < BP_N_ETHNIC_GROUPS; i++)
    bp_indicator_csv_row (out, "cohort", "children", group_label (i), s, e,
                          (double) c->by_group[i]);
  for (int i = 0; i < BP_N_TIERS; i++)
    bp_indicator_csv_row (out, "cohort", "children", tier_label (i), s, e,
                          (double) c->by_tier[i]);
}

/* Each breakdown adds up to the children. */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpCohort *c = value;
  const struct { const char *name; const gint64 *counts; guint n; } breakdowns[] = {
    { "sex", c->by_sex, BP_N_SEXES },
    { "age", c->by_age, BP_COHORT_N_AGES },
    { "group", c->by_group, BP_N_ETHNIC_GROUPS },
    { "tier", c->by_tier, BP_N_TIERS },
  };
  guint all = bp_disclosure_plan_add (plan, "cohort.now", c->children);
  char key[64];

  bp_disclosure_plan_add (plan, "cohort.before", c->previous_children);
  for (guint k = 0; k < G_N_ELEMENTS (breakdowns); k++)
    {
      guint parts[BP_N_TIERS + BP_N_ETHNIC_GROUPS];

      for (guint i = 0; i < breakdowns[k].n; i++)
        {
          g_snprintf (key, sizeof key, "cohort.now.%s.%u", breakdowns[k].name, i);
          parts[i] = bp_disclosure_plan_add (plan, key, breakdowns[k].counts[i]);
        }
      bp_disclosure_plan_sum (plan, all, parts, breakdowns[k].n);
    }
}

const BpIndicator bp_cohort_indicator = {
  .key = "cohort",
  /* Translators: the name of an indicator: who the children with an outcome are */
  .title = N_("Cohort profile"),
  .needs = BP_NEEDS_OUTCOMES,
  .compute = compute,
  .free = g_free,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
  .disclose = disclose,
};

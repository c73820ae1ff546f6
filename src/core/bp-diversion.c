/* bp-diversion.c: diversion and out-of-court outcomes (domain.md section 11)
 *
 * Outcomes in the 12 months of the types CR, TRIAGE, O22, TURNAROUND, YC and YCC, of
 * children counted by the indicators (Local, aged 10-17 on the outcome date): outcomes
 * and distinct children by type, children by sex and ethnic group, the 12 months before,
 * and the share of children whose first outcome held came in the period and was one of
 * these. A child with two types counts once in each type and once in the total.
 */

#include "config.h"

#include <string.h>

#include "bp-diversion.h"
#include "bp-indicator-private.h"

static const BpOutcomeType types[BP_DIVERSION_N_TYPES] = {
  BP_OUTCOME_CR, BP_OUTCOME_TRIAGE, BP_OUTCOME_O22, BP_OUTCOME_TURNAROUND, BP_OUTCOME_YC,
  BP_OUTCOME_YCC,
};

BpOutcomeType
bp_diversion_type (guint i)
{
  g_return_val_if_fail (i < BP_DIVERSION_N_TYPES, BP_OUTCOME_CR);
  return types[i];
}

static int
type_slot (guint8 type)
{
  for (int i = 0; i < BP_DIVERSION_N_TYPES; i++)
    if (types[i] == type)
      return i;
  return -1;
}

static void
count_year (BpDiversionYear *y,
            BpCaseData      *cases,
            const BpPeriod  *period)
{
  gsize i = 0;

  memset (y, 0, sizeof *y);
  y->period = *period;
  while (i < cases->n_records)
    {
      gsize start = i;
      gboolean seen[BP_DIVERSION_N_TYPES] = { FALSE };
      gboolean any = FALSE;
      const BpCaseRecord *first = NULL;
      int sex = -1, group = BP_ETHNIC_UNKNOWN;

      while (i < cases->n_records && cases->records[i].child == cases->records[start].child)
        i++;
      for (gsize j = start; j < i; j++)
        {
          const BpCaseRecord *r = &cases->records[j];
          int slot;

          if (first == NULL && _bp_tier_of (r) != BP_TIER_REMAND)
            first = r;
          if (!_bp_counts (r) || !_bp_in_period (r->outcome_date, period))
            continue;
          slot = type_slot (r->type);
          if (slot < 0)
            continue;
          y->by_type[slot].outcomes++;
          y->all.outcomes++;
          if (!seen[slot])
            y->by_type[slot].children++;
          seen[slot] = TRUE;
          any = TRUE;
          sex = r->sex;
          /* the latest known group recorded on the child's outcomes counted */
          if (r->ethnic_group != BP_ETHNIC_UNKNOWN)
            group = r->ethnic_group;
        }
      if (any)
        {
          y->all.children++;
          y->by_sex[sex].children++;
          y->by_group[group].children++;
        }
      if (first != NULL && _bp_counts (first) && _bp_in_period (first->outcome_date, period))
        {
          y->first_outcomes++;
          if (type_slot (first->type) >= 0)
            y->first_diversionary++;
        }
    }
  for (int s = 0; s < BP_N_SEXES; s++)
    y->by_sex[s].outcomes = -1;
  for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
    y->by_group[g].outcomes = -1;
  y->first_share_pct = y->first_outcomes > 0
                       ? (double) y->first_diversionary / (double) y->first_outcomes * 100.0
                       : NAN;
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpDiversion *d = g_new0 (BpDiversion, 1);
  BpPeriod now = _bp_this_year (input);
  BpPeriod before = _bp_year_before (input);

  count_year (&d->current, input->cases, &now);
  count_year (&d->previous, input->cases, &before);
  d->change_pct = NAN;
  if (d->previous.all.outcomes > 0 &&
      !bp_change_too_small (d->previous.all.outcomes, d->current.all.outcomes))
    d->change_pct = (double) (d->current.all.outcomes - d->previous.all.outcomes) /
                    (double) d->previous.all.outcomes * 100.0;
  return d;
}

const BpDiversion *
bp_report_diversion (const BpReport *report)
{
  return bp_report_value (report, &bp_diversion_indicator);
}

/* --- output ------------------------------------------------------------------------- */

static void
json_count (JsonBuilder            *b,
            const BpDiversionCount *c)
{
  json_builder_set_member_name (b, "outcomes");
  json_builder_add_int_value (b, c->outcomes);
  json_builder_set_member_name (b, "children");
  json_builder_add_int_value (b, c->children);
}

static void
json_year (JsonBuilder           *b,
           const BpDiversionYear *y)
{
  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", y->period.start);
  bp_json_add_date (b, "end", y->period.end);
  json_builder_end_object (b);
  json_count (b, &y->all);
  json_builder_set_member_name (b, "by_type");
  json_builder_begin_array (b);
  for (int i = 0; i < BP_DIVERSION_N_TYPES; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, bp_outcome_type_code (types[i]));
      json_count (b, &y->by_type[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "by_sex");
  json_builder_begin_array (b);
  for (int s = 0; s < BP_N_SEXES; s++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "sex");
      json_builder_add_string_value (b, bp_sex_code (s));
      json_builder_set_member_name (b, "children");
      json_builder_add_int_value (b, y->by_sex[s].children);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "by_ethnic_group");
  json_builder_begin_array (b);
  for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "group");
      json_builder_add_string_value (b, bp_ethnic_group_name (g));
      json_builder_set_member_name (b, "children");
      json_builder_add_int_value (b, y->by_group[g].children);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "first_outcomes");
  json_builder_add_int_value (b, y->first_outcomes);
  json_builder_set_member_name (b, "first_outcomes_diversionary");
  json_builder_add_int_value (b, y->first_diversionary);
  bp_json_add_double (b, "first_outcomes_diversionary_pct", y->first_share_pct);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpDiversion *d = value;

  json_year (b, &d->current);
  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  json_year (b, &d->previous);
  json_builder_end_object (b);
  bp_json_add_double (b, "change_pct", d->change_pct);
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpDiversion *d = value;
  g_autofree char *counts = bp_outcomes_children_text (d->current.all.outcomes,
                                                       d->current.all.children);
  g_autofree char *before = bp_outcomes_children_text (d->previous.all.outcomes,
                                                       d->previous.all.children);

  g_string_append_c (out, '\n');
  /* Translators: the diversion section of the text report: "2 outcomes of 1 child" this
   * year and the year before, as in "Diversion and out-of-court outcomes: 98 outcomes of
   * 98 children (the year before: 120 outcomes of 117 children)" */
  g_string_append_printf (out, _("Diversion and out-of-court outcomes: %s (the year before: "
                                 "%s)"), counts, before);
  g_string_append (out, ".\n");
  for (int i = 0; i < BP_DIVERSION_N_TYPES; i++)
    {
      g_autofree char *c = bp_outcomes_children_text (d->current.by_type[i].outcomes,
                                                      d->current.by_type[i].children);

      g_string_append (out, "  ");
      _bp_text_padded (out, _(bp_outcome_type_name (types[i])), 40, FALSE);
      g_string_append_printf (out, " %s\n", c);
    }
  if (isfinite (d->current.first_share_pct))
    {
      g_autofree char *pct = bp_format_number (d->current.first_share_pct, 1);
      g_autofree char *n = bp_format_count (d->current.first_diversionary);
      g_autofree char *of = bp_format_count (d->current.first_outcomes);

      g_string_append (out, "  ");
      /* Translators: the children whose first outcome held came in the 12 months, and how
       * many of those were diverted, as in "First outcomes that were diversionary: 40 of
       * 52 children (76.9%)" */
      g_string_append_printf (out, _("First outcomes that were diversionary: %s of %s "
                                     "children (%s%%)"), n, of, pct);
      g_string_append (out, "\n");
    }
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpDiversion *d = value;

  for (int k = 0; k < 2; k++)
    {
      const BpDiversionYear *y = k == 0 ? &d->previous : &d->current;
      BpDay s = y->period.start, e = y->period.end;

      bp_indicator_csv_row (out, "diversion", "outcomes", "all", s, e, (double) y->all.outcomes);
      bp_indicator_csv_row (out, "diversion", "children", "all", s, e, (double) y->all.children);
      for (int i = 0; i < BP_DIVERSION_N_TYPES; i++)
        {
          const char *code = bp_outcome_type_code (types[i]);

          bp_indicator_csv_row (out, "diversion", "outcomes", code, s, e,
                                (double) y->by_type[i].outcomes);
          bp_indicator_csv_row (out, "diversion", "children", code, s, e,
                                (double) y->by_type[i].children);
        }
      for (int x = 0; x < BP_N_SEXES; x++)
        bp_indicator_csv_row (out, "diversion", "children", bp_sex_code (x), s, e,
                              (double) y->by_sex[x].children);
      for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
        bp_indicator_csv_row (out, "diversion", "children", bp_ethnic_group_name (g), s, e,
                              (double) y->by_group[g].children);
      bp_indicator_csv_row (out, "diversion", "first_outcomes_diversionary_pct", "all", s, e,
                            y->first_share_pct);
    }
}

/* Every count the pack shows: by type (outcomes add up to the total), children by sex
 * and by ethnic group (each adds up to the children), this year and the year before. */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpDiversion *d = value;

  for (int k = 0; k < 2; k++)
    {
      const BpDiversionYear *y = k == 0 ? &d->current : &d->previous;
      const char *when = k == 0 ? "now" : "before";
      guint parts[BP_N_ETHNIC_GROUPS + BP_DIVERSION_N_TYPES];
      guint child_parts[BP_DIVERSION_N_TYPES];
      gint64 child_sum = 0;
      guint total, children;
      char key[96];

      g_snprintf (key, sizeof key, "diversion.%s.outcomes", when);
      total = bp_disclosure_plan_add (plan, key, y->all.outcomes);
      g_snprintf (key, sizeof key, "diversion.%s.children", when);
      children = bp_disclosure_plan_add (plan, key, y->all.children);
      for (int i = 0; i < BP_DIVERSION_N_TYPES; i++)
        {
          const char *code = bp_outcome_type_code (types[i]);
          guint o, c;

          g_snprintf (key, sizeof key, "diversion.%s.%s.outcomes", when, code);
          o = bp_disclosure_plan_add (plan, key, y->by_type[i].outcomes);
          g_snprintf (key, sizeof key, "diversion.%s.%s.children", when, code);
          c = bp_disclosure_plan_add (plan, key, y->by_type[i].children);
          parts[i] = o;
          child_parts[i] = c;
          child_sum += y->by_type[i].children;
        }
      bp_disclosure_plan_sum (plan, total, parts, BP_DIVERSION_N_TYPES);
      /* Children by type add up to the children only when none had two types; when they
       * do, a reader would take them for a sum, and could subtract. */
      if (child_sum == y->all.children)
        bp_disclosure_plan_sum (plan, children, child_parts, BP_DIVERSION_N_TYPES);
      if (k == 1)
        continue; /* the year before is shown as totals only */
      for (int s = 0; s < BP_N_SEXES; s++)
        {
          g_snprintf (key, sizeof key, "diversion.now.sex.%d", s);
          parts[s] = bp_disclosure_plan_add (plan, key, y->by_sex[s].children);
        }
      bp_disclosure_plan_sum (plan, children, parts, BP_N_SEXES);
      for (int g = 0; g < BP_N_ETHNIC_GROUPS; g++)
        {
          g_snprintf (key, sizeof key, "diversion.now.group.%d", g);
          parts[g] = bp_disclosure_plan_add (plan, key, y->by_group[g].children);
        }
      bp_disclosure_plan_sum (plan, children, parts, BP_N_ETHNIC_GROUPS);
      bp_disclosure_plan_add (plan, "diversion.now.first", y->first_outcomes);
      bp_disclosure_plan_add (plan, "diversion.now.first_diversionary", y->first_diversionary);
    }
}

const BpIndicator bp_diversion_indicator = {
  .key = "diversion",
  /* Translators: the name of an indicator */
  .title = N_("Diversion and out-of-court outcomes"),
  .needs = BP_NEEDS_OUTCOMES,
  .compute = compute,
  .free = g_free,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
  .disclose = disclose,
};

/* bp-remand.c: remands (domain.md section 11)
 *
 * Remand occasions (a child and a date) in the 12 months by type REMAND_YDA, REMAND_LA
 * and BAIL_ISS, the children remanded, and what followed each child's first remand of
 * the period within 12 months: a custodial sentence; else a court sentence that is not
 * custodial (first tier or community); else neither (acquitted, dealt with out of court,
 * or not yet sentenced). Remands are never sentences, custody or first time entrants
 * (domain.md section 3). Children counted as by every indicator: Local, aged 10-17 on
 * the remand date.
 */

#include "config.h"

#include <string.h>

#include "bp-indicator-private.h"
#include "bp-remand.h"

static const BpOutcomeType types[BP_REMAND_N_TYPES] = {
  BP_OUTCOME_REMAND_YDA, BP_OUTCOME_REMAND_LA, BP_OUTCOME_BAIL_ISS,
};

static const char *const followed_keys[BP_REMAND_N_FOLLOWED] = {
  "custody", "community", "neither",
};

static const char *const followed_names[BP_REMAND_N_FOLLOWED] = {
  /* Translators: what followed a child's remand within 12 months */
  N_("Custodial sentence"),
  /* Translators: what followed a child's remand within 12 months: a court sentence that
   * is not custodial (a referral order, a youth rehabilitation order, ...) */
  N_("Community or other court sentence"),
  /* Translators: what followed a child's remand within 12 months: no sentence
   * (acquitted, dealt with out of court, or not yet sentenced) */
  N_("Neither (acquitted, out of court or not yet sentenced)"),
};

BpOutcomeType
bp_remand_type (guint i)
{
  g_return_val_if_fail (i < BP_REMAND_N_TYPES, BP_OUTCOME_REMAND_YDA);
  return types[i];
}

const char *
bp_remand_followed_key (BpRemandFollowed followed)
{
  g_return_val_if_fail (followed < BP_REMAND_N_FOLLOWED, NULL);
  return followed_keys[followed];
}

/* Returns: the name, to translate with _() */
const char *
bp_remand_followed_name (BpRemandFollowed followed)
{
  g_return_val_if_fail (followed < BP_REMAND_N_FOLLOWED, NULL);
  return followed_names[followed];
}

static int
type_slot (guint8 type)
{
  for (int i = 0; i < BP_REMAND_N_TYPES; i++)
    if (types[i] == type)
      return i;
  return -1;
}

static BpRemandFollowed
what_followed (const BpCaseRecord *rows,
               gsize               n,
               BpDay               remanded)
{
  BpDay limit = bp_day_add_months (remanded, 12);
  BpRemandFollowed then = BP_REMAND_THEN_NEITHER;

  for (gsize j = 0; j < n; j++)
    {
      BpOutcomeFlags f = _bp_flags_of (&rows[j]);

      if (rows[j].outcome_date < remanded || rows[j].outcome_date > limit)
        continue;
      if (f & BP_OUTCOME_FLAG_CUSTODIAL)
        return BP_REMAND_THEN_CUSTODY;
      if (f & BP_OUTCOME_FLAG_COURT)
        then = BP_REMAND_THEN_COMMUNITY;
    }
  return then;
}

static void
count_year (BpRemandYear   *y,
            BpCaseData     *cases,
            const BpPeriod *period)
{
  gsize i = 0;

  memset (y, 0, sizeof *y);
  y->period = *period;
  while (i < cases->n_records)
    {
      gsize start = i;
      gboolean seen[BP_REMAND_N_TYPES] = { FALSE };
      BpDay first = BP_DAY_INVALID, last_day = BP_DAY_INVALID;
      BpDay last_type_day[BP_REMAND_N_TYPES];

      for (int t = 0; t < BP_REMAND_N_TYPES; t++)
        last_type_day[t] = BP_DAY_INVALID;
      while (i < cases->n_records && cases->records[i].child == cases->records[start].child)
        i++;
      for (gsize j = start; j < i; j++)
        {
          const BpCaseRecord *r = &cases->records[j];
          int slot = type_slot (r->type);

          if (slot < 0 || !_bp_counts (r) || !_bp_in_period (r->outcome_date, period))
            continue;
          /* rows of a child are in date order: an occasion is a new date */
          if (r->outcome_date != last_day)
            y->all.occasions++;
          last_day = r->outcome_date;
          if (r->outcome_date != last_type_day[slot])
            y->by_type[slot].occasions++;
          last_type_day[slot] = r->outcome_date;
          if (!seen[slot])
            y->by_type[slot].children++;
          seen[slot] = TRUE;
          if (first == BP_DAY_INVALID)
            first = r->outcome_date;
        }
      if (first == BP_DAY_INVALID)
        continue;
      y->all.children++;
      y->followed_by[what_followed (cases->records + start, i - start, first)]++;
      if (cases->latest_outcome == BP_DAY_INVALID ||
          cases->latest_outcome < bp_day_add_months (first, 12))
        y->follow_up_incomplete++;
    }
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpRemand *r = g_new0 (BpRemand, 1);
  BpPeriod now = _bp_this_year (input);
  BpPeriod before = _bp_year_before (input);

  count_year (&r->current, input->cases, &now);
  count_year (&r->previous, input->cases, &before);
  return r;
}

const BpRemand *
bp_report_remand (const BpReport *report)
{
  return bp_report_value (report, &bp_remand_indicator);
}

/* --- output ------------------------------------------------------------------------- */

/* "2 occasions, 1 child": each number with its own plural. */
static char *
occasions_children_text (gint64 occasions,
                         gint64 children)
{
  g_autofree char *o = bp_format_count (occasions);
  g_autofree char *c = bp_format_count (children);
  g_autofree char *first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         /* Translators: remand occasions,
                                                          * as in "3 occasions"; it is
                                                          * followed by ", 2 children" */
                                                         "%s occasion", "%s occasions",
                                                         (gulong) CLAMP (occasions, 0,
                                                                         G_MAXLONG)), o);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the occasions ("3 occasions") and the
                                        * children remanded, as in "3 occasions, 2
                                        * children" */
                                       "%s, %s child", "%s, %s children",
                                       (gulong) CLAMP (children, 0, G_MAXLONG)), first, c);
}

static void
json_year (JsonBuilder        *b,
           const BpRemandYear *y)
{
  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", y->period.start);
  bp_json_add_date (b, "end", y->period.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "occasions");
  json_builder_add_int_value (b, y->all.occasions);
  json_builder_set_member_name (b, "children");
  json_builder_add_int_value (b, y->all.children);
  json_builder_set_member_name (b, "by_type");
  json_builder_begin_array (b);
  for (int i = 0; i < BP_REMAND_N_TYPES; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, bp_outcome_type_code (types[i]));
      json_builder_set_member_name (b, "occasions");
      json_builder_add_int_value (b, y->by_type[i].occasions);
      json_builder_set_member_name (b, "children");
      json_builder_add_int_value (b, y->by_type[i].children);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "followed_by");
  json_builder_begin_object (b);
  for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    {
      json_builder_set_member_name (b, followed_keys[f]);
      json_builder_add_int_value (b, y->followed_by[f]);
    }
  json_builder_set_member_name (b, "follow_up_incomplete");
  json_builder_add_int_value (b, y->follow_up_incomplete);
  json_builder_end_object (b);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpRemand *r = value;

  json_year (b, &r->current);
  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  json_year (b, &r->previous);
  json_builder_end_object (b);
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpRemandYear *y = &((const BpRemand *) value)->current;
  const BpRemandYear *p = &((const BpRemand *) value)->previous;
  g_autofree char *now = occasions_children_text (y->all.occasions, y->all.children);
  g_autofree char *before = occasions_children_text (p->all.occasions, p->all.children);

  g_string_append_c (out, '\n');
  /* Translators: the remands section of the text report: "3 occasions, 2 children" this
   * year and the year before, as in "Remands: 9 occasions, 7 children (the year before:
   * 12 occasions, 10 children)" */
  g_string_append_printf (out, _("Remands: %s (the year before: %s)"), now, before);
  g_string_append (out, ".\n");
  for (int i = 0; i < BP_REMAND_N_TYPES; i++)
    {
      g_autofree char *c = occasions_children_text (y->by_type[i].occasions,
                                                    y->by_type[i].children);

      g_string_append (out, "  ");
      _bp_text_padded (out, _(bp_outcome_type_name (types[i])), 50, FALSE);
      g_string_append_printf (out, " %s\n", c);
    }
  for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    {
      g_autofree char *c = bp_format_count (y->followed_by[f]);

      g_string_append (out, "  ");
      /* Translators: what followed a child's first remand of the period within 12
       * months, and how many children, as in "Within 12 months: Custodial sentence: 1" */
      g_string_append_printf (out, _("Within 12 months: %s: %s\n"), _(followed_names[f]), c);
    }
  if (y->follow_up_incomplete > 0)
    {
      g_autofree char *n = bp_format_count (y->follow_up_incomplete);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: a note under
                                                             * remands */
                                                            "%s child was remanded less "
                                                            "than 12 months before the latest "
                                                            "outcome held, so what followed "
                                                            "may not be known yet.",
                                                            "%s children were remanded less "
                                                            "than 12 months before the latest "
                                                            "outcome held, so what followed "
                                                            "may not be known yet.",
                                                            (gulong) CLAMP (y->follow_up_incomplete,
                                                                            0, G_MAXLONG)),
                                               n);

      bp_indicator_text_note (out, text);
    }
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpRemand *r = value;

  for (int k = 0; k < 2; k++)
    {
      const BpRemandYear *y = k == 0 ? &r->previous : &r->current;
      BpDay s = y->period.start, e = y->period.end;

      bp_indicator_csv_row (out, "remand", "occasions", "all", s, e, (double) y->all.occasions);
      bp_indicator_csv_row (out, "remand", "children", "all", s, e, (double) y->all.children);
      for (int i = 0; i < BP_REMAND_N_TYPES; i++)
        {
          const char *code = bp_outcome_type_code (types[i]);

          bp_indicator_csv_row (out, "remand", "occasions", code, s, e,
                                (double) y->by_type[i].occasions);
          bp_indicator_csv_row (out, "remand", "children", code, s, e,
                                (double) y->by_type[i].children);
        }
      for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
        bp_indicator_csv_row (out, "remand", "children_followed_by", followed_keys[f], s, e,
                              (double) y->followed_by[f]);
    }
}

/* Every count the pack shows: the children by what followed add up to the children
 * remanded; the year before is shown as totals. */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpRemand *r = value;
  const BpRemandYear *y = &r->current;
  guint parts[BP_REMAND_N_FOLLOWED];
  guint by_type_o[BP_REMAND_N_TYPES], by_type_c[BP_REMAND_N_TYPES];
  gint64 sum_o = 0, sum_c = 0;
  guint children, occasions;
  char key[64];

  occasions = bp_disclosure_plan_add (plan, "remand.now.occasions", y->all.occasions);
  children = bp_disclosure_plan_add (plan, "remand.now.children", y->all.children);
  for (int i = 0; i < BP_REMAND_N_TYPES; i++)
    {
      const char *code = bp_outcome_type_code (types[i]);

      g_snprintf (key, sizeof key, "remand.now.%s.occasions", code);
      by_type_o[i] = bp_disclosure_plan_add (plan, key, y->by_type[i].occasions);
      g_snprintf (key, sizeof key, "remand.now.%s.children", code);
      by_type_c[i] = bp_disclosure_plan_add (plan, key, y->by_type[i].children);
      sum_o += y->by_type[i].occasions;
      sum_c += y->by_type[i].children;
    }
  /* By type adds up to all only when no child had two types (or two on one day); when
   * it does, a reader would take it for a sum, and could subtract. */
  if (sum_o == y->all.occasions)
    bp_disclosure_plan_sum (plan, occasions, by_type_o, BP_REMAND_N_TYPES);
  if (sum_c == y->all.children)
    bp_disclosure_plan_sum (plan, children, by_type_c, BP_REMAND_N_TYPES);
  for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    {
      g_snprintf (key, sizeof key, "remand.now.then.%s", followed_keys[f]);
      parts[f] = bp_disclosure_plan_add (plan, key, y->followed_by[f]);
    }
  bp_disclosure_plan_sum (plan, children, parts, BP_REMAND_N_FOLLOWED);
  bp_disclosure_plan_add (plan, "remand.before.occasions", r->previous.all.occasions);
  bp_disclosure_plan_add (plan, "remand.before.children", r->previous.all.children);
}

const BpIndicator bp_remand_indicator = {
  .key = "remand",
  /* Translators: the name of an indicator */
  .title = N_("Remands"),
  .needs = BP_NEEDS_OUTCOMES,
  .compute = compute,
  .free = g_free,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
  .disclose = disclose,
};

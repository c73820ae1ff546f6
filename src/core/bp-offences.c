/* bp-offences.c: proven offences (domain.md section 11)
 *
 * The outcomes of the 12 months that prove an offence (a youth caution, a youth
 * conditional caution or a court sentence; not informal outcomes, not remands) of
 * children counted by the indicators (Local, aged 10-17), by the offence group and by
 * the gravity band of the offence, with the 12 months before. What children did, beside
 * how they were dealt with (the disposal mix).
 */

#include "config.h"

#include <string.h>

#include "bp-indicator-private.h"
#include "bp-offences.h"

static const char *const group_names[BP_N_OFFENCE_GROUPS] = {
  /* Translators: an offence group: none was recorded */
  [BP_OFFENCE_NONE] = N_("Not recorded"),
  /* Translators: an offence group */
  [BP_OFFENCE_VATP] = N_("Violence against the person"),
  /* Translators: an offence group */
  [BP_OFFENCE_ROBBERY] = N_("Robbery"),
  /* Translators: an offence group */
  [BP_OFFENCE_DRUGS] = N_("Drugs"),
  /* Translators: an offence group */
  [BP_OFFENCE_THEFT] = N_("Theft and handling"),
  /* Translators: an offence group */
  [BP_OFFENCE_BURGLARY] = N_("Burglary"),
  /* Translators: an offence group */
  [BP_OFFENCE_CRIMINAL_DAMAGE] = N_("Criminal damage and arson"),
  /* Translators: an offence group */
  [BP_OFFENCE_MOTORING] = N_("Motoring"),
  /* Translators: an offence group */
  [BP_OFFENCE_PUBLIC_ORDER] = N_("Public order"),
  /* Translators: an offence group */
  [BP_OFFENCE_SEXUAL] = N_("Sexual offences"),
  /* Translators: an offence group */
  [BP_OFFENCE_WEAPONS] = N_("Possession of weapons"),
  /* Translators: an offence group */
  [BP_OFFENCE_FRAUD] = N_("Fraud and forgery"),
  /* Translators: an offence group: breach of a statutory order */
  [BP_OFFENCE_BREACH] = N_("Breach of a statutory order"),
  /* Translators: an offence group */
  [BP_OFFENCE_OTHER] = N_("Other offences"),
};

static const char *const band_keys[BP_OFFENCES_N_BANDS] = {
  "1-2", "3-4", "5-6", "7-8", "not_recorded",
};

static const char *const band_names[BP_OFFENCES_N_BANDS] = {
  /* Translators: a band of the YJB's gravity score, 1 the least serious */
  N_("Gravity 1-2"),
  /* Translators: a band of the YJB's gravity score */
  N_("Gravity 3-4"),
  /* Translators: a band of the YJB's gravity score */
  N_("Gravity 5-6"),
  /* Translators: a band of the YJB's gravity score, 8 the most serious */
  N_("Gravity 7-8"),
  /* Translators: a band of the YJB's gravity score: none was recorded */
  N_("Gravity not recorded"),
};

const char *
bp_offences_group_name (BpOffenceGroup group)
{
  g_return_val_if_fail ((int) group >= 0 && group < BP_N_OFFENCE_GROUPS, NULL);
  return group_names[group];
}

/* The group's code as imported ("ROBBERY"), "NOT_RECORDED" for none. */
const char *
bp_offences_group_key (BpOffenceGroup group)
{
  g_return_val_if_fail ((int) group >= 0 && group < BP_N_OFFENCE_GROUPS, NULL);
  return group == BP_OFFENCE_NONE ? "NOT_RECORDED" : bp_offence_group_code (group);
}

const char *
bp_offences_band_key (guint band)
{
  g_return_val_if_fail (band < BP_OFFENCES_N_BANDS, NULL);
  return band_keys[band];
}

const char *
bp_offences_band_name (guint band)
{
  g_return_val_if_fail (band < BP_OFFENCES_N_BANDS, NULL);
  return band_names[band];
}

/* Proven offences only: cautions and court sentences, not informal outcomes or remands. */
static gboolean
proves_offence (const BpCaseRecord *r)
{
  BpTier tier = _bp_tier_of (r);

  return tier == BP_TIER_PRE_COURT || tier == BP_TIER_FIRST_TIER ||
         tier == BP_TIER_COMMUNITY || tier == BP_TIER_CUSTODY;
}

static guint
band_of (guint gravity)
{
  return gravity >= 1 && gravity <= 8 ? (gravity - 1) / 2 : BP_OFFENCES_BAND_NONE;
}

static gpointer
compute (BpReport               *report,
         const BpIndicatorInput *input,
         char                  **note)
{
  BpOffences *o = g_new0 (BpOffences, 1);
  BpOffencesYear *years[2] = { &o->current, &o->previous };
  BpCaseData *cases = input->cases;

  o->current.period = _bp_this_year (input);
  o->previous.period = _bp_year_before (input);
  for (gsize i = 0; i < cases->n_records; i++)
    {
      const BpCaseRecord *r = &cases->records[i];

      if (!_bp_counts (r) || !proves_offence (r))
        continue;
      for (int k = 0; k < 2; k++)
        {
          BpOffencesYear *y = years[k];

          if (!_bp_in_period (r->outcome_date, &y->period))
            continue;
          y->offences++;
          y->by_group[MIN (r->offence_group, BP_N_OFFENCE_GROUPS - 1)]++;
          y->by_band[band_of (r->gravity)]++;
        }
    }
  return o;
}

const BpOffences *
bp_report_offences (const BpReport *report)
{
  return bp_report_value (report, &bp_offences_indicator);
}

/* --- output ------------------------------------------------------------------------- */

static void
json_counts (JsonBuilder    *b,
             const char     *name,
             const char     *key_name,
             const gint64   *now,
             const gint64   *before,
             guint           n,
             gboolean        groups)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, key_name);
      json_builder_add_string_value (b, groups ? bp_offences_group_key (i)
                                               : bp_offences_band_key (i));
      json_builder_set_member_name (b, "offences");
      json_builder_add_int_value (b, now[i]);
      json_builder_set_member_name (b, "previous_offences");
      json_builder_add_int_value (b, before[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
to_json (const BpReport *report,
         gconstpointer   value,
         JsonBuilder    *b)
{
  const BpOffences *o = value;

  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", o->current.period.start);
  bp_json_add_date (b, "end", o->current.period.end);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "offences");
  json_builder_add_int_value (b, o->current.offences);
  json_counts (b, "by_group", "group", o->current.by_group, o->previous.by_group,
               BP_N_OFFENCE_GROUPS, TRUE);
  json_counts (b, "by_gravity", "band", o->current.by_band, o->previous.by_band,
               BP_OFFENCES_N_BANDS, FALSE);
  json_builder_set_member_name (b, "previous");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "offences");
  json_builder_add_int_value (b, o->previous.offences);
  json_builder_end_object (b);
}

static void
text_line (GString    *out,
           const char *name,
           gint64      now,
           gint64      before,
           gint64      all)
{
  g_autofree char *c = bp_format_count (now);
  g_autofree char *b = bp_format_count (before);
  g_autofree char *pct = bp_format_number (all > 0 ? (double) now / (double) all * 100.0
                                                   : NAN, 1);

  g_string_append (out, "  ");
  _bp_text_padded (out, name, 28, FALSE);
  g_string_append (out, " ");
  _bp_text_padded (out, c, 6, TRUE);
  /* Translators: a row of the text report's proven offences: the share of all and the
   * count the year before, as in " (22.0%; the year before 18)" */
  g_string_append_printf (out, _(" (%s%%; the year before %s)"), pct, b);
  g_string_append_c (out, '\n');
}

static void
to_text (const BpReport *report,
         gconstpointer   value,
         GString        *out)
{
  const BpOffences *o = value;
  g_autofree char *n = bp_format_count (o->current.offences);
  g_autofree char *before = bp_format_count (o->previous.offences);

  g_string_append_c (out, '\n');
  /* Translators: the text report's proven offences: this year and the year before, as in
   * "Proven offences: 152 (the year before: 140)" */
  g_string_append_printf (out, _("Proven offences: %s (the year before: %s)"), n, before);
  g_string_append (out, ".\n");
  for (int g = 1; g <= BP_N_OFFENCE_GROUPS; g++)
    {
      /* The groups in order, not recorded last */
      int group = g % BP_N_OFFENCE_GROUPS;

      text_line (out, _(group_names[group]), o->current.by_group[group],
                 o->previous.by_group[group], o->current.offences);
    }
  for (guint k = 0; k < BP_OFFENCES_N_BANDS; k++)
    text_line (out, _(band_names[k]), o->current.by_band[k], o->previous.by_band[k],
               o->current.offences);
}

static void
to_csv (const BpReport *report,
        gconstpointer   value,
        GString        *out)
{
  const BpOffences *o = value;

  for (int k = 0; k < 2; k++)
    {
      const BpOffencesYear *y = k == 0 ? &o->previous : &o->current;
      BpDay s = y->period.start, e = y->period.end;

      bp_indicator_csv_row (out, "offences", "offences", "all", s, e, (double) y->offences);
      for (int g = 0; g < BP_N_OFFENCE_GROUPS; g++)
        bp_indicator_csv_row (out, "offences", "offences", bp_offences_group_key (g), s, e,
                              (double) y->by_group[g]);
      for (guint b = 0; b < BP_OFFENCES_N_BANDS; b++)
        {
          g_autofree char *key = g_strdup_printf ("gravity %s", band_keys[b]);

          bp_indicator_csv_row (out, "offences", "offences", key, s, e,
                                (double) y->by_band[b]);
        }
    }
}

/* The figures a partner pack shows: the offences by group and by band, each adding up to
 * all offences, this year and the year before. */
static void
disclose (const BpReport   *report,
          gconstpointer     value,
          BpDisclosurePlan *plan)
{
  const BpOffences *o = value;

  for (int k = 0; k < 2; k++)
    {
      const BpOffencesYear *y = k == 0 ? &o->current : &o->previous;
      const char *when = k == 0 ? "now" : "before";
      guint groups[BP_N_OFFENCE_GROUPS], bands[BP_OFFENCES_N_BANDS];
      guint all;
      char key[64];

      g_snprintf (key, sizeof key, "offences.%s", when);
      all = bp_disclosure_plan_add (plan, key, y->offences);
      for (int g = 0; g < BP_N_OFFENCE_GROUPS; g++)
        {
          g_snprintf (key, sizeof key, "offences.%s.%s", when, bp_offences_group_key (g));
          groups[g] = bp_disclosure_plan_add (plan, key, y->by_group[g]);
        }
      for (guint b = 0; b < BP_OFFENCES_N_BANDS; b++)
        {
          g_snprintf (key, sizeof key, "offences.%s.gravity.%s", when, band_keys[b]);
          bands[b] = bp_disclosure_plan_add (plan, key, y->by_band[b]);
        }
      bp_disclosure_plan_sum (plan, all, groups, BP_N_OFFENCE_GROUPS);
      bp_disclosure_plan_sum (plan, all, bands, BP_OFFENCES_N_BANDS);
    }
}

const BpIndicator bp_offences_indicator = {
  .key = "offences",
  /* Translators: the name of an indicator: offences proven by a caution or a sentence */
  .title = N_("Proven offences"),
  .needs = BP_NEEDS_OUTCOMES,
  .compute = compute,
  .free = g_free,
  .to_json = to_json,
  .to_text = to_text,
  .to_csv = to_csv,
  .disclose = disclose,
};

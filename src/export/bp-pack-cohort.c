/* bp-pack-cohort.c: the Cohort sheet: who the children with an outcome are (domain.md
 * section 11)
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-cohort.h"
#include "bp-pack-private.h"

void
_bp_pack_build_cohort (BpPackBuilder *b,
                       gconstpointer  value)
{
  const BpCohort *c = value;
  g_autofree char *end = bp_day_format_month_year_long (c->period.end);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *chart;
  BpPackCell *row;
  char key[64];
  int note;

  note = _bp_pack_add_note (b, _("Cohort profile: children aged 10-17 living in the area "
                                 "with any outcome in the 12 months, remands included, each "
                                 "counted once: by sex, by age at their first outcome of the "
                                 "12 months, by ethnic group (the latest recorded) and by the "
                                 "tier of their most serious outcome (a child with remands "
                                 "only is under remand)."));
  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Children with an outcome, Northdale: 12 months to March 2025" */
    title = g_strdup_printf (_("Children with an outcome, %s: 12 months to %s"),
                             b->pack->area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Children with an outcome, the area: 12 months to %s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (the profile of the children
                           * with an outcome): at most 31 characters, none of [ ] : * ? / \
                           * and not starting or ending with an apostrophe */
                          _("Cohort"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Cohort profile: the children with an outcome by sex, age, "
                            "ethnic group and most serious outcome"));
  _bp_pack_sheet_contents_line (s, _("This worksheet contains two tables and a chart: the "
                                     "children by sex, age, ethnic group and most serious "
                                     "outcome, and the chart's data."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Cohort_profile", _("Children with an outcome"), 4);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Breakdown"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("Children"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 2, _("Number"), BP_PACK_FORMAT_INTEGER, 10);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 3, _("% of the children"), BP_PACK_FORMAT_DEC1, 12);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("All"));
  _bp_pack_set_text (&row[1], _("Children with an outcome"));
  _bp_pack_set_figure (b, &row[2], c->children, "cohort.now");
  _bp_pack_set_share (b, &row[3], c->children, "cohort.now", c->children, "cohort.now");
  {
    const struct
    {
      const char   *breakdown;
      const char   *name;
      const gint64 *counts;
      guint         n;
    } parts[] = {
      /* Translators: a breakdown of the children, in the column "Breakdown" */
      { N_("Sex"), "sex", c->by_sex, BP_N_SEXES },
      /* Translators: a breakdown of the children, in the column "Breakdown" */
      { N_("Age"), "age", c->by_age, BP_COHORT_N_AGES },
      /* Translators: a breakdown of the children, in the column "Breakdown" */
      { N_("Ethnic group"), "group", c->by_group, BP_N_ETHNIC_GROUPS },
      /* Translators: a breakdown of the children, in the column "Breakdown" */
      { N_("Most serious outcome"), "tier", c->by_tier, BP_N_TIERS },
    };

    for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
      for (guint i = 0; i < parts[k].n; i++)
        {
          /* Translators: an age band of the children, as in "Aged 15" or "Aged 10-14" */
          g_autofree char *age = k == 1 ? g_strdup_printf (_("Aged %s"),
                                                           bp_cohort_age_label (i))
                                        : NULL;
          const char *label = k == 0 ? _(bp_sex_name (i))
                              : k == 1 ? age
                              : k == 2 ? _(bp_ethnic_group_name (i)) : _(bp_tier_name (i));

          g_snprintf (key, sizeof key, "cohort.now.%s.%u", parts[k].name, i);
          row = _bp_pack_add_row (t);
          _bp_pack_set_text (&row[0], _(parts[k].breakdown));
          _bp_pack_set_text (&row[1], label);
          _bp_pack_set_figure (b, &row[2], parts[k].counts[i], key);
          _bp_pack_set_share (b, &row[3], parts[k].counts[i], key, c->children, "cohort.now");
        }
  }
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("All"));
  _bp_pack_set_text (&row[1], _("The 12 months before"));
  _bp_pack_set_figure (b, &row[2], c->previous_children, "cohort.before");
  _bp_pack_set_symbol (&row[3], BP_SYMBOL_NOT_APPLICABLE);

  chart = _bp_pack_table_new (s, "Cohort_chart_data",
                              b->profile == BP_PROFILE_PARTNER
                              /* Translators: a table's title */
                              ? _("Chart data, children by most serious outcome (blank "
                                  "where suppressed)")
                              /* Translators: a table's title */
                              : _("Chart data, children by most serious outcome"), 2);
  chart->chart_data = TRUE;
  chart->in_pdf = FALSE;
  _bp_pack_column (chart, 0, _("Most serious outcome"), BP_PACK_FORMAT_TEXT, 22);
  /* Translators: a column heading and the name of a chart's bars, as in "Children, 12
   * months to March 2025" */
  name = g_strdup_printf (_("Children, 12 months to %s"), end);
  _bp_pack_column (chart, 1, name, BP_PACK_FORMAT_INTEGER, 14);
  for (guint i = 0; i < BP_N_TIERS; i++)
    {
      g_snprintf (key, sizeof key, "cohort.now.tier.%u", i);
      row = _bp_pack_add_row (chart);
      _bp_pack_set_text (&row[0], _(bp_tier_name (i)));
      _bp_pack_set_chart_value (&row[1], (double) c->by_tier[i],
                                bp_report_hidden_state (&b->hidden, key) != BP_CELL_SHOWN);
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = chart;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Children"));
  s->chart = bp_chart_build_indicator (bp_cohort_indicator.key, &b->chart_report, &options);
}

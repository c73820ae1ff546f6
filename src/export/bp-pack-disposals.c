/* bp-pack-disposals.c: the Disposals sheet (domain.md section 11)
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-disposals.h"
#include "bp-pack-private.h"

static const int groups[] = {
  BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED, BP_ETHNIC_OTHER, BP_ETHNIC_WHITE,
};

/* Each group's outcomes by tier, its share and the difference from White children's
 * (internal packs only: see bp-disposals.c's disclose()). */
static void
by_group (BpPackBuilder        *b,
          BpPackSheet          *s,
          const BpDisposalYear *y,
          int                   note)
{
  BpPackTable *t;
  BpPackCell *row;

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Disposals_by_group", _("Outcomes by tier and ethnic group"), 5);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Tier"), BP_PACK_FORMAT_TEXT, 16);
  _bp_pack_column (t, 1, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 16);
  _bp_pack_column (t, 2, _("Outcomes"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 3, _("% of the group's outcomes"), BP_PACK_FORMAT_DEC1, 13);
  _bp_pack_column (t, 4, _("Difference from White children (percentage points)"),
                   BP_PACK_FORMAT_SIGNED1, 16);
  for (int k = 0; k < BP_DISPOSAL_N_TIERS; k++)
    {
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          int grp = groups[g];
          double pct = bp_disposals_group_pct (y, k, grp);

          row = _bp_pack_add_row (t);
          _bp_pack_set_text (&row[0], _(bp_tier_name (k)));
          _bp_pack_set_text (&row[1], _(bp_ethnic_group_name (grp)));
          _bp_pack_set_count (&row[2], y->by_tier_group[k][grp], BP_CELL_SHOWN);
          _bp_pack_set_value (&row[3], pct, NULL);
          row[3].format = BP_PACK_FORMAT_DEC1;
          _bp_pack_mark_low_base (b, &row[3], y->by_group[grp]);
          if (grp == BP_ETHNIC_WHITE)
            _bp_pack_set_symbol (&row[4], BP_SYMBOL_NOT_APPLICABLE);
          else
            {
              _bp_pack_set_value (&row[4], pct - bp_disposals_group_pct (y, k, BP_ETHNIC_WHITE),
                                  NULL);
              _bp_pack_mark_low_base (b, &row[4], MIN (y->by_group[grp],
                                                       y->by_group[BP_ETHNIC_WHITE]));
            }
        }
    }
}

void
_bp_pack_build_disposals (BpPackBuilder *b,
                          gconstpointer  value)
{
  const BpDisposals *d = value;
  const BpDisposalYear *y = &d->current;
  g_autofree char *end = bp_day_format_month_year_long (y->period.end);
  g_autofree char *title = NULL;
  g_autofree char *now_header = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;
  int note;

  note = _bp_pack_add_note (b, _("Disposal mix: outcomes given in the 12 months to children "
                                 "aged 10-17 living in the area, by tier: informal "
                                 "(community resolutions, triage, outcome 22, no further "
                                 "action, Turnaround), pre-court (youth cautions and "
                                 "conditional cautions), first tier court sentences, "
                                 "community sentences and custody. Remands are not "
                                 "disposals. A group's share is of its own outcomes; the "
                                 "difference is from White children's share, in percentage "
                                 "points."));
  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Disposal mix, Northdale: 12 months to March 2025" */
    title = g_strdup_printf (_("Disposal mix, %s: 12 months to %s"), b->pack->area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Disposal mix, the area: 12 months to %s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (the disposal mix): at most 31
                           * characters, none of [ ] : * ? / \ and not starting or ending
                           * with an apostrophe */
                          _("Disposals"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Disposal mix: outcomes by tier, this year and the year before, "
                            "and each ethnic group's shares against White children's"));
  if (b->profile == BP_PROFILE_PARTNER)
    _bp_pack_sheet_contents_line (s, _("This worksheet contains two tables and a chart: "
                                       "outcomes by tier, and the chart's data."));
  else
    _bp_pack_sheet_contents_line (s, _("This worksheet contains three tables and a chart: "
                                       "outcomes by tier, the shares of each ethnic group by "
                                       "tier, and the chart's data."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Disposals_by_tier", _("Outcomes by tier"), 4);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Tier"), BP_PACK_FORMAT_TEXT, 20);
  _bp_pack_column (t, 1, _("Outcomes"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 2, _("% of outcomes"), BP_PACK_FORMAT_DEC1, 11);
  _bp_pack_column (t, 3, _("Outcomes, the 12 months before"), BP_PACK_FORMAT_INTEGER, 13);
  for (int k = 0; k <= BP_DISPOSAL_N_TIERS; k++)
    {
      gboolean all = k == BP_DISPOSAL_N_TIERS;
      g_autofree char *now_key = all ? g_strdup ("disposals.now")
                                     : g_strdup_printf ("disposals.now.%s", bp_tier_key (k));
      g_autofree char *before_key = all ? g_strdup ("disposals.before")
                                        : g_strdup_printf ("disposals.before.%s",
                                                           bp_tier_key (k));
      gint64 n = all ? y->outcomes : y->by_tier[k];

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], all ? _("All outcomes") : _(bp_tier_name (k)));
      _bp_pack_set_figure (b, &row[1], n, now_key);
      _bp_pack_set_share (b, &row[2], n, now_key, y->outcomes, "disposals.now");
      _bp_pack_set_figure (b, &row[3], all ? d->previous.outcomes : d->previous.by_tier[k],
                           before_key);
    }

  if (b->profile == BP_PROFILE_PARTNER)
    _bp_pack_sheet_line (s, "%s", _("The outcomes by tier and ethnic group are in the internal "
                                    "pack only: their small numbers cannot be shown to "
                                    "partners without hiding most of the table."));
  else
    by_group (b, s, y, note);

  c = _bp_pack_table_new (s, "Disposals_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          /* Translators: a table's title */
                          ? _("Chart data, outcomes by tier (blank where suppressed)")
                          /* Translators: a table's title */
                          : _("Chart data, outcomes by tier"), 3);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Tier"), BP_PACK_FORMAT_TEXT, 20);
  /* Translators: a column heading and the name of a chart's bars: the 12 months to a
   * month, as in "12 months to March 2025" */
  now_header = g_strdup_printf (_("12 months to %s"), end);
  _bp_pack_column (c, 1, now_header, BP_PACK_FORMAT_INTEGER, 14);
  _bp_pack_column (c, 2, _("The 12 months before"), BP_PACK_FORMAT_INTEGER, 14);
  for (int k = 0; k < BP_DISPOSAL_N_TIERS; k++)
    {
      g_autofree char *k_now = g_strdup_printf ("disposals.now.%s", bp_tier_key (k));
      g_autofree char *k_before = g_strdup_printf ("disposals.before.%s", bp_tier_key (k));

      row = _bp_pack_add_row (c);
      _bp_pack_set_text (&row[0], _(bp_tier_name (k)));
      _bp_pack_set_chart_value (&row[1], (double) y->by_tier[k],
                                bp_report_hidden_state (&b->hidden, k_now) != BP_CELL_SHOWN);
      _bp_pack_set_chart_value (&row[2], (double) d->previous.by_tier[k],
                                bp_report_hidden_state (&b->hidden, k_before) != BP_CELL_SHOWN);
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Outcomes"));
  s->chart = bp_chart_build_indicator (bp_disposals_indicator.key, &b->chart_report, &options);
}

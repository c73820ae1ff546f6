/* bp-pack-delays.c: the Delays sheet (domain.md section 11)
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-delays.h"
#include "bp-pack-private.h"

/* A number of days made from @n outcomes: not shown when their count is hidden, and
 * [u] for partners (beside it in an internal pack) when they are fewer than 10. */
static void
days_cell (BpPackBuilder *b,
           BpPackCell    *cell,
           double         days,
           gint64         n,
           gboolean       hidden)
{
  const char *symbol = NULL;

  if (hidden)
    symbol = BP_SYMBOL_CONFIDENTIAL;
  else if (n > 0)
    symbol = _bp_pack_pct_symbol (b->profile, n);
  _bp_pack_set_value (cell, days, symbol);
  cell->format = BP_PACK_FORMAT_DEC1;
  _bp_pack_mark_low_base (b, cell, n);
}

void
_bp_pack_build_delays (BpPackBuilder *b,
                       gconstpointer  value)
{
  const BpDelays *d = value;
  g_autofree char *end = bp_day_format_month_year_long (d->period.end);
  g_autofree char *title = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;
  char key[64], over_key[64];
  int note;

  note = _bp_pack_add_note (b, _("Delays: days from the offence to the outcome, for "
                                 "outcomes given in the 12 months to children aged 10-17 "
                                 "living in the area whose offence date is recorded; court "
                                 "sentences, and out-of-court outcomes (informal and "
                                 "pre-court). The quartiles are interpolated as Excel's "
                                 "QUARTILE.INC does. A median of fewer than 10 outcomes is "
                                 "of low reliability."));
  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Delays, Northdale: 12 months to March 2025" */
    title = g_strdup_printf (_("Delays, %s: 12 months to %s"), b->pack->area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Delays, the area: 12 months to %s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (delays from offence to
                           * outcome): at most 31 characters, none of [ ] : * ? / \ and not
                           * starting or ending with an apostrophe */
                          _("Delays"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Delays: days from offence to outcome, court and out of court, "
                            "with the latest 8 quarters"));
  _bp_pack_sheet_contents_line (s, _("This worksheet contains three tables and a chart: the "
                                     "delays of the 12 months and of the year before, the "
                                     "median of each quarter, and the chart's data."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Delays_12_months", _("Days from offence to outcome"), 7);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Outcomes"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("Period"), BP_PACK_FORMAT_TEXT, 18);
  _bp_pack_column (t, 2, _("Outcomes with an offence date"), BP_PACK_FORMAT_INTEGER, 13);
  _bp_pack_column (t, 3, _("Median days"), BP_PACK_FORMAT_DEC1, 10);
  _bp_pack_column (t, 4, _("Lower quartile"), BP_PACK_FORMAT_DEC1, 10);
  _bp_pack_column (t, 5, _("Upper quartile"), BP_PACK_FORMAT_DEC1, 10);
  _bp_pack_column (t, 6, _("Over 90 days"), BP_PACK_FORMAT_INTEGER, 10);
  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    for (int year = 0; year < 2; year++)
      {
        const BpDelayStats *st = year == 0 ? &d->kinds[k] : &d->previous[k];
        gboolean hidden;

        row = _bp_pack_add_row (t);
        _bp_pack_set_text (&row[0], _(bp_delay_kind_name (k)));
        _bp_pack_set_text (&row[1], year == 0 ? _("the 12 months") : _("the 12 months before"));
        g_snprintf (key, sizeof key, "delays.%s.%s", year == 0 ? "now" : "before",
                    bp_delay_kind_key (k));
        g_snprintf (over_key, sizeof over_key, "%s.over_90", key);
        _bp_pack_set_figure (b, &row[2], st->outcomes, key);
        _bp_pack_set_figure (b, &row[6], st->over_90_days, over_key);
        hidden = bp_report_hidden_state (&b->hidden, key) != BP_CELL_SHOWN;
        days_cell (b, &row[3], st->median_days, st->outcomes, hidden);
        days_cell (b, &row[4], st->q1_days, st->outcomes, hidden);
        days_cell (b, &row[5], st->q3_days, st->outcomes, hidden);
      }

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Delays_by_quarter", _("Median days from offence to outcome, "
                                                     "by quarter"), 5);
  t->series = TRUE;
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Quarter ending"), BP_PACK_FORMAT_DATE, 13);
  _bp_pack_column (t, 1, _("Court sentences"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 2, _("Median days, court"), BP_PACK_FORMAT_DEC1, 11);
  _bp_pack_column (t, 3, _("Out-of-court outcomes"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 4, _("Median days, out of court"), BP_PACK_FORMAT_DEC1, 11);
  for (int q = 0; q < BP_DELAY_SERIES; q++)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_date (&row[0], d->series[q].quarter.end);
      for (int k = 0; k < BP_N_DELAY_KINDS; k++)
        {
          gint64 n = d->series[q].outcomes[k];
          gboolean hide;

          g_snprintf (key, sizeof key, "delays.q%d.%s", q, bp_delay_kind_key (k));
          _bp_pack_set_figure (b, &row[1 + 2 * k], n, key);
          hide = bp_report_hidden_state (&b->hidden, key) != BP_CELL_SHOWN;
          days_cell (b, &row[2 + 2 * k], d->series[q].median_days[k], n, hide);
        }
    }

  c = _bp_pack_table_new (s, "Delays_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          /* Translators: a table's title */
                          ? _("Chart data, median days (blank where suppressed)")
                          /* Translators: a table's title */
                          : _("Chart data, median days"), 3);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Outcomes"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (c, 1, _("the 12 months"), BP_PACK_FORMAT_DEC1, 12);
  _bp_pack_column (c, 2, _("the 12 months before"), BP_PACK_FORMAT_DEC1, 12);
  for (int k = 0; k < BP_N_DELAY_KINDS; k++)
    {
      g_snprintf (key, sizeof key, "delays.now.%s", bp_delay_kind_key (k));
      row = _bp_pack_add_row (c);
      _bp_pack_set_text (&row[0], _(bp_delay_kind_name (k)));
      _bp_pack_set_chart_value (&row[1], d->kinds[k].median_days,
                                bp_report_hidden_state (&b->hidden, key) != BP_CELL_SHOWN);
      g_snprintf (over_key, sizeof over_key, "delays.before.%s", bp_delay_kind_key (k));
      _bp_pack_set_chart_value (&row[2], d->previous[k].median_days,
                                bp_report_hidden_state (&b->hidden, over_key) != BP_CELL_SHOWN);
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Days"));
  s->chart = bp_chart_build_indicator (bp_delays_indicator.key, &b->chart_report, &options);
}

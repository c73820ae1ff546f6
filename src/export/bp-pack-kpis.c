/* bp-pack-kpis.c: the KPIs sheet (kpis.md): every KPI for the quarter and the 12 months,
 * one table per KPI of its 8 quarters, the definitions as notes, and a bar chart
 *
 * Every count is a figure of the pack's disclosure plan (bp-kpis.c's disclose()): a
 * partner sees a percentage only when its part and its whole are both shown.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-kpis.h"
#include "bp-pack-private.h"

/* The count of @measure of @kind in period @q (-1: the year) by its disclosure key. */
static void
kpi_count (BpPackBuilder *b,
           BpPackCell    *cell,
           BpKpiKind      kind,
           int            q,
           const char    *measure,
           gint64         count)
{
  g_autofree char *key = bp_kpi_disclosure_key (kind, q, measure);

  _bp_pack_set_figure (b, cell, count, key);
}

/* Columns @first..@first+3 of a row: the number, of how many, the percentage (or the
 * rate), and not recorded. */
static void
headline_cells (BpPackBuilder     *b,
                BpPackCell        *row,
                guint              first,
                BpKpiKind          kind,
                int                q,
                const BpKpiPeriod *p)
{
  BpKpiHeadline h = bp_kpi_headline (kind, p);
  g_autofree char *part = bp_kpi_disclosure_key (kind, q, "part");
  g_autofree char *whole = bp_kpi_disclosure_key (kind, q, "whole");

  kpi_count (b, &row[first], kind, q, "part", h.part);
  if (kind == BP_KPI_SERIOUS_VIOLENCE)
    {
      gboolean hidden = bp_report_hidden_state (&b->hidden, part) != BP_CELL_SHOWN;

      /* The whole is the published 10-17 population; the value a rate. */
      if (h.whole > 0)
        _bp_pack_set_count (&row[first + 1], h.whole, BP_CELL_SHOWN);
      else
        _bp_pack_set_symbol (&row[first + 1], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_value (&row[first + 2], h.value,
                          hidden ? BP_SYMBOL_CONFIDENTIAL
                          : isnan (h.value) ? BP_SYMBOL_NOT_AVAILABLE : NULL);
      row[first + 2].format = BP_PACK_FORMAT_INTEGER;
    }
  else
    {
      kpi_count (b, &row[first + 1], kind, q, "whole", h.whole);
      _bp_pack_set_share (b, &row[first + 2], h.part, part, h.whole, whole);
    }
  if (h.unknown >= 0)
    kpi_count (b, &row[first + 3], kind, q, "unknown", h.unknown);
  else
    _bp_pack_set_symbol (&row[first + 3], BP_SYMBOL_NOT_APPLICABLE);
}

static void
headline_columns (BpPackTable *t,
                  guint        first,
                  const char  *when)
{
  g_autofree char *number = g_strdup_printf ("%s: %s", when, _("Number"));
  g_autofree char *of = g_strdup_printf ("%s: %s", when,
                                         /* Translators: a column heading: the denominator
                                          * of a KPI's percentage */
                                         _("Of"));
  g_autofree char *pct = g_strdup_printf ("%s: %s", when,
                                          /* Translators: a column heading: a KPI's
                                           * percentage, or the rate per 100,000 for serious
                                           * violence */
                                          /* xgettext:no-c-format */
                                          _("% or rate"));
  g_autofree char *unknown = g_strdup_printf ("%s: %s", when,
                                              /* Translators: a column heading: children
                                               * whose status was not recorded */
                                              _("Not recorded"));

  _bp_pack_column (t, first, number, BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, first + 1, of, BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, first + 2, pct, BP_PACK_FORMAT_DEC1, 14);
  _bp_pack_column (t, first + 3, unknown, BP_PACK_FORMAT_INTEGER, 11);
}

void
_bp_pack_build_kpis (BpPackBuilder *b,
                     gconstpointer  value)
{
  const BpKpis *k = value;
  g_autofree char *end = bp_day_format_month_year_long (k->quarter.period.end);
  g_autofree char *title = NULL;
  g_autofree char *quarter = _bp_pack_cohort_label (&k->quarter.period);
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  int notes[BP_N_KPIS];
  int cohort_note;
  BpPackSheet *s;
  BpPackTable *t, *chart;
  BpPackCell *row;

  /* xgettext:no-c-format */
  cohort_note = _bp_pack_add_note (b, _("KPIs 1 to 5 and 8 count children with an "
                                        "intervention that ended in the period, each once, by "
                                        "the one that ended last (on the same day, the more "
                                        "intensive). A status not recorded is never counted as "
                                        "unsuitable: each percentage is of the children it was "
                                        "recorded for, with those not recorded beside it. More "
                                        "than 10% not recorded is a data quality warning. "
                                        "Comparators are shown as published by the YJB."));
  for (int i = 0; i < BP_N_KPIS; i++)
    notes[i] = k->have[i] ? _bp_pack_add_note (b, bp_kpi_definition (i)) : 0;

  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Key performance indicators, Northdale: quarter to March 2025" */
    title = g_strdup_printf (_("Key performance indicators, %s: quarter to %s"), b->pack->area,
                             end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Key performance indicators, the area: quarter to %s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (the key performance
                           * indicators): at most 31 characters, none of [ ] : * ? / \ and
                           * not starting or ending with an apostrophe */
                          _("KPIs"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("The ten key performance indicators of April 2023: the quarter "
                            "and the 12 months, each KPI's last 8 quarters, and a bar chart"));
  _bp_pack_sheet_contents_line (s, _("This worksheet contains a table of every KPI, a table "
                                     "of each KPI's last 8 quarters, and the chart's data."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "KPIs", _("Key performance indicators, the quarter and the 12 "
                                       "months"), 11);
  _bp_pack_table_cite (t, cohort_note, -1);
  _bp_pack_column (t, 0, _("KPI"), BP_PACK_FORMAT_TEXT, 30);
  /* Translators: a column heading: what a KPI's number counts */
  _bp_pack_column (t, 1, _("Counted"), BP_PACK_FORMAT_WRAP, 34);
  headline_columns (t, 2, quarter);
  /* Translators: the period of columns of the KPIs table */
  headline_columns (t, 6, _("12 months"));
  /* Translators: a column heading: the England and Wales figure as the YJB published it */
  _bp_pack_column (t, 10, _("England and Wales as published"), BP_PACK_FORMAT_DEC1, 14);
  for (int i = 0; i < BP_N_KPIS; i++)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], _(bp_kpi_title (i)));
      if (!k->have[i])
        {
          _bp_pack_set_text (&row[1], _(bp_kpi_missing_note (i)));
          for (guint c = 2; c < 11; c++)
            _bp_pack_set_symbol (&row[c], BP_SYMBOL_NOT_AVAILABLE);
          continue;
        }
      _bp_pack_set_text (&row[1], _(bp_kpi_headline_label (i)));
      headline_cells (b, row, 2, i, BP_KPI_SERIES - 1, &k->quarter);
      headline_cells (b, row, 6, i, -1, &k->year);
      _bp_pack_set_published (&row[10], bp_benchmark_find (k->benchmarks[i], bp_kpi_code (i),
                                                           "NATIONAL"));
    }

  for (int i = 0; i < BP_N_KPIS; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *table_title = NULL;

      if (!k->have[i])
        continue;
      name = g_strdup_printf ("KPI_%s", bp_kpi_key (i));
      /* Translators: a table's title: a KPI's title, as in "Suitable accommodation, the
       * last 8 quarters" */
      table_title = g_strdup_printf (_("%s, the last 8 quarters"), _(bp_kpi_title (i)));
      t = _bp_pack_table_new (s, name, table_title, 5);
      t->series = TRUE;
      _bp_pack_table_cite (t, cohort_note, notes[i], -1);
      /* Translators: a column heading: a quarter, as in "Jan-Mar 2024" */
      _bp_pack_column (t, 0, _("Quarter"), BP_PACK_FORMAT_TEXT, 16);
      headline_columns (t, 1, _("Quarter"));
      for (int q = 0; q < BP_KPI_SERIES; q++)
        {
          g_autofree char *label = _bp_pack_cohort_label (&k->series[q].period);

          row = _bp_pack_add_row (t);
          _bp_pack_set_text (&row[0], label);
          headline_cells (b, row, 1, i, q, &k->series[q]);
        }
      {
        BpKpiHeadline h = bp_kpi_headline (i, &k->quarter);
        g_autofree char *comparators = g_strdup_printf ("KPI_%s_comparators", bp_kpi_key (i));
        /* A partner pack compares in words only a figure none of whose parts is 1 to 4. */
        gboolean shown = b->profile == BP_PROFILE_INTERNAL
                         || (!(h.part >= 1 && h.part <= 4)
                             && !(h.whole - h.part >= 1 && h.whole - h.part <= 4));
        BpComparison c;

        bp_kpi_comparison (k, i, &c);
        _bp_pack_add_comparison (b, s, comparators, &c,
                                 /* Translators: a column heading of a KPI's comparator
                                  * table: the children counted, as published */
                                 _("Children counted"),
                                 /* Translators: a column heading of a KPI's comparator
                                  * table: the children of the cohort, as published */
                                 _("Of children"),
                                 /* Translators: a column heading of a KPI's comparator
                                  * table */
                                 _("Value as published"),
                                 _(bp_kpi_headline_label (i)), k->quarter.period.end, h.value,
                                 shown, "");
        bp_comparison_clear (&c);
      }
    }

  /* The chart: the percentages; serious violence, a rate, is on its own table only. */
  {
    gboolean any = FALSE;

    for (int i = 0; i < BP_N_KPIS; i++)
      any = any || (k->have[i] && i != BP_KPI_SERIOUS_VIOLENCE);
    if (!any)
      return;
  }
  chart = _bp_pack_table_new (s, "KPIs_chart_data",
                              b->profile == BP_PROFILE_PARTNER
                              /* Translators: a table's title */
                              ? _("Chart data, each KPI's percentage (blank where "
                                  "suppressed)")
                              /* Translators: a table's title */
                              : _("Chart data, each KPI's percentage"), 3);
  chart->chart_data = TRUE;
  chart->in_pdf = FALSE;
  _bp_pack_column (chart, 0, _("KPI"), BP_PACK_FORMAT_TEXT, 30);
  _bp_pack_column (chart, 1, quarter, BP_PACK_FORMAT_DEC1, 14);
  _bp_pack_column (chart, 2, _("12 months"), BP_PACK_FORMAT_DEC1, 14);
  for (int i = 0; i < BP_N_KPIS; i++)
    {
      if (!k->have[i] || i == BP_KPI_SERIOUS_VIOLENCE)
        continue;
      row = _bp_pack_add_row (chart);
      _bp_pack_set_text (&row[0], _(bp_kpi_title (i)));
      for (int c = 0; c < 2; c++)
        {
          int q = c == 0 ? BP_KPI_SERIES - 1 : -1;
          BpKpiHeadline h = bp_kpi_headline (i, c == 0 ? &k->quarter : &k->year);
          g_autofree char *part = bp_kpi_disclosure_key (i, q, "part");
          g_autofree char *whole = bp_kpi_disclosure_key (i, q, "whole");
          gboolean hidden = bp_report_hidden_state (&b->hidden, part) != BP_CELL_SHOWN ||
                            bp_report_hidden_state (&b->hidden, whole) != BP_CELL_SHOWN;

          _bp_pack_set_chart_value (&row[1 + c], h.value, hidden || isnan (h.value));
        }
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = chart;
  s->chart_decimals = 1;
  /* Translators: a chart's value axis title: keep it short */
  /* xgettext:no-c-format */
  s->chart_axis = g_strdup (_("% of children recorded"));
  s->chart = bp_chart_build_indicator (bp_kpis_indicator.key, &b->chart_report, &options);
}

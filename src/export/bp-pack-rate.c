/* bp-pack-rate.c: the First time entrants and Custody sheets
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"

/* First time entrants or custody: the 12 rolling years, with comparators. */
void
_bp_pack_build_rate_sheet (BpPackBuilder *b,
                           gconstpointer  value)
{
  const BpRateIndicator *ind = value;
  const gboolean fte = ind->kind == BP_RATE_FTE;
  const BpCellState *hidden = fte ? b->hidden.fte : b->hidden.custody;
  const char *code = ind->code;
  const char *area = b->pack->area;
  const BpPackFormat rate_format = fte ? BP_PACK_FORMAT_INTEGER : BP_PACK_FORMAT_DEC2;
  const char *family = _bp_pack_comparator_name (ind, code, "FAMILY", _("YJS family"));
  const char *region = _bp_pack_comparator_name (ind, code, "REGION", _("Region"));
  const char *national = _bp_pack_comparator_name (ind, code, "NATIONAL", _("England and Wales"));
  g_autofree char *end = bp_day_format_month_year_long (b->report->period.end);
  g_autofree char *title = NULL;
  const char *table_title;
  g_autofree char *cite = NULL;
  g_autofree char *local = NULL;
  /* Translators: a column heading: %s is the name of a comparator area as published, as
   * in "England and Wales (as published)" */
  g_autofree char *h_family = g_strdup_printf (_("%s (as published)"), family);
  /* Translators: a column heading: %s is the name of a comparator area as published, as
   * in "England and Wales (as published)" */
  g_autofree char *h_region = g_strdup_printf (_("%s (as published)"), region);
  /* Translators: a column heading: %s is the name of a comparator area as published, as
   * in "England and Wales (as published)" */
  g_autofree char *h_national = g_strdup_printf (_("%s (as published)"), national);
  g_autofree char *h_published = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *c;

  if (fte && area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "First time entrants, Northdale: rolling 12 months, quarter ends to March 2024" */
    title = g_strdup_printf (_("First time entrants, %s: rolling 12 months, quarter ends to "
                               "%s"), area, end);
  else if (fte)
    /* Translators: a worksheet's title when the area has no name: %s is a month and
     * year, as in "First time entrants, the area: rolling 12 months, quarter ends to
     * March 2024" */
    title = g_strdup_printf (_("First time entrants, the area: rolling 12 months, quarter "
                               "ends to %s"), end);
  else if (area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in "Use
     * of custody, Northdale: rolling 12 months, quarter ends to March 2024" */
    title = g_strdup_printf (_("Use of custody, %s: rolling 12 months, quarter ends to %s"),
                             area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and
     * year, as in "Use of custody, the area: rolling 12 months, quarter ends to March
     * 2024" */
    title = g_strdup_printf (_("Use of custody, the area: rolling 12 months, quarter ends "
                               "to %s"), end);
  if (fte)
    s = _bp_pack_sheet_new (b->pack,
                            /* Translators: a worksheet name: at most 31 characters, none of [ ]
                             * : * ? / \ and not starting or ending with an apostrophe */
                            _("First time entrants"), title,
                            /* Translators: what the worksheet contains, on the cover */
                            _("First time entrants: 12 rolling 12-month periods with counts, "
                              "populations, rates and comparators, and a line chart"));
  else
    s = _bp_pack_sheet_new (b->pack,
                            /* Translators: a worksheet name (use of custody): at most 31
                             * characters, none of [ ] : * ? / \ and not starting or ending with
                             * an apostrophe */
                            _("Custody"), title,
                            /* Translators: what the worksheet contains, on the cover */
                            _("Use of custody: 12 rolling 12-month periods with counts, "
                              "populations, rates and comparators, and a line chart"));
  _bp_pack_sheet_contents_line (s, _("This worksheet contains two tables and a chart: the 12 "
                                     "rolling 12-month periods ending at each quarter end, the "
                                     "chart's data, and a line chart."));
  cite = _bp_pack_cite_text (BP_PACK_NOTE (fte ? NOTE_FTE : NOTE_CUSTODY));
  if (fte)
    /* Translators: %s cites a note, as in "[note 1]" */
    _bp_pack_sheet_line (s, _("First time entrants: children whose first caution or court "
                              "sentence held in the local data falls in the 12 months %s."),
                         cite);
  else
    /* Translators: %s cites a note, as in "[note 2]" */
    _bp_pack_sheet_line (s, _("Use of custody: custodial sentences given to children aged "
                              "10-17 in the 12 months %s."), cite);
  if (ind->note)
    /* Translators: %s is a sentence from the figures, as in "Note: No 10-17 population
     * is held for 2024 or any earlier year, so rates cannot be calculated; import it." */
    _bp_pack_sheet_line (s, _("Note: %s"), ind->note);

  t = _bp_pack_table_new (s, fte ? "FTE_by_12_months" : "Custody_by_12_months",
                          fte
                          /* Translators: a table's title */
                          ? _("First time entrants by rolling 12 months")
                          /* Translators: a table's title */
                          : _("Custodial sentences by rolling 12 months"),
                          10);
  t->series = TRUE;
  _bp_pack_table_cite (t, fte ? NOTE_FTE : NOTE_CUSTODY, NOTE_POPULATION, NOTE_COMPARATORS,
                       NOTE_ROUNDING, -1);
  _bp_pack_column (t, 0, _("12 months ending"), BP_PACK_FORMAT_DATE, 13);
  _bp_pack_column (t, 1, _("Period start"), BP_PACK_FORMAT_DATE, 13);
  _bp_pack_column (t, 2, fte ? _("First time entrants") : _("Custodial sentences"),
                   BP_PACK_FORMAT_INTEGER, 12);
  _bp_pack_column (t, 3, _("10-17 population"), BP_PACK_FORMAT_INTEGER, 12);
  _bp_pack_column (t, 4, _("Population year"), BP_PACK_FORMAT_YEAR, 10);
  _bp_pack_column (t, 5, fte ? _("Rate per 100,000 10-17 year olds (local data)")
                             : _("Rate per 1,000 10-17 year olds (local data)"), rate_format, 16);
  _bp_pack_column (t, 6, h_family, rate_format, 14);
  _bp_pack_column (t, 7, h_region, rate_format, 14);
  _bp_pack_column (t, 8, h_national, rate_format, 14);
  if (area[0])
    /* Translators: a column heading: %s is the area's name, as in "Northdale as
     * published by the YJB" (the Youth Justice Board) */
    h_published = g_strdup_printf (_("%s as published by the YJB"), area);
  else
    h_published = g_strdup (_("Area as published by the YJB"));
  _bp_pack_column (t, 9, h_published, rate_format, 14);
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];
      BpPackCell *row = _bp_pack_add_row (t);

      _bp_pack_set_date (&row[0], v->period.end);
      _bp_pack_set_date (&row[1], v->period.start);
      _bp_pack_set_count (&row[2], v->count, hidden[q]);
      _bp_pack_set_count (&row[3], v->population, FALSE);
      if (v->population_year > 0)
        _bp_pack_set_number (&row[4], v->population_year);
      else
        _bp_pack_set_symbol (&row[4], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_value (&row[5], v->rate, hidden[q] ? BP_SYMBOL_CONFIDENTIAL : NULL);
      _bp_pack_set_published (&row[6], bp_benchmark_find (v->benchmarks, code, "FAMILY"));
      _bp_pack_set_published (&row[7], bp_benchmark_find (v->benchmarks, code, "REGION"));
      _bp_pack_set_published (&row[8], bp_benchmark_find (v->benchmarks, code, "NATIONAL"));
      _bp_pack_set_published (&row[9], bp_benchmark_find (v->benchmarks, code, "YJS"));
    }


  if (fte && b->profile == BP_PROFILE_PARTNER)
    table_title = _("Chart data, rate per 100,000 (blank where not available or suppressed)");
  else if (fte)
    table_title = _("Chart data, rate per 100,000 (blank where not available)");
  else if (b->profile == BP_PROFILE_PARTNER)
    table_title = _("Chart data, rate per 1,000 (blank where not available or suppressed)");
  else
    table_title = _("Chart data, rate per 1,000 (blank where not available)");
  c = _bp_pack_table_new (s, fte ? "FTE_chart_data" : "Custody_chart_data", table_title, 5);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Quarter end"), BP_PACK_FORMAT_TEXT, 11);
  if (area[0])
    /* Translators: a column heading and the name of a line in a chart: %s is the area's
     * name, as in "Northdale (local)": its figures from the local data */
    local = g_strdup_printf (_("%s (local)"), area);
  else
    /* Translators: a column heading and the name of a line in a chart when the area has
     * no name: its figures from the local data */
    local = g_strdup (_("Area (local)"));
  _bp_pack_column (c, 1, local, rate_format, 14);
  _bp_pack_column (c, 2, family, rate_format, 14);
  _bp_pack_column (c, 3, region, rate_format, 14);
  _bp_pack_column (c, 4, national, rate_format, 14);
  for (int q = 0; q < BP_SERIES_QUARTERS; q++)
    {
      const BpRateValue *v = &ind->series[q];
      BpPackCell *row = _bp_pack_add_row (c);
      g_autofree char *label = bp_day_format_month_year (v->period.end);
      const char *types[] = { "FAMILY", "REGION", "NATIONAL" };

      _bp_pack_set_text (&row[0], label);
      _bp_pack_set_chart_value (&row[1], v->rate, hidden[q]);
      for (int k = 0; k < 3; k++)
        {
          const BpBenchmark *bm = bp_benchmark_find (v->benchmarks, code, types[k]);

          _bp_pack_set_chart_value (&row[2 + k], bm ? bm->value : NAN, FALSE);
        }
    }

  /* After the chart data, so that printed, the comparators start a page of their own. */
  {
    BpComparison comparison;

    bp_rate_comparison (ind, &comparison);
    _bp_pack_add_comparison (b, s, fte ? "FTE_comparators" : "Custody_comparators",
                             &comparison, fte ? _("First time entrants") : _("Custodial sentences"),
                             _("10-17 population"), fte ? _("Rate per 100,000") : _("Rate per 1,000"),
                             fte
                             /* Translators: a chart's value axis title: keep it short */
                             ? _("per 100,000 10-17 year olds")
                             /* Translators: a chart's value axis title: keep it short */
                             : _("per 1,000 10-17 year olds"),
                             ind->current.period.end, ind->current.rate,
                             !hidden[BP_SERIES_QUARTERS - 1], "");
    bp_comparison_clear (&comparison);
  }

  s->chart_style = BP_PACK_CHART_RATE;
  s->chart_table = c;
  s->chart_axis = g_strdup (fte
                            /* Translators: a chart's value axis title: keep it short */
                            ? _("per 100,000 10-17 year olds")
                            /* Translators: a chart's value axis title: keep it short */
                            : _("per 1,000 10-17 year olds"));
  s->chart_decimals = fte ? 0 : 2;
  s->chart = bp_chart_build (fte ? BP_CHART_KIND_FTE : BP_CHART_KIND_CUSTODY, &b->chart_report,
                             &options);
}

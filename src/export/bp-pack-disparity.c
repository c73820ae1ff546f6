/* bp-pack-disparity.c: the Disproportionality sheet
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"

static const int group_order[] = {
  BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED, BP_ETHNIC_OTHER, BP_ETHNIC_WHITE,
  BP_DISPARITY_MINORITIES,
};

/* The significance of a row, in words; NULL when there is none. */
static const char *
significance_text (const BpDisparityRow *r,
                   int                   g)
{
  if (g == BP_ETHNIC_WHITE)
    /* Translators: in the column "Significance": the group others are compared with */
    return _("Reference group");
  if (g_strcmp0 (r->significance, "higher") == 0)
    return bp_pack_highlight_text (BP_PACK_HIGHLIGHT_HIGHER);
  if (g_strcmp0 (r->significance, "lower") == 0)
    return bp_pack_highlight_text (BP_PACK_HIGHLIGHT_LOWER);
  if (r->significance)
    /* Translators: in the column "Significance": the difference may be chance */
    return _("Not significant");
  return NULL;
}

/* The six-year series of counts and shares (domain.md 11 (d)), and their changes over 5
 * years and over 1 year: three tables, so that none is too wide for a page. */
static void
add_trend_tables (BpPackBuilder *b,
                  BpPackSheet   *s,
                  const char    *stage)
{
  const BpDisparity *d = &b->report->disparity;
  const BpReportHidden *h = &b->hidden;
  const int T = BP_DISPARITY_TREND_YEARS;
  g_autofree char *first = bp_financial_year_label (bp_day_year (d->trend[0].year.start));
  g_autofree char *last = bp_financial_year_label (bp_day_year (d->trend[T - 1].year.start));
  g_autofree char *title = NULL;
  BpPackTable *counts, *shares, *changes;
  BpPackCell *row;

  /* Translators: a table's title: the stage and the first and last financial years, as in
   * "Children cautioned or sentenced by ethnic group, each year from 2018/19 to 2023/24" */
  title = g_strdup_printf (_("Children %s by ethnic group, each year from %s to %s"), stage,
                           first, last);
  counts = _bp_pack_table_new (s, "Disproportionality_trend_counts", title, 1 + T);
  g_free (title);
  /* Translators: a table's title: the first and last financial years, as in "Share of
   * children of known ethnicity (%), each year from 2018/19 to 2023/24" */
  /* xgettext:no-c-format */
  title = g_strdup_printf (_("Share of children of known ethnicity (%%), each year from %s to "
                             "%s"), first, last);
  shares = _bp_pack_table_new (s, "Disproportionality_trend_shares", title, 1 + T);
  g_free (title);
  /* Translators: a table's title: the last financial year, as in "Change to 2023/24 over 5
   * years and over 1 year" */
  title = g_strdup_printf (_("Change to %s over 5 years and over 1 year"), last);
  changes = _bp_pack_table_new (s, "Disproportionality_trend_changes", title, 5);
  _bp_pack_table_cite (counts, NOTE_DISPARITY, -1);
  _bp_pack_table_cite (shares, NOTE_UNKNOWN, -1);
  _bp_pack_table_cite (changes, NOTE_NA_RULE, -1);

  _bp_pack_column (counts, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (shares, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  for (int k = 0; k < T; k++)
    {
      g_autofree char *fy = bp_financial_year_label (bp_day_year (d->trend[k].year.start));

      _bp_pack_column (counts, 1 + k, fy, BP_PACK_FORMAT_INTEGER, 9);
      _bp_pack_column (shares, 1 + k, fy, BP_PACK_FORMAT_DEC1, 9);
    }
  _bp_pack_column (changes, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  /* Translators: column headings of the changes of the six-year series */
  /* xgettext:no-c-format */
  _bp_pack_column (changes, 1, _("Change in children over 5 years (%)"), BP_PACK_FORMAT_SIGNED1,
                   12);
  _bp_pack_column (changes, 2, _("Change in share over 5 years (percentage points)"),
                   BP_PACK_FORMAT_SIGNED1, 13);
  /* xgettext:no-c-format */
  _bp_pack_column (changes, 3, _("Change in children over 1 year (%)"), BP_PACK_FORMAT_SIGNED1,
                   12);
  _bp_pack_column (changes, 4, _("Change in share over 1 year (percentage points)"),
                   BP_PACK_FORMAT_SIGNED1, 13);

  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    {
      int g = group_order[i];
      const BpDisparityChange *c[2] = { &d->change_5y[g], &d->change_1y[g] };
      const int ends[2] = { 0, T - 2 };

      row = _bp_pack_add_row (counts);
      _bp_pack_set_text (&row[0], _(d->rows[g].group));
      for (int k = 0; k < T; k++)
        _bp_pack_set_count (&row[1 + k], d->trend[k].count[g], h->trend[k][g]);

      row = _bp_pack_add_row (shares);
      _bp_pack_set_text (&row[0], _(d->rows[g].group));
      for (int k = 0; k < T; k++)
        {
          const char *symbol = h->trend[k][g] || h->trend_known[k]
                               ? BP_SYMBOL_CONFIDENTIAL
                               : _bp_pack_pct_symbol (b->profile, d->trend[k].known_total);

          _bp_pack_set_value (&row[1 + k], d->trend[k].share[g], symbol);
          _bp_pack_mark_low_base (b, &row[1 + k], d->trend[k].known_total);
        }

      row = _bp_pack_add_row (changes);
      _bp_pack_set_text (&row[0], _(d->rows[g].group));
      for (int e = 0; e < 2; e++)
        {
          gboolean hidden = h->trend[T - 1][g] || h->trend_known[T - 1] ||
                            h->trend[ends[e]][g] || h->trend_known[ends[e]];

          if (hidden)
            {
              _bp_pack_set_symbol (&row[1 + 2 * e], BP_SYMBOL_CONFIDENTIAL);
              _bp_pack_set_symbol (&row[2 + 2 * e], BP_SYMBOL_CONFIDENTIAL);
            }
          else if (isnan (c[e]->change_pct))
            {
              /* The n/a rule: a count below 10 in either year. */
              _bp_pack_set_symbol (&row[1 + 2 * e], BP_SYMBOL_NOT_APPLICABLE);
              _bp_pack_set_symbol (&row[2 + 2 * e], BP_SYMBOL_NOT_APPLICABLE);
            }
          else
            {
              _bp_pack_set_number (&row[1 + 2 * e], c[e]->change_pct);
              _bp_pack_set_number (&row[2 + 2 * e], c[e]->pp_change);
            }
        }
    }
  row = _bp_pack_add_row (counts);
  _bp_pack_set_text (&row[0], _("Children of known ethnicity"));
  for (int k = 0; k < T; k++)
    _bp_pack_set_count (&row[1 + k], d->trend[k].known_total, h->trend_known[k]);
}

void
_bp_pack_build_disparity (BpPackBuilder *b,
                          gconstpointer  value)
{
  g_autofree char *cite = NULL;
  g_autofree char *contents = NULL;
  const BpDisparity *d = &b->report->disparity;
  const BpReportHidden *h = &b->hidden;
  const BpProfile p = b->profile;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  const char *stage = g_dpgettext2 (GETTEXT_PACKAGE, "stage", bp_stage_description (d->stage));
  g_autofree char *fy = bp_disparity_period_label (d);
  g_autofree char *title = NULL;
  g_autofree char *t_title = NULL;
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;
  double unknown_share = d->total > 0 ? (double) d->unknown_count / (double) d->total * 100.0
                                      : NAN;

  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name, the stage of the youth justice
     * system and a financial year, as in "Ethnic disproportionality, Northdale: children
     * cautioned or sentenced in 2023/24" */
    title = g_strdup_printf (_("Ethnic disproportionality, %s: children %s in %s"),
                             b->pack->area, stage, fy);
  else
    /* Translators: a worksheet's title when the area has no name: the stage of the youth
     * justice system and a financial year, as in "Ethnic disproportionality, the area:
     * children cautioned or sentenced in 2023/24" */
    title = g_strdup_printf (_("Ethnic disproportionality, the area: children %s in %s"),
                             stage, fy);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (ethnic disproportionality): at
                           * most 31 characters, none of [ ] : * ? / \ and not starting or
                           * ending with an apostrophe */
                          _("Disproportionality"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Ethnic disproportionality: counts, shares, rates, relative rate "
                            "indices with confidence intervals and changes, and a chart"));
  cite = _bp_pack_cite_text (BP_PACK_NOTE (NOTE_DISPARITY));
  /* Translators: White is the ethnic group; %s cites a note, as in "[note 4]" */
  contents = g_strdup_printf (_("This worksheet contains six tables and a chart: each ethnic "
                                "group's count, share, rate and relative rate index (RRI) "
                                "against White children with its 95%% confidence interval, the "
                                "totals, each group's count and share in each of six years "
                                "with the changes over 5 years and over 1 year, and the "
                                "chart's data %s."), cite);
  _bp_pack_sheet_contents_line (s, contents);
  /* Translators: "the Significance column" is the column headed "Significance" */
  _bp_pack_sheet_line (s, "%s", _("Rows shaded orange are significantly higher than White "
                                  "children, rows shaded blue significantly lower; the "
                                  "Significance column says the same."));
  if (d->unknown_warning && !_bp_pack_unknown_warning_hidden (b))
    {
      g_autofree char *unknown_cite = _bp_pack_cite_text (BP_PACK_NOTE (NOTE_UNKNOWN));

      /* Translators: %% is the per cent sign; %s cites a note, as in "[note 9]" */
      _bp_pack_sheet_line (s, _("Warning: ethnicity is unknown for more than 10%% of children, "
                                "so every RRI may be biased %s."), unknown_cite);
    }
  if (d->years > 1)
    /* Translators: on the Disproportionality sheet when it pools financial years: %d is
     * 2 or 3 */
    _bp_pack_sheet_line (s, _("The counts are pooled over %d financial years: a child "
                              "counted in two years counts in both; the population is the "
                              "2021 Census's, used once."), d->years);
  if (d->by_tier)
    /* Translators: on the Disproportionality sheet when it counts one tier's outcomes: %s
     * is the tier, as in "community" */
    _bp_pack_sheet_line (s, _("Only outcomes of one tier are counted: %s."),
                         _(bp_tier_name (d->tier)));
  if (_bp_pack_disparity_note (b))
    /* Translators: %s is a sentence from the figures, as in "Note: Ethnicity is unknown
     * for 12 of 63 children (more than 10%): leaving them out biases every relative rate
     * index." */
    _bp_pack_sheet_line (s, _("Note: %s"), _bp_pack_disparity_note (b));

  /* Translators: a table's title: the stage of the youth justice system and a financial
   * year, as in "Children cautioned or sentenced in 2023/24 by ethnic group, with relative
   * rate indices" */
  t_title = g_strdup_printf (_("Children %s in %s by ethnic group, with relative rate indices"),
                             stage, fy);
  t = _bp_pack_table_new (s, "Disproportionality_by_group", t_title, 14);
  _bp_pack_table_cite (t, NOTE_DISPARITY, NOTE_POPULATION, NOTE_NA_RULE, NOTE_UNKNOWN, -1);
  t->highlight_column = 10;
  _bp_pack_column (t, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 1, _("Children"), BP_PACK_FORMAT_INTEGER, 9);
  _bp_pack_column (t, 2, _("10-17 population"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 3, _("Rate per 100,000"), BP_PACK_FORMAT_INTEGER, 10);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 4, _("% of children of known ethnicity"), BP_PACK_FORMAT_DEC1, 12);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 5, _("% of 10-17 population"), BP_PACK_FORMAT_DEC1, 11);
  _bp_pack_column (t, 6, _("Difference (percentage points)"), BP_PACK_FORMAT_SIGNED1, 12);
  _bp_pack_column (t, 7, _("Relative rate index"), BP_PACK_FORMAT_DEC2, 10);
  /* Translators: a column heading: the lower bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 8, _("95% CI lower"), BP_PACK_FORMAT_DEC2, 9);
  /* Translators: a column heading: the upper bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 9, _("95% CI upper"), BP_PACK_FORMAT_DEC2, 9);
  _bp_pack_column (t, 10, _("Significance"), BP_PACK_FORMAT_TEXT, 20);
  _bp_pack_column (t, 11, _("Children in the previous year"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading: the change in per cent. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 12, _("Change in children (%)"), BP_PACK_FORMAT_SIGNED1, 11);
  _bp_pack_column (t, 13, _("Change in share (percentage points)"), BP_PACK_FORMAT_SIGNED1, 12);

  for (guint i = 0; i < G_N_ELEMENTS (group_order); i++)
    {
      int g = group_order[i];
      const BpDisparityRow *r = &d->rows[g];
      gboolean hide = h->group[g];
      gboolean hide_rri = hide || h->group[BP_ETHNIC_WHITE];
      /* A change of share gives the year before's share, and with its count the children
       * of known ethnicity that year. */
      gboolean hide_change = hide || h->previous_group[g] || h->previous_known;
      const char *share_symbol = hide || h->known ? BP_SYMBOL_CONFIDENTIAL
                                 : _bp_pack_pct_symbol (p, d->known_total);
      const char *sig = significance_text (r, g);
      BpPackHighlight mark = BP_PACK_HIGHLIGHT_NONE;

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], _(r->group));
      _bp_pack_set_count (&row[1], r->count, hide);
      _bp_pack_set_count (&row[2], r->population, FALSE);
      _bp_pack_set_value (&row[3], r->rate, hide ? BP_SYMBOL_CONFIDENTIAL : NULL);
      _bp_pack_set_value (&row[4], r->share, share_symbol);
      _bp_pack_set_value (&row[5], r->population_share, NULL);
      _bp_pack_set_value (&row[6], r->pp_difference, share_symbol);
      _bp_pack_mark_low_base (b, &row[4], d->known_total);
      _bp_pack_mark_low_base (b, &row[6], d->known_total);
      if (g == BP_ETHNIC_WHITE)
        {
          _bp_pack_set_value (&row[7], r->rri, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          _bp_pack_set_symbol (&row[8], BP_SYMBOL_NOT_APPLICABLE);
          _bp_pack_set_symbol (&row[9], BP_SYMBOL_NOT_APPLICABLE);
          _bp_pack_set_text (&row[10], sig);
        }
      else
        {
          _bp_pack_set_value (&row[7], r->rri, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          _bp_pack_set_value (&row[8], r->ci_low, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          _bp_pack_set_value (&row[9], r->ci_high, hide_rri ? BP_SYMBOL_CONFIDENTIAL : NULL);
          if (hide_rri)
            _bp_pack_set_symbol (&row[10], BP_SYMBOL_CONFIDENTIAL);
          else if (sig)
            _bp_pack_set_text (&row[10], sig);
          else
            _bp_pack_set_symbol (&row[10], BP_SYMBOL_NOT_AVAILABLE);
          if (!hide_rri && g_strcmp0 (r->significance, "higher") == 0)
            mark = BP_PACK_HIGHLIGHT_HIGHER;
          else if (!hide_rri && g_strcmp0 (r->significance, "lower") == 0)
            mark = BP_PACK_HIGHLIGHT_LOWER;
        }
      _bp_pack_set_count (&row[11], r->previous_count, h->previous_group[g]);
      /* The n/a rule: no change when a count is below 10 in either year. */
      if (hide_change)
        {
          _bp_pack_set_symbol (&row[12], BP_SYMBOL_CONFIDENTIAL);
          _bp_pack_set_symbol (&row[13], BP_SYMBOL_CONFIDENTIAL);
        }
      else if (!isfinite (r->change_pct) && r->count < 10)
        {
          _bp_pack_set_symbol (&row[12], BP_SYMBOL_NOT_APPLICABLE);
          _bp_pack_set_symbol (&row[13], BP_SYMBOL_NOT_APPLICABLE);
        }
      else if (!isfinite (r->change_pct) && r->previous_count < 10)
        {
          _bp_pack_set_symbol (&row[12], BP_SYMBOL_NOT_APPLICABLE);
          _bp_pack_set_symbol (&row[13], BP_SYMBOL_NOT_APPLICABLE);
        }
      else
        {
          _bp_pack_set_number (&row[12], r->change_pct);
          _bp_pack_set_number (&row[13], r->pp_change);
        }
      g_array_index (t->highlight, BpPackHighlight, t->rows->len - 1) = mark;
    }

  g_free (t_title);
  /* Translators: a table's title: the stage of the youth justice system and a financial
   * year, as in "Children cautioned or sentenced in 2023/24: totals and unknown
   * ethnicity" */
  t_title = g_strdup_printf (_("Children %s in %s: totals and unknown ethnicity"), stage, fy);
  t = _bp_pack_table_new (s, "Disproportionality_totals", t_title, 2);
  _bp_pack_table_cite (t, NOTE_UNKNOWN, -1);
  _bp_pack_column (t, 0, _("Children"), BP_PACK_FORMAT_TEXT, 40);
  /* Translators: a column heading: a number of children or a percentage. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 1, _("Number or %"), BP_PACK_FORMAT_INTEGER, 12);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("All children"));
  _bp_pack_set_count (&row[1], d->total, h->total);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Children of known ethnicity"));
  _bp_pack_set_count (&row[1], d->known_total, h->known);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Children of unknown ethnicity"));
  _bp_pack_set_count (&row[1], d->unknown_count, h->unknown);
  row = _bp_pack_add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  _bp_pack_set_text (&row[0], _("Unknown ethnicity, % of all children"));
  _bp_pack_set_value (&row[1], unknown_share,
                      h->unknown || h->total ? BP_SYMBOL_CONFIDENTIAL
                      : _bp_pack_pct_symbol (p, d->total));
  row[1].format = BP_PACK_FORMAT_DEC1;
  _bp_pack_mark_low_base (b, &row[1], d->total);

  add_trend_tables (b, s, stage);

  /* One column per group, so that each carries its own confidence interval: libxlsxwriter
   * 1.1.4 has no custom error bars, only a fixed length per series. */
  c = _bp_pack_table_new (s, "Disproportionality_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          ? _("Chart data, relative rate index by ethnic group, one column per "
                              "group (blank where suppressed or not available)")
                          : _("Chart data, relative rate index by ethnic group, one column per "
                              "group (blank where not available)"), 8);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Ethnic group"), BP_PACK_FORMAT_TEXT, 22);
  /* Translators: a column heading: the lower bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  _bp_pack_column (c, 6, _("95% CI lower"), BP_PACK_FORMAT_DEC2, 9);
  /* Translators: a column heading: the upper bound of the 95% confidence interval. */
  /* xgettext:no-c-format */
  _bp_pack_column (c, 7, _("95% CI upper"), BP_PACK_FORMAT_DEC2, 9);
  {
    static const int chart_groups[] = { BP_ETHNIC_ASIAN, BP_ETHNIC_BLACK, BP_ETHNIC_MIXED,
                                        BP_ETHNIC_OTHER, BP_DISPARITY_MINORITIES };

    for (guint i = 0; i < G_N_ELEMENTS (chart_groups); i++)
      {
        /* Translators: a column heading and the name of a series in a chart: %s is an
         * ethnic group, as in "RRI: Black" (the group's relative rate index) */
        g_autofree char *header = g_strdup_printf (_("RRI: %s"),
                                                   _(d->rows[chart_groups[i]].group));

        _bp_pack_column (c, 1 + i, header, BP_PACK_FORMAT_DEC2, 10);
      }
    for (guint i = 0; i < G_N_ELEMENTS (chart_groups); i++)
      {
        int g = chart_groups[i];
        const BpDisparityRow *r = &d->rows[g];
        gboolean hide = h->group[g] || h->group[BP_ETHNIC_WHITE];

        row = _bp_pack_add_row (c);
        _bp_pack_set_text (&row[0], _(r->group));
        for (guint k = 0; k < G_N_ELEMENTS (chart_groups); k++)
          _bp_pack_set_chart_value (&row[1 + k], k == i ? r->rri : NAN, hide);
        _bp_pack_set_chart_value (&row[6], r->ci_low, hide);
        _bp_pack_set_chart_value (&row[7], r->ci_high, hide);
      }
  }

  s->chart_style = BP_PACK_CHART_RRI;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Relative rate index (log scale; 1 = White children)"));
  s->chart_decimals = 2;
  s->chart = bp_chart_build (BP_CHART_KIND_RRI, &b->chart_report, &options);
}

/* bp-pack-reoffending.c: the Reoffending sheet
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"

static void
cohort_columns (BpPackTable *t,
                const char  *first)
{
  _bp_pack_column (t, 0, first, BP_PACK_FORMAT_TEXT, 16);
  _bp_pack_column (t, 1, _("Cohort start"), BP_PACK_FORMAT_DATE, 12);
  _bp_pack_column (t, 2, _("Cohort end"), BP_PACK_FORMAT_DATE, 12);
  _bp_pack_column (t, 3, _("Children in the cohort"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 4, _("Children who reoffended"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 5, _("Proven reoffences"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 6, _("% who reoffended"), BP_PACK_FORMAT_DEC1, 11);
  _bp_pack_column (t, 7, _("Reoffences per child"), BP_PACK_FORMAT_DEC2, 11);
  _bp_pack_column (t, 8, _("Reoffences per reoffender"), BP_PACK_FORMAT_DEC2, 11);
  _bp_pack_column (t, 9, _("Follow-up complete"), BP_PACK_FORMAT_TEXT, 10);
}

static void
cohort_cells (BpPackBuilder    *b,
              BpPackCell *row,
              BpPeriod    cohort,
              gint64      size,
              gint64      reoffenders,
              gint64      reoffences,
              double      binary_rate,
              double      frequency,
              double      per_reoffender,
              gboolean    follow_up_complete,
              BpCellState size_hidden,
              BpCellState hidden)
{
  const char *rate_symbol = hidden ? BP_SYMBOL_CONFIDENTIAL
                            : _bp_pack_pct_symbol (b->profile, size);

  _bp_pack_set_date (&row[1], cohort.start);
  _bp_pack_set_date (&row[2], cohort.end);
  _bp_pack_set_count (&row[3], size, size_hidden);
  _bp_pack_set_count (&row[4], reoffenders, hidden);
  _bp_pack_set_count (&row[5], reoffences, hidden);
  _bp_pack_set_value (&row[6], binary_rate, rate_symbol);
  _bp_pack_mark_low_base (b, &row[6], size);
  _bp_pack_set_value (&row[7], frequency, hidden ? BP_SYMBOL_CONFIDENTIAL : NULL);
  _bp_pack_set_value (&row[8], per_reoffender, hidden ? BP_SYMBOL_CONFIDENTIAL : NULL);
  if (follow_up_complete)
    /* Translators: in the column "Follow-up complete": it is */
    _bp_pack_set_text (&row[9], C_("follow-up complete", "Yes"));
  else
    /* Translators: in the column "Follow-up complete": it is not yet */
    _bp_pack_set_text (&row[9], C_("follow-up complete", "No"));
}

/* The 12-month cohort by sex, age band, ethnic group and the tier of the index event,
 * the cohort sizes beside the rates (domain.md 11; the partner pack through the
 * disclosure plan: each breakdown adds up to the cohort). */
static void
breakdowns_table (BpPackBuilder             *b,
                  BpPackSheet               *s,
                  const BpReoffendingCohort *year)
{
  const BpReoffendingBreakdowns *bd = &year->breakdowns;
  static const char *const ages[] = { "10-14", "15-17" };
  /* The tiers an index event can be of: a caution, a first-tier or community sentence, a
   * release from custody. */
  static const BpTier tiers[] = { BP_TIER_PRE_COURT, BP_TIER_FIRST_TIER, BP_TIER_COMMUNITY,
                                  BP_TIER_CUSTODY };
  const struct
  {
    const char               *key;
    const char               *title;
    const BpReoffendingCount *parts;
    guint                     n;
  } dims[] = {
    /* Translators: a breakdown of a reoffending cohort */
    { "sex", N_("Sex"), bd->by_sex, BP_N_SEXES },
    /* Translators: a breakdown of a reoffending cohort */
    { "age", N_("Age band"), bd->by_age, G_N_ELEMENTS (bd->by_age) },
    /* Translators: a breakdown of a reoffending cohort */
    { "ethnicity", N_("Ethnic group"), bd->by_group, BP_N_ETHNIC_GROUPS },
    /* Translators: a breakdown of a reoffending cohort: the tier of the index event */
    { "tier", N_("Tier of the index event"), bd->by_tier, BP_N_TIERS },
  };
  g_autofree char *label = _bp_pack_cohort_label (&year->cohort);
  g_autofree char *title = NULL;
  BpPackTable *t;

  /* Translators: a table's title: the 12-month cohort's months, as in "Proven
   * reoffending of the Apr 2022-Mar 2023 cohort by sex, age band, ethnic group and tier" */
  title = g_strdup_printf (_("Proven reoffending of the %s cohort by sex, age band, ethnic "
                             "group and tier"), label);
  t = _bp_pack_table_new (s, "Reoffending_breakdowns", title, 6);
  _bp_pack_table_cite (t, NOTE_REOFFENDING, -1);
  /* Translators: a column heading: sex, age band, ethnic group or tier */
  _bp_pack_column (t, 0, _("Breakdown"), BP_PACK_FORMAT_TEXT, 20);
  /* Translators: a column heading: a part of the cohort, as "Female" or "15-17" */
  _bp_pack_column (t, 1, _("Children of"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 2, _("Children in the cohort"), BP_PACK_FORMAT_INTEGER, 12);
  _bp_pack_column (t, 3, _("Reoffenders"), BP_PACK_FORMAT_INTEGER, 12);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 4, _("% who reoffended"), BP_PACK_FORMAT_DEC1, 12);
  _bp_pack_column (t, 5, _("Reoffences"), BP_PACK_FORMAT_INTEGER, 12);
  for (guint k = 0; k < G_N_ELEMENTS (dims); k++)
    for (guint j = 0; j < (k == 3 ? G_N_ELEMENTS (tiers) : dims[k].n); j++)
      {
        guint i = k == 3 ? (guint) tiers[j] : j;
        const BpReoffendingCount *p = &dims[k].parts[i];
        const char *name = k == 0 ? _(bp_sex_name (i))
                           : k == 1 ? ages[i]
                           : k == 2 ? _(bp_ethnic_group_name ((BpEthnicGroup) i))
                           : _(bp_tier_name ((BpTier) i));
        g_autofree char *k_cohort = g_strdup_printf ("reoffending.year.%s.%u.cohort",
                                                     dims[k].key, i);
        g_autofree char *k_reoffenders = g_strdup_printf ("reoffending.year.%s.%u.reoffenders",
                                                          dims[k].key, i);
        g_autofree char *k_reoffences = g_strdup_printf ("reoffending.year.%s.%u.reoffences",
                                                         dims[k].key, i);
        BpPackCell *row = _bp_pack_add_row (t);

        _bp_pack_set_text (&row[0], _(dims[k].title));
        _bp_pack_set_text (&row[1], name);
        _bp_pack_set_figure (b, &row[2], p->cohort, k_cohort);
        _bp_pack_set_figure (b, &row[3], p->reoffenders, k_reoffenders);
        _bp_pack_set_share (b, &row[4], p->reoffenders, k_reoffenders, p->cohort, k_cohort);
        _bp_pack_set_figure (b, &row[5], p->reoffences, k_reoffences);
      }
}

void
_bp_pack_build_reoffending (BpPackBuilder *b,
                            gconstpointer  value)
{
  g_autofree char *cite = NULL;
  g_autofree char *contents = NULL;
  const char *binary_q = bp_reoffending_code (BP_REOFF_BINARY, FALSE);
  const char *binary_y = bp_reoffending_code (BP_REOFF_BINARY, TRUE);
  const BpReoffending *ro = &b->report->reoffending;
  const BpReportHidden *h = &b->hidden;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  const char *types[] = { "FAMILY", "REGION", "NATIONAL" };
  const char *names[] = { _("YJS family"), _("Region"), _("England and Wales") };
  g_autofree char *title = NULL;
  g_autofree char *latest = _bp_pack_cohort_label (&ro->quarter.cohort);
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;

  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and the latest cohort, as in
     * "Proven reoffending, Northdale: 3-month and 12-month cohorts to Jan-Mar 2022" */
    title = g_strdup_printf (_("Proven reoffending, %s: 3-month and 12-month cohorts to %s"),
                             b->pack->area, latest);
  else
    /* Translators: a worksheet's title when the area has no name: %s is the latest
     * cohort, as in "Proven reoffending, the area: 3-month and 12-month cohorts to
     * Jan-Mar 2022" */
    title = g_strdup_printf (_("Proven reoffending, the area: 3-month and 12-month cohorts "
                               "to %s"), latest);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (proven reoffending): at most 31
                           * characters, none of [ ] : * ? / \ and not starting or ending
                           * with an apostrophe */
                          _("Reoffending"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Proven reoffending: the 3-month and 12-month cohorts and the "
                            "eight latest 3-month cohorts, and a column chart"));
  cite = _bp_pack_cite_text (BP_PACK_NOTE (NOTE_REOFFENDING));
  /* Translators: %s cites a note, as in "[note 3]" */
  contents = g_strdup_printf (_("This worksheet contains four tables and a chart: the latest "
                                "3-month and 12-month cohorts with comparators, the eight latest "
                                "3-month cohorts, the 12-month cohort by sex, age band, ethnic "
                                "group and tier, and the chart's data %s."), cite);
  _bp_pack_sheet_contents_line (s, contents);
  if (ro->note)
    /* Translators: %s is a sentence from the figures, as in "Note: The follow-up is not
     * complete: ..." */
    _bp_pack_sheet_line (s, _("Note: %s"), ro->note);

  t = _bp_pack_table_new (s, "Reoffending_cohorts",
                          /* Translators: a table's title */
                          _("Proven reoffending, latest cohorts"), 13);
  _bp_pack_table_cite (t, NOTE_REOFFENDING, NOTE_COMPARATORS, NOTE_ROUNDING, -1);
  cohort_columns (t, _("Cohort"));
  for (int k = 0; k < 3; k++)
    {
      const BpBenchmark *bm = bp_benchmark_find (ro->quarter.benchmarks, binary_q,
                                              types[k]);
      g_autofree char *header = NULL;

      if (bm == NULL)
        bm = bp_benchmark_find (ro->year.benchmarks, binary_y, types[k]);
      /* Translators: a column heading: %s is the name of a comparator area, as in
       * "England and Wales % who reoffended (as published)" */
      header = g_strdup_printf (_("%s %% who reoffended (as published)"),
                                bm ? bp_area_display_name (bm->area_name) : names[k]);
      _bp_pack_column (t, 10 + k, header, BP_PACK_FORMAT_DEC1, 14);
    }
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("3-month cohort"));
  cohort_cells (b, row, ro->quarter.cohort, ro->quarter.cohort_size, ro->quarter.reoffenders,
                ro->quarter.reoffences, ro->quarter.binary_rate, ro->quarter.frequency,
                ro->quarter.per_reoffender, ro->quarter.follow_up_complete,
                h->cohort[BP_REOFFENDING_SERIES - 1], h->reoffending[BP_REOFFENDING_SERIES - 1]);
  for (int k = 0; k < 3; k++)
    _bp_pack_set_published (&row[10 + k], bp_benchmark_find (ro->quarter.benchmarks, binary_q,
                                                          types[k]));
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("12-month cohort"));
  cohort_cells (b, row, ro->year.cohort, ro->year.cohort_size, ro->year.reoffenders,
                ro->year.reoffences, ro->year.binary_rate, ro->year.frequency,
                ro->year.per_reoffender, ro->year.follow_up_complete, h->year_cohort[1],
                h->year_reoffending[1]);
  for (int k = 0; k < 3; k++)
    _bp_pack_set_published (&row[10 + k], bp_benchmark_find (ro->year.benchmarks, binary_y,
                                                          types[k]));

  t = _bp_pack_table_new (s, "Reoffending_3_month_cohorts",
                          /* Translators: a table's title */
                          _("Proven reoffending, the eight latest 3-month cohorts"), 10);
  t->series = TRUE;
  _bp_pack_table_cite (t, NOTE_REOFFENDING, -1);
  cohort_columns (t, _("3-month cohort"));
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCohort *rc = &ro->series[k];
      g_autofree char *label = _bp_pack_cohort_label (&rc->cohort);

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], label);
      cohort_cells (b, row, rc->cohort, rc->cohort_size, rc->reoffenders, rc->reoffences,
                    rc->binary_rate, rc->frequency, rc->per_reoffender, rc->follow_up_complete,
                    h->cohort[k], h->reoffending[k]);
    }

  breakdowns_table (b, s, &ro->year);

  c = _bp_pack_table_new (s, "Reoffending_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          /* Translators: a table's title. */
                          /* xgettext:no-c-format */
                          ? _("Chart data, % who reoffended (blank where suppressed)")
                          /* Translators: a table's title. */
                          /* xgettext:no-c-format */
                          : _("Chart data, % who reoffended"), 3);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("3-month cohort"), BP_PACK_FORMAT_TEXT, 16);
  /* Translators: a column heading and the name of the bars of a chart. */
  /* xgettext:no-c-format */
  _bp_pack_column (c, 1, _("% who reoffended"), BP_PACK_FORMAT_DEC1, 12);
  _bp_pack_column (c, 2, _("Reoffences per child"), BP_PACK_FORMAT_DEC2, 12);
  for (int k = 0; k < BP_REOFFENDING_SERIES; k++)
    {
      const BpReoffendingCohort *rc = &ro->series[k];
      g_autofree char *label = _bp_pack_cohort_label (&rc->cohort);
      gboolean low = _bp_pack_pct_symbol (b->profile, rc->cohort_size) != NULL;

      row = _bp_pack_add_row (c);
      _bp_pack_set_text (&row[0], label);
      _bp_pack_set_chart_value (&row[1], rc->binary_rate, h->reoffending[k] || low);
      _bp_pack_set_chart_value (&row[2], rc->frequency, h->reoffending[k]);
    }

  {
    BpComparison comparison;

    bp_reoffending_comparison (&ro->year, TRUE, &comparison);
    _bp_pack_add_comparison (b, s, "Reoffending_comparators", &comparison,
                             /* Translators: a column heading: the children of a cohort who
                              * reoffended, as published */
                             _("Reoffenders"),
                             /* Translators: a column heading: the children of a cohort, as
                              * published */
                             _("Children in the cohort"),
                             /* Translators: a column heading */
                             /* xgettext:no-c-format */
                             _("% who reoffended"),
                             /* Translators: a chart's value axis title: keep it short */
                             /* xgettext:no-c-format */
                             _("% who reoffended"), ro->year.cohort.end, ro->year.binary_rate,
                             !h->year_reoffending[1], "%");
    bp_comparison_clear (&comparison);
  }

  s->chart_style = BP_PACK_CHART_REOFFENDING;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short. */
  /* xgettext:no-c-format */
  s->chart_axis = g_strdup (_("% of children who reoffended"));
  s->chart_decimals = 1;
  s->chart = bp_chart_build (BP_CHART_KIND_REOFFENDING, &b->chart_report, &options);
}

/* bp-pack-diversion.c: the Diversion sheet (domain.md section 11)
 */

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <glib/gi18n-lib.h>

#include "bp-diversion.h"
#include "bp-pack-private.h"

/* A count of the sheet by the key of its figure (bp-diversion.c's disclose()). */
static void
count_cell (BpPackBuilder *b,
            BpPackCell    *cell,
            gint64         count,
            const char    *format,
            ...) G_GNUC_PRINTF (4, 5);

static void
count_cell (BpPackBuilder *b,
            BpPackCell    *cell,
            gint64         count,
            const char    *format,
            ...)
{
  g_autofree char *key = NULL;
  va_list args;

  va_start (args, format);
  key = g_strdup_vprintf (format, args);
  va_end (args);
  _bp_pack_set_figure (b, cell, count, key);
}

void
_bp_pack_build_diversion (BpPackBuilder *b,
                          gconstpointer  value)
{
  const BpDiversion *d = value;
  const BpDiversionYear *y = &d->current;
  g_autofree char *end = bp_day_format_month_year_long (y->period.end);
  g_autofree char *title = NULL;
  g_autofree char *cite = NULL;
  g_autofree char *now_header = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;
  int note;

  note = _bp_pack_add_note (b, _("Diversion and out-of-court outcomes: community "
                                 "resolutions, triage, outcome 22, Turnaround, youth cautions "
                                 "and youth conditional cautions given in the 12 months to "
                                 "children aged 10-17 living in the area. A child with outcomes "
                                 "of two types counts once in each and once in the total. "
                                 "First outcomes: children whose first outcome held, remands "
                                 "aside, came in the 12 months."));
  cite = _bp_pack_cite_text (BP_PACK_NOTE (note));
  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Diversion and out-of-court outcomes, Northdale: 12 months to March 2025" */
    title = g_strdup_printf (_("Diversion and out-of-court outcomes, %s: 12 months to %s"),
                             b->pack->area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Diversion and out-of-court outcomes, the area: 12 months to "
                               "%s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (diversion and out-of-court
                           * outcomes): at most 31 characters, none of [ ] : * ? / \ and
                           * not starting or ending with an apostrophe */
                          _("Diversion"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Diversion and out-of-court outcomes: by type, this year and the "
                            "year before, children by sex and ethnic group, and a bar chart"));
  {
    /* Translators: %s cites a note, as in "[note 12]" */
    g_autofree char *contents = g_strdup_printf (_("This worksheet contains four tables and a "
                                                   "chart: outcomes and children by type, "
                                                   "children by sex and ethnic group, first "
                                                   "outcomes, and the chart's data %s."), cite);

    _bp_pack_sheet_contents_line (s, contents);
  }

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Diversion_by_type",
                          _("Diversion and out-of-court outcomes by type"), 5);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Outcome type"), BP_PACK_FORMAT_WRAP, 30);
  _bp_pack_column (t, 1, _("Outcomes"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 2, _("Children"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 3, _("Outcomes, the 12 months before"), BP_PACK_FORMAT_INTEGER, 13);
  _bp_pack_column (t, 4, _("Children, the 12 months before"), BP_PACK_FORMAT_INTEGER, 13);
  for (guint i = 0; i <= BP_DIVERSION_N_TYPES; i++)
    {
      gboolean all = i == BP_DIVERSION_N_TYPES;
      const char *code = all ? NULL : bp_outcome_type_code (bp_diversion_type (i));

      row = _bp_pack_add_row (t);
      if (all)
        {
          _bp_pack_set_text (&row[0], _("All diversion and out-of-court outcomes"));
          count_cell (b, &row[1], y->all.outcomes, "diversion.now.outcomes");
          count_cell (b, &row[2], y->all.children, "diversion.now.children");
          count_cell (b, &row[3], d->previous.all.outcomes, "diversion.before.outcomes");
          count_cell (b, &row[4], d->previous.all.children, "diversion.before.children");
          continue;
        }
      _bp_pack_set_text (&row[0], _(bp_outcome_type_name (bp_diversion_type (i))));
      count_cell (b, &row[1], y->by_type[i].outcomes, "diversion.now.%s.outcomes", code);
      count_cell (b, &row[2], y->by_type[i].children, "diversion.now.%s.children", code);
      count_cell (b, &row[3], d->previous.by_type[i].outcomes, "diversion.before.%s.outcomes",
                  code);
      count_cell (b, &row[4], d->previous.by_type[i].children, "diversion.before.%s.children",
                  code);
    }

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Diversion_children", _("Children by sex and by ethnic group"), 3);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Children"), BP_PACK_FORMAT_TEXT, 30);
  _bp_pack_column (t, 1, _("Number"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 2, _("% of the children"), BP_PACK_FORMAT_DEC1, 12);
  for (int k = 0; k < BP_N_SEXES + BP_N_ETHNIC_GROUPS; k++)
    {
      gboolean sex = k < BP_N_SEXES;
      int i = sex ? k : k - BP_N_SEXES;
      gint64 n = sex ? y->by_sex[i].children : y->by_group[i].children;
      g_autofree char *key = g_strdup_printf (sex ? "diversion.now.sex.%d"
                                                  : "diversion.now.group.%d", i);

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], sex ? _(bp_sex_name (i)) : _(bp_ethnic_group_name (i)));
      _bp_pack_set_count (&row[1], n, bp_report_hidden_state (&b->hidden, key));
      _bp_pack_set_share (b, &row[2], n, key, y->all.children, "diversion.now.children");
    }

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Diversion_first_outcomes",
                          _("First outcomes held that came in the 12 months"), 2);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Children"), BP_PACK_FORMAT_WRAP, 50);
  _bp_pack_column (t, 1, _("Number or %"), BP_PACK_FORMAT_INTEGER, 12);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Children whose first outcome held came in the 12 months"));
  count_cell (b, &row[1], y->first_outcomes, "diversion.now.first");
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Of them, a diversion or out-of-court outcome"));
  count_cell (b, &row[1], y->first_diversionary, "diversion.now.first_diversionary");
  row = _bp_pack_add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  _bp_pack_set_text (&row[0], _("Diversion or out of court, % of first outcomes"));
  _bp_pack_set_share (b, &row[1], y->first_diversionary, "diversion.now.first_diversionary",
            y->first_outcomes, "diversion.now.first");

  c = _bp_pack_table_new (s, "Diversion_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          /* Translators: a table's title */
                          ? _("Chart data, outcomes by type (blank where suppressed)")
                          /* Translators: a table's title */
                          : _("Chart data, outcomes by type"), 3);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Outcome type"), BP_PACK_FORMAT_TEXT, 30);
  /* Translators: a column heading and the name of a chart's bars: the 12 months to a
   * month, as in "12 months to March 2025" */
  now_header = g_strdup_printf (_("12 months to %s"), end);
  _bp_pack_column (c, 1, now_header, BP_PACK_FORMAT_INTEGER, 14);
  _bp_pack_column (c, 2, _("The 12 months before"), BP_PACK_FORMAT_INTEGER, 14);
  for (guint i = 0; i < BP_DIVERSION_N_TYPES; i++)
    {
      const char *code = bp_outcome_type_code (bp_diversion_type (i));
      g_autofree char *k_now = g_strdup_printf ("diversion.now.%s.outcomes", code);
      g_autofree char *k_before = g_strdup_printf ("diversion.before.%s.outcomes", code);

      row = _bp_pack_add_row (c);
      _bp_pack_set_text (&row[0], _(bp_outcome_type_name (bp_diversion_type (i))));
      _bp_pack_set_chart_value (&row[1], (double) y->by_type[i].outcomes,
                                bp_report_hidden_state (&b->hidden, k_now) != BP_CELL_SHOWN);
      _bp_pack_set_chart_value (&row[2], (double) d->previous.by_type[i].outcomes,
                                bp_report_hidden_state (&b->hidden, k_before) != BP_CELL_SHOWN);
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Outcomes"));
  s->chart = bp_chart_build_indicator (bp_diversion_indicator.key, &b->chart_report, &options);
}

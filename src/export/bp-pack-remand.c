/* bp-pack-remand.c: the Remands sheet (domain.md section 11)
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"
#include "bp-remand.h"

void
_bp_pack_build_remand (BpPackBuilder *b,
                       gconstpointer  value)
{
  const BpRemand *r = value;
  const BpRemandYear *y = &r->current;
  g_autofree char *end = bp_day_format_month_year_long (y->period.end);
  g_autofree char *title = NULL;
  g_autofree char *cite = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *t, *c;
  BpPackCell *row;
  int note;

  note = _bp_pack_add_note (b, _("Remands: remands to youth detention accommodation, remands "
                                 "to local authority accommodation and bail with intensive "
                                 "supervision and surveillance of children aged 10-17 living "
                                 "in the area, in the 12 months; an occasion is a child and a "
                                 "date. What followed: for each child's first remand of the 12 "
                                 "months, a custodial sentence within 12 months; else another "
                                 "court sentence; else neither (acquitted, dealt with out of "
                                 "court or not yet sentenced). Remands are not sentences and "
                                 "never count as custody or as first time entrants."));
  cite = _bp_pack_cite_text (BP_PACK_NOTE (note));
  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Remands, Northdale: 12 months to March 2025" */
    title = g_strdup_printf (_("Remands, %s: 12 months to %s"), b->pack->area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Remands, the area: 12 months to %s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (remands): at most 31
                           * characters, none of [ ] : * ? / \ and not starting or ending
                           * with an apostrophe */
                          _("Remands"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Remands: occasions and children by type, what followed within "
                            "12 months, and a bar chart"));
  {
    /* Translators: %s cites a note, as in "[note 13]" */
    g_autofree char *contents = g_strdup_printf (_("This worksheet contains three tables and a "
                                                   "chart: remands by type, what followed "
                                                   "them, and the chart's data %s."), cite);

    _bp_pack_sheet_contents_line (s, contents);
  }
  if (y->follow_up_incomplete > 0)
    _bp_pack_sheet_line (s, "%s", _("Some children were remanded less than 12 months before "
                                    "the latest outcome held, so what followed may not be "
                                    "known yet."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Remands_by_type", _("Remands by type"), 3);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Remand"), BP_PACK_FORMAT_WRAP, 50);
  _bp_pack_column (t, 1, _("Occasions"), BP_PACK_FORMAT_INTEGER, 11);
  _bp_pack_column (t, 2, _("Children"), BP_PACK_FORMAT_INTEGER, 11);
  for (guint i = 0; i < BP_REMAND_N_TYPES; i++)
    {
      const char *code = bp_outcome_type_code (bp_remand_type (i));
      g_autofree char *k_o = g_strdup_printf ("remand.now.%s.occasions", code);
      g_autofree char *k_c = g_strdup_printf ("remand.now.%s.children", code);

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], _(bp_outcome_type_name (bp_remand_type (i))));
      _bp_pack_set_figure (b, &row[1], y->by_type[i].occasions, k_o);
      _bp_pack_set_figure (b, &row[2], y->by_type[i].children, k_c);
    }
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("All remands"));
  _bp_pack_set_figure (b, &row[1], y->all.occasions, "remand.now.occasions");
  _bp_pack_set_figure (b, &row[2], y->all.children, "remand.now.children");
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("All remands, the 12 months before"));
  _bp_pack_set_figure (b, &row[1], r->previous.all.occasions, "remand.before.occasions");
  _bp_pack_set_figure (b, &row[2], r->previous.all.children, "remand.before.children");

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Remands_followed_by",
                          _("Children remanded, by what followed within 12 months"), 3);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, _("Followed within 12 months by"), BP_PACK_FORMAT_WRAP, 40);
  _bp_pack_column (t, 1, _("Children"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 2, _("% of children remanded"), BP_PACK_FORMAT_DEC1, 12);
  for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    {
      g_autofree char *key = g_strdup_printf ("remand.now.then.%s", bp_remand_followed_key (f));
      gboolean hidden = bp_report_hidden_state (&b->hidden, key) != BP_CELL_SHOWN ||
                        bp_report_hidden_state (&b->hidden, "remand.now.children") !=
                        BP_CELL_SHOWN;
      gint64 n = y->followed_by[f];

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], _(bp_remand_followed_name (f)));
      _bp_pack_set_figure (b, &row[1], n, key);
      _bp_pack_set_value (&row[2], y->all.children > 0
                                   ? (double) n / (double) y->all.children * 100.0 : NAN,
                          hidden ? BP_SYMBOL_CONFIDENTIAL
                                 : _bp_pack_pct_symbol (b->profile, y->all.children));
      row[2].format = BP_PACK_FORMAT_DEC1;
      _bp_pack_mark_low_base (b, &row[2], y->all.children);
    }

  c = _bp_pack_table_new (s, "Remands_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          /* Translators: a table's title */
                          ? _("Chart data, children by what followed (blank where "
                              "suppressed)")
                          /* Translators: a table's title */
                          : _("Chart data, children by what followed"), 2);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Followed within 12 months by"), BP_PACK_FORMAT_TEXT, 40);
  _bp_pack_column (c, 1, _("Children"), BP_PACK_FORMAT_INTEGER, 11);
  for (int f = 0; f < BP_REMAND_N_FOLLOWED; f++)
    {
      g_autofree char *key = g_strdup_printf ("remand.now.then.%s", bp_remand_followed_key (f));

      row = _bp_pack_add_row (c);
      _bp_pack_set_text (&row[0], _(bp_remand_followed_name (f)));
      _bp_pack_set_chart_value (&row[1], (double) y->followed_by[f],
                                bp_report_hidden_state (&b->hidden, key) != BP_CELL_SHOWN);
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Children"));
  s->chart = bp_chart_build_indicator (bp_remand_indicator.key, &b->chart_report, &options);
}

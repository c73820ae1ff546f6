/* bp-pack-offences.c: the Offences sheet (domain.md section 11)
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-offences.h"
#include "bp-pack-private.h"

/* The groups in order, "not recorded" last. */
static int
group_at (int i)
{
  return (i + 1) % BP_N_OFFENCE_GROUPS;
}

/* A table of offences this year, their share and the year before, by group or by
 * gravity band, with the total: every count through the disclosure plan. */
static void
counts_table (BpPackBuilder    *b,
              BpPackSheet      *s,
              const BpOffences *o,
              gboolean          groups,
              int               note)
{
  guint n = groups ? BP_N_OFFENCE_GROUPS : BP_OFFENCES_N_BANDS;
  BpPackTable *t;

  t = _bp_pack_table_new (s, groups ? "Offences_by_group" : "Offences_by_gravity",
                          groups
                          /* Translators: a table's title */
                          ? _("Proven offences by offence group")
                          /* Translators: a table's title */
                          : _("Proven offences by gravity band"), 4);
  _bp_pack_table_cite (t, note, -1);
  _bp_pack_column (t, 0, groups ? _("Offence group") : _("Gravity band"), BP_PACK_FORMAT_TEXT,
                   28);
  _bp_pack_column (t, 1, _("Offences"), BP_PACK_FORMAT_INTEGER, 11);
  /* Translators: a column heading. */
  /* xgettext:no-c-format */
  _bp_pack_column (t, 2, _("% of offences"), BP_PACK_FORMAT_DEC1, 11);
  _bp_pack_column (t, 3, _("Offences, the 12 months before"), BP_PACK_FORMAT_INTEGER, 13);
  for (guint i = 0; i <= n; i++)
    {
      gboolean all = i == n;
      int k = groups ? group_at ((int) i) : (int) i;
      const char *key = all ? NULL : groups ? bp_offences_group_key (k)
                                            : bp_offences_band_key ((guint) k);
      g_autofree char *now_key = all ? g_strdup ("offences.now")
                                 : g_strdup_printf (groups ? "offences.now.%s"
                                                           : "offences.now.gravity.%s", key);
      g_autofree char *before_key = all ? g_strdup ("offences.before")
                                    : g_strdup_printf (groups ? "offences.before.%s"
                                                              : "offences.before.gravity.%s",
                                                       key);
      gint64 now = all ? o->current.offences
                   : groups ? o->current.by_group[k] : o->current.by_band[k];
      gint64 before = all ? o->previous.offences
                      : groups ? o->previous.by_group[k] : o->previous.by_band[k];
      BpPackCell *row = _bp_pack_add_row (t);

      _bp_pack_set_text (&row[0], all ? _("All proven offences")
                                  : groups ? _(bp_offences_group_name (k))
                                           : _(bp_offences_band_name ((guint) k)));
      _bp_pack_set_figure (b, &row[1], now, now_key);
      _bp_pack_set_share (b, &row[2], now, now_key, o->current.offences, "offences.now");
      _bp_pack_set_figure (b, &row[3], before, before_key);
    }
}

void
_bp_pack_build_offences (BpPackBuilder *b,
                         gconstpointer  value)
{
  const BpOffences *o = value;
  g_autofree char *end = bp_day_format_month_year_long (o->current.period.end);
  g_autofree char *title = NULL;
  g_autofree char *now_header = NULL;
  BpChartBuildOptions options = { b->profile, FALSE, 0.0 };
  BpPackSheet *s;
  BpPackTable *c;
  int note;

  note = _bp_pack_add_note (b, _("Proven offences: the offences of children aged 10-17 "
                                 "living in the area proven in the 12 months by a youth "
                                 "caution, a youth conditional caution or a court sentence "
                                 "(not informal outcomes, not remands), by the offence group "
                                 "and by the gravity score of the offence (1 the least "
                                 "serious, 8 the most), as recorded in the case management "
                                 "system."));
  if (b->pack->area[0])
    /* Translators: a worksheet's title: the area's name and a month and year, as in
     * "Proven offences, Northdale: 12 months to March 2025" */
    title = g_strdup_printf (_("Proven offences, %s: 12 months to %s"), b->pack->area, end);
  else
    /* Translators: a worksheet's title when the area has no name: %s is a month and year */
    title = g_strdup_printf (_("Proven offences, the area: 12 months to %s"), end);
  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name (proven offences): at most 31
                           * characters, none of [ ] : * ? / \ and not starting or ending
                           * with an apostrophe */
                          _("Offences"), title,
                          /* Translators: what the worksheet contains, on the cover */
                          _("Proven offences: by offence group and by gravity band, this "
                            "year and the year before"));
  _bp_pack_sheet_contents_line (s, _("This worksheet contains three tables and a chart: "
                                     "proven offences by offence group and by gravity band, "
                                     "and the chart's data."));
  counts_table (b, s, o, TRUE, note);
  counts_table (b, s, o, FALSE, note);

  c = _bp_pack_table_new (s, "Offences_chart_data",
                          b->profile == BP_PROFILE_PARTNER
                          /* Translators: a table's title */
                          ? _("Chart data, proven offences by group (blank where suppressed)")
                          /* Translators: a table's title */
                          : _("Chart data, proven offences by group"), 3);
  c->chart_data = TRUE;
  c->in_pdf = FALSE;
  _bp_pack_column (c, 0, _("Offence group"), BP_PACK_FORMAT_TEXT, 28);
  /* Translators: a column heading and the name of a chart's bars: the 12 months to a
   * month, as in "12 months to March 2025" */
  now_header = g_strdup_printf (_("12 months to %s"), end);
  _bp_pack_column (c, 1, now_header, BP_PACK_FORMAT_INTEGER, 14);
  _bp_pack_column (c, 2, _("The 12 months before"), BP_PACK_FORMAT_INTEGER, 14);
  for (int i = 0; i < BP_N_OFFENCE_GROUPS; i++)
    {
      int k = group_at (i);
      g_autofree char *k_now = g_strdup_printf ("offences.now.%s", bp_offences_group_key (k));
      g_autofree char *k_before = g_strdup_printf ("offences.before.%s",
                                                   bp_offences_group_key (k));
      BpPackCell *row;

      /* As the chart: a group of no offence in either year is left out. */
      if (o->current.by_group[k] == 0 && o->previous.by_group[k] == 0)
        continue;
      row = _bp_pack_add_row (c);
      _bp_pack_set_text (&row[0], _(bp_offences_group_name (k)));
      _bp_pack_set_chart_value (&row[1], (double) o->current.by_group[k],
                                bp_report_hidden_state (&b->hidden, k_now) != BP_CELL_SHOWN);
      _bp_pack_set_chart_value (&row[2], (double) o->previous.by_group[k],
                                bp_report_hidden_state (&b->hidden, k_before) != BP_CELL_SHOWN);
    }
  s->chart_style = BP_PACK_CHART_BARS;
  s->chart_table = c;
  /* Translators: a chart's value axis title: keep it short */
  s->chart_axis = g_strdup (_("Offences"));
  s->chart = bp_chart_build_indicator (bp_offences_indicator.key, &b->chart_report, &options);
}

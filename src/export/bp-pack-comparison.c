/* bp-pack-comparison.c: a sheet's comparator table: the area's own published figure, its
 * named neighbours, its family, region and England and Wales, as published and best
 * first, the area's row marked in words and in bold (bp-comparison.h has the rows)
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"

/* A count as published, "26,092" or "26092"; -1 when it is not one. */
static gint64
published_count (const char *text)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;
  gint64 n;

  for (const char *p = text ? text : ""; *p; p++)
    if (*p != ',')
      g_string_append_c (digits, *p);
  n = g_ascii_strtoll (digits->str, &end, 10);
  return digits->len > 0 && end != NULL && *end == '\0' ? n : -1;
}

/* A count as published: a number when it is one, else its text; [x] when none is. */
static void
set_published_count (BpPackCell *c,
                     const char *text)
{
  gint64 n = published_count (text);

  if (text == NULL || text[0] == '\0')
    _bp_pack_set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
  else if (n >= 0)
    _bp_pack_set_number (c, (double) n);
  else
    _bp_pack_set_text (c, text);
}

static void
set_rank (BpPackCell *c,
          int         rank)
{
  if (rank > 0)
    _bp_pack_set_number (c, rank);
  else
    _bp_pack_set_symbol (c, BP_SYMBOL_NOT_AVAILABLE);
}

/* A published count a partner pack hides: 1 to 4, and so the figure made from it. */
static gboolean
hidden_published (BpProfile          profile,
                  const BpBenchmark *row)
{
  gint64 count = published_count (row->numerator);

  return profile == BP_PROFILE_PARTNER && count >= 1 && count <= 4;
}

/* The area's own figure and rank (bp_comparison_own_sentence()), unless @profile hides
 * its published count. */
static char *
own_sentence (const BpComparison *c,
              BpProfile           profile)
{
  if (c->own != NULL && hidden_published (profile, c->own))
    return NULL;
  return bp_comparison_own_sentence (c);
}

/**
 * _bp_pack_comparison_reading:
 * @with_verdict: FALSE where the local figure is not shown (a partner pack's [c])
 * @said_comparators: (out) (optional): set when the words name every comparator's
 *   published figure (so a list of them would say it twice)
 *
 * The Summary's words for a comparison: how the local figure compares and the area's
 * own published figure and rank, or "" when there is nothing to say.
 *
 * Returns: (transfer full)
 */
char *
_bp_pack_comparison_reading (const BpComparison *c,
                             BpProfile           profile,
                             double              local_value,
                             const char         *unit,
                             gboolean            with_verdict,
                             gboolean           *said_comparators)
{
  g_autofree char *verdict = with_verdict ? bp_comparison_verdict_sentence (c, local_value, unit) : NULL;
  g_autofree char *own = own_sentence (c, profile);

  if (said_comparators != NULL)
    *said_comparators = verdict != NULL;

  if (verdict != NULL && own != NULL)
    return g_strconcat (verdict, " ", own, NULL);
  return g_strdup (verdict != NULL ? verdict : own != NULL ? own : "");
}

/**
 * _bp_pack_add_comparison:
 * @name: the Excel table's name
 * @numerator: the heading of the published numerator's column
 * @denominator: the heading of the published denominator's column
 * @value: the heading of the published figure's column
 * @axis: the unit under the chart's axis, "per 100,000 10-17 year olds"
 * @period_end: the last day of the published period
 * @local_value: the local figure, which the sheet's lines compare in words
 * @local_shown: FALSE where the pack hides the local figure ([c]): no words compare it
 * @unit: after a published figure in those words: "%" or ""
 *
 * Adds the lines that compare the local figure with the family, region and nation and
 * say why the area's own published figure differs, and the table of every published row
 * of @c best first, less the neighbours Preferences leave out. In a partner pack a
 * published count of 1 to 4, and the figure made from it, are [c]. Nothing is added
 * when nothing is published.
 */
void
_bp_pack_add_comparison (BpPackBuilder      *b,
                         BpPackSheet        *s,
                         const char         *name,
                         const BpComparison *c,
                         const char         *numerator,
                         const char         *denominator,
                         const char         *value,
                         const char         *axis,
                         BpDay               period_end,
                         double              local_value,
                         gboolean            local_shown,
                         const char         *unit)
{
  g_autofree char *verdict = local_shown ? bp_comparison_verdict_sentence (c, local_value, unit) : NULL;
  g_autofree char *own = own_sentence (c, b->profile);
  g_auto(GStrv) hidden = b->store != NULL ? bp_store_get_hidden_neighbours (b->store)
                                          : g_new0 (char *, 1);
  g_autofree char *title = NULL;
  g_autofree char *end = NULL;
  BpPackTable *t;
  /* The rows as the table shows them, for the chart: a hidden value is NAN. */
  g_autoptr(GArray) shown_rows = NULL;
  BpComparison shown;

  if (c->rows->len == 0)
    return;
  shown_rows = g_array_sized_new (FALSE, TRUE, sizeof (BpBenchmark), c->rows->len);
  shown = *c;
  shown.rows = g_ptr_array_sized_new (c->rows->len);
  if (verdict != NULL)
    _bp_pack_sheet_line (s, "%s", verdict);
  if (own != NULL)
    _bp_pack_sheet_line (s, "%s", own);
  if (c->own != NULL)
    _bp_pack_sheet_line (s, "%s", bp_comparison_why_own_differs ());

  end = bp_day_format_month_year_long (period_end);
  title = g_strdup_printf (c->better == BP_BETTER_NEITHER
                           /* Translators: a table's title: %s is a month and year, as in
                            * "Comparators as published, period ending March 2024, lowest
                            * first" */
                           ? _("Comparators as published, period ending %s, lowest first")
                           /* Translators: a table's title: %s is a month and year, as in
                            * "Comparators as published, period ending March 2024, best
                            * first" */
                           : _("Comparators as published, period ending %s, best first"),
                           end);
  if (s->contents_line >= 0 && !s->has_comparators)
    {
      char **line = (char **) &g_ptr_array_index (s->lines, (guint) s->contents_line);
      /* Translators: after the line that says what a worksheet contains */
      char *more = g_strdup_printf (_("%s It also contains a table of the comparators as "
                                      "published, with the area's rank."), *line);

      g_free (*line);
      *line = more;
    }
  s->has_comparators = TRUE;
  t = _bp_pack_table_new (s, name, title, 7);
  _bp_pack_table_cite (t, NOTE_COMPARATORS, -1);
  t->highlight_column = 1;
  /* Translators: a column heading of a comparator table: the area as published */
  _bp_pack_column (t, 0, _("Area"), BP_PACK_FORMAT_TEXT, 26);
  /* Translators: a column heading of a comparator table: this area, a named neighbour,
   * the family, the region or England and Wales */
  _bp_pack_column (t, 1, _("Comparator"), BP_PACK_FORMAT_TEXT, 16);
  _bp_pack_column (t, 2, numerator, BP_PACK_FORMAT_INTEGER, 12);
  _bp_pack_column (t, 3, denominator, BP_PACK_FORMAT_INTEGER, 12);
  _bp_pack_column (t, 4, value, BP_PACK_FORMAT_DEC2, 12);
  /* Translators: a column heading: the rank as published, 1 the lowest value */
  _bp_pack_column (t, 5, _("Rank (1 = lowest)"), BP_PACK_FORMAT_INTEGER, 10);
  /* Translators: a column heading: how many services the rank is among */
  _bp_pack_column (t, 6, _("Of"), BP_PACK_FORMAT_INTEGER, 8);

  for (guint i = 0; i < c->rows->len; i++)
    {
      const BpBenchmark *row = g_ptr_array_index (c->rows, i);
      gint64 count = published_count (row->numerator);
      gboolean small = hidden_published (b->profile, row);
      BpPackCell *cells;

      if (!row->own && g_strcmp0 (row->area_type, "YJS") == 0
          && g_strv_contains ((const char *const *) hidden, row->area_name))
        continue;
      cells = _bp_pack_add_row (t);
      _bp_pack_set_text (&cells[0], bp_area_display_name (row->area_name));
      _bp_pack_set_text (&cells[1], bp_comparison_row_kind (row));
      if (small)
        {
          /* A small published count, and the rate that gives it back. */
          _bp_pack_set_count (&cells[2], count, BP_CELL_PRIMARY);
          _bp_pack_set_count (&cells[4], count, BP_CELL_DERIVED);
        }
      else
        {
          set_published_count (&cells[2], row->numerator);
          _bp_pack_set_published (&cells[4], row);
        }
      set_published_count (&cells[3], row->denominator);
      set_rank (&cells[5], row->rank);
      set_rank (&cells[6], row->rank > 0 ? row->rank_of : 0);
      if (row->own)
        {
          g_array_index (t->highlight, BpPackHighlight, t->rows->len - 1) = BP_PACK_HIGHLIGHT_AREA;
          t->chart_marked = (int) t->rows->len - 1;
        }
      g_array_append_val (shown_rows, *row);
      if (small)
        g_array_index (shown_rows, BpBenchmark, shown_rows->len - 1).value = NAN;
    }
  /* Sized up front: the pointers into it stay put. */
  for (guint i = 0; i < shown_rows->len; i++)
    g_ptr_array_add (shown.rows, &g_array_index (shown_rows, BpBenchmark, i));
  t->chart = bp_chart_new_comparison (&shown, t->title, axis, unit);
  t->chart_values = 4;
  g_ptr_array_unref (shown.rows);
}

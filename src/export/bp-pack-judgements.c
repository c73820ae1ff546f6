/* bp-pack-judgements.c: the summary's judgements, one row per headline figure
 *
 * Read from the Headline indicators table as the reader of the profile sees it (so a
 * hidden figure stays hidden and a figure on fewer than 10 children keeps its [u]): the
 * figure, its change in words that say better or worse, the comparison with England and
 * Wales and with the YJS family, and a status by the rule chosen in Preferences
 * (bp-rag.h). The PDF's summary page draws them as tiles; the workbook has the table.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"
#include "bp-rag.h"

/* Headline indicators' columns (bp-pack-summary.c) */
#define HEAD_NOW 3
#define HEAD_BEFORE 4
#define HEAD_CHANGE 5

static gboolean
is_symbol (const BpPackCell *c,
           const char       *symbol)
{
  return c->kind == BP_PACK_CELL_SYMBOL && g_strcmp0 (c->text, symbol) == 0;
}

/* A figure that can be judged: shown, and not on fewer than 10 children. */
static double
usable (const BpPackCell *c)
{
  if (c->kind != BP_PACK_CELL_NUMBER || c->low_reliability || !isfinite (c->number))
    return NAN;
  return c->number;
}

/* A number as the table shows it, with the unit: "149", "33.5%". */
static char *
shown (double       value,
       BpPackFormat format,
       const char  *unit)
{
  g_autofree char *n = bp_format_number (value, bp_pack_format_decimals (format));

  return g_strconcat (n, unit, NULL);
}

static char *
change_words (const BpPackJudged *j,
              const BpPackCell   *before,
              const BpPackCell   *change)
{
  g_autofree char *amount = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *was = NULL;
  char *words;
  double rounded;

  if (is_symbol (change, BP_SYMBOL_CONFIDENTIAL))
    /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
    return g_strdup (_("Change not shown [c]"));
  if (is_symbol (change, BP_SYMBOL_LOW_RELIABILITY))
    /* Translators: [u] is the symbol for low reliability: keep it as it is */
    return g_strdup (_("Change not shown: fewer than 10 children [u]"));
  if (is_symbol (change, BP_SYMBOL_NOT_APPLICABLE) && j->counts_known)
    {
      g_autofree char *counts = bp_count_change_text (j->count_before, j->count_now);

      /* Translators: %s is a change in counts, as in "up from 2 to 3": "Too few for a
       * percentage change: up from 2 to 3 on the year before" */
      return g_strdup_printf (_("Too few for a percentage change: %s on the year before"),
                              counts);
    }
  if (change->kind != BP_PACK_CELL_NUMBER || !isfinite (change->number) ||
      before->kind != BP_PACK_CELL_NUMBER)
    /* Translators: the change cannot be worked out */
    return g_strdup (_("No figure for the year before"));

  was = shown (before->number, before->format, j->unit);
  rounded = bp_round_half_away (change->number, bp_pack_format_decimals (change->format));
  if (rounded == 0)
    /* Translators: %s is the figure a year before, as in "Unchanged on the year before
     * (149)" */
    return g_strdup_printf (_("Unchanged on the year before (%s)"), was);

  amount = bp_format_number (fabs (change->number), bp_pack_format_decimals (change->format));
  if (j->change_as == BP_PACK_CHANGE_PCT)
    {
      char *pct = g_strconcat (amount, "%", NULL);

      g_free (amount);
      amount = pct;
    }
  else if (j->change_as == BP_PACK_CHANGE_POINTS)
    {
      /* Translators: a change in percentage points, as in "2.1 percentage points" */
      char *pp = g_strdup_printf (_("%s percentage points"), amount);

      g_free (amount);
      amount = pp;
    }
  /* Translators: a change, as in "Up 12.3%" or "Up 0.12" */
  moved = g_strdup_printf (change->number > 0 ? _("Up %s") : _("Down %s"), amount);
  /* Translators: a change and the figure a year before, as in "Down 12.3% on the year
   * before (202)" */
  words = g_strdup_printf (_("%s on the year before (%s)"), moved, was);
  if (j->better != BP_BETTER_NEITHER)
    {
      gboolean better = (change->number < 0) == (j->better == BP_BETTER_LOWER);
      /* Translators: a change and whether it is for the better, as in "Down 12.3% on the
       * year before (202): better" */
      char *judged = g_strdup_printf (better ? _("%s: better") : _("%s: worse"), words);

      g_free (words);
      words = judged;
    }
  if (change->low_reliability)
    {
      char *care = g_strconcat (words, " " BP_SYMBOL_LOW_RELIABILITY, NULL);

      g_free (words);
      words = care;
    }
  return words;
}

/* "Better than England and Wales (149)" */
static char *
against_words (const BpPackJudged *j,
               const BpPackCell   *figure,
               const char         *area_type)
{
  const BpBenchmark *bm = j->code ? bp_benchmark_find (j->benchmarks, j->code, area_type)
                                  : NULL;
  const char *name;

  if (j->code == NULL)
    return NULL;  /* no comparators: [z] */
  if (bm == NULL)
    /* Translators: no comparator figure is held */
    return g_strdup (_("No published figure"));
  name = bp_area_display_name (bm->area_name);
  if (!isfinite (usable (figure)))
    /* Translators: %s is a comparator and its figure, as in "Not compared: England and
     * Wales 149" (the area's figure is not shown or rests on too few children) */
    return g_strdup_printf (_("Not compared: %s %s%s"), name, bm->value_text, j->unit);
  switch (bp_compare_with (j->better, figure->number, bm))
    {
    case BP_VERDICT_BETTER:
      /* Translators: a comparator and its figure, as in "Better than England and Wales
       * (149)" */
      return g_strdup_printf (_("Better than %s (%s%s)"), name, bm->value_text, j->unit);
    case BP_VERDICT_WORSE:
      /* Translators: a comparator and its figure, as in "Worse than England and Wales
       * (149)" */
      return g_strdup_printf (_("Worse than %s (%s%s)"), name, bm->value_text, j->unit);
    case BP_VERDICT_SAME:
      /* Translators: a comparator and its figure, as in "The same as England and Wales
       * (149)" */
      return g_strdup_printf (_("The same as %s (%s%s)"), name, bm->value_text, j->unit);
    case BP_VERDICT_NONE:
    default:
      /* Translators: a comparator and its figure with no judgement, as in "England and
       * Wales 1.20" */
      return g_strdup_printf (_("%s %s%s"), name, bm->value_text, j->unit);
    }
}

static double
published (const BpPackJudged *j,
           const char         *area_type)
{
  const BpBenchmark *bm = j->code ? bp_benchmark_find (j->benchmarks, j->code, area_type)
                                  : NULL;

  return bm ? bm->value : NAN;
}

static void
copy_cell (BpPackCell       *to,
           const BpPackCell *from)
{
  *to = *from;
  to->text = g_strdup (from->text);
  to->link = NULL;
}

/**
 * _bp_pack_add_judgements:
 * @headline: the Headline indicators table, one row per entry of @judged
 *
 * Adds the Summary judgements table to @s (the workbook's; the PDF draws its rows as
 * the summary page's tiles).
 */
void
_bp_pack_add_judgements (BpPackBuilder      *b,
                         BpPackSheet        *s,
                         const BpPackTable  *headline,
                         const BpPackJudged *judged,
                         guint               n)
{
  BpRagRule rule = bp_rag_rule_load (b->store);
  BpPackTable *t;

  /* Translators: a table's title: each headline figure judged */
  t = _bp_pack_table_new (s, "Summary_judgements", _("Summary judgements"), BP_N_JUDGEMENT_COLUMNS);
  _bp_pack_table_cite (t, NOTE_COMPARATORS, NOTE_ROUNDING, -1);
  t->in_pdf = FALSE;  /* the PDF draws it as tiles */
  g_free (b->pack->rag_rule);
  b->pack->rag_rule = bp_rag_rule_text (rule);
  _bp_pack_column (t, BP_JUDGEMENT_INDICATOR, _("Indicator"), BP_PACK_FORMAT_WRAP, 24);
  _bp_pack_column (t, BP_JUDGEMENT_MEASURE, _("Measure"), BP_PACK_FORMAT_WRAP, 22);
  _bp_pack_column (t, BP_JUDGEMENT_PERIOD, _("Period"), BP_PACK_FORMAT_WRAP, 16);
  /* Translators: a column heading: the figure for this period */
  _bp_pack_column (t, BP_JUDGEMENT_FIGURE, _("Figure"), BP_PACK_FORMAT_DEC2, 10);
  /* Translators: a column heading: the change on the year before, in words */
  _bp_pack_column (t, BP_JUDGEMENT_CHANGE, _("Change on the year before"), BP_PACK_FORMAT_WRAP, 34);
  /* Translators: a column heading: the comparison with England and Wales, in words */
  _bp_pack_column (t, BP_JUDGEMENT_NATIONAL, _("Against England and Wales"), BP_PACK_FORMAT_WRAP, 30);
  /* Translators: a column heading: the comparison with the YJS family, in words */
  _bp_pack_column (t, BP_JUDGEMENT_FAMILY, _("Against the YJS family"), BP_PACK_FORMAT_WRAP, 30);
  /* Translators: a column heading: the RAG status */
  _bp_pack_column (t, BP_JUDGEMENT_STATUS, _("Status"), BP_PACK_FORMAT_TEXT, 10);
  /* Translators: a column heading: why a figure should be read with care */
  _bp_pack_column (t, BP_JUDGEMENT_CARE, _("Read with care"), BP_PACK_FORMAT_WRAP, 26);

  for (guint i = 0; i < n && judged[i].row < headline->rows->len; i++)
    {
      const BpPackJudged *j = &judged[i];
      const BpPackCell *now = bp_pack_table_cell (headline, j->row, HEAD_NOW);
      const BpPackCell *before = bp_pack_table_cell (headline, j->row, HEAD_BEFORE);
      const BpPackCell *change = bp_pack_table_cell (headline, j->row, HEAD_CHANGE);
      BpPackCell *row = _bp_pack_add_row (t);
      g_autofree char *change_text = change_words (j, before, change);
      g_autofree char *national = against_words (j, now, "NATIONAL");
      g_autofree char *family = against_words (j, now, "FAMILY");
      /* a rate or a count of fewer than 10 children is not judged (bp_change_too_small) */
      gboolean few = j->counts_known && now->kind == BP_PACK_CELL_NUMBER &&
                     j->count_now < BP_SMALL_COUNT;
      BpRag rag;

      _bp_pack_set_text (&row[BP_JUDGEMENT_INDICATOR], bp_pack_table_cell (headline, j->row, 0)->text);
      _bp_pack_set_text (&row[BP_JUDGEMENT_MEASURE], bp_pack_table_cell (headline, j->row, 1)->text);
      _bp_pack_set_text (&row[BP_JUDGEMENT_PERIOD], bp_pack_table_cell (headline, j->row, 2)->text);
      copy_cell (&row[BP_JUDGEMENT_FIGURE], now);
      _bp_pack_set_text (&row[BP_JUDGEMENT_CHANGE], change_text);
      if (national)
        _bp_pack_set_text (&row[BP_JUDGEMENT_NATIONAL], national);
      else
        _bp_pack_set_symbol (&row[BP_JUDGEMENT_NATIONAL], BP_SYMBOL_NOT_APPLICABLE);
      if (family)
        _bp_pack_set_text (&row[BP_JUDGEMENT_FAMILY], family);
      else
        _bp_pack_set_symbol (&row[BP_JUDGEMENT_FAMILY], BP_SYMBOL_NOT_APPLICABLE);
      if (few)
        rag = BP_RAG_NONE;
      else if (j->rri)
        rag = isfinite (usable (now)) ? bp_rag_of_rri (j->significance) : BP_RAG_NONE;
      else
        rag = bp_rag_judge (rule, j->better, usable (now), published (j, "NATIONAL"),
                            published (j, "FAMILY"), usable (before));
      _bp_pack_set_text (&row[BP_JUDGEMENT_STATUS], bp_rag_name (rag));
      if (now->low_reliability || is_symbol (now, BP_SYMBOL_LOW_RELIABILITY))
        /* Translators: [u] is the symbol for low reliability: keep it as it is */
        _bp_pack_set_text (&row[BP_JUDGEMENT_CARE], _("Fewer than 10 children [u]"));
      else if (few)
        /* Translators: a figure counted from fewer than 10 children or sentences */
        _bp_pack_set_text (&row[BP_JUDGEMENT_CARE], _("Counted from fewer than 10: no status"));
      else if (is_symbol (now, BP_SYMBOL_CONFIDENTIAL))
        /* Translators: [c] is the symbol for a suppressed value: keep it as it is */
        _bp_pack_set_text (&row[BP_JUDGEMENT_CARE], _("Not shown: it could identify a child [c]"));
      else if (change->low_reliability)
        /* Translators: [u] is the symbol for low reliability: keep it as it is */
        _bp_pack_set_text (&row[BP_JUDGEMENT_CARE], _("The year before rests on fewer than 10 "
                                             "children [u]"));
      else
        _bp_pack_set_symbol (&row[BP_JUDGEMENT_CARE], BP_SYMBOL_NOT_APPLICABLE);
    }
}

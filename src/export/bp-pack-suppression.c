/* bp-pack-suppression.c: what a partner pack hides, said in the pack itself
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"

typedef void (*SuppressedFunc) (const BpPackSheet *sheet,
                                const BpPackTable *table,
                                guint              row,
                                guint              column,
                                const BpPackCell  *cell,
                                gpointer           user_data);

/* Calls @func for each [c] cell of every table of @pack, chart data aside (its blanks
 * repeat the cells of its table). */
static void
foreach_suppressed (BpPack         *pack,
                    SuppressedFunc  func,
                    gpointer        user_data)
{
  for (guint i = 0; i < pack->sheets->len; i++)
    {
      BpPackSheet *s = g_ptr_array_index (pack->sheets, i);

      for (guint k = 0; k < s->tables->len; k++)
        {
          BpPackTable *t = g_ptr_array_index (s->tables, k);

          if (t->chart_data)
            continue;
          for (guint r = 0; r < t->rows->len; r++)
            for (guint c = 0; c < t->n_columns; c++)
              {
                const BpPackCell *cell = bp_pack_table_cell (t, r, c);

                if (cell->kind == BP_PACK_CELL_SYMBOL &&
                    g_strcmp0 (cell->text, BP_SYMBOL_CONFIDENTIAL) == 0)
                  func (s, t, r, c, cell, user_data);
              }
        }
    }
}

static void
count_cell_cb (const BpPackSheet *sheet,
               const BpPackTable *table,
               guint              row,
               guint              column,
               const BpPackCell  *cell,
               gpointer           user_data)
{
  ((guint *) user_data)[cell->rule]++;
}

/* Counts the [c] cells of @pack by the rule that hid them. */
static void
count_suppressed (BpPack *pack,
                  guint   counts[BP_N_CELL_STATES])
{
  memset (counts, 0, sizeof (guint) * BP_N_CELL_STATES);
  foreach_suppressed (pack, count_cell_cb, counts);
}

/* The partner pack's note on its own suppression: how many cells each rule hid, never
 * which values. */
void
_bp_pack_add_suppression_note (BpPackBuilder *b)
{
  guint counts[BP_N_CELL_STATES];
  g_autofree char *primary = NULL, *secondary = NULL, *derived = NULL;
  g_autofree char *note = NULL;

  count_suppressed (b->pack, counts);
  primary = g_strdup_printf ("%u", counts[BP_CELL_PRIMARY]);
  secondary = g_strdup_printf ("%u", counts[BP_CELL_SECONDARY]);
  derived = g_strdup_printf ("%u", counts[BP_CELL_DERIVED]);
  /* Translators: a note of the partner pack; each %s is a number of cells of its tables */
  note = g_strdup_printf (_("Suppression in this pack: %s cells hold a count of 1 to "
                                  "4 (primary suppression); %s cells hold a further count "
                                  "hidden so that no suppressed count can be worked back "
                                  "from a total, another table or a rate (secondary "
                                  "suppression); %s cells hold a rate, share, index or "
                                  "change made from a suppressed count. The same count "
                                  "is suppressed wherever it appears."),
                          primary, secondary, derived);
  _bp_pack_add_note (b, note);
}

static const char *
rule_text (BpCellState rule)
{
  switch (rule)
    {
    case BP_CELL_PRIMARY:
      /* Translators: in the column "Rule": why a partner pack hides a cell */
      return _("primary: a count of 1 to 4");
    case BP_CELL_SECONDARY:
      /* Translators: in the column "Rule": why a partner pack hides a cell */
      return _("secondary: would give back a suppressed count");
    case BP_CELL_DERIVED:
      /* Translators: in the column "Rule": why a partner pack hides a cell */
      return _("derived: made from a suppressed count");
    case BP_CELL_SHOWN:
    case BP_CELL_NOT_AVAILABLE:
    case BP_N_CELL_STATES:
    default:
      return "";
    }
}

static void
list_cell_cb (const BpPackSheet *sheet,
              const BpPackTable *table,
              guint              row,
              guint              column,
              const BpPackCell  *cell,
              gpointer           user_data)
{
  g_autofree char *label = bp_pack_cell_to_text (bp_pack_table_cell (table, row, 0));
  BpPackCell *line = _bp_pack_add_row (user_data);

  _bp_pack_set_text (&line[0], sheet->name);
  _bp_pack_set_text (&line[1], table->title);
  _bp_pack_set_text (&line[2], label);
  _bp_pack_set_text (&line[3], table->columns[column].header);
  _bp_pack_set_text (&line[4], rule_text (cell->rule));
}

/* For the manager: which cells of the partner pack of the same report are suppressed
 * and by which rule, so that a partner's question can be answered. */
/* The PDF's version: a sentence per table, with its cells counted by rule (the workbook
 * lists every cell). */
static void
suppression_in_words (BpPackTable *t)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const BpCellState rules[] = { BP_CELL_PRIMARY, BP_CELL_SECONDARY, BP_CELL_DERIVED };

  t->pdf_words = g_ptr_array_new_with_free_func (g_free);
  for (guint r = 0; r < t->rows->len; r++)
    {
      const char *title = bp_pack_table_cell (t, r, 1)->text;
      const char *rule = bp_pack_table_cell (t, r, 4)->text;
      guint *n;

      if (bp_pack_table_cell (t, r, 0)->kind == BP_PACK_CELL_SYMBOL)
        {
          /* nothing is suppressed: the row says so */
          g_ptr_array_add (t->pdf_words, g_strdup (title));
          return;
        }
      n = g_hash_table_lookup (counts, title);
      if (n == NULL)
        {
          n = g_new0 (guint, G_N_ELEMENTS (rules) + 1);
          g_hash_table_insert (counts, (gpointer) title, n);
          g_ptr_array_add (titles, (gpointer) title);
        }
      n[G_N_ELEMENTS (rules)]++;
      for (guint k = 0; k < G_N_ELEMENTS (rules); k++)
        if (g_strcmp0 (rule, rule_text (rules[k])) == 0)
          n[k]++;
    }
  for (guint i = 0; i < titles->len; i++)
    {
      const guint *n = g_hash_table_lookup (counts, g_ptr_array_index (titles, i));

      g_ptr_array_add (t->pdf_words,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: the cells of a table
                                                      * that the partner pack suppresses,
                                                      * by rule, as in "Table 5: Custodial
                                                      * sentences ...: 8 cells (2 primary,
                                                      * 2 secondary, 4 derived)." */
                                                     "%s: %u cell (%u primary, %u "
                                                     "secondary, %u derived).",
                                                     "%s: %u cells (%u primary, %u "
                                                     "secondary, %u derived).",
                                                     n[G_N_ELEMENTS (rules)]),
                                        (const char *) g_ptr_array_index (titles, i),
                                        n[G_N_ELEMENTS (rules)], n[0], n[1], n[2]));
    }
}

gboolean
_bp_pack_build_partner_suppression (BpPackBuilder  *b,
                                    GError  **error)
{
  g_autoptr(BpPack) partner = bp_pack_new (b->report, b->store, BP_PROFILE_PARTNER, error);
  BpPackSheet *quality = b->quality;
  BpPackTable *t;
  BpPackCell *row;

  if (partner == NULL)
    return FALSE;
  g_return_val_if_fail (quality != NULL, FALSE);

  t = _bp_pack_table_new (quality, "Partner_pack_suppression",
                          _("Cells the partner pack of this period suppresses, and why"), 5);
  _bp_pack_column (t, 0, _("Worksheet"), BP_PACK_FORMAT_TEXT, 18);
  _bp_pack_column (t, 1, _("Table"), BP_PACK_FORMAT_WRAP, 40);
  _bp_pack_column (t, 2, _("Row"), BP_PACK_FORMAT_WRAP, 24);
  _bp_pack_column (t, 3, _("Column"), BP_PACK_FORMAT_WRAP, 24);
  _bp_pack_column (t, 4, _("Rule"), BP_PACK_FORMAT_WRAP, 30);
  foreach_suppressed (partner, list_cell_cb, t);
  if (t->rows->len == 0)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_symbol (&row[0], BP_SYMBOL_NOT_APPLICABLE);
      _bp_pack_set_text (&row[1], _("The partner pack of this period suppresses nothing."));
      for (int k = 2; k < 5; k++)
        _bp_pack_set_symbol (&row[k], BP_SYMBOL_NOT_APPLICABLE);
    }
  suppression_in_words (t);
  return TRUE;
}

/* bp-disclosure.c: statistical disclosure control for partner packs (domain.md section 9)
 *
 * Every export and the window ask this module what may be shown of a table of counts:
 * 1. primary suppression: counts 1-4 are [c]; a true zero stays 0;
 * 2. secondary suppression: a row or column with exactly one [c] also loses its next
 *    smallest cell, so no total can be subtracted back; repeated until no row or column
 *    has a single [c], since hiding a cell can leave a single [c] across the other way;
 * 3. a rate, share, RRI or change whose numerator is [c] is [c], and a percentage on a
 *    base below 10 is [u] (bp_disclosure_derived_symbol()).
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-disclosure.h"

struct _BpDisclosureTable
{
  guint n_rows;
  guint n_columns;
  gint64 *counts;      /* row-major; negative: not available */
  BpCellState *state;
};

/* Also the values of --profile, so never translated here; shown to people (pack
 * metadata) as _(bp_profile_name (profile)). */
static const char *profile_names[BP_N_PROFILES] = {
  /* Translators: the disclosure profile of a board pack for the organisation's own board:
   * every count is shown (a lower-case word, as in "profile: internal") */
  N_("internal"),
  /* Translators: the disclosure profile of a board pack shared with partner agencies:
   * small numbers are suppressed (a lower-case word, as in "profile: partner") */
  N_("partner"),
};

const char *
bp_profile_name (BpProfile profile)
{
  g_return_val_if_fail ((int) profile >= 0 && profile < BP_N_PROFILES, NULL);
  return profile_names[profile];
}

gboolean
bp_profile_parse (const char *text,
                  BpProfile  *out_profile)
{
  for (int p = 0; p < BP_N_PROFILES; p++)
    if (g_strcmp0 (text, profile_names[p]) == 0)
      {
        *out_profile = (BpProfile) p;
        return TRUE;
      }
  return FALSE;
}

/* A table of counts; cells start as "not available" until set. Returns: (transfer full) */
BpDisclosureTable *
bp_disclosure_table_new (guint n_rows,
                         guint n_columns)
{
  BpDisclosureTable *self = g_new0 (BpDisclosureTable, 1);
  gsize n = (gsize) n_rows * n_columns;

  self->n_rows = n_rows;
  self->n_columns = n_columns;
  self->counts = g_new (gint64, MAX (n, 1));
  self->state = g_new (BpCellState, MAX (n, 1));
  for (gsize i = 0; i < n; i++)
    {
      self->counts[i] = -1;
      self->state[i] = BP_CELL_NOT_AVAILABLE;
    }
  return self;
}

void
bp_disclosure_table_free (BpDisclosureTable *self)
{
  if (self == NULL)
    return;
  g_free (self->counts);
  g_free (self->state);
  g_free (self);
}

void
bp_disclosure_table_set (BpDisclosureTable *self,
                         guint              row,
                         guint              column,
                         gint64             count)
{
  gsize i;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->n_rows && column < self->n_columns);

  i = (gsize) row * self->n_columns + column;
  self->counts[i] = count;
  self->state[i] = count < 0 ? BP_CELL_NOT_AVAILABLE : BP_CELL_SHOWN;
}

static gboolean
is_hidden (BpCellState state)
{
  return state == BP_CELL_PRIMARY || state == BP_CELL_SECONDARY;
}

/* In the line of @n cells at @first, @stride apart: if exactly one is hidden, hide the
 * smallest shown non-zero cell (a zero only if nothing else is left). */
static gboolean
protect_line (BpDisclosureTable *self,
              gsize              first,
              gsize              stride,
              guint              n)
{
  gsize best = G_MAXSIZE;
  guint hidden = 0;

  for (guint k = 0; k < n; k++)
    if (is_hidden (self->state[first + k * stride]))
      hidden++;
  if (hidden != 1)
    return FALSE;

  for (int pass = 0; pass < 2 && best == G_MAXSIZE; pass++)
    for (guint k = 0; k < n; k++)
      {
        gsize i = first + k * stride;

        if (self->state[i] != BP_CELL_SHOWN || (pass == 0 && self->counts[i] == 0))
          continue;
        if (best == G_MAXSIZE || self->counts[i] < self->counts[best])
          best = i;
      }
  if (best == G_MAXSIZE)
    return FALSE;
  self->state[best] = BP_CELL_SECONDARY;
  return TRUE;
}

/**
 * bp_disclosure_apply:
 * Decides what may be shown of the table for @profile: all of it for internal papers,
 * with primary and secondary suppression for partners.
 */
void
bp_disclosure_apply (BpDisclosureTable *self,
                     BpProfile          profile)
{
  gsize n;
  gboolean changed = TRUE;

  g_return_if_fail (self != NULL);

  n = (gsize) self->n_rows * self->n_columns;
  for (gsize i = 0; i < n; i++)
    self->state[i] = self->counts[i] < 0 ? BP_CELL_NOT_AVAILABLE : BP_CELL_SHOWN;
  if (profile == BP_PROFILE_INTERNAL)
    return;

  for (gsize i = 0; i < n; i++)
    if (self->counts[i] >= 1 && self->counts[i] <= 4)
      self->state[i] = BP_CELL_PRIMARY;

  /* Each step hides one more cell, so this ends after at most n steps. */
  while (changed)
    {
      changed = FALSE;
      for (guint r = 0; r < self->n_rows; r++)
        changed |= protect_line (self, (gsize) r * self->n_columns, 1, self->n_columns);
      for (guint c = 0; c < self->n_columns; c++)
        changed |= protect_line (self, c, self->n_columns, self->n_rows);
    }
}

BpCellState
bp_disclosure_state (BpDisclosureTable *self,
                     guint              row,
                     guint              column)
{
  g_return_val_if_fail (self != NULL, BP_CELL_NOT_AVAILABLE);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, BP_CELL_NOT_AVAILABLE);
  return self->state[(gsize) row * self->n_columns + column];
}

gboolean
bp_disclosure_suppressed (BpDisclosureTable *self,
                          guint              row,
                          guint              column)
{
  return is_hidden (bp_disclosure_state (self, row, column));
}

/**
 * bp_disclosure_derived_symbol:
 * @numerator_suppressed: the count the value is made from is [c]
 * @is_percentage: the value is a percentage (share, rate in %)
 * @base: the percentage's base (its denominator count)
 *
 * The symbol to show instead of a derived value, or %NULL to show the value.
 */
const char *
bp_disclosure_derived_symbol (BpProfile profile,
                              gboolean  numerator_suppressed,
                              gboolean  is_percentage,
                              gint64    base)
{
  if (profile == BP_PROFILE_INTERNAL)
    return NULL;
  if (numerator_suppressed)
    return BP_SYMBOL_CONFIDENTIAL;
  if (is_percentage && base < 10)
    return BP_SYMBOL_LOW_RELIABILITY;
  return NULL;
}

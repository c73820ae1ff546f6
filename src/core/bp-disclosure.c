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

#include <math.h>
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

/* --- the whole pack ------------------------------------------------------------------- */

typedef struct
{
  char       *key;
  gint64      count;     /* negative: not available */
  gboolean    seen;      /* shown somewhere in the pack (else only part of a relation) */
  BpCellState state;
} Figure;

typedef struct
{
  guint  total;
  guint *parts;
  guint  n_parts;
} Relation;

struct _BpDisclosurePlan
{
  GArray     *figures;    /* (element-type Figure) */
  GHashTable *by_key;     /* key -> index + 1 */
  GArray     *relations;  /* (element-type Relation) */
  GArray     *follows;    /* (element-type guint) pairs: follower, leader */
};

static void
figure_clear (gpointer data)
{
  g_free (((Figure *) data)->key);
}

static void
relation_clear (gpointer data)
{
  g_free (((Relation *) data)->parts);
}

/**
 * bp_disclosure_plan_new:
 * A plan of every count a pack shows and how they relate, so that suppression holds
 * across tables, sheets, charts and pages, not only within one table.
 * Returns: (transfer full)
 */
BpDisclosurePlan *
bp_disclosure_plan_new (void)
{
  BpDisclosurePlan *self = g_new0 (BpDisclosurePlan, 1);

  self->figures = g_array_new (FALSE, TRUE, sizeof (Figure));
  g_array_set_clear_func (self->figures, figure_clear);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->relations = g_array_new (FALSE, TRUE, sizeof (Relation));
  g_array_set_clear_func (self->relations, relation_clear);
  self->follows = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
bp_disclosure_plan_free (BpDisclosurePlan *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_key);
  g_array_unref (self->figures);
  g_array_unref (self->relations);
  g_array_unref (self->follows);
  g_free (self);
}

static guint
plan_add (BpDisclosurePlan *self,
          const char       *key,
          gint64            count,
          gboolean          seen)
{
  gpointer found = g_hash_table_lookup (self->by_key, key);
  Figure f = { 0 };

  if (found)
    {
      Figure *old = &g_array_index (self->figures, Figure, GPOINTER_TO_UINT (found) - 1);

      /* The same figure in two places is one figure: it must be the same count. */
      g_return_val_if_fail (old->count == count, GPOINTER_TO_UINT (found) - 1);
      old->seen |= seen;
      return GPOINTER_TO_UINT (found) - 1;
    }
  f.key = g_strdup (key);
  f.count = count;
  f.seen = seen;
  f.state = count < 0 ? BP_CELL_NOT_AVAILABLE : BP_CELL_SHOWN;
  g_array_append_val (self->figures, f);
  g_hash_table_insert (self->by_key, f.key, GUINT_TO_POINTER (self->figures->len));
  return self->figures->len - 1;
}

/**
 * bp_disclosure_plan_add:
 * @key: names the figure wherever it is shown ("fte.2024-03-31"): adding the same key
 *   again returns the same figure
 * @count: the count, or negative when it is not available
 *
 * Returns: the figure's index
 */
guint
bp_disclosure_plan_add (BpDisclosurePlan *self,
                        const char       *key,
                        gint64            count)
{
  g_return_val_if_fail (self != NULL && key != NULL, 0);
  return plan_add (self, key, count, TRUE);
}

/**
 * bp_disclosure_plan_add_unseen:
 * A figure the pack does not show but that takes part in a relation (a total of which
 * only the parts are printed): a reader can still work it out, so it counts as an
 * unknown, never as something to hide.
 */
guint
bp_disclosure_plan_add_unseen (BpDisclosurePlan *self,
                               const char       *key,
                               gint64            count)
{
  g_return_val_if_fail (self != NULL && key != NULL, 0);
  return plan_add (self, key, count, FALSE);
}

/* Whether a figure was added under @key, and which. */
gboolean
bp_disclosure_plan_find (BpDisclosurePlan *self,
                         const char       *key,
                         guint            *out_figure)
{
  gpointer index = g_hash_table_lookup (self->by_key, key);

  if (index == NULL)
    return FALSE;
  *out_figure = GPOINTER_TO_UINT (index) - 1;
  return TRUE;
}

/* @total = the sum of @parts, as a reader of the pack knows it to be. */
void
bp_disclosure_plan_sum (BpDisclosurePlan *self,
                        guint             total,
                        const guint      *parts,
                        guint             n_parts)
{
  Relation r;

  g_return_if_fail (self != NULL);
  g_return_if_fail (total < self->figures->len);
  for (guint i = 0; i < n_parts; i++)
    g_return_if_fail (parts[i] < self->figures->len);

  r.total = total;
  r.parts = g_memdup2 (parts, sizeof (guint) * n_parts);
  r.n_parts = n_parts;
  g_array_append_val (self->relations, r);
}

/* Whenever @leader is hidden, @follower is hidden too (a count shown beside it that,
 * with a rate or share of the row, would give it back). */
void
bp_disclosure_plan_follow (BpDisclosurePlan *self,
                           guint             follower,
                           guint             leader)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (follower < self->figures->len && leader < self->figures->len);
  g_array_append_val (self->follows, follower);
  g_array_append_val (self->follows, leader);
}

static Figure *
figure_at (BpDisclosurePlan *self,
           guint             i)
{
  return &g_array_index (self->figures, Figure, i);
}

static gboolean
figure_unknown (const Figure *f)
{
  return !f->seen || is_hidden (f->state) || f->state == BP_CELL_DERIVED;
}

/* Whether a relation can be used by a reader: all its figures are available. */
static gboolean
relation_usable (BpDisclosurePlan *self,
                 const Relation   *r)
{
  if (figure_at (self, r->total)->state == BP_CELL_NOT_AVAILABLE)
    return FALSE;
  for (guint k = 0; k < r->n_parts; k++)
    if (figure_at (self, r->parts[k])->state == BP_CELL_NOT_AVAILABLE)
      return FALSE;
  return TRUE;
}

/* Marks in @determined every unknown figure that the shown figures and the relations fix
 * to one value, by Gaussian elimination of the relations over the unknowns. */
static void
find_determined (BpDisclosurePlan *self,
                 gboolean         *determined)
{
  guint n = self->figures->len;
  g_autofree int *column_of = g_new (int, n);
  g_autofree guint *figure_of = g_new (guint, n);
  guint n_unknown = 0, n_rows = 0;
  g_autofree double *m = NULL;

  memset (determined, 0, sizeof (gboolean) * n);
  for (guint i = 0; i < n; i++)
    {
      column_of[i] = -1;
      if (figure_unknown (figure_at (self, i)) &&
          figure_at (self, i)->state != BP_CELL_NOT_AVAILABLE)
        {
          column_of[i] = (int) n_unknown;
          figure_of[n_unknown++] = i;
        }
    }
  if (n_unknown == 0 || self->relations->len == 0)
    return;

  m = g_new0 (double, (gsize) self->relations->len * n_unknown);
  for (guint k = 0; k < self->relations->len; k++)
    {
      const Relation *r = &g_array_index (self->relations, Relation, k);
      double *row = m + (gsize) n_rows * n_unknown;
      gboolean any = FALSE;

      if (!relation_usable (self, r))
        continue;
      if (column_of[r->total] >= 0)
        {
          row[column_of[r->total]] -= 1.0;
          any = TRUE;
        }
      for (guint p = 0; p < r->n_parts; p++)
        if (column_of[r->parts[p]] >= 0)
          {
            row[column_of[r->parts[p]]] += 1.0;
            any = TRUE;
          }
      if (any)
        n_rows++;
    }

  /* Reduced row echelon form; the coefficients are small integers, so a tolerance far
   * below any real entry is exact enough. */
  {
    guint lead = 0;

    for (guint col = 0; col < n_unknown && lead < n_rows; col++)
      {
        guint pivot = lead;
        double *prow;

        while (pivot < n_rows && fabs (m[(gsize) pivot * n_unknown + col]) < 1e-9)
          pivot++;
        if (pivot == n_rows)
          continue;
        if (pivot != lead)
          for (guint j = 0; j < n_unknown; j++)
            {
              double t = m[(gsize) pivot * n_unknown + j];

              m[(gsize) pivot * n_unknown + j] = m[(gsize) lead * n_unknown + j];
              m[(gsize) lead * n_unknown + j] = t;
            }
        prow = m + (gsize) lead * n_unknown;
        {
          double d = prow[col];

          for (guint j = 0; j < n_unknown; j++)
            prow[j] /= d;
        }
        for (guint i = 0; i < n_rows; i++)
          {
            double *row = m + (gsize) i * n_unknown;
            double f = row[col];

            if (i == lead || fabs (f) < 1e-9)
              continue;
            for (guint j = 0; j < n_unknown; j++)
              row[j] -= f * prow[j];
          }
        lead++;
      }
  }

  for (guint i = 0; i < n_rows; i++)
    {
      const double *row = m + (gsize) i * n_unknown;
      int only = -1, nonzero = 0;

      for (guint j = 0; j < n_unknown; j++)
        if (fabs (row[j]) > 1e-9)
          {
            nonzero++;
            only = (int) j;
          }
      if (nonzero == 1)
        determined[figure_of[only]] = TRUE;
    }
}

/* Hides every figure whose leader is hidden; returns whether anything changed. */
static gboolean
apply_follows (BpDisclosurePlan *self)
{
  gboolean changed = FALSE, again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint k = 0; k + 1 < self->follows->len; k += 2)
        {
          Figure *f = figure_at (self, g_array_index (self->follows, guint, k));
          Figure *l = figure_at (self, g_array_index (self->follows, guint, k + 1));

          if (is_hidden (l->state) && f->state == BP_CELL_SHOWN)
            {
              f->state = BP_CELL_SECONDARY;
              again = changed = TRUE;
            }
        }
    }
  return changed;
}

/* Whether hiding @candidate stops @leak from being worked out; @determined is scratch. */
static gboolean
hiding_protects (BpDisclosurePlan *self,
                 guint             candidate,
                 guint             leak,
                 gboolean         *determined)
{
  Figure *f = figure_at (self, candidate);
  gboolean protects;

  f->state = BP_CELL_SECONDARY;
  find_determined (self, determined);
  protects = !determined[leak];
  f->state = BP_CELL_SHOWN;
  return protects;
}

static int
compare_by_count (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  BpDisclosurePlan *self = user_data;
  gint64 ca = figure_at (self, *(const guint *) a)->count;
  gint64 cb = figure_at (self, *(const guint *) b)->count;

  /* Zeros last: a true zero is hidden only when nothing else will do. */
  if ((ca == 0) != (cb == 0))
    return ca == 0 ? 1 : -1;
  return ca < cb ? -1 : ca > cb;
}

/* Whether relation @r holds a figure marked in @reached. */
static gboolean
relation_touches (const Relation *r,
                  const gboolean *reached)
{
  if (reached[r->total])
    return TRUE;
  for (guint p = 0; p < r->n_parts; p++)
    if (reached[r->parts[p]])
      return TRUE;
  return FALSE;
}

/* Hides one more shown figure so that @leak can no longer be worked out: of the shown
 * figures in the relations that hold it (or, when none is shown there, one relation
 * further away through the unknowns, and so on), the smallest whose hiding alone
 * protects @leak; if none does alone, the smallest, and the caller goes round again. */
static gboolean
hide_next_to (BpDisclosurePlan *self,
              guint             leak)
{
  guint n = self->figures->len;
  g_autofree gboolean *reached = g_new0 (gboolean, n);
  g_autofree gboolean *listed = g_new0 (gboolean, n);
  g_autofree gboolean *determined = g_new (gboolean, n);
  g_autofree gboolean *used = g_new0 (gboolean, self->relations->len);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean grew = TRUE;

  reached[leak] = TRUE;
  while (grew)
    {
      grew = FALSE;
      for (guint k = 0; k < self->relations->len; k++)
        {
          const Relation *r = &g_array_index (self->relations, Relation, k);

          if (!relation_touches (r, reached) || used[k] || !relation_usable (self, r))
            continue;
          for (guint p = 0; p <= r->n_parts; p++)
            {
              guint i = p < r->n_parts ? r->parts[p] : r->total;
              const Figure *f = figure_at (self, i);

              if (f->seen && f->state == BP_CELL_SHOWN && !listed[i])
                {
                  listed[i] = TRUE;
                  g_array_append_val (candidates, i);
                }
            }
        }
      if (candidates->len > 0)
        break;
      /* Nothing shown next to it: go one relation further, through the unknowns. */
      for (guint k = 0; k < self->relations->len; k++)
        {
          const Relation *r = &g_array_index (self->relations, Relation, k);

          if (!relation_touches (r, reached) || used[k])
            continue;
          used[k] = TRUE;
          grew = TRUE;
          reached[r->total] = TRUE;
          for (guint p = 0; p < r->n_parts; p++)
            reached[r->parts[p]] = TRUE;
        }
    }
  if (candidates->len == 0)
    return FALSE;

  g_array_sort_with_data (candidates, compare_by_count, self);
  for (guint c = 0; c < candidates->len; c++)
    {
      guint i = g_array_index (candidates, guint, c);

      if (hiding_protects (self, i, leak, determined))
        {
          figure_at (self, i)->state = BP_CELL_SECONDARY;
          return TRUE;
        }
    }
  figure_at (self, g_array_index (candidates, guint, 0))->state = BP_CELL_SECONDARY;
  return TRUE;
}

/**
 * bp_disclosure_plan_apply:
 * Decides what the pack may show for @profile. For partners: counts of 1 to 4 are hidden
 * (primary); then, until no hidden figure can be worked out from the shown ones through
 * any relation or combination of relations, the smallest shown figure next to one that
 * can is hidden too (secondary); followers go with their leaders.
 */
void
bp_disclosure_plan_apply (BpDisclosurePlan *self,
                          BpProfile         profile)
{
  guint n;

  g_return_if_fail (self != NULL);

  n = self->figures->len;
  for (guint i = 0; i < n; i++)
    {
      Figure *f = figure_at (self, i);

      f->state = f->count < 0 ? BP_CELL_NOT_AVAILABLE : BP_CELL_SHOWN;
      if (profile == BP_PROFILE_PARTNER && f->count >= 1 && f->count <= 4)
        f->state = BP_CELL_PRIMARY;
    }
  if (profile == BP_PROFILE_INTERNAL)
    return;

  {
    g_autofree gboolean *determined = g_new (gboolean, MAX (n, 1));

    /* Each round hides at least one more figure, so this ends within n rounds. */
    for (guint round = 0; round <= n; round++)
      {
        gboolean fixed = FALSE;

        apply_follows (self);
        find_determined (self, determined);
        for (guint i = 0; i < n && !fixed; i++)
          {
            Figure *f = figure_at (self, i);

            if (determined[i] && f->seen && is_hidden (f->state))
              fixed = hide_next_to (self, i);
          }
        if (!fixed)
          break;
      }
  }
}

BpCellState
bp_disclosure_plan_state (BpDisclosurePlan *self,
                          guint             figure)
{
  g_return_val_if_fail (self != NULL && figure < self->figures->len, BP_CELL_NOT_AVAILABLE);
  return figure_at (self, figure)->state;
}

gboolean
bp_disclosure_plan_hidden (BpDisclosurePlan *self,
                           guint             figure)
{
  return is_hidden (bp_disclosure_plan_state (self, figure));
}

/**
 * bp_disclosure_plan_derivable:
 * Whether a reader of the pack can work out @figure: it is shown, or the relations fix
 * it. For a figure the pack does not show (a total of parts), this says whether showing
 * a value made from it would give nothing away.
 */
gboolean
bp_disclosure_plan_derivable (BpDisclosurePlan *self,
                              guint             figure)
{
  g_autofree gboolean *determined = NULL;
  const Figure *f;

  g_return_val_if_fail (self != NULL && figure < self->figures->len, FALSE);
  f = figure_at (self, figure);
  if (f->state == BP_CELL_NOT_AVAILABLE)
    return FALSE;
  if (!figure_unknown (f))
    return TRUE;
  determined = g_new (gboolean, self->figures->len);
  find_determined (self, determined);
  return determined[figure];
}

/* How many figures the pack shows in @state (the notes say how many were hidden by each
 * rule, never which). */
guint
bp_disclosure_plan_count (BpDisclosurePlan *self,
                          BpCellState       state)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < self->figures->len; i++)
    if (figure_at (self, i)->seen && figure_at (self, i)->state == state)
      n++;
  return n;
}

/* bp-comparison.c: an indicator's published comparators side by side
 *
 * Ranks are as the YJB publishes them: position 1 has the lowest value ("position 90 of
 * 154" for a first time entrant rate above the average). So a rank that grows means the
 * figure moved towards the highest, which is worse where a lower figure is better. A
 * comparison with a published figure uses the figure as published: the local value is
 * rounded to the comparator's own decimals first, so 149.4 against a published 149 is
 * "the same as", never "worse than" by a fraction nobody can see.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-comparison.h"
#include "bp-format.h"
#include "bp-i18n.h"

static int
type_order (const char *area_type)
{
  static const char *const types[] = { "YJS", "FAMILY", "REGION", "NATIONAL" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_strcmp0 (area_type, types[i]) == 0)
      return (int) i;
  return (int) G_N_ELEMENTS (types);
}

/* Best first; a tie (or a missing value, last) in the order own, neighbours by name,
 * family, region, nation. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const BpBenchmark *x = *(const BpBenchmark *const *) a;
  const BpBenchmark *y = *(const BpBenchmark *const *) b;
  BpBetter better = GPOINTER_TO_INT (data);
  int tx, ty;

  if (isfinite (x->value) != isfinite (y->value))
    return isfinite (x->value) ? -1 : 1;
  if (isfinite (x->value) && x->value != y->value)
    {
      gboolean x_first = better == BP_BETTER_HIGHER ? x->value > y->value : x->value < y->value;

      return x_first ? -1 : 1;
    }
  if (x->own != y->own)
    return x->own ? -1 : 1;
  tx = type_order (x->area_type);
  ty = type_order (y->area_type);
  if (tx != ty)
    return tx < ty ? -1 : 1;
  return g_strcmp0 (x->area_name, y->area_name);
}

static const BpBenchmark *
own_row (GPtrArray  *benchmarks,
         const char *code)
{
  return bp_benchmark_find (benchmarks, code, "YJS");
}

/**
 * bp_comparison_init:
 * @code: the benchmark code compared ("FTE_RATE")
 * @benchmarks: (element-type BpBenchmark) (nullable): the period's comparators, which
 *   must outlive @comparison
 * @previous: (element-type BpBenchmark) (nullable): the period before's, for the rank's
 *   movement
 */
void
bp_comparison_init (BpComparison *c,
                    const char   *code,
                    BpBetter      better,
                    GPtrArray    *benchmarks,
                    GPtrArray    *previous)
{
  const BpBenchmark *before;

  memset (c, 0, sizeof *c);
  c->code = code;
  c->better = better;
  c->rows = g_ptr_array_new ();
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      BpBenchmark *b = g_ptr_array_index (benchmarks, i);

      if (g_strcmp0 (b->indicator, code) != 0)
        continue;
      g_ptr_array_add (c->rows, b);
      if (g_strcmp0 (b->area_type, "YJS") == 0 && !b->own)
        c->n_neighbours++;
    }
  g_ptr_array_sort_with_data (c->rows, compare_rows, GINT_TO_POINTER (better));

  c->own = own_row (benchmarks, code);
  if (c->own == NULL)
    return;
  c->rank = c->own->rank;
  c->rank_of = c->own->rank_of;
  before = own_row (previous, code);
  if (before != NULL && c->rank > 0)
    c->previous_rank = before->rank;

  /* Among the area and its neighbours: 1 + those strictly better (lower when neither). */
  c->n_areas = (int) c->n_neighbours + 1;
  c->position = 1;
  for (guint i = 0; i < c->rows->len; i++)
    {
      const BpBenchmark *b = g_ptr_array_index (c->rows, i);

      if (g_strcmp0 (b->area_type, "YJS") != 0 || b->own || !isfinite (b->value)
          || !isfinite (c->own->value))
        continue;
      if (better == BP_BETTER_HIGHER ? b->value > c->own->value : b->value < c->own->value)
        c->position++;
    }
  if (!isfinite (c->own->value))
    c->position = 0;
}

void
bp_comparison_clear (BpComparison *c)
{
  g_clear_pointer (&c->rows, g_ptr_array_unref);
}

/* The decimals a figure was published with: "160" 0, "0.09" 2. */
static int
published_decimals (const char *text)
{
  const char *dot = text != NULL ? strchr (text, '.') : NULL;
  int n = 0;

  if (dot == NULL)
    return 0;
  for (const char *p = dot + 1; g_ascii_isdigit (*p); p++)
    n++;
  return n;
}

/**
 * bp_compare_with:
 * Whether @value is better, the same or worse than @comparator as published.
 */
BpVerdict
bp_compare_with (BpBetter           better,
                 double             value,
                 const BpBenchmark *comparator)
{
  double shown;

  if (better == BP_BETTER_NEITHER || comparator == NULL || !isfinite (value)
      || !isfinite (comparator->value))
    return BP_VERDICT_NONE;
  shown = bp_round_half_away (value, published_decimals (comparator->value_text));
  if (shown == comparator->value)
    return BP_VERDICT_SAME;
  if (better == BP_BETTER_LOWER)
    return shown < comparator->value ? BP_VERDICT_BETTER : BP_VERDICT_WORSE;
  return shown > comparator->value ? BP_VERDICT_BETTER : BP_VERDICT_WORSE;
}

/* How the area's rank moved on the period before: position 1 is the lowest value. */
BpVerdict
bp_comparison_movement (const BpComparison *c)
{
  if (c->rank <= 0 || c->previous_rank <= 0 || c->better == BP_BETTER_NEITHER)
    return BP_VERDICT_NONE;
  if (c->rank == c->previous_rank)
    return BP_VERDICT_SAME;
  if (c->better == BP_BETTER_LOWER)
    return c->rank < c->previous_rank ? BP_VERDICT_BETTER : BP_VERDICT_WORSE;
  return c->rank > c->previous_rank ? BP_VERDICT_BETTER : BP_VERDICT_WORSE;
}

const char *
bp_better_name (BpBetter better)
{
  switch (better)
    {
    case BP_BETTER_LOWER: return "lower";
    case BP_BETTER_HIGHER: return "higher";
    case BP_BETTER_NEITHER:
    default: return "neither";
    }
}

const char *
bp_verdict_name (BpVerdict verdict)
{
  switch (verdict)
    {
    case BP_VERDICT_BETTER: return "better";
    case BP_VERDICT_SAME: return "same";
    case BP_VERDICT_WORSE: return "worse";
    case BP_VERDICT_NONE:
    default: return NULL;
    }
}

/**
 * bp_comparison_rank_text:
 * "position 90 of 154 (65 the year before: 25 places worse)"
 *
 * Returns: (transfer full) (nullable): %NULL when no rank is published
 */
char *
bp_comparison_rank_text (const BpComparison *c)
{
  int places = ABS (c->rank - c->previous_rank);

  if (c->rank <= 0 || c->rank_of <= 0)
    return NULL;
  if (c->previous_rank <= 0)
    /* Translators: the area's rank among all youth justice services as published, as in
     * "position 90 of 154" */
    return g_strdup_printf (_("position %d of %d"), c->rank, c->rank_of);
  switch (bp_comparison_movement (c))
    {
    case BP_VERDICT_SAME:
      /* Translators: the area's rank and the same rank the year before, as in "position
       * 90 of 154, as the year before" */
      return g_strdup_printf (_("position %d of %d, as the year before"), c->rank, c->rank_of);
    case BP_VERDICT_BETTER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the area's rank, the year
                                            * before's and the places it moved, as in
                                            * "position 90 of 154 (65 the year before: 25
                                            * places better)" */
                                           "position %d of %d (%d the year before: %d place "
                                           "better)",
                                           "position %d of %d (%d the year before: %d places "
                                           "better)", (gulong) places),
                              c->rank, c->rank_of, c->previous_rank, places);
    case BP_VERDICT_WORSE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: as "position %d of %d (%d the year
                                            * before: %d places better)", when it is worse */
                                           "position %d of %d (%d the year before: %d place "
                                           "worse)",
                                           "position %d of %d (%d the year before: %d places "
                                           "worse)", (gulong) places),
                              c->rank, c->rank_of, c->previous_rank, places);
    case BP_VERDICT_NONE:
    default:
      /* Translators: the area's rank and the year before's, for a figure where neither
       * higher nor lower is better, as in "position 90 of 154 (65 the year before)" */
      return g_strdup_printf (_("position %d of %d (%d the year before)"), c->rank,
                              c->rank_of, c->previous_rank);
    }
}

/* "YJS Family Average (160)", "England and Wales (34.0%)" */
static char *
comparator_text (const BpBenchmark *b,
                 const char        *unit)
{
  /* Translators: a published comparator in a list of them: its name and its figure as
   * published, then a unit ("%" or nothing), as in "England and Wales (34.0%)" */
  return g_strdup_printf (_("%s (%s%s)"), bp_area_display_name (b->area_name), b->value_text,
                          unit);
}

/* The local figure against the comparators of @types (NULL-terminated) as published,
 * grouped by verdict, worst first. */
static char *
verdicts_of (const BpComparison *c,
             double              local_value,
             const char         *unit,
             const char *const  *types)
{
  static const BpVerdict order[] = { BP_VERDICT_WORSE, BP_VERDICT_SAME, BP_VERDICT_BETTER };
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  GString *text;

  for (guint v = 0; v < G_N_ELEMENTS (order); v++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;

      for (guint k = 0; types[k] != NULL; k++)
        {
          const BpBenchmark *b = bp_benchmark_find (c->rows, c->code, types[k]);

          if (bp_compare_with (c->better, local_value, b) == order[v])
            g_ptr_array_add (names, comparator_text (b, unit));
        }
      if (names->len == 0)
        continue;
      list = bp_join_list (names);
      switch (order[v])
        {
        case BP_VERDICT_WORSE:
          /* Translators: the local figure against published comparators, %s their list,
           * as in "worse than YJS Family Average (163) and England and Wales (149)" */
          g_ptr_array_add (groups, g_strdup_printf (_("worse than %s"), list));
          break;
        case BP_VERDICT_SAME:
          /* Translators: as "worse than %s", for comparators equal to the local figure at
           * their published precision */
          g_ptr_array_add (groups, g_strdup_printf (_("the same as %s"), list));
          break;
        case BP_VERDICT_BETTER:
        case BP_VERDICT_NONE:
        default:
          /* Translators: as "worse than %s", when it is better */
          g_ptr_array_add (groups, g_strdup_printf (_("better than %s"), list));
          break;
        }
    }
  if (groups->len == 0)
    return NULL;
  text = g_string_new (g_ptr_array_index (groups, 0));
  for (guint i = 1; i < groups->len; i++)
    /* Translators: between the groups of a comparison, as in "worse than YJS Family
     * Average (163); better than England and Wales (149)" */
    g_string_append_printf (text, _("; %s"), (const char *) g_ptr_array_index (groups, i));
  return g_string_free (text, FALSE);
}

/**
 * bp_comparison_verdicts_text:
 * @local_value: the local figure
 * @unit: written after each published figure: "%" or ""
 *
 * The local figure against the family, region and nation as published, grouped by
 * verdict: "worse than YJS Family Average (163) and Northern Region (161); better than
 * England and Wales (149)".
 *
 * Returns: (transfer full) (nullable): %NULL when nothing compares or no way is better
 */
char *
bp_comparison_verdicts_text (const BpComparison *c,
                             double              local_value,
                             const char         *unit)
{
  static const char *const types[] = { "FAMILY", "REGION", "NATIONAL", NULL };

  return verdicts_of (c, local_value, unit, types);
}

/**
 * bp_comparison_verdict_against:
 * @area_type: FAMILY, REGION or NATIONAL
 *
 * As bp_comparison_verdicts_text(), against one comparator: "better than England and
 * Wales (149)".
 *
 * Returns: (transfer full) (nullable): %NULL when it is not published or no way is better
 */
char *
bp_comparison_verdict_against (const BpComparison *c,
                               double              local_value,
                               const char         *unit,
                               const char         *area_type)
{
  const char *const types[] = { area_type, NULL };

  return verdicts_of (c, local_value, unit, types);
}

/**
 * bp_comparison_row_kind:
 *
 * What a published row is, in a comparator table: "This area", "Named neighbour", "YJS
 * family", "Region" or "England and Wales".
 *
 * Returns: (transfer none): a translated name
 */
const char *
bp_comparison_row_kind (const BpBenchmark *b)
{
  if (b->own)
    /* Translators: in a comparator table's column "Comparator": the row of the area
     * the pack is about */
    return _("This area");
  if (g_strcmp0 (b->area_type, "YJS") == 0)
    /* Translators: in a comparator table's column "Comparator": another youth justice
     * service the benchmarks name */
    return _("Named neighbour");
  if (g_strcmp0 (b->area_type, "FAMILY") == 0)
    /* Translators: in a comparator table's column "Comparator" */
    return _("YJS family");
  if (g_strcmp0 (b->area_type, "REGION") == 0)
    /* Translators: in a comparator table's column "Comparator" */
    return _("Region");
  /* Translators: in a comparator table's column "Comparator" */
  return _("England and Wales");
}

/**
 * bp_comparison_verdict_sentence:
 *
 * "The local figure is worse than YJS Family Average (160) and England and Wales
 * (149).": bp_comparison_verdicts_text() as a sentence.
 *
 * Returns: (transfer full) (nullable): %NULL when nothing compares
 */
char *
bp_comparison_verdict_sentence (const BpComparison *c,
                                double              local_value,
                                const char         *unit)
{
  g_autofree char *verdicts = bp_comparison_verdicts_text (c, local_value, unit);
  g_autofree char *sentence = NULL;
  GString *line;

  if (verdicts == NULL)
    return NULL;
  /* Translators: the local figure against the published comparators, as in "The local
   * figure is worse than YJS Family Average (160) and England and Wales (149)." */
  sentence = g_strdup_printf (_("The local figure is %s."), verdicts);
  line = g_string_new (NULL);
  bp_append_sentence (line, sentence);
  return g_string_free (line, FALSE);
}

/**
 * bp_comparison_own_sentence:
 *
 * "Havering as published: 180, position 90 of 154 (65 the year before: 25 places worse);
 * position 2 from the best of the area and its 2 named neighbours."
 *
 * Returns: (transfer full) (nullable): %NULL without an own published figure or a rank
 */
char *
bp_comparison_own_sentence (const BpComparison *c)
{
  g_autofree char *rank = bp_comparison_rank_text (c);
  g_autofree char *where = bp_comparison_neighbours_text (c);

  if (c->own == NULL || rank == NULL)
    return NULL;
  if (where != NULL)
    /* Translators: the area's name as published, its published figure, its rank and
     * where it stands among its neighbours, as in "Havering as published: 180, position
     * 90 of 154 (65 the year before: 25 places worse); position 2 from the best of the
     * area and its 2 named neighbours." */
    return g_strdup_printf (_("%s as published: %s, %s; %s."), c->own->area_name,
                            c->own->value_text, rank, where);
  /* Translators: as "%s as published: %s, %s; %s." without the neighbours */
  return g_strdup_printf (_("%s as published: %s, %s."), c->own->area_name,
                          c->own->value_text, rank);
}

/**
 * bp_comparison_why_own_differs:
 *
 * Why the area's own published figure is not its local one (domain.md section 4).
 *
 * Returns: (transfer none): a translated sentence
 */
const char *
bp_comparison_why_own_differs (void)
{
  /* Translators: under a figure when the area's own published figure is shown beside
   * the local one */
  return _("The published figure is the YJB's, from the Police National Computer, which "
           "knows of children's earlier outcomes anywhere in England and Wales; local "
           "records know only this service's, so the two differ.");
}

/**
 * bp_comparison_neighbours_text:
 * "position 2 from the best of the area and its 2 named neighbours": where the area's own published
 * figure stands among its neighbours'.
 *
 * Returns: (transfer full) (nullable): %NULL without an own figure or a neighbour
 */
char *
bp_comparison_neighbours_text (const BpComparison *c)
{
  if (c->position <= 0 || c->n_neighbours == 0)
    return NULL;
  if (c->better == BP_BETTER_NEITHER)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: where the area stands among its
                                          * neighbours for a figure where neither way is
                                          * better: 1 is the lowest, as in "position 2
                                          * from the lowest of the area and its 2 named
                                          * neighbours" */
                                         "position %d from the lowest of the area and its "
                                         "%u named neighbour",
                                         "position %d from the lowest of the area and its "
                                         "%u named neighbours", c->n_neighbours),
                            c->position, c->n_neighbours);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: where the area stands among its
                                        * neighbours, 1 the best, as in "position 2 from
                                        * the best of the area and its 2 named
                                        * neighbours" */
                                       "position %d from the best of the area and its %u "
                                       "named neighbour",
                                       "position %d from the best of the area and its %u "
                                       "named neighbours", c->n_neighbours),
                          c->position, c->n_neighbours);
}

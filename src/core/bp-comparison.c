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
#include "bp-indicator-private.h"

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

/**
 * bp_comparison_verdict_text:
 * "better than England and Wales (149)"
 *
 * Returns: (transfer full) (nullable): %NULL for %BP_VERDICT_NONE
 */
char *
bp_comparison_verdict_text (BpVerdict          verdict,
                            const BpBenchmark *comparator)
{
  const char *name = comparator != NULL ? bp_area_display_name (comparator->area_name) : NULL;

  switch (verdict)
    {
    case BP_VERDICT_BETTER:
      /* Translators: a local figure against a published comparator: its name and its
       * figure as published, as in "better than England and Wales (149)" */
      return g_strdup_printf (_("better than %s (%s)"), name, comparator->value_text);
    case BP_VERDICT_SAME:
      /* Translators: as "better than %s (%s)", when the two are equal as published */
      return g_strdup_printf (_("the same as %s (%s)"), name, comparator->value_text);
    case BP_VERDICT_WORSE:
      /* Translators: as "better than %s (%s)", when it is worse */
      return g_strdup_printf (_("worse than %s (%s)"), name, comparator->value_text);
    case BP_VERDICT_NONE:
    default:
      return NULL;
    }
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

static void
add_verdict (JsonBuilder        *b,
             const char         *key,
             const BpComparison *c,
             double              local_value,
             const char         *area_type)
{
  const BpBenchmark *comparator = bp_benchmark_find (c->rows, c->code, area_type);

  bp_json_add_string (b, key, bp_verdict_name (bp_compare_with (c->better, local_value,
                                                                comparator)));
}

/**
 * bp_comparison_to_json:
 * @local_value: the local figure compared with the family, region and nation
 *
 * Adds the member "comparison" of an indicator's object in the JSON report.
 */
void
bp_comparison_to_json (JsonBuilder        *b,
                       const BpComparison *c,
                       double              local_value)
{
  json_builder_set_member_name (b, "comparison");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "indicator");
  json_builder_add_string_value (b, c->code);
  json_builder_set_member_name (b, "better");
  json_builder_add_string_value (b, bp_better_name (c->better));
  bp_json_add_int_or_null (b, "rank", c->rank, c->rank > 0);
  bp_json_add_int_or_null (b, "rank_of", c->rank_of, c->rank_of > 0);
  bp_json_add_int_or_null (b, "previous_rank", c->previous_rank, c->previous_rank > 0);
  bp_json_add_string (b, "rank_movement", bp_verdict_name (bp_comparison_movement (c)));
  bp_json_add_int_or_null (b, "position_among_neighbours", c->position,
                           c->position > 0 && c->n_neighbours > 0);
  json_builder_set_member_name (b, "neighbours");
  json_builder_add_int_value (b, c->n_neighbours);
  add_verdict (b, "vs_family", c, local_value, "FAMILY");
  add_verdict (b, "vs_region", c, local_value, "REGION");
  add_verdict (b, "vs_national", c, local_value, "NATIONAL");
  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < c->rows->len; i++)
    _bp_json_benchmark (b, g_ptr_array_index (c->rows, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

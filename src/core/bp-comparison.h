/* bp-comparison.h: an indicator's published comparators side by side (domain.md section
 * 8): the area's own figure, its family, region, England and Wales and each named
 * neighbour, best first; the area's rank as published and its movement; and the words
 * that say whether a figure is better or worse than a comparator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bp-indicators.h"

G_BEGIN_DECLS

/* Which way is good for an indicator's figure. */
typedef enum
{
  BP_BETTER_NEITHER, /* no direction is better (how many are known to wider services) */
  BP_BETTER_LOWER,   /* first time entrants, custody, reoffending */
  BP_BETTER_HIGHER,  /* suitable accommodation, ETE, ... */
} BpBetter;

typedef enum
{
  BP_VERDICT_NONE,   /* nothing to compare, or no direction */
  BP_VERDICT_BETTER,
  BP_VERDICT_SAME,   /* equal at the comparator's published precision */
  BP_VERDICT_WORSE,
} BpVerdict;

typedef struct
{
  const char        *code;             /* the benchmark code, "FTE_RATE" */
  BpBetter           better;
  GPtrArray         *rows;             /* (element-type BpBenchmark) (transfer container):
                                        * every row of @code, best first (ascending when
                                        * neither is better); borrowed from the report */
  const BpBenchmark *own;              /* (nullable) the area's own published figure */
  int                rank;             /* the own row's rank as published; 0: none */
  int                rank_of;
  int                previous_rank;    /* the own row's rank the period before; 0: none */
  int                position;         /* the area's place among itself and its named
                                        * neighbours, 1 the best; 0: no own row */
  int                n_areas;          /* the area and its named neighbours */
  guint              n_neighbours;
} BpComparison;

void        bp_comparison_init       (BpComparison      *comparison,
                                      const char        *code,
                                      BpBetter           better,
                                      GPtrArray         *benchmarks,
                                      GPtrArray         *previous);
void        bp_comparison_clear      (BpComparison      *comparison);

BpVerdict   bp_compare_with          (BpBetter           better,
                                      double             value,
                                      const BpBenchmark *comparator);
BpVerdict   bp_comparison_movement   (const BpComparison *comparison);
const char *bp_better_name           (BpBetter           better);
const char *bp_verdict_name          (BpVerdict          verdict);

char       *bp_comparison_rank_text  (const BpComparison *comparison);
char       *bp_comparison_verdicts_text (const BpComparison *comparison,
                                         double              local_value,
                                         const char         *unit);
char       *bp_comparison_verdict_against (const BpComparison *comparison,
                                           double              local_value,
                                           const char         *unit,
                                           const char         *area_type);
char       *bp_comparison_verdict_sentence (const BpComparison *comparison,
                                            double              local_value,
                                            const char         *unit);
char       *bp_comparison_own_sentence (const BpComparison *comparison);
const char *bp_comparison_why_own_differs (void);
const char *bp_comparison_row_kind   (const BpBenchmark  *row);
char       *bp_comparison_neighbours_text (const BpComparison *comparison);


/* The comparisons of the indicators whose figures the YJB publishes */
void        bp_rate_comparison        (const BpRateIndicator     *ind,
                                       BpComparison              *comparison);
void        bp_reoffending_comparison (const BpReoffendingCohort *cohort,
                                       gboolean                   year,
                                       BpComparison              *comparison);

G_END_DECLS

/* bp-indicator-private.h: what the indicator modules of core share
 *
 * For src/core only: the case records' common tests (in a period, counted, the outcome
 * type's flags), the comparators of a period, and the text report's layout helpers.
 */
#pragma once

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bp-indicator.h"
#include "bp-i18n.h"
#include "bp-report-format.h"

G_BEGIN_DECLS

extern guint8 _bp_type_flags[BP_N_OUTCOME_TYPES];
extern guint8 _bp_type_tier[BP_N_OUTCOME_TYPES];

void        _bp_indicator_init_tables (void);

static inline gboolean
_bp_in_period (BpDay           day,
               const BpPeriod *p)
{
  return day != BP_DAY_INVALID && day >= p->start && day <= p->end;
}

/* Indicators count children aged 10-17 at the outcome date whose status is Local
 * (worked out once, when the case data is made). */
static inline gboolean
_bp_counts (const BpCaseRecord *r)
{
  return (r->bits & BP_CASE_COUNTS) != 0;
}

static inline BpOutcomeFlags
_bp_flags_of (const BpCaseRecord *r)
{
  return (BpOutcomeFlags) _bp_type_flags[r->type];
}

static inline BpTier
_bp_tier_of (const BpCaseRecord *r)
{
  return (BpTier) _bp_type_tier[r->type];
}

static inline int
_bp_age_at (const BpCaseRecord *r,
            BpDay               when)
{
  return bp_age_at (r->date_of_birth, when);
}

/* The 12 months to the input's period end, and the 12 months before them. */
static inline BpPeriod
_bp_this_year (const BpIndicatorInput *input)
{
  return bp_rolling_year (input->period_end);
}

static inline BpPeriod
_bp_year_before (const BpIndicatorInput *input)
{
  return bp_rolling_year (bp_quarter_end_add (input->period_end, -4));
}

GPtrArray  *_bp_find_benchmarks       (BpStore            *store,
                                       const char *const  *codes,
                                       int                 n_codes,
                                       const BpPeriod     *period);

/* Text report helpers (bp-report-format.c). */
void        _bp_text_padded           (GString            *out,
                                       const char         *text,
                                       glong               width,
                                       gboolean            right);
void        _bp_text_comparators      (GString            *out,
                                       GPtrArray          *benchmarks,
                                       const char         *code);
void        _bp_text_own_figure       (GString            *out,
                                       const BpComparison *comparison);
void        _bp_text_comparison       (GString            *out,
                                       const BpComparison *comparison,
                                       double              local_value,
                                       const char         *unit);
void        _bp_json_comparison       (JsonBuilder        *b,
                                       const BpComparison *comparison,
                                       double              local_value);
void        _bp_json_benchmark        (JsonBuilder        *b,
                                       const BpBenchmark  *benchmark);
void        _bp_json_benchmarks       (JsonBuilder        *b,
                                       GPtrArray          *benchmarks);

/* The headline rates (bp-rate.c), for bp-fte.c and bp-custody.c. */
typedef struct
{
  BpDay  day;
  guint8 sex;
  guint8 age;
  guint8 ethnic_group;
} BpRateEvent;

void        _bp_rate_compute          (BpRateIndicator        *ind,
                                       BpRateKind              kind,
                                       GArray                 *events,
                                       const BpIndicatorInput *input,
                                       const char *const      *codes);
void        _bp_rate_clear            (BpRateIndicator        *ind);
void        _bp_rate_to_json          (const BpReport         *report,
                                       gconstpointer           value,
                                       JsonBuilder            *b);
void        _bp_rate_to_text          (const BpReport         *report,
                                       gconstpointer           value,
                                       GString                *out);
void        _bp_rate_to_csv           (const BpReport         *report,
                                       gconstpointer           value,
                                       GString                *out);

G_END_DECLS

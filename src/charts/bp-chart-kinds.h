/* bp-chart-kinds.h: the Boardpack charts, each built from a plain input struct
 *
 * Inputs hold full-precision values; the builders round only for display (half away
 * from zero). Strings are copied: the input may be freed once the builder returns.
 * A missing value is NAN; an unknown count is negative.
 *
 * Ethnic groups and stages are given by their English names as src/core returns them
 * (bp_ethnic_group_name(), bp_stage_description()): the builders translate them where
 * they show them, and use whole translated phrases for core's groups ("Black
 * children"). Every other string (titles, labels, area and comparator names, noun
 * phrases) is shown as given, so a caller passes it already translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-chart.h"
#include "bp-comparison.h"

G_BEGIN_DECLS

typedef enum
{
  BP_CHART_KIND_FTE,
  BP_CHART_KIND_CUSTODY,
  BP_CHART_KIND_REOFFENDING,
  BP_CHART_KIND_RRI,
  BP_CHART_KIND_ETHNICITY,
} BpChartKind;

/* ---- fte / custody: rate per rolling 12 months over quarter ends ---------------- */

typedef enum
{
  BP_CHART_COMPARATOR_FAMILY,   /* YJS family: "the YJS family average was 160" */
  BP_CHART_COMPARATOR_REGION,   /* "the London rate was 170" */
  BP_CHART_COMPARATOR_NATIONAL, /* "the England and Wales rate was 150" */
} BpChartComparatorRole;

typedef struct
{
  const char *label;      /* period end, e.g. "Mar 2024": the 12 months to 31 Mar 2024 */
  double      value;      /* rate (per 100,000 or per 1,000); NAN: missing */
  gint64      count;      /* first time entrants / custodial sentences; < 0: unknown */
  gint64      population; /* 10-17 population used; < 0: unknown */
} BpChartRatePoint;

typedef struct
{
  BpChartComparatorRole   role;
  const char             *name;   /* "YJS family", "London", "England and Wales" */
  const BpChartRatePoint *points; /* n_points entries aligned with the local points
                                   * (labels ignored); NULL: comparator absent */
} BpChartComparator;

typedef struct
{
  BpChartKind              kind;          /* BP_CHART_KIND_FTE or BP_CHART_KIND_CUSTODY */
  const char              *title;         /* NULL: "First time entrants" / "Use of custody" */
  const char              *subtitle;      /* NULL: a default that says what the rate is */
  const char              *source;        /* NULL: no source line */
  const char              *local_name;    /* NULL: "Local" */
  const BpChartRatePoint  *points;        /* oldest first, consecutive quarter ends */
  guint                    n_points;      /* usually 12 */
  const BpChartComparator *comparators;   /* NULL if none */
  guint                    n_comparators;
} BpChartRateInput;

/* ---- reoffending: binary rate (bars) and frequency (line, secondary axis) ------- */

typedef struct
{
  const char *label;                /* "Apr-Jun 2022" */
  double      rate;                 /* children who reoffended, %; NAN: missing */
  double      frequency;            /* reoffences per child in the cohort; NAN: missing */
  gint64      cohort;               /* children in the cohort; < 0: unknown */
  gint64      reoffenders;          /* < 0: unknown */
  gint64      reoffences;           /* < 0: unknown */
  gboolean    follow_up_incomplete; /* drawn hatched and said so */
} BpChartReoffendingCohort;

/* A published comparator of the reoffending rate, a line over the cohorts' bars. */
typedef struct
{
  BpChartComparatorRole  role;
  const char            *name;   /* "YJS Family Average", "England and Wales" */
  const double          *rates;  /* n_cohorts entries, %; NAN where none is published */
} BpChartReoffendingComparator;

typedef struct
{
  const char                         *title;    /* NULL: "Proven reoffending" */
  const char                         *subtitle; /* NULL: default */
  const char                         *source;
  const BpChartReoffendingCohort     *cohorts;  /* oldest first, up to 8 */
  guint                               n_cohorts;
  const BpChartReoffendingComparator *comparators; /* NULL if none */
  guint                               n_comparators;
} BpChartReoffendingInput;

/* ---- rri: relative rate index per ethnic group, log scale, 95% CI --------------- */

typedef enum
{
  BP_CHART_SIGNIFICANCE_NONE,   /* CI includes 1, or no CI */
  BP_CHART_SIGNIFICANCE_HIGHER, /* lower bound above 1 */
  BP_CHART_SIGNIFICANCE_LOWER,  /* upper bound below 1 */
} BpChartSignificance;

typedef struct
{
  const char         *group;        /* "Black", "Ethnic minority groups" (English) */
  const char         *noun_phrase;  /* NULL: "Black children" ("Children from ethnic
                                     * minority groups" for "Ethnic minority groups") */
  gint64              count;        /* children of the group at the stage; < 0: unknown */
  double              rri;          /* NAN: no data */
  double              ci_low;       /* NAN: no interval */
  double              ci_high;
  BpChartSignificance significance;
  const char         *symbol;       /* NULL, or e.g. "[c]" shown instead of "no data" */
} BpChartRriGroup;

typedef struct
{
  const char            *title;           /* NULL: default naming the stage */
  const char            *subtitle;        /* NULL: default */
  const char            *source;
  const char            *stage;           /* NULL: "cautioned or sentenced" (English);
                                           * used as "to be <stage>" and
                                           * "children <stage>" */
  const char            *reference_group; /* NULL: "White" (English) */
  gint64                 reference_count; /* children of the reference group; < 0: unknown */
  const BpChartRriGroup *groups;          /* one row each, top to bottom */
  guint                  n_groups;
  double                 threshold;       /* practical threshold line (e.g. 1.25); 0 or
                                           * NAN: none */
} BpChartRriInput;

/* ---- ethnicity: shares of children against population shares -------------------- */

typedef struct
{
  const char *group;            /* "Black" (English) */
  const char *noun_phrase;      /* NULL: as for BpChartRriGroup */
  gint64      count;            /* children of the group at the stage; < 0: unknown */
  double      share;            /* % of children at the stage (Unknown excluded); NAN: missing */
  gint64      population;       /* 10-17 population of the group; < 0: unknown */
  double      population_share; /* % of the 10-17 population; NAN: missing */
  const char *symbol;           /* NULL, or e.g. "[c]" shown for a missing share */
} BpChartEthnicityGroup;

typedef struct
{
  const char                  *title;            /* NULL: default naming the stage */
  const char                  *subtitle;         /* NULL: default */
  const char                  *source;
  const char                  *stage;            /* NULL: "cautioned or sentenced"
                                                  * (English) */
  const char                  *population_label; /* NULL: "10-17 population" */
  const BpChartEthnicityGroup *groups;           /* one row each, top to bottom */
  guint                        n_groups;
} BpChartEthnicityInput;

/* ---- counts: counts by category, one or more series side by side ------------------ */

typedef struct
{
  const char   *name;     /* "2024/25", "The year before" */
  gboolean      hatched;  /* drawn hatched, so the series differ without colour */
  const gint64 *counts;   /* n_categories counts; < 0: not shown */
  const char  **symbols;  /* (nullable) n_categories: e.g. "[c]" drawn for a count not
                           * shown; NULL entries: "no data" */
} BpChartCountSeries;

typedef struct
{
  const char               *title;
  const char               *subtitle;   /* (nullable) */
  const char               *source;     /* (nullable) */
  const char               *axis;       /* the unit under the axis, "Outcomes" */
  const char *const        *categories; /* n_categories labels, top to bottom */
  guint                     n_categories;
  const BpChartCountSeries *series;
  guint                     n_series;
} BpChartCountsInput;

/* ---- share trend: a percentage over consecutive periods, with its parts --------------- */

typedef struct
{
  const char *label;    /* the period, "Jan-Mar 2024" */
  gint64      part;     /* < 0: not shown (suppressed) */
  gint64      whole;    /* 0: no percentage; < 0: not shown */
} BpChartSharePoint;

typedef struct
{
  const char              *title;
  const char              *subtitle;  /* (nullable) */
  const char              *source;    /* (nullable) */
  const char              *name;      /* the series, "Suitable accommodation" */
  const char              *axis;      /* the unit, "% of children" */
  const BpChartSharePoint *points;    /* oldest first */
  guint                    n_points;
} BpChartShareTrendInput;

BpChart    *bp_chart_new_counts      (const BpChartCountsInput      *input);
/* ---- shares: percentages by category, one or more series side by side -------------- */

typedef struct
{
  const char              *name;     /* "Jan-Mar 2024" */
  gboolean                 hatched;
  const BpChartSharePoint *points;   /* n_categories parts and wholes (labels ignored) */
} BpChartShareSeries;

typedef struct
{
  const char               *title;
  const char               *subtitle;   /* (nullable) */
  const char               *source;     /* (nullable) */
  const char               *axis;
  const char *const        *categories; /* top to bottom */
  guint                     n_categories;
  const BpChartShareSeries *series;
  guint                     n_series;
} BpChartSharesInput;

/* ---- funnel: children at each stage, each stage within the one above --------------- */

typedef struct
{
  const char *label;  /* "Screened" */
  gint64      count;  /* < 0: not shown */
  const char *symbol; /* (nullable) drawn for a count not shown ("[c]"); NULL: "no data" */
} BpChartFunnelStage;

typedef struct
{
  const char               *title;
  const char               *subtitle; /* (nullable) */
  const char               *source;   /* (nullable) */
  const char               *name;     /* the series, "Children, 12 months to Mar 2025" */
  const BpChartFunnelStage *stages;   /* top to bottom, each a part of the one above */
  guint                     n_stages;
} BpChartFunnelInput;

/* ---- stacked: the parts of a whole, one bar per category ---------------------------- */

typedef struct
{
  const char   *name;    /* "Suitable", "Not suitable", "Not recorded" */
  gboolean      hatched; /* so neighbouring parts differ without colour */
  const gint64 *counts;  /* n_categories counts; < 0: not shown */
} BpChartStackPart;

typedef struct
{
  const char              *title;
  const char              *subtitle;     /* (nullable) */
  const char              *source;       /* (nullable) */
  const char              *axis;         /* the unit under the axis, "Children" */
  const char *const       *categories;   /* n_categories labels, top to bottom */
  const char *const       *notes;        /* (nullable) n_categories notes at the right */
  const char              *notes_header; /* (nullable) */
  const char *const       *symbols;      /* (nullable) n_categories: drawn when a row's
                                          * parts are not shown ("[c]") */
  guint                    n_categories;
  const BpChartStackPart  *parts;        /* left to right */
  guint                    n_parts;
} BpChartStackedInput;

BpChart    *bp_chart_new_comparison  (const BpComparison            *comparison,
                                      const char                    *title,
                                      const char                    *axis,
                                      const char                    *unit);
BpChart    *bp_chart_new_funnel      (const BpChartFunnelInput      *input);
BpChart    *bp_chart_new_stacked     (const BpChartStackedInput     *input);
BpChart    *bp_chart_new_share_trend (const BpChartShareTrendInput  *input);
BpChart    *bp_chart_new_shares      (const BpChartSharesInput      *input);
BpChart    *bp_chart_new_rate        (const BpChartRateInput        *input);
BpChart    *bp_chart_new_reoffending (const BpChartReoffendingInput *input);
BpChart    *bp_chart_new_rri         (const BpChartRriInput         *input);
BpChart    *bp_chart_new_ethnicity   (const BpChartEthnicityInput   *input);

gboolean    bp_chart_kind_from_string (const char  *name,
                                       BpChartKind *kind);
const char *bp_chart_kind_to_string   (BpChartKind  kind);

G_END_DECLS

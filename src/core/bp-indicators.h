/* bp-indicators.h: the indicators of domain.md sections 1-8 */
#pragma once

#include "bp-case-data.h"
#include "bp-data-quality.h"
#include "bp-format.h"
#include "bp-population.h"
#include "bp-store.h"

G_BEGIN_DECLS

#define BP_INDICATORS_ERROR (bp_indicators_error_quark ())

typedef enum
{
  BP_INDICATORS_ERROR_NO_DATA,    /* nothing imported to report on */
  BP_INDICATORS_ERROR_BAD_PERIOD, /* the period end is not a quarter end */
} BpIndicatorsError;

typedef enum
{
  BP_STAGE_CAUTIONED_OR_SENTENCED,
  BP_STAGE_FTE,
  BP_STAGE_CUSTODY,
  BP_STAGE_REMAND,
  BP_STAGE_DIVERSION,    /* an out-of-court (diversionary) outcome in the year */
  BP_STAGE_ANY_OUTCOME,  /* any outcome, remands and bail included */
  BP_N_STAGES
} BpStage;

#define BP_SERIES_QUARTERS 12
/* Below this count in either period a change is said in counts, never as a percentage
 * (the n/a rule of domain.md section 7, for every indicator). */
#define BP_SMALL_COUNT 10
#define BP_REOFFENDING_SERIES 8
#define BP_DISPARITY_YEARS 5
/* Room for the indicators of the registry (bp-indicator-registry.c). */
#define BP_MAX_INDICATORS 32

typedef struct
{
  char   *indicator;     /* FTE_RATE, CUSTODY_RATE, REOFF_... */
  char   *area_type;     /* YJS, FAMILY, REGION, NATIONAL */
  char   *area_name;
  char   *value_text;    /* as published */
  double  value;
  char   *numerator;     /* (nullable) as published */
  char   *denominator;   /* (nullable) as published */
  int     rank;          /* 0: not given */
  int     rank_of;
  char   *source;        /* (nullable) */
  gboolean own;          /* a YJS row of the area itself (bp_store_set_area()); other
                          * YJS rows are neighbours' */
} BpBenchmark;

/* A count over a period and its rate; NAN where it cannot be computed. */
typedef struct
{
  BpPeriod    period;
  gint64      count;
  gint64      population;      /* -1: no population for the period */
  int         population_year; /* 0: none */
  const char *population_source;
  const char *population_other_source; /* (nullable): a second total of that year, not used */
  gint64      population_other;
  double      rate;            /* per 100,000 (FTE) or per 1,000 (custody) */
  GPtrArray  *benchmarks;      /* (element-type BpBenchmark) comparators as published */
} BpRateValue;

typedef struct
{
  const char *label;
  gint64      count;
  gint64      population;  /* -1: not available for this breakdown */
  double      rate;
} BpBreakdown;

typedef enum
{
  BP_RATE_FTE,
  BP_RATE_CUSTODY,
} BpRateKind;

typedef struct
{
  BpRateKind  kind;
  const char *code;         /* its published benchmark code (the registry's) */
  double      per;          /* 100,000 or 1,000 */
  BpRateValue current;
  BpRateValue previous;
  double      change_pct;   /* of the rate; NAN when not computable */
  BpRateValue series[BP_SERIES_QUARTERS]; /* oldest first; the last is current */
  BpBreakdown by_sex[BP_N_SEXES];
  BpBreakdown by_age[2];    /* 10-14, 15-17 */
  BpBreakdown by_ethnicity[BP_N_ETHNIC_GROUPS];
  char       *note;         /* (nullable) why a figure is missing */
} BpRateIndicator;

/* A part of a reoffending cohort: its children, those who reoffended, their reoffences. */
typedef struct
{
  gint64 cohort;
  gint64 reoffenders;
  gint64 reoffences;
} BpReoffendingCount;

/* A cohort by the child's sex, age band (10-14, 15-17) and ethnic group, and by the tier
 * of the index event (a release from custody is custody), all at the index event. */
typedef struct
{
  BpReoffendingCount by_sex[BP_N_SEXES];
  BpReoffendingCount by_age[2];
  BpReoffendingCount by_group[BP_N_ETHNIC_GROUPS];
  BpReoffendingCount by_tier[BP_N_TIERS];
} BpReoffendingBreakdowns;

typedef struct
{
  BpPeriod   cohort;
  gint64     cohort_size;
  gint64     reoffenders;
  gint64     reoffences;
  double     binary_rate;       /* % */
  double     frequency;         /* reoffences per child in the cohort */
  double     per_reoffender;
  gboolean   follow_up_complete;
  GPtrArray *benchmarks;        /* (element-type BpBenchmark) */
  GPtrArray *previous_benchmarks; /* (nullable) the same cohort a year earlier, as
                                   * published: the latest 3-month and 12-month cohorts */
  BpReoffendingBreakdowns breakdowns;
} BpReoffendingCohort;

/* The measures of a cohort the YJB publishes (bp_reoffending_code()). */
typedef enum
{
  BP_REOFF_BINARY,
  BP_REOFF_FREQUENCY,
  BP_REOFF_PER_REOFFENDER,
  BP_N_REOFF_MEASURES
} BpReoffendingMeasure;

typedef struct
{
  BpReoffendingCohort quarter;
  BpReoffendingCohort year;
  BpReoffendingCohort series[BP_REOFFENDING_SERIES]; /* 3-month cohorts, oldest first */
  char               *note;
} BpReoffending;

/* Asian, Black, Mixed, Other, White, then "Ethnic minority groups". */
#define BP_DISPARITY_N_ROWS 6
#define BP_DISPARITY_MINORITIES 5

typedef struct
{
  const char *group;
  gint64      count;
  gint64      population;          /* -1: no population */
  double      rate;                /* per 100,000 */
  double      share;               /* % of children of known ethnicity */
  double      population_share;    /* % */
  double      pp_difference;
  double      rri;
  double      ci_low;
  double      ci_high;
  const char *significance;        /* "higher", "lower", "none"; NULL for White or no CI */
  gint64      previous_count;
  double      change_pct;          /* NAN: n/a (a count below 10 in either year) */
  double      pp_change;
} BpDisparityRow;

typedef struct
{
  BpPeriod year;
  double   rri[BP_DISPARITY_N_ROWS];
  double   ci_low[BP_DISPARITY_N_ROWS];
  double   ci_high[BP_DISPARITY_N_ROWS];
  gint64   count[BP_DISPARITY_N_ROWS];
} BpDisparityYear;

/* The six-year series of counts and shares (domain.md 11 (d)): always single financial
 * years, whatever the pooling, ending with the disparity year. */
#define BP_DISPARITY_TREND_YEARS 6

typedef struct
{
  BpPeriod year;
  gint64   total;
  gint64   known_total;
  gint64   count[BP_DISPARITY_N_ROWS];
  double   share[BP_DISPARITY_N_ROWS];  /* % of children of known ethnicity; NAN: none */
} BpDisparityTrendYear;

/* A change between two years of the trend: NAN (n/a) when the count is below 10 in
 * either year. */
typedef struct
{
  double change_pct;
  double pp_change;
} BpDisparityChange;

typedef struct
{
  BpStage         stage;
  BpPeriod        year;     /* the (last) financial year */
  int             years;    /* pooled over this many years, ending with @year: 1 to 3 */
  gboolean        by_tier;  /* only outcomes of @tier count (report --tier) */
  BpTier          tier;
  BpPeriod        pooled;   /* from the first pooled year's start to @year's end */
  gint64          total;
  gint64          unknown_count;
  gint64          known_total;
  gboolean        unknown_warning;
  int             population_year;
  const char     *population_source;
  BpDisparityRow  rows[BP_DISPARITY_N_ROWS];
  BpDisparityYear series[BP_DISPARITY_YEARS]; /* oldest first; the last is this year */
  BpDisparityTrendYear trend[BP_DISPARITY_TREND_YEARS]; /* oldest first */
  BpDisparityChange change_5y[BP_DISPARITY_N_ROWS]; /* the trend's first year to its last */
  BpDisparityChange change_1y[BP_DISPARITY_N_ROWS]; /* its last but one to its last */
  char           *note;
} BpDisparity;

typedef struct
{
  char            *area;        /* "" when no area is set (bp_store_set_area()) */
  gboolean         area_set;
  BpPeriod         period;
  BpDay            latest_outcome;
  BpRateIndicator  fte;
  BpRateIndicator  custody;
  BpReoffending    reoffending;
  BpDisparity      disparity;
  BpPopulation    *population;  /* (nullable) owned: population sources point into it */
  BpDataQuality   *quality;     /* (nullable) owned: filled by bp_report_compute() */
  char            *data_note;   /* (nullable): what loading the data said, once (a damaged
                                 * cache rebuilt) */
  /* Each indicator of the registry, by its index there (bp_report_value()): NULL, with
   * a note, when it could not be computed. The headline four point at the fields above. */
  gpointer         values[BP_MAX_INDICATORS];
  char            *notes[BP_MAX_INDICATORS];
} BpReport;

typedef struct
{
  BpDay   period_end;  /* BP_DAY_INVALID: the default */
  BpStage stage;
  int     years;       /* the disparity pooled over 1 (0 too), 2 or 3 financial years */
  gboolean by_tier;    /* the disparity of the outcomes of @tier only */
  BpTier   tier;
} BpReportOptions;

GQuark      bp_indicators_error_quark      (void);
const char *bp_reoffending_code            (BpReoffendingMeasure measure,
                                            gboolean           year);
gboolean    bp_change_too_small            (gint64             before,
                                            gint64             now);
const BpBenchmark *bp_benchmark_find       (GPtrArray         *benchmarks,
                                            const char        *indicator,
                                            const char        *area_type);
const char *bp_stage_name                  (BpStage            stage);
gboolean    bp_stage_parse                 (const char        *text,
                                            BpStage           *out_stage);
const char *bp_stage_description           (BpStage            stage);
char       *bp_disparity_period_label      (const BpDisparity *d);
const char *bp_benchmark_code_name        (const char        *code);

BpDay       bp_default_period_end          (BpDay              latest_outcome);
BpPeriod    bp_rolling_year                (BpDay              period_end);
BpPeriod    bp_reoffending_quarter_cohort  (BpDay              period_end);
BpPeriod    bp_reoffending_year_cohort     (BpDay              period_end);
BpPeriod    bp_disparity_year              (BpDay              period_end);

void        bp_rri_confidence_interval     (gint64             n_group,
                                            gint64             p_group,
                                            gint64             n_white,
                                            gint64             p_white,
                                            double            *out_rri,
                                            double            *out_low,
                                            double            *out_high);

BpReport   *bp_report_compute              (BpStore           *store,
                                            const BpReportOptions *options,
                                            GError           **error);
BpReport   *bp_report_compute_from         (BpCaseData        *cases,
                                            BpPopulation      *population,
                                            BpStore           *store,
                                            const BpReportOptions *options,
                                            GError           **error);
void        bp_report_free                 (BpReport          *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpReport, bp_report_free)

G_END_DECLS

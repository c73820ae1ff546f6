/* bp-kpis.h: the ten key performance indicators of April 2023 (kpis.md), one indicator
 * of the registry ("kpis") holding all ten, for the quarter, the year and 8 quarters
 */
#pragma once

#include "bp-indicator.h"
#include "bp-kpi-data.h"

G_BEGIN_DECLS

typedef enum
{
  BP_KPI_ACCOMMODATION,
  BP_KPI_ETE,
  BP_KPI_SEND,
  BP_KPI_MENTAL_HEALTH,
  BP_KPI_SUBSTANCE_MISUSE,
  BP_KPI_OOCD,
  BP_KPI_BOARD,
  BP_KPI_WIDER_SERVICES,
  BP_KPI_SERIOUS_VIOLENCE,
  BP_KPI_VICTIMS,
  BP_N_KPIS
} BpKpiKind;

#define BP_KPI_SERIES 8

/* A percentage over the children it was recorded for: @yes of @known, @unknown beside. */
typedef struct
{
  gint64 cohort;
  gint64 known;
  gint64 yes;
} BpKpiShare;

/* A screened need, and of those the intervention offered, and of those attending. */
typedef struct
{
  gint64 cohort;
  gint64 screened;  /* need recorded, yes or no */
  gint64 need;
  gint64 offered;
  gint64 attending;
} BpKpiFunnel;

typedef struct
{
  BpPeriod   period;
  gint64     cohort;                               /* KPIs 1-5 and 8 */
  gint64     cohort_by_type[BP_N_INTERVENTION_TYPES];
  BpKpiShare accommodation, accommodation_start;
  BpKpiShare accommodation_by_type[BP_N_INTERVENTION_TYPES];
  BpKpiShare ete, ete_start, ete_school_age, ete_above_school_age;
  BpKpiShare ete_by_type[BP_N_INTERVENTION_TYPES];
  double     hours_offered_sum, hours_attended_sum;
  gint64     hours_offered_n, hours_attended_n;
  gint64     send_known, send_identified, send_with_plan, send_in_suitable_ete;
  BpKpiFunnel mental_health, substance_misuse;
  /* KPI 6 */
  gint64     oocd_ended, oocd_completed, oocd_not_completed, oocd_unknown;
  gint64     oocd_by_type[BP_N_INTERVENTION_TYPES];
  /* KPI 7 */
  gint64     meetings, senior_expected, senior_attended, deputies, presented;
  gint64     partner_expected[BP_N_PARTNERS], partner_attended[BP_N_PARTNERS];
  /* KPI 8 */
  gint64     wider_known, wider_any, wider[BP_N_WIDER_SERVICES];
  /* KPI 9 */
  gint64     sv_children, sv_offences, sv_population;
  int        sv_population_year;
  double     sv_rate;                              /* per 100,000; NAN: no population */
  /* KPI 10 */
  gint64     victims, victims_contacted, victims_consented, victims_rj_engaged;
  gint64     victims_support_requested, victims_support_given;
} BpKpiPeriod;

typedef struct
{
  BpKpiPeriod quarter;
  BpKpiPeriod year;
  BpKpiPeriod series[BP_KPI_SERIES]; /* the last is the quarter */
  gboolean    have[BP_N_KPIS];       /* FALSE: its input was never imported */
  GPtrArray  *benchmarks[BP_N_KPIS]; /* (element-type BpBenchmark) as published: the
                                      * quarter's, then the 12 months' */
  GPtrArray  *quarter_benchmarks[BP_N_KPIS];  /* the quarter's alone */
  GPtrArray  *previous_benchmarks[BP_N_KPIS]; /* the same quarter a year before */
} BpKpis;

typedef struct
{
  gint64   part;
  gint64   whole;
  gint64   unknown;  /* not recorded; -1: a KPI with no "not recorded" */
  gboolean warning;  /* more than 10% not recorded */
  double   value;    /* the percentage, or serious violence's rate per 100,000 */
} BpKpiHeadline;

const char *bp_kpi_key            (BpKpiKind            kind);
const char *bp_kpi_title          (BpKpiKind            kind); /* N_() */
const char *bp_kpi_code           (BpKpiKind            kind);
BpBetter    bp_kpi_better         (BpKpiKind            kind);
void        bp_kpi_comparison     (const BpKpis        *kpis,
                                   BpKpiKind            kind,
                                   BpComparison        *comparison);
const char *bp_kpi_missing_note   (BpKpiKind            kind); /* N_(): which file gives it */
const char *bp_kpi_definition     (BpKpiKind            kind); /* translated */
BpKpiHeadline bp_kpi_headline      (BpKpiKind            kind,
                                   const BpKpiPeriod   *period);
const char *bp_kpi_headline_label (BpKpiKind            kind); /* N_() */
double      bp_kpi_share_pct      (const BpKpiShare    *share);
gboolean    bp_kpi_share_warning  (const BpKpiShare    *share);
double      bp_kpi_pct            (gint64               part,
                                   gint64               whole);
char       *bp_kpi_disclosure_key (BpKpiKind            kind,
                                   int                  q,
                                   const char          *measure);
void        bp_kpi_period_compute (BpKpiPeriod         *out,
                                   const BpKpiData     *data,
                                   const BpIndicatorInput *input,
                                   const BpPeriod      *period);

/* For bp-kpis-format.c */
void        _bp_kpis_to_json      (const BpReport      *report,
                                   gconstpointer        value,
                                   JsonBuilder         *builder);
void        _bp_kpis_to_text      (const BpReport      *report,
                                   gconstpointer        value,
                                   GString             *out);
void        _bp_kpis_to_csv       (const BpReport      *report,
                                   gconstpointer        value,
                                   GString             *out);

extern const BpIndicator bp_kpis_indicator;

G_END_DECLS

/* bp-data-quality.h: what the figures rest on, and what the data holds that they leave out */
#pragma once

#include "bp-case-data.h"
#include "bp-population.h"
#include "bp-store.h"

G_BEGIN_DECLS

/* A value imported that no code table knows, kept as written beside what it was read as. */
typedef struct
{
  char   *value;     /* as imported */
  gint64  outcomes;  /* rows holding it */
} BpUnrecognisedValue;

/* Facts about the imported data, for the Data page, the text report and the pack. */
typedef struct
{
  gint64     outcome_rows;
  gint64     children;
  gint64     children_unknown_ethnicity; /* by the child's latest outcome */
  BpDay      first_outcome;
  BpDay      latest_outcome;
  GArray    *missing_population_years;   /* (element-type int): years with outcomes but no
                                          * 10-17 population estimate of their own */
  gboolean   census_by_ethnicity;        /* a 10-17 population by ethnic group is held */
  gboolean   population_by_sex;          /* a 10-17 population by sex is held */
  gboolean   any_population;             /* any 10-17 population is held */

  /* Imported as the spec says, but never silently (domain.md section 1, data-formats.md):
   * each is shown with its count. */
  GPtrArray *unrecognised_ethnicity;     /* (element-type BpUnrecognisedValue) read as
                                          * Unknown; most rows first */
  gint64     outside_age_outcomes;       /* Local outcomes of children not aged 10-17 on
                                          * the outcome date: not counted */
  gint64     outside_age_children;
  gint64     other_area_outcomes;        /* outcomes of other areas' children (local_status
                                          * Other): not counted */
  gint64     other_area_children;
} BpDataQuality;

/* What the store holds, as the Data page and the pack's data quality sheet list it. */
typedef struct
{
  gint64  id;
  char   *kind;          /* outcomes, population, benchmarks */
  char   *file_name;     /* as the file system gave it */
  char   *imported_at;   /* ISO 8601, UTC */
  char   *encoding;
  gint64  rows_new;
  gint64  rows_updated;
  gint64  rows_unchanged;
  gint64  rows_rejected;
} BpImportRecord;

typedef struct
{
  char   *file_name;
  gint64  line;
  char   *message;
  char   *imported_at;
} BpRejectRecord;

typedef struct
{
  int       year;
  char     *source;
  gint64    rows;
  gboolean  by_age;      /* single ages or bands, not only 10-17 */
  gboolean  by_sex;
  gboolean  by_group;    /* by ethnic group */
} BpPopulationSource;

typedef struct
{
  char   *source;        /* "" when none was given */
  char   *indicators;    /* the codes held, comma-separated */
  gint64  rows;
  BpDay   first_end;     /* the earliest and latest period ends */
  BpDay   last_end;
} BpBenchmarkSource;

typedef struct
{
  char     *indicator;
  BpPeriod  period;
  char     *area_type;
  char     *area_name;
  char     *value_text;
  int       rank;        /* 0: not given */
  int       rank_of;
  char     *source;
} BpBenchmarkRecord;

GPtrArray     *bp_data_quality_imports           (BpStore         *store,
                                                  gboolean         newest_first,
                                                  guint            limit,
                                                  GError         **error);
GPtrArray     *bp_data_quality_rejects           (BpStore         *store,
                                                  guint            limit,
                                                  gint64          *out_total,
                                                  GError         **error);
GPtrArray     *bp_data_quality_population_sources (BpStore        *store,
                                                  gboolean         newest_first,
                                                  GError         **error);
GPtrArray     *bp_data_quality_benchmark_sources (BpStore         *store,
                                                  GError         **error);
GPtrArray     *bp_data_quality_benchmarks_in     (BpStore         *store,
                                                  const BpPeriod  *periods,
                                                  guint            n_periods,
                                                  gint64          *out_held,
                                                  GError         **error);
BpDay          bp_data_quality_latest_extract    (BpStore         *store);

BpDataQuality *bp_data_quality_compute (BpStore        *store,
                                        BpCaseData     *cases,
                                        BpPopulation   *population);
void           bp_data_quality_free    (BpDataQuality  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpDataQuality, bp_data_quality_free)

G_END_DECLS

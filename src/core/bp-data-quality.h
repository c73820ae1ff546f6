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

BpDataQuality *bp_data_quality_compute (BpStore        *store,
                                        BpCaseData     *cases,
                                        BpPopulation   *population);
void           bp_data_quality_free    (BpDataQuality  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpDataQuality, bp_data_quality_free)

G_END_DECLS

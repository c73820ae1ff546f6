/* bp-population.h: 10-17 population totals by the rules of domain.md section 2 */
#pragma once

#include "bp-codes.h"
#include "bp-store.h"

G_BEGIN_DECLS

typedef struct _BpPopulation BpPopulation;

/* What to count. sex: 'M', 'F' or 0 for all; ethnic_group: a group, or -1 for all. */
typedef struct
{
  int  age_min;
  int  age_max;
  char sex;
  int  ethnic_group;
} BpPopulationFilter;

#define BP_POPULATION_ALL ((BpPopulationFilter) { 10, 17, 0, -1 })

typedef struct
{
  gint64      count;
  int         year;
  const char *source;  /* owned by the BpPopulation */
  const char *other_source; /* (nullable): another source of the same year and kind that
                             * was not used: a conflict the report names */
  gint64      other_count;
} BpPopulationTotal;

BpPopulation *bp_population_load  (BpStore                  *store,
                                   GError                  **error);
void          bp_population_free  (BpPopulation             *self);
gboolean      bp_population_total (BpPopulation             *self,
                                   int                       max_year,
                                   const BpPopulationFilter *filter,
                                   BpPopulationTotal        *out_total);
gboolean      bp_population_total_in_year (BpPopulation             *self,
                                           int                       year,
                                           const char               *source,
                                           const BpPopulationFilter *filter,
                                           gint64                   *out_count);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpPopulation, bp_population_free)

G_END_DECLS

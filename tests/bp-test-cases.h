/* bp-test-cases.h: an area built child by child, imported for real, for the indicator
 * tests (test-indicators.c, test-picture.c)
 */
#pragma once

#include "bp-date.h"
#include "bp-import.h"
#include "bp-indicators.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  BpStore *store;
  GString *outcomes;
  GString *population;
  GString *benchmarks;
  int next_id;
} Fixture;

typedef struct
{
  const char *ethnicity; /* default W1 */
  const char *local;     /* default blank (Local) */
  BpDay offence;         /* default: 10 days before the outcome; -1: none */
  const char *group;     /* offence group */
  BpDay release;
  BpDay dob;             /* default: born_aged (15, outcome) */
  char sex;              /* default M */
} Extra;

void        fixture_set_up    (Fixture       *f,
                               gconstpointer  data);
void        fixture_tear_down (Fixture       *f,
                               gconstpointer  data);
const char *iso               (BpDay          day);
BpDay       d                 (int            y,
                               int            m,
                               int            dd);
BpDay       born_aged         (int            age,
                               BpDay          when);
void        outcome           (Fixture       *f,
                               const char    *child,
                               BpDay          date,
                               const char    *type,
                               const Extra   *x);
void        import_all        (Fixture       *f);
BpReport   *report_for        (Fixture       *f,
                               BpDay          period_end,
                               BpStage        stage);

G_END_DECLS

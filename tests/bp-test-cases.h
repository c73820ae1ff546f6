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
  GString *interventions;
  GString *victims;
  GString *board;
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
  int gravity;           /* default blank */
} Extra;

/* The optional columns of an intervention, as written in the file (NULL: blank). */
typedef struct
{
  const char *end_reason;
  const char *acc_start, *acc_end, *ete_start, *ete_end;
  const char *send, *send_plan;
  const char *mh_need, *mh_offered, *mh_attending;
  const char *sm_need, *sm_offered, *sm_attending;
  const char *wider, *hours_offered, *hours_attended;
  const char *local;
  BpDay dob;             /* default: born_aged (15, start) */
} IExtra;

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
void        intervention      (Fixture       *f,
                               const char    *child,
                               const char    *type,
                               BpDay          start,
                               BpDay          end,
                               const IExtra  *x);
void        victim            (Fixture       *f,
                               BpDay          recorded,
                               const char    *contacted,
                               const char    *consented,
                               const char    *rj_engaged,
                               const char    *support_requested,
                               const char    *support_given);
void        board_row         (Fixture       *f,
                               BpDay          meeting,
                               const char    *partner,
                               const char    *member,
                               const char    *senior,
                               const char    *attended,
                               const char    *presented);
void        import_all        (Fixture       *f);
BpReport   *report_for        (Fixture       *f,
                               BpDay          period_end,
                               BpStage        stage);

G_END_DECLS

/* bp-case-data.h: the outcomes as compact records, grouped by child, for the indicators */
#pragma once

#include "bp-codes.h"
#include "bp-date.h"
#include "bp-store.h"

G_BEGIN_DECLS

typedef enum
{
  BP_CASE_LOCAL  = 1 << 0,
  BP_CASE_BREACH = 1 << 1,
  BP_CASE_COUNTS = 1 << 2, /* Local and aged 10-17 at the outcome date: indicators count it */
  BP_CASE_SERIOUS_VIOLENCE = 1 << 3, /* VATP, ROBBERY or DRUGS of gravity 5 or more (KPI 9) */
} BpCaseBits;

/* One outcome row: 24 bytes. Records of a child are contiguous, in outcome date order. */
typedef struct
{
  gint32 child;         /* dense child number; equal for all rows of a child */
  BpDay  date_of_birth;
  BpDay  outcome_date;
  BpDay  offence_date;  /* BP_DAY_INVALID when not given */
  BpDay  release_date;  /* BP_DAY_INVALID when not given */
  guint8 type;          /* BpOutcomeType */
  guint8 ethnic_group;  /* BpEthnicGroup */
  guint8 sex;           /* BpSex */
  guint8 bits;          /* BpCaseBits */
  guint8 offence_group; /* BpOffenceGroup; BP_OFFENCE_NONE when not given */
  guint8 gravity;       /* 1 to 8; 0 when not given */
} BpCaseRecord;

typedef struct
{
  BpCaseRecord *records;
  gsize         n_records;
  gsize         n_children;
  BpDay         latest_outcome; /* BP_DAY_INVALID when there are no records */
  char         *note;           /* (nullable): said once, e.g. a damaged cache was rebuilt */
} BpCaseData;

void        bp_case_data_prime     (BpStore             *store);
BpCaseData *bp_case_data_load      (BpStore             *store,
                                    GError             **error);
BpCaseData *bp_case_data_new       (const BpCaseRecord  *records,
                                    gsize                n_records);
void        bp_case_data_free      (BpCaseData          *self);
gboolean    _bp_case_data_validate (const BpCaseRecord  *records,
                                    gsize                n_records);
BpCaseData *_bp_case_data_from_cache (BpCaseRecord      *records,
                                      gsize              n_records);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpCaseData, bp_case_data_free)

G_END_DECLS

/* bp-offences.h: proven offences by offence group and gravity band (domain.md 11) */
#pragma once

#include "bp-indicator.h"

G_BEGIN_DECLS

/* Gravity bands 1-2, 3-4, 5-6, 7-8, then not recorded */
#define BP_OFFENCES_N_BANDS 5
#define BP_OFFENCES_BAND_NONE (BP_OFFENCES_N_BANDS - 1)

typedef struct
{
  BpPeriod period;
  gint64   offences;                          /* proven: YC, YCC or a court sentence */
  gint64   by_group[BP_N_OFFENCE_GROUPS];     /* [BP_OFFENCE_NONE]: not recorded */
  gint64   by_band[BP_OFFENCES_N_BANDS];
} BpOffencesYear;

typedef struct
{
  BpOffencesYear current;
  BpOffencesYear previous;
} BpOffences;

extern const BpIndicator bp_offences_indicator;

const BpOffences *bp_report_offences       (const BpReport *report);
const char       *bp_offences_group_name   (BpOffenceGroup  group); /* N_() */
const char       *bp_offences_group_key    (BpOffenceGroup  group);
const char       *bp_offences_band_key     (guint           band);
const char       *bp_offences_band_name    (guint           band); /* N_() */

G_END_DECLS

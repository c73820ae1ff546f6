/* bp-delays.h: days from offence to outcome (domain.md section 11) */
#pragma once

#include "bp-indicator.h"

G_BEGIN_DECLS

typedef enum
{
  BP_DELAY_COURT,         /* court sentences */
  BP_DELAY_OUT_OF_COURT,  /* informal and pre-court outcomes */
  BP_N_DELAY_KINDS
} BpDelayKind;

#define BP_DELAY_SERIES 8

typedef struct
{
  gint64 outcomes;      /* with an offence date */
  double median_days;   /* NAN: none */
  double q1_days;
  double q3_days;
  gint64 over_90_days;
} BpDelayStats;

typedef struct
{
  BpPeriod     period;
  BpDelayStats kinds[BP_N_DELAY_KINDS];
  BpDelayStats previous[BP_N_DELAY_KINDS];
  struct
  {
    BpPeriod quarter;
    double   median_days[BP_N_DELAY_KINDS];
    gint64   outcomes[BP_N_DELAY_KINDS];
  } series[BP_DELAY_SERIES];  /* the latest 8 quarters, oldest first */
} BpDelays;

extern const BpIndicator bp_delays_indicator;

const BpDelays *bp_report_delays     (const BpReport *report);
const char     *bp_delay_kind_key    (BpDelayKind     kind);
const char     *bp_delay_kind_name   (BpDelayKind     kind);
double          bp_delays_quantile   (const gint32   *sorted_days,
                                      gsize           n,
                                      double          p);

G_END_DECLS

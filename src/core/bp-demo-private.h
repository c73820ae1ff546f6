/* bp-demo-private.h: what the demo generator (bp-demo.c) and its writers
 * (bp-demo-writers.c) share: the model's types and parameters, the random numbers, and
 * the row formatting, all inline on the hot path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "bp-atomic-file.h"
#include "bp-date.h"
#include "bp-demo.h"

G_BEGIN_DECLS

/* Size of the write buffer of each file; rows are formatted straight into it. */
#define DEMO_BUFFER_SIZE (1 << 20)
/* Longest row that can be formatted (the longest is about 170 bytes). */
#define DEMO_ROW_MAX 512
/* Outcomes held for one child; a journey stops when it is full. */
#define DEMO_JOURNEY_MAX 96

/* The rows the default count is sized for: volumes and populations scale with
 * n_rows / DEMO_BASE_ROWS, so the rates stay realistic whatever the size. */
#define DEMO_BASE_ROWS 6000

/* First financial year of the population estimates and of the quarter counts. */
#define DEMO_FIRST_YEAR 2012
#define DEMO_LAST_POPULATION_YEAR 2024
#define DEMO_CENSUS_YEAR 2021
/* Quarters (Apr-Jun 2012 = 0) up to Jan-Mar 2025. */
#define DEMO_N_QUARTERS 52

typedef struct
{
  BpAtomicFile  atomic;
  char         *final_path;  /* for messages */
  char         *buf;
  gsize         len;
} DemoFile;

#define DEMO_FILE_INIT { BP_ATOMIC_FILE_INIT, NULL, NULL, 0 }

typedef struct
{
  guint64 s[4];
} DemoRng;

typedef enum
{
  DEMO_CR,
  DEMO_TRIAGE,
  DEMO_O22,
  DEMO_NFA,
  DEMO_TURNAROUND,
  DEMO_YC,
  DEMO_YCC,
  DEMO_AD,
  DEMO_CD,
  DEMO_FINE,
  DEMO_COMP,
  DEMO_REPO,
  DEMO_RO,
  DEMO_ROX,
  DEMO_YRO,
  DEMO_DTO,
  DEMO_S250,
  DEMO_S254,
  DEMO_S258,
  DEMO_S259,
  DEMO_REMAND_YDA,
  DEMO_REMAND_LA,
  DEMO_BAIL_ISS,
  DEMO_N_TYPES
} DemoType;

/* The statutory outcomes, YC .. S259, are contiguous in DemoType. */
#define DEMO_FIRST_STATUTORY DEMO_YC
#define DEMO_N_STATUTORY (DEMO_S259 - DEMO_YC + 1)

/* What a child's last statutory outcome was: chooses the next one. */
typedef enum
{
  DEMO_HISTORY_NONE,
  DEMO_HISTORY_YC,
  DEMO_HISTORY_YCC,
  DEMO_HISTORY_FIRST_TIER,
  DEMO_HISTORY_RO,
  DEMO_HISTORY_YRO,
  DEMO_HISTORY_CUSTODY,
  DEMO_N_HISTORIES
} DemoHistory;

typedef enum
{
  DEMO_TIER_INFORMAL,
  DEMO_TIER_CAUTION,
  DEMO_TIER_COURT,
  DEMO_TIER_CUSTODY,
  DEMO_N_TIERS
} DemoTier;

typedef enum
{
  DEMO_VATP,
  DEMO_ROBBERY,
  DEMO_DRUGS,
  DEMO_THEFT,
  DEMO_BURGLARY,
  DEMO_CRIMINAL_DAMAGE,
  DEMO_MOTORING,
  DEMO_PUBLIC_ORDER,
  DEMO_SEXUAL,
  DEMO_WEAPONS,
  DEMO_FRAUD,
  DEMO_BREACH,
  DEMO_OTHER,
  DEMO_N_GROUPS
} DemoOffenceGroup;

typedef enum
{
  DEMO_WHITE,
  DEMO_BLACK,
  DEMO_ASIAN,
  DEMO_MIXED,
  DEMO_OTHER_ETHNIC,
  DEMO_N_ETHNIC
} DemoEthnicGroup;

typedef struct
{
  gint32 outcome_day;
  gint32 offence_day;
  gint32 release_day; /* 0 when there is none (or it is after the last date) */
  guint8 type;
  guint8 group;
  guint8 gravity;
} DemoOutcome;

typedef struct
{
  gint32       dob;
  char         sex;
  guint8       ethnic_group;
  guint8       risk;
  gboolean     other_area;
  const char  *ethnicity; /* as written, already quoted for CSV */
  guint        n_outcomes;
  DemoOutcome  outcomes[DEMO_JOURNEY_MAX];
} DemoChild;

/* What the area looks like over time, drawn once from the seed. */
typedef struct
{
  gint32  start_day;       /* first outcome date written */
  gint32  end_day;         /* last outcome date written */
  gint32  entry_start_day; /* children may enter a year before start_day */
  gint32  turnaround_day;  /* the Turnaround programme starts */
  gint32  o22_day;         /* outcome 22 comes into use */
  guint16 statutory_noise[14]; /* per financial year, per mille */
  guint16 informal_noise[14];
  guint   fte[DEMO_N_QUARTERS]; /* local first time entrants per quarter */
} DemoArea;

static const struct
{
  const char *code;
  const char *name; /* written instead of the code now and then */
  DemoTier    tier;
} demo_types[DEMO_N_TYPES] = {
  [DEMO_CR] = { "CR", "Community Resolution", DEMO_TIER_INFORMAL },
  [DEMO_TRIAGE] = { "TRIAGE", NULL, DEMO_TIER_INFORMAL },
  [DEMO_O22] = { "O22", NULL, DEMO_TIER_INFORMAL },
  [DEMO_NFA] = { "NFA", NULL, DEMO_TIER_INFORMAL },
  [DEMO_TURNAROUND] = { "TURNAROUND", NULL, DEMO_TIER_INFORMAL },
  [DEMO_YC] = { "YC", "Youth Caution", DEMO_TIER_CAUTION },
  [DEMO_YCC] = { "YCC", NULL, DEMO_TIER_CAUTION },
  [DEMO_AD] = { "AD", NULL, DEMO_TIER_COURT },
  [DEMO_CD] = { "CD", NULL, DEMO_TIER_COURT },
  [DEMO_FINE] = { "FINE", NULL, DEMO_TIER_COURT },
  [DEMO_COMP] = { "COMP", NULL, DEMO_TIER_COURT },
  [DEMO_REPO] = { "REPO", NULL, DEMO_TIER_COURT },
  [DEMO_RO] = { "RO", "Referral Order", DEMO_TIER_COURT },
  [DEMO_ROX] = { "ROX", NULL, DEMO_TIER_COURT },
  [DEMO_YRO] = { "YRO", "Youth Rehabilitation Order", DEMO_TIER_COURT },
  [DEMO_DTO] = { "DTO", "Detention and Training Order", DEMO_TIER_CUSTODY },
  [DEMO_S250] = { "S250", NULL, DEMO_TIER_CUSTODY },
  [DEMO_S254] = { "S254", NULL, DEMO_TIER_CUSTODY },
  [DEMO_S258] = { "S258", NULL, DEMO_TIER_CUSTODY },
  [DEMO_S259] = { "S259", NULL, DEMO_TIER_CUSTODY },
  [DEMO_REMAND_YDA] = { "REMAND_YDA", NULL, DEMO_TIER_COURT },
  [DEMO_REMAND_LA] = { "REMAND_LA", NULL, DEMO_TIER_COURT },
  [DEMO_BAIL_ISS] = { "BAIL_ISS", NULL, DEMO_TIER_COURT },
};

/* Next statutory outcome (YC .. S259) given the last one, per mille-ish weights: most
 * children start with a caution or a referral order and move up the tariff when they
 * come back. */
static const guint16 demo_next_weights[DEMO_N_HISTORIES][DEMO_N_STATUTORY] = {
  /* clang-format off */
  /* columns: YC, YCC, AD, CD, FINE, COMP, REPO, RO, ROX, YRO, DTO, S250, S254, S258, S259 */
  [DEMO_HISTORY_NONE]        = { 420,120, 10, 30, 20, 10,  5,300,  0, 70, 10,  2,  0,  0,  0 },
  [DEMO_HISTORY_YC]          = { 120,220,  5, 30, 30, 10,  5,450,  0,100, 15,  2,  0,  0,  0 },
  [DEMO_HISTORY_YCC]         = {  40,100,  5, 40, 40, 10,  5,500,  0,200, 25,  3,  0,  0,  0 },
  [DEMO_HISTORY_FIRST_TIER]  = {  20, 40,  5, 60, 80, 15, 10,450,  0,250, 40,  4,  1,  0,  0 },
  [DEMO_HISTORY_RO]          = {   0, 20,  5, 50, 70, 10, 10,100,200,400, 90,  6,  1,  0,  0 },
  [DEMO_HISTORY_YRO]         = {   0,  5,  3, 30, 60,  5,  5, 30,  0,550,220, 12,  2,  1,  1 },
  [DEMO_HISTORY_CUSTODY]     = {   0,  0,  2, 20, 40,  5,  0, 20,  0,480,330, 20,  3,  1,  1 },
  /* clang-format on */
};

static const struct
{
  const char *code;
  guint8      gravity_min;
  guint8      gravity_max;
  guint16     weights[DEMO_N_TIERS]; /* informal, caution, court, custody */
} demo_groups[DEMO_N_GROUPS] = {
  [DEMO_VATP] = { "VATP", 2, 6, { 280, 300, 300, 300 } },
  [DEMO_ROBBERY] = { "ROBBERY", 5, 7, { 5, 30, 80, 300 } },
  [DEMO_DRUGS] = { "DRUGS", 2, 6, { 140, 120, 100, 80 } },
  [DEMO_THEFT] = { "THEFT", 1, 3, { 220, 160, 100, 20 } },
  [DEMO_BURGLARY] = { "BURGLARY", 3, 6, { 20, 40, 70, 80 } },
  [DEMO_CRIMINAL_DAMAGE] = { "CRIMINAL_DAMAGE", 2, 4, { 120, 90, 60, 10 } },
  [DEMO_MOTORING] = { "MOTORING", 1, 4, { 40, 50, 100, 20 } },
  [DEMO_PUBLIC_ORDER] = { "PUBLIC_ORDER", 2, 4, { 90, 80, 60, 20 } },
  [DEMO_SEXUAL] = { "SEXUAL", 4, 8, { 5, 10, 20, 40 } },
  [DEMO_WEAPONS] = { "WEAPONS", 3, 6, { 40, 70, 80, 100 } },
  [DEMO_FRAUD] = { "FRAUD", 2, 4, { 10, 10, 10, 0 } },
  [DEMO_BREACH] = { "BREACH", 2, 4, { 0, 0, 0, 0 } },
  [DEMO_OTHER] = { "OTHER", 1, 5, { 30, 40, 20, 30 } },
};

/* Children by ethnic group, per mille, and the chance (per mille) that a child of the
 * group goes further than an informal outcome: Black and Mixed children are
 * over-represented among children cautioned or sentenced, as in published figures. */
static const guint16 demo_ethnic_weights[DEMO_N_ETHNIC] = { 600, 160, 120, 80, 40 };
static const guint16 demo_statutory_chance[DEMO_N_ETHNIC] = { 230, 370, 220, 370, 130 };

/* Census 2021 shares of the 10-17 population, per mille. */
static const guint16 demo_census_shares[DEMO_N_ETHNIC] = { 680, 105, 120, 65, 30 };
static const char *const demo_ethnic_names[DEMO_N_ETHNIC] = {
  "White", "Black", "Asian", "Mixed", "Other"
};

typedef struct
{
  const char *code;
  const char *census; /* a Census description written instead, or NULL */
  guint16     weight;
} DemoEthnicCode;

static const DemoEthnicCode demo_white_codes[] = {
  { "W1", "\"White: English, Welsh, Scottish, Northern Irish or British\"", 800 },
  { "W2", NULL, 30 },
  { "W3", NULL, 20 },
  { "W5", NULL, 10 },
  { "W9", NULL, 140 },
};
static const DemoEthnicCode demo_black_codes[] = {
  { "B1", NULL, 350 },
  { "B2", "Black or Black British - African", 500 },
  { "B9", NULL, 150 },
};
static const DemoEthnicCode demo_asian_codes[] = {
  { "A1", "\"Asian, Asian British or Asian Welsh: Indian\"", 250 },
  { "A2", NULL, 350 },
  { "A3", NULL, 200 },
  { "A4", NULL, 50 },
  { "A9", NULL, 150 },
};
static const DemoEthnicCode demo_mixed_codes[] = {
  { "M1", "Mixed or Multiple ethnic groups: White and Black Caribbean", 450 },
  { "M2", NULL, 150 },
  { "M3", NULL, 150 },
  { "M9", NULL, 250 },
};
static const DemoEthnicCode demo_other_codes[] = {
  { "O2", "Other ethnic group: Arab", 350 },
  { "O9", NULL, 650 },
};

static const struct
{
  const DemoEthnicCode *codes;
  guint                 n_codes;
} demo_ethnic_codes[DEMO_N_ETHNIC] = {
  { demo_white_codes, G_N_ELEMENTS (demo_white_codes) },
  { demo_black_codes, G_N_ELEMENTS (demo_black_codes) },
  { demo_asian_codes, G_N_ELEMENTS (demo_asian_codes) },
  { demo_mixed_codes, G_N_ELEMENTS (demo_mixed_codes) },
  { demo_other_codes, G_N_ELEMENTS (demo_other_codes) },
};

/* Age (10 .. 17) at a child's first outcome: the peak is 15-16. */
static const guint16 demo_entry_age_statutory[8] = { 10, 30, 70, 120, 170, 200, 210, 190 };
static const guint16 demo_entry_age_informal[8] = { 30, 60, 100, 150, 180, 180, 160, 140 };

/* ------------------------------------------------------------------------------------ */
/* Random numbers: splitmix64 to seed, xoshiro256** to draw. */

static inline guint64
demo_splitmix64 (guint64 *state)
{
  guint64 z;

  *state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  z = *state;
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline void
demo_rng_init (DemoRng *rng,
               guint64  seed)
{
  guint64 state = seed;

  for (guint i = 0; i < 4; i++)
    rng->s[i] = demo_splitmix64 (&state);
}

static inline guint64
demo_rotl (guint64 x,
           int     k)
{
  return (x << k) | (x >> (64 - k));
}

static inline guint64
demo_rng_next (DemoRng *rng)
{
  guint64 *s = rng->s;
  guint64 result = demo_rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = demo_rotl (s[3], 45);

  return result;
}

/* A number in 0 .. n - 1 (the bias of the multiply-shift is below 1 in 10^5 for the
 * ranges used here, and it is the same on every machine). */
static inline guint32
demo_rng_below (DemoRng *rng,
                guint32  n)
{
  return (guint32) (((demo_rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* A number in lo .. hi inclusive. */
static inline gint32
demo_rng_range (DemoRng *rng,
                gint32   lo,
                gint32   hi)
{
  g_assert (hi >= lo);
  return lo + (gint32) demo_rng_below (rng, (guint32) (hi - lo + 1));
}

/* A number in 0 .. n - 1, small ones more likely (the smaller of two draws). */
static inline guint32
demo_rng_below_low (DemoRng *rng,
                    guint32  n)
{
  return MIN (demo_rng_below (rng, n), demo_rng_below (rng, n));
}

static inline gboolean
demo_rng_chance (DemoRng *rng,
                 guint    per_mille)
{
  return demo_rng_below (rng, 1000) < per_mille;
}

static inline guint
demo_rng_pick (DemoRng       *rng,
               const guint16 *weights,
               guint          n_weights)
{
  guint32 total = 0;
  guint32 r;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];
  g_assert (total > 0);

  r = demo_rng_below (rng, total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  g_assert_not_reached ();
  return 0;
}

/* ------------------------------------------------------------------------------------ */
/* Dates are BpDays (bp-date.h). */

/* The quarter (Apr-Jun 2012 = 0) a day falls in, or -1 outside the counted range. */
static inline int
demo_quarter_index (gint32 day)
{
  int y, m, d, q;

  bp_day_to_ymd (day, &y, &m, &d);
  q = ((y - DEMO_FIRST_YEAR) * 12 + (m - 4));
  if (q < 0)
    return -1;
  q /= 3;
  return q < DEMO_N_QUARTERS ? q : -1;
}

/* ------------------------------------------------------------------------------------ */
/* Formatting straight into a buffer, without printf or the locale. */

static inline char *
demo_put_str (char       *p,
              const char *s)
{
  gsize n = strlen (s);

  memcpy (p, s, n);
  return p + n;
}

static inline char *
demo_put_uint (char    *p,
               guint64  value,
               guint    min_width)
{
  char digits[24];
  guint n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  while (n < min_width && n < sizeof digits)
    digits[n++] = '0';
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

/* value / 10^decimals, with exactly that many decimals. */
static inline char *
demo_put_fixed (char    *p,
                guint64  value,
                guint    decimals)
{
  guint64 scale = 1;

  for (guint i = 0; i < decimals; i++)
    scale *= 10;
  p = demo_put_uint (p, value / scale, 1);
  if (decimals > 0)
    {
      *p++ = '.';
      p = demo_put_uint (p, value % scale, decimals);
    }
  return p;
}

static inline char *
demo_put_date (char   *p,
               gint32  day)
{
  int y, m, d;

  bp_day_to_ymd (day, &y, &m, &d);
  p = demo_put_uint (p, (guint64) y, 4);
  *p++ = '-';
  *p++ = (char) ('0' + m / 10);
  *p++ = (char) ('0' + m % 10);
  *p++ = '-';
  *p++ = (char) ('0' + d / 10);
  *p++ = (char) ('0' + d % 10);
  return p;
}

/* a / b rounded half away from zero (a, b >= 0), as a published figure is. */
static inline guint64
demo_round_div (guint64 a,
                guint64 b)
{
  g_assert (b > 0);
  return (2 * a + b) / (2 * b);
}

static inline guint
demo_n_digits (guint64 value)
{
  guint n = 1;

  while (value >= 10)
    {
      value /= 10;
      n++;
    }
  return n;
}

/* ------------------------------------------------------------------------------------ */
/* Files */

gboolean
_bp_demo_file_flush (DemoFile  *file,
                     GError   **error);

/* Room for one more row of at most DEMO_ROW_MAX bytes. */
static inline gboolean
demo_file_reserve (DemoFile  *file,
                   GError   **error)
{
  if (file->len + DEMO_ROW_MAX <= DEMO_BUFFER_SIZE)
    return TRUE;
  return _bp_demo_file_flush (file, error);
}

static inline void
demo_file_end_row (DemoFile *file,
                   char     *p)
{
  file->len = (gsize) (p - file->buf);
  g_assert (file->len <= DEMO_BUFFER_SIZE);
}

/* ------------------------------------------------------------------------------------ */
/* The children (bp-demo.c) and the three files (bp-demo-writers.c) */

/* The population written, by year: the benchmarks' rates are made from it. */
typedef struct
{
  guint64 total[DEMO_LAST_POPULATION_YEAR - DEMO_FIRST_YEAR + 1];
} DemoPopulation;

void
_bp_demo_child_generate (DemoChild      *child,
                         const DemoArea *area,
                         DemoRng        *rng);

/* The KPIs' files (bp-demo-kpis.c): the interventions and victims follow each child's
 * outcomes as they are written, from a stream of their own (so the outcomes stay as
 * they were for a seed); the board's register follows the area's dates. */
typedef struct
{
  DemoFile *interventions;
  DemoFile *victims;
  DemoRng   rng;
  guint64   n_interventions;
  guint64   n_victims;
} DemoKpiWriter;

void
_bp_demo_kpis_begin (DemoKpiWriter *kpis);

gboolean
_bp_demo_kpis_child (DemoKpiWriter   *kpis,
                     const DemoArea  *area,
                     const DemoChild *child,
                     const char      *prefix,
                     gsize            prefix_len,
                     guint            n_outcomes,
                     GError         **error);

gboolean
_bp_demo_write_board (DemoFile        *file,
                      const DemoArea  *area,
                      DemoRng         *rng,
                      GError         **error);

/* The plan's tables (bp-demo-plan.c), from a stream of their own. */
gboolean
_bp_demo_write_plan (DemoFile        *staffing,
                     DemoFile        *budget,
                     DemoFile        *actions,
                     const DemoArea  *area,
                     DemoRng         *rng,
                     GError         **error);

gboolean
_bp_demo_write_outcomes (DemoFile            *file,
                         DemoArea            *area,
                         DemoRng             *rng,
                         DemoKpiWriter       *kpis,
                         guint                n_rows,
                         BpDemoProgressFunc   progress,
                         gpointer             user_data,
                         GCancellable        *cancellable,
                         GError             **error);

gboolean
_bp_demo_write_population (DemoFile        *file,
                           DemoRng         *rng,
                           guint            n_rows,
                           DemoPopulation  *population,
                           GError         **error);

gboolean
_bp_demo_write_benchmarks (DemoFile              *file,
                           const DemoArea        *area,
                           const DemoPopulation  *population,
                           DemoRng               *rng,
                           GError               **error);

G_END_DECLS

/* bp-demo.c: demonstration data for a fictional youth justice service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outcomes file is a simulation of children's journeys through the youth justice
 * system of "Northdale": each child gets a date of birth, an ethnic group and a risk
 * level, enters the system at a date drawn from a slowly falling trend, and then moves
 * from informal outcomes through cautions to court and, for a few, custody, reoffending
 * with a probability that depends on their risk. One child is generated at a time and
 * written out at once, so memory use does not grow with the number of rows.
 *
 * Everything is computed with integers from our own generator (xoshiro256**), never
 * g_random or floating point: the same seed gives the same bytes on every machine,
 * compiler and GLib version.
 */

#include "config.h"

#include "bp-atomic-file.h"
#include "bp-demo.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

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

static guint64
demo_splitmix64 (guint64 *state)
{
  guint64 z;

  *state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  z = *state;
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static void
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

static guint
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
/* Dates, as days since 1970-01-01 (H. Hinnant's civil calendar algorithms). */

static gint32
demo_days_from_civil (int y,
                      int m,
                      int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
demo_civil_from_days (gint32  day,
                      int    *y,
                      int    *m,
                      int    *d)
{
  int z = day + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;

  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

static int
demo_days_in_month (int y,
                    int m)
{
  static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return days[m - 1];
}

/* The same day of the month, months later (the last day when it is shorter). */
static gint32
demo_add_months (gint32 day,
                 int    months)
{
  int y, m, d, index;

  demo_civil_from_days (day, &y, &m, &d);
  index = y * 12 + (m - 1) + months;
  y = index / 12;
  m = index % 12 + 1;
  return demo_days_from_civil (y, m, MIN (d, demo_days_in_month (y, m)));
}

/* The last day of a month. */
static gint32
demo_month_end (int y,
                int m)
{
  return demo_days_from_civil (y, m, demo_days_in_month (y, m));
}

/* Age in whole years; a child born on 29 February is a year older on 1 March. */
static int
demo_age_on (gint32 dob,
             gint32 day)
{
  int by, bm, bd, y, m, d, age;

  demo_civil_from_days (dob, &by, &bm, &bd);
  demo_civil_from_days (day, &y, &m, &d);
  age = y - by;
  if (m < bm || (m == bm && d < bd))
    age--;
  return age;
}

/* The financial year (2012 = April 2012 .. March 2013) a day falls in. */
static int
demo_financial_year (gint32 day)
{
  int y, m, d;

  demo_civil_from_days (day, &y, &m, &d);
  return m < 4 ? y - 1 : y;
}

/* The quarter (Apr-Jun 2012 = 0) a day falls in, or -1 outside the counted range. */
static int
demo_quarter_index (gint32 day)
{
  int y, m, d, q;

  demo_civil_from_days (day, &y, &m, &d);
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
static char *
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

  demo_civil_from_days (day, &y, &m, &d);
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
static guint64
demo_round_div (guint64 a,
                guint64 b)
{
  g_assert (b > 0);
  return (2 * a + b) / (2 * b);
}

static guint
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
/* Files: written to a temporary name beside the final one, renamed when complete. */

static void
demo_file_clear (DemoFile *file)
{
  bp_atomic_file_abort (&file->atomic);
  g_clear_pointer (&file->final_path, g_free);
  g_clear_pointer (&file->buf, g_free);
  file->len = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoFile, demo_file_clear)

/* What failed, for the message: each is a whole sentence, for translation. */
typedef enum
{
  DEMO_FILE_CREATE,
  DEMO_FILE_WRITE,
  DEMO_FILE_REPLACE,
} DemoFileStep;

static gboolean
demo_file_set_error (DemoFile      *file,
                     DemoFileStep   step,
                     int            saved_errno,
                     GError       **error)
{
  int code = g_io_error_from_errno (saved_errno);
  const char *reason = g_strerror (saved_errno);

  switch (step)
    {
    case DEMO_FILE_CREATE:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: the first %s is a file's name, the second the system's
                    * reason, e.g. "Could not create a temporary file for
                    * /home/sam/demo/outcomes.csv: Permission denied" */
                   _("Could not create a temporary file for %s: %s"), file->final_path,
                   reason);
      break;
    case DEMO_FILE_WRITE:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: the first %s is a file's name, the second the system's
                    * reason, e.g. "Could not write /home/sam/demo/outcomes.csv: No space
                    * left on device" */
                   _("Could not write %s: %s"), file->final_path, reason);
      break;
    case DEMO_FILE_REPLACE:
    default:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: the first %s is a file's name, the second the system's
                    * reason, e.g. "Could not replace /home/sam/demo/outcomes.csv: Permission
                    * denied" */
                   _("Could not replace %s: %s"), file->final_path, reason);
      break;
    }
  return FALSE;
}

static gboolean
demo_file_open (DemoFile    *file,
                const char  *dir,
                const char  *name,
                GError     **error)
{
  file->final_path = g_build_filename (dir, name, NULL);
  if (!bp_atomic_file_open (&file->atomic, file->final_path, 0600, NULL))
    return demo_file_set_error (file, DEMO_FILE_CREATE, file->atomic.saved_errno, error);
  file->buf = g_malloc (DEMO_BUFFER_SIZE);
  file->len = 0;
  return TRUE;
}

static gboolean
demo_file_flush (DemoFile  *file,
                 GError   **error)
{
  if (!bp_atomic_file_write (&file->atomic, file->buf, file->len, NULL))
    return demo_file_set_error (file, DEMO_FILE_WRITE, file->atomic.saved_errno, error);
  file->len = 0;
  return TRUE;
}

/* Room for one more row of at most DEMO_ROW_MAX bytes. */
static inline gboolean
demo_file_reserve (DemoFile  *file,
                   GError   **error)
{
  if (file->len + DEMO_ROW_MAX <= DEMO_BUFFER_SIZE)
    return TRUE;
  return demo_file_flush (file, error);
}

static inline void
demo_file_end_row (DemoFile *file,
                   char     *p)
{
  file->len = (gsize) (p - file->buf);
  g_assert (file->len <= DEMO_BUFFER_SIZE);
}

/* Everything on disk and the descriptor closed; the file keeps its temporary name. */
static gboolean
demo_file_finish (DemoFile  *file,
                  GError   **error)
{
  if (!demo_file_flush (file, error))
    return FALSE;
  if (!bp_atomic_file_close (&file->atomic, NULL))
    return demo_file_set_error (file, DEMO_FILE_WRITE, file->atomic.saved_errno, error);
  return TRUE;
}

static gboolean
demo_file_commit (DemoFile  *file,
                  GError   **error)
{
  if (!bp_atomic_file_commit (&file->atomic, NULL))
    return demo_file_set_error (file, DEMO_FILE_REPLACE, file->atomic.saved_errno, error);
  return TRUE;
}

/* ------------------------------------------------------------------------------------ */
/* The area and its children. */

static void
demo_area_init (DemoArea *area,
                DemoRng  *rng)
{
  memset (area, 0, sizeof *area);
  area->start_day = demo_days_from_civil (2013, 4, 1);
  area->end_day = demo_days_from_civil (2025, 3, 31);
  /* Children who entered the year before the records start still have outcomes in
   * the first year, so its volume is like the others. */
  area->entry_start_day = demo_days_from_civil (2012, 4, 1);
  area->turnaround_day = demo_days_from_civil (2023, 1, 1);
  area->o22_day = demo_days_from_civil (2016, 4, 1);
  for (guint i = 0; i < G_N_ELEMENTS (area->statutory_noise); i++)
    {
      area->statutory_noise[i] = (guint16) demo_rng_range (rng, 880, 1120);
      area->informal_noise[i] = (guint16) demo_rng_range (rng, 900, 1100);
    }
}

/* The date a child first comes to notice. Entries into the statutory system fall
 * gently over the years while diversion grows, each year with its own noise. */
static gint32
demo_area_entry_day (const DemoArea *area,
                     DemoRng        *rng,
                     gboolean        statutory)
{
  gint32 span = area->end_day - area->entry_start_day + 1;

  for (;;)
    {
      gint32 day = area->entry_start_day + (gint32) demo_rng_below (rng, (guint32) span);
      gint32 offset = day - area->entry_start_day;
      int fy = CLAMP (demo_financial_year (day) - DEMO_FIRST_YEAR, 0, 13);
      guint weight;

      if (statutory)
        weight = (guint) (1000 - offset * 14 / 365) * area->statutory_noise[fy] / 1000;
      else
        weight = (guint) (850 + offset * 15 / 365) * area->informal_noise[fy] / 1000;

      if (demo_rng_below (rng, 1300) < weight)
        return day;
    }
}

static DemoType
demo_pick_informal (const DemoArea *area,
                    DemoRng        *rng,
                    gint32          day)
{
  /* CR, TRIAGE, O22, NFA, TURNAROUND */
  guint16 weights[5] = { 380, 220, 120, 150, 180 };

  if (day < area->o22_day)
    weights[DEMO_O22 - DEMO_CR] = 0;
  if (day < area->turnaround_day)
    weights[DEMO_TURNAROUND - DEMO_CR] = 0;
  return (DemoType) (DEMO_CR + demo_rng_pick (rng, weights, G_N_ELEMENTS (weights)));
}

static DemoHistory
demo_history_of (DemoType type)
{
  switch (type)
    {
    case DEMO_YC:
      return DEMO_HISTORY_YC;
    case DEMO_YCC:
      return DEMO_HISTORY_YCC;
    case DEMO_AD:
    case DEMO_CD:
    case DEMO_FINE:
    case DEMO_COMP:
    case DEMO_REPO:
      return DEMO_HISTORY_FIRST_TIER;
    case DEMO_RO:
    case DEMO_ROX:
      return DEMO_HISTORY_RO;
    case DEMO_YRO:
      return DEMO_HISTORY_YRO;
    case DEMO_DTO:
    case DEMO_S250:
    case DEMO_S254:
    case DEMO_S258:
    case DEMO_S259:
      return DEMO_HISTORY_CUSTODY;
    case DEMO_CR:
    case DEMO_TRIAGE:
    case DEMO_O22:
    case DEMO_NFA:
    case DEMO_TURNAROUND:
    case DEMO_REMAND_YDA:
    case DEMO_REMAND_LA:
    case DEMO_BAIL_ISS:
    case DEMO_N_TYPES:
    default:
      return DEMO_HISTORY_NONE;
    }
}

/* Days from offence to outcome: police decisions are quick, courts are not. */
static gint32
demo_delay (DemoRng  *rng,
            DemoType  type)
{
  switch (demo_types[type].tier)
    {
    case DEMO_TIER_INFORMAL:
      return (gint32) demo_rng_below_low (rng, 45);
    case DEMO_TIER_CAUTION:
      return 7 + (gint32) demo_rng_below_low (rng, 80);
    case DEMO_TIER_COURT:
    case DEMO_TIER_CUSTODY:
      return 21 + (gint32) demo_rng_below_low (rng, 130)
             + (demo_rng_chance (rng, 80) ? (gint32) demo_rng_below (rng, 150) : 0);
    case DEMO_N_TIERS:
    default:
      g_assert_not_reached ();
      return 0;
    }
}

static guint8
demo_gravity (DemoRng          *rng,
              DemoOffenceGroup  group,
              DemoTier          tier)
{
  guint32 lo = demo_groups[group].gravity_min;
  guint32 span = demo_groups[group].gravity_max - lo + 1;

  switch (tier)
    {
    case DEMO_TIER_INFORMAL:
      /* Serious offences are not dealt with informally. */
      return (guint8) (lo + demo_rng_below_low (rng, MIN (span, 3)));
    case DEMO_TIER_CAUTION:
      return (guint8) (lo + demo_rng_below_low (rng, MIN (span, 4)));
    case DEMO_TIER_CUSTODY:
      return (guint8) (lo + span - 1 - demo_rng_below_low (rng, span));
    case DEMO_TIER_COURT:
    case DEMO_N_TIERS:
    default:
      return (guint8) (lo + demo_rng_below (rng, span));
    }
}

static DemoOffenceGroup
demo_pick_group (DemoRng  *rng,
                 DemoTier  tier)
{
  guint16 weights[DEMO_N_GROUPS];

  for (guint i = 0; i < DEMO_N_GROUPS; i++)
    weights[i] = demo_groups[i].weights[tier];
  return (DemoOffenceGroup) demo_rng_pick (rng, weights, DEMO_N_GROUPS);
}

static DemoOutcome *
demo_child_add (DemoChild      *child,
                const DemoArea *area,
                DemoType        type,
                gint32          offence_day,
                gint32          outcome_day,
                guint8          group,
                guint8          gravity,
                gint32          release_day)
{
  DemoOutcome *outcome;

  g_assert (offence_day <= outcome_day);
  /* Outcomes before the records start are not held. */
  if (outcome_day < area->start_day || child->n_outcomes >= DEMO_JOURNEY_MAX)
    return NULL;

  outcome = &child->outcomes[child->n_outcomes++];
  outcome->type = (guint8) type;
  outcome->offence_day = offence_day;
  outcome->outcome_day = outcome_day;
  outcome->group = group;
  outcome->gravity = gravity;
  outcome->release_day = release_day <= area->end_day ? release_day : 0;
  return outcome;
}

/* When a custodial sentence ends: a DTO is served half in custody, the longer
 * sentences longer; the life sentences are not released within the data. */
static gint32
demo_release_day (DemoRng  *rng,
                  DemoType  type,
                  gint32    outcome_day)
{
  static const guint16 dto_weights[7] = { 250, 200, 150, 100, 150, 80, 70 };
  static const int dto_months[7] = { 4, 6, 8, 10, 12, 18, 24 };

  switch (type)
    {
    case DEMO_DTO:
      return demo_add_months (outcome_day, dto_months[demo_rng_pick (rng, dto_weights, 7)] / 2);
    case DEMO_S250:
      return demo_add_months (outcome_day, demo_rng_range (rng, 12, 48));
    case DEMO_S254:
      return demo_add_months (outcome_day, demo_rng_range (rng, 36, 72));
    case DEMO_S258:
    case DEMO_S259:
      return demo_add_months (outcome_day, demo_rng_range (rng, 96, 180));
    case DEMO_CR:
    case DEMO_TRIAGE:
    case DEMO_O22:
    case DEMO_NFA:
    case DEMO_TURNAROUND:
    case DEMO_YC:
    case DEMO_YCC:
    case DEMO_AD:
    case DEMO_CD:
    case DEMO_FINE:
    case DEMO_COMP:
    case DEMO_REPO:
    case DEMO_RO:
    case DEMO_ROX:
    case DEMO_YRO:
    case DEMO_REMAND_YDA:
    case DEMO_REMAND_LA:
    case DEMO_BAIL_ISS:
    case DEMO_N_TYPES:
    default:
      return 0;
    }
}

/* One occasion: the offences dealt with together on outcome_day (a court often
 * sentences several at once, more for a child who is back), preceded by a remand for
 * some serious cases. Returns the date the child is next at liberty to offend: the
 * release date after custody, else the outcome date; or 0 when the journey cannot go on. */
static gint32
demo_child_add_occasion (DemoChild        *child,
                         const DemoArea   *area,
                         DemoRng          *rng,
                         DemoType          type,
                         gint32            offence_day,
                         gint32            after_day,
                         DemoOffenceGroup  forced_group,
                         gboolean          repeat)
{
  static const guint16 informal_counts[2] = { 900, 100 };
  static const guint16 caution_counts[2][2] = { { 850, 150 }, { 650, 350 } };
  static const guint16 court_counts[2][5] = { { 450, 250, 150, 90, 60 },
                                              { 250, 250, 200, 150, 150 } };
  DemoTier tier = demo_types[type].tier;
  gint32 outcome_day = offence_day + demo_delay (rng, type);
  gint32 release_day = 0;
  DemoOffenceGroup group;
  guint8 gravity;
  guint n_offences;

  if (outcome_day > area->end_day)
    return 0;

  switch (tier)
    {
    case DEMO_TIER_INFORMAL:
      n_offences = 1 + demo_rng_pick (rng, informal_counts, 2);
      break;
    case DEMO_TIER_CAUTION:
      n_offences = 1 + demo_rng_pick (rng, caution_counts[repeat], 2);
      break;
    case DEMO_TIER_COURT:
    case DEMO_TIER_CUSTODY:
    case DEMO_N_TIERS:
    default:
      n_offences = 1 + demo_rng_pick (rng, court_counts[repeat], 5);
      break;
    }

  group = forced_group != DEMO_N_GROUPS ? forced_group : demo_pick_group (rng, tier);
  gravity = demo_gravity (rng, group, tier);
  if (tier == DEMO_TIER_CUSTODY)
    release_day = demo_release_day (rng, type, outcome_day);

  /* Remanded before most custodial sentences and a few community ones. */
  if ((tier == DEMO_TIER_CUSTODY && demo_rng_chance (rng, 550))
      || (type == DEMO_YRO && forced_group == DEMO_N_GROUPS && demo_rng_chance (rng, 60)))
    {
      static const guint16 custody_remands[3] = { 550, 300, 150 };
      static const guint16 community_remands[3] = { 50, 450, 500 };
      guint which = demo_rng_pick (rng, tier == DEMO_TIER_CUSTODY ? custody_remands
                                                                   : community_remands, 3);
      gint32 remand_day = MIN (offence_day + 1 + (gint32) demo_rng_below (rng, 5),
                               outcome_day);

      demo_child_add (child, area, (DemoType) (DEMO_REMAND_YDA + which), offence_day,
                      remand_day, (guint8) group, gravity, 0);
    }

  for (guint i = 0; i < n_offences; i++)
    {
      gint32 day = offence_day;

      if (i > 0)
        {
          /* The other offences of the occasion: earlier, but after the last outcome
           * (an offence before it would have been dealt with then). */
          day = offence_day - (gint32) demo_rng_below (rng, 90);
          if (day <= after_day)
            day = offence_day;
          group = forced_group != DEMO_N_GROUPS
                  ? forced_group
                  : demo_pick_group (rng, tier == DEMO_TIER_CUSTODY ? DEMO_TIER_COURT : tier);
          gravity = demo_gravity (rng, group, tier == DEMO_TIER_CUSTODY ? DEMO_TIER_COURT : tier);
        }
      demo_child_add (child, area, type, day, outcome_day, (guint8) group, gravity,
                      release_day);
    }

  if (tier == DEMO_TIER_CUSTODY)
    return release_day <= area->end_day ? release_day : 0;
  return outcome_day;
}

/* Chance (per mille) of a proven reoffence within a year of an outcome or release. */
static guint
demo_reoffend_chance (guint risk,
                      guint n_previous)
{
  static const guint base[3] = { 120, 400, 700 };

  return base[risk] + MIN (n_previous, 5) * 30;
}

static const char *
demo_pick_ethnicity_text (DemoRng *rng,
                          guint    group)
{
  const DemoEthnicCode *codes = demo_ethnic_codes[group].codes;
  guint n_codes = demo_ethnic_codes[group].n_codes;
  guint16 weights[8];
  guint which;

  g_assert (n_codes <= G_N_ELEMENTS (weights));

  /* About 1 in 25 children have no recorded ethnicity. */
  if (demo_rng_chance (rng, 40))
    return demo_rng_chance (rng, 500) ? "" : "NS";

  for (guint i = 0; i < n_codes; i++)
    weights[i] = codes[i].weight;
  which = demo_rng_pick (rng, weights, n_codes);

  /* Some records come from a system that stores the Census wording. */
  if (codes[which].census != NULL && demo_rng_chance (rng, 165))
    return codes[which].census;
  return codes[which].code;
}

static void
demo_child_generate (DemoChild      *child,
                     const DemoArea *area,
                     DemoRng        *rng)
{
  static const guint16 sexes[3] = { 800, 195, 5 };
  static const guint16 risks[3] = { 450, 350, 200 };
  static const guint16 informal_only_counts[3] = { 800, 170, 30 };
  static const guint16 informal_first_counts[3] = { 450, 400, 150 };
  /* The most prolific children come back soonest. */
  static const guint32 reoffend_within[3] = { 365, 300, 200 };
  guint statutory_chance;
  gboolean statutory;
  gint32 entry_day, offence_day, free_day;
  int y, m, d, age;
  guint n_informal;
  DemoHistory history = DEMO_HISTORY_NONE;
  guint n_statutory = 0;

  child->n_outcomes = 0;
  child->ethnic_group = (guint8) demo_rng_pick (rng, demo_ethnic_weights, DEMO_N_ETHNIC);
  child->sex = "MFU"[demo_rng_pick (rng, sexes, 3)];
  child->risk = (guint8) demo_rng_pick (rng, risks, 3);
  child->other_area = demo_rng_chance (rng, 30);
  child->ethnicity = demo_pick_ethnicity_text (rng, child->ethnic_group);

  statutory_chance = demo_statutory_chance[child->ethnic_group];
  if (child->sex == 'F')
    statutory_chance = statutory_chance * 3 / 4;
  statutory = demo_rng_chance (rng, statutory_chance);

  entry_day = demo_area_entry_day (area, rng, statutory);

  /* Date of birth: the age at entry, plus part of a year. A few informal outcomes are
   * recorded for children under 10, who cannot be prosecuted. */
  if (!statutory && demo_rng_chance (rng, 5))
    age = 9;
  else
    age = 10 + (int) demo_rng_pick (rng, statutory ? demo_entry_age_statutory
                                                   : demo_entry_age_informal, 8);
  demo_civil_from_days (entry_day, &y, &m, &d);
  y -= age;
  child->dob = demo_days_from_civil (y, m, MIN (d, demo_days_in_month (y, m)))
               - (gint32) demo_rng_below (rng, 365);

  offence_day = entry_day;
  free_day = entry_day - 1;
  n_informal = 1 + demo_rng_pick (rng, statutory ? informal_first_counts : informal_only_counts, 3);
  if (statutory)
    n_informal--;

  for (guint i = 0; i < n_informal; i++)
    {
      DemoType type = demo_pick_informal (area, rng, offence_day);

      free_day = demo_child_add_occasion (child, area, rng, type, offence_day, free_day,
                                          DEMO_N_GROUPS, FALSE);
      if (free_day == 0)
        return;
      offence_day = free_day + 30 + (gint32) demo_rng_below (rng, 330);
    }

  if (!statutory)
    return;

  for (;;)
    {
      DemoType type;

      if (demo_age_on (child->dob, offence_day) >= 18)
        return;

      type = (DemoType) (DEMO_FIRST_STATUTORY
                         + demo_rng_pick (rng, demo_next_weights[history], DEMO_N_STATUTORY));
      free_day = demo_child_add_occasion (child, area, rng, type, offence_day, free_day,
                                          DEMO_N_GROUPS, n_statutory > 0);
      if (free_day == 0)
        return;
      history = demo_history_of (type);
      n_statutory++;

      /* Orders are breached now and then: back to court, not a reoffence. */
      if ((history == DEMO_HISTORY_RO && demo_rng_chance (rng, 80))
          || (history == DEMO_HISTORY_YRO && demo_rng_chance (rng, 160)))
        {
          static const guint16 after_ro[4] = { 500, 300, 200, 0 };
          static const guint16 after_yro[4] = { 0, 700, 180, 120 };
          static const DemoType breach_types[4] = { DEMO_ROX, DEMO_YRO, DEMO_FINE, DEMO_DTO };
          gint32 breach_day = free_day + 30 + (gint32) demo_rng_below (rng, 210);

          type = breach_types[demo_rng_pick (rng, history == DEMO_HISTORY_RO ? after_ro
                                                                             : after_yro, 4)];
          if (demo_age_on (child->dob, breach_day) >= 18)
            return;
          free_day = demo_child_add_occasion (child, area, rng, type, breach_day, free_day,
                                              DEMO_BREACH, FALSE);
          if (free_day == 0)
            return;
          history = demo_history_of (type);
        }

      if (demo_rng_chance (rng, demo_reoffend_chance (child->risk, n_statutory - 1)))
        offence_day = free_day + 1
                      + (gint32) demo_rng_below_low (rng, reoffend_within[child->risk]);
      else if (demo_rng_chance (rng, 250))
        offence_day = free_day + 366 + (gint32) demo_rng_below (rng, 700);
      else
        return;

      if (child->n_outcomes >= DEMO_JOURNEY_MAX)
        return;
    }
}

/* ------------------------------------------------------------------------------------ */
/* outcomes.csv */

/* A pseudonymous number for the n-th child: a keyed permutation of 0 .. modulus - 1 (a
 * four-round Feistel network on the next even number of bits, walked until it lands in
 * range), so IDs are unique and do not reveal the order children were generated in. */
static guint64
demo_permute (guint64        value,
              guint64        modulus,
              const guint64  keys[4])
{
  guint bits = 2;
  guint half;
  guint64 mask;

  g_assert (value < modulus);
  while ((G_GUINT64_CONSTANT (1) << bits) < modulus)
    bits += 2;
  half = bits / 2;
  mask = (G_GUINT64_CONSTANT (1) << half) - 1;

  do
    {
      guint64 left = value >> half;
      guint64 right = value & mask;

      for (guint round = 0; round < 4; round++)
        {
          guint64 x = (right ^ keys[round]) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
          guint64 next = left ^ ((x >> 29) & mask);

          left = right;
          right = next;
        }
      value = (left << half) | right;
    }
  while (value >= modulus);
  return value;
}

static gboolean
demo_is_statutory (DemoType type)
{
  return type >= DEMO_YC && type <= DEMO_S259;
}

static gboolean
demo_write_outcomes (DemoFile            *file,
                     DemoArea            *area,
                     DemoRng             *rng,
                     guint                n_rows,
                     BpDemoProgressFunc   progress,
                     gpointer             user_data,
                     GCancellable        *cancellable,
                     GError             **error)
{
  g_autofree DemoChild *child = g_new0 (DemoChild, 1);
  guint id_width = MAX (6, demo_n_digits (n_rows));
  guint outcome_width = MAX (7, demo_n_digits (n_rows));
  guint64 id_modulus = 1;
  guint64 id_keys[4];
  guint64 n_children = 0;
  guint64 written = 0;
  guint64 next_report;
  char *p;

  for (guint i = 0; i < id_width; i++)
    id_modulus *= 10;
  for (guint i = 0; i < G_N_ELEMENTS (id_keys); i++)
    id_keys[i] = demo_rng_next (rng);

  p = file->buf + file->len;
  p = demo_put_str (p, "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,"
                       "outcome_type,offence_date,offence_group,gravity,local_status,"
                       "release_date\n");
  demo_file_end_row (file, p);

  next_report = (n_rows + 99) / 100;
  while (written < n_rows)
    {
      char prefix[DEMO_ROW_MAX / 2];
      gsize prefix_len;
      gboolean seen_statutory = FALSE;

      demo_child_generate (child, area, rng);
      if (child->n_outcomes == 0)
        continue;

      p = prefix;
      p = demo_put_str (p, "C-");
      p = demo_put_uint (p, demo_permute (n_children, id_modulus, id_keys), id_width);
      *p++ = ',';
      p = demo_put_date (p, child->dob);
      *p++ = ',';
      *p++ = child->sex;
      *p++ = ',';
      p = demo_put_str (p, child->ethnicity);
      *p++ = ',';
      prefix_len = (gsize) (p - prefix);
      g_assert (prefix_len < sizeof prefix);
      n_children++;

      for (guint i = 0; i < child->n_outcomes && written < n_rows; i++)
        {
          const DemoOutcome *outcome = &child->outcomes[i];
          DemoType type = outcome->type;

          if (!demo_file_reserve (file, error))
            return FALSE;

          p = file->buf + file->len;
          p = demo_put_str (p, "OUT-");
          p = demo_put_uint (p, written + 1, outcome_width);
          *p++ = ',';
          memcpy (p, prefix, prefix_len);
          p += prefix_len;
          p = demo_put_date (p, outcome->outcome_day);
          *p++ = ',';
          /* About one record in twenty names the outcome rather than coding it. */
          if (demo_types[type].name != NULL && demo_rng_chance (rng, 90))
            p = demo_put_str (p, demo_types[type].name);
          else
            p = demo_put_str (p, demo_types[type].code);
          *p++ = ',';
          p = demo_put_date (p, outcome->offence_day);
          *p++ = ',';
          p = demo_put_str (p, demo_groups[outcome->group].code);
          *p++ = ',';
          *p++ = (char) ('0' + outcome->gravity);
          *p++ = ',';
          if (child->other_area)
            p = demo_put_str (p, "Other");
          *p++ = ',';
          if (outcome->release_day != 0)
            p = demo_put_date (p, outcome->release_day);
          *p++ = '\n';
          demo_file_end_row (file, p);
          written++;

          /* Local first time entrants, for the published figure of the area. */
          if (demo_is_statutory (type) && !seen_statutory)
            {
              int age = demo_age_on (child->dob, outcome->outcome_day);
              int quarter = demo_quarter_index (outcome->outcome_day);

              seen_statutory = TRUE;
              if (!child->other_area && age >= 10 && age <= 17 && quarter >= 0)
                area->fte[quarter]++;
            }

          if (written >= next_report)
            {
              guint64 percent = written * 100 / n_rows + 1;

              /* 1 is kept for when the files are in place. */
              if (progress != NULL)
                progress (0.99 * (double) written / (double) n_rows, user_data);
              if (g_cancellable_set_error_if_cancelled (cancellable, error))
                return FALSE;
              next_report = (percent * n_rows + 99) / 100;
            }
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------ */
/* population.csv */

/* Mid-year estimate of children aged `age` in `year`, unscaled: birth cohorts grow a
 * little year on year, with some noise, and the area gains a few children by moving in. */
static guint64
demo_population_unscaled (const guint16 *cohort_noise,
                          int            year,
                          int            age)
{
  int birth_year = year - age;
  guint64 count = 3150;

  count = count * (guint64) (10000 + 90 * (birth_year - 2004)) / 10000;
  count = count * cohort_noise[birth_year - (DEMO_FIRST_YEAR - 17)] / 1000;
  count = count * (guint64) (1000 + 3 * (age - 10)) / 1000;
  return count;
}

static guint64
demo_scale (guint64 count,
            guint   n_rows)
{
  return demo_round_div (count * n_rows, DEMO_BASE_ROWS);
}

typedef struct
{
  guint64 total[DEMO_LAST_POPULATION_YEAR - DEMO_FIRST_YEAR + 1];
} DemoPopulation;

static gboolean
demo_write_population (DemoFile        *file,
                       DemoRng         *rng,
                       guint            n_rows,
                       DemoPopulation  *population,
                       GError         **error)
{
  guint16 cohort_noise[DEMO_LAST_POPULATION_YEAR - 10 - (DEMO_FIRST_YEAR - 17) + 1];
  char *p;

  for (guint i = 0; i < G_N_ELEMENTS (cohort_noise); i++)
    cohort_noise[i] = (guint16) demo_rng_range (rng, 975, 1025);

  p = file->buf + file->len;
  p = demo_put_str (p, "year,age,sex,ethnicity,count,source\n");
  demo_file_end_row (file, p);

  for (int year = DEMO_FIRST_YEAR; year <= DEMO_LAST_POPULATION_YEAR; year++)
    {
      guint64 total = 0;

      for (int age = 10; age <= 17; age++)
        {
          guint64 count = demo_scale (demo_population_unscaled (cohort_noise, year, age),
                                      n_rows);

          if (!demo_file_reserve (file, error))
            return FALSE;
          p = file->buf + file->len;
          p = demo_put_uint (p, (guint64) year, 4);
          *p++ = ',';
          p = demo_put_uint (p, (guint64) age, 1);
          p = demo_put_str (p, ",All,All,");
          p = demo_put_uint (p, count, 1);
          p = demo_put_str (p, ",ONS mid-year estimate ");
          p = demo_put_uint (p, (guint64) year, 4);
          *p++ = '\n';
          demo_file_end_row (file, p);
          total += count;
        }
      population->total[year - DEMO_FIRST_YEAR] = total;

      if (year == DEMO_CENSUS_YEAR)
        {
          /* The Census counts a slightly different population from the estimate. */
          guint64 census_total = total * (guint64) demo_rng_range (rng, 985, 1005) / 1000;

          for (guint g = 0; g < DEMO_N_ETHNIC; g++)
            {
              guint64 count = census_total * demo_census_shares[g]
                              * (guint64) demo_rng_range (rng, 985, 1015) / 1000000;

              if (!demo_file_reserve (file, error))
                return FALSE;
              p = file->buf + file->len;
              p = demo_put_uint (p, (guint64) year, 4);
              p = demo_put_str (p, ",10-17,All,");
              p = demo_put_str (p, demo_ethnic_names[g]);
              *p++ = ',';
              p = demo_put_uint (p, count, 1);
              p = demo_put_str (p, ",Census 2021\n");
              demo_file_end_row (file, p);
            }
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------ */
/* benchmarks.csv */

typedef enum
{
  DEMO_AREA_YJS,
  DEMO_AREA_FAMILY,
  DEMO_AREA_REGION,
  DEMO_AREA_NATIONAL,
  DEMO_N_AREAS
} DemoAreaType;

static const struct
{
  const char *type;
  const char *name;
} demo_areas[DEMO_N_AREAS] = {
  [DEMO_AREA_YJS] = { "YJS", BP_DEMO_AREA_NAME },
  [DEMO_AREA_FAMILY] = { "FAMILY", "YJS Family Average" },
  [DEMO_AREA_REGION] = { "REGION", "Northern Region" },
  [DEMO_AREA_NATIONAL] = { "NATIONAL", "England and Wales" },
};

/* Quarter ends from 30 Jun 2016 (i = 0) to 31 Mar 2025 (i = 35). */
#define DEMO_N_BENCHMARK_QUARTERS 36
/* Reoffending cohorts ending 30 Sep 2014 (i = 0; the first three only feed the 12-month
 * cohorts) to 30 Jun 2023 (i = 35). */
#define DEMO_N_COHORT_QUARTERS 36
#define DEMO_FIRST_WRITTEN_COHORT 3

/* The Data Summary edition that published figures for a period ending in month index
 * (year * 12 + month - 1); edition 118 covered the year to 31 March 2024. */
static guint
demo_edition (int month_index)
{
  return (guint) (118 + (month_index - (2024 * 12 + 2)) / 3);
}

typedef struct
{
  const char *indicator;
  gint32      start_day;
  gint32      end_day;
  DemoAreaType area;
  guint64     numerator;
  guint64     denominator;
  guint64     value;      /* scaled by 10^decimals */
  guint       decimals;
  guint       rank;       /* 0 when not published */
  guint       rank_of;
  guint       edition;
} DemoBenchmark;

static gboolean
demo_write_benchmark (DemoFile             *file,
                      const DemoBenchmark  *row,
                      GError              **error)
{
  char *p;

  if (!demo_file_reserve (file, error))
    return FALSE;
  p = file->buf + file->len;
  p = demo_put_str (p, row->indicator);
  *p++ = ',';
  p = demo_put_date (p, row->start_day);
  *p++ = ',';
  p = demo_put_date (p, row->end_day);
  *p++ = ',';
  p = demo_put_str (p, demo_areas[row->area].type);
  *p++ = ',';
  p = demo_put_str (p, demo_areas[row->area].name);
  *p++ = ',';
  p = demo_put_uint (p, row->numerator, 1);
  *p++ = ',';
  p = demo_put_uint (p, row->denominator, 1);
  *p++ = ',';
  p = demo_put_fixed (p, row->value, row->decimals);
  *p++ = ',';
  if (row->rank > 0)
    {
      p = demo_put_uint (p, row->rank, 1);
      *p++ = ',';
      p = demo_put_uint (p, row->rank_of, 1);
    }
  else
    *p++ = ',';
  p = demo_put_str (p, ",YJS Data Summary ");
  p = demo_put_uint (p, row->edition, 1);
  *p++ = '\n';
  demo_file_end_row (file, p);
  return TRUE;
}

/* A figure that falls in a straight line from `first` to `last` over `n` quarters, plus
 * noise of up to `noise` either way. */
static gint64
demo_trend (DemoRng *rng,
            gint64   first,
            gint64   last,
            guint    i,
            guint    n,
            gint64   noise)
{
  return first + (last - first) * (gint64) i / (gint64) (n - 1)
         + demo_rng_range (rng, (gint32) -noise, (gint32) noise);
}

/* FTE and custody rates for the rolling year to each quarter end. */
static gboolean
demo_write_rate_benchmarks (DemoFile              *file,
                            const DemoArea        *area,
                            const DemoPopulation  *population,
                            DemoRng               *rng,
                            GError               **error)
{
  /* Rates in hundredths per 100,000 (FTE) and ten-thousandths per 1,000 (custody):
   * first and last quarter, noise; populations aged 10-17 at the start and growth per
   * quarter. */
  static const struct
  {
    gint64 fte_first, fte_last, fte_noise;
    gint64 custody_first, custody_last, custody_noise;
    gint64 population, growth, population_noise;
  } trends[DEMO_N_AREAS] = {
    [DEMO_AREA_FAMILY] = { 19500, 15800, 500, 3500, 1400, 500, 70000, 150, 400 },
    [DEMO_AREA_REGION] = { 18500, 16000, 300, 3200, 1200, 250, 640000, 1500, 2000 },
    [DEMO_AREA_NATIONAL] = { 17200, 14800, 200, 3000, 1100, 120, 5650000, 13000, 5000 },
  };

  for (guint i = 0; i < DEMO_N_BENCHMARK_QUARTERS; i++)
    {
      int month_index = 2016 * 12 + 5 + 3 * (int) i;
      int year = month_index / 12;
      int month = month_index % 12 + 1;
      gint32 end_day = demo_month_end (year, month);
      gint32 start_day = demo_add_months (end_day + 1, -12);
      int last_quarter = demo_quarter_index (end_day);
      int population_year = MIN (year, DEMO_LAST_POPULATION_YEAR);
      guint rank_of = year < 2019 || (year == 2019 && month <= 3) ? 157
                      : year < 2022 || (year == 2022 && month <= 3) ? 155 : 154;
      guint edition = demo_edition (month_index);
      DemoBenchmark row = { NULL, start_day, end_day, DEMO_AREA_YJS, 0, 0, 0, 0, 0, 0, edition };
      guint64 local = 0;
      gint64 national_value = 0;

      g_assert (last_quarter >= 3);
      for (int q = last_quarter - 3; q <= last_quarter; q++)
        local += area->fte[q];

      /* The published national figure comes first: the area's rank is against it. */
      for (guint a = DEMO_N_AREAS - 1; a > DEMO_AREA_YJS; a--)
        {
          gint64 rate = demo_trend (rng, trends[a].fte_first, trends[a].fte_last, i,
                                    DEMO_N_BENCHMARK_QUARTERS, trends[a].fte_noise);
          gint64 denominator = trends[a].population + trends[a].growth * i
                               + demo_rng_range (rng, (gint32) -trends[a].population_noise,
                                                 (gint32) trends[a].population_noise);

          row.indicator = "FTE_RATE";
          row.area = (DemoAreaType) a;
          row.denominator = (guint64) denominator;
          row.numerator = demo_round_div ((guint64) (rate * denominator), 10000000);
          row.decimals = 0;
          row.rank = 0;
          row.rank_of = 0;
          if (a == DEMO_AREA_FAMILY)
            {
              /* A family average is the mean of its members' rates, which is not quite
               * the total over the total: 113 / 70,982 can be published as 160. */
              rate += demo_rng_range (rng, -120, 120);
              row.value = demo_round_div ((guint64) rate, 100);
            }
          else
            row.value = demo_round_div (row.numerator * 100000, row.denominator);
          if (a == DEMO_AREA_NATIONAL)
            national_value = (gint64) row.value;
          if (!demo_write_benchmark (file, &row, error))
            return FALSE;

          rate = demo_trend (rng, trends[a].custody_first, trends[a].custody_last, i,
                             DEMO_N_BENCHMARK_QUARTERS, trends[a].custody_noise);
          row.indicator = "CUSTODY_RATE";
          row.numerator = demo_round_div ((guint64) (rate * denominator), 10000000);
          row.value = demo_round_div (row.numerator * 100000, row.denominator);
          row.decimals = 2;
          if (!demo_write_benchmark (file, &row, error))
            return FALSE;
        }

      /* The area's own published figure: the Police National Computer knows of earlier
       * outcomes elsewhere, so it counts a few fewer first time entrants than local data. */
      row.indicator = "FTE_RATE";
      row.area = DEMO_AREA_YJS;
      row.denominator = population->total[population_year - DEMO_FIRST_YEAR];
      row.numerator = local * (guint64) demo_rng_range (rng, 870, 970) / 1000;
      row.decimals = 0;
      row.rank_of = rank_of;
      if (row.denominator > 0)
        {
          gint64 rank;

          row.value = demo_round_div (row.numerator * 100000, row.denominator);
          /* Rank 1 is the lowest rate. */
          rank = (gint64) rank_of / 2 + ((gint64) row.value - national_value) * 4 / 5
                 + demo_rng_range (rng, -6, 6);
          row.rank = (guint) CLAMP (rank, 1, (gint64) rank_of);
          if (!demo_write_benchmark (file, &row, error))
            return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  guint64 cohort;
  guint64 reoffenders;
  guint64 reoffences;
} DemoCohort;

static gboolean
demo_write_cohort (DemoFile          *file,
                   const DemoCohort  *cohort,
                   DemoAreaType       area,
                   const char        *suffix,
                   gint32             start_day,
                   gint32             end_day,
                   guint              edition,
                   GError           **error)
{
  g_autofree char *binary = g_strconcat ("REOFF_BINARY_", suffix, NULL);
  g_autofree char *frequency = g_strconcat ("REOFF_FREQ_", suffix, NULL);
  g_autofree char *per_reoffender = g_strconcat ("REOFF_PER_REOFFENDER_", suffix, NULL);
  DemoBenchmark row = { binary, start_day, end_day, area, 0, 0, 0, 0, 0, 0, edition };

  row.numerator = cohort->reoffenders;
  row.denominator = cohort->cohort;
  row.value = demo_round_div (cohort->reoffenders * 1000, cohort->cohort);
  row.decimals = 1;
  if (!demo_write_benchmark (file, &row, error))
    return FALSE;

  row.indicator = frequency;
  row.numerator = cohort->reoffences;
  row.value = demo_round_div (cohort->reoffences * 100, cohort->cohort);
  row.decimals = 2;
  if (!demo_write_benchmark (file, &row, error))
    return FALSE;

  row.indicator = per_reoffender;
  row.denominator = cohort->reoffenders;
  row.value = cohort->reoffenders > 0
              ? demo_round_div (cohort->reoffences * 100, cohort->reoffenders) : 0;
  return demo_write_benchmark (file, &row, error);
}

/* Proven reoffending of 3-month and 12-month cohorts. */
static gboolean
demo_write_reoffending_benchmarks (DemoFile  *file,
                                   DemoRng   *rng,
                                   GError   **error)
{
  /* Cohort sizes first and last, noise; binary rate in tenths of a per cent and
   * reoffences per reoffender in hundredths, each with its noise. */
  static const struct
  {
    gint64 cohort_first, cohort_last, cohort_noise;
    gint64 binary, binary_noise;
    gint64 per_reoffender, per_reoffender_noise;
  } trends[DEMO_N_AREAS] = {
    [DEMO_AREA_FAMILY] = { 75, 50, 8, 325, 30, 335, 35 },
    [DEMO_AREA_REGION] = { 560, 360, 30, 330, 20, 340, 25 },
    [DEMO_AREA_NATIONAL] = { 5400, 3400, 150, 330, 12, 345, 15 },
  };
  DemoCohort cohorts[DEMO_N_AREAS][DEMO_N_COHORT_QUARTERS];

  for (guint i = 0; i < DEMO_N_COHORT_QUARTERS; i++)
    for (guint a = DEMO_AREA_FAMILY; a < DEMO_N_AREAS; a++)
      {
        DemoCohort *c = &cohorts[a][i];
        gint64 binary = trends[a].binary + demo_rng_range (rng, (gint32) -trends[a].binary_noise,
                                                           (gint32) trends[a].binary_noise);
        gint64 per_reoffender = trends[a].per_reoffender
                                + demo_rng_range (rng, (gint32) -trends[a].per_reoffender_noise,
                                                  (gint32) trends[a].per_reoffender_noise);

        c->cohort = (guint64) demo_trend (rng, trends[a].cohort_first, trends[a].cohort_last, i,
                                          DEMO_N_COHORT_QUARTERS, trends[a].cohort_noise);
        c->reoffenders = demo_round_div (c->cohort * (guint64) binary, 1000);
        c->reoffences = demo_round_div (c->reoffenders * (guint64) per_reoffender, 100);
      }

  for (guint i = DEMO_FIRST_WRITTEN_COHORT; i < DEMO_N_COHORT_QUARTERS; i++)
    {
      int month_index = 2014 * 12 + 8 + 3 * (int) i;
      int year = month_index / 12;
      int month = month_index % 12 + 1;
      gint32 end_day = demo_month_end (year, month);
      /* Published with the period ending 21 months after the cohort. */
      guint edition = demo_edition (month_index + 21);

      for (guint a = DEMO_AREA_FAMILY; a < DEMO_N_AREAS; a++)
        {
          DemoCohort year_cohort = { 0, 0, 0 };

          if (!demo_write_cohort (file, &cohorts[a][i], (DemoAreaType) a, "Q",
                                  demo_add_months (end_day + 1, -3), end_day, edition, error))
            return FALSE;

          for (guint q = i - 3; q <= i; q++)
            {
              year_cohort.cohort += cohorts[a][q].cohort;
              year_cohort.reoffenders += cohorts[a][q].reoffenders;
              year_cohort.reoffences += cohorts[a][q].reoffences;
            }
          if (!demo_write_cohort (file, &year_cohort, (DemoAreaType) a, "Y",
                                  demo_add_months (end_day + 1, -12), end_day, edition, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
demo_write_benchmarks (DemoFile              *file,
                       const DemoArea        *area,
                       const DemoPopulation  *population,
                       DemoRng               *rng,
                       GError               **error)
{
  char *p = file->buf + file->len;

  p = demo_put_str (p, "indicator,period_start,period_end,area_type,area_name,numerator,"
                       "denominator,value,rank,rank_of,source\n");
  demo_file_end_row (file, p);

  return demo_write_rate_benchmarks (file, area, population, rng, error)
         && demo_write_reoffending_benchmarks (file, rng, error);
}

/* ------------------------------------------------------------------------------------ */

/**
 * bp_demo_write:
 * @dir: the folder to write into; created (mode 0700) if missing
 * @n_rows: rows of outcomes.csv; the area's population grows with it
 * @seed: any number; the same @n_rows and @seed give byte-identical files
 * @progress: (nullable) (scope call): called about every 1% with the fraction done
 * @user_data: passed to @progress
 * @cancellable: (nullable): checked as often as @progress is called
 * @error: return location for a #GError, or %NULL
 *
 * Writes demonstration data for the fictional area of %BP_DEMO_AREA_NAME: case-level
 * outcomes.csv, population.csv (ONS mid-year estimates and Census 2021 by ethnic group)
 * and benchmarks.csv (published comparators), in the formats of data-formats.md. Each
 * file is written under a temporary name in @dir and all three are renamed into place
 * only when all are complete, so a failed or cancelled run leaves @dir as it was.
 *
 * Returns: %TRUE on success; %FALSE with @error set (%G_IO_ERROR_CANCELLED when
 * cancelled) otherwise
 */
gboolean
bp_demo_write (const char         *dir,
               guint               n_rows,
               guint64             seed,
               BpDemoProgressFunc  progress,
               gpointer            user_data,
               GCancellable       *cancellable,
               GError            **error)
{
  g_auto (DemoFile) outcomes = DEMO_FILE_INIT;
  g_auto (DemoFile) population_file = DEMO_FILE_INIT;
  g_auto (DemoFile) benchmarks = DEMO_FILE_INIT;
  g_autofree DemoArea *area = g_new0 (DemoArea, 1);
  DemoPopulation population;
  DemoRng rng;
  DemoRng area_rng;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second the system's reason,
                    * e.g. "Could not create the folder /home/sam/demo: Permission denied" */
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* Two streams, so the population and comparators do not change with the number of
   * outcome rows drawn before them. */
  demo_rng_init (&rng, seed);
  demo_rng_init (&area_rng, seed ^ G_GUINT64_CONSTANT (0x6E6F72746864616C));
  demo_area_init (area, &area_rng);
  memset (&population, 0, sizeof population);

  if (!demo_file_open (&outcomes, dir, "outcomes.csv", error)
      || !demo_file_open (&population_file, dir, "population.csv", error)
      || !demo_file_open (&benchmarks, dir, "benchmarks.csv", error))
    return FALSE;

  if (!demo_write_outcomes (&outcomes, area, &rng, n_rows, progress, user_data,
                            cancellable, error)
      || !demo_write_population (&population_file, &area_rng, n_rows, &population, error)
      || !demo_write_benchmarks (&benchmarks, area, &population, &area_rng, error))
    return FALSE;

  if (!demo_file_finish (&outcomes, error)
      || !demo_file_finish (&population_file, error)
      || !demo_file_finish (&benchmarks, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!demo_file_commit (&outcomes, error)
      || !demo_file_commit (&population_file, error)
      || !demo_file_commit (&benchmarks, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

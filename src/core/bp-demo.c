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

#include "bp-demo-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

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

gboolean
_bp_demo_file_flush (DemoFile  *file,
                 GError   **error)
{
  if (!bp_atomic_file_write (&file->atomic, file->buf, file->len, NULL))
    return demo_file_set_error (file, DEMO_FILE_WRITE, file->atomic.saved_errno, error);
  file->len = 0;
  return TRUE;
}



/* Everything on disk and the descriptor closed; the file keeps its temporary name. */
static gboolean
demo_file_finish (DemoFile  *file,
                  GError   **error)
{
  if (!_bp_demo_file_flush (file, error))
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
  area->start_day = bp_day_from_ymd (2013, 4, 1);
  area->end_day = bp_day_from_ymd (2025, 3, 31);
  /* Children who entered the year before the records start still have outcomes in
   * the first year, so its volume is like the others. */
  area->entry_start_day = bp_day_from_ymd (2012, 4, 1);
  area->turnaround_day = bp_day_from_ymd (2023, 1, 1);
  area->o22_day = bp_day_from_ymd (2016, 4, 1);
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
      int fy = CLAMP (bp_financial_year_start_year (day) - DEMO_FIRST_YEAR, 0, 13);
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
      return bp_day_add_months (outcome_day, dto_months[demo_rng_pick (rng, dto_weights, 7)] / 2);
    case DEMO_S250:
      return bp_day_add_months (outcome_day, demo_rng_range (rng, 12, 48));
    case DEMO_S254:
      return bp_day_add_months (outcome_day, demo_rng_range (rng, 36, 72));
    case DEMO_S258:
    case DEMO_S259:
      return bp_day_add_months (outcome_day, demo_rng_range (rng, 96, 180));
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

void
_bp_demo_child_generate (DemoChild      *child,
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
  int age;
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
  child->dob = bp_day_add_months (entry_day, -12 * age) - (gint32) demo_rng_below (rng, 365);

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

      if (bp_age_at (child->dob, offence_day) >= 18)
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
          if (bp_age_at (child->dob, breach_day) >= 18)
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
 * and benchmarks.csv (published comparators), in the formats of data-formats.md, and the
 * KPIs' interventions.csv, victims.csv and board.csv (kpis.md), and the plan's
 * staffing.csv, budget.csv and actions.csv. Each file is written under a temporary name
 * in @dir and all nine are renamed into place only when all are
 * complete, so a failed or cancelled run leaves @dir as it was.
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
  g_auto (DemoFile) interventions = DEMO_FILE_INIT;
  g_auto (DemoFile) victims = DEMO_FILE_INIT;
  g_auto (DemoFile) board = DEMO_FILE_INIT;
  g_auto (DemoFile) staffing = DEMO_FILE_INIT;
  g_auto (DemoFile) budget = DEMO_FILE_INIT;
  g_auto (DemoFile) actions = DEMO_FILE_INIT;
  DemoRng plan_rng;
  DemoKpiWriter kpis = { &interventions, &victims };
  DemoRng board_rng;
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
  /* And two more for the KPI files, which leave the other three as they were. */
  demo_rng_init (&kpis.rng, seed ^ G_GUINT64_CONSTANT (0x6B70697320202031));
  demo_rng_init (&board_rng, seed ^ G_GUINT64_CONSTANT (0x626F617264202031));
  demo_rng_init (&plan_rng, seed ^ G_GUINT64_CONSTANT (0x706C616E20202031));
  memset (&population, 0, sizeof population);

  if (!demo_file_open (&outcomes, dir, "outcomes.csv", error)
      || !demo_file_open (&population_file, dir, "population.csv", error)
      || !demo_file_open (&benchmarks, dir, "benchmarks.csv", error)
      || !demo_file_open (&interventions, dir, "interventions.csv", error)
      || !demo_file_open (&victims, dir, "victims.csv", error)
      || !demo_file_open (&board, dir, "board.csv", error)
      || !demo_file_open (&staffing, dir, "staffing.csv", error)
      || !demo_file_open (&budget, dir, "budget.csv", error)
      || !demo_file_open (&actions, dir, "actions.csv", error))
    return FALSE;

  _bp_demo_kpis_begin (&kpis);
  if (!_bp_demo_write_outcomes (&outcomes, area, &rng, &kpis, n_rows, progress, user_data,
                            cancellable, error)
      || !_bp_demo_write_population (&population_file, &area_rng, n_rows, &population, error)
      || !_bp_demo_write_benchmarks (&benchmarks, area, &population, &area_rng, error)
      || !_bp_demo_write_board (&board, area, &board_rng, error)
      || !_bp_demo_write_plan (&staffing, &budget, &actions, area, &plan_rng, error))
    return FALSE;

  if (!demo_file_finish (&outcomes, error)
      || !demo_file_finish (&population_file, error)
      || !demo_file_finish (&benchmarks, error)
      || !demo_file_finish (&interventions, error)
      || !demo_file_finish (&victims, error)
      || !demo_file_finish (&board, error)
      || !demo_file_finish (&staffing, error)
      || !demo_file_finish (&budget, error)
      || !demo_file_finish (&actions, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!demo_file_commit (&outcomes, error)
      || !demo_file_commit (&population_file, error)
      || !demo_file_commit (&benchmarks, error)
      || !demo_file_commit (&interventions, error)
      || !demo_file_commit (&victims, error)
      || !demo_file_commit (&board, error)
      || !demo_file_commit (&staffing, error)
      || !demo_file_commit (&budget, error)
      || !demo_file_commit (&actions, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

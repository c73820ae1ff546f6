/* bp-demo-writers.c: the demonstration data's three files: outcomes, population and
 * benchmarks, formatted straight into each file's buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-demo-private.h"

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

gboolean
_bp_demo_write_outcomes (DemoFile            *file,
                     DemoArea            *area,
                     DemoRng             *rng,
                     DemoKpiWriter       *kpis,
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

      _bp_demo_child_generate (child, area, rng);
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

      /* The child's interventions and victims, for the outcomes that will be written. */
      if (!_bp_demo_kpis_child (kpis, area, child, prefix, prefix_len,
                                (guint) MIN ((guint64) child->n_outcomes, n_rows - written),
                                error))
        return FALSE;

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
              int age = bp_age_at (child->dob, outcome->outcome_day);
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

gboolean
_bp_demo_write_population (DemoFile        *file,
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
  DEMO_N_AREAS,
  /* Named neighbours: other youth justice services, written with their own generator */
  DEMO_AREA_NEIGHBOUR_1 = DEMO_N_AREAS,
  DEMO_AREA_NEIGHBOUR_2,
  DEMO_N_ALL_AREAS
} DemoAreaType;

static const struct
{
  const char *type;
  const char *name;
} demo_areas[DEMO_N_ALL_AREAS] = {
  [DEMO_AREA_YJS] = { "YJS", BP_DEMO_AREA_NAME },
  [DEMO_AREA_FAMILY] = { "FAMILY", "YJS Family Average" },
  [DEMO_AREA_REGION] = { "REGION", "Northern Region" },
  [DEMO_AREA_NATIONAL] = { "NATIONAL", "England and Wales" },
  [DEMO_AREA_NEIGHBOUR_1] = { "YJS", "Eastmoor" },
  [DEMO_AREA_NEIGHBOUR_2] = { "YJS", "Westfell" },
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

/* The area's own published custody rate and its named neighbours' FTE and custody rates
 * for the rolling year of @own (the area's own FTE row, whose denominator is the area's
 * population, 0 when none is known): drawn from @rng, kept apart from the generator of
 * everything else so that adding them changed no other figure of the demo. */
static gboolean
demo_write_neighbour_rates (DemoFile             *file,
                            const DemoBenchmark  *own,
                            guint                 i,
                            DemoRng              *rng,
                            GError              **error)
{
  /* As the trends of demo_write_rate_benchmarks(); the area's own FTE is its local data. */
  static const struct
  {
    DemoAreaType area;
    gint64 fte_first, fte_last, fte_noise;
    gint64 custody_first, custody_last, custody_noise;
    gint64 population, growth;
  } neighbours[] = {
    { DEMO_AREA_YJS, 0, 0, 0, 3000, 1100, 300, 0, 0 },
    { DEMO_AREA_NEIGHBOUR_1, 24500, 21000, 900, 4200, 3600, 900, 28800, 30 },
    { DEMO_AREA_NEIGHBOUR_2, 18000, 16500, 800, 2200, 1700, 600, 33900, 45 },
  };
  DemoBenchmark row = *own;

  for (guint n = 0; n < G_N_ELEMENTS (neighbours); n++)
    {
      gint64 rate;

      row.area = neighbours[n].area;
      row.rank = 0;
      row.rank_of = 0;
      if (row.area != DEMO_AREA_YJS)
        {
          row.indicator = "FTE_RATE";
          row.denominator = (guint64) (neighbours[n].population + neighbours[n].growth * i);
          rate = demo_trend (rng, neighbours[n].fte_first, neighbours[n].fte_last, i,
                             DEMO_N_BENCHMARK_QUARTERS, neighbours[n].fte_noise);
          row.numerator = demo_round_div ((guint64) (rate * (gint64) row.denominator), 10000000);
          row.value = demo_round_div (row.numerator * 100000, row.denominator);
          row.decimals = 0;
          if (!demo_write_benchmark (file, &row, error))
            return FALSE;
        }
      else if (own->denominator == 0)
        continue;

      rate = demo_trend (rng, neighbours[n].custody_first, neighbours[n].custody_last, i,
                         DEMO_N_BENCHMARK_QUARTERS, neighbours[n].custody_noise);
      row.indicator = "CUSTODY_RATE";
      row.numerator = demo_round_div ((guint64) (MAX (rate, 0) * (gint64) row.denominator),
                                      10000000);
      row.value = demo_round_div (row.numerator * 100000, row.denominator);
      row.decimals = 2;
      if (row.area == DEMO_AREA_YJS)
        {
          /* Rank 1 is the lowest rate; the area sits in the middle third. */
          row.rank_of = own->rank_of;
          row.rank = (guint) demo_rng_range (rng, (gint32) own->rank_of / 3,
                                             (gint32) own->rank_of * 2 / 3);
        }
      if (!demo_write_benchmark (file, &row, error))
        return FALSE;
    }
  return TRUE;
}

/* FTE and custody rates for the rolling year to each quarter end. */
static gboolean
demo_write_rate_benchmarks (DemoFile              *file,
                            const DemoArea        *area,
                            const DemoPopulation  *population,
                            DemoRng               *rng,
                            GError               **error)
{
  DemoRng neighbours[1];

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

  /* Seeded from the state without drawing from it. */
  demo_rng_init (neighbours, rng->s[0] ^ G_GUINT64_CONSTANT (0x6E65696768626F72));
  for (guint i = 0; i < DEMO_N_BENCHMARK_QUARTERS; i++)
    {
      int month_index = 2016 * 12 + 5 + 3 * (int) i;
      int year = month_index / 12;
      int month = month_index % 12 + 1;
      gint32 end_day = bp_day_month_end (year, month);
      gint32 start_day = bp_day_add_months (end_day + 1, -12);
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
      if (!demo_write_neighbour_rates (file, &row, i, neighbours, error))
        return FALSE;
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
      gint32 end_day = bp_day_month_end (year, month);
      /* Published with the period ending 21 months after the cohort. */
      guint edition = demo_edition (month_index + 21);

      for (guint a = DEMO_AREA_FAMILY; a < DEMO_N_AREAS; a++)
        {
          DemoCohort year_cohort = { 0, 0, 0 };

          if (!demo_write_cohort (file, &cohorts[a][i], (DemoAreaType) a, "Q",
                                  bp_day_add_months (end_day + 1, -3), end_day, edition, error))
            return FALSE;

          for (guint q = i - 3; q <= i; q++)
            {
              year_cohort.cohort += cohorts[a][q].cohort;
              year_cohort.reoffenders += cohorts[a][q].reoffenders;
              year_cohort.reoffences += cohorts[a][q].reoffences;
            }
          if (!demo_write_cohort (file, &year_cohort, (DemoAreaType) a, "Y",
                                  bp_day_add_months (end_day + 1, -12), end_day, edition, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
_bp_demo_write_benchmarks (DemoFile              *file,
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


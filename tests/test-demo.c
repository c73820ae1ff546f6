/* test-demo.c: the demonstration data generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bp-demo.h"
#include "bp-import.h"
#include "bp-kpis.h"

#include <string.h>

#include <glib/gstdio.h>

#define OUTCOMES_HEADER \
  "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type," \
  "offence_date,offence_group,gravity,local_status,release_date"
#define POPULATION_HEADER "year,age,sex,ethnicity,count,source"
#define BENCHMARKS_HEADER \
  "indicator,period_start,period_end,area_type,area_name,numerator,denominator,value," \
  "rank,rank_of,source"

typedef struct
{
  char *dir;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("bp-demo-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
read_file (const char *dir,
           const char *name,
           gsize      *length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_demo (const char *dir,
            guint       n_rows,
            guint64     seed)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (bp_demo_write (dir, n_rows, seed, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The data rows of a CSV file the generator wrote (no field spans lines), each split
 * into its fields with RFC 4180 quoting undone. The header is checked and dropped. */
static GPtrArray *
read_csv (const char *dir,
          const char *name,
          const char *header,
          guint       n_fields)
{
  g_autofree char *contents = read_file (dir, name, NULL);
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n_lines;

  g_assert_null (strchr (contents, '\r'));
  g_assert_true (g_str_has_suffix (contents, "\n"));
  lines = g_strsplit (contents, "\n", -1);
  n_lines = g_strv_length (lines);
  /* The last "line" is the empty string after the final newline. */
  g_assert_cmpuint (n_lines, >=, 2);
  g_assert_cmpstr (lines[n_lines - 1], ==, "");
  g_assert_cmpstr (lines[0], ==, header);

  for (guint i = 1; i + 1 < n_lines; i++)
    {
      GPtrArray *fields = g_ptr_array_new ();
      const char *p = lines[i];

      for (;;)
        {
          GString *field = g_string_new (NULL);

          if (*p == '"')
            {
              p++;
              while (*p != '\0' && !(*p == '"' && p[1] != '"'))
                {
                  if (*p == '"')
                    p++;
                  g_string_append_c (field, *p++);
                }
              g_assert_cmpint (*p, ==, '"');
              p++;
            }
          else
            {
              while (*p != '\0' && *p != ',')
                g_string_append_c (field, *p++);
            }
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          if (*p == '\0')
            break;
          g_assert_cmpint (*p, ==, ',');
          p++;
        }
      g_assert_cmpuint (fields->len, ==, n_fields);
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (fields, FALSE));
    }
  return rows;
}

/* A date written as YYYY-MM-DD, as a Julian day; fails the test on anything else. */
static guint32
julian (const char *text)
{
  GDate date;
  guint y = 0, m = 0, d = 0;

  g_assert_cmpuint (strlen (text), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        g_assert_cmpint (text[i], ==, '-');
      else
        g_assert_true (g_ascii_isdigit (text[i]));
    }
  g_assert_cmpint (sscanf (text, "%4u-%2u-%2u", &y, &m, &d), ==, 3);
  g_assert_true (g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return g_date_get_julian (&date);
}

static int
age_on (const char *dob,
        const char *day)
{
  guint by, bm, bd, y, m, d;
  int age;

  sscanf (dob, "%4u-%2u-%2u", &by, &bm, &bd);
  sscanf (day, "%4u-%2u-%2u", &y, &m, &d);
  age = (int) y - (int) by;
  if (m < bm || (m == bm && d < bd))
    age--;
  return age;
}

static gboolean
is_custodial (const char *type)
{
  const char *const custodial[] = { "DTO", "S250", "S254", "S258", "S259",
                                    "Detention and Training Order" };

  for (guint i = 0; i < G_N_ELEMENTS (custodial); i++)
    if (g_str_equal (type, custodial[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_statutory (const char *type)
{
  const char *const statutory[] = { "YC", "YCC", "AD", "CD", "FINE", "COMP", "REPO", "RO",
                                    "ROX", "YRO", "Youth Caution", "Referral Order",
                                    "Youth Rehabilitation Order" };

  if (is_custodial (type))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (statutory); i++)
    if (g_str_equal (type, statutory[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_known_type (const char *type)
{
  const char *const others[] = { "CR", "TRIAGE", "O22", "NFA", "TURNAROUND", "REMAND_YDA",
                                 "REMAND_LA", "BAIL_ISS", "Community Resolution" };

  if (is_statutory (type))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_str_equal (type, others[i]))
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------------------------ */

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *const names[] = { "outcomes.csv", "population.csv", "benchmarks.csv",
                                "interventions.csv", "victims.csv", "board.csv",
                                "staffing.csv", "budget.csv", "actions.csv" };
  g_autofree char *first = g_build_filename (fixture->dir, "first", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second", NULL);
  g_autofree char *other_seed = g_build_filename (fixture->dir, "other-seed", NULL);
  g_autofree char *outcomes = NULL;
  g_autofree char *other_outcomes = NULL;

  write_demo (first, 3000, 42);
  write_demo (second, 3000, 42);
  write_demo (other_seed, 3000, 43);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize length_a, length_b;
      g_autofree char *a = read_file (first, names[i], &length_a);
      g_autofree char *b = read_file (second, names[i], &length_b);

      g_assert_cmpmem (a, length_a, b, length_b);
    }

  outcomes = read_file (first, "outcomes.csv", NULL);
  other_outcomes = read_file (other_seed, "outcomes.csv", NULL);
  g_assert_cmpstr (outcomes, !=, other_outcomes);
}

static void
test_row_count (Fixture       *fixture,
                gconstpointer  user_data)
{
  const guint counts[] = { 0, 1, 1234 };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *name = g_strdup_printf ("rows-%u", counts[i]);
      g_autofree char *dir = g_build_filename (fixture->dir, name, NULL);
      g_autoptr (GPtrArray) outcomes = NULL;
      g_autoptr (GPtrArray) population = NULL;
      g_autoptr (GPtrArray) benchmarks = NULL;

      write_demo (dir, counts[i], 7);
      outcomes = read_csv (dir, "outcomes.csv", OUTCOMES_HEADER, 12);
      population = read_csv (dir, "population.csv", POPULATION_HEADER, 6);
      benchmarks = read_csv (dir, "benchmarks.csv", BENCHMARKS_HEADER, 11);

      g_assert_cmpuint (outcomes->len, ==, counts[i]);
      /* 13 years of 8 single ages, and the 5 Census groups of 2021. */
      g_assert_cmpuint (population->len, ==, 13 * 8 + 5);
      g_assert_cmpuint (benchmarks->len, >, 0);
    }
}

static void
test_shape (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) births = g_hash_table_new (g_str_hash, g_str_equal);
  guint32 first_day = julian ("2013-04-01");
  guint32 last_day = julian ("2025-03-31");
  guint n_child_age = 0;
  guint n_custodial = 0;
  guint n_named = 0;

  write_demo (fixture->dir, BP_DEMO_DEFAULT_ROWS, BP_DEMO_DEFAULT_SEED);
  rows = read_csv (fixture->dir, "outcomes.csv", OUTCOMES_HEADER, 12);
  g_assert_cmpuint (rows->len, ==, BP_DEMO_DEFAULT_ROWS);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *id = row[0], *child = row[1], *dob = row[2], *sex = row[3];
      const char *outcome_date = row[5], *type = row[6], *offence_date = row[7];
      const char *group = row[8], *gravity = row[9], *status = row[10], *release = row[11];
      const char *known_dob;
      guint32 outcome_day = julian (outcome_date);
      int age;

      g_assert_true (g_str_has_prefix (id, "OUT-"));
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_true (g_str_has_prefix (child, "C-"));

      /* A child has one date of birth. */
      julian (dob);
      known_dob = g_hash_table_lookup (births, child);
      if (known_dob != NULL)
        g_assert_cmpstr (known_dob, ==, dob);
      else
        g_hash_table_insert (births, (gpointer) child, (gpointer) dob);

      g_assert_true (g_strv_contains ((const char *const[]) { "M", "F", "U", NULL }, sex));
      g_assert_true (is_known_type (type));
      if (strchr (type, ' ') != NULL)
        n_named++;

      g_assert_cmpuint (outcome_day, >=, first_day);
      g_assert_cmpuint (outcome_day, <=, last_day);
      g_assert_cmpuint (julian (offence_date), <=, outcome_day);
      g_assert_true (g_strv_contains ((const char *const[]) {
                       "VATP", "ROBBERY", "DRUGS", "THEFT", "BURGLARY", "CRIMINAL_DAMAGE",
                       "MOTORING", "PUBLIC_ORDER", "SEXUAL", "WEAPONS", "FRAUD", "BREACH",
                       "OTHER", NULL }, group));
      g_assert_cmpuint (strlen (gravity), ==, 1);
      g_assert_cmpint (gravity[0], >=, '1');
      g_assert_cmpint (gravity[0], <=, '8');
      g_assert_true (*status == '\0' || g_str_equal (status, "Other"));

      /* Only a custodial sentence has a release date, after the sentence, and no later
       * than the data. */
      if (*release != '\0')
        {
          g_assert_true (is_custodial (type));
          g_assert_cmpuint (julian (release), >, outcome_day);
          g_assert_cmpuint (julian (release), <=, last_day);
        }
      if (is_custodial (type))
        n_custodial++;

      age = age_on (dob, outcome_date);
      g_assert_cmpint (age, >=, 9);
      g_assert_cmpint (age, <=, 19);
      if (age >= 10 && age <= 17)
        n_child_age++;
    }

  /* Nearly all outcomes are of children aged 10-17, with a few distractors. */
  g_assert_cmpuint (n_child_age, >=, rows->len * 95 / 100);
  g_assert_cmpuint (n_child_age, <, rows->len);
  g_assert_cmpuint (n_custodial, >, 0);
  g_assert_cmpuint (n_named, >, 0);
}

/* The population covers 2012-2024 for ages 10-17, and the Census 2021 groups add up to
 * about the mid-year estimate. */
static void
test_population (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr (GPtrArray) rows = NULL;
  guint64 estimate_2021 = 0;
  guint64 census_2021 = 0;
  guint n_estimates = 0;

  write_demo (fixture->dir, BP_DEMO_DEFAULT_ROWS, BP_DEMO_DEFAULT_SEED);
  rows = read_csv (fixture->dir, "population.csv", POPULATION_HEADER, 6);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint64 year = g_ascii_strtoull (row[0], NULL, 10);
      guint64 count = g_ascii_strtoull (row[4], NULL, 10);

      g_assert_cmpuint (year, >=, 2012);
      g_assert_cmpuint (year, <=, 2024);
      g_assert_cmpstr (row[2], ==, "All");
      if (g_str_equal (row[5], "Census 2021"))
        {
          g_assert_cmpuint (year, ==, 2021);
          g_assert_cmpstr (row[1], ==, "10-17");
          census_2021 += count;
        }
      else
        {
          g_autofree char *source = g_strdup_printf ("ONS mid-year estimate %s", row[0]);
          guint64 age = g_ascii_strtoull (row[1], NULL, 10);

          g_assert_cmpstr (row[5], ==, source);
          g_assert_cmpstr (row[3], ==, "All");
          g_assert_cmpuint (age, >=, 10);
          g_assert_cmpuint (age, <=, 17);
          n_estimates++;
          if (year == 2021)
            estimate_2021 += count;
        }
    }

  g_assert_cmpuint (n_estimates, ==, 13 * 8);
  /* "About 26,000" children aged 10-17 at the default size. */
  g_assert_cmpuint (estimate_2021, >, 22000);
  g_assert_cmpuint (estimate_2021, <, 30000);
  g_assert_cmpuint (census_2021 * 100, >, estimate_2021 * 95);
  g_assert_cmpuint (census_2021 * 100, <, estimate_2021 * 105);
}

/* Benchmarks look published: whole-number FTE rates, custody rates to 2 dp, reoffending
 * rates to 1 dp and frequencies to 2 dp, a rank only on the area's own rates, and two
 * named neighbours. */
static void
test_benchmarks (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr (GPtrArray) rows = NULL;
  guint n_ranked = 0, n_neighbour_rows = 0;

  write_demo (fixture->dir, BP_DEMO_DEFAULT_ROWS, BP_DEMO_DEFAULT_SEED);
  rows = read_csv (fixture->dir, "benchmarks.csv", BENCHMARKS_HEADER, 11);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *indicator = row[0], *area_type = row[3], *value = row[7];
      const char *dot = strchr (value, '.');
      guint decimals = dot != NULL ? (guint) strlen (dot + 1) : 0;
      guint32 start = julian (row[1]);
      guint32 end = julian (row[2]);

      g_assert_cmpuint (start, <, end);
      g_assert_true (g_str_has_prefix (row[10], "YJS Data Summary "));
      g_assert_true (g_strv_contains ((const char *const[]) {
                       "YJS", "FAMILY", "REGION", "NATIONAL", NULL }, area_type));

      if (g_str_equal (indicator, "FTE_RATE"))
        g_assert_cmpuint (decimals, ==, 0);
      else if (g_str_equal (indicator, "CUSTODY_RATE"))
        g_assert_cmpuint (decimals, ==, 2);
      else if (g_str_has_prefix (indicator, "REOFF_BINARY_"))
        g_assert_cmpuint (decimals, ==, 1);
      else if (g_str_has_prefix (indicator, "REOFF_FREQ_")
               || g_str_has_prefix (indicator, "REOFF_PER_REOFFENDER_"))
        g_assert_cmpuint (decimals, ==, 2);
      else
        g_assert_not_reached ();

      if (g_str_equal (area_type, "YJS") && g_str_equal (row[4], BP_DEMO_AREA_NAME))
        {
          g_assert_true (g_str_equal (indicator, "FTE_RATE")
                         || g_str_equal (indicator, "CUSTODY_RATE"));
          g_assert_cmpstr (row[8], !=, "");
          g_assert_cmpuint (g_ascii_strtoull (row[8], NULL, 10), >=, 1);
          g_assert_cmpuint (g_ascii_strtoull (row[8], NULL, 10), <=,
                            g_ascii_strtoull (row[9], NULL, 10));
          n_ranked++;
        }
      else if (g_str_equal (area_type, "YJS"))
        {
          /* A named neighbour: its rates, as published, unranked. */
          g_assert_true (g_str_equal (row[4], "Eastmoor") || g_str_equal (row[4], "Westfell"));
          g_assert_true (g_str_equal (indicator, "FTE_RATE")
                         || g_str_equal (indicator, "CUSTODY_RATE"));
          g_assert_cmpstr (row[8], ==, "");
          n_neighbour_rows++;
        }
      else
        {
          g_assert_cmpstr (row[8], ==, "");
          g_assert_cmpstr (row[9], ==, "");
        }

      /* A rolling year ends at a quarter end. */
      if (g_str_equal (indicator, "FTE_RATE") && g_str_equal (row[2], "2024-03-31"))
        g_assert_cmpstr (row[1], ==, "2023-04-01");
    }

  /* The area's FTE and custody rates at each quarter end, 30 Jun 2016 to 31 Mar 2025,
   * and both rates of its two neighbours. */
  g_assert_cmpuint (n_ranked, ==, 2 * 36);
  g_assert_cmpuint (n_neighbour_rows, ==, 2 * 2 * 36);
}

/* With the default size, the area has realistic volumes: about 500 outcomes and 45-60
 * first time entrants (first caution or sentence, aged 10-17, local) a financial year.
 * The bounds are loose: the data are random, but its rates must stay believable. */
static void
test_volumes (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint outcomes_by_year[13] = { 0 };
  guint fte_by_year[13] = { 0 };

  write_demo (fixture->dir, BP_DEMO_DEFAULT_ROWS, BP_DEMO_DEFAULT_SEED);
  rows = read_csv (fixture->dir, "outcomes.csv", OUTCOMES_HEADER, 12);

  /* Rows of a child come in date order, so the first statutory one seen is the first. */
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint y, m, d;
      int year, age;

      sscanf (row[5], "%4u-%2u-%2u", &y, &m, &d);
      year = (int) (m < 4 ? y - 1 : y) - 2013;
      g_assert_cmpint (year, >=, 0);
      g_assert_cmpint (year, <, 12);
      outcomes_by_year[year]++;

      if (!is_statutory (row[6]) || g_hash_table_contains (seen, row[1]))
        continue;
      g_hash_table_add (seen, row[1]);
      age = age_on (row[2], row[5]);
      if (age >= 10 && age <= 17 && *row[10] == '\0')
        fte_by_year[year]++;
    }

  for (guint year = 0; year < 12; year++)
    {
      g_assert_cmpuint (outcomes_by_year[year], >, 350);
      g_assert_cmpuint (outcomes_by_year[year], <, 650);
      g_assert_cmpuint (fte_by_year[year], >, 30);
      g_assert_cmpuint (fte_by_year[year], <, 85);
    }
}

typedef struct
{
  GCancellable *cancellable;
  double        cancel_at;
  double        last;
  guint         n_calls;
} Progress;

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->n_calls++;
  if (progress->cancellable != NULL && fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
assert_dir_empty (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);

  /* The folder may not have been created at all. */
  if (dir != NULL)
    g_assert_null (g_dir_read_name (dir));
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  Progress progress = { NULL, 0, 0, 0 };
  g_autofree char *dir = g_build_filename (fixture->dir, "new", "folder", NULL);
  GStatBuf buf;

  g_assert_true (bp_demo_write (dir, 20000, 3, on_progress_cb, &progress, NULL, &error));
  g_assert_no_error (error);

  /* About every 1%, and finishing at 1. */
  g_assert_cmpuint (progress.n_calls, >=, 90);
  g_assert_cmpuint (progress.n_calls, <=, 110);
  g_assert_cmpfloat (progress.last, ==, 1.0);

  /* The folder is created private to the user. */
  g_assert_cmpint (g_stat (dir, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *during = g_build_filename (fixture->dir, "during", NULL);
  g_autofree char *before = g_build_filename (fixture->dir, "before", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  Progress progress = { cancellable, 0.3, 0, 0 };

  /* Cancelled part way through the outcomes. */
  g_assert_false (bp_demo_write (during, 200000, 1, on_progress_cb, &progress, cancellable,
                                 &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (progress.last, <, 0.5);
  assert_dir_empty (during);
  g_clear_error (&error);

  /* Cancelled before it starts. */
  g_assert_false (bp_demo_write (before, 100, 1, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_dir_empty (before);
}

/* A cancelled run does not destroy the files of an earlier one. */
static void
test_cancel_keeps_old (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Progress progress = { cancellable, 0.5, 0, 0 };
  g_autoptr (GDir) dir = NULL;
  guint n_files = 0;

  write_demo (fixture->dir, 500, 5);
  before = read_file (fixture->dir, "outcomes.csv", NULL);

  g_assert_false (bp_demo_write (fixture->dir, 100000, 6, on_progress_cb, &progress,
                                 cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  after = read_file (fixture->dir, "outcomes.csv", NULL);
  g_assert_cmpstr (before, ==, after);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 9);
}

/* The KPI files import as they are, follow the outcomes' children, and give every KPI
 * with plausible rates (issue 14: most accommodation suitable, ETE around 60%, a few
 * looked-after children). */
static void
test_kpis (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "demo.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BpStore) store = NULL;
  g_autoptr (BpReport) report = NULL;
  BpReportOptions options = { bp_day_from_ymd (2025, 3, 31), BP_STAGE_CAUTIONED_OR_SENTENCED };
  const BpKpis *k;

  write_demo (fixture->dir, 6000, 1);
  store = bp_store_open (db, &error);
  g_assert_no_error (error);
  for (int kind = 0; kind < BP_N_IMPORT_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", bp_import_kind_name (kind));
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      BpImportOptions options_i = { .kind = kind };

      g_assert_true (bp_import_file (store, path, &options_i, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  report = bp_report_compute (store, &options, &error);
  g_assert_no_error (error);
  k = bp_report_value (report, &bp_kpis_indicator);
  g_assert_nonnull (k);
  for (int i = 0; i < BP_N_KPIS; i++)
    g_assert_true (k->have[i]);
  g_assert_cmpint (k->year.cohort, >, 100);
  g_assert_cmpfloat (bp_kpi_share_pct (&k->year.accommodation), >, 80.0);
  g_assert_cmpfloat (bp_kpi_share_pct (&k->year.accommodation), <, 98.0);
  g_assert_cmpfloat (bp_kpi_share_pct (&k->year.ete), >, 45.0);
  g_assert_cmpfloat (bp_kpi_share_pct (&k->year.ete), <, 75.0);
  g_assert_cmpint (k->year.wider[0], >, 0);
  g_assert_cmpint (k->year.wider[0] * 4, <, k->year.wider_known);
  g_assert_cmpint (k->year.oocd_ended, >, 0);
  g_assert_cmpint (k->year.meetings, ==, 4);
  g_assert_cmpint (k->year.senior_expected, ==, 28);
  g_assert_cmpint (k->year.victims, >, 10);
  g_assert_cmpint (k->year.sv_children, >, 0);
  /* Something is not recorded, so the "not recorded" counts show. */
  g_assert_cmpint (k->year.accommodation.known, <, k->year.accommodation.cohort);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/demo/kpis", Fixture, NULL, fixture_set_up, test_kpis, fixture_tear_down);
  g_test_add ("/core/demo/deterministic", Fixture, NULL, fixture_set_up, test_deterministic,
              fixture_tear_down);
  g_test_add ("/core/demo/row-count", Fixture, NULL, fixture_set_up, test_row_count,
              fixture_tear_down);
  g_test_add ("/core/demo/shape", Fixture, NULL, fixture_set_up, test_shape,
              fixture_tear_down);
  g_test_add ("/core/demo/population", Fixture, NULL, fixture_set_up, test_population,
              fixture_tear_down);
  g_test_add ("/core/demo/benchmarks", Fixture, NULL, fixture_set_up, test_benchmarks,
              fixture_tear_down);
  g_test_add ("/core/demo/volumes", Fixture, NULL, fixture_set_up, test_volumes,
              fixture_tear_down);
  g_test_add ("/core/demo/progress", Fixture, NULL, fixture_set_up, test_progress,
              fixture_tear_down);
  g_test_add ("/core/demo/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  g_test_add ("/core/demo/cancel-keeps-old", Fixture, NULL, fixture_set_up,
              test_cancel_keeps_old, fixture_tear_down);

  return g_test_run ();
}

/* bp-ui-fixture.c: a small database whose figures are worked out by hand, for UI tests
 *
 * "Testshire", reported for the period ending 31 March 2024 (its latest outcome):
 *
 * - 60 children have their first statutory outcome between January and March 2024:
 *   54 youth cautions and 6 detention and training orders. The 10-17 population of
 *   2023 (the latest year not after 2024) is 33,930. First time entrants:
 *   60 / 33,930 x 100,000 = 176.84, published as 177 (domain.md section 11).
 *   Custody: 6 / 33,930 x 1,000 = 0.177, published as 0.18.
 * - 22 children have a youth caution on 10 May 2022: the 3-month cohort of April-June
 *   2022, which is also the only quarter of the 12-month cohort July 2021-June 2022 with
 *   anyone in it. 9 of them reoffend, 77 proven reoffences in all (8 x 9 + 5), offences
 *   from June 2022 and outcomes by August 2022: 9 / 22 = 40.9% (domain.md section 11).
 * - The 60 children of 2023/24 are 15 Black, 5 Asian and 40 White; the Census 2021
 *   10-17 population is Black 3,000, Asian 5,000, White 20,000. Black: rate 500 against
 *   200 for White children, relative rate index 2.50, 95% CI 1.38 to 4.52, significantly
 *   higher (the worked example of domain.md section 7). Asian: 100 against 200, 0.50,
 *   CI 0.20 to 1.27, not significant. So the headline index is 2.50.
 * - One comparator: the YJS family average for first time entrants in the 12 months to
 *   March 2024, published as 160 (113 of 70,982 would be 159.2: shown as published).
 *
 * The period before (12 months to December 2023) has no first time entrants and no
 * custody (rates 0 and 0.00), no reoffending cohort (its 12-month cohort, April 2021 to
 * March 2022, is empty); in 2022/23 only the 22 White children of the cohort were
 * cautioned or sentenced, so no minority group is significantly higher and the headline
 * falls back to all ethnic minority groups together, which have no population (no Mixed
 * or Other rows in the Census here): not available.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bp-date.h"
#include "bp-import.h"
#include "bp-store.h"
#include "bp-ui.h"
#include "bp-ui-fixture.h"
#include "bp-window.h"

static char *
iso (BpDay day)
{
  return bp_day_to_iso (day);
}

static void
add_outcome (GString    *csv,
             int        *next_id,
             const char *child,
             const char *dob,
             char        sex,
             const char *ethnicity,
             BpDay       outcome_date,
             const char *type,
             BpDay       offence_date)
{
  g_autofree char *outcome = iso (outcome_date);
  g_autofree char *offence = iso (offence_date);

  g_string_append_printf (csv, "T-%05d,%s,%s,%c,%s,%s,%s,%s,OTHER\n", (*next_id)++, child, dob,
                          sex, ethnicity, outcome, type, offence);
}

static void
import_csv (BpStore      *store,
            const char   *dir,
            const char   *name,
            BpImportKind  kind,
            const char   *contents)
{
  g_autofree char *path = bp_ui_fixture_write_csv (dir, name, contents);
  g_autoptr(GError) error = NULL;
  BpImportOptions options = { 0 };

  options.kind = kind;
  bp_import_file (store, path, &options, NULL, NULL, &error);
  g_assert_no_error (error);
}

/**
 * bp_ui_fixture_make_database:
 * Returns: (transfer full): the path of a new database in @dir holding Testshire
 */
char *
bp_ui_fixture_make_database (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "testshire.db", NULL);
  g_autoptr(GString) outcomes = g_string_new ("outcome_id,child_id,date_of_birth,sex,ethnicity,"
                                              "outcome_date,outcome_type,offence_date,"
                                              "offence_group\n");
  g_autoptr(BpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int id = 1;

  /* 60 first time entrants, 1 January to 31 March 2024 (the last on 31 March). */
  for (int i = 0; i < 60; i++)
    {
      g_autofree char *child = g_strdup_printf ("F-%02d", i);
      const char *ethnicity = i < 15 ? "B1" : i < 20 ? "A1" : "W1";
      BpDay day = i == 59 ? bp_day_from_ymd (2024, 3, 31)
                          : bp_day_from_ymd (2024, 1, 1) + i;

      add_outcome (outcomes, &id, child, "2008-06-01", i % 2 ? 'F' : 'M', ethnicity, day,
                   i >= 54 ? "DTO" : "YC", day - 20);
    }

  /* The reoffending cohort: 22 cautions on 10 May 2022; 9 reoffend, 77 reoffences. */
  for (int c = 0; c < 22; c++)
    {
      g_autofree char *child = g_strdup_printf ("R-%02d", c);
      int reoffences = c < 8 ? 9 : c == 8 ? 5 : 0;

      add_outcome (outcomes, &id, child, "2007-01-01", 'M', "W1", bp_day_from_ymd (2022, 5, 10),
                   "YC", bp_day_from_ymd (2022, 5, 1));
      for (int k = 0; k < reoffences; k++)
        {
          BpDay offence = bp_day_from_ymd (2022, 6, 1) + 7 * k;

          add_outcome (outcomes, &id, child, "2007-01-01", 'M', "W1", offence + 14, "CD",
                       offence);
        }
    }

  store = bp_store_open (path, &error);
  g_assert_no_error (error);
  import_csv (store, dir, "outcomes.csv", BP_IMPORT_OUTCOMES, outcomes->str);
  import_csv (store, dir, "population.csv", BP_IMPORT_POPULATION,
              "year,age,sex,ethnicity,count,source\n"
              "2023,10-17,All,All,33930,ONS mid-year estimate 2023\n"
              "2021,10-17,All,Black,3000,Census 2021\n"
              "2021,10-17,All,Asian,5000,Census 2021\n"
              "2021,10-17,All,White,20000,Census 2021\n");
  import_csv (store, dir, "benchmarks.csv", BP_IMPORT_BENCHMARKS,
              "indicator,period_start,period_end,area_type,area_name,numerator,denominator,"
              "value,rank,rank_of,source\n"
              "FTE_RATE,2023-04-01,2024-03-31,YJS,Testshire,60,33930,177,40,154,Test summary\n"
              "FTE_RATE,2023-04-01,2024-03-31,FAMILY,YJS Family Average,113,70982,160,,,"
              "Test summary\n"
              "KPI_ACCOMMODATION,2024-01-01,2024-03-31,NATIONAL,England and Wales,,,91.4,,,"
              "Test KPI summary\n"
              /* the reoffending chart's comparator line: two of its 3-month cohorts */
              "REOFF_BINARY_Q,2022-01-01,2022-03-31,NATIONAL,England and Wales,,,34.0,,,"
              "Test summary\n"
              "REOFF_BINARY_Q,2022-04-01,2022-06-30,NATIONAL,England and Wales,,,33.5,,,"
              "Test summary\n");
  {
    /* For the KPIs: F-00 to F-19 have a youth caution that ends between 10 and 29 March
     * 2024. Accommodation at the end: 15 suitable, 3 unsuitable, 2 not recorded: 15 of 18
     * = 83.3%, 2 not recorded. Ended: 12 completed, 4 not, 4 not recorded: 12 of 16 =
     * 75.0%. */
    g_autoptr(GString) interventions = g_string_new ("intervention_id,child_id,date_of_birth,"
                                                     "sex,ethnicity,intervention_type,"
                                                     "start_date,end_date,end_reason,"
                                                     "accommodation_end\n");

    for (int i = 0; i < 20; i++)
      g_string_append_printf (interventions, "I-%02d,F-%02d,2008-06-01,M,W1,YC,2024-01-%02d,"
                              "2024-03-%02d,%s,%s\n", i, i, i + 1, i + 10,
                              i < 12 ? "COMPLETED" : i < 16 ? "NOT_COMPLETED" : "",
                              i < 15 ? "SUITABLE" : i < 18 ? "UNSUITABLE" : "");
    import_csv (store, dir, "interventions.csv", BP_IMPORT_INTERVENTIONS, interventions->str);
  }
  g_assert_true (bp_store_set_area (store, "Testshire", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Returns: (transfer full): the path of @name in @dir, holding @contents */
char *
bp_ui_fixture_write_csv (const char *dir,
                         const char *name,
                         const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* gtk_test_init, libadwaita and the window's resources and styles. */
void
bp_ui_fixture_init (int    *argc,
                    char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  bp_ui_init ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, BP_RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Runs the main loop until @done says so; fails the test after @timeout_seconds. */
void
bp_ui_fixture_wait (gboolean (*done) (gpointer data),
                    gpointer   data,
                    guint      timeout_seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_seconds * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out after %u s waiting for the window", timeout_seconds);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets the main loop run for @ms milliseconds (layout, drawing). */
void
bp_ui_fixture_wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
session_idle (gpointer data)
{
  return !bp_session_get_computing (data);
}

/* Runs the main loop until @session has worked out its figures (30 seconds at most). */
void
bp_ui_fixture_wait_session (BpSession *session)
{
  bp_ui_fixture_wait (session_idle, session, 30);
}

/* The window on @database at 1200x800, shown, with its figures worked out. */
BpWindow *
bp_ui_fixture_open_window (const char *database)
{
  BpWindow *window = bp_window_new (NULL, database);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  bp_ui_fixture_wait_session (bp_window_get_session (window));
  bp_ui_fixture_wait_ms (50);
  return window;
}

/* The window's template child @name; fails the test when there is none. */
gpointer
bp_ui_fixture_window_child (BpWindow   *window,
                            const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), BP_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

/* Renders @window as the screen draws it to the PNG file @path. */
gboolean
bp_ui_fixture_save_window (GtkWidget  *window,
                           const char *path)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  /* The paintable draws the window as the screen does, its CSS background too. */
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL || renderer == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

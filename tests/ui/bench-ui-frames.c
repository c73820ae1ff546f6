/* bench-ui-frames.c: when the window's first frame with figures is painted, and how long
 * a page switch takes to paint; run by bench/ui/startup
 *
 *   bench-ui-frames DATABASE [ROUNDS]
 *
 * Runs the application as main.c does (BpApplication, only not single-instance, so runs
 * do not meet each other) and prints, on standard output:
 *   first-frame REALTIME_US     the wall-clock time (g_get_real_time) at the end of the
 *                               first paint showing the Overview with its figures
 *   switch PAGE US              for every page switch: from the call to the end of the
 *                               paint that shows the page
 * then quits. The caller subtracts its own time before starting the process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "bp-application.h"
#include "bp-window.h"

static const char *const pages[] = {
  "fte", "custody", "reoffending", "disparity", "data", "overview",
};

typedef struct
{
  GApplication *app;
  BpWindow     *window;
  gboolean      first_done;
  guint         rounds;
  guint         step;        /* switches done */
  gint64        switched_at; /* 0: no switch waiting for its paint */
} Bench;

static gboolean switch_page (gpointer data);

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  BpSession *session = bp_window_get_session (bench->window);

  if (!bench->first_done)
    {
      if (bp_session_get_state (session) != BP_SESSION_READY ||
          bp_session_get_report (session) == NULL ||
          g_strcmp0 (bp_window_get_page (bench->window), "overview") != 0)
        return;
      bench->first_done = TRUE;
      printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_real_time ());
      fflush (stdout);
      /* Let the session's worker finish and the window settle before switching. */
      g_timeout_add (300, switch_page, bench);
      return;
    }

  if (bench->switched_at != 0)
    {
      printf ("switch %s %" G_GINT64_FORMAT "\n",
              pages[(bench->step - 1) % G_N_ELEMENTS (pages)],
              g_get_monotonic_time () - bench->switched_at);
      fflush (stdout);
      bench->switched_at = 0;
      g_timeout_add (30, switch_page, bench);
    }
}

static gboolean
switch_page (gpointer data)
{
  Bench *bench = data;

  if (bench->step >= bench->rounds * G_N_ELEMENTS (pages))
    {
      g_application_quit (bench->app);
      return G_SOURCE_REMOVE;
    }
  bench->switched_at = g_get_monotonic_time ();
  bp_window_show_page (bench->window, pages[bench->step % G_N_ELEMENTS (pages)]);
  bench->step++;
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return G_SOURCE_REMOVE;
}

static void
on_realize_cb (GtkWidget *widget,
               Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint_cb), bench);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window,
                    Bench          *bench)
{
  if (!BP_IS_WINDOW (window) || bench->window != NULL)
    return;
  bench->window = BP_WINDOW (window);
  /* The Overview is what the bench measures, whatever page was shown last. */
  bp_window_show_page (bench->window, "overview");
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), bench);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(BpApplication) app = NULL;
  Bench bench = { 0 };

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-ui-frames DATABASE [ROUNDS]\n");
      return 1;
    }
  bench.rounds = argc > 2 ? (guint) atoi (argv[2]) : 5;

  app = bp_application_new (argv[1]);
  bench.app = G_APPLICATION (app);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), &bench);
  return g_application_run (G_APPLICATION (app), 1, argv);
}

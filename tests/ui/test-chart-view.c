/* test-chart-view.c: the widget that hosts a chart: accessibility, keyboard, clipboard,
 * dark style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "bp-chart-view.h"
#include "bp-ui-charts.h"
#include "bp-ui-fixture.h"

typedef struct
{
  GtkWidget   *window;
  BpChartView *view;
  BpChart     *chart;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const BpUiBar bars[] = {
    { "Male", 310.0, "310", "Male: 310 per 100,000 (40 of 12,900 children)" },
    { "Female", 95.0, "95", "Female: 95 per 100,000 (12 of 12,600 children)" },
  };

  f->chart = bp_ui_chart_bars ("First time entrants by sex", "12 months to March 2024",
                               "Rate per 100,000", "Rate per 100,000",
                               "Boys 310 and girls 95 per 100,000.", bars, G_N_ELEMENTS (bars));
  f->view = BP_CHART_VIEW (bp_chart_view_new ());
  bp_chart_view_set_chart (f->view, f->chart);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 400);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  bp_ui_fixture_wait_ms (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  bp_chart_unref (f->chart);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  bp_ui_fixture_wait_ms (20);
}

static gboolean
press_key (BpChartView *view,
           guint        keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* An image to assistive technologies, named by the chart's title and described by its
 * text alternative. */
static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "First time entrants by sex");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Boys 310 and girls 95 per 100,000.");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->view)));
  /* reached by Tab, never taken by a click */
  g_assert_false (gtk_widget_get_focus_on_click (GTK_WIDGET (f->view)));
}

/* The arrow keys walk the points; each gives its exact values. */
static void
test_keyboard_points (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_null (bp_chart_view_get_point_text (f->view));
  g_assert_true (press_key (f->view, GDK_KEY_Right));
  g_assert_cmpstr (bp_chart_view_get_point_text (f->view), ==,
                   "Male: 310 per 100,000 (40 of 12,900 children)");
  g_assert_true (press_key (f->view, GDK_KEY_Right));
  g_assert_cmpstr (bp_chart_view_get_point_text (f->view), ==,
                   "Female: 95 per 100,000 (12 of 12,600 children)");
  g_assert_true (press_key (f->view, GDK_KEY_Home));
  g_assert_cmpstr (bp_chart_view_get_point_text (f->view), ==,
                   "Male: 310 per 100,000 (40 of 12,900 children)");
  g_assert_true (press_key (f->view, GDK_KEY_Escape));
  g_assert_null (bp_chart_view_get_point_text (f->view));
  g_assert_cmpint (bp_chart_get_highlight (f->chart), ==, -1);
}

/* The pointer over a point finds it (the tooltip's hit test). */
static void
test_hit_test (Fixture       *f,
               gconstpointer  data)
{
  BpChartHit target, hit;

  g_assert_true (bp_chart_get_target (f->chart, 1, &target));
  g_assert_true (bp_chart_hit_test (f->chart, target.x, target.y, 14.0, &hit));
  g_assert_cmpstr (hit.tooltip, ==, "Female: 95 per 100,000 (12 of 12,600 children)");
}

/* "Copy chart" puts an image on the clipboard. */
static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->view));
  GdkContentFormats *formats;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.copy", NULL);
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
}

/* In the dark style the chart's text is light: the theme follows the widget's style. */
static void
test_dark_style (Fixture       *f,
                 gconstpointer  data)
{
  BpChartTheme light, dark;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  bp_ui_fixture_wait_ms (50);
  bp_chart_view_get_theme (f->view, &light);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  bp_ui_fixture_wait_ms (50);
  bp_chart_view_get_theme (f->view, &dark);

  g_assert_cmpfloat (light.foreground.red + light.foreground.green + light.foreground.blue, <,
                     1.0);
  g_assert_cmpfloat (dark.foreground.red + dark.foreground.green + dark.foreground.blue, >, 2.0);
}

int
main (int    argc,
      char **argv)
{
  bp_ui_fixture_init (&argc, &argv);

  g_test_add ("/ui/chart-view/accessible", Fixture, NULL, fixture_set_up, test_accessible,
              fixture_tear_down);
  g_test_add ("/ui/chart-view/keyboard-points", Fixture, NULL, fixture_set_up,
              test_keyboard_points, fixture_tear_down);
  g_test_add ("/ui/chart-view/hit-test", Fixture, NULL, fixture_set_up, test_hit_test,
              fixture_tear_down);
  g_test_add ("/ui/chart-view/copy", Fixture, NULL, fixture_set_up, test_copy,
              fixture_tear_down);
  g_test_add ("/ui/chart-view/dark-style", Fixture, NULL, fixture_set_up, test_dark_style,
              fixture_tear_down);
  return g_test_run ();
}

/* test-welsh.c: the window in Welsh (LANGUAGE=cy), as a Welsh desktop opens it
 *
 * Run with LANGUAGE=cy and the build's catalogues (tests/ui/meson.build). The page
 * names and sentences are those of po/cy.po, written out here so that a lost or broken
 * catalogue, or a string that escaped translation, fails the test; the figures are the
 * hand-worked ones of bp-ui-fixture.c, identical in both languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "bp-chart-view.h"
#include "bp-i18n.h"
#include "bp-rate-page.h"
#include "bp-test-util.h"
#include "bp-ui-fixture.h"
#include "bp-window.h"

typedef struct
{
  char     *dir;
  char     *db;
  BpWindow *window;
} Fixture;

static gpointer
child (Fixture    *f,
       const char *name)
{
  return bp_ui_fixture_window_child (f->window, name);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = bp_test_tmpdir ();
  f->db = bp_ui_fixture_make_database (f->dir);
  f->window = bp_ui_fixture_open_window (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  bp_ui_fixture_wait_ms (20);
  bp_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static const char *
label_text (GtkWidget  *page,
            GType       type,
            const char *name)
{
  GObject *label = gtk_widget_get_template_child (page, type, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The view switcher names every page in Welsh. */
static void
test_page_names (Fixture       *f,
                 gconstpointer  data)
{
  static const char *const welsh[] = {
    "Trosolwg", "Newydd-ddyfodiaid", "Dalfa", "Aildroseddu", "Anghymesuredd", "Dargyfeirio",
    "Remandiau", "Gwarediadau", "Troseddau", "Oedi", "Carfan", "DPA", "Cynllun", "Data",
  };
  AdwViewStack *stack = child (f, "view_stack");
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (welsh));
  for (guint i = 0; i < G_N_ELEMENTS (welsh); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, welsh[i]);
    }
}

/* The first time entrants page: its headline sentence, chart and summary are Welsh,
 * with the English page's figures. */
static void
test_fte_sentences (Fixture       *f,
                    gconstpointer  data)
{
  BpRatePage *fte = child (f, "fte_page");
  GtkWidget *view = bp_indicator_page_get_chart_view (BP_INDICATOR_PAGE (fte));
  BpChart *chart = bp_chart_view_get_chart (BP_CHART_VIEW (view));
  const char *headline = label_text (GTK_WIDGET (fte), BP_TYPE_INDICATOR_PAGE, "headline_label");
  const char *title = label_text (GTK_WIDGET (fte), BP_TYPE_INDICATOR_PAGE, "title_label");
  const char *summary = bp_indicator_page_get_summary (BP_INDICATOR_PAGE (fte));

  g_assert_cmpstr (bp_indicator_page_get_headline (BP_INDICATOR_PAGE (fte)), ==, "177");
  g_test_message ("title: %s", title);
  g_test_message ("headline: %s", headline);
  g_test_message ("summary: %s", summary);

  g_assert_cmpstr (title, ==, "Newydd-ddyfodiaid");
  /* "per 100,000 children aged 10–17 (N children)" */
  g_assert_nonnull (strstr (headline, "fesul 100,000"));
  g_assert_nonnull (strstr (headline, "blant"));
  g_assert_null (strstr (headline, "children"));

  g_assert_cmpstr (bp_chart_get_title (chart), ==, "Newydd-ddyfodiaid");
  g_assert_nonnull (strstr (summary, "177"));
  g_assert_null (strstr (summary, "children"));
  g_assert_null (strstr (summary, " the "));
}

/* What the window says is what the catalogue says: a sample of the window's messages
 * looked up through the same domain differ from the English. */
static void
test_catalogue_in_use (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_cmpstr (bp_i18n_language (), ==, "cy");
  g_assert_cmpstr (bp_month_name (3), ==, "Mawrth");
  g_assert_cmpstr (_("Overview"), ==, "Trosolwg");
  /* the comparators the YJB publishes under known names are named in Welsh; any other
   * name is shown as imported */
  g_assert_cmpstr (bp_area_display_name ("YJS Family Average"), ==, "Cyfartaledd Teulu'r GCI");
  g_assert_cmpstr (bp_area_display_name ("England and Wales"), !=, "England and Wales");
  g_assert_cmpstr (bp_area_display_name ("North West"), ==, "Gogledd-orllewin Lloegr");
  g_assert_cmpstr (bp_area_display_name ("Northern Region"), ==, "Northern Region");
}

int
main (int    argc,
      char **argv)
{
  bp_ui_fixture_init (&argc, &argv);
  bp_i18n_init ();

  g_test_add ("/ui/welsh/page-names", Fixture, NULL, fixture_set_up, test_page_names,
              fixture_tear_down);
  g_test_add ("/ui/welsh/fte-sentences", Fixture, NULL, fixture_set_up, test_fte_sentences,
              fixture_tear_down);
  g_test_add ("/ui/welsh/catalogue-in-use", Fixture, NULL, fixture_set_up,
              test_catalogue_in_use, fixture_tear_down);
  return g_test_run ();
}

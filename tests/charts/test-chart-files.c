/* test-chart-files.c: PNG, SVG and PDF files, written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "chart-samples.h"
#include "chart-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("bp-charts-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The names in the folder, sorted and joined by spaces: shows any temporary left. */
static char *
list_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
write_ok (BpChart    *chart,
          const char *path,
          double      width,
          double      height)
{
  g_autoptr (GError) error = NULL;
  BpChartTheme theme;

  test_theme_init (&theme, BP_CHART_THEME_LIGHT);
  g_assert_true (bp_chart_write_file (chart, path, width, height, &theme, &error));
  g_assert_no_error (error);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_FTE);
  g_autofree char *path = g_build_filename (fixture->dir, "fte.png", NULL);
  g_autofree char *upper = g_build_filename (fixture->dir, "FTE.PNG", NULL);
  g_autofree char *listing = NULL;
  cairo_surface_t *surface;

  write_ok (chart, path, 900, 520);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 520);
  /* opaque white background from the light theme */
  g_assert_cmpint (test_pixel_at (surface, 0, 0).alpha, ==, 255);
  g_assert_cmpfloat (test_pixel_luminance (test_pixel_at (surface, 0, 0)), >, 0.95);
  cairo_surface_destroy (surface);

  /* the extension decides, whatever its case */
  write_ok (chart, upper, 300, 200);
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "FTE.PNG fte.png");
}

typedef struct
{
  guint  elements;
  char  *root;
  char  *width;
  char  *height;
} SvgFacts;

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  SvgFacts *facts = user_data;

  if (facts->elements++ > 0)
    return;
  facts->root = g_strdup (element_name);
  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (g_str_equal (attribute_names[i], "width"))
        facts->width = g_strdup (attribute_values[i]);
      else if (g_str_equal (attribute_names[i], "height"))
        facts->height = g_strdup (attribute_values[i]);
    }
}

/* Well-formed XML (GMarkup is strict about it), an <svg> root of the asked size. */
static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  const GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };

  for (guint k = BP_CHART_KIND_FTE; k <= BP_CHART_KIND_ETHNICITY; k++)
    {
      g_autoptr (BpChart) chart = sample_chart_new ((BpChartKind) k);
      g_autofree char *name = g_strdup_printf ("%s.svg", bp_chart_kind_to_string (k));
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (GMarkupParseContext) context = NULL;
      SvgFacts facts = { 0 };
      gsize length;
      const char *body;

      write_ok (chart, path, 800, 450);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_no_error (error);

      /* GMarkup reads elements, not the <?xml?> declaration */
      body = contents;
      if (g_str_has_prefix (body, "<?xml"))
        body = strstr (body, "?>") + 2;
      context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &facts, NULL);
      g_assert_true (g_markup_parse_context_parse (context, body, -1, &error));
      g_assert_no_error (error);
      g_assert_true (g_markup_parse_context_end_parse (context, &error));
      g_assert_no_error (error);

      g_assert_cmpstr (facts.root, ==, "svg");
      g_assert_cmpuint (facts.elements, >, 10);
      g_assert_nonnull (facts.width);
      g_assert_nonnull (facts.height);
      g_assert_cmpfloat (g_ascii_strtod (facts.width, NULL), ==, 800);
      g_assert_cmpfloat (g_ascii_strtod (facts.height, NULL), ==, 450);
      g_free (facts.root);
      g_free (facts.width);
      g_free (facts.height);
    }
}

/* The numbers after "/Key": "/MediaBox [0 0 800 450]" -> 0 0 800 450 */
static guint
pdf_numbers_after (const char *contents,
                   gsize       length,
                   const char *key,
                   double     *numbers,
                   guint       max_numbers,
                   guint      *occurrences)
{
  const char *end = contents + length;
  const char *p = contents;
  guint n = 0;

  *occurrences = 0;
  while ((p = g_strstr_len (p, end - p, key)) != NULL)
    {
      const char *q = p + strlen (key);

      (*occurrences)++;
      if (n == 0)
        {
          while (q < end && (*q == ' ' || *q == '['))
            q++;
          while (n < max_numbers && q < end && (g_ascii_isdigit (*q) || *q == '.' || *q == '-'))
            {
              char *after;

              numbers[n++] = g_ascii_strtod (q, &after);
              q = after;
              while (q < end && *q == ' ')
                q++;
            }
        }
      p += strlen (key);
    }

  return n;
}

/* One page, of the size asked for (points = pixels). */
static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_RRI);
  g_autofree char *path = g_build_filename (fixture->dir, "rri.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr (GError) error = NULL;
  double numbers[4] = { 0 };
  guint occurrences;
  gsize length;

  write_ok (chart, path, 800, 450);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdf_numbers_after (contents, length, "/Count", numbers, 1, &occurrences) == 1)
    {
      /* uncompressed page tree (cairo 1.16) */
      g_assert_cmpfloat (numbers[0], ==, 1);
      g_assert_cmpuint (pdf_numbers_after (contents, length, "/MediaBox", numbers, 4,
                                           &occurrences),
                        ==, 4);
      g_assert_cmpuint (occurrences, ==, 1);
      g_assert_cmpfloat (numbers[0], ==, 0);
      g_assert_cmpfloat (numbers[1], ==, 0);
      g_assert_cmpfloat (numbers[2], ==, 800);
      g_assert_cmpfloat (numbers[3], ==, 450);
    }
  else if (pdfinfo == NULL)
    {
      g_test_skip ("the page tree is compressed and pdfinfo (poppler-utils) is not installed");
      return;
    }

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "Pages:           1\n"));
      g_assert_nonnull (strstr (out, "Page size:       800 x 450 pts"));
    }
}

/* Unknown formats are refused with a message that says what to do, and leave nothing. */
static void
test_unsupported (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *const names[] = { "chart.jpg", "chart", "chart.png.txt", "chart.svgz" };
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_CUSTODY);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);
      g_autoptr (GError) error = NULL;
      g_autofree char *listing = NULL;

      g_assert_false (bp_chart_write_file (chart, path, 400, 300, NULL, &error));
      g_assert_error (error, BP_CHART_ERROR, BP_CHART_ERROR_UNSUPPORTED_FORMAT);
      g_assert_nonnull (strstr (error->message, ".png, .svg or .pdf"));
      listing = list_dir (fixture->dir);
      g_assert_cmpstr (listing, ==, "");
    }

  {
    g_autofree char *path = g_build_filename (fixture->dir, "empty.png", NULL);
    g_autoptr (GError) error = NULL;

    g_assert_false (bp_chart_write_file (chart, path, 0, 300, NULL, &error));
    g_assert_error (error, BP_CHART_ERROR, BP_CHART_ERROR_INVALID_SIZE);
  }
}

/* A failed write leaves no temporary file and does not touch what was there. */
static void
test_failure_leaves_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr (BpChart) chart = sample_chart_new (BP_CHART_KIND_ETHNICITY);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "chart.png", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "taken.pdf", NULL);
  g_autofree char *kept = g_build_filename (fixture->dir, "taken.pdf", "kept.txt", NULL);
  g_autofree char *listing = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (bp_chart_write_file (chart, missing, 400, 300, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* the target is a folder: rendering succeeds, the rename fails */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (kept, "board papers", -1, NULL));
  g_assert_false (bp_chart_write_file (chart, folder, 400, 300, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));

  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "taken.pdf");
  g_unlink (kept);
}

/* Writing over an existing chart replaces it whole. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (BpChart) small = sample_chart_new (BP_CHART_KIND_FTE);
  g_autofree char *path = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *listing = NULL;
  cairo_surface_t *surface;

  write_ok (small, path, 1200, 700);
  write_ok (small, path, 300, 200);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 300);
  cairo_surface_destroy (surface);
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "chart.png");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/charts/files/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/charts/files/svg-well-formed", Fixture, NULL, fixture_set_up, test_svg,
              fixture_tear_down);
  g_test_add ("/charts/files/pdf-one-page", Fixture, NULL, fixture_set_up, test_pdf,
              fixture_tear_down);
  g_test_add ("/charts/files/unsupported-format", Fixture, NULL, fixture_set_up,
              test_unsupported, fixture_tear_down);
  g_test_add ("/charts/files/failure-leaves-nothing", Fixture, NULL, fixture_set_up,
              test_failure_leaves_nothing, fixture_tear_down);
  g_test_add ("/charts/files/replace", Fixture, NULL, fixture_set_up, test_replace,
              fixture_tear_down);

  return g_test_run ();
}

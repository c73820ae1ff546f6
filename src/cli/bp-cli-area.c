/* bp-cli-area.c: boardpack area [set NAME]: the area this database reports on
 *
 * The area is never guessed from the benchmarks (the YJB's data summaries list the area
 * beside its neighbours): it is set here, in the window's Preferences, or when the
 * window asks on a first import of benchmarks.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bp-cli-private.h"

/* "Barking and Dagenham, Havering, Redbridge", or NULL when the benchmarks name none. */
static char *
services_text (BpStore *store)
{
  g_auto(GStrv) names = bp_store_benchmark_services (store);

  if (names == NULL || names[0] == NULL)
    return NULL;
  return g_strjoinv (", ", names);
}

int
_bp_cli_area (BpCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *services = NULL;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { NULL }
  };

  /* Translators: the synopsis of boardpack area --help; keep "set" as it is */
  context = g_option_context_new (_("[set NAME]"));
  g_option_context_set_summary (context,
                                _("Says which area the database reports on, or sets it. "
                                  "Benchmarks of youth justice services (YJS) of that name "
                                  "are the area's own published figures; every other "
                                  "service is a neighbour. Until it is set, reports and "
                                  "packs say \"area not set\"."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_bp_cli_parse (context, &argc, &argv))
    return BP_EXIT_USAGE;
  if (db)
    cli->db_path = db;
  if (!(argc == 1 || (argc == 3 && g_strcmp0 (argv[1], "set") == 0)))
    return _bp_cli_usage ("area", _("give no argument to see the area, or set NAME"));

  store = _bp_cli_open_store (cli);
  if (store == NULL)
    return BP_EXIT_IO;
  services = services_text (store);

  if (argc == 1)
    {
      g_autofree char *area = bp_store_get_area (store);

      if (area)
        printf ("%s\n", area);
      else if (services)
        /* Translators: %s is a list of names, as in "Havering, Redbridge"; "boardpack area
         * set NAME" is a command: keep it as it is */
        printf (_("No area is set for this database. The benchmarks name these youth "
                  "justice services: %s. Set the area with boardpack area set NAME.\n"),
                services);
      else
        /* Translators: "boardpack area set NAME" is a command: keep it as it is */
        printf ("%s\n", _("No area is set for this database. Set it with boardpack area "
                          "set NAME."));
      return BP_EXIT_OK;
    }

  if (!g_utf8_validate (argv[2], -1, NULL))
    return _bp_cli_usage ("area", _("the area's name is not valid text (UTF-8)"));
  if (!bp_store_set_area (store, argv[2], &error))
    {
      fprintf (stderr, "boardpack: %s\n", error->message);
      return BP_EXIT_IO;
    }
  {
    g_autofree char *area = bp_store_get_area (store);
    g_auto(GStrv) names = bp_store_benchmark_services (store);

    if (area == NULL)
      printf ("%s\n", _("The area is no longer set."));
    else
      {
        /* Translators: %s is the area's name */
        printf (_("The area is now %s.\n"), area);
        if (names && names[0] && !g_strv_contains ((const char * const *) names, area))
          /* Translators: a warning after setting the area: the first %s is its name, the
           * second a list of names, as in "Havering, Redbridge" */
          fprintf (stderr, _("boardpack: warning: no benchmark names %s as a youth justice "
                             "service, so no published figure is shown as its own; the "
                             "benchmarks name: %s\n"), area, services);
      }
  }
  return BP_EXIT_OK;
}

/* bp-i18n.c: the message catalogue, the pack language and month names
 *
 * Every layer marks its strings with the macros of <glib/gi18n-lib.h>, which look them
 * up in GETTEXT_PACKAGE whatever the default domain is. The program binds that domain
 * once (bp_i18n_init); `export --language` switches it with bp_i18n_use_language.
 *
 * Month names are ours, not the C library's: a Welsh interface on a machine without the
 * cy_GB locale (LANGUAGE=cy with LANG=C.UTF-8) must still write "Mawrth", and the packs
 * write dates the British way (day, month, year) in both languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "bp-i18n.h"

G_DEFINE_QUARK (bp-i18n-error-quark, bp_i18n_error)

static gboolean
has_catalogue (const char *dir)
{
  g_autofree char *mo = g_build_filename (dir, "cy", "LC_MESSAGES", GETTEXT_PACKAGE ".mo",
                                          NULL);

  return g_file_test (mo, G_FILE_TEST_IS_REGULAR);
}

/**
 * bp_i18n_localedir:
 * Where the catalogues are: $BOARDPACK_LOCALEDIR when set (the tests, an installed tree
 * moved elsewhere), else the configured locale directory, else, for a program run from
 * its build directory and never installed, the catalogues the build made (as the
 * window finds its settings schema in the build directory).
 */
const char *
bp_i18n_localedir (void)
{
  static const char *dir;
  static gsize once;
  const char *env = g_getenv ("BOARDPACK_LOCALEDIR");

  if (env && *env)
    return env;
  if (g_once_init_enter (&once))
    {
      dir = LOCALEDIR;
#ifdef BP_BUILD_LOCALEDIR
      if (!has_catalogue (LOCALEDIR) && has_catalogue (BP_BUILD_LOCALEDIR))
        dir = BP_BUILD_LOCALEDIR;
#endif
      g_once_init_leave (&once, 1);
    }
  return dir;
}

/* A Welsh desktop on a machine where the cy_GB locale was never generated: setlocale
 * (LC_ALL, "") failed and left "C", under which gettext translates nothing. The
 * messages then follow the language the environment asked for, through LANGUAGE, on
 * the C.UTF-8 locale the C library always has. */
static void
follow_missing_locale (void)
{
  static const char *const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *language = g_getenv ("LANGUAGE");
  const char *wanted = NULL;

  if (messages == NULL || (strcmp (messages, "C") != 0 && strcmp (messages, "POSIX") != 0))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (variables) && wanted == NULL; i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value && *value)
        wanted = value;
    }
  if (wanted == NULL || strcmp (wanted, "C") == 0 || strcmp (wanted, "POSIX") == 0 ||
      g_str_has_prefix (wanted, "C."))
    return;
  if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
    return;
  if (language == NULL || *language == '\0')
    {
      g_autofree char *tag = g_strndup (wanted, strcspn (wanted, ".@"));

      g_setenv ("LANGUAGE", tag, TRUE);
    }
}

/**
 * bp_i18n_init:
 * Binds the catalogue and makes it the default domain (GtkBuilder templates use the
 * default domain). Call after setlocale (LC_ALL, "").
 */
void
bp_i18n_init (void)
{
  follow_missing_locale ();
  bindtextdomain (GETTEXT_PACKAGE, bp_i18n_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* GLib decides once, at the first g_dgettext (), whether to translate at all, and
   * decides not to when the default domain has no catalogue for the locale (English
   * under C.UTF-8). Asked while the default domain is still "messages", the answer is
   * yes, so a later `export --language cy` still switches. */
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * bp_i18n_use_language:
 * @language: "cy" or "en"
 *
 * Switches this process's messages to @language, whatever the interface language.
 * Used by `boardpack export --language`, a process that writes one pack and exits.
 * Fails, changing nothing, for another language or a Welsh catalogue that is not
 * installed (an English pack would otherwise be handed out as Welsh).
 */
gboolean
bp_i18n_use_language (const char  *language,
                      GError     **error)
{
  const char *messages;

  g_return_val_if_fail (language != NULL, FALSE);

  if (strcmp (language, "cy") != 0 && strcmp (language, "en") != 0)
    {
      g_set_error (error, BP_I18N_ERROR, BP_I18N_ERROR_UNKNOWN_LANGUAGE,
                   /* Translators: %s is what the user typed after --language */
                   _("Unknown language “%s”: use cy for Welsh or en for English"), language);
      return FALSE;
    }
  if (strcmp (language, "cy") == 0)
    {
      if (!has_catalogue (bp_i18n_localedir ()))
        {
          g_autofree char *mo = g_build_filename (bp_i18n_localedir (), "cy", "LC_MESSAGES",
                                                  GETTEXT_PACKAGE ".mo", NULL);

          g_set_error (error, BP_I18N_ERROR, BP_I18N_ERROR_NOT_INSTALLED,
                       /* Translators: %s is the missing catalogue file, e.g.
                        * /usr/share/locale/cy/LC_MESSAGES/boardpack.mo */
                       _("The Welsh translation is not installed (%s is missing): "
                         "reinstall Boardpack"), mo);
          return FALSE;
        }
    }

  /* gettext ignores LANGUAGE under the C locale: C.UTF-8 is built into the C library. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");
  /* "en" alone would let an en_GB catalogue of another package win; there is none of
   * ours, so English is the untranslated text. */
  g_setenv ("LANGUAGE", language, TRUE);
  /* Setting the domain again empties gettext's cache of looked-up messages. */
  textdomain (textdomain (NULL));
  return TRUE;
}

/**
 * bp_i18n_language:
 * The language the messages are in now, as a language tag: "cy" or "en". Written into
 * the packs' document properties.
 */
const char *
bp_i18n_language (void)
{
  /* Translators: the language tag of your translation ("cy" for Welsh). It goes into
   * the board pack's document properties; do not translate it into a word. */
  return C_("language tag", "en");
}

static const char *const month_names[] = {
  /* Translators: month names are written after a day ("31 March 2025") and before a
   * year ("March 2025") and alone; Welsh: the radical form. */
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static const char *const month_abbrevs[] = {
  /* Translators: short month names for chart axes and table columns ("Mar 2025"),
   * three or four letters */
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
  NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
  NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
  NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
  NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

/**
 * bp_month_name:
 * @month: 1 to 12
 * The month's name in the current language: "March", "Mawrth".
 */
const char *
bp_month_name (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
}

/**
 * bp_month_abbrev:
 * @month: 1 to 12
 * The month's short name in the current language: "Mar", "Maw".
 */
const char *
bp_month_abbrev (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", month_abbrevs[month - 1]);
}

/**
 * bp_area_display_name:
 * @area_name: an area's name as published in the benchmarks file
 *
 * The name to show: the names the YJB publishes comparators under (the nations, "YJS
 * Family Average", the English regions) in the current language, any other area (a
 * service, a region named otherwise) as published. The JSON and CSV reports keep the
 * published name.
 */
/* The English regions as the YJB names them in its comparators. */
static const char *const regions[] = {
  /* Translators: an English region as a comparator area */
  NC_("area", "London"),
  /* Translators: an English region as a comparator area */
  NC_("area", "North East"),
  /* Translators: an English region as a comparator area */
  NC_("area", "North West"),
  /* Translators: an English region as a comparator area */
  NC_("area", "Yorkshire and the Humber"),
  /* Translators: an English region as a comparator area */
  NC_("area", "East Midlands"),
  /* Translators: an English region as a comparator area */
  NC_("area", "West Midlands"),
  /* Translators: an English region as a comparator area */
  NC_("area", "East of England"),
  /* Translators: an English region as a comparator area */
  NC_("area", "South East"),
  /* Translators: an English region as a comparator area */
  NC_("area", "South West"),
};

const char *
bp_area_display_name (const char *area_name)
{
  if (area_name == NULL)
    return NULL;
  /* Translators: the national comparator, as the YJB publishes it */
  if (strcmp (area_name, "England and Wales") == 0)
    return C_("area", "England and Wales");
  /* Translators: a nation as a comparator area */
  if (strcmp (area_name, "Wales") == 0)
    return C_("area", "Wales");
  /* Translators: a nation as a comparator area */
  if (strcmp (area_name, "England") == 0)
    return C_("area", "England");
  /* Translators: the comparator of a youth justice service's family of similar services,
   * as the YJB publishes it */
  if (strcmp (area_name, "YJS Family Average") == 0)
    return C_("area", "YJS Family Average");
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (strcmp (area_name, regions[i]) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "area", regions[i]);
  return area_name;
}

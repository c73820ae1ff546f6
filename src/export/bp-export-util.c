/* bp-export-util.c: safe file replacement, the C numeric locale and text cleaning
 *
 * libxlsxwriter 1.1.4 writes a corrupt file, and returns success, when given invalid
 * UTF-8, and writes decimal commas under a locale that has them (design.md, Known traps);
 * every string goes through _bp_export_text() and every file is written between
 * _bp_export_locale_push() and _bp_export_locale_pop().
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "bp-export-private.h"
#include "bp-atomic-file.h"
#include "bp-file-guard.h"

/* Excel's limit on a cell's text is 32,767 characters; libxlsxwriter counts bytes. */
#define MAX_TEXT_BYTES 32000

G_DEFINE_QUARK (bp-export-error-quark, bp_export_error)

/* --- files ------------------------------------------------------------------------- */

/**
 * _bp_export_file_begin:
 * Makes a temporary file beside @path (same folder, so the final rename is atomic) and
 * remembers what to call it when it is complete. A file that holds children's data
 * (@child_data: the internal pack, with every small count) is private to the user
 * (0600), like the database; any other keeps the mode of the file it replaces, or gets
 * the usual mode of a new file.
 */
gboolean
_bp_export_file_begin (BpExportFile  *file,
                       const char    *path,
                       gboolean       child_data,
                       GError       **error)
{
  g_autofree char *display = NULL;

  memset (file, 0, sizeof *file);
  file->atomic.fd = -1;
  display = g_filename_display_name (path);
  if (path[0] == '\0' || g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    {
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                   /* Translators: %s is what was given as the file to write, e.g. "out/" */
                   _("%s: not a file name: give the file to write, e.g. pack.xlsx"), display);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a folder given as the file to write: "Documents: is
                    * a folder: give the file to write inside it" */
                   _("%s: is a folder: give the file to write inside it"), display);
      return FALSE;
    }

  if (!bp_atomic_file_open (&file->atomic, path, child_data ? 0600 : BP_ATOMIC_FILE_KEEP_MODE,
                            NULL))
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *dir_display = g_filename_display_name (dir);

      g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
                   /* Translators: the file to write, its folder and the system's reason:
                    * "/tmp/x/pack.xlsx: cannot write in the folder /tmp/x (Permission
                    * denied)" */
                   _("%s: cannot write in the folder %s (%s)"), display, dir_display,
                   g_strerror (file->atomic.saved_errno));
      return FALSE;
    }
  /* libxlsxwriter and the PDF writer open the temporary file by its name */
  close (file->atomic.fd);
  file->atomic.fd = -1;
  file->tmp_path = file->atomic.tmp_path;
  return TRUE;
}

/**
 * _bp_export_file_commit:
 * Flushes the finished temporary file to disk and renames it over the target.
 */
gboolean
_bp_export_file_commit (BpExportFile  *file,
                        GError       **error)
{
  g_autofree char *display = g_filename_display_name (file->atomic.path);

  file->tmp_path = NULL;
  if (bp_atomic_file_commit (&file->atomic, NULL))
    return TRUE;
  g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_WRITE,
               /* Translators: the file and the system's reason: "pack.xlsx: could not be
                * written (No space left on device)" */
               _("%s: could not be written (%s)"), display,
               g_strerror (file->atomic.saved_errno));
  bp_atomic_file_abort (&file->atomic);
  return FALSE;
}

/* Removes the temporary file; the target is left as it was. */
void
_bp_export_file_abort (BpExportFile *file)
{
  file->tmp_path = NULL;
  bp_atomic_file_abort (&file->atomic);
}

/* Ends a write: the file takes its place when it was written completely, else the
 * temporary file goes and the target stays as it was. */
gboolean
_bp_export_file_finish (BpExportFile         *file,
                        gboolean              written,
                        BpExportProgressFunc  progress,
                        gpointer              progress_data,
                        GError              **error)
{
  if (!written)
    {
      _bp_export_file_abort (file);
      return FALSE;
    }
  if (!_bp_export_file_commit (file, error))
    return FALSE;
  if (progress)
    progress (1.0, progress_data);
  return TRUE;
}

/* --- locale ------------------------------------------------------------------------ */

/* Switches this thread to the C numeric locale, keeping the rest of the current one. */
void
_bp_export_locale_push (BpExportLocale *saved)
{
  locale_t current = duplocale (uselocale ((locale_t) 0));

  saved->c_numeric = current ? newlocale (LC_NUMERIC_MASK, "C", current) : (locale_t) 0;
  if (saved->c_numeric == (locale_t) 0)
    {
      if (current)
        freelocale (current);
      /* Without a copy of the current locale, the whole C locale still writes numbers
       * right. */
      saved->c_numeric = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
    }
  saved->previous = uselocale (saved->c_numeric);
}

void
_bp_export_locale_pop (BpExportLocale *saved)
{
  uselocale (saved->previous);
  if (saved->c_numeric)
    freelocale (saved->c_numeric);
  saved->c_numeric = (locale_t) 0;
}

/* --- text -------------------------------------------------------------------------- */

static gboolean
allowed_in_xml (gunichar c)
{
  /* XML 1.0: tab, newline and carriage return are the only control characters. */
  if (c == '\t' || c == '\n' || c == '\r')
    return TRUE;
  if (c < 0x20 || c == 0xFFFE || c == 0xFFFF)
    return FALSE;
  return TRUE;
}

/**
 * _bp_export_text:
 * @text: (nullable): text from anywhere: a file name, imported data
 *
 * Text that is safe to hand to libxlsxwriter or pango: valid UTF-8 (invalid bytes become
 * U+FFFD), no control characters XML cannot hold, and no longer than a cell may be.
 * Returns: (transfer full)
 */
char *
_bp_export_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (out->len + 6 > MAX_TEXT_BYTES)
        break;
      if (allowed_in_xml (c))
        g_string_append_unichar (out, c);
      else
        g_string_append_unichar (out, 0xFFFD);
    }
  return g_string_free (out, FALSE);
}

/**
 * _bp_export_sheet_name_valid:
 * Whether Excel accepts @name as a worksheet name: 1 to 31 characters, none of
 * `[]:*?/\`, not starting or ending with an apostrophe (libxlsxwriter only warns).
 * Sheet names are translated, so the message names the name.
 */
gboolean
_bp_export_sheet_name_valid (const char  *name,
                             GError     **error)
{
  /* A message is valid UTF-8 even when the name is not. */
  g_autofree char *shown = g_utf8_make_valid (name ? name : "", -1);

  /* Each reason is a whole sentence for the translators. */
  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a worksheet name (perhaps a translated one) */
                 _("\"%s\" cannot name a worksheet: it is not valid UTF-8"), shown);
  else if (name[0] == '\0')
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a worksheet name, here an empty one */
                 _("\"%s\" cannot name a worksheet: it is empty"), shown);
  else if (g_utf8_strlen (name, -1) > 31)
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a worksheet name (perhaps a translated one) */
                 _("\"%s\" cannot name a worksheet: it is longer than 31 characters"), shown);
  else if (strpbrk (name, "[]:*?/\\") != NULL)
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a worksheet name (perhaps a translated one) */
                 _("\"%s\" cannot name a worksheet: it contains one of [ ] : * ? / \\"), shown);
  else if (name[0] == '\'' || name[strlen (name) - 1] == '\'')
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a worksheet name (perhaps a translated one) */
                 _("\"%s\" cannot name a worksheet: it starts or ends with an apostrophe"),
                 shown);
  else if (g_ascii_strcasecmp (name, "History") == 0)
    g_set_error (error, BP_EXPORT_ERROR, BP_EXPORT_ERROR_INVALID,
                 /* Translators: %s is a worksheet name: "History", which Excel keeps for
                  * itself */
                 _("\"%s\" cannot name a worksheet: Excel reserves it"), shown);
  else
    return TRUE;
  return FALSE;
}

/* Whether @name is a valid Excel table name: a letter or underscore, then letters,
 * digits and underscores, and not something that reads as a cell reference. */
gboolean
_bp_export_table_name_valid (const char *name)
{
  gsize letters = 0;

  if (name == NULL || !(g_ascii_isalpha (name[0]) || name[0] == '_'))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  while (g_ascii_isalpha (name[letters]))
    letters++;
  /* "A1", "XFD1048576": a cell reference. */
  if (letters <= 3 && name[letters] != '\0' && strspn (name + letters, "0123456789") ==
                                                 strlen (name + letters))
    return FALSE;
  return strlen (name) <= 255;
}

gboolean
_bp_export_check_cancelled (GCancellable  *cancellable,
                            GError       **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

/**
 * _bp_export_quiet_stderr:
 * While @quiet, standard error goes nowhere: around a library call that prints its own
 * messages (libxlsxwriter's "[ERROR]" lines), which the caller says in its own words.
 */
void
_bp_export_quiet_stderr (gboolean quiet)
{
  static GMutex lock;
  static int saved = -1;

  g_mutex_lock (&lock);
  if (quiet && saved < 0)
    {
      int null = open ("/dev/null", O_WRONLY | O_CLOEXEC);

      fflush (stderr);
      saved = dup (STDERR_FILENO);
      if (null >= 0 && saved >= 0)
        dup2 (null, STDERR_FILENO);
      if (null >= 0)
        close (null);
    }
  else if (!quiet && saved >= 0)
    {
      fflush (stderr);
      dup2 (saved, STDERR_FILENO);
      close (saved);
      saved = -1;
    }
  g_mutex_unlock (&lock);
}

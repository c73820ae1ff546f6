/* bp-file-guard.c: no output of a command may be the database, an input, or another output
 *
 * "export --xlsx h.db" on the open database h.db used to replace it with the workbook, and
 * "--rejects" equal to the input overwrote the input, with exit 0. A command lists the
 * files it reads and writes here first; an output that is one of them is refused before
 * anything is written. Existing files are compared by device and inode, not by name, so
 * a link, "./h.db" or another spelling of the path is caught too; files that do not exist
 * yet (two outputs of one command) by their absolute, canonical folder and name.
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bp-file-guard.h"

typedef enum
{
  ROLE_DATABASE,
  ROLE_DATABASE_LOG,
  ROLE_INPUT,
  ROLE_OUTPUT,
} Role;

typedef struct
{
  char    *path;       /* as given, for messages */
  char    *canonical;  /* absolute, with the folder resolved */
  Role     role;
  gboolean exists;
  dev_t    dev;
  ino_t    ino;
} Entry;

struct _BpFileGuard
{
  GArray *entries;  /* (element-type Entry) */
};

G_DEFINE_QUARK (bp-file-guard-error-quark, bp_file_guard_error)

static void
entry_clear (gpointer data)
{
  Entry *e = data;

  g_free (e->path);
  g_free (e->canonical);
}

/* Returns: (transfer full): an owned new guard */
BpFileGuard *
bp_file_guard_new (void)
{
  BpFileGuard *self = g_new0 (BpFileGuard, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  return self;
}

void
bp_file_guard_free (BpFileGuard *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_free (self);
}

/* The absolute path with its folder resolved through links, so that two spellings of a
 * file that does not exist yet compare equal. */
static char *
canonical_path (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *dir = g_path_get_dirname (absolute);
  g_autofree char *base = g_path_get_basename (absolute);
  char *real = realpath (dir, NULL);
  char *out;

  if (real == NULL)
    return g_steal_pointer (&absolute);
  out = g_build_filename (real, base, NULL);
  free (real);
  return out;
}

static void
add (BpFileGuard *self,
     const char  *path,
     Role         role)
{
  Entry e = { 0 };
  struct stat st;

  if (path == NULL || *path == '\0')
    return;
  e.path = g_strdup (path);
  e.canonical = canonical_path (path);
  e.role = role;
  if (g_stat (path, &st) == 0)
    {
      e.exists = TRUE;
      e.dev = st.st_dev;
      e.ino = st.st_ino;
    }
  g_array_append_val (self->entries, e);
}

/* The database, with the log and shared-memory files SQLite keeps beside it. */
void
bp_file_guard_add_database (BpFileGuard *self,
                            const char  *path)
{
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autofree char *journal = NULL;

  g_return_if_fail (self != NULL);
  if (path == NULL)
    return;
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  journal = g_strconcat (path, "-journal", NULL);
  add (self, path, ROLE_DATABASE);
  add (self, wal, ROLE_DATABASE_LOG);
  add (self, shm, ROLE_DATABASE_LOG);
  add (self, journal, ROLE_DATABASE_LOG);
}

void
bp_file_guard_add_input (BpFileGuard *self,
                         const char  *path)
{
  g_return_if_fail (self != NULL);
  add (self, path, ROLE_INPUT);
}

static gboolean
same_file (const Entry *a,
           const Entry *b)
{
  if (a->exists && b->exists)
    return a->dev == b->dev && a->ino == b->ino;
  return g_strcmp0 (a->canonical, b->canonical) == 0;
}

/**
 * bp_file_guard_add_output:
 * Checks that @path is none of the files added so far (the database and its log files,
 * the inputs, the other outputs), then adds it.
 *
 * Returns: %FALSE with @error set (BP_FILE_GUARD_ERROR_SAME_FILE), naming both, when it is
 */
gboolean
bp_file_guard_add_output (BpFileGuard *self,
                          const char  *path,
                          GError     **error)
{
  Entry candidate = { 0 };
  struct stat st;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  candidate.canonical = canonical_path (path);
  if (g_stat (path, &st) == 0)
    {
      candidate.exists = TRUE;
      candidate.dev = st.st_dev;
      candidate.ino = st.st_ino;
    }
  for (guint i = 0; ok && i < self->entries->len; i++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, i);
      g_autofree char *out = g_filename_display_name (path);
      g_autofree char *other = g_filename_display_name (e->path);

      if (!same_file (&candidate, e))
        continue;
      ok = FALSE;
      switch (e->role)
        {
        case ROLE_DATABASE:
          g_set_error (error, BP_FILE_GUARD_ERROR, BP_FILE_GUARD_ERROR_SAME_FILE,
                       /* Translators: an output file and the database file, which are the
                        * same file: "h.db: this is the database (h.db): writing there would
                        * destroy it; choose another file" */
                       _("%s: this is the database (%s): writing there would destroy it; "
                         "choose another file"), out, other);
          break;
        case ROLE_DATABASE_LOG:
          g_set_error (error, BP_FILE_GUARD_ERROR, BP_FILE_GUARD_ERROR_SAME_FILE,
                       /* Translators: an output file and one of the files SQLite keeps
                        * beside the database ("h.db-wal") */
                       _("%s: this is a file of the database (%s): writing there would "
                         "damage it; choose another file"), out, other);
          break;
        case ROLE_INPUT:
          g_set_error (error, BP_FILE_GUARD_ERROR, BP_FILE_GUARD_ERROR_SAME_FILE,
                       /* Translators: an output file and an input file of the same
                        * command, which are the same file */
                       _("%s: this is the file being read (%s): writing there would replace "
                         "it; choose another file"), out, other);
          break;
        case ROLE_OUTPUT:
        default:
          g_set_error (error, BP_FILE_GUARD_ERROR, BP_FILE_GUARD_ERROR_SAME_FILE,
                       /* Translators: two outputs of one command that are the same file,
                        * as in "--xlsx X --pdf X" */
                       _("%s: this is also another file the command writes (%s): one would "
                         "overwrite the other; give two different files"), out, other);
          break;
        }
    }
  g_free (candidate.canonical);
  if (ok)
    add (self, path, ROLE_OUTPUT);
  return ok;
}

/**
 * bp_file_temporary_template:
 * The name of a temporary file beside @dir/@base for g_mkstemp(): ".BASE.PID.XXXXXX".
 * The writer's process id is in the name, so a later run can tell a file left by a killed
 * writer from one another writer is writing now (bp_file_remove_stale_temporaries()).
 *
 * Returns: (transfer full)
 */
char *
bp_file_temporary_template (const char *dir,
                            const char *base)
{
  return g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".%s.%ld.XXXXXX", dir, base, (long) getpid ());
}

/**
 * bp_file_remove_stale_temporaries:
 * Removes ".BASE.PID.XXXXXX" files in @dir whose writer is gone: what an export or an
 * import's rejects file killed part-way (a closed laptop, a crash) left behind. A file
 * whose process still runs is another writer's, and is left alone.
 */
void
bp_file_remove_stale_temporaries (const char *dir,
                                  const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      const char *rest;
      char *end = NULL;
      gint64 pid;

      if (!g_str_has_prefix (name, prefix))
        continue;
      rest = name + strlen (prefix);
      pid = g_ascii_strtoll (rest, &end, 10);
      if (end == rest || pid <= 0 || pid > G_MAXINT || end[0] != '.' || strlen (end + 1) != 6)
        continue;
      if (kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      {
        g_autofree char *stale = g_build_filename (dir, name, NULL);

        g_unlink (stale);
      }
    }
}

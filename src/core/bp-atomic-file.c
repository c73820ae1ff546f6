/* bp-atomic-file.c: a file written whole or not at all
 *
 * The one way Boardpack writes a file the user asked for (the packs, charts, demo data,
 * rejects): into a temporary file beside the target (".NAME.PID.XXXXXX", so the rename is
 * atomic and a killed run's leftovers are known, bp-file-guard.c), flushed to disk,
 * given its permissions, then renamed over the target. Until the rename the target is as
 * it was; after a failure the temporary file is gone.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bp-atomic-file.h"
#include "bp-file-guard.h"

static gboolean
fail (BpAtomicFile  *file,
      int            saved_errno,
      GError       **error)
{
  g_autofree char *display = g_filename_display_name (file->path ? file->path : "");

  file->saved_errno = saved_errno;
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", display,
               g_strerror (saved_errno));
  return FALSE;
}

/* The mode open() gives a new file: 0666 and the umask. umask() can only be read by
 * setting it, so it is set back at once. */
int
bp_atomic_file_new_mode (void)
{
  mode_t mask = umask (0022);

  umask (mask);
  return (int) (0666 & ~mask);
}

/**
 * bp_atomic_file_open:
 * @mode: the permissions of the finished file, or %BP_ATOMIC_FILE_KEEP_MODE
 *
 * Makes the temporary file, private to the user until it is finished, and removes what
 * an earlier, killed write of the same target left.
 */
gboolean
bp_atomic_file_open (BpAtomicFile  *file,
                     const char    *path,
                     int            mode,
                     GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  GStatBuf st;

  g_return_val_if_fail (file != NULL && path != NULL, FALSE);

  file->path = g_strdup (path);
  file->saved_errno = 0;
  file->closed = FALSE;
  bp_file_remove_stale_temporaries (dir, base);
  file->tmp_path = bp_file_temporary_template (dir, base);
  file->fd = g_mkstemp_full (file->tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (file->fd < 0)
    {
      int saved = errno;

      g_clear_pointer (&file->tmp_path, g_free);
      fail (file, saved, error);
      g_clear_pointer (&file->path, g_free);
      return FALSE;
    }
  if (mode == BP_ATOMIC_FILE_KEEP_MODE)
    mode = g_stat (path, &st) == 0 ? (int) (st.st_mode & 07777) : bp_atomic_file_new_mode ();
  file->mode = mode;
  return TRUE;
}

gboolean
bp_atomic_file_write (BpAtomicFile  *file,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const char *p = data;
  gsize done = 0;

  g_return_val_if_fail (file->fd >= 0, FALSE);

  while (done < length)
    {
      gssize n = write (file->fd, p + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return fail (file, n < 0 ? errno : ENOSPC, error);
      done += (gsize) n;
    }
  return TRUE;
}

/**
 * bp_atomic_file_close:
 * Flushes what was written to disk, gives the file its permissions and closes it; it
 * keeps its temporary name until bp_atomic_file_commit(). For a library that writes the
 * temporary file by its name, this flushes what it wrote.
 */
gboolean
bp_atomic_file_close (BpAtomicFile  *file,
                      GError       **error)
{
  int fd = file->fd;

  if (fd < 0)
    {
      fd = open (file->tmp_path, O_RDONLY | O_CLOEXEC);
      if (fd < 0)
        return fail (file, errno, error);
    }
  file->fd = -1;
  if (fsync (fd) != 0 || fchmod (fd, (mode_t) file->mode) != 0)
    {
      int saved = errno;

      close (fd);
      return fail (file, saved, error);
    }
  if (close (fd) != 0)
    return fail (file, errno, error);
  file->closed = TRUE;
  return TRUE;
}

/* Closes the file if bp_atomic_file_close() has not, and renames it over the target. */
gboolean
bp_atomic_file_commit (BpAtomicFile  *file,
                       GError       **error)
{
  if (!file->closed && !bp_atomic_file_close (file, error))
    return FALSE;
  if (g_rename (file->tmp_path, file->path) != 0)
    return fail (file, errno, error);
  g_clear_pointer (&file->tmp_path, g_free);
  g_clear_pointer (&file->path, g_free);
  return TRUE;
}

/* Removes the temporary file; the target is left as it was. */
void
bp_atomic_file_abort (BpAtomicFile *file)
{
  if (file->fd >= 0)
    close (file->fd);
  file->fd = -1;
  if (file->tmp_path)
    g_unlink (file->tmp_path);
  g_clear_pointer (&file->tmp_path, g_free);
  g_clear_pointer (&file->path, g_free);
}

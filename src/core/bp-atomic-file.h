/* bp-atomic-file.h: a file written whole or not at all */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The mode of the file replaced, or of a new file as open() makes it (0666 and the
 * umask). */
#define BP_ATOMIC_FILE_KEEP_MODE (-1)

typedef struct
{
  char *path;         /* the target */
  char *tmp_path;     /* where it is written until complete, in the same folder */
  int   fd;           /* -1 once closed */
  int   mode;         /* the finished file's permissions */
  int   saved_errno;  /* why the last step failed, for callers' own messages */
  gboolean closed;    /* flushed, given its mode and closed (bp_atomic_file_close()) */
} BpAtomicFile;

#define BP_ATOMIC_FILE_INIT { NULL, NULL, -1, 0, 0, FALSE }

gboolean bp_atomic_file_open   (BpAtomicFile  *file,
                                const char    *path,
                                int            mode,
                                GError       **error);
gboolean bp_atomic_file_write  (BpAtomicFile  *file,
                                const void    *data,
                                gsize          length,
                                GError       **error);
gboolean bp_atomic_file_close  (BpAtomicFile  *file,
                                GError       **error);
gboolean bp_atomic_file_commit (BpAtomicFile  *file,
                                GError       **error);
void     bp_atomic_file_abort  (BpAtomicFile  *file);
int      bp_atomic_file_new_mode (void);

G_END_DECLS

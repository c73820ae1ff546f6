/* bp-file-guard.h: no output of a command may be the database, an input, or another output */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BP_FILE_GUARD_ERROR (bp_file_guard_error_quark ())

typedef enum
{
  BP_FILE_GUARD_ERROR_SAME_FILE, /* an output is a file the command reads or writes */
} BpFileGuardError;

typedef struct _BpFileGuard BpFileGuard;

GQuark       bp_file_guard_error_quark  (void);
BpFileGuard *bp_file_guard_new          (void);
void         bp_file_guard_free         (BpFileGuard *self);
void         bp_file_guard_add_database (BpFileGuard *self,
                                         const char  *path);
void         bp_file_guard_add_input    (BpFileGuard *self,
                                         const char  *path);
gboolean     bp_file_guard_add_output   (BpFileGuard *self,
                                         const char  *path,
                                         GError     **error);

char        *bp_file_temporary_template (const char *dir,
                                         const char *base);
void         bp_file_remove_stale_temporaries (const char *dir,
                                               const char *base);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpFileGuard, bp_file_guard_free)

G_END_DECLS

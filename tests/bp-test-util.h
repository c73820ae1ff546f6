/* bp-test-util.h: helpers shared by the tests */
#pragma once

#include <glib.h>

#include "bp-store.h"

G_BEGIN_DECLS

char    *bp_test_tmpdir       (void);
char    *bp_test_write_file   (const char *dir,
                               const char *name,
                               const char *contents,
                               gssize      length);
char    *bp_test_dump_store   (BpStore    *store);
void     bp_test_rm_rf        (const char *path);

G_END_DECLS

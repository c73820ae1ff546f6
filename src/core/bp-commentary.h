/* bp-commentary.h: the manager's commentary for the board (cli.md, "Commentary"): a
 * paragraph per indicator and a summary, each for one period end, kept in the database
 */
#pragma once

#include "bp-date.h"
#include "bp-store.h"

G_BEGIN_DECLS

#define BP_COMMENTARY_SUMMARY "summary"
/* The longest commentary kept, in bytes: a page of text. */
#define BP_COMMENTARY_MAX_BYTES 20000

gboolean    bp_commentary_key_is_valid (const char  *key);
char       *bp_commentary_get          (BpStore     *store,
                                        const char  *key,
                                        BpDay        period_end);
gboolean    bp_commentary_set          (BpStore     *store,
                                        const char  *key,
                                        BpDay        period_end,
                                        const char  *text,
                                        GError     **error);
gboolean    bp_commentary_earlier      (BpStore     *store,
                                        const char  *key,
                                        BpDay        period_end,
                                        char       **out_text,
                                        BpDay       *out_period_end);
GHashTable *bp_commentary_for_period   (BpStore     *store,
                                        BpDay        period_end);

G_END_DECLS

/* bp-rag.h: the board paper's red, amber and green statuses (issue "The board paper", 3)
 *
 * A headline figure is given a status by one rule, chosen in Preferences and kept in the
 * database (as the paper's details are), so the window's pack and the command line's
 * agree. The rule is written on the summary page under the tiles; a figure that rests on
 * too few children, or is suppressed, or has nothing to be compared with, has no status.
 */
#pragma once

#include "bp-comparison.h"
#include "bp-store.h"

G_BEGIN_DECLS

typedef enum
{
  BP_RAG_RULE_NATIONAL, /* against England and Wales as published (the default) */
  BP_RAG_RULE_FAMILY,   /* against the YJS family as published */
  BP_RAG_RULE_TREND,    /* against the same measure a year before */
  BP_N_RAG_RULES
} BpRagRule;

typedef enum
{
  BP_RAG_NONE,  /* no status: nothing to compare with, too few, or suppressed */
  BP_RAG_GREEN,
  BP_RAG_AMBER,
  BP_RAG_RED,
} BpRag;

/* The band, in per cent of the figure compared with, within which a figure is amber. */
#define BP_RAG_BAND_PCT 5.0

BpRag       bp_rag_judge        (BpRagRule    rule,
                                 BpBetter     better,
                                 double       value,
                                 double       national,
                                 double       family,
                                 double       year_before);
BpRag       bp_rag_of_rri       (const char  *significance);
const char *bp_rag_name         (BpRag        rag);
const char *bp_rag_rule_key     (BpRagRule    rule);
gboolean    bp_rag_rule_parse   (const char  *key,
                                 BpRagRule   *rule);
const char *bp_rag_rule_title   (BpRagRule    rule);
char       *bp_rag_rule_text    (BpRagRule    rule);
BpRagRule   bp_rag_rule_load    (BpStore     *store);
gboolean    bp_rag_rule_save    (BpStore     *store,
                                 BpRagRule    rule,
                                 GError     **error);

G_END_DECLS

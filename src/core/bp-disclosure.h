/* bp-disclosure.h: statistical disclosure control for partner packs (domain.md section 9) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BP_PROFILE_INTERNAL, /* board papers, OFFICIAL-SENSITIVE: every count shown */
  BP_PROFILE_PARTNER,  /* packs for partners: small numbers suppressed */
  BP_N_PROFILES
} BpProfile;

typedef enum
{
  BP_CELL_SHOWN,
  BP_CELL_PRIMARY,        /* [c]: a count of 1 to 4 */
  BP_CELL_SECONDARY,      /* [c]: hidden so a total cannot be subtracted back */
  BP_CELL_NOT_AVAILABLE,  /* [x] */
} BpCellState;

#define BP_SYMBOL_CONFIDENTIAL    "[c]"
#define BP_SYMBOL_NOT_AVAILABLE   "[x]"
#define BP_SYMBOL_NOT_APPLICABLE  "[z]"
#define BP_SYMBOL_LOW_RELIABILITY "[u]"

typedef struct _BpDisclosureTable BpDisclosureTable;

const char        *bp_profile_name              (BpProfile          profile);
gboolean           bp_profile_parse             (const char        *text,
                                                 BpProfile         *out_profile);
BpDisclosureTable *bp_disclosure_table_new      (guint              n_rows,
                                                 guint              n_columns);
void               bp_disclosure_table_free     (BpDisclosureTable *self);
void               bp_disclosure_table_set      (BpDisclosureTable *self,
                                                 guint              row,
                                                 guint              column,
                                                 gint64             count);
void               bp_disclosure_apply          (BpDisclosureTable *self,
                                                 BpProfile          profile);
BpCellState        bp_disclosure_state          (BpDisclosureTable *self,
                                                 guint              row,
                                                 guint              column);
gboolean           bp_disclosure_suppressed     (BpDisclosureTable *self,
                                                 guint              row,
                                                 guint              column);
const char        *bp_disclosure_derived_symbol (BpProfile          profile,
                                                 gboolean           numerator_suppressed,
                                                 gboolean           is_percentage,
                                                 gint64             base);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpDisclosureTable, bp_disclosure_table_free)

G_END_DECLS

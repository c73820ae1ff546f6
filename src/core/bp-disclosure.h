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
  BP_CELL_DERIVED,        /* [c]: a rate, share or change made from a hidden count */
  BP_N_CELL_STATES
} BpCellState;

#define BP_SYMBOL_CONFIDENTIAL    "[c]"
#define BP_SYMBOL_NOT_AVAILABLE   "[x]"
#define BP_SYMBOL_NOT_APPLICABLE  "[z]"
#define BP_SYMBOL_LOW_RELIABILITY "[u]"

typedef struct _BpDisclosureTable BpDisclosureTable;

/* The whole pack's counts and the relations between them (domain.md section 9, 2): a
 * count shown in several places is one figure; a total is the sum of its parts. */
typedef struct _BpDisclosurePlan BpDisclosurePlan;

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

BpDisclosurePlan  *bp_disclosure_plan_new       (void);
void               bp_disclosure_plan_free      (BpDisclosurePlan  *self);
guint              bp_disclosure_plan_add       (BpDisclosurePlan  *self,
                                                 const char        *key,
                                                 gint64             count);
guint              bp_disclosure_plan_add_unseen (BpDisclosurePlan *self,
                                                 const char        *key,
                                                 gint64             count);
gboolean           bp_disclosure_plan_find      (BpDisclosurePlan  *self,
                                                 const char        *key,
                                                 guint             *out_figure);
void               bp_disclosure_plan_sum       (BpDisclosurePlan  *self,
                                                 guint              total,
                                                 const guint       *parts,
                                                 guint              n_parts);
void               bp_disclosure_plan_follow    (BpDisclosurePlan  *self,
                                                 guint              follower,
                                                 guint              leader);
void               bp_disclosure_plan_apply     (BpDisclosurePlan  *self,
                                                 BpProfile          profile);
BpCellState        bp_disclosure_plan_state     (BpDisclosurePlan  *self,
                                                 guint              figure);
gboolean           bp_disclosure_plan_hidden    (BpDisclosurePlan  *self,
                                                 guint              figure);
gboolean           bp_disclosure_plan_derivable (BpDisclosurePlan  *self,
                                                 guint              figure);
guint              bp_disclosure_plan_count     (BpDisclosurePlan  *self,
                                                 BpCellState        state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpDisclosureTable, bp_disclosure_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpDisclosurePlan, bp_disclosure_plan_free)

G_END_DECLS

/* bp-paper.h: the board paper's details (issue "The board paper", 2): the meeting, its
 * author, purpose and recommendations, printed on the PDF's cover
 */
#pragma once

#include "bp-date.h"
#include "bp-store.h"

G_BEGIN_DECLS

typedef struct
{
  BpDay  meeting;          /* BP_DAY_INVALID: not given */
  char  *author;           /* "" when not given, never NULL */
  char  *purpose;
  char  *recommendations;
} BpPaperDetails;

BpPaperDetails *bp_paper_details_load  (BpStore              *store);
gboolean        bp_paper_details_save  (BpStore              *store,
                                        const BpPaperDetails *details,
                                        GError              **error);
gboolean        bp_paper_details_empty (const BpPaperDetails *details);
void            bp_paper_details_free  (BpPaperDetails       *details);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpPaperDetails, bp_paper_details_free)

G_END_DECLS

/* bp-session.h: what the window shows: one database, one period, one report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bp-data-quality.h"
#include "bp-indicators.h"
#include "bp-store.h"

G_BEGIN_DECLS

#define BP_TYPE_SESSION (bp_session_get_type ())
G_DECLARE_FINAL_TYPE (BpSession, bp_session, BP, SESSION, GObject)

typedef enum
{
  BP_SESSION_EMPTY,   /* no case data has been imported */
  BP_SESSION_LOADING, /* the first report is being computed */
  BP_SESSION_READY,   /* a report is there */
  BP_SESSION_FAILED,  /* the data could not be read: see bp_session_get_error_message() */
} BpSessionState;

BpSession           *bp_session_new                (BpStore     *store);
BpStore             *bp_session_get_store          (BpSession   *self);
void                 bp_session_set_store          (BpSession   *self,
                                                    BpStore     *store);
BpSessionState       bp_session_get_state          (BpSession   *self);
const char          *bp_session_get_error_message  (BpSession   *self);
gboolean             bp_session_get_computing      (BpSession   *self);
const BpReport      *bp_session_get_report         (BpSession   *self);
const BpDataQuality *bp_session_get_data_quality   (BpSession   *self);
GListModel          *bp_session_get_periods        (BpSession   *self);
guint                bp_session_get_period_index   (BpSession   *self);
void                 bp_session_set_period_index   (BpSession   *self,
                                                    guint        index);
BpDay                bp_session_get_period_end     (BpSession   *self);
BpStage              bp_session_get_stage          (BpSession   *self);
void                 bp_session_set_stage          (BpSession   *self,
                                                    BpStage      stage);
const char          *bp_session_get_area_name      (BpSession   *self);
void                 bp_session_set_page_stage     (BpSession   *self,
                                                    BpStage      stage);
BpStage              bp_session_get_page_stage     (BpSession   *self);
void                 bp_session_set_page_disparity (BpSession   *self,
                                                    BpStage      stage,
                                                    int          years,
                                                    int          tier);
void                 bp_session_set_disparity_years (BpSession  *self,
                                                    int          years);
int                  bp_session_get_disparity_years (BpSession  *self);
const BpReport      *bp_session_get_page_report    (BpSession   *self);
gboolean             bp_session_set_area_name      (BpSession   *self,
                                                    const char  *name,
                                                    GError     **error);
int                  bp_session_get_palette        (BpSession   *self);
double               bp_session_get_rri_threshold  (BpSession   *self);
gboolean             bp_session_get_show_comparator (BpSession  *self,
                                                    const char  *area_type);
void                 bp_session_reload             (BpSession   *self);

G_END_DECLS

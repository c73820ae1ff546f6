/* bp-i18n.h: the message catalogue, the pack language and month names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BP_I18N_ERROR (bp_i18n_error_quark ())

typedef enum {
  BP_I18N_ERROR_UNKNOWN_LANGUAGE,
  BP_I18N_ERROR_NOT_INSTALLED,
} BpI18nError;

GQuark      bp_i18n_error_quark   (void);
void        bp_i18n_init          (void);
const char *bp_i18n_localedir     (void);
gboolean    bp_i18n_use_language  (const char  *language,
                                   GError     **error);
const char *bp_i18n_language      (void);

const char *bp_area_display_name  (const char  *area_name);

const char *bp_month_name         (int          month);
const char *bp_month_abbrev       (int          month);

G_END_DECLS

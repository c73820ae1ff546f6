/* bp-ui.h: what every user of the window library does first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BP_RESOURCE_PATH "/io/github/boardpack/Boardpack"

void       bp_ui_init         (void);
GSettings *bp_ui_settings_new (void);
gboolean   bp_ui_is_installed (void);
const char *bp_ui_uninstalled_icon_dir (void);

G_END_DECLS

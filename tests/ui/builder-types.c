/* builder-types.c: lets `gtk4-builder-tool validate` check our .ui files
 *
 * gtk4-builder-tool knows only GTK's types. Preloaded (LD_PRELOAD) into it, this module
 * registers the libadwaita types our templates derive from before the tool looks them
 * up, and carries libadwaita and our widget library, so GtkBuilder's lazy lookup of
 * "BpChartView" (bp_chart_view_get_type) and "AdwHeaderBar" finds them too. The tool
 * still does the validating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bp-ui.h"

/* The preloaded library's own symbols must be visible to g_module_symbol(). */
G_MODULE_EXPORT void bp_builder_types_register (void);

__attribute__((constructor)) G_MODULE_EXPORT void
bp_builder_types_register (void)
{
  g_type_ensure (ADW_TYPE_BIN);
  g_type_ensure (ADW_TYPE_WINDOW);
  g_type_ensure (ADW_TYPE_APPLICATION_WINDOW);
  g_type_ensure (ADW_TYPE_PREFERENCES_WINDOW);
}

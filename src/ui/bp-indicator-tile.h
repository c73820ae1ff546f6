/* bp-indicator-tile.h: a headline indicator on the Overview, opening its page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bp-chart.h"

G_BEGIN_DECLS

#define BP_TYPE_INDICATOR_TILE (bp_indicator_tile_get_type ())
G_DECLARE_FINAL_TYPE (BpIndicatorTile, bp_indicator_tile, BP, INDICATOR_TILE, GtkButton)

void        bp_indicator_tile_set_figures (BpIndicatorTile *self,
                                           const char      *value,
                                           const char      *unit,
                                           const char      *change,
                                           const char      *comparator);
const char *bp_indicator_tile_get_value   (BpIndicatorTile *self);
const char *bp_indicator_tile_get_comparator (BpIndicatorTile *self);
const char *bp_indicator_tile_get_sentence (BpIndicatorTile *self);
void        bp_indicator_tile_set_chart   (BpIndicatorTile *self,
                                           BpChart         *chart);
void        bp_indicator_tile_set_palette (BpIndicatorTile *self,
                                           int              palette);

G_END_DECLS

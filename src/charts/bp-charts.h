/* bp-charts.h: the chart library (cairo + pango, no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-chart.h"
#include "bp-format.h"
#include "bp-chart-kinds.h"
#include "bp-chart-theme.h"
#include "bp-chart-ticks.h"

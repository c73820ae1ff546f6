/* bp-ui-format.h: numbers, dates and changes as the window words them
 *
 * The window's own labels are translated, with the month names of the catalogue (not the
 * C library's locale, which a Welsh interface may lack); the numbers are rounded half away
 * from zero with thousands separators, as published.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bp-comparison.h"

#include <glib.h>

#include "bp-indicators.h"

G_BEGIN_DECLS

char *bp_ui_format_month_year   (BpDay        day);
char *bp_ui_format_date         (BpDay        day);
char *bp_ui_format_period       (BpPeriod     period);
char *bp_ui_format_period_label (BpDay        period_end);
char *bp_ui_format_count        (gint64       count);
char *bp_ui_format_value        (double       value,
                                 int          decimals);
char *bp_ui_format_signed       (double       value,
                                 int          decimals);
char *bp_ui_format_percent      (double       value,
                                 int          decimals);
const char *bp_ui_area_type_name (const char *area_type);
const char *bp_ui_disparity_group_name   (guint row);
const char *bp_ui_disparity_group_phrase (guint row);
guint       bp_ui_disparity_headline_row (const BpDisparity *disparity);
char       *bp_ui_no_rri_sentence        (const BpDisparity *disparity,
                                          guint              row,
                                          const char        *year);
char       *bp_ui_disparity_headline     (guint       row,
                                          BpStage     stage,
                                          const char *year);
char       *bp_ui_comparators_text       (GPtrArray  *benchmarks,
                                          const char *indicator,
                                          gboolean    family,
                                          gboolean    region,
                                          gboolean    national,
                                          const char *suffix);
char       *bp_ui_comparison_words       (const BpComparison *comparison,
                                          double              local_value,
                                          const char         *unit,
                                          const char         *before);
char       *bp_ui_comparison_tile_text   (const BpComparison *comparison,
                                          double              local_value,
                                          const char         *unit,
                                          gboolean            national,
                                          gboolean            family,
                                          const char         *comparators);
const BpBenchmark *bp_ui_find_benchmark (GPtrArray  *benchmarks,
                                         const char *indicator,
                                         const char *area_type);

G_END_DECLS

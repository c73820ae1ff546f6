/* bp-format.h: rounding half away from zero and number formatting, for every output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BP_FORMAT_PLAIN = 0,
  BP_FORMAT_THOUSANDS = 1 << 0,     /* 26,092 */
  BP_FORMAT_SIGN = 1 << 1,          /* +21.0 for positive values (never +0.0) */
  BP_FORMAT_UNICODE_MINUS = 1 << 2, /* U+2212 instead of "-", for drawn labels */
} BpFormatFlags;

double bp_round_half_away (double value,
                           int    decimals);

char  *bp_format_number_full (double        value,
                              int           decimals,
                              BpFormatFlags flags);
char  *bp_format_number   (double        value,
                           int           decimals);

char  *bp_format_count    (gint64 count);
char  *bp_format_sentence_case (char *text);
void   bp_append_sentence (GString    *text,
                           const char *sentence);
char  *bp_join_list       (GPtrArray  *items);

G_END_DECLS

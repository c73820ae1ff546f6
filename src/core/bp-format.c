/* bp-format.c: rounding half away from zero and number formatting, for every output
 *
 * Reports, tables, charts and packs all round here, so a figure reads the same wherever
 * it is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-format.h"

/* Decimal halves such as 0.125 or 1.005 are usually stored a hair below the half, and
 * printf then rounds them down. Nudging by a relative epsilon (far above the error of
 * a double, far below any difference a published figure can show) gives the decimal
 * answer, as Excel's ROUND does.
 */
#define ROUND_RELATIVE_EPSILON 1e-12
#define MAX_DECIMALS 15

static double
power_of_ten (int decimals)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  };

  g_assert (decimals >= 0 && decimals <= MAX_DECIMALS);
  return powers[decimals];
}

/**
 * bp_round_half_away:
 * @value: the number to round
 * @decimals: decimal places, 0 to 15 (negative is taken as 0)
 *
 * Rounds half away from zero in decimal: 0.125 -> 0.13, -2.5 -> -3, 1.005 -> 1.01.
 * Never returns negative zero. NAN and infinities are returned as given.
 *
 * Returns: the rounded value
 */
double
bp_round_half_away (double value,
                    int    decimals)
{
  double scale;
  double scaled;
  double rounded;

  if (!isfinite (value))
    return value;

  decimals = CLAMP (decimals, 0, MAX_DECIMALS);
  scale = power_of_ten (decimals);
  scaled = value * scale;
  if (!isfinite (scaled) || fabs (scaled) >= 4503599627370496.0) /* 2^52: already whole */
    return value;

  scaled += copysign (fabs (scaled) * ROUND_RELATIVE_EPSILON, scaled);
  rounded = round (scaled) / scale;

  return rounded == 0.0 ? 0.0 : rounded;
}

static void
append_grouped_digits (GString    *out,
                       const char *digits,
                       gboolean    thousands)
{
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (thousands && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/**
 * bp_format_number_full:
 * @value: the number
 * @decimals: decimal places to show, 0 to 15
 * @flags: #BpFormatFlags
 *
 * Formats @value rounded half away from zero with exactly @decimals places, a "."
 * decimal point whatever the locale, and optionally thousands separators and a sign.
 * A value that rounds to zero is shown without a sign ("0.0", never "-0.0").
 *
 * Returns: (transfer full): the text, or "n/a" (translated) for NAN
 */
char *
bp_format_number_full (double        value,
                       int           decimals,
                       BpFormatFlags flags)
{
  g_autoptr (GString) out = NULL;
  g_autofree char *int_digits = NULL;
  double rounded;
  double scale;
  double units;
  guint64 whole;
  guint64 fraction;

  if (isnan (value))
    {
      /* Translators: "not available", in place of a number that cannot be calculated
       * (in tables, charts and the text report): keep it short */
      return g_strdup (_("n/a"));
    }
  if (isinf (value))
    return g_strdup (value > 0 ? "\u221e" : "-\u221e");

  decimals = CLAMP (decimals, 0, MAX_DECIMALS);
  rounded = bp_round_half_away (value, decimals);
  scale = power_of_ten (decimals);
  units = round (fabs (rounded) * scale);

  out = g_string_new (NULL);
  if (units >= 9.0e18)
    {
      /* Beyond 64-bit integers: no chart shows such numbers; fall back to plain digits. */
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.0f", rounded));
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  whole = (guint64) units / (guint64) scale;
  fraction = (guint64) units % (guint64) scale;

  if (rounded < 0 && units > 0)
    g_string_append (out, (flags & BP_FORMAT_UNICODE_MINUS) ? "\u2212" : "-");
  else if ((flags & BP_FORMAT_SIGN) && units > 0)
    g_string_append_c (out, '+');

  int_digits = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  append_grouped_digits (out, int_digits, (flags & BP_FORMAT_THOUSANDS) != 0);

  if (decimals > 0)
    g_string_append_printf (out, ".%0*" G_GUINT64_FORMAT, decimals, fraction);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * bp_format_number:
 * Rounded half away from zero with thousands separators: "1,234.6"; "n/a" for NAN.
 *
 * Returns: (transfer full): the text
 */
char *
bp_format_number (double value,
                  int    decimals)
{
  return bp_format_number_full (value, decimals, BP_FORMAT_THOUSANDS);
}

/**
 * bp_format_count:
 * @count: a count of children, sentences, people
 *
 * Returns: (transfer full): the count with thousands separators, e.g. "26,092"
 */
char *
bp_format_count (gint64 count)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *digits = NULL;
  guint64 magnitude;

  if (count < 0)
    {
      g_string_append_c (out, '-');
      magnitude = (guint64) (-(count + 1)) + 1;
    }
  else
    magnitude = (guint64) count;

  digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude);
  append_grouped_digits (out, digits, TRUE);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * bp_format_sentence_case:
 * @text: (transfer full): a phrase, as in "up from 2 to 3 …"
 *
 * The phrase with its first letter a capital, to begin a sentence.
 * Returns: (transfer full)
 */
char *
bp_format_sentence_case (char *text)
{
  gunichar first;
  char buf[8];
  int n;
  char *out;

  if (text == NULL || *text == '\0')
    return text;
  first = g_utf8_get_char (text);
  n = g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  buf[n] = '\0';
  out = g_strconcat (buf, g_utf8_next_char (text), NULL);
  g_free (text);
  return out;
}

/**
 * bp_append_sentence:
 * Appends @sentence with its first letter in capitals, after a space if @text has any.
 */
void
bp_append_sentence (GString    *text,
                    const char *sentence)
{
  gunichar first;

  if (sentence == NULL || *sentence == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');

  first = g_utf8_get_char (sentence);
  g_string_append_unichar (text, g_unichar_toupper (first));
  g_string_append (text, g_utf8_next_char (sentence));
}

/**
 * bp_join_list:
 * @items: (element-type utf8): the items
 *
 * "a", "a and b", "a, b and c". Returns: (transfer full)
 */
char *
bp_join_list (GPtrArray *items)
{
  g_autofree char *text = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      const char *item = g_ptr_array_index (items, i);
      char *longer;

      if (i == 0)
        longer = g_strdup (item);
      else if (i < items->len - 1)
        /* Translators: joins the items of a list but the last, as in "the YJS family
         * average was 160, the London rate was 152 and the England and Wales rate was
         * 147": %s is the list so far, then the next item */
        longer = g_strdup_printf (C_("list", "%s, %s"), text, item);
      else
        /* Translators: joins the last item to a list: %s is the list so far ("the YJS
         * family average was 160, the London rate was 152"), then the last item ("the
         * England and Wales rate was 147") */
        longer = g_strdup_printf (C_("list", "%s and %s"), text, item);
      g_free (text);
      text = longer;
    }

  return text != NULL ? g_steal_pointer (&text) : g_strdup ("");
}

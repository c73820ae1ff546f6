/* bp-report-format.c: the report as JSON (cli.md), text and CSV
 *
 * JSON carries unrounded numbers and null for what cannot be computed; text and CSV
 * round half away from zero at the published precision (rates per 100,000: whole
 * numbers; per 1,000: 2 places; percentages: 1 place).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bp-csv-reader.h"
#include "bp-i18n.h"
#include "bp-indicator-private.h"
#include "bp-report-format.h"

/* --- numbers ------------------------------------------------------------------------- */

/* --- JSON ---------------------------------------------------------------------------- */

void
bp_json_add_double (JsonBuilder *b,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (b, key);
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
bp_json_add_int_or_null (JsonBuilder *b,
                 const char  *key,
                 gint64       value,
                 gboolean     present)
{
  json_builder_set_member_name (b, key);
  if (present)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
bp_json_add_string (JsonBuilder *b,
                    const char  *key,
                    const char  *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
bp_json_add_date (JsonBuilder *b,
          const char  *key,
          BpDay        day)
{
  char iso[BP_DAY_ISO_LEN];

  json_builder_set_member_name (b, key);
  if (day == BP_DAY_INVALID)
    {
      json_builder_add_null_value (b);
      return;
    }
  bp_day_format_iso (day, iso);
  json_builder_add_string_value (b, iso);
}

void
_bp_json_benchmarks (JsonBuilder *b,
                GPtrArray   *benchmarks)
{
  json_builder_set_member_name (b, "benchmarks");
  json_builder_begin_array (b);
  for (guint i = 0; benchmarks && i < benchmarks->len; i++)
    _bp_json_benchmark (b, g_ptr_array_index (benchmarks, i));
  json_builder_end_array (b);
}

/* One published comparator as an object of the JSON report. */
void
_bp_json_benchmark (JsonBuilder       *b,
                    const BpBenchmark *bm)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "indicator");
  json_builder_add_string_value (b, bm->indicator);
  json_builder_set_member_name (b, "area_type");
  json_builder_add_string_value (b, bm->area_type);
  json_builder_set_member_name (b, "area_name");
  json_builder_add_string_value (b, bm->area_name);
  json_builder_set_member_name (b, "own");
  json_builder_add_boolean_value (b, bm->own);
  bp_json_add_double (b, "value", bm->value);
  json_builder_set_member_name (b, "value_text");
  json_builder_add_string_value (b, bm->value_text);
  bp_json_add_string (b, "numerator", bm->numerator);
  bp_json_add_string (b, "denominator", bm->denominator);
  bp_json_add_int_or_null (b, "rank", bm->rank, bm->rank > 0);
  bp_json_add_int_or_null (b, "rank_of", bm->rank_of, bm->rank_of > 0);
  bp_json_add_string (b, "source", bm->source);
  json_builder_end_object (b);
}

/**
 * bp_report_to_json:
 * The report in the form of cli.md. Returns: (transfer full)
 */
JsonNode *
bp_report_to_json (const BpReport *report)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const BpIndicator *const *list;
  guint n;

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "area");
  if (report->area_set)
    json_builder_add_string_value (b, report->area);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  bp_json_add_date (b, "start", report->period.start);
  bp_json_add_date (b, "end", report->period.end);
  json_builder_end_object (b);
  bp_json_add_date (b, "latest_outcome", report->latest_outcome);

  list = bp_indicators_list (&n);
  for (guint i = 0; i < n; i++)
    {
      gconstpointer value = bp_report_value (report, list[i]);

      json_builder_set_member_name (b, list[i]->key);
      if (value == NULL)
        {
          json_builder_add_null_value (b);
          continue;
        }
      json_builder_begin_object (b);
      list[i]->to_json (report, value, b);
      json_builder_end_object (b);
    }
  /* Why an indicator is null, by key */
  json_builder_set_member_name (b, "indicator_notes");
  json_builder_begin_object (b);
  for (guint i = 0; i < n; i++)
    if (bp_report_value (report, list[i]) == NULL)
      bp_json_add_string (b, list[i]->key, bp_report_indicator_note (report, list[i]));
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/**
 * bp_report_to_json_text:
 * The JSON report as text, pretty-printed. json-glib 1.6 (Debian 12) writes a double
 * with an exponent and no decimal point as "1e+17.0", which no JSON parser reads; each
 * such number (outside strings) is written "1.0e+17" instead, the same value.
 *
 * Returns: (transfer full)
 */
char *
bp_report_to_json_text (const BpReport *report)
{
  g_autoptr(JsonNode) root = bp_report_to_json (report);
  g_autofree char *text = json_to_string (root, TRUE);
  GString *out = g_string_sized_new (strlen (text) + 16);
  gboolean in_string = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (in_string)
        {
          g_string_append_c (out, *p);
          if (*p == '\\' && p[1])
            g_string_append_c (out, *++p);
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }
      if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p);
          continue;
        }
      if (g_ascii_isdigit (*p) || (*p == '-' && g_ascii_isdigit (p[1])))
        {
          /* A number token: digits, point, exponent, and the ".0" the generator adds. */
          const char *start = p, *e = NULL, *end;

          for (end = p; *end && (g_ascii_isdigit (*end) || strchr ("+-.eE", *end)); end++)
            if ((*end == 'e' || *end == 'E') && e == NULL)
              e = end;
          if (e != NULL && end - e >= 3 && end[-2] == '.' && end[-1] == '0' &&
              memchr (start, '.', (gsize) (e - start)) == NULL)
            {
              /* "1e+17.0" -> "1.0e+17" */
              g_string_append_len (out, start, e - start);
              g_string_append (out, ".0");
              g_string_append_len (out, e, (end - 2) - e);
            }
          else
            g_string_append_len (out, start, end - start);
          p = end - 1;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* --- text ------------------------------------------------------------------------------ */

/**
 * bp_count_change_text:
 * A change said in counts, for counts too small for a percentage (bp_change_too_small()):
 * "up from 2 to 3", "down from 5 to 3", "unchanged at 3". Returns: (transfer full)
 */
char *
bp_count_change_text (gint64 before,
                      gint64 now)
{
  g_autofree char *b = bp_format_count (before);
  g_autofree char *n = bp_format_count (now);

  if (now > before)
    /* Translators: a change too small for a percentage, in counts, as in "up from 2 to 3";
     * it follows a figure, as in "Use of custody: 3 (0.11 per 1,000 10-17 year olds), up
     * from 2 to 3 on the previous year" */
    return g_strdup_printf (_("up from %s to %s"), b, n);
  if (now < before)
    /* Translators: a change too small for a percentage, in counts, as in "down from 5 to
     * 3" */
    return g_strdup_printf (_("down from %s to %s"), b, n);
  /* Translators: no change, in counts, as in "unchanged at 3" */
  return g_strdup_printf (_("unchanged at %s"), n);
}

void
_bp_text_comparators (GString    *out,
                    GPtrArray  *benchmarks,
                    const char *indicator)
{
  static const char *const types[] = { "FAMILY", "REGION", "NATIONAL" };

  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    {
      const BpBenchmark *b = bp_benchmark_find (benchmarks, indicator, types[k]);

      /* A published comparator as named in the data: "; YJS Family Average 160" */
      if (b)
        g_string_append_printf (out, "; %s %s", bp_area_display_name (b->area_name),
                                b->value_text);
    }
}

/* After the comparators: the area's own published figure and its rank, as in
 * "; published Havering 180, position 90 of 154 (65 the year before: 25 places worse)" */
void
_bp_text_own_figure (GString            *out,
                     const BpComparison *c)
{
  g_autofree char *rank = NULL;

  if (c->own == NULL)
    return;
  rank = bp_comparison_rank_text (c);
  if (rank != NULL)
    /* Translators: after the comparators of a figure: the service's own published figure
     * (its name as published, its value) and its rank among all services, as in
     * "; published Havering 180, position 90 of 154 (65 the year before: 25 places
     * worse)" */
    g_string_append_printf (out, _("; published %s %s, %s"), c->own->area_name,
                            c->own->value_text, rank);
  else
    /* Translators: after the comparators of a figure: the service's own published figure,
     * as in "; published Havering 180" */
    g_string_append_printf (out, _("; published %s %s"), c->own->area_name,
                            c->own->value_text);
}

/* The lines under a figure that compare it: with the family, region and nation in words
 * that say better or worse, why the area's own published figure differs from the local
 * one, and the named neighbours best first, as in
 * "  Worse than YJS Family Average (160) and England and Wales (149)." and
 * "  Named neighbours, best first: Redbridge 177, Havering 180 (published) and Barking and
 *  Dagenham 229; position 2 from the best of the area and its 2 named neighbours."
 * @unit follows each published figure ("%" or ""). */
void
_bp_text_comparison (GString            *out,
                     const BpComparison *c,
                     double              local_value,
                     const char         *unit)
{
  g_autofree char *verdicts = bp_comparison_verdicts_text (c, local_value, unit);
  g_autofree char *where = bp_comparison_neighbours_text (c);

  if (verdicts != NULL)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      /* Translators: the local figure against the published comparators, as in "Worse
       * than YJS Family Average (160) and England and Wales (149).": %s is the
       * comparison; its first letter is made a capital */
      g_autofree char *sentence = g_strdup_printf (_("%s."), verdicts);

      bp_append_sentence (line, sentence);
      g_string_append_printf (out, "  %s\n", line->str);
    }
  if (c->own != NULL)
    g_string_append_printf (out, "  %s\n", bp_comparison_why_own_differs ());
  if (c->n_neighbours > 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;

      for (guint i = 0; i < c->rows->len; i++)
        {
          const BpBenchmark *b = g_ptr_array_index (c->rows, i);

          if (g_strcmp0 (b->area_type, "YJS") != 0)
            continue;
          g_ptr_array_add (names, b->own
                                  /* Translators: the area's own published figure in the
                                   * list of its neighbours', as in "Havering 180
                                   * (published)" */
                                  ? g_strdup_printf (_("%s %s (published)"), b->area_name,
                                                     b->value_text)
                                  : g_strdup_printf ("%s %s", b->area_name, b->value_text));
        }
      list = bp_join_list (names);
      g_string_append (out, "  ");
      if (where != NULL)
        /* Translators: the YJS rows of the benchmarks, best first, then where the area
         * stands: "Named neighbours, best first: Redbridge 177, Havering 180 (published)
         * and Barking and Dagenham 229; position 2 from the best of the area and its 2
         * named neighbours." */
        g_string_append_printf (out, c->better == BP_BETTER_NEITHER
                                     ? _("Named neighbours, lowest first: %s; %s.")
                                     : _("Named neighbours, best first: %s; %s."), list, where);
      else
        /* Translators: the YJS rows of the benchmarks when the area has no published
         * figure of its own: "Named neighbours, best first: Redbridge 177 and Barking and
         * Dagenham 229." */
        g_string_append_printf (out, c->better == BP_BETTER_NEITHER
                                     ? _("Named neighbours, lowest first: %s.")
                                     : _("Named neighbours, best first: %s."), list);
      g_string_append_c (out, '\n');
    }
}

/* @text padded with spaces to @width characters, on the left (@right) or the right. */
void
_bp_text_padded (GString    *out,
               const char *text,
               glong       width,
               gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);

  if (!right)
    g_string_append (out, text);
  for (glong i = length; i < width; i++)
    g_string_append_c (out, ' ');
  if (right)
    g_string_append (out, text);
}

/**
 * bp_outcomes_children_text:
 * "2 outcomes of 1 child": each number with its own plural. Returns: (transfer full)
 */
char *
bp_outcomes_children_text (gint64 outcomes,
                           gint64 children)
{
  g_autofree char *n = bp_format_count (outcomes);
  g_autofree char *c = bp_format_count (children);
  g_autofree char *o_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: a number of
                                                           * outcomes, as in "2 outcomes" */
                                                          "%s outcome", "%s outcomes",
                                                          (gulong) CLAMP (outcomes, 0,
                                                                          G_MAXLONG)), n);
  g_autofree char *c_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: a number of
                                                           * children, as in "1 child" */
                                                          "%s child", "%s children",
                                                          (gulong) CLAMP (children, 0,
                                                                          G_MAXLONG)), c);

  /* Translators: outcomes and the children they are of, as in "2 outcomes of 1 child" */
  return g_strdup_printf (_("%s of %s"), o_text, c_text);
}

/* What the data holds that the figures leave out, each with its count. */
static void
append_quality_text (GString             *out,
                     const BpDataQuality *q)
{
  gboolean any = FALSE;

  g_string_append_printf (out, "%s\n", _("Data quality:"));
  if (q->unrecognised_ethnicity->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < q->unrecognised_ethnicity->len; i++)
        {
          const BpUnrecognisedValue *v = g_ptr_array_index (q->unrecognised_ethnicity, i);
          g_autofree char *n = bp_format_count (v->outcomes);

          if (i > 0)
            g_string_append (list, ", ");
          g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: a value as imported and
                                                      * its rows, as in "“ZZ” (12 outcomes)" */
                                                     "“%s” (%s outcome)", "“%s” (%s outcomes)",
                                                     (gulong) CLAMP (v->outcomes, 0, G_MAXLONG)),
                                  v->value, n);
        }
      /* Translators: %s is a list of values as imported, as in "“ZZ” (12 outcomes)" */
      g_string_append_printf (out, _("  Ethnicity values not recognised, read as Unknown: %s.\n"),
                              list->str);
      any = TRUE;
    }
  if (q->outside_age_outcomes > 0)
    {
      g_autofree char *counts = bp_outcomes_children_text (q->outside_age_outcomes,
                                                           q->outside_age_children);

      /* Translators: %s is "2 outcomes of 2 children" */
      g_string_append_printf (out, _("  Not aged 10-17 on the outcome date, held and not "
                                     "counted: %s.\n"), counts);
      any = TRUE;
    }
  if (q->other_area_outcomes > 0)
    {
      g_autofree char *counts = bp_outcomes_children_text (q->other_area_outcomes,
                                                           q->other_area_children);

      /* Translators: %s is "2 outcomes of 1 child" */
      g_string_append_printf (out, _("  Children of other areas (local status Other), held "
                                     "and not counted: %s.\n"), counts);
      any = TRUE;
    }
  if (!q->any_population)
    {
      /* Translators: "boardpack import population FILE" is a command: keep it */
      g_string_append_printf (out, "  %s\n", _("No 10-17 population is held, so no rate "
                                                 "can be given: import one with boardpack "
                                                 "import population FILE."));
      any = TRUE;
    }
  if (!any)
    g_string_append_printf (out, "  %s\n", _("Every ethnicity value was recognised, and every "
                                               "outcome held is of a child of the area aged "
                                               "10-17."));
}

char *
bp_report_to_text (const BpReport *report)
{
  GString *out = g_string_new (NULL);
  g_autofree char *start = bp_day_format_month_year (report->period.start);
  g_autofree char *end = bp_day_format_month_year (report->period.end);
  const BpIndicator *const *list;
  guint n;

  if (report->area[0])
    /* Translators: the report's first line: the area, then the period's last month, first
     * month and last month again, as in "Northdale: 12 months to Mar 2024 (Apr 2023 to Mar
     * 2024)" */
    g_string_append_printf (out, _("%s: 12 months to %s (%s to %s)"), report->area, end, start,
                            end);
  else
    /* Translators: the report's first line when no area is set for the database: the
     * period's last month, first month and last month again, as in "Area not set: 12
     * months to Mar 2024 (Apr 2023 to Mar 2024)" */
    g_string_append_printf (out, _("Area not set: 12 months to %s (%s to %s)"), end, start,
                            end);
  g_string_append (out, "\n\n");
  if (!report->area_set)
    {
      /* Translators: "boardpack area set NAME" is a command: keep it as it is */
      g_string_append (out, _("No area is set for this database, so no published figure is "
                              "taken as the area's own and every youth justice service in "
                              "the benchmarks is a neighbour; set it with boardpack area set "
                              "NAME."));
      g_string_append (out, "\n\n");
    }
  list = bp_indicators_list (&n);
  for (guint i = 0; i < n; i++)
    {
      gconstpointer value = bp_report_value (report, list[i]);

      if (value != NULL)
        list[i]->to_text (report, value, out);
      else
        {
          g_string_append_printf (out, "\n%s\n", _(list[i]->title));
          bp_indicator_text_note (out, bp_report_indicator_note (report, list[i]));
        }
    }
  if (report->quality)
    {
      g_string_append_c (out, '\n');
      append_quality_text (out, report->quality);
    }
  return g_string_free (out, FALSE);
}

/* --- CSV --------------------------------------------------------------------------- */

/* A note under an indicator in the text report. */
void
bp_indicator_text_note (GString    *out,
                        const char *note)
{
  if (note == NULL)
    return;
  g_string_append (out, "  ");
  g_string_append_printf (out, _("Note: %s"), note);
  g_string_append_c (out, '\n');
}

void
bp_indicator_csv_row (GString    *out,
         const char *indicator,
         const char *measure,
         const char *breakdown,
         BpDay       start,
         BpDay       end,
         double      value)
{
  char s[BP_DAY_ISO_LEN], e[BP_DAY_ISO_LEN];
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  bp_day_format_iso (start, s);
  bp_day_format_iso (end, e);
  bp_csv_write_field (out, indicator);
  g_string_append_c (out, ',');
  bp_csv_write_field (out, measure);
  g_string_append_c (out, ',');
  bp_csv_write_field (out, breakdown);
  g_string_append_printf (out, ",%s,%s,", s, e);
  if (isfinite (value))
    g_string_append (out, g_ascii_formatd (number, sizeof number, "%.10g", value));
  g_string_append (out, "\r\n");
}

/**
 * bp_report_to_csv:
 * One row per indicator value, for spreadsheets: indicator, measure, breakdown,
 * period_start, period_end, value (unrounded). Returns: (transfer full)
 */
char *
bp_report_to_csv (const BpReport *report)
{
  GString *out = g_string_new ("indicator,measure,breakdown,period_start,period_end,value\r\n");
  guint n;

  const BpIndicator *const *list = bp_indicators_list (&n);

  for (guint i = 0; i < n; i++)
    {
      gconstpointer value = bp_report_value (report, list[i]);

      if (value != NULL)
        list[i]->to_csv (report, value, out);
    }
  return g_string_free (out, FALSE);
}

/* --- comparisons ----------------------------------------------------------------- */

static void
add_verdict (JsonBuilder        *b,
             const char         *key,
             const BpComparison *c,
             double              local_value,
             const char         *area_type)
{
  const BpBenchmark *comparator = bp_benchmark_find (c->rows, c->code, area_type);

  bp_json_add_string (b, key, bp_verdict_name (bp_compare_with (c->better, local_value,
                                                                comparator)));
}

/**
 * _bp_json_comparison:
 * @local_value: the local figure compared with the family, region and nation
 *
 * Adds the member "comparison" of an indicator's object in the JSON report.
 */
void
_bp_json_comparison (JsonBuilder        *b,
                       const BpComparison *c,
                       double              local_value)
{
  json_builder_set_member_name (b, "comparison");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "indicator");
  json_builder_add_string_value (b, c->code);
  json_builder_set_member_name (b, "better");
  json_builder_add_string_value (b, bp_better_name (c->better));
  bp_json_add_int_or_null (b, "rank", c->rank, c->rank > 0);
  bp_json_add_int_or_null (b, "rank_of", c->rank_of, c->rank_of > 0);
  bp_json_add_int_or_null (b, "previous_rank", c->previous_rank, c->previous_rank > 0);
  bp_json_add_string (b, "rank_movement", bp_verdict_name (bp_comparison_movement (c)));
  bp_json_add_int_or_null (b, "position_among_neighbours", c->position,
                           c->position > 0 && c->n_neighbours > 0);
  json_builder_set_member_name (b, "neighbours");
  json_builder_add_int_value (b, c->n_neighbours);
  add_verdict (b, "vs_family", c, local_value, "FAMILY");
  add_verdict (b, "vs_region", c, local_value, "REGION");
  add_verdict (b, "vs_national", c, local_value, "NATIONAL");
  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < c->rows->len; i++)
    _bp_json_benchmark (b, g_ptr_array_index (c->rows, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

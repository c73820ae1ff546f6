/* bp-pack-quality.c: the Data quality sheet
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"
#include "bp-plan.h"

/* The kind of an imported file as the import log records it ("outcomes"), in words. */
static const char *
import_kind_text (const char *kind)
{
  if (g_strcmp0 (kind, "outcomes") == 0)
    /* Translators: in the column "Kind of file": a file of case data (outcomes) */
    return C_("kind of file", "outcomes");
  if (g_strcmp0 (kind, "population") == 0)
    /* Translators: in the column "Kind of file": a file of population figures */
    return C_("kind of file", "population");
  if (g_strcmp0 (kind, "benchmarks") == 0)
    /* Translators: in the column "Kind of file": a file of published comparators */
    return C_("kind of file", "benchmarks");
  if (g_strcmp0 (kind, "interventions") == 0)
    /* Translators: in the column "Kind of file": a file of interventions, for the KPIs */
    return C_("kind of file", "interventions");
  if (g_strcmp0 (kind, "victims") == 0)
    /* Translators: in the column "Kind of file": a file of victims, for the KPIs */
    return C_("kind of file", "victims");
  if (g_strcmp0 (kind, "board") == 0)
    /* Translators: in the column "Kind of file": the board's attendance register */
    return C_("kind of file", "board attendance");
  if (g_strcmp0 (kind, "staffing") == 0)
    /* Translators: in the column "Kind of file": the service's staff and volunteers */
    return C_("kind of file", "staffing");
  if (g_strcmp0 (kind, "budget") == 0)
    /* Translators: in the column "Kind of file": partners' contributions to the budget */
    return C_("kind of file", "budget");
  if (g_strcmp0 (kind, "actions") == 0)
    /* Translators: in the column "Kind of file": the improvement plan */
    return C_("kind of file", "improvement plan");
  return kind;
}

/* "7 December 2026 at 14:42" (local time) from the import log's UTC timestamp; the
 * timestamp as it is when it cannot be read. */
static char *
imported_text (const char *stamp)
{
  g_autoptr(GDateTime) utc = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (utc == NULL)
    return g_strdup (stamp ? stamp : "");
  local = g_date_time_to_local (utc);
  day = bp_day_format_long (bp_day_from_ymd (g_date_time_get_year (local),
                                             g_date_time_get_month (local),
                                             g_date_time_get_day_of_month (local)));
  time = g_date_time_format (local, "%H:%M");
  /* Translators: when a file was imported: a date and a time, as in "7 December 2026 at
   * 14:42" */
  return g_strdup_printf (_("%s at %s"), day, time);
}

/* The benchmarks' indicator codes ("FTE_RATE,REOFF_FREQ_Q") as the measures' names. */
static char *
measure_names (const char *codes)
{
  g_auto(GStrv) list = g_strsplit (codes ? codes : "", ",", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; list[i]; i++)
    {
      if (list[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, bp_benchmark_code_name (list[i]));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A count of outcomes or children on the findings table: a partner pack hides 1 to 4. */
static void
set_finding_count (BpPackBuilder    *b,
                   BpPackCell *c,
                   gint64      count)
{
  _bp_pack_set_count (c, count, bp_profile_hides_count (b->profile, count) ? BP_CELL_PRIMARY
                                                                            : BP_CELL_SHOWN);
}

/* --- the tables in words, for the PDF (the workbook keeps the tables) ------------------- */

static char *
cell_text (const BpPackTable *t,
           guint              r,
           guint              c)
{
  return bp_pack_cell_to_text (bp_pack_table_cell (t, r, c));
}

static void
add_words (BpPackTable *t,
           char        *sentence)
{
  if (t->pdf_words == NULL)
    t->pdf_words = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (t->pdf_words, sentence);
}

/* "Import 3, 6 December 2026 at 21:05: outcomes from outcomes.csv (UTF-8): 1,204 new
 * rows, 0 updated, 0 unchanged, 2 rejected." */
static void
imports_in_words (BpPackBuilder *b,
                  BpPackTable   *t,
                  gboolean       none)
{
  if (none)
    {
      /* Translators: the imports table of the PDF's data quality pages, in words */
      add_words (t, g_strdup (_("No import log is held.")));
      return;
    }
  for (guint r = 0; r < t->rows->len; r++)
    {
      g_autofree char *id = cell_text (t, r, 0);
      g_autofree char *kind = cell_text (t, r, 1);
      g_autofree char *file = cell_text (t, r, 2);
      g_autofree char *when = cell_text (t, r, 3);
      g_autofree char *encoding = cell_text (t, r, 4);
      g_autofree char *added = cell_text (t, r, 5);
      g_autofree char *updated = cell_text (t, r, 6);
      g_autofree char *unchanged = cell_text (t, r, 7);
      g_autofree char *rejected = cell_text (t, r, 8);

      if (b->profile == BP_PROFILE_PARTNER)
        /* Translators: an import in words: its number, its day, the kind of file and its
         * rows, as in "Import 3, 6 Dec 2026: outcomes: 1,204 new rows, 0 updated, 0
         * unchanged, 2 rejected." (partner packs do not name the file) */
        add_words (t, g_strdup_printf (_("Import %s, %s: %s: %s new rows, %s updated, %s "
                                         "unchanged, %s rejected."),
                                       id, when, kind, added, updated, unchanged, rejected));
      else
        /* Translators: an import in words: its number, when, the kind of file, the file,
         * its encoding and its rows, as in "Import 3, 6 December 2026 at 21:05: outcomes
         * from outcomes.csv (UTF-8): 1,204 new rows, 0 updated, 0 unchanged, 2
         * rejected." */
        add_words (t, g_strdup_printf (_("Import %s, %s: %s from %s (%s): %s new rows, %s "
                                         "updated, %s unchanged, %s rejected."),
                                       id, when, kind, file, encoding, added, updated,
                                       unchanged, rejected));
    }
}

/* "2023: ONS mid-2023, 8 rows; used for rates of the 12 months to the period end." */
static void
population_in_words (BpPackTable *t,
                     gboolean     none)
{
  g_autoptr(GString) unused = g_string_new (NULL);

  if (none)
    {
      /* Translators: the population table of the PDF's data quality pages, in words */
      add_words (t, g_strdup (_("No population is imported, so no rates can be computed.")));
      return;
    }
  for (guint r = 0; r < t->rows->len; r++)
    {
      g_autofree char *year = cell_text (t, r, 0);
      g_autofree char *source = cell_text (t, r, 1);
      g_autofree char *rows = cell_text (t, r, 2);
      g_autofree char *used = cell_text (t, r, 3);

      if (g_strcmp0 (used, _("not used for this period")) == 0)
        {
          g_string_append_printf (unused, "%s%s", unused->len ? ", " : "", year);
          continue;
        }
      /* Translators: a year's population figures in words: the year, the source, the
       * number of rows and what they are used for, as in "2023: ONS mid-2023, 8 rows;
       * used for rates of the 12 months to the period end." */
      add_words (t, g_strdup_printf (_("%s: %s, %s rows; used for %s."), year, source, rows,
                                     used));
    }
  if (unused->len)
    /* Translators: the years of population figures held but not used, as in "Also held,
     * not used for this period: 2012, 2013, 2014." */
    add_words (t, g_strdup_printf (_("Also held, not used for this period: %s."),
                                   unused->str));
}

/* One sentence per source, then every measure they hold, each named once. */
static void
benchmarks_in_words (BpPackTable *t,
                     gboolean     none)
{
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) list = g_string_new (NULL);

  if (none)
    {
      /* Translators: the comparators table of the PDF's data quality pages, in words */
      add_words (t, g_strdup (_("No comparators are imported, so none is shown.")));
      return;
    }
  for (guint r = 0; r < t->rows->len; r++)
    {
      const char *held = bp_pack_table_cell (t, r, 1)->text;
      g_autofree char *source = cell_text (t, r, 0);
      g_autofree char *rows = cell_text (t, r, 2);
      g_autofree char *first = cell_text (t, r, 3);
      g_autofree char *last = cell_text (t, r, 4);
      g_auto(GStrv) names = g_strsplit (held ? held : "", "; ", -1);

      if (g_strcmp0 (first, last) == 0)
        /* Translators: a source of comparators in words, as in "YJS Data Summary, March
         * 2024: 118 rows, for the period ending 31 Mar 2024." */
        add_words (t, g_strdup_printf (_("%s: %s rows, for the period ending %s."), source,
                                       rows, last));
      else
        /* Translators: a source of comparators in words, as in "YJS Data Summary, March
         * 2024: 118 rows, for periods ending 31 Mar 2023 to 31 Mar 2024." */
        add_words (t, g_strdup_printf (_("%s: %s rows, for periods ending %s to %s."), source,
                                       rows, first, last));
      for (guint i = 0; names[i]; i++)
        if (names[i][0] && !g_ptr_array_find_with_equal_func (measures, names[i], g_str_equal,
                                                               NULL))
          g_ptr_array_add (measures, g_strdup (names[i]));
    }
  for (guint i = 0; i < measures->len; i++)
    g_string_append_printf (list, "%s%s", i ? "; " : "",
                            (const char *) g_ptr_array_index (measures, i));
  if (list->len)
    /* Translators: after the sources of comparators: the measures they hold, as in
     * "Between them they hold: First time entrants rate; Custody rate." */
    add_words (t, g_strdup_printf (_("Between them they hold: %s."), list->str));
}

/* "Outcomes of children of other areas (local status Other): 12 outcomes of 5 children.
 * Held, not counted in any indicator." */
static void
findings_in_words (BpPackTable *t)
{
  for (guint r = 0; r < t->rows->len; r++)
    {
      g_autofree char *finding = cell_text (t, r, 0);
      g_autofree char *outcomes = cell_text (t, r, 1);
      g_autofree char *children = cell_text (t, r, 2);
      g_autofree char *done = cell_text (t, r, 3);

      if (bp_pack_table_cell (t, r, 2)->kind == BP_PACK_CELL_SYMBOL &&
          g_strcmp0 (children, BP_SYMBOL_NOT_APPLICABLE) == 0)
        /* Translators: a finding in words: what, the outcomes and what is done, as in
         * "Ethnicity “ZZ” not recognised: 3 outcomes. Read as Unknown, so left out of
         * every share and RRI." */
        add_words (t, g_strdup_printf (_("%s: %s outcomes. %s."), finding, outcomes, done));
      else
        /* Translators: a finding in words: what, the outcomes, the children and what is
         * done, as in "Outcomes of children of other areas (local status Other): 12
         * outcomes of 5 children. Held, not counted in any indicator." */
        add_words (t, g_strdup_printf (_("%s: %s outcomes of %s children. %s."), finding,
                                       outcomes, children, done));
    }
}

/* What the data holds that the figures leave out, each with its count (issue "Trust", 5):
 * values read as Unknown, outcomes of children outside 10-17, other areas' children. A
 * partner pack gives no value as imported (it may say anything) and suppresses small
 * counts. */
static void
build_findings (BpPackBuilder             *b,
                BpPackSheet         *s,
                const BpDataQuality *q)
{
  BpPackTable *t = _bp_pack_table_new (s, "Data_findings",
                                       _("What the data holds that the figures leave out"), 4);
  BpPackCell *row;
  gint64 unrecognised = 0;

  _bp_pack_column (t, 0, _("Finding"), BP_PACK_FORMAT_WRAP, 44);
  _bp_pack_column (t, 1, _("Outcomes"), BP_PACK_FORMAT_INTEGER, 10);
  _bp_pack_column (t, 2, _("Children"), BP_PACK_FORMAT_INTEGER, 10);
  _bp_pack_column (t, 3, _("What is done"), BP_PACK_FORMAT_WRAP, 44);

  for (guint i = 0; i < q->unrecognised_ethnicity->len; i++)
    {
      const BpUnrecognisedValue *v = g_ptr_array_index (q->unrecognised_ethnicity, i);

      unrecognised += v->outcomes;
      if (b->profile == BP_PROFILE_PARTNER)
        continue;
      row = _bp_pack_add_row (t);
      {
        /* Translators: a finding: a value as imported, as in "Ethnicity “ZZ” not
         * recognised" */
        g_autofree char *text = g_strdup_printf (_("Ethnicity “%s” not recognised"), v->value);

        _bp_pack_set_text (&row[0], text);
      }
      set_finding_count (b, &row[1], v->outcomes);
      _bp_pack_set_symbol (&row[2], BP_SYMBOL_NOT_APPLICABLE);
      _bp_pack_set_text (&row[3], _("Read as Unknown, so left out of every share and RRI"));
    }
  if (b->profile == BP_PROFILE_PARTNER && unrecognised > 0)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0],
                         _("Ethnicity values not recognised (not listed in partner packs)"));
      set_finding_count (b, &row[1], unrecognised);
      _bp_pack_set_symbol (&row[2], BP_SYMBOL_NOT_APPLICABLE);
      _bp_pack_set_text (&row[3], _("Read as Unknown, so left out of every share and RRI"));
    }
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Outcomes of children not aged 10-17 on the outcome date"));
  set_finding_count (b, &row[1], q->outside_age_outcomes);
  set_finding_count (b, &row[2], q->outside_age_children);
  _bp_pack_set_text (&row[3], _("Held, not counted in any indicator"));
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Outcomes of children of other areas (local status Other)"));
  set_finding_count (b, &row[1], q->other_area_outcomes);
  set_finding_count (b, &row[2], q->other_area_children);
  _bp_pack_set_text (&row[3], _("Held, not counted in any indicator"));
  findings_in_words (t);
}

/* The budget's totals that do not agree with their parts (the plan's tables): the
 * import kept them as stated, and the data quality sheet says so. */
static void
build_budget_check (BpPackBuilder *b,
                    BpPackSheet   *s)
{
  const BpPlan *plan = bp_report_value (b->report, &bp_plan_indicator);
  const BpBudget *bg = plan ? &plan->budget : NULL;
  g_autofree char *year = NULL;
  g_autofree char *title = NULL;
  BpPackTable *t;

  if (bg == NULL || bg->year == 0)
    return;
  year = bp_financial_year_label (bg->year);
  /* Translators: a table's title on the data quality sheet: %s is a financial year */
  title = g_strdup_printf (_("The budget of %s: totals checked against their parts"), year);
  t = _bp_pack_table_new (s, "Budget_check", title, 2);
  _bp_pack_column (t, 0, _("Total"), BP_PACK_FORMAT_WRAP, 40);
  _bp_pack_column (t, 1, _("Finding"), BP_PACK_FORMAT_WRAP, 60);
  if (bg->discrepancies->len == 0)
    {
      BpPackCell *row = _bp_pack_add_row (t);

      /* Translators: in the budget check table of the data quality sheet */
      _bp_pack_set_text (&row[0], _("Every stated total"));
      _bp_pack_set_text (&row[1], _("agrees with its parts to the penny"));
    }
  for (guint i = 0; i < bg->discrepancies->len; i++)
    {
      const BpBudgetDiscrepancy *d = &g_array_index (bg->discrepancies, BpBudgetDiscrepancy, i);
      g_autofree char *stated = bp_money_format (d->stated);
      g_autofree char *computed = bp_money_format (d->computed);
      g_autofree char *diff = bp_money_format (d->stated - d->computed);
      /* Translators: which total, as in "Row Total, column Total" */
      g_autofree char *which = g_strdup_printf (_("Row %s, column %s"), d->row,
                                                _(bp_budget_column_name (d->column)));
      /* Translators: a finding of the budget check, as in "stated as £1,389,067.71; its
       * parts add up to £1,394,086.71, a difference of -£5,019; kept as stated" */
      g_autofree char *finding = g_strdup_printf (_("stated as %s; its parts add up to %s, a "
                                                    "difference of %s; kept as stated"),
                                                  stated, computed, diff);
      BpPackCell *row = _bp_pack_add_row (t);

      _bp_pack_set_text (&row[0], which);
      _bp_pack_set_text (&row[1], finding);
    }
}

gboolean
_bp_pack_build_quality (BpPackBuilder  *b,
                        GError  **error)
{
  const BpReport *r = b->report;
  const BpDisparity *d = &r->disparity;
  const BpReportHidden *h = &b->hidden;
  BpPackSheet *s;
  BpPackTable *t;
  BpPackCell *row;
  g_autofree char *fy = bp_financial_year_label (bp_day_year (d->year.start));
  double unknown_share = d->total > 0 ? (double) d->unknown_count / (double) d->total * 100.0
                                      : NAN;

  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name: at most 31 characters, none of
                           * [ ] : * ? / \ and not starting or ending with an apostrophe;
                           * other text calls it "the Data quality sheet" */
                          _("Data quality"),
                          _("Data quality: what was imported and what the figures rest on"),
                          /* Translators: what the worksheet contains, on the cover */
                          _("Data quality: rows imported and rejected, unknown ethnicity, "
                            "population and comparator sources"));
  b->quality = s;
  s->appendix = TRUE;
  if (b->profile == BP_PROFILE_INTERNAL)
    _bp_pack_sheet_contents_line (s, _("This worksheet contains six tables: the imports, the "
                                       "recording of ethnicity, the population figures, the "
                                       "published comparators, what the data holds that the "
                                       "figures leave out, and the cells the partner pack "
                                       "suppresses."));
  else
    _bp_pack_sheet_contents_line (s, _("This worksheet contains five tables: the imports, the "
                                       "recording of ethnicity, the population figures, the "
                                       "published comparators, and what the data holds that the "
                                       "figures leave out."));
  _bp_pack_sheet_line (s, "%s", _("Rejected rows are counted here; their details stay in the "
                                  "rejects file written at import, because they may hold "
                                  "child-level data."));

  /* Translators: a table's title */
  t = _bp_pack_table_new (s, "Imports", _("Imports into the database, oldest first"), 9);
  /* Translators: a column heading: the number of an import */
  _bp_pack_column (t, 0, C_("column", "Import"), BP_PACK_FORMAT_INTEGER, 8);
  _bp_pack_column (t, 1, _("Kind of file"), BP_PACK_FORMAT_TEXT, 12);
  _bp_pack_column (t, 2, _("File name"), BP_PACK_FORMAT_TEXT, 28);
  if (b->profile == BP_PROFILE_PARTNER)
    _bp_pack_column (t, 3, _("Imported on"), BP_PACK_FORMAT_DATE, 16);
  else
    /* Translators: a column heading: when a file was imported, local time */
    _bp_pack_column (t, 3, _("Imported"), BP_PACK_FORMAT_TEXT, 22);
  _bp_pack_column (t, 4, _("Encoding"), BP_PACK_FORMAT_TEXT, 12);
  _bp_pack_column (t, 5, _("New rows"), BP_PACK_FORMAT_INTEGER, 10);
  _bp_pack_column (t, 6, _("Updated rows"), BP_PACK_FORMAT_INTEGER, 10);
  _bp_pack_column (t, 7, _("Unchanged rows"), BP_PACK_FORMAT_INTEGER, 10);
  _bp_pack_column (t, 8, _("Rejected rows"), BP_PACK_FORMAT_INTEGER, 10);
  if (b->store)
    {
      g_autoptr(GPtrArray) imports = bp_data_quality_imports (b->store, FALSE, 0, error);

      if (imports == NULL)
        return FALSE;
      for (guint i = 0; i < imports->len; i++)
        {
          const BpImportRecord *ir = g_ptr_array_index (imports, i);

          row = _bp_pack_add_row (t);
          _bp_pack_set_number (&row[0], ir->id);
          _bp_pack_set_text (&row[1], import_kind_text (ir->kind));
          if (b->profile == BP_PROFILE_PARTNER)
            {
              /* A file's name may say anything ("correction for CHILD-0001 John
               * Smith.csv"): partners see an import's kind and day only. */
              g_autofree char *day_text = g_strndup (ir->imported_at ? ir->imported_at : "",
                                                     10);
              BpDay day;

              /* Translators: in the column "File name" of a partner pack, which does
               * not show the names of imported files */
              _bp_pack_set_text (&row[2], _("not shown in partner packs"));
              if (bp_day_parse_iso (day_text, &day))
                _bp_pack_set_date (&row[3], day);
              else
                _bp_pack_set_symbol (&row[3], BP_SYMBOL_NOT_AVAILABLE);
            }
          else
            {
              g_autofree char *when = imported_text (ir->imported_at);

              _bp_pack_set_text (&row[2], ir->file_name);
              _bp_pack_set_text (&row[3], when);
            }
          _bp_pack_set_text (&row[4], ir->encoding);
          _bp_pack_set_number (&row[5], (double) ir->rows_new);
          _bp_pack_set_number (&row[6], (double) ir->rows_updated);
          _bp_pack_set_number (&row[7], (double) ir->rows_unchanged);
          _bp_pack_set_number (&row[8], (double) ir->rows_rejected);
        }
    }
  if (t->rows->len == 0)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_symbol (&row[0], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_text (&row[1], _("no import log"));
      for (int k = 2; k < 9; k++)
        _bp_pack_set_symbol (&row[k], BP_SYMBOL_NOT_AVAILABLE);
      imports_in_words (b, t, TRUE);
    }
  else
    imports_in_words (b, t, FALSE);

  {
    const char *stage = g_dpgettext2 (GETTEXT_PACKAGE, "stage",
                                      bp_stage_description (d->stage));
    /* Translators: a table's title: the stage of the youth justice system and a
     * financial year, as in "Recording of ethnicity, children cautioned or sentenced in
     * 2023/24" */
    g_autofree char *t_title = g_strdup_printf (_("Recording of ethnicity, children %s in %s"),
                                                stage, fy);

    t = _bp_pack_table_new (s, "Ethnicity_recording", t_title, 2);
    _bp_pack_table_cite (t, NOTE_UNKNOWN, -1);
  }
  _bp_pack_column (t, 0, _("Measure"), BP_PACK_FORMAT_TEXT, 44);
  _bp_pack_column (t, 1, _("Value"), BP_PACK_FORMAT_INTEGER, 12);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Children"));
  _bp_pack_set_count (&row[1], d->total, h->total);
  row = _bp_pack_add_row (t);
  _bp_pack_set_text (&row[0], _("Children of unknown ethnicity"));
  _bp_pack_set_count (&row[1], d->unknown_count, h->unknown);
  row = _bp_pack_add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  _bp_pack_set_text (&row[0], _("Unknown ethnicity, % of children"));
  _bp_pack_set_value (&row[1], unknown_share,
                      h->unknown || h->total ? BP_SYMBOL_CONFIDENTIAL
                      : _bp_pack_pct_symbol (b->profile, d->total));
  row[1].format = BP_PACK_FORMAT_DEC1;
  _bp_pack_mark_low_base (b, &row[1], d->total);
  row = _bp_pack_add_row (t);
  /* Translators: "%" is the per cent sign */
  /* xgettext:no-c-format */
  _bp_pack_set_text (&row[0], _("Unknown above 10%: every RRI may be biased"));
  if (_bp_pack_unknown_warning_hidden (b))
    _bp_pack_set_symbol (&row[1], BP_SYMBOL_CONFIDENTIAL);
  else if (d->unknown_warning)
    /* Translators: the answer to "Unknown above 10%: every RRI may be biased" */
    _bp_pack_set_text (&row[1], C_("unknown above 10%", "Yes: warning"));
  else
    /* Translators: the answer to "Unknown above 10%: every RRI may be biased" */
    _bp_pack_set_text (&row[1], C_("unknown above 10%", "No"));

  t = _bp_pack_table_new (s, "Population_sources",
                          /* Translators: a table's title */
                          _("10-17 population figures held"), 4);
  _bp_pack_table_cite (t, NOTE_POPULATION, -1);
  _bp_pack_column (t, 0, _("Year"), BP_PACK_FORMAT_YEAR, 8);
  _bp_pack_column (t, 1, _("Source"), BP_PACK_FORMAT_TEXT, 34);
  _bp_pack_column (t, 2, _("Rows"), BP_PACK_FORMAT_INTEGER, 8);
  _bp_pack_column (t, 3, _("Used for"), BP_PACK_FORMAT_WRAP, 44);
  if (b->store)
    {
      g_autoptr(GPtrArray) sources = bp_data_quality_population_sources (b->store, FALSE,
                                                                         error);

      if (sources == NULL)
        return FALSE;
      for (guint i = 0; i < sources->len; i++)
        {
          const BpPopulationSource *ps = g_ptr_array_index (sources, i);
          int year = ps->year;
          const char *source = ps->source;
          GString *used = g_string_new (NULL);

          if (year == r->fte.current.population_year &&
              g_strcmp0 (source, r->fte.current.population_source) == 0)
            /* Translators: an item of the list in the column "Used for", whose items are
             * separated by "; " */
            g_string_append (used, _("rates of the 12 months to the period end"));
          if (year == r->fte.previous.population_year &&
              g_strcmp0 (source, r->fte.previous.population_source) == 0)
            g_string_append_printf (used, "%s%s", used->len ? "; " : "",
                                    /* Translators: an item of the list in the column
                                     * "Used for", whose items are separated by "; " */
                                    _("rates of the 12 months before"));
          if (year == d->population_year && g_strcmp0 (source, d->population_source) == 0)
            g_string_append_printf (used, "%s%s", used->len ? "; " : "",
                                    /* Translators: an item of the list in the column
                                     * "Used for", whose items are separated by "; " */
                                    _("disproportionality"));
          row = _bp_pack_add_row (t);
          _bp_pack_set_number (&row[0], year);
          _bp_pack_set_text (&row[1], source);
          _bp_pack_set_number (&row[2], (double) ps->rows);
          _bp_pack_set_text (&row[3], used->len ? used->str : _("not used for this period"));
          g_string_free (used, TRUE);
        }
    }
  if (t->rows->len == 0)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_symbol (&row[0], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_text (&row[1], _("no population imported"));
      _bp_pack_set_symbol (&row[2], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_text (&row[3], _("no rates can be computed"));
      population_in_words (t, TRUE);
    }
  else
    population_in_words (t, FALSE);

  t = _bp_pack_table_new (s, "Benchmark_sources",
                          /* Translators: a table's title */
                          _("Published comparators held, by source"), 5);
  _bp_pack_table_cite (t, NOTE_COMPARATORS, -1);
  _bp_pack_column (t, 0, _("Source"), BP_PACK_FORMAT_TEXT, 30);
  _bp_pack_column (t, 1, _("Indicators"), BP_PACK_FORMAT_WRAP, 40);
  _bp_pack_column (t, 2, _("Rows"), BP_PACK_FORMAT_INTEGER, 8);
  _bp_pack_column (t, 3, _("Earliest period end"), BP_PACK_FORMAT_DATE, 13);
  _bp_pack_column (t, 4, _("Latest period end"), BP_PACK_FORMAT_DATE, 13);
  if (b->store)
    {
      g_autoptr(GPtrArray) sources = bp_data_quality_benchmark_sources (b->store, error);

      if (sources == NULL)
        return FALSE;
      for (guint i = 0; i < sources->len; i++)
        {
          const BpBenchmarkSource *bs = g_ptr_array_index (sources, i);
          g_autofree char *measures = measure_names (bs->indicators);

          row = _bp_pack_add_row (t);
          /* Translators: in the column "Source": no source was given */
          _bp_pack_set_text (&row[0], bs->source && *bs->source ? bs->source : _("not given"));
          _bp_pack_set_text (&row[1], measures);
          _bp_pack_set_number (&row[2], (double) bs->rows);
          _bp_pack_set_date (&row[3], bs->first_end);
          _bp_pack_set_date (&row[4], bs->last_end);
        }
    }
  if (t->rows->len == 0)
    {
      row = _bp_pack_add_row (t);
      /* Translators: in the column "Source": no comparators were imported */
      _bp_pack_set_text (&row[0], _("none imported"));
      _bp_pack_set_text (&row[1], _("no comparators are shown"));
      _bp_pack_set_number (&row[2], 0);
      _bp_pack_set_symbol (&row[3], BP_SYMBOL_NOT_AVAILABLE);
      _bp_pack_set_symbol (&row[4], BP_SYMBOL_NOT_AVAILABLE);
      benchmarks_in_words (t, TRUE);
    }
  else
    benchmarks_in_words (t, FALSE);
  if (r->quality)
    build_findings (b, s, r->quality);
  build_budget_check (b, s);
  return TRUE;
}

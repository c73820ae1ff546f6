/* bp-pack-notes.c: the Notes sheet and the cover
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bp-pack-private.h"
#include "bp-paper.h"

void
_bp_pack_add_standard_notes (BpPackBuilder *b)
{
  _bp_pack_add_note (b, _("First time entrants: children aged 10-17 resident in the area whose "
                          "first youth caution, youth conditional caution or court sentence held "
                          "in the local data falls in the 12 months, counted once each. Rate per "
                          "100,000 10-17 year olds."));
  _bp_pack_add_note (b, _("Use of custody: custodial sentences (detention and training orders and "
                          "sections 250, 254, 258 and 259) given to children aged 10-17 in the 12 "
                          "months, counted once per child and day. Remands are not sentences. Rate "
                          "per 1,000 10-17 year olds."));
  _bp_pack_add_note (b, _("Proven reoffending, Ministry of Justice method: a cohort of children "
                          "cautioned, sentenced or released from custody in a quarter (3-month "
                          "cohort) or in four quarters (12-month cohort, the sum of four 3-month "
                          "cohorts, so a child may count more than once), followed for 12 months "
                          "for offences proven within a further 6 months. Breaches are excluded. "
                          "The latest cohort ends 21 months before the period end."));
  /* Translators: keep the formula as it is; "n" and "P" are the group's count and
   * population. */
  /* xgettext:no-c-format */
  _bp_pack_add_note (b, _("Ethnic disproportionality: for each ethnic group, the rate per 100,000 "
                          "of children of the group in the stage (by default cautioned or "
                          "sentenced in the financial year) divided by the rate of White children "
                          "gives the relative rate index (RRI). Its 95% confidence interval is by "
                          "Katz's log method: SE = sqrt(1/n - 1/P + 1/n(White) - 1/P(White)), CI "
                          "= exp(ln RRI +/- 1.96 SE). A group is significantly higher when the "
                          "lower bound is above 1 and significantly lower when the upper bound is "
                          "below 1; there is no interval when either count is 0. No fixed RRI "
                          "threshold is official."));
  /* Translators: "the Data quality sheet" is the worksheet named "Data quality" */
  _bp_pack_add_note (b, _("Populations: rates use the ONS mid-year estimate of 10-17 year olds "
                          "for the latest year not after the calendar year of the period end; "
                          "disproportionality uses the 2021 Census 10-17 population by ethnic "
                          "group, because mid-year estimates have no ethnicity. The year and "
                          "source used are on the Data quality sheet."));
  _bp_pack_add_note (b, _("Comparators (YJS family, region, England and Wales) are shown exactly "
                          "as the Youth Justice Board published them, never recomputed."));
  _bp_pack_add_note (b, _("Rounding: numbers are stored unrounded and displayed rounded half away "
                          "from zero: rates per 100,000 to whole numbers, rates per 1,000 to 2 "
                          "decimal places, percentages and percentage points to 1, ratios and "
                          "frequencies to 2."));
  /* Translators: [z] is the symbol for "not applicable": keep it as it is */
  _bp_pack_add_note (b, _("The n/a rule: the change in a group's count and in its share is not "
                          "shown ([z]) when the count is below 10 in either year, because small "
                          "counts swing widely by chance."));
  /* Translators: "the Data quality sheet" is the worksheet named "Data quality". */
  /* xgettext:no-c-format */
  _bp_pack_add_note (b, _("Children whose ethnicity is not known are excluded from shares and "
                          "RRIs. When they are more than 10% of the total, every RRI may be "
                          "biased: the Data quality sheet says so."));
  _bp_pack_add_note (b, _("Local data holds fewer prior outcomes than the Police National "
                          "Computer, so local first time entrant figures can be higher than "
                          "published ones; both are shown."));
  if (b->profile == BP_PROFILE_PARTNER)
    /* Translators: [c] and [u] are symbols: keep them as they are */
    _bp_pack_add_note (b, _("This is a partner pack. Counts of 1 to 4 are suppressed ([c]); where "
                            "counts add up to a total that is shown and only one is suppressed, "
                            "the next smallest is suppressed too so that none can be worked out; "
                            "a rate, share, RRI or change made from a suppressed count is [c], "
                            "and a percentage of fewer than 10 children is [u]. Charts leave "
                            "suppressed values out. The pack holds no child-level data and no "
                            "child identifiers."));
  else
    /* Translators: OFFICIAL-SENSITIVE is the protective marking: write it as you
     * translate the marking itself */
    _bp_pack_add_note (b, _("This is an internal board pack, OFFICIAL-SENSITIVE: every count is "
                            "shown, including small ones that could identify a child. Do not share "
                            "it outside the management board; use the partner pack instead."));
}

void
_bp_pack_build_notes (BpPackBuilder *b)
{
  const BpReport *r = b->report;
  BpPackSheet *s;
  BpPackTable *t;
  BpPackCell *row;
  static const struct { const char *symbol; const char *meaning; } symbols[] = {
    /* Translators: the meaning of the symbol [c] */
    { BP_SYMBOL_CONFIDENTIAL, N_("Confidential: suppressed so that no child can be "
                                 "identified (partner packs only)") },
    /* Translators: the meaning of the symbol [x] */
    { BP_SYMBOL_NOT_AVAILABLE, N_("Not available: the figure cannot be computed, e.g. no "
                                  "population or no comparator is held") },
    /* Translators: the meaning of the symbol [z] */
    { BP_SYMBOL_NOT_APPLICABLE, N_("Not applicable: e.g. the White reference group has no "
                                   "confidence interval; a change is not shown when a count "
                                   "is below 10 (the n/a rule)") },
    /* Translators: the meaning of the symbol [u] */
    { BP_SYMBOL_LOW_RELIABILITY, N_("Low reliability: a percentage of fewer than 10 "
                                    "children, shown beside it in internal packs and in its "
                                    "place in partner packs") },
  };

  if (r->fte.note)
    _bp_pack_add_note (b, r->fte.note);
  if (r->custody.note && g_strcmp0 (r->custody.note, r->fte.note) != 0)
    _bp_pack_add_note (b, r->custody.note);
  if (r->reoffending.note)
    _bp_pack_add_note (b, r->reoffending.note);
  if (_bp_pack_disparity_note (b))
    _bp_pack_add_note (b, _bp_pack_disparity_note (b));

  s = _bp_pack_sheet_new (b->pack,
                          /* Translators: a worksheet name: at most 31 characters, none of
                           * [ ] : * ? / \ and not starting or ending with an apostrophe;
                           * other text calls it "the Notes sheet" */
                          _("Notes"),
                          _("Notes: definitions, method and symbols"),
                          /* Translators: what the worksheet contains, on the cover */
                          _("Notes: definitions, method (Katz confidence intervals, the n/a "
                            "rule, rounding) and symbols"));
  s->appendix = TRUE;
  _bp_pack_sheet_contents_line (s, _("This worksheet contains two tables: the notes referred to in "
                                     "table titles, and the symbols used in place of numbers."));
  t = _bp_pack_table_new (s, "Notes", _("Notes"), 2);
  _bp_pack_column (t, 0, _("Note number"), BP_PACK_FORMAT_TEXT, 12);
  _bp_pack_column (t, 1, _("Note text"), BP_PACK_FORMAT_WRAP, 110);
  for (guint i = 0; i < b->notes->len; i++)
    {
      /* Translators: in the column "Note number": %u is the number, as in "note 1" */
      g_autofree char *number = g_strdup_printf (_("note %u"), i + 1);

      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], number);
      _bp_pack_set_text (&row[1], g_ptr_array_index (b->notes, i));
    }
  t = _bp_pack_table_new (s, "Symbols", _("Symbols used in place of numbers"), 2);
  _bp_pack_column (t, 0, _("Symbol"), BP_PACK_FORMAT_TEXT, 12);
  _bp_pack_column (t, 1, _("Meaning"), BP_PACK_FORMAT_WRAP, 110);
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], symbols[i].symbol);
      _bp_pack_set_text (&row[1], _(symbols[i].meaning));
    }
}

static char *
extract_date (BpPackBuilder *b)
{
  BpDay day = b->store ? bp_data_quality_latest_extract (b->store) : BP_DAY_INVALID;

  return day != BP_DAY_INVALID ? bp_day_format_long (day) : NULL;
}

void
_bp_pack_build_cover (BpPackBuilder     *b,
                      BpPackSheet *s)
{
  const BpReport *r = b->report;
  BpPackTable *t;
  BpPackCell *row;
  g_autofree char *start = bp_day_format_long (r->period.start);
  g_autofree char *end = bp_day_format_long (r->period.end);
  g_autofree char *latest = bp_day_format_long (r->latest_outcome);
  g_autofree char *extract = extract_date (b);
  /* Translators: a period from its first day to its last, as in "1 April 2023 to 31
   * March 2024" */
  g_autofree char *period = g_strdup_printf (C_("period", "%s to %s"), start, end);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *produced = NULL;
  BpDay today_day;


  bp_day_parse_iso (today, &today_day);
  produced = bp_day_format_long (today_day);

  /* Translators: %s is the protective marking, as in "Protective marking: OFFICIAL" */
  _bp_pack_sheet_line (s, _("Protective marking: %s"), b->pack->marking);
  _bp_pack_sheet_contents_line (s, _("This worksheet contains the paper's details when they "
                                     "are given, a table about this pack, and its contents "
                                     "with a link to every worksheet."));

  /* The paper's details (the export dialog's), first: what a board paper's cover says. */
  if (b->store != NULL)
    {
      g_autoptr(BpPaperDetails) paper = bp_paper_details_load (b->store);

      if (!bp_paper_details_empty (paper))
        {
          t = _bp_pack_table_new (s, "The_paper", _("The paper"), 2);
          t->lettered = TRUE;
          _bp_pack_column (t, 0, _("Item"), BP_PACK_FORMAT_TEXT, 26);
          _bp_pack_column (t, 1, _("Detail"), BP_PACK_FORMAT_WRAP, 100);
          if (paper->meeting != BP_DAY_INVALID)
            {
              g_autofree char *day = bp_day_format_long (paper->meeting);

              row = _bp_pack_add_row (t);
              /* Translators: on the cover: the date of the board meeting the paper is for */
              _bp_pack_set_text (&row[0], _("Board meeting"));
              _bp_pack_set_text (&row[1], day);
            }
          if (paper->author[0])
            {
              row = _bp_pack_add_row (t);
              /* Translators: on the cover: who wrote the paper */
              _bp_pack_set_text (&row[0], _("Author"));
              _bp_pack_set_text (&row[1], paper->author);
            }
          if (paper->purpose[0])
            {
              row = _bp_pack_add_row (t);
              /* Translators: on the cover: what the paper is for */
              _bp_pack_set_text (&row[0], _("Purpose"));
              _bp_pack_set_text (&row[1], paper->purpose);
            }
          if (paper->recommendations[0])
            {
              row = _bp_pack_add_row (t);
              /* Translators: on the cover: what the board is asked to do */
              _bp_pack_set_text (&row[0], _("Recommendations"));
              _bp_pack_set_text (&row[1], paper->recommendations);
            }
        }
    }

  t = _bp_pack_table_new (s, "About_this_pack", _("About this pack"), 2);
  t->lettered = TRUE;
  _bp_pack_column (t, 0, _("Item"), BP_PACK_FORMAT_TEXT, 26);
  _bp_pack_column (t, 1, _("Detail"), BP_PACK_FORMAT_WRAP, 100);
#define ABOUT(label, value) \
  G_STMT_START { \
    row = _bp_pack_add_row (t); \
    _bp_pack_set_text (&row[0], label); \
    _bp_pack_set_text (&row[1], value); \
  } G_STMT_END
  ABOUT (_("Area"), r->area[0] ? r->area
                              /* Translators: on the cover, when the database has no area
                               * set; "boardpack area set NAME" is a command: keep it */
                              : _("Area not set: no published figure is shown as the "
                                  "area's own (set it in Preferences or with boardpack area "
                                  "set NAME)"));
  ABOUT (_("Period"), period);
  ABOUT (_("Profile"), b->profile == BP_PROFILE_PARTNER
                       ? _("Partner pack: small numbers suppressed, no child-level data")
                       : _("Internal board pack: every count shown"));
  ABOUT (_("Protective marking"), b->pack->marking);
  /* Translators: the date of the latest extract of case data: "not known" when no case
   * data has been imported */
  ABOUT (_("Data extract date"), extract ? extract : C_("date", "not known"));
  ABOUT (_("Latest outcome held"), latest);
  /* Translators: the date the pack was made */
  ABOUT (_("Produced"), produced);
  ABOUT (_("What the data covers"),
         _("Children aged 10-17 living in the area who received a caution, a court sentence, "
           "a remand or an out-of-court outcome, from the youth justice service's own case "
           "records; 10-17 population from the ONS and the 2021 Census; comparators as "
           "published by the Youth Justice Board."));
  /* Translators: the stage of the youth justice system whose children the
   * disproportionality figures count */
  ABOUT (_("Disproportionality stage"), g_dpgettext2 (GETTEXT_PACKAGE, "stage",
                                                       bp_stage_description (r->disparity.stage)));
#undef ABOUT

  t = _bp_pack_table_new (s, "Contents", _("Contents"), 2);
  t->lettered = TRUE;
  _bp_pack_column (t, 0, _("Worksheet"), BP_PACK_FORMAT_TEXT, 26);
  _bp_pack_column (t, 1, _("What it contains"), BP_PACK_FORMAT_WRAP, 100);
  for (guint i = 0; i < b->pack->sheets->len; i++)
    {
      const BpPackSheet *sheet = g_ptr_array_index (b->pack->sheets, i);

      if (sheet == s)
        continue;
      row = _bp_pack_add_row (t);
      _bp_pack_set_text (&row[0], sheet->name);
      row[0].link = g_strdup (sheet->name);
      _bp_pack_set_text (&row[1], sheet->contents);
    }
}

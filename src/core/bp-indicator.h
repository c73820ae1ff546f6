/* bp-indicator.h: an indicator is a module, and the registry that lists them
 *
 * Each indicator of domain.md is one module (bp-fte.c, bp-remand.c, ...) that fills in
 * one BpIndicator: its key (the JSON key of cli.md), its title, the inputs it needs, how
 * it is computed for a period, how it is written as JSON, text and CSV, the codes of the
 * comparators the YJB publishes for it, and which of its counts a partner pack treats as
 * figures (domain.md section 9). The report, its formats, the pack, the charts and the
 * window iterate bp_indicators_list(); they never name an indicator's code.
 *
 * To add one: write the module, add it to the table of bp-indicator-registry.c (see
 * HACKING.md, "Add an indicator").
 */
#pragma once

#include <json-glib/json-glib.h>

#include "bp-comparison.h"
#include "bp-disclosure.h"
#include "bp-indicators.h"

G_BEGIN_DECLS

typedef enum
{
  BP_NEEDS_OUTCOMES   = 1 << 0,
  BP_NEEDS_POPULATION = 1 << 1, /* 10-17 population (a rate; missing: no rate, a note) */
  BP_NEEDS_BENCHMARKS = 1 << 2, /* published comparators (optional: none is no error) */
} BpIndicatorNeeds;

/* What a module computes from. */
typedef struct
{
  BpCaseData            *cases;
  BpPopulation          *population; /* (nullable) */
  BpStore               *store;      /* (nullable): comparators */
  BpDay                  period_end; /* a quarter end */
  const BpReportOptions *options;
} BpIndicatorInput;

typedef struct _BpIndicator BpIndicator;

struct _BpIndicator
{
  const char        *key;       /* the JSON key of cli.md and the CSV "indicator" */
  const char        *title;     /* N_(): translate with _() where shown */
  BpIndicatorNeeds   needs;
  const char *const *benchmark_codes; /* (nullable) NULL-terminated: codes of the
                                       * benchmarks file that are this indicator's */
  BpBetter           better;          /* which way its headline figure is good (the
                                       * KPIs: bp_kpi_better() for each) */

  /* Computes the indicator for @input. Returns the value (owned by the report: freed
   * with @free), or NULL with *@note saying why it cannot be computed: that indicator
   * is then null in every output, the others unaffected. */
  gpointer (*compute)   (BpReport               *report,
                         const BpIndicatorInput *input,
                         char                  **note);
  void     (*free)      (gpointer                value); /* (nullable): held in the report */
  /* The member's value (an object) of the JSON report. */
  void     (*to_json)   (const BpReport         *report,
                         gconstpointer           value,
                         JsonBuilder            *builder);
  /* Its section of the text report, ending with a blank line. */
  void     (*to_text)   (const BpReport         *report,
                         gconstpointer           value,
                         GString                *out);
  /* Its rows of the CSV report (bp_indicator_csv_row()). */
  void     (*to_csv)    (const BpReport         *report,
                         gconstpointer           value,
                         GString                *out);
  /* (nullable) Adds every count the pack shows to @plan, keyed "KEY.…", with the
   * relations a reader can see between them (bp-disclosure.h). */
  void     (*disclose)  (const BpReport         *report,
                         gconstpointer           value,
                         BpDisclosurePlan       *plan);
};

const BpIndicator *const *bp_indicators_list    (guint              *n_indicators);
const BpIndicator *bp_indicator_lookup          (const char         *key);
guint              bp_indicator_index           (const BpIndicator  *indicator);
gboolean           bp_indicator_owns_code       (const BpIndicator  *indicator,
                                                 const char         *code);
const char        *bp_indicator_code            (const BpIndicator  *indicator,
                                                 guint               i);
gconstpointer      bp_report_value              (const BpReport     *report,
                                                 const BpIndicator  *indicator);
const char        *bp_report_indicator_note     (const BpReport     *report,
                                                 const BpIndicator  *indicator);

/* For modules: one row of the CSV report (values unrounded), and a note line of the
 * text report. */
void               bp_indicator_csv_row         (GString            *out,
                                                 const char         *indicator,
                                                 const char         *measure,
                                                 const char         *breakdown,
                                                 BpDay               start,
                                                 BpDay               end,
                                                 double              value);
void               bp_indicator_text_note       (GString            *out,
                                                 const char         *note);

/* JSON members: NAN, absent or NULL is null. */
void               bp_json_add_double           (JsonBuilder        *b,
                                                 const char         *key,
                                                 double              value);
void               bp_json_add_int_or_null      (JsonBuilder        *b,
                                                 const char         *key,
                                                 gint64              value,
                                                 gboolean            present);
void               bp_json_add_string           (JsonBuilder        *b,
                                                 const char         *key,
                                                 const char         *value);
void               bp_json_add_date             (JsonBuilder        *b,
                                                 const char         *key,
                                                 BpDay               day);

/* The headline four, whose types are in bp-indicators.h; a newer module declares its
 * own in its header. */
extern const BpIndicator bp_fte_indicator;
extern const BpIndicator bp_custody_indicator;
extern const BpIndicator bp_reoffending_indicator;
extern const BpIndicator bp_disparity_indicator;

G_END_DECLS

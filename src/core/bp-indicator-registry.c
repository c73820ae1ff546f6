/* bp-indicator-registry.c: the indicators of the report, in the order of every output
 *
 * One line per indicator module (bp-indicator.h). The JSON report, the text and CSV
 * reports, the pack's sheets, the charts and the window's pages follow this order.
 */

#include "config.h"

#include <string.h>

#include "bp-cohort.h"
#include "bp-delays.h"
#include "bp-disposals.h"
#include "bp-diversion.h"
#include "bp-indicator.h"
#include "bp-kpis.h"
#include "bp-offences.h"
#include "bp-plan.h"
#include "bp-remand.h"

static const BpIndicator *const registry[] = {
  &bp_fte_indicator,
  &bp_custody_indicator,
  &bp_reoffending_indicator,
  &bp_disparity_indicator,
  &bp_diversion_indicator,
  &bp_remand_indicator,
  &bp_disposals_indicator,
  &bp_offences_indicator,
  &bp_delays_indicator,
  &bp_cohort_indicator,
  &bp_kpis_indicator,
  &bp_plan_indicator,
};

G_STATIC_ASSERT (G_N_ELEMENTS (registry) <= BP_MAX_INDICATORS);

/**
 * bp_indicators_list:
 * Returns: (transfer none) (array length=n_indicators): every indicator, in report order
 */
const BpIndicator *const *
bp_indicators_list (guint *n_indicators)
{
  *n_indicators = G_N_ELEMENTS (registry);
  return registry;
}

/* Returns: (nullable) (transfer none): the indicator whose JSON key is @key */
const BpIndicator *
bp_indicator_lookup (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (registry); i++)
    if (g_strcmp0 (registry[i]->key, key) == 0)
      return registry[i];
  return NULL;
}

guint
bp_indicator_index (const BpIndicator *indicator)
{
  for (guint i = 0; i < G_N_ELEMENTS (registry); i++)
    if (registry[i] == indicator)
      return i;
  g_return_val_if_reached (0);
}

/* Whether @code is one of @indicator's published benchmark codes. */
gboolean
bp_indicator_owns_code (const BpIndicator *indicator,
                        const char        *code)
{
  for (guint i = 0; indicator->benchmark_codes && indicator->benchmark_codes[i]; i++)
    if (strcmp (indicator->benchmark_codes[i], code) == 0)
      return TRUE;
  return FALSE;
}

/* Returns: (nullable): @indicator's @i-th benchmark code */
const char *
bp_indicator_code (const BpIndicator *indicator,
                   guint              i)
{
  for (guint k = 0; indicator->benchmark_codes && indicator->benchmark_codes[k]; k++)
    if (k == i)
      return indicator->benchmark_codes[k];
  return NULL;
}

/* Returns: (nullable) (transfer none): @indicator's value in @report; NULL when it could
 * not be computed (bp_report_indicator_note() says why). */
gconstpointer
bp_report_value (const BpReport    *report,
                 const BpIndicator *indicator)
{
  return report->values[bp_indicator_index (indicator)];
}

const char *
bp_report_indicator_note (const BpReport    *report,
                          const BpIndicator *indicator)
{
  return report->notes[bp_indicator_index (indicator)];
}

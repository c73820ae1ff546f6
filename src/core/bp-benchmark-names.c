/* bp-benchmark-names.c: the names of the published measures a benchmarks file codes
 * ("FTE_RATE", "REOFF_FREQ_Q", the KPIs' "KPI_*"), for what a reader sees
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bp-indicators.h"
#include "bp-kpis.h"

/**
 * bp_benchmark_code_name:
 * @code: a benchmarks file's indicator code, "FTE_RATE", "REOFF_FREQ_Q", "KPI_ETE"
 *
 * Returns: (transfer none): the measure's name in the current language, as in "Proven
 *   reoffending, 3-month cohort: reoffences per child"; an unknown code as it is
 */
const char *
bp_benchmark_code_name (const char *code)
{
  static const struct { const char *code; const char *name; } names[] = {
    /* Translators: the names of the published measures, for the data quality sheet */
    { "FTE_RATE", N_("First time entrants per 100,000 10-17 year olds") },
    { "CUSTODY_RATE", N_("Custodial sentences per 1,000 10-17 year olds") },
    { "REOFF_BINARY_Q", N_("Proven reoffending, 3-month cohort: % who reoffended") },
    { "REOFF_FREQ_Q", N_("Proven reoffending, 3-month cohort: reoffences per child") },
    { "REOFF_PER_REOFFENDER_Q",
      N_("Proven reoffending, 3-month cohort: reoffences per reoffender") },
    { "REOFF_BINARY_Y", N_("Proven reoffending, 12-month cohort: % who reoffended") },
    { "REOFF_FREQ_Y", N_("Proven reoffending, 12-month cohort: reoffences per child") },
    { "REOFF_PER_REOFFENDER_Y",
      N_("Proven reoffending, 12-month cohort: reoffences per reoffender") },
  };

  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (code, names[i].code))
      return _(names[i].name);
  for (int k = 0; k < BP_N_KPIS; k++)
    if (g_strcmp0 (code, bp_kpi_code (k)) == 0)
      return _(bp_kpi_title (k));
  return code;
}

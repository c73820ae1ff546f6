/* fuzz-case-cache.c: libFuzzer harness for the cached case records (bp-case-data.c)
 *
 * The input is a case_cache blob as a damaged or hostile database could hold it. Whatever
 * _bp_case_data_from_cache() accepts must be safe to compute every indicator from, for
 * several period ends: a record that is out of range anywhere is refused there, never
 * read by the indicators (a type of 200 once read past a table and freed a pointer).
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "bp-case-data.h"
#include "bp-indicators.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(BpCaseData) cases = NULL;
  gsize n = size / sizeof (BpCaseRecord);
  BpCaseRecord *records;
  static const BpDay ends[] = { 0, 19447, 19813, 20178 }; /* default, 2023-03-31 ... */

  if (size % sizeof (BpCaseRecord) != 0 || n > 4096)
    return 0;
  records = g_malloc (MAX (size, 1));
  memcpy (records, data, size);
  cases = _bp_case_data_from_cache (records, n);
  if (cases == NULL)
    return 0;

  g_assert (_bp_case_data_validate (cases->records, cases->n_records));
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    for (int stage = 0; stage < BP_N_STAGES; stage++)
      {
        BpReportOptions options = { i == 0 ? BP_DAY_INVALID : ends[i], (BpStage) stage };
        g_autoptr(GError) error = NULL;
        g_autoptr(BpReport) report = bp_report_compute_from (cases, NULL, NULL, &options,
                                                             &error);

        g_assert ((report == NULL) == (error != NULL));
        if (report)
          {
            g_assert_cmpint (report->fte.current.count, >=, 0);
            g_assert_cmpint (report->fte.current.count, <=, (gint64) cases->n_children);
          }
      }
  return 0;
}

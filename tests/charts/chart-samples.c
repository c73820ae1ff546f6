/* chart-samples.c: sample inputs for the chart tests, the gallery and the bench
 *
 * The numbers are made up but computed as domain.md says, and include its worked
 * examples: FTE 47 of 26,092 = 180.13 -> 180; custody 11 of 28,797 = 0.382 -> 0.38;
 * reoffending C 22, R 9, O 77 -> 40.9%, 3.50 and C 128, R 44, O 145 -> 34.4%, 1.13;
 * RRI 15 of 3,000 against White 40 of 20,000 -> 2.50 (1.38-4.52), higher, and 3 of
 * 2,500 -> 0.60 (0.19-1.94), none; share 49 of 103 against 21.6% -> 47.6%, +26.0 pp.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "chart-samples.h"

#define FTE(label, count, population) \
  { label, (count) * 100000.0 / (population), count, population }
#define CUSTODY(label, count, population) \
  { label, (count) * 1000.0 / (population), count, population }
#define PUBLISHED(label, value, count, population) { label, value, count, population }

const BpChartRatePoint sample_fte_local[SAMPLE_N_QUARTERS] = {
  FTE ("Jun 2021", 62, 26400), FTE ("Sep 2021", 58, 26400), FTE ("Dec 2021", 55, 26400),
  FTE ("Mar 2022", 51, 26400), FTE ("Jun 2022", 46, 26092), FTE ("Sep 2022", 43, 26092),
  FTE ("Dec 2022", 41, 26092), FTE ("Mar 2023", 40, 26092), FTE ("Jun 2023", 42, 26092),
  FTE ("Sep 2023", 44, 26092), FTE ("Dec 2023", 46, 26092), FTE ("Mar 2024", 47, 26092),
};

/* published figures: 113 / 70,982 is published as 160 and shown as 160 (domain.md §8) */
const BpChartRatePoint sample_fte_family[SAMPLE_N_QUARTERS] = {
  PUBLISHED ("Jun 2021", 205, 146, 71210), PUBLISHED ("Sep 2021", 198, 141, 71210),
  PUBLISHED ("Dec 2021", 190, 135, 71210), PUBLISHED ("Mar 2022", 184, 131, 71210),
  PUBLISHED ("Jun 2022", 178, 126, 70982), PUBLISHED ("Sep 2022", 173, 123, 70982),
  PUBLISHED ("Dec 2022", 169, 120, 70982), PUBLISHED ("Mar 2023", 166, 118, 70982),
  PUBLISHED ("Jun 2023", 164, 116, 70982), PUBLISHED ("Sep 2023", 162, 115, 70982),
  PUBLISHED ("Dec 2023", 161, 114, 70982), PUBLISHED ("Mar 2024", 160, 113, 70982),
};

/* a region with one quarter not published: the line has a gap */
const BpChartRatePoint sample_fte_region[SAMPLE_N_QUARTERS] = {
  PUBLISHED ("Jun 2021", 176, 1402, 796500), PUBLISHED ("Sep 2021", 172, 1370, 796500),
  PUBLISHED ("Dec 2021", 169, 1346, 796500), PUBLISHED ("Mar 2022", 165, 1314, 796500),
  PUBLISHED ("Jun 2022", 163, 1301, 798100), PUBLISHED ("Sep 2022", NAN, -1, -1),
  PUBLISHED ("Dec 2022", 158, 1261, 798100), PUBLISHED ("Mar 2023", 156, 1245, 798100),
  PUBLISHED ("Jun 2023", 155, 1237, 798100), PUBLISHED ("Sep 2023", 154, 1229, 798100),
  PUBLISHED ("Dec 2023", 153, 1221, 798100), PUBLISHED ("Mar 2024", 152, 1213, 798100),
};

const BpChartRatePoint sample_fte_national[SAMPLE_N_QUARTERS] = {
  PUBLISHED ("Jun 2021", 167, 9420, 5641000), PUBLISHED ("Sep 2021", 160, 9026, 5641000),
  PUBLISHED ("Dec 2021", 154, 8687, 5641000), PUBLISHED ("Mar 2022", 149, 8405, 5641000),
  PUBLISHED ("Jun 2022", 146, 8300, 5685000), PUBLISHED ("Sep 2022", 145, 8243, 5685000),
  PUBLISHED ("Dec 2022", 144, 8186, 5685000), PUBLISHED ("Mar 2023", 144, 8186, 5685000),
  PUBLISHED ("Jun 2023", 145, 8243, 5685000), PUBLISHED ("Sep 2023", 146, 8300, 5685000),
  PUBLISHED ("Dec 2023", 147, 8357, 5685000), PUBLISHED ("Mar 2024", 147, 8357, 5685000),
};

const BpChartRatePoint sample_custody_local[SAMPLE_N_QUARTERS] = {
  CUSTODY ("Jun 2021", 16, 28650), CUSTODY ("Sep 2021", 15, 28650),
  CUSTODY ("Dec 2021", 13, 28650), CUSTODY ("Mar 2022", 13, 28650),
  CUSTODY ("Jun 2022", 12, 28797), CUSTODY ("Sep 2022", 11, 28797),
  CUSTODY ("Dec 2022", 9, 28797),  CUSTODY ("Mar 2023", 10, 28797),
  CUSTODY ("Jun 2023", 10, 28797), CUSTODY ("Sep 2023", 12, 28797),
  CUSTODY ("Dec 2023", 12, 28797), CUSTODY ("Mar 2024", 11, 28797),
};

const BpChartRatePoint sample_custody_family[SAMPLE_N_QUARTERS] = {
  PUBLISHED ("Jun 2021", 0.31, 22, 71210), PUBLISHED ("Sep 2021", 0.29, 21, 71210),
  PUBLISHED ("Dec 2021", 0.28, 20, 71210), PUBLISHED ("Mar 2022", 0.27, 19, 71210),
  PUBLISHED ("Jun 2022", 0.25, 18, 70982), PUBLISHED ("Sep 2022", 0.24, 17, 70982),
  PUBLISHED ("Dec 2022", 0.23, 16, 70982), PUBLISHED ("Mar 2023", 0.23, 16, 70982),
  PUBLISHED ("Jun 2023", 0.21, 15, 70982), PUBLISHED ("Sep 2023", 0.21, 15, 70982),
  PUBLISHED ("Dec 2023", 0.20, 14, 70982), PUBLISHED ("Mar 2024", 0.20, 14, 70982),
};

const BpChartRatePoint sample_custody_national[SAMPLE_N_QUARTERS] = {
  PUBLISHED ("Jun 2021", 0.10, 564, 5641000), PUBLISHED ("Sep 2021", 0.10, 541, 5641000),
  PUBLISHED ("Dec 2021", 0.09, 519, 5641000), PUBLISHED ("Mar 2022", 0.09, 502, 5641000),
  PUBLISHED ("Jun 2022", 0.09, 495, 5685000), PUBLISHED ("Sep 2022", 0.09, 490, 5685000),
  PUBLISHED ("Dec 2022", 0.08, 478, 5685000), PUBLISHED ("Mar 2023", 0.08, 472, 5685000),
  PUBLISHED ("Jun 2023", 0.08, 466, 5685000), PUBLISHED ("Sep 2023", 0.08, 460, 5685000),
  PUBLISHED ("Dec 2023", 0.08, 455, 5685000), PUBLISHED ("Mar 2024", 0.08, 452, 5685000),
};

#define COHORT(label, c, r, o, incomplete) \
  { label, (r) * 100.0 / (c), (double) (o) / (c), c, r, o, incomplete }

const BpChartReoffendingCohort sample_cohorts[SAMPLE_N_COHORTS] = {
  COHORT ("Jul-Sep 2020", 31, 11, 38, FALSE), COHORT ("Oct-Dec 2020", 27, 9, 25, FALSE),
  COHORT ("Jan-Mar 2021", 35, 12, 41, FALSE), COHORT ("Apr-Jun 2021", 30, 8, 19, FALSE),
  COHORT ("Jul-Sep 2021", 26, 10, 33, FALSE), COHORT ("Oct-Dec 2021", 24, 7, 16, FALSE),
  COHORT ("Jan-Mar 2022", 128, 44, 145, FALSE), COHORT ("Apr-Jun 2022", 22, 9, 77, TRUE),
};

const BpChartRriGroup sample_rri_groups[5] = {
  { "Asian", NULL, 3, 0.6, 0.18558, 1.93984, BP_CHART_SIGNIFICANCE_NONE, NULL },
  { "Black", NULL, 15, 2.5, 1.38283, 4.51972, BP_CHART_SIGNIFICANCE_HIGHER, NULL },
  { "Mixed", NULL, 8, 1.6, 0.75087, 3.40939, BP_CHART_SIGNIFICANCE_NONE, NULL },
  { "Other", NULL, 0, NAN, NAN, NAN, BP_CHART_SIGNIFICANCE_NONE, NULL },
  { "Ethnic minority groups", NULL, 26, 0.35, 0.21349, 0.57379, BP_CHART_SIGNIFICANCE_LOWER, NULL },
};

const BpChartEthnicityGroup sample_ethnicity_groups[5] = {
  { "Asian", NULL, 4, 4 * 100.0 / 103, 3459, 12.1, NULL },
  { "Black", NULL, 49, 49 * 100.0 / 103, 6175, 21.6, NULL },
  { "Mixed", NULL, 8, 8 * 100.0 / 103, 2373, 8.3, NULL },
  { "Other", NULL, 2, 2 * 100.0 / 103, 858, 3.0, NULL },
  { "White", NULL, 40, 40 * 100.0 / 103, 15724, 55.0, NULL },
};

/**
 * sample_chart_new:
 * @kind: which chart
 *
 * Returns: (transfer full): the sample chart of @kind, as a board pack would show it
 */
BpChart *
sample_chart_new (BpChartKind kind)
{
  switch (kind)
    {
    case BP_CHART_KIND_FTE:
      {
        const BpChartComparator comparators[] = {
          { BP_CHART_COMPARATOR_FAMILY, "YJS family", sample_fte_family },
          { BP_CHART_COMPARATOR_REGION, "London", sample_fte_region },
          { BP_CHART_COMPARATOR_NATIONAL, "England and Wales", sample_fte_national },
        };
        BpChartRateInput input = {
          .kind = BP_CHART_KIND_FTE,
          .source = "Source: local case records (local) and YJB Youth Justice Data Summary "
                    "(comparators, as published). Population: ONS mid-year estimates.",
          .local_name = "Local",
          .points = sample_fte_local,
          .n_points = SAMPLE_N_QUARTERS,
          .comparators = comparators,
          .n_comparators = G_N_ELEMENTS (comparators),
        };

        return bp_chart_new_rate (&input);
      }

    case BP_CHART_KIND_CUSTODY:
      {
        const BpChartComparator comparators[] = {
          { BP_CHART_COMPARATOR_FAMILY, "YJS family", sample_custody_family },
          { BP_CHART_COMPARATOR_NATIONAL, "England and Wales", sample_custody_national },
        };
        BpChartRateInput input = {
          .kind = BP_CHART_KIND_CUSTODY,
          .source = "Source: local case records and YJB Youth Justice Data Summary.",
          .points = sample_custody_local,
          .n_points = SAMPLE_N_QUARTERS,
          .comparators = comparators,
          .n_comparators = G_N_ELEMENTS (comparators),
        };

        return bp_chart_new_rate (&input);
      }

    case BP_CHART_KIND_REOFFENDING:
      {
        BpChartReoffendingInput input = {
          .source = "Source: local case records, MoJ proven reoffending method. Each cohort is "
                    "followed for 12 months, plus 6 months for offences to be proven.",
          .cohorts = sample_cohorts,
          .n_cohorts = SAMPLE_N_COHORTS,
        };

        return bp_chart_new_reoffending (&input);
      }

    case BP_CHART_KIND_RRI:
      {
        BpChartRriInput input = {
          .source = "Source: local case records, 2023/24; population: 2021 Census, 10-17 year "
                    "olds. Katz log method confidence intervals.",
          .reference_count = 40,
          .groups = sample_rri_groups,
          .n_groups = G_N_ELEMENTS (sample_rri_groups),
          .threshold = 1.25,
        };

        return bp_chart_new_rri (&input);
      }

    case BP_CHART_KIND_ETHNICITY:
      {
        BpChartEthnicityInput input = {
          .source = "Source: local case records, 2023/24 (103 children of known ethnicity); "
                    "2021 Census.",
          .groups = sample_ethnicity_groups,
          .n_groups = G_N_ELEMENTS (sample_ethnicity_groups),
        };

        return bp_chart_new_ethnicity (&input);
      }

    default:
      g_return_val_if_reached (NULL);
    }
}

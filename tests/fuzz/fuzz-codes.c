/* fuzz-codes.c: libFuzzer harness for the code mappings (bp-codes.c)
 *
 * The input is one CSV value. Every parser must return without reading past it, and a
 * value that maps must map to a code whose own code and name map back to it.
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "bp-codes.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  BpOutcomeType type, again;
  BpOffenceGroup group, group_again;
  BpEthnicGroup ethnic;
  BpSex sex, sex_again;
  gboolean recognised, local;

  if (bp_outcome_type_parse (text, &type))
    {
      g_assert ((int) type >= 0 && type < BP_N_OUTCOME_TYPES);
      g_assert (bp_outcome_type_parse (bp_outcome_type_code (type), &again) && again == type);
      g_assert (bp_outcome_type_parse (bp_outcome_type_name (type), &again) && again == type);
      g_assert ((int) bp_outcome_type_tier (type) < BP_N_TIERS);
      g_assert (bp_tier_name (bp_outcome_type_tier (type)) != NULL);
      /* Custodial sentences are court sentences, and both count as statutory. */
      if (bp_outcome_type_flags (type) & BP_OUTCOME_FLAG_CUSTODIAL)
        g_assert (bp_outcome_type_flags (type) & BP_OUTCOME_FLAG_COURT);
      if (bp_outcome_type_flags (type) & BP_OUTCOME_FLAG_COURT)
        g_assert (bp_outcome_type_flags (type) & BP_OUTCOME_FLAG_STATUTORY);
    }

  ethnic = bp_ethnicity_parse (text, &recognised);
  g_assert ((int) ethnic >= 0 && ethnic < BP_N_ETHNIC_GROUPS);
  g_assert (recognised || ethnic == BP_ETHNIC_UNKNOWN);
  {
    BpEthnicGroup named = bp_ethnicity_parse (bp_ethnic_group_name (ethnic), &recognised);

    g_assert (recognised && named == ethnic);
  }

  if (bp_sex_parse (text, &sex))
    {
      g_assert ((int) sex >= 0 && sex < BP_N_SEXES);
      g_assert (bp_sex_parse (bp_sex_code (sex), &sex_again) && sex_again == sex);
    }

  if (bp_offence_group_parse (text, &group))
    {
      g_assert ((int) group >= 0 && group < BP_N_OFFENCE_GROUPS);
      g_assert (bp_offence_group_parse (bp_offence_group_code (group), &group_again) &&
                group_again == group);
      g_assert (group != BP_OFFENCE_NONE || text[0] == '\0');
    }

  if (bp_local_status_parse (text, &local))
    g_assert (local == TRUE || local == FALSE);
  return 0;
}

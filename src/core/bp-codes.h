/* bp-codes.h: the code lists of domain.md and data-formats.md */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BP_OUTCOME_CR,
  BP_OUTCOME_TRIAGE,
  BP_OUTCOME_O22,
  BP_OUTCOME_NFA,
  BP_OUTCOME_TURNAROUND,
  BP_OUTCOME_YC,
  BP_OUTCOME_YCC,
  BP_OUTCOME_AD,
  BP_OUTCOME_CD,
  BP_OUTCOME_FINE,
  BP_OUTCOME_COMP,
  BP_OUTCOME_REPO,
  BP_OUTCOME_RO,
  BP_OUTCOME_ROX,
  BP_OUTCOME_YRO,
  BP_OUTCOME_DTO,
  BP_OUTCOME_S250,
  BP_OUTCOME_S254,
  BP_OUTCOME_S258,
  BP_OUTCOME_S259,
  BP_OUTCOME_REMAND_YDA,
  BP_OUTCOME_REMAND_LA,
  BP_OUTCOME_BAIL_ISS,
  BP_N_OUTCOME_TYPES
} BpOutcomeType;

typedef enum
{
  BP_TIER_INFORMAL,
  BP_TIER_PRE_COURT,
  BP_TIER_FIRST_TIER,
  BP_TIER_COMMUNITY,
  BP_TIER_CUSTODY,
  BP_TIER_REMAND,
  BP_N_TIERS
} BpTier;

typedef enum
{
  BP_OUTCOME_FLAG_NONE      = 0,
  BP_OUTCOME_FLAG_STATUTORY = 1 << 0, /* FTE-eligible: YC, YCC or a court sentence */
  BP_OUTCOME_FLAG_COURT     = 1 << 1, /* a court sentence */
  BP_OUTCOME_FLAG_CUSTODIAL = 1 << 2,
} BpOutcomeFlags;

typedef enum
{
  BP_ETHNIC_ASIAN,
  BP_ETHNIC_BLACK,
  BP_ETHNIC_MIXED,
  BP_ETHNIC_OTHER,
  BP_ETHNIC_WHITE,
  BP_ETHNIC_UNKNOWN,
  BP_N_ETHNIC_GROUPS
} BpEthnicGroup;

typedef enum
{
  BP_SEX_MALE,
  BP_SEX_FEMALE,
  BP_SEX_UNKNOWN,
  BP_N_SEXES
} BpSex;

typedef enum
{
  BP_OFFENCE_NONE, /* not given */
  BP_OFFENCE_VATP,
  BP_OFFENCE_ROBBERY,
  BP_OFFENCE_DRUGS,
  BP_OFFENCE_THEFT,
  BP_OFFENCE_BURGLARY,
  BP_OFFENCE_CRIMINAL_DAMAGE,
  BP_OFFENCE_MOTORING,
  BP_OFFENCE_PUBLIC_ORDER,
  BP_OFFENCE_SEXUAL,
  BP_OFFENCE_WEAPONS,
  BP_OFFENCE_FRAUD,
  BP_OFFENCE_BREACH,
  BP_OFFENCE_OTHER,
  BP_N_OFFENCE_GROUPS
} BpOffenceGroup;

gboolean        bp_outcome_type_parse      (const char     *text,
                                            BpOutcomeType  *out_type);
const char     *bp_outcome_type_code       (BpOutcomeType   type);
const char     *bp_outcome_type_name       (BpOutcomeType   type);
BpTier          bp_outcome_type_tier       (BpOutcomeType   type);
BpOutcomeFlags  bp_outcome_type_flags      (BpOutcomeType   type);
const char     *bp_tier_name               (BpTier          tier);
const char     *bp_tier_key                (BpTier          tier);
gboolean        bp_tier_parse              (const char     *key,
                                            BpTier         *out_tier);

BpEthnicGroup   bp_ethnicity_parse         (const char     *text,
                                            gboolean       *out_recognised);
const char     *bp_ethnic_group_name       (BpEthnicGroup   group);

const char     *bp_sex_name                (BpSex           sex);
gboolean        bp_sex_parse               (const char     *text,
                                            BpSex          *out_sex);
const char     *bp_sex_code                (BpSex           sex);

gboolean        bp_offence_group_parse     (const char     *text,
                                            BpOffenceGroup *out_group);
const char     *bp_offence_group_code      (BpOffenceGroup  group);

gboolean        bp_local_status_parse      (const char     *text,
                                            gboolean       *out_local);

G_END_DECLS

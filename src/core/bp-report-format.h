/* bp-report-format.h: the report as JSON (cli.md), text and CSV */
#pragma once

#include <json-glib/json-glib.h>

#include "bp-format.h"
#include "bp-indicators.h"

G_BEGIN_DECLS

JsonNode *bp_report_to_json (const BpReport *report);
char     *bp_report_to_text (const BpReport *report);
char     *bp_report_to_csv  (const BpReport *report);

G_END_DECLS

/* bp-report-format.h: the report as JSON (cli.md), text and CSV */
#pragma once

#include <json-glib/json-glib.h>

#include "bp-format.h"
#include "bp-indicators.h"

G_BEGIN_DECLS

JsonNode *bp_report_to_json (const BpReport *report);
char     *bp_report_to_text (const BpReport *report);
char     *bp_report_to_json_text (const BpReport *report);
char     *bp_report_to_csv  (const BpReport *report);
char     *bp_count_change_text (gint64       before,
                                gint64       now);
char     *bp_outcomes_children_text (gint64  outcomes,
                                     gint64  children);

G_END_DECLS

/* rd-extract.h: finding a report's region, year, headings and figures
 *
 * Works on the draft's text only (no file, no database). Every run of
 * digits (ASCII or full-width) ends up in exactly one figure or one
 * exclusion with its reason.
 */
#pragma once

#include "rd-draft.h"

G_BEGIN_DECLS

/* Sets @draft's title, region, level and year from its text where they
 * are still unset, and fills its sections. */
void rd_extract_meta    (RdReportDraft *draft);
/* Fills @draft's figures and exclusions (replacing any). Needs the year
 * (rd_extract_meta). */
void rd_extract_figures (RdReportDraft *draft);

G_END_DECLS

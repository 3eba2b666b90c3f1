/* rd-format.h: language choice, number and unit formatting (GLib only) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether figure names and units are shown in Chinese: follows the
 * translation in use (so the locale) unless forced. */
gboolean  rd_format_use_chinese       (void);
/* "zh", "en" or NULL to follow the locale again. For tests and the CLI. */
void      rd_format_force_language    (const char *lang);

/* 80.2 -> "80.2", 5588 -> "5588" (zh) or "5,588" (en); at most
 * @max_decimals decimals, trailing zeros dropped. */
char     *rd_format_number            (double      value,
                                       int         max_decimals);

/* The unit as shown: Chinese as printed, English from @unit_en
 * ("100 million yuan"). */
const char *rd_format_unit            (const char *unit_zh,
                                       const char *unit_en);

/* English for a unit the dataset names in Chinese only (万人 → "10,000
 * people", 万亿元 → "trillion yuan", 个 → "": a counter is a bare number),
 * or NULL when it is not known. */
const char *rd_format_unit_english    (const char *unit_zh);

/* "80.2亿元" in Chinese, "80.2 (100 million yuan)" in English, "9%"
 * in both; an empty English count noun gives the bare number. */
char     *rd_format_quantity          (double      value,
                                       const char *unit_zh,
                                       const char *unit_en);

/* Round @max up to a "nice" axis maximum and choose a tick step:
 * 136 -> 150 step 25 (or similar 1-2-2.5-5 steps), with 4..8 ticks. */
void      rd_format_nice_scale        (double      max,
                                       double     *nice_max,
                                       double     *step);

/* The sentence of a report's @text around code points @start..@end (up to
 * 。！？； or a line break), as Pango markup with the figure in bold. */
char     *rd_format_sentence_markup   (const char *text,
                                       int         start,
                                       int         end);

/* Names a report in lists of figures of many reports: "湖南省 2019" (in
 * Chinese "湖南省2019年"); the year alone when @region is NULL. */
char     *rd_format_report_label      (const char *region,
                                       int         year);

G_END_DECLS

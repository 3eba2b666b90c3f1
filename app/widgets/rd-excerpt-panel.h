/* rd-excerpt-panel.h: the selected figure and the sentence it comes from */
#pragma once

#include <gtk/gtk.h>

#include "rd-indicator.h"

G_BEGIN_DECLS

#define RD_TYPE_EXCERPT_PANEL (rd_excerpt_panel_get_type ())
G_DECLARE_FINAL_TYPE (RdExcerptPanel, rd_excerpt_panel, RD, EXCERPT_PANEL, GtkWidget)

GtkWidget   *rd_excerpt_panel_new            (void);
/* Shows @indicator, or the empty state for NULL. */
void         rd_excerpt_panel_set_indicator  (RdExcerptPanel *self,
                                              RdIndicator    *indicator,
                                              const char     *sector_name,
                                              const char     *report_title);
/* "sentence (Source: report)", what the copy button puts on the clipboard;
 * NULL when nothing is selected. */
char        *rd_excerpt_panel_get_citation   (RdExcerptPanel *self);
RdIndicator *rd_excerpt_panel_get_indicator  (RdExcerptPanel *self);
/* The sentence as shown, without markup. */
const char  *rd_excerpt_panel_get_excerpt_text (RdExcerptPanel *self);
/* The empty state's sentence: how to choose a figure in the view shown. */
void         rd_excerpt_panel_set_hint       (RdExcerptPanel *self,
                                              const char     *hint);
const char  *rd_excerpt_panel_get_hint       (RdExcerptPanel *self);
/* The value line as shown ("136亿元"). */
const char  *rd_excerpt_panel_get_value_text (RdExcerptPanel *self);
/* Pango markup of @excerpt with bytes [@start, @end) highlighted. */
char        *rd_excerpt_panel_markup         (const char     *excerpt,
                                              gsize           start,
                                              gsize           end);

G_END_DECLS

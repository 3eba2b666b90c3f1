/* rd-tooltip.h: tooltips that do not cost X round trips at start-up */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets @widget's tooltip to @text. gtk_widget_set_tooltip_text() on a
 * visible widget asks the display where the pointer is, to update a tooltip
 * that might be showing: on X11 three round trips to the server, 0.1-0.5 ms
 * each before the window can map. A widget being built shows no tooltip,
 * so this sets it while the widget is hidden and restores its visibility. */
void rd_widget_set_tooltip (GtkWidget  *widget,
                            const char *text);

G_END_DECLS

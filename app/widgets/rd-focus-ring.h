/* rd-focus-ring.h: the keyboard focus ring of the chart widgets */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Draws a 2-pixel ring in the theme's selection colour just inside
 * @width × @height, with corners of @radius. The chart widgets call it
 * while gtk_widget_has_visible_focus(): GTK 4.8 neither redraws a custom
 * widget for a change of CSS outline alone nor draws the outline itself. */
void rd_widget_snapshot_focus_ring (GtkWidget   *widget,
                                    GtkSnapshot *snapshot,
                                    int          width,
                                    int          height,
                                    float        radius);

/* For a chart widget's GtkWidgetClass.state_flags_changed, before it chains
 * up: redraws when the focus or its visibility changed, which moves the
 * focus ring and the focused mark. */
void rd_widget_focus_state_changed (GtkWidget     *widget,
                                    GtkStateFlags  previous);

/* The colour of that ring: @theme_selected_bg_color of the widget's theme. */
void rd_widget_get_focus_ring_color (GtkWidget *widget,
                                     GdkRGBA   *color);

G_END_DECLS

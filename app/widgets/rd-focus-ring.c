/* rd-focus-ring.c */
#include "config.h"

#include "rd-focus-ring.h"

void
rd_widget_get_focus_ring_color (GtkWidget *widget,
                                GdkRGBA   *color)
{
  /* GtkStyleContext is the only way to read a named colour in GTK 4.8. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                       "theme_selected_bg_color", color))
    gdk_rgba_parse (color, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

void
rd_widget_snapshot_focus_ring (GtkWidget   *widget,
                               GtkSnapshot *snapshot,
                               int          width,
                               int          height,
                               float        radius)
{
  const float border[4] = { 2, 2, 2, 2 };
  GdkRGBA color;
  GdkRGBA colors[4];
  GskRoundedRect outline;

  if (width <= 4 || height <= 4)
    return;

  rd_widget_get_focus_ring_color (widget, &color);
  for (int i = 0; i < 4; i++)
    colors[i] = color;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), radius);
  gtk_snapshot_append_border (snapshot, &outline, border, colors);
}

void
rd_widget_focus_state_changed (GtkWidget     *widget,
                               GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

/* rd-tooltip.c: tooltips that do not cost X round trips at start-up */
#include "config.h"

#include "rd-tooltip.h"

void
rd_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  gboolean visible;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  visible = gtk_widget_get_visible (widget);
  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
}

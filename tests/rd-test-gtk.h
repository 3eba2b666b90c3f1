/* rd-test-gtk.h: helpers for the window tests */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Delivers @keyval to @widget's key controllers, as a key press does;
 * returns whether one handled it. */
gboolean rd_test_press_key (GtkWidget *widget,
                            guint      keyval);

G_END_DECLS

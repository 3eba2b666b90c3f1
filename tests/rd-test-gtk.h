/* rd-test-gtk.h: helpers for the window tests */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Delivers @keyval to @widget's key controllers, as a key press does;
 * returns whether one handled it. */
gboolean rd_test_press_key (GtkWidget *widget,
                            guint      keyval);
/* Appends @widget and every widget under it that is a @type to @found,
 * depth first. */
void     rd_test_collect   (GtkWidget *widget,
                            GType      type,
                            GPtrArray *found);
/* Runs the main loop until @done (@data) or a few seconds have passed;
 * returns @done (@data). */
gboolean rd_test_wait_for  (gboolean (*done) (gpointer),
                            gpointer   data);


/* Runs the main loop for @ms milliseconds. */
void     rd_test_run_for   (guint      ms);
/* Whether @widget (a GtkWidget) has a width yet: for rd_test_wait_for(). */
gboolean rd_test_widget_allocated (gpointer widget);

G_END_DECLS

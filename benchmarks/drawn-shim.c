/* drawn-shim.c: LD_PRELOAD library for drawnframe.c.
 *
 * Wraps gtk_window_present() so that, when the window's frame clock
 * finishes its first paint, one byte is written to the file descriptor
 * named by DRAWN_FD. Loaded the same way into any GTK 4 program, so a
 * bare window and ReportDash are measured identically, without changing
 * either. Benchmark only; never linked into the application.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <unistd.h>

#include <gtk/gtk.h>

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  static gboolean done;
  const char *fd = g_getenv ("DRAWN_FD");

  if (done || fd == NULL)
    return;
  done = TRUE;
  if (write (atoi (fd), "p", 1) != 1)
    _exit (3);
}

static void
on_realize (GtkWidget *widget,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *);

  if (real_present == NULL)
    real_present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);

  real_present (window);
}

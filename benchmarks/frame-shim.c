/* frame-shim.c: LD_PRELOAD library for bench-hover.sh.
 *
 * Prints, for every frame of the first window after its first, the time
 * from the frame clock's before-paint to the end of its after-paint:
 * "FRAME <ms>" on stderr. Loaded the same way into any GTK 4 program.
 * Benchmark only; never linked into the application.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

#include <gtk/gtk.h>

static gint64 frame_start;
static guint frames;

static void
on_before_paint (GdkFrameClock *clock,
                 gpointer       user_data)
{
  frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (frames++ > 0)
    fprintf (stderr, "FRAME %.2f\n", (g_get_monotonic_time () - frame_start) / 1000.0);
}

static void
on_map (GtkWidget *widget,
        gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *);

  if (real_present == NULL)
    real_present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  if (frames == 0)
    g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  real_present (window);
}

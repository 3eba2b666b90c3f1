/* phase-shim.c: LD_PRELOAD library for startup-phases.sh.
 *
 * Prints to stderr, in milliseconds since the library was loaded (and the
 * main thread's CPU time so far, which varies far less between launches
 * than the wall clock on a shared machine: compare variants with it), when the
 * program calls gtk_window_present(), each XMapWindow(), and when the
 * window's first frame ends its layout phase (every widget allocated),
 * its paint phase (snapshot and GL render) and the frame. Loaded the same
 * way into any GTK 4 program, so a bare window and ReportDash are timed
 * identically without changing either. Benchmark only.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <time.h>

#include <X11/Xlib.h>
#include <gtk/gtk.h>

static double start_ms;

static double
clock_ms (clockid_t clock)
{
  struct timespec t;

  clock_gettime (clock, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double
now_ms (void)
{
  return clock_ms (CLOCK_MONOTONIC);
}

/* "PHASE name wall cpu" */
static void
print_phase (const char *name)
{
  fprintf (stderr, "PHASE %s %.2f %.2f\n", name, now_ms () - start_ms, clock_ms (CLOCK_THREAD_CPUTIME_ID));
}

__attribute__ ((constructor)) static void
phase_shim_init (void)
{
  start_ms = now_ms ();
}

int
XMapWindow (Display *display,
            Window   window)
{
  static int (*real) (Display *, Window);

  if (real == NULL)
    real = (int (*) (Display *, Window)) dlsym (RTLD_NEXT, "XMapWindow");
  print_phase ("map");
  return real (display, window);
}

/* Connected after GTK's own handlers, so each runs when that phase of the
 * frame is done. The first frame is all that is timed. */
static void
on_frame_phase (GdkFrameClock *clock,
                gpointer       name)
{
  print_phase (name);
  if (g_str_equal (name, "frame"))
    g_signal_handlers_disconnect_by_func (clock, on_frame_phase, NULL);
}

static void
on_realize (GtkWidget *widget,
            gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "layout", G_CALLBACK (on_frame_phase), "layout");
  g_signal_connect (clock, "paint", G_CALLBACK (on_frame_phase), "paint");
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_phase), "frame");
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real) (GtkWindow *);

  if (real == NULL)
    real = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  print_phase ("present");
  if (!gtk_widget_get_realized (GTK_WIDGET (window)))
    g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  real (window);
}

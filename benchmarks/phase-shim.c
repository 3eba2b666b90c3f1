/* phase-shim.c: LD_PRELOAD library for startup-phases.sh.
 *
 * Prints to stderr, in milliseconds since the library was loaded, when the
 * program calls gtk_window_present() and each XMapWindow(). Loaded the same
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
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
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
  fprintf (stderr, "PHASE map %.2f\n", now_ms () - start_ms);
  return real (display, window);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real) (GtkWindow *);

  if (real == NULL)
    real = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  fprintf (stderr, "PHASE present %.2f\n", now_ms () - start_ms);
  real (window);
}

/* rd-renderer.c
 *
 * GTK 4.8 draws with OpenGL wherever there is OpenGL, even when Mesa
 * renders it on the CPU (llvmpipe: virtual machines, remote desktops,
 * thin clients). There its GL renderer redraws the whole window for
 * every change and compiles each shader variant with LLVM: hovering a
 * bar costs ~30 ms of CPU a frame, the first frame of the overview
 * ~100 ms. GTK's cairo renderer redraws only what changed (0.7 ms a
 * frame) and its first frame is ready sooner. BENCHMARKS.md has both.
 */
#define G_LOG_DOMAIN "reportdash-renderer"

#include "config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "rd-renderer.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <epoxy/glx.h>
#endif

gboolean
rd_gl_renderer_is_software (const char *gl_renderer)
{
  static const char *software[] = {
    "llvmpipe", "softpipe", "Software Rasterizer", "swrast", "SWR (",
  };

  if (gl_renderer == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (software); i++)
    if (strstr (gl_renderer, software[i]) != NULL)
      return TRUE;
  return FALSE;
}

RdGlKind
rd_gl_probe_glx (GdkDisplay *display)
{
#ifdef GDK_WINDOWING_X11
  Display *xdisplay;
  unsigned int accelerated = 0;
  int screen;

  /* Only when GDK itself draws through GLX: initializing GLX beside
   * GDK's EGL would cost more than the context probe. */
  if (!GDK_IS_X11_DISPLAY (display) || gdk_x11_display_get_egl_display (display) != NULL)
    return RD_GL_UNKNOWN;

  xdisplay = gdk_x11_display_get_xdisplay (display);
  screen = DefaultScreen (xdisplay);
  if (!epoxy_has_glx_extension (xdisplay, screen, "GLX_MESA_query_renderer") ||
      !glXQueryRendererIntegerMESA (xdisplay, screen, 0, GLX_RENDERER_ACCELERATED_MESA, &accelerated))
    return RD_GL_UNKNOWN;
  return accelerated ? RD_GL_HARDWARE : RD_GL_SOFTWARE;
#else
  return RD_GL_UNKNOWN;
#endif
}

RdGlKind
rd_gl_probe_context (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  RdGlKind kind;

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("No OpenGL context to ask: %s", error->message);
      return RD_GL_UNKNOWN;
    }
  gdk_gl_context_make_current (context);
  name = (const char *) glGetString (GL_RENDERER);
  kind = name == NULL ? RD_GL_UNKNOWN
       : rd_gl_renderer_is_software (name) ? RD_GL_SOFTWARE : RD_GL_HARDWARE;
  g_debug ("OpenGL renderer: %s", name ? name : "(none)");
  gdk_gl_context_clear_current ();
  return kind;
}

const char *
rd_renderer_choose (GdkDisplay *display)
{
  const char *asked = g_getenv ("GSK_RENDERER");
  g_autoptr(GError) error = NULL;
  RdGlKind kind;

  /* The documented way to choose: whoever set it, wins. */
  if (display == NULL || (asked != NULL && asked[0] != '\0'))
    return NULL;

  /* Without OpenGL GTK already falls back to cairo. On X11 GDK has set
   * up OpenGL while opening the display, so this is free there. */
  if (!gdk_display_prepare_gl (display, &error))
    return NULL;

  kind = rd_gl_probe_glx (display);
  if (kind == RD_GL_UNKNOWN)
    kind = rd_gl_probe_context (display);
  if (kind != RD_GL_SOFTWARE)
    return NULL;

  /* GSK asks the display before GSK_RENDERER (GTK's inspector uses the
   * same key for its own display); setenv() is unsafe once GTK's
   * threads run. */
  g_object_set_data (G_OBJECT (display), "gsk-renderer", (gpointer) "cairo");
  g_debug ("OpenGL is drawn in software: windows use GTK's cairo renderer");
  return "cairo";
}

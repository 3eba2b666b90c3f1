/* rd-renderer.h: GTK's cairo renderer where OpenGL is drawn in software */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  RD_GL_UNKNOWN,   /* no OpenGL, or no way to tell without one */
  RD_GL_HARDWARE,
  RD_GL_SOFTWARE,  /* Mesa's llvmpipe, softpipe or swrast: every pixel on the CPU */
} RdGlKind;

/* Whether a GL_RENDERER string names a software rasterizer. */
gboolean    rd_gl_renderer_is_software (const char *gl_renderer);

/* What draws OpenGL on @display. The GLX query needs no context and
 * answers only on X11 when GDK uses GLX with Mesa; the context probe
 * creates a GL context and reads its GL_RENDERER (~5 ms on llvmpipe). */
RdGlKind    rd_gl_probe_glx            (GdkDisplay *display);
RdGlKind    rd_gl_probe_context        (GdkDisplay *display);

/* Called once before the first window is realized. Unless GSK_RENDERER
 * names a renderer, windows on @display are drawn by GTK's cairo
 * renderer when OpenGL is software. Returns the renderer chosen
 * ("cairo"), or NULL when GTK's own choice stands. */
const char *rd_renderer_choose         (GdkDisplay *display);

G_END_DECLS

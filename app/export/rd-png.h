/* rd-png.h: a fast PNG writer for cairo image surfaces (GLib + cairo) */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @surface (CAIRO_FORMAT_RGB24 as RGB, CAIRO_FORMAT_ARGB32 as
 * RGBA) to @stream as a PNG; @dpi > 0 records the resolution, @title (UTF-8,
 * or NULL) is stored as the image's Title for searches and viewers. */
gboolean rd_png_write (cairo_surface_t  *surface,
                       double            dpi,
                       const char       *title,
                       GOutputStream    *stream,
                       GCancellable     *cancellable,
                       GError          **error);

G_END_DECLS

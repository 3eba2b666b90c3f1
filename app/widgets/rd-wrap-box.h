/* rd-wrap-box.h: children in a row that wraps onto more rows when narrow */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Places its widget's children side by side at their natural widths and
 * starts a new row when the next one does not fit, like words in a
 * paragraph; children that expand horizontally share the room left in
 * their row. GTK 4.8 has no breakpoints: this keeps a toolbar of filters
 * one row in a wide window and fits it into an 800×600 one. */
#define RD_TYPE_WRAP_LAYOUT (rd_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (RdWrapLayout, rd_wrap_layout, RD, WRAP_LAYOUT, GtkLayoutManager)

int  rd_wrap_layout_get_spacing (RdWrapLayout *self);
void rd_wrap_layout_set_spacing (RdWrapLayout *self,
                                 int           spacing);

/* A plain container laid out by an RdWrapLayout, for .ui files. */
#define RD_TYPE_WRAP_BOX (rd_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (RdWrapBox, rd_wrap_box, RD, WRAP_BOX, GtkWidget)

G_END_DECLS

/* rd-choose-slides.h: which sectors the slideshow shows, and on which
 * screen (win.choose-slides) */
#pragma once

#include <gtk/gtk.h>

#include "rd-dataset.h"

G_BEGIN_DECLS

#define RD_TYPE_CHOOSE_SLIDES (rd_choose_slides_get_type ())
G_DECLARE_FINAL_TYPE (RdChooseSlides, rd_choose_slides, RD, CHOOSE_SLIDES, GtkWindow)

/* Lists @dataset's sectors; the choices go to @settings ("presentation-
 * sectors", "presentation-screen"; may be NULL: nothing is kept). Start
 * Slideshow emits ::start and closes the dialog. */
RdChooseSlides *rd_choose_slides_new (GtkWindow *parent,
                                      RdDataset *dataset,
                                      GSettings *settings);

G_END_DECLS

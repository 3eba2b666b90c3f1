/* rd-application.h */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RD_TYPE_APPLICATION (rd_application_get_type ())
G_DECLARE_FINAL_TYPE (RdApplication, rd_application, RD, APPLICATION, GtkApplication)

RdApplication *rd_application_new          (void);
/* NULL when the GSettings schema is not installed. */
GSettings     *rd_application_get_settings (RdApplication *self);

/* Prepares gettext for the installed or relocated translations. */
void           rd_application_init_i18n    (void);
/* Loads the schema from the default places or next to the executable;
 * NULL if there is none. */
GSettings     *rd_application_create_settings (void);
/* Versions, GTK's renderer and why, the dataset: the About dialog's
 * System page. */
char          *rd_application_get_system_information (RdApplication *self);

G_END_DECLS

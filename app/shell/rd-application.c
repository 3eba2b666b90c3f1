/* rd-application.c */
#define G_LOG_DOMAIN "reportdash-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rd-application.h"
#include "rd-cli.h"
#include "rd-paths.h"
#include "rd-window.h"

struct _RdApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (RdApplication, rd_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the dataset (the built-in one if no FILE is given), print one line and exit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

void
rd_application_init_i18n (void)
{
  g_autofree char *localedir = rd_paths_get_locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

GSettings *
rd_application_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *dir = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  /* Installed under a prefix or DESTDIR that GLib does not search. */
  if (schema == NULL && (dir = rd_paths_get_schema_dir ()) != NULL)
    {
      g_autoptr(GSettingsSchemaSource) local =
        g_settings_schema_source_new_from_directory (dir, source, FALSE, NULL);

      if (local != NULL)
        schema = g_settings_schema_source_lookup (local, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_message ("GSettings schema %s is not installed: window state will not be remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static RdWindow *
new_window (RdApplication *self)
{
  RdWindow *window = rd_window_new (GTK_APPLICATION (self), self->settings);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
rd_application_activate (GApplication *app)
{
  RdApplication *self = RD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = rd_paths_get_builtin_dataset ();
  rd_window_open_path (new_window (self), path);
}

static void
rd_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RdApplication *self = RD_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      RdWindow *window = new_window (self);

      if (path != NULL)
        rd_window_open_path (window, path);
      else
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          rd_window_open_path (window, uri);
        }
    }
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Close rather than destroy, so that each window saves its state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "ReportDash developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (parent,
                         "program-name", _("ReportDash"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Browse the figures of a government work report as charts, each beside the sentence it comes from."),
                         "website", "https://example.com/reportdash",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

static void
rd_application_startup (GApplication *app)
{
  RdApplication *self = RD_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", "<Control>slash", NULL };
  static const char *prev_accels[] = { "<Control>Page_Up", NULL };
  static const char *next_accels[] = { "<Control>Page_Down", NULL };

  G_APPLICATION_CLASS (rd_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/com/example/ReportDash/icons");

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.previous-sector", prev_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.next-sector", next_accels);

  self->settings = rd_application_create_settings ();
}

static int
rd_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("reportdash %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

/* The terminal commands (--check, ...) must answer without a display, so
 * they are handled before GTK or D-Bus are touched. */
static gboolean
rd_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (rd_cli_handles (*arguments))
    {
      *exit_status = rd_cli_run (*arguments);
      return TRUE;
    }

  return G_APPLICATION_CLASS (rd_application_parent_class)->local_command_line (app, arguments, exit_status);
}

static void
rd_application_dispose (GObject *object)
{
  RdApplication *self = RD_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rd_application_parent_class)->dispose (object);
}

static void
rd_application_class_init (RdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rd_application_dispose;
  app_class->activate = rd_application_activate;
  app_class->open = rd_application_open;
  app_class->startup = rd_application_startup;
  app_class->handle_local_options = rd_application_handle_local_options;
  app_class->local_command_line = rd_application_local_command_line;
}

static void
rd_application_init (RdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Browse the figures of a government work report as charts."));
}

RdApplication *
rd_application_new (void)
{
  return g_object_new (RD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/com/example/ReportDash",
                       NULL);
}

GSettings *
rd_application_get_settings (RdApplication *self)
{
  g_return_val_if_fail (RD_IS_APPLICATION (self), NULL);
  return self->settings;
}

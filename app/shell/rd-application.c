/* rd-application.c */
#define G_LOG_DOMAIN "reportdash-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rd-application.h"
#include "rd-cli.h"
#include "rd-library.h"
#include "rd-paths.h"
#include "rd-renderer.h"
#include "rd-window.h"

struct _RdApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  char           *color_scheme;     /* "default", "light" or "dark" */
  gboolean        system_dark;
  GDBusConnection *portal_bus;
  guint           portal_watch;
  GThread        *prefetch;         /* opening the library, or NULL */
  char           *library;          /* --library, or NULL: the user's */
  const char     *renderer_chosen;  /* "cairo" when OpenGL is software, or NULL */
};

G_DEFINE_FINAL_TYPE (RdApplication, rd_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the dataset (the built-in one if no FILE is given), print one line and exit"), NULL },
  { "list-charts", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the charts of the dataset, one a line: id, sector, type, title"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export a chart, every chart of a sector, all charts, the chart of Actual vs Target (pairs), or from the library an indicator's trend (trend:KEY), its targets and results (targets:KEY) or its regions compared (compare:KEY --region A,B) as files into the --output folder, without a display"),
    "CHART|SECTOR|all|pairs|trend:KEY|targets:KEY|compare:KEY" },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: png (the default), svg or pdf"), "png|svg|pdf" },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: the size in pixels (1920x1080 by default), or a4 or a4-landscape"), "WxH" },
  { "scale", 0, 0, G_OPTION_ARG_INT, NULL, N_("With --export: a PNG of 1, 2 or 3 times the size in pixels"), "N" },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export: the folder to write into, made if needed (the current folder by default)"), "DIR" },
  { "background", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: white (the default), transparent or dark"), "white|transparent|dark" },
  { "caption", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: add the report's sentences under each chart"), NULL },
  { "overwrite", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export: replace files that exist"), NULL },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export or --list-charts: zh or en, whatever the locale"), "zh|en" },
  { "library", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The library to use instead of the user's (reportdash/library.sqlite in the data folder)"), "LIB" },
  { "import", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the FILEs (text, Word, web page, PDF) into the library, one line a report, and exit"), NULL },
  { "list-reports", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the reports of the library as tab-separated text and exit"), NULL },
  { "list-figures", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the figures of the library as tab-separated text and exit"), NULL },
  { "remove-report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Remove a report and its figures from the library and exit"), "ID" },
  { "series", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print one indicator's figures across the years of every report (actuals and targets) as tab-separated text and exit"), "KEY" },
  { "targets", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print each target of one indicator with the result a later report states for its year (met or missed) as tab-separated text and exit"), "KEY" },
  { "list-indicators", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the indicator catalog's keys (for --series) as tab-separated text and exit"), NULL },
  { "region", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: the region of the reports; with --list-figures, --series, --targets or --export trend:KEY or targets:KEY: only reports whose region contains NAME; with --export compare:KEY: the regions compared, separated by commas"), "NAME" },
  { "year", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --import: the year the reports were delivered; with --list-figures: only reports of that year"), "YYYY" },
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

static gboolean
set_default_icon (gpointer data)
{
  gtk_window_set_default_icon_name (APP_ID);
  return G_SOURCE_REMOVE;
}

/* What the prefetch thread gives back. */
typedef struct
{
  char      *path;
  gint64     report_id;  /* the report remembered, or 0 */
  RdDataset *dataset;
  GError    *error;
} Prefetched;

static void
prefetched_free (Prefetched *prefetched)
{
  g_free (prefetched->path);
  g_clear_object (&prefetched->dataset);
  g_clear_error (&prefetched->error);
  g_free (prefetched);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Prefetched, prefetched_free)

/* The library the window opens without a FILE. */
static char *
library_path (RdApplication *self)
{
  return self->library ? g_strdup (self->library) : rd_library_get_default_path ();
}

/* The library is made from the built-in dataset on first use, migrated
 * from an older version, and a crashed import rolled back, all by opening
 * it for writing; then it is read as any dataset. */
static gpointer
prefetch_thread (gpointer data)
{
  Prefetched *prefetched = data;
  RdLibrary *library;

  library = rd_library_open (prefetched->path, &prefetched->error);
  if (library != NULL)
    {
      rd_library_close (library);
      prefetched->dataset = rd_window_open_dataset (prefetched->path, prefetched->report_id, &prefetched->error);
    }
  return prefetched;
}

/* Opening the library needs no display, so it runs on another CPU while
 * GTK starts (opens the display, probes GL), which takes the main thread
 * far longer. The first window takes the result; any other path is
 * opened as usual. */
static void
start_prefetch (RdApplication *self)
{
  Prefetched *prefetched = g_new0 (Prefetched, 1);

  prefetched->path = library_path (self);
  prefetched->report_id = rd_window_get_last_report (self->settings, prefetched->path);
  self->prefetch = g_thread_new ("rd-open-dataset", prefetch_thread, prefetched);
}

static Prefetched *
take_prefetched (RdApplication *self)
{
  if (self->prefetch == NULL)
    return NULL;
  return g_thread_join (g_steal_pointer (&self->prefetch));
}

/* Opens @path (a path or a URI) in a new window, then shows it. Loading
 * before the window is mapped means that its first frame is the finished
 * dashboard: the selected sector's row and the excerpt panel do not play
 * their transitions from an empty window, and the window is laid out once. */
static RdWindow *
new_window (RdApplication *self,
            const char    *path)
{
  RdWindow *window = rd_window_new (GTK_APPLICATION (self), self->settings);
  g_autoptr(Prefetched) prefetched = take_prefetched (self);

  if (prefetched != NULL && g_str_equal (prefetched->path, path))
    rd_window_show_opened (window, path, prefetched->dataset, prefetched->error);
  else
    rd_window_open_path (window, path);
  gtk_window_present (GTK_WINDOW (window));
  /* Rendering the icon for X11 costs the first frame ~10 ms: after it. */
  g_idle_add_full (G_PRIORITY_LOW, set_default_icon, NULL, NULL);
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

  path = library_path (self);
  new_window (self, path);
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

      /* Not a local file: the window says it cannot open the URI. */
      if (path == NULL)
        path = g_file_get_uri (files[i]);
      new_window (self, path);
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

/* For the About dialog's System page: what a bug report needs. */
char *
rd_application_get_system_information (RdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GString *info = g_string_new (NULL);
  GskRenderer *renderer = NULL;
  RdDataset *dataset = NULL;

  g_return_val_if_fail (RD_IS_APPLICATION (self), NULL);

  if (window != NULL && gtk_widget_get_realized (GTK_WIDGET (window)))
    renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  if (RD_IS_WINDOW (window))
    dataset = rd_window_get_dataset (RD_WINDOW (window));

  g_string_append_printf (info, "ReportDash %s\n", PACKAGE_VERSION);
  g_string_append_printf (info, "GTK %u.%u.%u, GLib %u.%u.%u\n",
                          gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
                          glib_major_version, glib_minor_version, glib_micro_version);
  /* Translators: %s is the name of GTK's renderer, such as GskGLRenderer. */
  g_string_append_printf (info, _("Drawing: %s"), renderer ? G_OBJECT_TYPE_NAME (renderer) : "-");
  if (self->renderer_chosen != NULL)
    g_string_append (info, _(" (chosen because OpenGL is drawn in software)"));
  g_string_append_c (info, '\n');
  /* Translators: %s is the file of the dataset on screen. */
  g_string_append_printf (info, _("Dataset: %s"), dataset ? rd_dataset_get_path (dataset) : "-");
  g_string_append_c (info, '\n');
  return g_string_free (info, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "ReportDash developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autofree char *system = rd_application_get_system_information (user_data);

  gtk_show_about_dialog (parent,
                         "program-name", _("ReportDash"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Browse the figures of a government work report as charts, each beside the sentence it comes from."),
                         "website", "https://example.com/reportdash",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         "translator-credits", _("translator-credits"),
                         "system-information", system,
                         NULL);
}

static void
apply_color_scheme (RdApplication *self)
{
  gboolean dark = g_str_equal (self->color_scheme, "dark") ||
                  (g_str_equal (self->color_scheme, "default") && self->system_dark);

  GtkSettings *settings = gtk_settings_get_default ();
  gboolean current = FALSE;

  /* Setting the property, even to the value it has, reloads the whole
   * theme (7 % of startup's instructions): only set it when it changes. */
  g_object_get (settings, "gtk-application-prefer-dark-theme", &current, NULL);
  if (current != dark)
    g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
}

/* The desktop's preference, as the settings portal tells it:
 * 0 no preference, 1 prefer dark, 2 prefer light. */
static void
set_system_color_scheme (RdApplication *self,
                         GVariant      *value)
{
  g_autoptr(GVariant) inner = NULL;

  while (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (value);
      g_clear_pointer (&inner, g_variant_unref);
      value = inner = next;
    }

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    {
      self->system_dark = g_variant_get_uint32 (value) == 1;
      apply_color_scheme (self);
    }
}

static void
on_portal_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RdApplication) self = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);

  if (reply != NULL)
    {
      g_autoptr(GVariant) value = NULL;
      g_variant_get (reply, "(v)", &value);
      set_system_color_scheme (self, value);
    }
}

static void
on_portal_setting_changed (GDBusConnection *connection,
                           const char      *sender,
                           const char      *path,
                           const char      *interface,
                           const char      *signal,
                           GVariant        *parameters,
                           gpointer         user_data)
{
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (g_str_equal (ns, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    set_system_color_scheme (user_data, value);
}

static void
watch_system_color_scheme (RdApplication *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

  /* No session bus (a test, a bare X session): stay light unless asked. */
  if (bus == NULL)
    return;

  self->portal_bus = g_object_ref (bus);
  self->portal_watch =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.portal.Desktop",
                                        "org.freedesktop.portal.Settings", "SettingChanged",
                                        "/org/freedesktop/portal/desktop", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                        on_portal_setting_changed, self, NULL);
  g_dbus_connection_call (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                          "org.freedesktop.portal.Settings", "Read",
                          g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 2000, NULL,
                          on_portal_read, g_object_ref (self));
}

static void
color_scheme_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  RdApplication *self = user_data;
  const char *scheme = g_variant_get_string (parameter, NULL);

  if (!g_str_equal (scheme, "default") && !g_str_equal (scheme, "light") &&
      !g_str_equal (scheme, "dark"))
    return;

  g_free (self->color_scheme);
  self->color_scheme = g_strdup (scheme);
  g_simple_action_set_state (action, parameter);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "color-scheme", scheme);
  apply_color_scheme (self);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
  { .name = "color-scheme", .activate = color_scheme_action, .parameter_type = "s", .state = "'default'" },
};

static void
rd_application_startup (GApplication *app)
{
  RdApplication *self = RD_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *import_accels[] = { "<Control>i", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", "<Control>slash", NULL };
  static const char *prev_accels[] = { "<Control>Page_Up", NULL };
  static const char *next_accels[] = { "<Control>Page_Down", NULL };
  static const char *copy_accels[] = { "<Control>c", NULL };
  static const char *present_accels[] = { "F5", NULL };
  static const char *source_accels[] = { "F9", NULL };
  static const char *zoom_in_accels[] = { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL };
  static const char *zoom_out_accels[] = { "<Control>minus", "<Control>KP_Subtract", NULL };
  static const char *zoom_reset_accels[] = { "<Control>0", "<Control>KP_0", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *export_sector_accels[] = { "<Control><Shift>e", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *view_accels[][2] = { { "<Alt>1", NULL }, { "<Alt>2", NULL }, { "<Alt>3", NULL }, { "<Alt>4", NULL }, { "<Alt>5", NULL } };
  static const char *views[] = { "charts", "table", "report", "pairs", "trends" };
  g_autoptr(GtkCssProvider) provider = NULL;

  /* Before the prefetch: it opens the report remembered. */
  self->settings = rd_application_create_settings ();
  start_prefetch (self);
  /* GtkApplication adds <resource-base-path>/icons/ to the icon theme
   * itself; adding it again made every icon lookup scan it twice. */
  G_APPLICATION_CLASS (rd_application_parent_class)->startup (app);
  self->renderer_chosen = rd_renderer_choose (gdk_display_get_default ());

  /* The stylesheet it does not load: that is libadwaita's AdwApplication. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/com/example/ReportDash/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.import-report", import_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.previous-sector", prev_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.next-sector", next_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.copy-chart", copy_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.present", present_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-source", source_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.zoom-in", zoom_in_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.zoom-out", zoom_out_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.zoom-reset", zoom_reset_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export::chart", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export::sector", export_sector_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print::chart", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.view::%s", views[i]);
      gtk_application_set_accels_for_action (GTK_APPLICATION (app), detailed, view_accels[i]);
    }

  self->color_scheme = self->settings ? g_settings_get_string (self->settings, "color-scheme")
                                      : g_strdup ("default");
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app), "color-scheme")),
                             g_variant_new_string (self->color_scheme));
  apply_color_scheme (self);
  watch_system_color_scheme (self);
}

static int
rd_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  RdApplication *self = RD_APPLICATION (app);
  const char *library = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("reportdash %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "library", "^&ay", &library))
    {
      g_free (self->library);
      self->library = g_canonicalize_filename (library, NULL);
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
  g_autoptr(Prefetched) unused = take_prefetched (self);  /* no window came */

  if (self->portal_watch != 0)
    g_dbus_connection_signal_unsubscribe (self->portal_bus, self->portal_watch);
  self->portal_watch = 0;
  g_clear_object (&self->portal_bus);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->color_scheme, g_free);
  g_clear_pointer (&self->library, g_free);

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

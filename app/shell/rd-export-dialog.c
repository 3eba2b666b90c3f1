/* rd-export-dialog.c
 *
 * Options in, files out through app/export: the same drawing as on screen,
 * written atomically. The choices are remembered in GSettings.
 */
#define G_LOG_DOMAIN "reportdash-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-chart-data.h"
#include "rd-export-dialog.h"
#include "reportdash-resources.h"

struct _RdExportDialog
{
  GtkWindow             parent_instance;

  GSettings            *settings;
  GPtrArray            *data;        /* RdChartData */
  int                   year;
  GPtrArray            *written;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  GtkStack             *stack;
  GtkDropDown          *format_drop;
  GtkDropDown          *size_drop;
  GtkWidget            *custom_box;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkDropDown          *scale_drop;
  GtkDropDown          *background_drop;
  GtkCheckButton       *title_check;
  GtkCheckButton       *source_check;
  GtkCheckButton       *caption_check;
  GtkProgressBar       *progress;
  GtkWidget            *export_button;
  GtkWidget            *preview;
  GtkWidget            *preview_note;
};

/* The preview's box: the page is fitted into it. */
#define PREVIEW_WIDTH  288
#define PREVIEW_HEIGHT 240

G_DEFINE_FINAL_TYPE (RdExportDialog, rd_export_dialog, GTK_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *format_ids[] = { "png", "svg", "pdf", NULL };
static const char *size_ids[] = { "slide", "slide-small", "a4-portrait", "a4-landscape", "custom", NULL };
static const RdExportSize size_values[] = {
  RD_EXPORT_SIZE_SLIDE, RD_EXPORT_SIZE_SLIDE_SMALL, RD_EXPORT_SIZE_A4_PORTRAIT,
  RD_EXPORT_SIZE_A4_LANDSCAPE, RD_EXPORT_SIZE_CUSTOM,
};
static const char *background_ids[] = { "white", "transparent", "dark", NULL };

static guint
index_of (const char * const *ids,
          const char         *id)
{
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return 0;
}

void
rd_export_dialog_get_options (RdExportDialog  *self,
                              RdExportOptions *options)
{
  g_return_if_fail (RD_IS_EXPORT_DIALOG (self));

  rd_export_options_init (options);
  options->format = (RdExportFormat) gtk_drop_down_get_selected (self->format_drop);
  options->size = size_values[MIN (gtk_drop_down_get_selected (self->size_drop), G_N_ELEMENTS (size_values) - 1)];
  options->width = gtk_spin_button_get_value_as_int (self->width_spin);
  options->height = gtk_spin_button_get_value_as_int (self->height_spin);
  options->scale = (int) gtk_drop_down_get_selected (self->scale_drop) + 1;
  options->background = (RdExportBackground) gtk_drop_down_get_selected (self->background_drop);
  options->include_title = gtk_check_button_get_active (self->title_check);
  options->include_source = gtk_check_button_get_active (self->source_check);
  options->include_caption = gtk_check_button_get_active (self->caption_check);
}

/* A string setting of @ids (user_data) as the index of a drop-down. */
static gboolean
id_to_index (GValue   *value,
             GVariant *variant,
             gpointer  user_data)
{
  g_value_set_uint (value, index_of (user_data, g_variant_get_string (variant, NULL)));
  return TRUE;
}

static GVariant *
index_to_id (const GValue       *value,
             const GVariantType *type,
             gpointer            user_data)
{
  const char * const *ids = user_data;
  guint index = g_value_get_uint (value);

  for (guint i = 0; ids[i] != NULL; i++)
    if (i == index)
      return g_variant_new_string (ids[i]);
  return NULL;
}

/* "export-scale" (1–3) as the index of the scale's drop-down. */
static gboolean
scale_to_index (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  g_value_set_uint (value, CLAMP (g_variant_get_int32 (variant), 1, 3) - 1);
  return TRUE;
}

static GVariant *
index_to_scale (const GValue       *value,
                const GVariantType *type,
                gpointer            user_data)
{
  return g_variant_new_int32 ((int) g_value_get_uint (value) + 1);
}

/* The dialog starts from the choices made last time and keeps each one
 * as it is made. */
static void
bind_choices (RdExportDialog *self)
{
  struct { const char *key; gpointer widget; const char * const *ids; } drops[] = {
    { "export-format", self->format_drop, format_ids },
    { "export-size", self->size_drop, size_ids },
    { "export-background", self->background_drop, background_ids },
  };
  struct { const char *key; gpointer widget; const char *property; } plain[] = {
    { "export-width", self->width_spin, "value" },
    { "export-height", self->height_spin, "value" },
    { "export-title", self->title_check, "active" },
    { "export-source", self->source_check, "active" },
    { "export-caption", self->caption_check, "active" },
  };

  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (drops); i++)
    g_settings_bind_with_mapping (self->settings, drops[i].key, drops[i].widget, "selected",
                                  G_SETTINGS_BIND_DEFAULT, id_to_index, index_to_id,
                                  (gpointer) drops[i].ids, NULL);
  g_settings_bind_with_mapping (self->settings, "export-scale", self->scale_drop, "selected",
                                G_SETTINGS_BIND_DEFAULT, scale_to_index, index_to_scale, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    g_settings_bind (self->settings, plain[i].key, plain[i].widget, plain[i].property, G_SETTINGS_BIND_DEFAULT);
}

/* Where the page goes in a @width × @height preview: fitted and centred. */
static void
preview_page (RdExportDialog *self,
              int             width,
              int             height,
              double         *x,
              double         *y,
              double         *page_width,
              double         *page_height,
              double         *zoom)
{
  RdExportOptions options;
  double w, h;

  rd_export_dialog_get_options (self, &options);
  rd_export_options_get_size (&options, &w, &h);
  *zoom = MIN ((width - 2) / w, (height - 2) / h);
  *page_width = round (w * *zoom);
  *page_height = round (h * *zoom);
  *x = floor ((width - *page_width) / 2);
  *y = floor ((height - *page_height) / 2);
}

void
rd_export_dialog_draw_preview (RdExportDialog *self,
                               cairo_t        *cr,
                               int             width,
                               int             height)
{
  RdExportOptions options;
  double x, y, pw, ph, zoom;

  g_return_if_fail (RD_IS_EXPORT_DIALOG (self));

  rd_export_dialog_get_options (self, &options);
  preview_page (self, width, height, &x, &y, &pw, &ph, &zoom);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, pw, ph);
  cairo_clip (cr);
  /* Transparent: the usual checkerboard shows what is not painted. */
  if (options.background == RD_EXPORT_BACKGROUND_TRANSPARENT)
    for (int row = 0; row * 8 < ph; row++)
      for (int col = 0; col * 8 < pw; col++)
        {
          double shade = (row + col) % 2 ? 0.8 : 0.92;

          cairo_set_source_rgb (cr, shade, shade, shade);
          cairo_rectangle (cr, x + col * 8, y + row * 8, 8, 8);
          cairo_fill (cr);
        }
  cairo_translate (cr, x, y);
  cairo_scale (cr, zoom, zoom);
  rd_export_draw (cr, g_ptr_array_index (self->data, 0), &options, pw / zoom, ph / zoom);
  cairo_restore (cr);

  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x - 0.5, y - 0.5, pw + 1, ph + 1);
  cairo_stroke (cr);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  rd_export_dialog_draw_preview (user_data, cr, width, height);
}

static void
update_preview (RdExportDialog *self)
{
  double x, y, pw, ph, zoom;

  if (self->data == NULL)
    return;
  /* As tall as the page needs at the preview's width: a slide is wide
   * and low, an A4 portrait page as tall as the box allows. */
  preview_page (self, PREVIEW_WIDTH, PREVIEW_HEIGHT, &x, &y, &pw, &ph, &zoom);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->preview), (int) ph + 2);
  gtk_widget_queue_draw (self->preview);
}

static void
update_sensitivity (RdExportDialog *self)
{
  gboolean png = gtk_drop_down_get_selected (self->format_drop) == RD_EXPORT_PNG;
  gboolean custom = size_values[gtk_drop_down_get_selected (self->size_drop)] == RD_EXPORT_SIZE_CUSTOM;

  /* Only pixels can be multiplied; vector files are sharp at any size. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_drop), png);
  gtk_widget_set_visible (self->custom_box, custom);
}

static void
on_option_changed (GObject        *object,
                   GParamSpec     *pspec,
                   RdExportDialog *self)
{
  update_sensitivity (self);
  update_preview (self);
}

static void
on_look_changed (GObject        *object,
                 RdExportDialog *self)
{
  update_preview (self);
}

static void
show_error (RdExportDialog *self,
            const GError   *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              "%s", _("Export Failed"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void ask_replace (RdExportDialog *self, const GError *error);

static void
finish (RdExportDialog *self,
        const GError   *error)
{
  gtk_stack_set_visible_child_name (self->stack, "options");
  gtk_widget_set_sensitive (self->export_button, TRUE);
  g_clear_object (&self->cancellable);

  g_signal_emit (self, signals[DONE], 0, error);

  if (error == NULL)
    gtk_window_close (GTK_WINDOW (self));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS) && self->data->len > 1)
    ask_replace (self, error);
  else
    show_error (self, error);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  RdExportDialog *self = user_data;
  g_autofree char *text = NULL;

  /* Translators: charts exported so far, and in all. */
  text = g_strdup_printf (_("%u of %u charts"), done, total);
  gtk_progress_bar_set_fraction (self->progress, total ? (double) done / total : 1.0);
  gtk_progress_bar_set_text (self->progress, text);
}

static void
on_folder_exported (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RdExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *written = rd_export_charts_finish (result, &error);

  g_clear_pointer (&self->written, g_ptr_array_unref);
  self->written = written;
  finish (self, error);
}

void
rd_export_dialog_export_to (RdExportDialog *self,
                            const char     *target,
                            gboolean        overwrite)
{
  RdExportOptions options;

  g_return_if_fail (RD_IS_EXPORT_DIALOG (self));

  rd_export_dialog_get_options (self, &options);
  options.overwrite = overwrite;
  g_clear_pointer (&self->written, g_ptr_array_unref);

  if (self->data->len == 1)
    {
      g_autoptr(GError) error = NULL;

      if (rd_export_chart (g_ptr_array_index (self->data, 0), &options, target, NULL, &error))
        {
          self->written = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (self->written, g_strdup (target));
        }
      finish (self, error);
      return;
    }

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "export-folder", target);

  gtk_widget_set_sensitive (self->export_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  on_progress (0, self->data->len, self);
  self->cancellable = g_cancellable_new ();
  rd_export_charts_async (self->data, self->year, target, &options, on_progress, self,
                          self->cancellable, on_folder_exported, g_object_ref (self));
}

void
rd_export_dialog_cancel (RdExportDialog *self)
{
  g_return_if_fail (RD_IS_EXPORT_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

GPtrArray *
rd_export_dialog_get_written (RdExportDialog *self)
{
  g_return_val_if_fail (RD_IS_EXPORT_DIALOG (self), NULL);
  return self->written;
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     RdExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_clear_object (&self->chooser);

  if (path == NULL)
    return;

  /* The save dialog has asked before replacing a file; a folder export
   * asks below when one of its names exists. */
  rd_export_dialog_export_to (self, path, self->data->len == 1);
}

static void
on_replace_response (GtkDialog      *dialog,
                     int             response,
                     RdExportDialog *self)
{
  g_autofree char *folder = g_strdup (g_object_get_data (G_OBJECT (dialog), "folder"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    rd_export_dialog_export_to (self, folder, TRUE);
}

/* Several files: ask before replacing any, then write them all at once. */
static void
ask_replace (RdExportDialog *self,
             const GError   *error)
{
  GtkWidget *dialog;
  g_autofree char *folder = self->settings ? g_settings_get_string (self->settings, "export-folder") : NULL;

  if (folder == NULL || folder[0] == '\0')
    {
      show_error (self, error);
      return;
    }

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", _("Replace the Existing Files?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Replace"), GTK_RESPONSE_ACCEPT, NULL);
  g_object_set_data_full (G_OBJECT (dialog), "folder", g_steal_pointer (&folder), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_clicked (GtkButton      *button,
                   RdExportDialog *self)
{
  RdExportOptions options;
  gboolean one = self->data->len == 1;
  g_autofree char *folder = self->settings ? g_settings_get_string (self->settings, "export-folder") : NULL;

  rd_export_dialog_get_options (self, &options);
  self->chooser = gtk_file_chooser_native_new (one ? _("Export Chart") : _("Export Charts to a Folder"),
                                               GTK_WINDOW (self),
                                               one ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                   : GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (folder == NULL || folder[0] == '\0')
    {
      g_free (folder);
      folder = g_strdup (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES));
    }
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), dir, NULL);
    }

  if (one)
    {
      g_autofree char *name = rd_export_default_filename (g_ptr_array_index (self->data, 0),
                                                          self->year, options.format);
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
      gtk_file_filter_add_mime_type (filter, rd_export_format_get_mime_type (options.format));
      gtk_file_filter_set_name (filter, format_ids[options.format]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      g_object_unref (filter);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_cancel_clicked (GtkButton      *button,
                   RdExportDialog *self)
{
  if (self->cancellable != NULL)
    rd_export_dialog_cancel (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
rd_export_dialog_dispose (GObject *object)
{
  RdExportDialog *self = RD_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->data, g_ptr_array_unref);
  g_clear_pointer (&self->written, g_ptr_array_unref);

  G_OBJECT_CLASS (rd_export_dialog_parent_class)->dispose (object);
}

static void
rd_export_dialog_class_init (RdExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_export_dialog_dispose;

  /**
   * RdExportDialog::done:
   * @error: (nullable): what went wrong, or NULL
   */
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  (void) reportdash_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, format_drop);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, size_drop);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, custom_box);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, scale_drop);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, background_drop);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, title_check);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, source_check);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, caption_check);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, RdExportDialog, preview_note);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_look_changed);
}

static void
rd_export_dialog_init (RdExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->preview), draw_preview, self, NULL);
}

RdExportDialog *
rd_export_dialog_new (GtkWindow  *parent,
                      GSettings  *settings,
                      GPtrArray  *charts,
                      const char *report_title,
                      int         year)
{
  g_autoptr(GPtrArray) data = NULL;

  g_return_val_if_fail (charts != NULL && charts->len > 0, NULL);

  data = rd_chart_data_new_for_specs (charts, report_title);
  return rd_export_dialog_new_for_data (parent, settings, data, year);
}

RdExportDialog *
rd_export_dialog_new_for_data (GtkWindow *parent,
                               GSettings *settings,
                               GPtrArray *charts,
                               int        year)
{
  RdExportDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (charts != NULL && charts->len > 0, NULL);

  self = g_object_new (RD_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->settings = settings ? g_object_ref (settings) : NULL;
  self->year = year;
  self->data = g_ptr_array_ref (charts);

  if (charts->len == 1)
    title = g_strdup_printf (_("Export “%s”"), ((RdChartData *) g_ptr_array_index (self->data, 0))->title);
  else
    {
      g_autofree char *note = NULL;

      /* Translators: %u is the number of charts. */
      title = g_strdup_printf (_("Export %u Charts"), charts->len);
      /* Translators: under the export dialog's preview; %u is the number of charts. */
      note = g_strdup_printf (_("The first of %u charts, all exported alike"), charts->len);
      gtk_label_set_text (GTK_LABEL (self->preview_note), note);
      gtk_widget_set_visible (self->preview_note, TRUE);
    }
  gtk_window_set_title (GTK_WINDOW (self), title);

  bind_choices (self);
  update_sensitivity (self);
  update_preview (self);
  return self;
}

/* rd-choose-slides.c */
#define G_LOG_DOMAIN "reportdash-choose-slides"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-choose-slides.h"
#include "rd-tooltip.h"
#include "reportdash-resources.h"

struct _RdChooseSlides
{
  GtkWindow  parent_instance;

  GSettings *settings;

  GtkWidget *start_button;
  GtkWidget *screen_drop;
  GtkBox    *sector_box;
};

G_DEFINE_FINAL_TYPE (RdChooseSlides, rd_choose_slides, GTK_TYPE_WINDOW)

enum {
  START,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *screen_ids[] = { "other", "window" };

static gboolean
screen_to_selected (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_uint (value, g_strcmp0 (g_variant_get_string (variant, NULL), "window") == 0 ? 1 : 0);
  return TRUE;
}

static GVariant *
selected_to_screen (const GValue       *value,
                    const GVariantType *type,
                    gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (screen_ids) ? g_variant_new_string (screen_ids[i]) : NULL;
}

static void
on_sector_toggled (GtkCheckButton *button,
                   RdChooseSlides *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sector_box)); child;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "sector-id"));

  ids = g_strv_builder_end (builder);
  if (self->settings != NULL)
    g_settings_set_strv (self->settings, "presentation-sectors", (const char * const *) ids);
}

static void
on_start_clicked (RdChooseSlides *self)
{
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[START], 0);
  g_object_unref (self);
}

static gboolean
on_key_pressed (RdChooseSlides  *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
rd_choose_slides_dispose (GObject *object)
{
  RdChooseSlides *self = RD_CHOOSE_SLIDES (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rd_choose_slides_parent_class)->dispose (object);
}

static void
rd_choose_slides_class_init (RdChooseSlidesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_choose_slides_dispose;

  /**
   * RdChooseSlides::start:
   *
   * Start Slideshow was clicked: show the chosen sectors.
   */
  signals[START] =
    g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  (void) reportdash_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-choose-slides.ui");
  gtk_widget_class_bind_template_child (widget_class, RdChooseSlides, start_button);
  gtk_widget_class_bind_template_child (widget_class, RdChooseSlides, screen_drop);
  gtk_widget_class_bind_template_child (widget_class, RdChooseSlides, sector_box);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
}

static void
rd_choose_slides_init (RdChooseSlides *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Here rather than in the .ui: see rd_widget_set_tooltip(). */
  rd_widget_set_tooltip (self->start_button, _("Show the charts of the chosen sectors full screen (F5)"));
  rd_widget_set_tooltip (self->screen_drop, _("With a projector or a second display connected, the slides go there and this window stays where it is"));
}

RdChooseSlides *
rd_choose_slides_new (GtkWindow *parent,
                      RdDataset *dataset,
                      GSettings *settings)
{
  RdChooseSlides *self;
  g_auto(GStrv) chosen = NULL;
  GListModel *sectors;

  g_return_val_if_fail (RD_IS_DATASET (dataset), NULL);

  self = g_object_new (RD_TYPE_CHOOSE_SLIDES, "transient-for", parent, NULL);
  self->settings = settings ? g_object_ref (settings) : NULL;
  if (settings != NULL)
    {
      chosen = g_settings_get_strv (settings, "presentation-sectors");
      g_settings_bind_with_mapping (settings, "presentation-screen", self->screen_drop, "selected",
                                    G_SETTINGS_BIND_DEFAULT, screen_to_selected, selected_to_screen,
                                    NULL, NULL);
    }

  sectors = rd_dataset_get_sectors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      GtkWidget *check = gtk_check_button_new_with_label (rd_sector_get_name (sector));

      g_object_set_data_full (G_OBJECT (check), "sector-id", g_strdup (rd_sector_get_id (sector)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen && g_strv_contains ((const char * const *) chosen,
                                                              rd_sector_get_id (sector)));
      g_signal_connect (check, "toggled", G_CALLBACK (on_sector_toggled), self);
      gtk_box_append (self->sector_box, check);
    }

  return self;
}

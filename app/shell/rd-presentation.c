/* rd-presentation.c
 *
 * Keys as in presentation programs: →, Space, PgDn next; ←, PgUp previous;
 * Home, End; a number then Enter jumps; B blanks the screen; Esc leaves,
 * and the main window shows the chart the show ended on.
 */
#define G_LOG_DOMAIN "reportdash-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-presentation.h"
#include "rd-slide-view.h"

struct _RdPresentation
{
  GtkWindow    parent_instance;

  RdDataset   *dataset;
  GPtrArray   *deck;        /* RdChartSpec items; NULL: the one slide of
                             * chart data that the slide view holds */
  RdIndicator *selected;
  guint        index;
  GString     *typed;       /* digits typed before Enter */
  RdSlideView *slide;
  GtkLabel    *jump_label;
  GdkMonitor  *monitor;     /* where it was shown, or NULL */
};

G_DEFINE_FINAL_TYPE (RdPresentation, rd_presentation, GTK_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_slides (RdPresentation *self)
{
  return self->deck != NULL ? self->deck->len : 1;
}

static void
show_slide (RdPresentation *self,
            guint           index)
{
  RdChartSpec *spec;
  RdSector *sector;
  RdIndicator *caption = NULL;

  if (n_slides (self) == 0)
    return;

  self->index = MIN (index, n_slides (self) - 1);
  rd_slide_view_set_blank (self->slide, FALSE);
  /* A slide of chart data is already in the slide view. */
  if (self->deck == NULL)
    return;

  spec = g_ptr_array_index (self->deck, self->index);
  sector = rd_dataset_find_sector (self->dataset, rd_chart_spec_get_sector (spec));

  /* The figure chosen before the show captions its own chart. */
  for (guint i = 0; self->selected != NULL && i < rd_chart_spec_get_n_figures (spec); i++)
    if (rd_chart_spec_get_figure (spec, i) == self->selected)
      caption = self->selected;

  rd_slide_view_set_slide (self->slide, spec, caption,
                           sector ? rd_sector_get_name (sector) : NULL,
                           rd_dataset_get_title (self->dataset),
                           self->index + 1, self->deck->len);
}

static void
set_typed (RdPresentation *self,
           const char     *digits)
{
  g_string_assign (self->typed, digits);
  if (self->typed->len > 0)
    {
      /* Translators: shown while a slide number is typed, before Enter. */
      g_autofree char *text = g_strdup_printf (_("Go to slide %s"), self->typed->str);
      gtk_label_set_text (self->jump_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->jump_label), self->typed->len > 0);
}

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RdPresentation        *self)
{
  int digit = digit_of (keyval);
  guint last = n_slides (self) ? n_slides (self) - 1 : 0;

  if (digit >= 0)
    {
      if (self->typed->len < 4)
        g_string_append_c (self->typed, '0' + digit);
      set_typed (self, self->typed->str);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (self->typed->len > 0)
        {
          guint64 n = g_ascii_strtoull (self->typed->str, NULL, 10);

          set_typed (self, "");
          if (n >= 1 && n <= n_slides (self))
            show_slide (self, n - 1);
          return TRUE;
        }
      show_slide (self, MIN (self->index + 1, last));
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_space:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      set_typed (self, "");
      show_slide (self, MIN (self->index + 1, last));
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
      set_typed (self, "");
      show_slide (self, self->index > 0 ? self->index - 1 : 0);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      set_typed (self, "");
      show_slide (self, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      set_typed (self, "");
      show_slide (self, last);
      return TRUE;

    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      rd_slide_view_set_blank (self->slide, !rd_slide_view_get_blank (self->slide));
      return TRUE;

    case GDK_KEY_Escape:
      if (self->typed->len > 0)
        {
          set_typed (self, "");
          return TRUE;
        }
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;

    default:
      return FALSE;
    }
}

static void
on_click (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          RdPresentation  *self)
{
  /* A click moves on, as in presentation programs; the right button goes back. */
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  guint last = n_slides (self) ? n_slides (self) - 1 : 0;

  if (button == GDK_BUTTON_SECONDARY)
    show_slide (self, self->index > 0 ? self->index - 1 : 0);
  else
    show_slide (self, MIN (self->index + 1, last));
}

static gboolean
rd_presentation_close_request (GtkWindow *window)
{
  RdPresentation *self = RD_PRESENTATION (window);

  g_signal_emit (self, signals[FINISHED], 0, rd_presentation_get_chart (self));
  return GTK_WINDOW_CLASS (rd_presentation_parent_class)->close_request (window);
}

static void
rd_presentation_dispose (GObject *object)
{
  RdPresentation *self = RD_PRESENTATION (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->selected);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->deck, g_ptr_array_unref);
  if (self->typed != NULL)
    {
      g_string_free (self->typed, TRUE);
      self->typed = NULL;
    }

  G_OBJECT_CLASS (rd_presentation_parent_class)->dispose (object);
}

static void
rd_presentation_class_init (RdPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rd_presentation_dispose;
  window_class->close_request = rd_presentation_close_request;

  /**
   * RdPresentation::finished:
   * @chart: the RdChartSpec shown last, or NULL for a slide of chart data
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_CHART_SPEC);
}

static void
rd_presentation_init (RdPresentation *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->typed = g_string_new (NULL);
  self->slide = RD_SLIDE_VIEW (rd_slide_view_new ());
  self->jump_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->jump_label), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->jump_label), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->jump_label), "osd");
  gtk_widget_add_css_class (GTK_WIDGET (self->jump_label), "title-1");
  gtk_widget_set_visible (GTK_WIDGET (self->jump_label), FALSE);

  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->slide));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->jump_label));
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self->slide), GTK_EVENT_CONTROLLER (click));
}

/* A presentation over @parent: fullscreen on the monitor of the window;
 * the size also serves where no window manager honours fullscreen. */
static RdPresentation *
presentation_new (GtkWindow *parent)
{
  RdPresentation *self = g_object_new (RD_TYPE_PRESENTATION, NULL);

  if (parent != NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));
      GdkMonitor *monitor = NULL;

      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

      if (surface != NULL)
        monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)), surface);
      if (monitor != NULL)
        {
          GdkRectangle geometry;

          gdk_monitor_get_geometry (monitor, &geometry);
          gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
        }
    }
  return self;
}

guint
rd_presentation_pick_monitor (const GdkRectangle *monitors,
                              guint               n_monitors,
                              guint               window_monitor,
                              gboolean            other_screen)
{
  guint best = window_monitor;
  gint64 best_area = -1;

  g_return_val_if_fail (n_monitors == 0 || monitors != NULL, 0);

  if (!other_screen || n_monitors < 2 || window_monitor >= n_monitors)
    return window_monitor < n_monitors ? window_monitor : 0;
  for (guint i = 0; i < n_monitors; i++)
    {
      gint64 area = (gint64) monitors[i].width * monitors[i].height;

      if (i != window_monitor && area > best_area)
        {
          best = i;
          best_area = area;
        }
    }
  return best;
}

void
rd_presentation_show_on (RdPresentation *self,
                         GdkMonitor     *monitor)
{
  g_return_if_fail (RD_IS_PRESENTATION (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  g_set_object (&self->monitor, monitor);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      /* The size also serves where no window manager honours fullscreen. */
      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
    }
  gtk_window_present (GTK_WINDOW (self));
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

GdkMonitor *
rd_presentation_get_monitor (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  return self->monitor;
}

RdPresentation *
rd_presentation_new (GtkWindow   *parent,
                     RdDataset   *dataset,
                     GPtrArray   *deck,
                     guint        start,
                     RdIndicator *selected)
{
  RdPresentation *self;

  g_return_val_if_fail (RD_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (deck != NULL && deck->len > 0, NULL);

  self = presentation_new (parent);
  self->dataset = g_object_ref (dataset);
  self->deck = g_ptr_array_ref (deck);
  g_set_object (&self->selected, selected);
  show_slide (self, start);

  return self;
}

RdPresentation *
rd_presentation_new_for_chart (GtkWindow   *parent,
                               RdChartData *data,
                               const char  *section,
                               RdIndicator *caption)
{
  RdPresentation *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (caption == NULL || RD_IS_INDICATOR (caption), NULL);

  self = presentation_new (parent);
  rd_slide_view_set_chart_data (self->slide, data, caption, section, 1, 1);
  show_slide (self, 0);

  return self;
}

guint
rd_presentation_get_index (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), 0);
  return self->index;
}

guint
rd_presentation_get_n_slides (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), 0);
  return n_slides (self);
}

RdChartSpec *
rd_presentation_get_chart (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  return self->deck != NULL && self->deck->len ? g_ptr_array_index (self->deck, self->index) : NULL;
}

const char *
rd_presentation_get_chart_title (RdPresentation *self)
{
  const RdChartData *data;

  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  data = rd_slide_view_get_chart_data (self->slide);
  return data != NULL ? data->title : NULL;
}

gboolean
rd_presentation_get_blank (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), FALSE);
  return rd_slide_view_get_blank (self->slide);
}

GtkWidget *
rd_presentation_get_slide_view (RdPresentation *self)
{
  g_return_val_if_fail (RD_IS_PRESENTATION (self), NULL);
  return GTK_WIDGET (self->slide);
}

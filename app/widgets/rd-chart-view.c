/* rd-chart-view.c
 *
 * Draws through rd_render_chart(), keeps the hit regions of the last draw
 * for hover, click and tooltips, and moves a focus ring between marks with
 * the arrow keys.
 */
#define G_LOG_DOMAIN "reportdash-chart-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rd-chart-data.h"
#include "rd-chart-view.h"
#include "rd-focus-ring.h"
#include "rd-render.h"

struct _RdChartView
{
  GtkWidget      parent_instance;

  RdChartSpec   *spec;
  RdChartData   *data;
  GArray        *hits;
  RdRenderState  state;
  gboolean       dark;
  double         min_em;  /* RdRenderStyle.min_em: text scaling × zoom */
  double         text_scale;  /* the desktop's text scaling factor */
  double         zoom;        /* the window's (rd_chart_view_set_zoom()) */
  GPtrArray     *marks;   /* RdChartMark children, one per item */
  RdIndicator   *selected_figure;  /* the window's, whether drawn here or not */

  /* The last drawing and what it was drawn for. Allocation needs the hit
   * regions and snapshot the pixels: one pass of the renderer gives both. */
  GskRenderNode *drawing;
  int            drawn_width;
  int            drawn_height;
  gboolean       drawn_dark;
  double         drawn_min_em;
  RdRenderState  drawn_state;

  /* Scrolled out of sight at its last allocation: not drawn until it
   * scrolls into view or something asks for its hit regions. */
  gboolean       hidden;
  GtkAdjustment *watched;   /* the vertical adjustment that may reveal it (owned) */
};

/* An invisible child for each mark, placed over it, so that assistive
 * technologies see every figure with its own name and description (GTK 4.8
 * has no other way to expose parts of a drawing). It takes no input: the
 * chart handles pointer and keys. */
#define RD_TYPE_CHART_MARK (rd_chart_mark_get_type ())
G_DECLARE_FINAL_TYPE (RdChartMark, rd_chart_mark, RD, CHART_MARK, GtkWidget)

struct _RdChartMark
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RdChartMark, rd_chart_mark, GTK_TYPE_WIDGET)

static void
rd_chart_mark_class_init (RdChartMarkClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "mark");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
rd_chart_mark_init (RdChartMark *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

G_DEFINE_FINAL_TYPE (RdChartView, rd_chart_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SELECTED_FIGURE,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_state (const RdRenderState *a,
            const RdRenderState *b)
{
  return a->hovered == b->hovered && a->selected == b->selected && a->focused == b->focused;
}

/* Draws the chart for the current size and state into a cairo render node,
 * refreshing the hit regions, unless the last drawing is still right. */
static GskRenderNode *
ensure_drawing (RdChartView *self,
                int          width,
                int          height)
{
  RdRenderState state = self->state;
  RdRenderStyle style;
  cairo_t *cr;

  /* The focus ring shows only while the keyboard is on this chart. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    state.focused = -1;

  if (self->drawing != NULL &&
      self->drawn_width == width && self->drawn_height == height &&
      self->drawn_dark == self->dark && self->drawn_min_em == self->min_em &&
      same_state (&self->drawn_state, &state))
    return self->drawing;

  g_clear_pointer (&self->drawing, gsk_render_node_unref);
  self->drawing = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  self->drawn_width = width;
  self->drawn_height = height;
  self->drawn_dark = self->dark;
  self->drawn_min_em = self->min_em;
  self->drawn_state = state;

  rd_render_style_init (&style, self->dark);
  style.min_em = self->min_em;
  cr = gsk_cairo_node_get_draw_context (self->drawing);
  rd_render_chart (cr, self->data, &style, &state, width, height, self->hits);
  cairo_destroy (cr);

  return self->drawing;
}

/* The hit regions for the current size, drawing first if the chart has
 * not been drawn at this size yet (scrolled out of sight). The regions do
 * not depend on hover, selection or style: a drawing of another state
 * serves. */
static GArray *
current_hits (RdChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->data != NULL && width > 0 && height > 0 &&
      (self->drawing == NULL || self->drawn_width != width || self->drawn_height != height))
    ensure_drawing (self, width, height);
  return self->hits;
}

static void
rd_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RdChartView *self = RD_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->data == NULL || width <= 0 || height <= 0 || self->hidden)
    return;

  gtk_snapshot_append_node (snapshot, ensure_drawing (self, width, height));
  if (gtk_widget_has_visible_focus (widget))
    rd_widget_snapshot_focus_ring (widget, snapshot, width, height, 0);
}

static void
rd_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  RdChartView *self = RD_CHART_VIEW (widget);
  int min_w = 260, nat_w = 340, nat_h = 320;

  if (self->data != NULL)
    rd_render_chart_size_hint (self->data, &min_w, &nat_w, &nat_h);

  /* Two charts a row in a 1280-pixel window, three from about 1700:
   * the dashboard grid, not the chart, decides the width. Zoomed in,
   * charts are wider too, so fewer go in a row. */
  min_w = (int) ceil (MIN (min_w, 300) * self->zoom);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_w;
      *natural = CLAMP ((int) ceil (nat_w * self->zoom), min_w, (int) ceil (380 * self->zoom));
    }
  else
    {
      /* Larger text (the desktop's text scaling) needs a taller chart for
       * the same room to plot in. */
      double scale = MAX (1.0, self->min_em / RD_RENDER_MIN_EM);

      *minimum = (int) ceil (MAX (200, nat_h * 4 / 5) * scale);
      *natural = MAX (*minimum, (int) ceil (nat_h * scale));
    }
}

static void
on_scrolled (GtkAdjustment *adjustment,
             RdChartView   *self)
{
  /* Allocation decides again, once the viewport has moved its child. */
  if (self->hidden)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Whether a chart of @width × @height lies wholly outside the viewport it
 * scrolls in. A page of charts draws only those in sight: the others are
 * drawn when they scroll into view, which keeps opening a page and the
 * first frame short. */
static gboolean
out_of_sight (RdChartView *self,
              int          width,
              int          height)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  GtkAdjustment *adjustment;
  graphene_point_t origin;

  if (viewport == NULL ||
      !gtk_widget_compute_point (GTK_WIDGET (self), viewport, &GRAPHENE_POINT_INIT (0, 0), &origin))
    return FALSE;

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  if (adjustment != self->watched)
    {
      if (self->watched != NULL)
        g_signal_handlers_disconnect_by_func (self->watched, on_scrolled, self);
      g_set_object (&self->watched, adjustment);
      if (adjustment != NULL)
        g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled), self);
    }

  return origin.y + height <= 0 || origin.y >= gtk_widget_get_height (viewport) ||
         origin.x + width <= 0 || origin.x >= gtk_widget_get_width (viewport);
}

static void
rd_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RdChartView *self = RD_CHART_VIEW (widget);
  gboolean was_hidden = self->hidden;

  if (self->data == NULL)
    return;

  self->hidden = width > 0 && height > 0 && out_of_sight (self, width, height);
  if (self->hidden)
    ;  /* marks keep the regions of the last drawing, if any */
  else if (width > 0 && height > 0)
    ensure_drawing (self, width, height);
  else
    g_array_set_size (self->hits, 0);
  if (was_hidden && !self->hidden)
    gtk_widget_queue_draw (widget);
  for (guint i = 0; i < self->marks->len; i++)
    {
      GtkWidget *mark = g_ptr_array_index (self->marks, i);
      GtkAllocation area = { 0, 0, 0, 0 };

      for (guint j = 0; j < self->hits->len; j++)
        {
          const RdHitRegion *r = &g_array_index (self->hits, RdHitRegion, j);

          if (r->item == i)
            area = (GtkAllocation) { (int) r->x, (int) r->y, (int) r->width, (int) r->height };
        }
      gtk_widget_size_allocate (mark, &area, -1);
    }
}

static void
set_hovered (RdChartView *self,
             int          index)
{
  if (self->state.hovered == index)
    return;

  self->state.hovered = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (RdChartView *self)
{
  g_autofree char *description = NULL;
  int index = self->state.focused;

  if (self->data == NULL)
    return;

  if (index >= 0 && (guint) index < self->data->items->len)
    description = g_strdup (g_array_index (self->data->items, RdChartItem, index).description);
  else
    description = rd_chart_data_describe (self->data);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->data->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
rd_chart_view_activate_mark (RdChartView *self,
                             guint        index)
{
  RdChartItem *item;

  g_return_if_fail (RD_IS_CHART_VIEW (self));
  g_return_if_fail (self->data != NULL && index < self->data->items->len);

  item = &g_array_index (self->data->items, RdChartItem, index);
  self->state.selected = index;
  self->state.focused = index;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, item->user_data);
}

int
rd_chart_view_activate_at (RdChartView *self,
                           double       x,
                           double       y)
{
  int index;

  g_return_val_if_fail (RD_IS_CHART_VIEW (self), -1);

  index = rd_hit_regions_lookup (current_hits (self), x, y);
  if (index >= 0)
    rd_chart_view_activate_mark (self, index);
  return index;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   RdChartView     *self)
{
  if (rd_chart_view_activate_at (self, x, y) >= 0)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RdChartView              *self)
{
  set_hovered (self, rd_hit_regions_lookup (current_hits (self), x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          RdChartView              *self)
{
  set_hovered (self, -1);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  RdChartView *self = RD_CHART_VIEW (widget);
  int index;

  if (self->data == NULL)
    return FALSE;

  index = keyboard_mode ? self->state.focused : rd_hit_regions_lookup (current_hits (self), x, y);
  if (index < 0 || (guint) index >= self->data->items->len)
    return FALSE;

  {
    RdChartItem *item = &g_array_index (self->data->items, RdChartItem, index);
    g_autofree char *markup = NULL;
    g_autofree char *excerpt = NULL;
    g_autofree char *escaped = NULL;

    /* The figure, then the first words of the sentence it comes from. */
    if (item->user_data != NULL)
      {
        /* The words around the figure, not the start of a long sentence. */
        const char *text = rd_indicator_get_excerpt (item->user_data);
        glong n = g_utf8_strlen (text, -1);
        gsize hl_start, hl_end;
        glong at, from, to;
        g_autofree char *middle = NULL;

        rd_indicator_get_highlight (item->user_data, &hl_start, &hl_end);
        at = g_utf8_pointer_to_offset (text, text + hl_start);
        from = MAX (0, at - 16);
        to = MIN (n, from + 44);
        middle = g_utf8_substring (text, from, to);
        excerpt = g_strconcat (from > 0 ? "…" : "", middle, to < n ? "…" : "", NULL);
      }
    escaped = g_markup_escape_text (item->description, -1);
    if (excerpt != NULL)
      {
        g_autofree char *quote = g_markup_escape_text (excerpt, -1);
        markup = g_strdup_printf ("<b>%s</b>\n%s", escaped, quote);
      }
    else
      markup = g_strdup_printf ("<b>%s</b>", escaped);
    gtk_tooltip_set_markup (tooltip, markup);
  }
  return TRUE;
}

static gboolean
move_focus (RdChartView *self,
            int          delta)
{
  int n = self->data ? (int) self->data->items->len : 0;
  int index;

  if (n == 0)
    return FALSE;

  index = self->state.focused < 0 ? (delta > 0 ? 0 : n - 1) : self->state.focused + delta;
  if (index < 0 || index >= n)
    return FALSE;

  self->state.focused = index;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        modifiers,
                RdChartView           *self)
{
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_focus (self, -1);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_focus (self, +1);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->state.focused < 0 && !move_focus (self, +1))
        return FALSE;
      rd_chart_view_activate_mark (self, self->state.focused);
      return TRUE;
    default:
      return FALSE;
    }
}

/* The focus ring and the focused mark show only while the chart has the
 * keyboard: :focus-visible comes with the first key press, possibly after
 * the focus moved. */
static void
rd_chart_view_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  rd_widget_focus_state_changed (widget, previous);
  GTK_WIDGET_CLASS (rd_chart_view_parent_class)->state_flags_changed (widget, previous);
}

gboolean
rd_widget_prefers_dark (GtkWidget *widget)
{
  gboolean dark = FALSE;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  g_object_get (gtk_widget_get_settings (widget), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static void
on_prefer_dark_changed (GtkSettings *settings,
                        GParamSpec  *pspec,
                        RdChartView *self)
{
  rd_chart_view_set_dark (self, rd_widget_prefers_dark (GTK_WIDGET (self)));
}

/* On screen a chart's text size unit is at least this many pixels: its
 * labels 11 px and its smallest text 10 px, where a file's floor
 * (RD_RENDER_MIN_EM) gives 9 px, too small for Chinese at arm's length.
 * It grows with the desktop's text scaling factor (GNOME's "Large Text"
 * sets gtk-xft-dpi to 1.25 × 96 dpi), as the rest of the interface does,
 * and the chart grows taller to keep its room to plot in. */
#define SCREEN_MIN_EM 13.0

static void
update_min_em (RdChartView *self)
{
  double min_em = SCREEN_MIN_EM * self->text_scale * self->zoom;

  if (self->min_em == min_em)
    return;
  self->min_em = min_em;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_text_scaling_changed (GtkSettings *settings,
                         GParamSpec  *pspec,
                         RdChartView *self)
{
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  self->text_scale = dpi > 0 ? CLAMP (dpi / (96.0 * 1024), 1.0, 3.0) : 1.0;
  update_min_em (self);
}

static void
rd_chart_view_root (GtkWidget *widget)
{
  GtkSettings *settings;

  GTK_WIDGET_CLASS (rd_chart_view_parent_class)->root (widget);

  /* Charts follow the application's style, which follows the desktop's
   * dark preference unless the user chose one. */
  settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (on_prefer_dark_changed), widget, 0);
  on_prefer_dark_changed (settings, NULL, RD_CHART_VIEW (widget));
  g_signal_connect_object (settings, "notify::gtk-xft-dpi",
                           G_CALLBACK (on_text_scaling_changed), widget, 0);
  on_text_scaling_changed (settings, NULL, RD_CHART_VIEW (widget));
}

static void
rd_chart_view_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget),
                                        on_prefer_dark_changed, widget);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget),
                                        on_text_scaling_changed, widget);
  GTK_WIDGET_CLASS (rd_chart_view_parent_class)->unroot (widget);
}

static void
rd_chart_view_dispose (GObject *object)
{
  RdChartView *self = RD_CHART_VIEW (object);

  if (self->marks != NULL)
    {
      for (guint i = 0; i < self->marks->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->marks, i));
      g_clear_pointer (&self->marks, g_ptr_array_unref);
    }
  g_clear_object (&self->spec);
  g_clear_object (&self->selected_figure);
  g_clear_pointer (&self->data, rd_chart_data_free);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->drawing, gsk_render_node_unref);
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, on_scrolled, self);
  g_clear_object (&self->watched);

  G_OBJECT_CLASS (rd_chart_view_parent_class)->dispose (object);
}

static void
rd_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RdChartView *self = RD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_FIGURE:
      g_value_set_object (value, self->selected_figure);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RdChartView *self = RD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_FIGURE:
      rd_chart_view_set_selected_figure (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      rd_chart_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_chart_view_class_init (RdChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_chart_view_dispose;
  object_class->get_property = rd_chart_view_get_property;
  object_class->set_property = rd_chart_view_set_property;
  widget_class->snapshot = rd_chart_view_snapshot;
  widget_class->state_flags_changed = rd_chart_view_state_flags_changed;
  widget_class->measure = rd_chart_view_measure;
  widget_class->size_allocate = rd_chart_view_size_allocate;
  widget_class->root = rd_chart_view_root;
  widget_class->unroot = rd_chart_view_unroot;

  /**
   * RdChartView::figure-activated:
   * @indicator: the RdIndicator of the mark
   *
   * A mark was clicked, or Enter was pressed on it.
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /* The figure chosen in the window: its mark is drawn selected when the
   * chart has one. */
  properties[PROP_SELECTED_FIGURE] =
    g_param_spec_object ("selected-figure", NULL, NULL, RD_TYPE_INDICATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The window's zoom (1–2), over the desktop's text scaling. */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.1, 10.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
rd_chart_view_init (RdChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkEventController *controller;

  self->state = (RdRenderState) RD_RENDER_STATE_INIT;
  self->hits = rd_hit_regions_new ();
  self->marks = g_ptr_array_new ();
  self->min_em = SCREEN_MIN_EM;
  self->text_scale = 1.0;
  self->zoom = 1.0;

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);  /* rounded corners */
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, controller);

}

GtkWidget *
rd_chart_view_new (RdChartSpec *spec,
                   const char  *report_title)
{
  RdChartView *self;

  g_return_val_if_fail (RD_IS_CHART_SPEC (spec), NULL);

  self = g_object_new (RD_TYPE_CHART_VIEW, NULL);
  self->spec = g_object_ref (spec);
  self->data = rd_chart_data_new_for_spec (spec, report_title);

  for (guint i = 0; i < self->data->items->len; i++)
    {
      RdChartItem *item = &g_array_index (self->data->items, RdChartItem, i);
      GtkWidget *mark = g_object_new (RD_TYPE_CHART_MARK, NULL);

      gtk_accessible_update_property (GTK_ACCESSIBLE (mark),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, item->label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, item->description,
                                      -1);
      gtk_widget_set_parent (mark, GTK_WIDGET (self));
      g_ptr_array_add (self->marks, mark);
    }
  update_accessible (self);

  return GTK_WIDGET (self);
}

RdChartSpec *
rd_chart_view_get_spec (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  return self->spec;
}

int
rd_chart_view_get_selected (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), -1);
  return self->state.selected;
}

void
rd_chart_view_set_selected (RdChartView *self,
                            int          index)
{
  g_return_if_fail (RD_IS_CHART_VIEW (self));

  if (self->state.selected == index)
    return;
  self->state.selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
rd_chart_view_get_focused (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), -1);
  return self->state.focused;
}

gboolean
rd_chart_view_get_mark_center (RdChartView *self,
                               guint        index,
                               double      *x,
                               double      *y)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), FALSE);

  current_hits (self);
  for (guint i = 0; i < self->hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (self->hits, RdHitRegion, i);

      if (r->item == index)
        {
          *x = r->x + r->width / 2;
          *y = r->y + r->height / 2;
          return TRUE;
        }
    }

  return FALSE;
}

void
rd_chart_view_set_zoom (RdChartView *self,
                        double       zoom)
{
  g_return_if_fail (RD_IS_CHART_VIEW (self));
  g_return_if_fail (zoom > 0);

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  update_min_em (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
rd_chart_view_set_selected_figure (RdChartView *self,
                                   RdIndicator *figure)
{
  int index = -1;

  g_return_if_fail (RD_IS_CHART_VIEW (self));
  g_return_if_fail (figure == NULL || RD_IS_INDICATOR (figure));

  if (!g_set_object (&self->selected_figure, figure))
    return;
  for (guint i = 0; figure != NULL && self->data != NULL && i < self->data->items->len && index < 0; i++)
    if (g_array_index (self->data->items, RdChartItem, i).user_data == (gpointer) figure)
      index = i;
  rd_chart_view_set_selected (self, index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_FIGURE]);
}

RdIndicator *
rd_chart_view_get_selected_figure (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  return self->selected_figure;
}

double
rd_chart_view_get_zoom (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), 1.0);
  return self->zoom;
}

double
rd_chart_view_get_min_em (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), 0);
  return self->min_em;
}

gboolean
rd_chart_view_get_dark (RdChartView *self)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), FALSE);
  return self->dark;
}

void
rd_chart_view_set_dark (RdChartView *self,
                        gboolean     dark)
{
  g_return_if_fail (RD_IS_CHART_VIEW (self));

  if (self->dark == dark)
    return;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
rd_chart_view_get_mark_widget (RdChartView *self,
                               guint        index)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);
  return g_ptr_array_index (self->marks, index);
}

GdkTexture *
rd_chart_view_render_texture (RdChartView *self,
                              int          width,
                              int          height)
{
  g_return_val_if_fail (RD_IS_CHART_VIEW (self), NULL);
  return rd_chart_texture_new (self->data, width, height);
}

GdkTexture *
rd_chart_texture_new (const RdChartData *data,
                      int                width,
                      int                height)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  RdRenderStyle style;
  cairo_t *cr;
  GdkTexture *texture;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  /* Documents and slides are light whatever the app's style. */
  rd_render_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  rd_render_chart (cr, data, &style, NULL, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  /* CAIRO_FORMAT_ARGB32 is premultiplied BGRA in memory on little-endian,
   * which is GDK_MEMORY_DEFAULT. */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  return texture;
}

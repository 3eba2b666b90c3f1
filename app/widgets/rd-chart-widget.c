/* rd-chart-widget.c
 *
 * Draws through rd_render_chart() into a cached render node, keeps the hit
 * regions of the last drawing for hover, click and tooltips, and moves a
 * focus ring between marks with the arrow keys. The dashboard's charts
 * (RdChartView) and the pairs view's chart are kinds of it.
 */
#define G_LOG_DOMAIN "reportdash-chart-widget"

#include "config.h"

#include <math.h>

#include "rd-chart-widget.h"
#include "rd-focus-ring.h"

typedef struct
{
  RdChartData   *data;
  GArray        *hits;
  RdRenderState  state;
  RdIndicator   *selected_figure;  /* the window's, whether drawn here or not */
  gboolean       dark;
  double         min_em;      /* RdRenderStyle.min_em: text scaling × zoom */
  double         text_scale;  /* the desktop's text scaling factor */
  double         zoom;

  /* The last drawing and what it was drawn for. Allocation needs the hit
   * regions and snapshot the pixels: one pass of the renderer gives both. */
  GskRenderNode *drawing;
  int            drawn_width;
  int            drawn_height;
  gboolean       drawn_dark;
  double         drawn_em;
  double         drawn_min_em;
  RdRenderState  drawn_state;

  /* Scrolled out of sight at its last allocation: not drawn until it
   * scrolls into view or something asks for its hit regions. */
  gboolean       hidden;
  GtkAdjustment *watched;   /* the vertical adjustment that may reveal it (owned) */
} RdChartWidgetPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RdChartWidget, rd_chart_widget, GTK_TYPE_WIDGET)

#define PRIV(self) ((RdChartWidgetPrivate *) rd_chart_widget_get_instance_private (RD_CHART_WIDGET (self)))

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

/* On screen a chart's text size unit is at least this many pixels: its
 * labels 11 px and its smallest text 10 px, where a file's floor
 * (RD_RENDER_MIN_EM) gives 9 px, too small for Chinese at arm's length.
 * It grows with the desktop's text scaling factor (GNOME's "Large Text"
 * sets gtk-xft-dpi to 1.25 × 96 dpi), as the rest of the interface does,
 * and the chart grows taller to keep its room to plot in. */
#define SCREEN_MIN_EM 13.0

static void
rd_chart_widget_real_screen_style (RdChartWidget *self,
                                   RdRenderStyle *style)
{
  RdChartWidgetPrivate *priv = PRIV (self);

  rd_render_style_init (style, priv->dark);
  style->min_em = priv->min_em;
}

static gboolean
same_state (const RdRenderState *a,
            const RdRenderState *b)
{
  return a->hovered == b->hovered && a->selected == b->selected && a->focused == b->focused;
}

/* Draws the chart for the current size and state into a cairo render node,
 * refreshing the hit regions, unless the last drawing is still right. */
static GskRenderNode *
ensure_drawing (RdChartWidget *self,
                int            width,
                int            height)
{
  RdChartWidgetPrivate *priv = PRIV (self);
  RdRenderState state = priv->state;
  RdRenderStyle style;
  cairo_t *cr;

  /* The focus ring shows only while the keyboard is on this chart. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    state.focused = -1;
  RD_CHART_WIDGET_GET_CLASS (self)->screen_style (self, &style);

  if (priv->drawing != NULL &&
      priv->drawn_width == width && priv->drawn_height == height &&
      priv->drawn_dark == style.dark && priv->drawn_em == style.em && priv->drawn_min_em == style.min_em &&
      same_state (&priv->drawn_state, &state))
    return priv->drawing;

  g_clear_pointer (&priv->drawing, gsk_render_node_unref);
  priv->drawing = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  priv->drawn_width = width;
  priv->drawn_height = height;
  priv->drawn_dark = style.dark;
  priv->drawn_em = style.em;
  priv->drawn_min_em = style.min_em;
  priv->drawn_state = state;

  cr = gsk_cairo_node_get_draw_context (priv->drawing);
  rd_render_chart (cr, priv->data, &style, &state, width, height, priv->hits);
  cairo_destroy (cr);

  return priv->drawing;
}

/* The regions do not depend on hover, selection or style: a drawing of
 * another state serves. */
GArray *
rd_chart_widget_get_hits (RdChartWidget *self)
{
  RdChartWidgetPrivate *priv;
  int width, height;

  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), NULL);

  priv = PRIV (self);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (priv->data != NULL && width > 0 && height > 0 &&
      (priv->drawing == NULL || priv->drawn_width != width || priv->drawn_height != height))
    ensure_drawing (self, width, height);
  return priv->hits;
}

static void
rd_chart_widget_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  RdChartWidget *self = RD_CHART_WIDGET (widget);
  RdChartWidgetPrivate *priv = PRIV (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (priv->data == NULL || width <= 0 || height <= 0 || priv->hidden)
    return;

  gtk_snapshot_append_node (snapshot, ensure_drawing (self, width, height));
  if (gtk_widget_has_visible_focus (widget))
    rd_widget_snapshot_focus_ring (widget, snapshot, width, height, 0);
}

static void
on_scrolled (GtkAdjustment *adjustment,
             RdChartWidget *self)
{
  /* Allocation decides again, once the viewport has moved its child. */
  if (PRIV (self)->hidden)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Whether a chart of @width × @height lies wholly outside the viewport it
 * scrolls in. A page of charts draws only those in sight: the others are
 * drawn when they scroll into view, which keeps opening a page and the
 * first frame short. */
static gboolean
out_of_sight (RdChartWidget *self,
              int            width,
              int            height)
{
  RdChartWidgetPrivate *priv = PRIV (self);
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  GtkAdjustment *adjustment;
  graphene_point_t origin;

  if (viewport == NULL ||
      !gtk_widget_compute_point (GTK_WIDGET (self), viewport, &GRAPHENE_POINT_INIT (0, 0), &origin))
    return FALSE;

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  if (adjustment != priv->watched)
    {
      if (priv->watched != NULL)
        g_signal_handlers_disconnect_by_func (priv->watched, on_scrolled, self);
      g_set_object (&priv->watched, adjustment);
      if (adjustment != NULL)
        g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled), self);
    }

  return origin.y + height <= 0 || origin.y >= gtk_widget_get_height (viewport) ||
         origin.x + width <= 0 || origin.x >= gtk_widget_get_width (viewport);
}

static void
rd_chart_widget_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  RdChartWidget *self = RD_CHART_WIDGET (widget);
  RdChartWidgetPrivate *priv = PRIV (self);
  gboolean was_hidden = priv->hidden;

  if (priv->data == NULL)
    return;

  priv->hidden = width > 0 && height > 0 && out_of_sight (self, width, height);
  if (priv->hidden)
    ;  /* the regions of the last drawing, if any, still answer */
  else if (width > 0 && height > 0)
    ensure_drawing (self, width, height);
  else
    g_array_set_size (priv->hits, 0);
  if (was_hidden && !priv->hidden)
    gtk_widget_queue_draw (widget);
}

static void
set_hovered (RdChartWidget *self,
             int            index)
{
  RdChartWidgetPrivate *priv = PRIV (self);

  if (priv->state.hovered == index)
    return;
  priv->state.hovered = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Assistive technologies hear the mark with the keyboard, or else what
 * the whole chart shows. */
static void
rd_chart_widget_real_focus_moved (RdChartWidget *self)
{
  RdChartWidgetPrivate *priv = PRIV (self);
  g_autofree char *description = NULL;
  int index = priv->state.focused;

  if (priv->data == NULL)
    return;

  if (index >= 0 && (guint) index < priv->data->items->len)
    description = g_strdup (g_array_index (priv->data->items, RdChartItem, index).description);
  else
    description = rd_chart_data_describe (priv->data);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
rd_chart_widget_activate_mark (RdChartWidget *self,
                               guint          index)
{
  RdChartWidgetPrivate *priv;

  g_return_if_fail (RD_IS_CHART_WIDGET (self));
  priv = PRIV (self);
  g_return_if_fail (priv->data != NULL && index < priv->data->items->len);

  priv->state.selected = index;
  priv->state.focused = index;
  RD_CHART_WIDGET_GET_CLASS (self)->focus_moved (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[FIGURE_ACTIVATED], 0,
                 g_array_index (priv->data->items, RdChartItem, index).user_data);
}

int
rd_chart_widget_activate_at (RdChartWidget *self,
                             double         x,
                             double         y)
{
  int index;

  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), -1);

  index = rd_hit_regions_lookup (rd_chart_widget_get_hits (self), x, y);
  if (index >= 0)
    rd_chart_widget_activate_mark (self, index);
  return index;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   RdChartWidget   *self)
{
  if (rd_chart_widget_activate_at (self, x, y) >= 0)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RdChartWidget            *self)
{
  set_hovered (self, rd_hit_regions_lookup (rd_chart_widget_get_hits (self), x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          RdChartWidget            *self)
{
  set_hovered (self, -1);
}

/* The figure, then the words around it in the sentence it comes from. */
static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  RdChartWidgetPrivate *priv = PRIV (widget);
  g_autofree char *markup = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *escaped = NULL;
  RdChartItem *item;
  int index;

  if (priv->data == NULL)
    return FALSE;

  index = keyboard_mode ? priv->state.focused
                        : rd_hit_regions_lookup (rd_chart_widget_get_hits (RD_CHART_WIDGET (widget)), x, y);
  if (index < 0 || (guint) index >= priv->data->items->len)
    return FALSE;

  item = &g_array_index (priv->data->items, RdChartItem, index);
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
  return TRUE;
}

static gboolean
move_focus (RdChartWidget *self,
            int            delta)
{
  RdChartWidgetPrivate *priv = PRIV (self);
  gboolean stop = RD_CHART_WIDGET_GET_CLASS (self)->keys_stop_at_ends;
  int n = priv->data ? (int) priv->data->items->len : 0;
  int index;

  if (n == 0)
    return FALSE;

  if (priv->state.focused < 0)
    index = delta > 0 || stop ? 0 : n - 1;
  else
    index = priv->state.focused + delta;
  if (stop)
    index = CLAMP (index, 0, n - 1);
  if (index < 0 || index >= n)
    return FALSE;

  priv->state.focused = index;
  RD_CHART_WIDGET_GET_CLASS (self)->focus_moved (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        modifiers,
                RdChartWidget         *self)
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
      if (PRIV (self)->state.focused < 0 && !move_focus (self, +1))
        return FALSE;
      rd_chart_widget_activate_mark (self, PRIV (self)->state.focused);
      return TRUE;
    default:
      return FALSE;
    }
}

/* The focus ring and the focused mark show only while the chart has the
 * keyboard: :focus-visible comes with the first key press, possibly after
 * the focus moved. */
static void
rd_chart_widget_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous)
{
  rd_widget_focus_state_changed (widget, previous);
  GTK_WIDGET_CLASS (rd_chart_widget_parent_class)->state_flags_changed (widget, previous);
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
on_prefer_dark_changed (GtkSettings   *settings,
                        GParamSpec    *pspec,
                        RdChartWidget *self)
{
  rd_chart_widget_set_dark (self, rd_widget_prefers_dark (GTK_WIDGET (self)));
}

static void
update_min_em (RdChartWidget *self)
{
  RdChartWidgetPrivate *priv = PRIV (self);
  double min_em = SCREEN_MIN_EM * priv->text_scale * priv->zoom;

  if (priv->min_em == min_em)
    return;
  priv->min_em = min_em;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_text_scaling_changed (GtkSettings   *settings,
                         GParamSpec    *pspec,
                         RdChartWidget *self)
{
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  PRIV (self)->text_scale = dpi > 0 ? CLAMP (dpi / (96.0 * 1024), 1.0, 3.0) : 1.0;
  update_min_em (self);
  /* The interface's text, which some charts follow, changes too. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
rd_chart_widget_root (GtkWidget *widget)
{
  GtkSettings *settings;

  GTK_WIDGET_CLASS (rd_chart_widget_parent_class)->root (widget);

  /* Charts follow the application's style, which follows the desktop's
   * dark preference unless the user chose one. */
  settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (on_prefer_dark_changed), widget, 0);
  on_prefer_dark_changed (settings, NULL, RD_CHART_WIDGET (widget));
  g_signal_connect_object (settings, "notify::gtk-xft-dpi",
                           G_CALLBACK (on_text_scaling_changed), widget, 0);
  on_text_scaling_changed (settings, NULL, RD_CHART_WIDGET (widget));
}

static void
rd_chart_widget_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget), on_prefer_dark_changed, widget);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget), on_text_scaling_changed, widget);
  GTK_WIDGET_CLASS (rd_chart_widget_parent_class)->unroot (widget);
}

static void
rd_chart_widget_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RdChartWidgetPrivate *priv = PRIV (object);

  switch (prop_id)
    {
    case PROP_SELECTED_FIGURE:
      g_value_set_object (value, priv->selected_figure);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, priv->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_chart_widget_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RdChartWidget *self = RD_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SELECTED_FIGURE:
      rd_chart_widget_set_selected_figure (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      rd_chart_widget_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_chart_widget_dispose (GObject *object)
{
  RdChartWidgetPrivate *priv = PRIV (object);

  g_clear_object (&priv->selected_figure);
  g_clear_pointer (&priv->data, rd_chart_data_free);
  g_clear_pointer (&priv->hits, g_array_unref);
  g_clear_pointer (&priv->drawing, gsk_render_node_unref);
  if (priv->watched != NULL)
    g_signal_handlers_disconnect_by_func (priv->watched, on_scrolled, object);
  g_clear_object (&priv->watched);

  G_OBJECT_CLASS (rd_chart_widget_parent_class)->dispose (object);
}

static void
rd_chart_widget_class_init (RdChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rd_chart_widget_get_property;
  object_class->set_property = rd_chart_widget_set_property;
  object_class->dispose = rd_chart_widget_dispose;
  widget_class->snapshot = rd_chart_widget_snapshot;
  widget_class->size_allocate = rd_chart_widget_size_allocate;
  widget_class->state_flags_changed = rd_chart_widget_state_flags_changed;
  widget_class->root = rd_chart_widget_root;
  widget_class->unroot = rd_chart_widget_unroot;
  klass->screen_style = rd_chart_widget_real_screen_style;
  klass->focus_moved = rd_chart_widget_real_focus_moved;

  /**
   * RdChartWidget::figure-activated:
   * @indicator: the RdIndicator of the mark
   *
   * A mark was clicked, or Enter was pressed on it.
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);

  properties[PROP_SELECTED_FIGURE] =
    g_param_spec_object ("selected-figure", NULL, NULL, RD_TYPE_INDICATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.1, 10.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_chart_widget_init (RdChartWidget *self)
{
  RdChartWidgetPrivate *priv = PRIV (self);
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkEventController *controller;

  priv->state = (RdRenderState) RD_RENDER_STATE_INIT;
  priv->hits = rd_hit_regions_new ();
  priv->min_em = SCREEN_MIN_EM;
  priv->text_scale = 1.0;
  priv->zoom = 1.0;

  gtk_widget_set_focusable (widget, TRUE);
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

void
rd_chart_widget_set_data (RdChartWidget *self,
                          RdChartData   *data)
{
  RdChartWidgetPrivate *priv;

  g_return_if_fail (RD_IS_CHART_WIDGET (self));

  priv = PRIV (self);
  g_clear_pointer (&priv->data, rd_chart_data_free);
  priv->data = data;
  priv->state = (RdRenderState) RD_RENDER_STATE_INIT;
  g_array_set_size (priv->hits, 0);
  g_clear_pointer (&priv->drawing, gsk_render_node_unref);
  RD_CHART_WIDGET_GET_CLASS (self)->focus_moved (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const RdChartData *
rd_chart_widget_get_data (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), NULL);
  return PRIV (self)->data;
}

int
rd_chart_widget_get_selected (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), -1);
  return PRIV (self)->state.selected;
}

void
rd_chart_widget_set_selected (RdChartWidget *self,
                              int            index)
{
  RdChartWidgetPrivate *priv;

  g_return_if_fail (RD_IS_CHART_WIDGET (self));

  priv = PRIV (self);
  if (priv->state.selected == index)
    return;
  priv->state.selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
rd_chart_widget_get_focused (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), -1);
  return PRIV (self)->state.focused;
}

gboolean
rd_chart_widget_get_mark_center (RdChartWidget *self,
                                 guint          index,
                                 double        *x,
                                 double        *y)
{
  GArray *hits;

  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), FALSE);

  hits = rd_chart_widget_get_hits (self);
  for (guint i = 0; i < hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (hits, RdHitRegion, i);

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
rd_chart_widget_set_selected_figure (RdChartWidget *self,
                                     RdIndicator   *figure)
{
  RdChartWidgetPrivate *priv;
  int index = -1;

  g_return_if_fail (RD_IS_CHART_WIDGET (self));
  g_return_if_fail (figure == NULL || RD_IS_INDICATOR (figure));

  priv = PRIV (self);
  if (!g_set_object (&priv->selected_figure, figure))
    return;
  for (guint i = 0; figure != NULL && priv->data != NULL && i < priv->data->items->len && index < 0; i++)
    if (g_array_index (priv->data->items, RdChartItem, i).user_data == (gpointer) figure)
      index = i;
  rd_chart_widget_set_selected (self, index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_FIGURE]);
}

RdIndicator *
rd_chart_widget_get_selected_figure (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), NULL);
  return PRIV (self)->selected_figure;
}

void
rd_chart_widget_set_zoom (RdChartWidget *self,
                          double         zoom)
{
  RdChartWidgetPrivate *priv;

  g_return_if_fail (RD_IS_CHART_WIDGET (self));
  g_return_if_fail (zoom > 0);

  priv = PRIV (self);
  if (priv->zoom == zoom)
    return;
  priv->zoom = zoom;
  update_min_em (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
rd_chart_widget_get_zoom (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), 1.0);
  return PRIV (self)->zoom;
}

double
rd_chart_widget_get_min_em (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), 0);
  return PRIV (self)->min_em;
}

gboolean
rd_chart_widget_get_dark (RdChartWidget *self)
{
  g_return_val_if_fail (RD_IS_CHART_WIDGET (self), FALSE);
  return PRIV (self)->dark;
}

void
rd_chart_widget_set_dark (RdChartWidget *self,
                          gboolean       dark)
{
  RdChartWidgetPrivate *priv;

  g_return_if_fail (RD_IS_CHART_WIDGET (self));

  priv = PRIV (self);
  if (priv->dark == dark)
    return;
  priv->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

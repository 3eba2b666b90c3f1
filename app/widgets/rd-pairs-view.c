/* rd-pairs-view.c
 *
 * The chart is a small private widget (RdPairsChart): a row per pair with
 * the result's bar over the target's. Units differ from row to row (per
 * cent, firms, mu ...), so each row is scaled to its own larger value and
 * the caption says so; the numbers are printed on the bars.
 */
#define G_LOG_DOMAIN "reportdash-pairs-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-pairs-view.h"
#include "rd-focus-ring.h"
#include "reportdash-resources.h"

#define LEGEND_HEIGHT 30
#define ROW_HEIGHT 46
#define BAR_HEIGHT 14
#define CHANGE_WIDTH 120   /* at most: the change column fits its widest text */
#define VALUE_SPACE 110    /* at most: room for a value after its bar */
#define MIN_WIDTH 300      /* an 800×600 window has this much beside the sidebar and panel */

/* RdPairsChart ---------------------------------------------------------- */

#define RD_TYPE_PAIRS_CHART (rd_pairs_chart_get_type ())
G_DECLARE_FINAL_TYPE (RdPairsChart, rd_pairs_chart, RD, PAIRS_CHART, GtkWidget)

typedef struct
{
  double       x, y, width, height;
  RdIndicator *indicator;
} Bar;

struct _RdPairsChart
{
  GtkWidget   parent_instance;

  GListModel *pairs;
  GArray     *bars;     /* of Bar, two a row, as last drawn */
  int         focused;  /* bar index, or -1 */
  double      value_space;  /* as last drawn */

  /* The widest change and value texts, for the pango context serial they
   * were measured with (0: not measured). */
  guint       measured_serial;
  int         widest_change;
  int         widest_value;
};

G_DEFINE_FINAL_TYPE (RdPairsChart, rd_pairs_chart, GTK_TYPE_WIDGET)

enum {
  CHART_ACTIVATED,
  N_CHART_SIGNALS
};

static guint chart_signals[N_CHART_SIGNALS];

static void
set_source_hex (cairo_t    *cr,
                const char *hex)
{
  GdkRGBA rgba;

  gdk_rgba_parse (&rgba, hex);
  gdk_cairo_set_source_rgba (cr, &rgba);
}

/* @text centred on @y_center, shortened with an ellipsis to @max_width
 * (none if negative). */
static void
draw_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y_center,
           double       max_width)
{
  PangoRectangle logical;
  int height;

  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  if (max_width >= 0 && logical.width > max_width * PANGO_SCALE)
    {
      pango_layout_set_width (layout, (int) (MAX (max_width, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  cairo_move_to (cr, x, y_center - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
rd_pairs_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RdPairsChart *self = RD_PAIRS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  g_autoptr(PangoLayout) small = gtk_widget_create_pango_layout (widget, NULL);
  PangoFontDescription *font;
  GdkRGBA fg;
  double label_width, bar_left, bar_width, change_width, value_space;
  double legend_x, legend_room;
  int result_w, target_w;
  guint n;
  cairo_t *cr;

  g_array_set_size (self->bars, 0);
  if (self->pairs == NULL || width <= 0 || height <= 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (small)));
  pango_font_description_set_size (font, pango_font_description_get_size (font) * 0.85);
  pango_layout_set_font_description (small, font);
  pango_font_description_free (font);

  /* The change and value columns as wide as their widest text, within
   * bounds; the names take a third, the bars the rest. A narrow window
   * shortens the names (the table below has them whole), then the rest,
   * with an ellipsis. The texts are measured again only when the pairs or
   * the font change. */
  n = g_list_model_get_n_items (self->pairs);
  if (self->measured_serial != pango_context_get_serial (pango_layout_get_context (small)))
    {
      self->widest_change = self->widest_value = 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RdPair) pair = g_list_model_get_item (self->pairs, i);
          g_autofree char *change = rd_pair_format_change (pair);
          int w;

          pango_layout_set_text (small, change, -1);
          pango_layout_get_pixel_size (small, &w, NULL);
          self->widest_change = MAX (self->widest_change, w);
          for (guint k = 0; k < 2; k++)
            {
              RdIndicator *figure = k == 0 ? rd_pair_get_actual (pair) : rd_pair_get_target (pair);
              g_autofree char *value = rd_indicator_format_value (figure);

              pango_layout_set_text (small, value, -1);
              pango_layout_get_pixel_size (small, &w, NULL);
              self->widest_value = MAX (self->widest_value, w);
            }
        }
      self->measured_serial = pango_context_get_serial (pango_layout_get_context (small));
    }
  change_width = MIN (self->widest_change + 16, MIN (CHANGE_WIDTH, width * 0.32));
  value_space = MIN (self->widest_value + 10, MIN (VALUE_SPACE, width * 0.22));
  label_width = MIN (MAX (140, width * 0.34), width - 12 - change_width - value_space - 40);
  label_width = MAX (label_width, 60);
  bar_left = label_width + 12;
  bar_width = MAX (24, width - bar_left - value_space - change_width);
  self->value_space = value_space;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The legend over the bars, or from the left edge if it needs the room
   * of the names' column too. */
  pango_layout_set_text (small, _("2018 result"), -1);
  pango_layout_get_pixel_size (small, &result_w, NULL);
  pango_layout_set_text (small, _("Target"), -1);
  pango_layout_get_pixel_size (small, &target_w, NULL);
  legend_x = 18 + result_w + 16 + 18 + target_w <= width - change_width - bar_left ? bar_left : 4;
  legend_room = width - change_width - legend_x;
  /* Too narrow for both: "Target" whole if it leaves the first half its room. */
  if (18 + result_w + 16 + 18 + target_w > legend_room)
    result_w = MAX (legend_room / 2 - 26, legend_room - (18 + 16 + 18 + target_w));
  set_source_hex (cr, "#77767b");
  cairo_rectangle (cr, legend_x, 9, 12, 12);
  cairo_fill (cr);
  gdk_cairo_set_source_rgba (cr, &fg);
  draw_text (cr, small, _("2018 result"), legend_x + 18, 15, result_w);
  set_source_hex (cr, "#3584e4");
  cairo_rectangle (cr, legend_x + 18 + result_w + 16, 9, 12, 12);
  cairo_fill (cr);
  gdk_cairo_set_source_rgba (cr, &fg);
  draw_text (cr, small, _("Target"), legend_x + 18 + result_w + 16 + 18, 15,
             legend_room - (18 + result_w + 16 + 18));
  draw_text (cr, small, _("Change"), width - change_width + 8, 15, change_width - 8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdPair) pair = g_list_model_get_item (self->pairs, i);
      RdIndicator *figures[2] = { rd_pair_get_actual (pair), rd_pair_get_target (pair) };
      double y0 = LEGEND_HEIGHT + i * ROW_HEIGHT;
      double max = MAX (rd_indicator_get_value (figures[0]), rd_indicator_get_value (figures[1]));
      g_autofree char *change = rd_pair_format_change (pair);

      if (i % 2 == 1)
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.05);
          cairo_rectangle (cr, 0, y0, width, ROW_HEIGHT);
          cairo_fill (cr);
        }

      gdk_cairo_set_source_rgba (cr, &fg);
      draw_text (cr, layout, rd_indicator_get_name (figures[0]), 4, y0 + ROW_HEIGHT / 2.0, label_width - 4);
      draw_text (cr, small, change, width - change_width + 8, y0 + ROW_HEIGHT / 2.0, change_width - 8);

      for (guint k = 0; k < 2; k++)
        {
          Bar bar;
          g_autofree char *value = rd_indicator_format_value (figures[k]);
          double length = max > 0 ? bar_width * rd_indicator_get_value (figures[k]) / max : 0;

          bar.x = bar_left;
          bar.y = y0 + 7 + k * (BAR_HEIGHT + 4);
          bar.width = MAX (length, 2);
          bar.height = BAR_HEIGHT;
          bar.indicator = figures[k];
          g_array_append_val (self->bars, bar);

          set_source_hex (cr, k == 0 ? "#77767b" : "#3584e4");
          cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
          cairo_fill (cr);

          if ((int) self->bars->len - 1 == self->focused && gtk_widget_has_focus (widget))
            {
              gdk_cairo_set_source_rgba (cr, &fg);
              cairo_set_line_width (cr, 2);
              cairo_rectangle (cr, bar.x - 2, bar.y - 2, bar.width + 4, bar.height + 4);
              cairo_stroke (cr);
            }

          gdk_cairo_set_source_rgba (cr, &fg);
          draw_text (cr, small, value, bar.x + bar.width + 6, bar.y + bar.height / 2.0, value_space - 6);
        }
    }

  cairo_destroy (cr);

  if (gtk_widget_has_visible_focus (widget))
    rd_widget_snapshot_focus_ring (widget, snapshot, width, height, 0);
}

static void
rd_pairs_chart_state_flags_changed (GtkWidget     *widget,
                                    GtkStateFlags  previous)
{
  rd_widget_focus_state_changed (widget, previous);
  GTK_WIDGET_CLASS (rd_pairs_chart_parent_class)->state_flags_changed (widget, previous);
}

static void
rd_pairs_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RdPairsChart *self = RD_PAIRS_CHART (widget);
  guint n = self->pairs ? g_list_model_get_n_items (self->pairs) : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = 480;
    }
  else
    *minimum = *natural = LEGEND_HEIGHT + n * ROW_HEIGHT + 8;
}

static int
bar_at (RdPairsChart *self,
        double        x,
        double        y)
{
  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);

      /* The whole row height of the bar, and its value label, count. */
      if (y >= bar->y - 2 && y < bar->y + bar->height + 2 && x >= bar->x && x < bar->x + bar->width + self->value_space)
        return i;
    }
  return -1;
}

static gboolean
chart_activate (RdPairsChart *self,
                int           index)
{
  if (index < 0 || (guint) index >= self->bars->len)
    return FALSE;

  self->focused = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, chart_signals[CHART_ACTIVATED], 0,
                 g_array_index (self->bars, Bar, index).indicator);
  return TRUE;
}

static void
on_chart_click (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                RdPairsChart    *self)
{
  if (chart_activate (self, bar_at (self, x, y)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Keeps the bar that has the keyboard in view: the chart is taller than
 * its pane, and GtkViewport only scrolls to a focused widget, not to a
 * part of one. */
static void
scroll_to_focused (RdPairsChart *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  int row = self->focused / 2;  /* two bars a row, as drawn */
  double top, bottom, value, page;

  if (scrolled == NULL || self->focused < 0)
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  /* The whole row, with the pair's name; the first with the legend. */
  top = row == 0 ? 0 : LEGEND_HEIGHT + row * ROW_HEIGHT;
  bottom = LEGEND_HEIGHT + (row + 1) * ROW_HEIGHT;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, bottom - page);
}

static gboolean
on_chart_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              RdPairsChart          *self)
{
  int n = self->bars->len;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_Left:
      if (n == 0)
        return FALSE;
      self->focused = self->focused <= 0 ? 0 : self->focused - 1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_Right:
      if (n == 0)
        return FALSE;
      self->focused = MIN (self->focused + 1, n - 1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      return chart_activate (self, MAX (self->focused, 0));
    default:
      return FALSE;
    }

  scroll_to_focused (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static gboolean
on_chart_tooltip (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip,
                  RdPairsChart *self)
{
  int index = keyboard_mode ? self->focused : bar_at (self, x, y);
  g_autofree char *text = NULL;

  if (index < 0 || (guint) index >= self->bars->len)
    return FALSE;

  text = rd_indicator_describe (g_array_index (self->bars, Bar, index).indicator);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
rd_pairs_chart_dispose (GObject *object)
{
  RdPairsChart *self = RD_PAIRS_CHART (object);

  g_clear_object (&self->pairs);
  g_clear_pointer (&self->bars, g_array_unref);

  G_OBJECT_CLASS (rd_pairs_chart_parent_class)->dispose (object);
}

static void
rd_pairs_chart_class_init (RdPairsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_pairs_chart_dispose;
  widget_class->snapshot = rd_pairs_chart_snapshot;
  widget_class->state_flags_changed = rd_pairs_chart_state_flags_changed;
  widget_class->measure = rd_pairs_chart_measure;

  chart_signals[CHART_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);

  gtk_widget_class_set_css_name (widget_class, "pairs-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rd_pairs_chart_init (RdPairsChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  self->focused = -1;

  g_signal_connect (click, "released", G_CALLBACK (on_chart_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_chart_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_chart_tooltip), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of the 2018 results against their targets"),
                                  -1);
}

static void
rd_pairs_chart_set_pairs (RdPairsChart *self,
                          GListModel   *pairs)
{
  g_set_object (&self->pairs, pairs);
  self->measured_serial = 0;
  self->focused = -1;
  g_array_set_size (self->bars, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* RdPairsView ----------------------------------------------------------- */

struct _RdPairsView
{
  GtkWidget           parent_instance;

  RdPairsChart       *chart;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
};

G_DEFINE_FINAL_TYPE (RdPairsView, rd_pairs_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
rd_pairs_view_cell_text (RdPair *pair,
                         guint   column)
{
  g_autofree char *value = NULL;
  const char *note;

  g_return_val_if_fail (RD_IS_PAIR (pair), NULL);

  switch (column)
    {
    case 0:
      return g_strdup (rd_indicator_get_name (rd_pair_get_actual (pair)));
    case 1:
      return rd_indicator_format_value (rd_pair_get_actual (pair));
    case 2:
      value = rd_indicator_format_value (rd_pair_get_target (pair));
      /* TRANSLATORS: a target and its year, e.g. "8.5% (2019)" */
      return g_strdup_printf (_("%s (%d)"), value, rd_indicator_get_year (rd_pair_get_target (pair)));
    case 3:
      return rd_pair_format_change (pair);
    case 4:
      note = rd_pair_get_note (pair);
      return g_strdup (note ? note : "");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column >= 1 && column <= 3 ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column >= 1 && column <= 3)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = rd_pairs_view_cell_text (gtk_list_item_get_item (item), column);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text[0] ? text : NULL);
}

static void
add_columns (RdPairsView *self)
{
  const char *titles[] = {
    N_("Figure"), N_("2018 Result"), N_("Target"), N_("Change"), N_("Note"),
  };

  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      column = gtk_column_view_column_new (_(titles[c]), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c == 0 || c == 4);
      if (c == 0)
        gtk_column_view_column_set_sorter (column, GTK_SORTER (gtk_string_sorter_new (
          gtk_property_expression_new (RD_TYPE_PAIR, NULL, "name"))));
      else if (c == 3)
        gtk_column_view_column_set_sorter (column, GTK_SORTER (gtk_numeric_sorter_new (
          gtk_property_expression_new (RD_TYPE_PAIR, NULL, "change"))));
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
}

static void
on_row_activated (GtkColumnView *column_view,
                  guint          position,
                  RdPairsView   *self)
{
  g_autoptr(RdPair) pair = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (pair != NULL)
    g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, rd_pair_get_actual (pair));
}

static void
on_chart_activated (RdPairsChart *chart,
                    RdIndicator  *indicator,
                    RdPairsView  *self)
{
  g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, indicator);
}

static void
rd_pairs_view_dispose (GObject *object)
{
  RdPairsView *self = RD_PAIRS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_PAIRS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rd_pairs_view_parent_class)->dispose (object);
}

static void
rd_pairs_view_class_init (RdPairsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_pairs_view_dispose;

  /**
   * RdPairsView::figure-activated:
   * @indicator: the RdIndicator of the bar, or the result of the row
   *
   * A bar or a row was clicked, or Enter was pressed on it.
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);

  (void) reportdash_get_resource ();
  g_type_ensure (RD_TYPE_PAIRS_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-pairs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdPairsView, chart);
  gtk_widget_class_bind_template_child (widget_class, RdPairsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RdPairsView, selection);
  gtk_widget_class_bind_template_child (widget_class, RdPairsView, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pairs-view");
}

static void
rd_pairs_view_init (RdPairsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  add_columns (self);
  g_signal_connect (self->chart, "figure-activated", G_CALLBACK (on_chart_activated), self);
  /* Taking the focus must not scroll the chart (taller than its pane) to
   * its end; the focused bar is kept in view instead. */
  if (GTK_IS_VIEWPORT (gtk_widget_get_parent (GTK_WIDGET (self->chart))))
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (gtk_widget_get_parent (GTK_WIDGET (self->chart))), FALSE);
}

GtkWidget *
rd_pairs_view_new (void)
{
  return g_object_new (RD_TYPE_PAIRS_VIEW, NULL);
}

void
rd_pairs_view_set_dataset (RdPairsView *self,
                           RdDataset   *dataset)
{
  GListModel *pairs;

  g_return_if_fail (RD_IS_PAIRS_VIEW (self));
  g_return_if_fail (dataset == NULL || RD_IS_DATASET (dataset));

  pairs = dataset ? rd_dataset_get_pairs (dataset) : NULL;
  rd_pairs_chart_set_pairs (self->chart, pairs);
  gtk_sort_list_model_set_model (self->sort_model, pairs);
}

GListModel *
rd_pairs_view_get_pairs (RdPairsView *self)
{
  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

gboolean
rd_pairs_view_activate_at (RdPairsView *self,
                           double       x,
                           double       y)
{
  graphene_point_t point;

  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), FALSE);

  if (!gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->chart),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;
  return chart_activate (self->chart, bar_at (self->chart, point.x, point.y));
}

gboolean
rd_pairs_view_get_bar_center (RdPairsView *self,
                              guint        row,
                              guint        which,
                              double      *x,
                              double      *y)
{
  graphene_point_t point;
  Bar *bar;
  guint index = row * 2 + which;

  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), FALSE);

  if (index >= self->chart->bars->len)
    return FALSE;

  bar = &g_array_index (self->chart->bars, Bar, index);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->chart), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (bar->x + bar->width / 2, bar->y + bar->height / 2),
                                 &point))
    return FALSE;
  *x = point.x;
  *y = point.y;
  return TRUE;
}

GtkWidget *
rd_pairs_view_get_chart (RdPairsView *self)
{
  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), NULL);
  return GTK_WIDGET (self->chart);
}

/* The bar that has the keyboard (row × 2 + 0 for the result, + 1 for the
 * target), or -1. */
int
rd_pairs_view_get_focused (RdPairsView *self)
{
  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), -1);
  return self->chart->focused;
}

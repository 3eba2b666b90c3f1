/* rd-pairs-view.c
 *
 * The chart is a small private widget (RdPairsChart) over the "pairs"
 * renderer: a row per pair with the result's bar over the target's. Units
 * differ from row to row (per cent, firms, mu ...), so each row is scaled
 * to its own larger value and the drawing says so; the numbers are printed
 * beside the bars. The table under it lists the same pairs.
 */
#define G_LOG_DOMAIN "reportdash-pairs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rd-chart-widget.h"
#include "rd-format.h"
#include "rd-pairs-view.h"
#include "rd-render.h"
#include "reportdash-resources.h"

#define MIN_WIDTH 300      /* an 800×600 window has this much beside the sidebar and panel */
/* The chart draws at most this many pairs, those around the table's
 * chosen row: a dataset of 200,000 figures has 16,000 pairs (issue 19,
 * point 12), a chart of all of them would be hundreds of thousands of
 * pixels tall and seconds to lay out. The table lists them all, lazily. */
#define CHART_PAGE RD_CHART_PAIRS_MAX

/* RdPairsChart ---------------------------------------------------------- */

/* The chart is an RdChartWidget over the "pairs" renderer, like the
 * dashboard's charts: hits, hover, keyboard, tooltips, the focus ring and
 * the dark style come with it. Items come in pairs, so the bar of item
 * row × 2 + 0 is a row's result and of row × 2 + 1 its target. */
#define RD_TYPE_PAIRS_CHART (rd_pairs_chart_get_type ())
G_DECLARE_FINAL_TYPE (RdPairsChart, rd_pairs_chart, RD, PAIRS_CHART, RdChartWidget)

struct _RdPairsChart
{
  RdChartWidget  parent_instance;

  GListModel    *pairs;
  char          *report_title;

  /* The height asked for at a width and text size, as last measured. */
  int            measured_width;
  double         measured_em;
  int            measured_height;
};

G_DEFINE_FINAL_TYPE (RdPairsChart, rd_pairs_chart, RD_TYPE_CHART_WIDGET)

/* The chart in the application's light or dark style, its names in the
 * size of the interface's text (0.85 em) whatever the size of the window:
 * a wider window shows longer bars, not larger type (RdRenderStyle.em);
 * the window's zoom magnifies it. */
static void
rd_pairs_chart_screen_style (RdChartWidget *chart,
                             RdRenderStyle *style)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (chart));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  double dpi = pango_cairo_context_get_resolution (context);

  if (!pango_font_description_get_size_is_absolute (font))
    size *= (dpi > 0 ? dpi : 96) / 72;
  rd_render_style_init (style, rd_chart_widget_get_dark (chart));
  style->em = CLAMP (size / 0.85, 11, 24) * rd_chart_widget_get_zoom (chart);
}

/* The first region of item @index: its bar. */
static const RdHitRegion *
bar_region (RdPairsChart *self,
            int           index)
{
  GArray *hits = rd_chart_widget_get_hits (RD_CHART_WIDGET (self));

  for (guint i = 0; i < hits->len; i++)
    if ((int) g_array_index (hits, RdHitRegion, i).item == index)
      return &g_array_index (hits, RdHitRegion, i);
  return NULL;
}

static GtkSizeRequestMode
rd_pairs_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
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
  const RdChartData *data = rd_chart_widget_get_data (RD_CHART_WIDGET (self));
  RdRenderStyle style;
  int width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = 480;
      return;
    }

  /* As tall as the rows need at that width: the pane scrolls. */
  width = for_size > 0 ? for_size : 480;
  if (data == NULL)
    *minimum = *natural = 0;
  else
    {
      rd_pairs_chart_screen_style (RD_CHART_WIDGET (self), &style);
      if (self->measured_width != width || self->measured_em != style.em)
        {
          self->measured_height = (int) ceil (rd_render_chart_height_for_width (data, &style, width));
          self->measured_width = width;
          self->measured_em = style.em;
        }
      *minimum = *natural = self->measured_height;
    }
}

/* Keeps the bar that has the keyboard in view: the chart is taller than
 * its pane, and GtkViewport only scrolls to a focused widget, not to a
 * part of one. */
static void
rd_pairs_chart_focus_moved (RdChartWidget *chart)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
  int focused = rd_chart_widget_get_focused (chart);
  int row = focused / 2;  /* two bars a row */
  GArray *hits;
  GtkAdjustment *adjustment;
  double top = G_MAXDOUBLE, bottom = 0, value, page;

  RD_CHART_WIDGET_CLASS (rd_pairs_chart_parent_class)->focus_moved (chart);
  if (scrolled == NULL || focused < 0)
    return;

  /* The whole row, with the pair's name: the regions of its two items. */
  hits = rd_chart_widget_get_hits (chart);
  for (guint i = 0; i < hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (hits, RdHitRegion, i);

      if ((int) r->item / 2 == row)
        {
          top = MIN (top, r->y);
          bottom = MAX (bottom, r->y + r->height);
        }
    }
  if (top > bottom)
    return;
  /* The first row with the title and the legend above it. */
  if (row == 0)
    top = 0;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, bottom - page);
}

static void
rd_pairs_chart_dispose (GObject *object)
{
  RdPairsChart *self = RD_PAIRS_CHART (object);

  g_clear_object (&self->pairs);
  g_clear_pointer (&self->report_title, g_free);

  G_OBJECT_CLASS (rd_pairs_chart_parent_class)->dispose (object);
}

static void
rd_pairs_chart_class_init (RdPairsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RdChartWidgetClass *chart_class = RD_CHART_WIDGET_CLASS (klass);

  object_class->dispose = rd_pairs_chart_dispose;
  widget_class->get_request_mode = rd_pairs_chart_get_request_mode;
  widget_class->measure = rd_pairs_chart_measure;
  chart_class->screen_style = rd_pairs_chart_screen_style;
  chart_class->focus_moved = rd_pairs_chart_focus_moved;
  chart_class->keys_stop_at_ends = TRUE;

  gtk_widget_class_set_css_name (widget_class, "pairs-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rd_pairs_chart_init (RdPairsChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of the 2018 results against their targets"),
                                  -1);
}

/* The chart's data for @pairs, as the view and its exports show it, under
 * the builder's title. */
static RdChartData *
chart_data_new (GListModel  *pairs,
                const char  *report_title)
{
  return rd_chart_data_new_for_pairs (pairs, NULL, report_title);
}

static void
rd_pairs_chart_set_pairs (RdPairsChart *self,
                          GListModel   *pairs,
                          const char   *report_title)
{
  g_set_object (&self->pairs, pairs);
  g_free (self->report_title);
  self->report_title = g_strdup (report_title);
  self->measured_width = 0;
  rd_chart_widget_set_data (RD_CHART_WIDGET (self), pairs ? chart_data_new (pairs, report_title) : NULL);
}

/* RdPairsView ----------------------------------------------------------- */

struct _RdPairsView
{
  GtkWidget           parent_instance;

  RdPairsChart       *chart;
  GtkLabel           *page_label;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkSliceListModel  *page;           /* the table's rows the chart draws */
  char               *report_title;
};

G_DEFINE_FINAL_TYPE (RdPairsView, rd_pairs_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
    N_("Figure"), N_("Result"), N_("Target"), N_("Change"), N_("Note"),
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

/* The chart follows the table: its page is the CHART_PAGE rows (in the
 * table's order) around the chosen row, redrawn when they change. */
static void
update_page_label (RdPairsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint first = gtk_slice_list_model_get_offset (self->page);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->page));
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->page_label), n > CHART_PAGE || n == 0);
  if (n == 0)
    {
      gtk_label_set_text (self->page_label,
                          _("This report states no result beside a target for the same indicator the year after, so there is nothing to compare here."));
      return;
    }
  if (n <= CHART_PAGE)
    return;
  /* Translators: above the chart of results against targets when there
   * are more pairs than it draws, e.g. "Pairs 26–50 of 16,000 charted:
   * choose a row in the table to chart the rows around it" */
  all = rd_format_number (n, 0);
  text = g_strdup_printf (_("Pairs %u–%u of %s charted: choose a row in the table to chart the rows around it"),
                          first + 1, first + shown, all);
  gtk_label_set_text (self->page_label, text);
}

static void
on_page_changed (GListModel  *page,
                 guint        position,
                 guint        removed,
                 guint        added,
                 RdPairsView *self)
{
  gboolean any = g_list_model_get_n_items (page) > 0;

  rd_pairs_chart_set_pairs (self->chart, any ? page : NULL, self->report_title);
  update_page_label (self);
}

static void
on_selected_changed (GtkSingleSelection *selection,
                     GParamSpec         *pspec,
                     RdPairsView        *self)
{
  guint selected = gtk_single_selection_get_selected (selection);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  /* Pages start at multiples of CHART_PAGE, so that moving row by row
   * through the table redraws the chart once a page, not on every row. */
  if (selected / CHART_PAGE * CHART_PAGE != gtk_slice_list_model_get_offset (self->page))
    gtk_slice_list_model_set_offset (self->page, selected / CHART_PAGE * CHART_PAGE);
  update_page_label (self);
}

static void
rd_pairs_view_dispose (GObject *object)
{
  RdPairsView *self = RD_PAIRS_VIEW (object);
  GtkWidget *child;

  if (self->page != NULL)
    g_signal_handlers_disconnect_by_data (self->page, self);
  g_clear_object (&self->page);
  g_clear_pointer (&self->report_title, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_PAIRS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rd_pairs_view_parent_class)->dispose (object);
}

static void
rd_pairs_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, rd_pairs_view_get_zoom (RD_PAIRS_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_pairs_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ZOOM:
      rd_pairs_view_set_zoom (RD_PAIRS_VIEW (object), g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_pairs_view_class_init (RdPairsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_pairs_view_dispose;
  object_class->get_property = rd_pairs_view_get_property;
  object_class->set_property = rd_pairs_view_set_property;

  /* The window's chart zoom (1–2). */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.1, 10.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_child (widget_class, RdPairsView, page_label);
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
  /* Sorting 16,000 pairs by a column is done in steps, the window stays
   * responsive. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  add_columns (self);
  self->page = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->selection)), 0, CHART_PAGE);
  g_signal_connect (self->page, "items-changed", G_CALLBACK (on_page_changed), self);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selected_changed), self);
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

/* "2018 Result": the year of the results, from the first pair (a
 * report's pairs are its last year's results). */
static void
set_result_title (RdPairsView *self,
                  GListModel  *pairs)
{
  g_autoptr(RdPair) first = pairs ? g_list_model_get_item (pairs, 0) : NULL;
  g_autofree char *title = NULL;
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 1);

  if (first != NULL)
    /* Translators: heading of the column of results, e.g. "2018 Result" */
    title = g_strdup_printf (_("%d Result"), rd_indicator_get_year (rd_pair_get_actual (first)));
  gtk_column_view_column_set_title (column, title ? title : _("Result"));
}

void
rd_pairs_view_set_dataset (RdPairsView *self,
                           RdDataset   *dataset)
{
  g_return_if_fail (RD_IS_PAIRS_VIEW (self));
  g_return_if_fail (dataset == NULL || RD_IS_DATASET (dataset));

  g_free (self->report_title);
  self->report_title = dataset ? g_strdup (rd_dataset_get_title (dataset)) : NULL;
  gtk_slice_list_model_set_offset (self->page, 0);
  gtk_sort_list_model_set_model (self->sort_model, dataset ? rd_dataset_get_pairs (dataset) : NULL);
  set_result_title (self, dataset ? rd_dataset_get_pairs (dataset) : NULL);
  /* A new model of as many items as the last one does not change the
   * page's count: draw it all the same. */
  on_page_changed (G_LIST_MODEL (self->page), 0, 0, 0, self);
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
  return rd_chart_widget_activate_at (RD_CHART_WIDGET (self->chart), point.x, point.y) >= 0;
}

gboolean
rd_pairs_view_get_bar_center (RdPairsView *self,
                              guint        row,
                              guint        which,
                              double      *x,
                              double      *y)
{
  graphene_point_t point;
  const RdHitRegion *bar;

  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), FALSE);

  bar = bar_region (self->chart, (int) (row * 2 + which));
  if (bar == NULL ||
      !gtk_widget_compute_point (GTK_WIDGET (self->chart), GTK_WIDGET (self),
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
  return rd_chart_widget_get_focused (RD_CHART_WIDGET (self->chart));
}

RdIndicator *
rd_pairs_view_get_focused_figure (RdPairsView *self)
{
  const RdChartData *data;
  int focused;

  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), NULL);

  data = rd_chart_widget_get_data (RD_CHART_WIDGET (self->chart));
  focused = rd_chart_widget_get_focused (RD_CHART_WIDGET (self->chart));
  if (data == NULL || focused < 0 || (guint) focused >= data->items->len)
    return NULL;
  return g_array_index (data->items, RdChartItem, focused).user_data;
}

RdChartData *
rd_pairs_view_new_chart_data (RdPairsView *self)
{
  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), NULL);

  if (self->chart->pairs == NULL)
    return NULL;
  return chart_data_new (self->chart->pairs, self->chart->report_title);
}

void
rd_pairs_view_set_zoom (RdPairsView *self,
                        double       zoom)
{
  g_return_if_fail (RD_IS_PAIRS_VIEW (self));
  g_return_if_fail (zoom > 0);

  if (rd_chart_widget_get_zoom (RD_CHART_WIDGET (self->chart)) == zoom)
    return;
  rd_chart_widget_set_zoom (RD_CHART_WIDGET (self->chart), zoom);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
rd_pairs_view_get_zoom (RdPairsView *self)
{
  g_return_val_if_fail (RD_IS_PAIRS_VIEW (self), 1.0);
  return rd_chart_widget_get_zoom (RD_CHART_WIDGET (self->chart));
}

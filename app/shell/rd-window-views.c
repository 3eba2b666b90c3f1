/* rd-window-views.c: the window's search, table, report and pairs views,
 * made and filled when first shown; a figure chosen in them goes to the
 * window's state */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-catalog.h"
#include "rd-format.h"
#include "rd-window-private.h"

enum {
  LOADED_SEARCH = 1 << 0,
  LOADED_TABLE  = 1 << 1,
  LOADED_REPORT = 1 << 2,
  LOADED_PAIRS  = 1 << 3,
  LOADED_TRENDS = 1 << 4,
};

/* The table's selected row follows the window's chosen figure, once the
 * table has been shown. */
void
_rd_window_table_follow_figure (RdWindow *self)
{
  RdIndicator *figure = rd_window_state_get_selected_figure (self->state);

  if ((self->views_loaded & LOADED_TABLE) && figure != NULL)
    rd_table_view_select_indicator (self->table_view, figure);
}

static void on_search_figure_activated (RdSearchView *view, RdIndicator *indicator, RdWindow *self);
static void on_search_stop (RdSearchView *view, RdWindow *self);
static void on_search_report_figure_activated (RdSearchView *view, gint64 report_id,
                                               const char *key, RdWindow *self);
static void on_table_figure_selected (GtkWidget *view, RdIndicator *indicator, RdWindow *self);
static void on_table_figure_activated (GtkWidget *view, RdIndicator *indicator, RdWindow *self);
static void on_figure_link (GtkWidget *view, RdIndicator *indicator, RdWindow *self);

static void on_trend_point_activated (RdTrendView *view, gint64 figure_id, gint64 report_id, RdWindow *self);

static GtkWidget *
add_page_widget (GtkBox    *page,
                 GtkWidget *widget)
{
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_box_append (page, widget);
  return widget;
}

static void
ensure_views (RdWindow *self)
{
  if (self->search_view != NULL)
    return;

  self->search_view = RD_SEARCH_VIEW (add_page_widget (self->search_page, rd_search_view_new ()));
  g_signal_connect (self->search_view, "figure-activated", G_CALLBACK (on_search_figure_activated), self);
  g_signal_connect (self->search_view, "stop", G_CALLBACK (on_search_stop), self);
  g_signal_connect (self->search_view, "report-figure-activated",
                    G_CALLBACK (on_search_report_figure_activated), self);

  self->table_view = RD_TABLE_VIEW (add_page_widget (self->table_page, rd_table_view_new ()));
  g_signal_connect (self->table_view, "figure-selected", G_CALLBACK (on_table_figure_selected), self);
  g_signal_connect (self->table_view, "figure-activated", G_CALLBACK (on_table_figure_activated), self);
  g_signal_connect_object (self->state, "notify::selected-figure", G_CALLBACK (_rd_window_table_follow_figure),
                           self, G_CONNECT_SWAPPED);

  self->report_view = RD_REPORT_VIEW (add_page_widget (self->report_page, rd_report_view_new ()));
  g_signal_connect (self->report_view, "figure-activated", G_CALLBACK (on_figure_link), self);

  self->pairs_view = RD_PAIRS_VIEW (add_page_widget (self->pairs_page, rd_pairs_view_new ()));
  g_object_bind_property (self->state, "zoom", self->pairs_view, "zoom", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "selected-figure", rd_pairs_view_get_chart (self->pairs_view),
                          "selected-figure", G_BINDING_SYNC_CREATE);
  g_signal_connect (self->pairs_view, "figure-activated", G_CALLBACK (on_figure_link), self);
}

/* The catalog's indicators, named in the interface's language. */
static void
set_trend_catalog (RdTrendView *view)
{
  GPtrArray *entries = rd_catalog_get_entries ();
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ceilings = g_strv_builder_new ();
  g_auto(GStrv) key_list = NULL;
  g_auto(GStrv) name_list = NULL;
  g_auto(GStrv) ceiling_list = NULL;
  gboolean chinese = rd_format_use_chinese ();

  for (guint i = 0; i < entries->len; i++)
    {
      const RdCatalogEntry *entry = g_ptr_array_index (entries, i);

      g_strv_builder_add (keys, entry->key);
      g_strv_builder_add (names, chinese || entry->name_en == NULL ? entry->name_zh : entry->name_en);
      if (entry->lower_is_better)
        g_strv_builder_add (ceilings, entry->key);
    }
  key_list = g_strv_builder_end (keys);
  name_list = g_strv_builder_end (names);
  ceiling_list = g_strv_builder_end (ceilings);
  rd_trend_view_set_catalog (view, (const char * const *) key_list, (const char * const *) name_list);
  rd_trend_view_set_ceilings (view, (const char * const *) ceiling_list);
}

static void
ensure_trends_view (RdWindow *self)
{
  if (self->trends_view != NULL)
    return;

  self->trends_view = RD_TREND_VIEW (add_page_widget (self->trends_page, rd_trend_view_new ()));
  set_trend_catalog (self->trends_view);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "trend-region", self->trends_view, "region", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "trend-indicator", self->trends_view, "indicator", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "compare-regions", rd_trend_view_get_compare_view (self->trends_view),
                       "regions", G_SETTINGS_BIND_DEFAULT);
    }
  g_object_bind_property (self->state, "zoom", rd_trend_view_get_chart (self->trends_view), "zoom",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "zoom", rd_trend_view_get_compare_view (self->trends_view), "zoom",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect (self->trends_view, "point-activated", G_CALLBACK (on_trend_point_activated), self);
}

void
_rd_window_update_trends (RdWindow *self)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  gboolean library = dataset != NULL && rd_dataset_is_library (dataset);

  gtk_widget_set_visible (self->trends_button, library);
  gtk_widget_set_visible (GTK_WIDGET (self->trends_page), library);
  if (!library && g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "trends") == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "charts");
}

/* A point of the report shown is chosen as its figure elsewhere is; the
 * trend view shows the sentence of any point itself. */
static void
on_trend_point_activated (RdTrendView *view,
                          gint64       figure_id,
                          gint64       report_id,
                          RdWindow    *self)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  GListModel *figures;
  guint n;

  if (dataset == NULL || rd_dataset_get_report_id (dataset) != report_id)
    return;
  figures = rd_dataset_get_indicators (dataset);
  n = g_list_model_get_n_items (figures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdIndicator) figure = g_list_model_get_item (figures, i);

      if (rd_indicator_get_id (figure) == figure_id)
        {
          _rd_window_choose_figure (self, figure);
          return;
        }
    }
}

void
_rd_window_load_view (RdWindow   *self,
                      const char *name)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);

  if (dataset == NULL || name == NULL || g_str_equal (name, "charts"))
    return;

  ensure_views (self);
  if ((g_str_equal (name, "search") || g_str_equal (name, "table")) &&
      !(self->views_loaded & LOADED_SEARCH))
    {
      rd_search_view_set_dataset (self->search_view, dataset);
      self->views_loaded |= LOADED_SEARCH;
    }
  if (g_str_equal (name, "table") && !(self->views_loaded & LOADED_TABLE))
    {
      rd_table_view_set_dataset (self->table_view, dataset);
      rd_table_view_set_search (self->table_view, rd_search_view_get_search (self->search_view));
      self->views_loaded |= LOADED_TABLE;
      _rd_window_table_follow_figure (self);
      _rd_window_load_table_reports (self);
    }
  if (g_str_equal (name, "report") && !(self->views_loaded & LOADED_REPORT))
    {
      rd_report_view_set_dataset (self->report_view, dataset);
      self->views_loaded |= LOADED_REPORT;
    }
  if (g_str_equal (name, "pairs") && !(self->views_loaded & LOADED_PAIRS))
    {
      rd_pairs_view_set_dataset (self->pairs_view, dataset);
      self->views_loaded |= LOADED_PAIRS;
    }
  if (g_str_equal (name, "trends") && !(self->views_loaded & LOADED_TRENDS) &&
      rd_dataset_is_library (dataset))
    {
      ensure_trends_view (self);
      rd_trend_view_set_library (self->trends_view, rd_dataset_get_path (dataset),
                                 rd_dataset_get_region (dataset));
      self->views_loaded |= LOADED_TRENDS;
    }
}

gboolean
_rd_window_showing_pairs (RdWindow *self)
{
  return self->pairs_view != NULL && self->view_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "pairs") == 0;
}

gboolean
_rd_window_showing_trends (RdWindow *self)
{
  return self->trends_view != NULL && self->view_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "trends") == 0;
}

void
_rd_window_on_search_popover_show (GtkPopover *popover,
                                   RdWindow   *self)
{
  _rd_window_load_view (self, "search");
  rd_search_view_start (self->search_view);
}

static void
on_search_figure_activated (RdSearchView *view,
                            RdIndicator  *indicator,
                            RdWindow     *self)
{
  gtk_popover_popdown (self->search_popover);
  rd_window_show_indicator (self, indicator);
}

static void
on_search_report_figure_activated (RdSearchView *view,
                                   gint64        report_id,
                                   const char   *key,
                                   RdWindow     *self)
{
  gtk_popover_popdown (self->search_popover);
  _rd_window_show_report_figure (self, report_id, key);
}

static void
on_search_stop (RdSearchView *view,
                RdWindow     *self)
{
  gtk_popover_popdown (self->search_popover);
}

/* A figure of the table, which may list every report of the library: the
 * same figure of the report shown, or NULL for one of another report. */
static RdIndicator *
shown_figure (RdWindow    *self,
              RdIndicator *figure)
{
  RdDataset *shown = rd_window_state_get_dataset (self->state);
  RdDataset *table = rd_table_view_get_dataset (self->table_view);

  if (shown == NULL || table == NULL || table == shown)
    return figure;
  if (rd_dataset_get_figure_report (table, figure, NULL) != rd_dataset_get_report_id (shown))
    return NULL;
  return rd_dataset_find_indicator (shown, rd_indicator_get_key (figure));
}

/* A row of another report shows its sentence under the table only; the
 * chosen figure stays the shown report's. */
static void
on_table_figure_selected (GtkWidget   *view,
                          RdIndicator *indicator,
                          RdWindow    *self)
{
  RdIndicator *figure = shown_figure (self, indicator);

  if (figure != NULL)
    _rd_window_choose_figure (self, figure);
}

/* Enter on a row of another report opens that report at the figure. */
static void
on_table_figure_activated (GtkWidget   *view,
                           RdIndicator *indicator,
                           RdWindow    *self)
{
  RdIndicator *figure = shown_figure (self, indicator);
  RdDataset *table = rd_table_view_get_dataset (self->table_view);

  if (figure != NULL)
    rd_window_show_indicator (self, figure);
  else if (table != NULL)
    _rd_window_show_report_figure (self, rd_dataset_get_figure_report (table, indicator, NULL),
                                   rd_indicator_get_key (indicator));
}

static void
on_figure_link (GtkWidget   *view,
                RdIndicator *indicator,
                RdWindow    *self)
{
  rd_window_show_indicator (self, indicator);
}

/* After a switch of view (Alt+1…4), take the focus to the first widget of
 * the page shown, unless it is already there. Focus on the header bar
 * stays, as the user is working its buttons. */
static void
focus_view (RdWindow  *self,
            GtkWidget *page)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (self));

  if (page == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* No focus means that it was on the page just hidden: GTK would move it
   * to the window's first button. */
  if (focus != NULL && (focus == page || gtk_widget_is_ancestor (focus, page)))
    return;
  if (focus != NULL && titlebar != NULL && gtk_widget_is_ancestor (focus, titlebar))
    return;
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* The excerpt panel's empty state says how a figure is chosen in @view. */
static const char *
excerpt_hint (const char *view)
{
  if (g_strcmp0 (view, "table") == 0)
    return _("Select a row of the table to see the sentence of the report that states it.");
  if (g_strcmp0 (view, "report") == 0)
    return _("Click a figure in the report to open its chart; its sentence then shows here.");
  if (g_strcmp0 (view, "pairs") == 0)
    return _("Click a bar to open its chart; the figure’s sentence then shows here.");
  if (g_strcmp0 (view, "trends") == 0)
    return _("Click a point of the report shown to see its sentence here; the sentences of other years show under the chart.");
  return _("Click a figure in a chart, or move to it with the arrow keys and press Enter, to see the sentence of the report that states it.");
}

const char *
rd_window_get_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
rd_window_get_search_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  _rd_window_load_view (self, "search");
  return GTK_WIDGET (self->search_view);
}

GtkWidget *
rd_window_get_report_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  _rd_window_load_view (self, "report");
  return GTK_WIDGET (self->report_view);
}

GtkWidget *
rd_window_get_table_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  _rd_window_load_view (self, "table");
  return GTK_WIDGET (self->table_view);
}

GtkWidget *
rd_window_get_trends_view (RdWindow *self)
{
  RdDataset *dataset;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  dataset = rd_window_state_get_dataset (self->state);
  if (dataset == NULL || !rd_dataset_is_library (dataset))
    return NULL;
  _rd_window_load_view (self, "trends");
  return GTK_WIDGET (self->trends_view);
}

GtkWidget *
rd_window_get_pairs_view (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  ensure_views (self);
  _rd_window_load_view (self, "pairs");
  return GTK_WIDGET (self->pairs_view);
}

/* What follows a switch of view (Alt+1…4): its figures loaded, the source
 * panel's hint, the focus, and copy and export, which act on charts: only
 * where charts are shown, the dashboard's or the pairs view's. */
void
_rd_window_view_shown (RdWindow   *self,
                       const char *name)
{
  _rd_window_load_view (self, name);
  if (self->excerpt_panel != NULL)
    rd_excerpt_panel_set_hint (self->excerpt_panel, excerpt_hint (name));
  if (self->view_stack != NULL)
    focus_view (self, gtk_stack_get_visible_child (self->view_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart",
                                 g_strcmp0 (name, "charts") == 0 || g_strcmp0 (name, "pairs") == 0);
}

/* rd-window-views.c: the window's search, table, report and pairs views,
 * made and filled when first shown; a figure chosen in them goes to the
 * window's state */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-window-private.h"

enum {
  LOADED_SEARCH = 1 << 0,
  LOADED_TABLE  = 1 << 1,
  LOADED_REPORT = 1 << 2,
  LOADED_PAIRS  = 1 << 3,
};

/* The table's selected row follows the window's chosen figure, once the
 * table has been shown. */
static void
table_follow_figure (RdWindow *self)
{
  RdIndicator *figure = rd_window_state_get_selected_figure (self->state);

  if ((self->views_loaded & LOADED_TABLE) && figure != NULL)
    rd_table_view_select_indicator (self->table_view, figure);
}

static void on_search_figure_activated (RdSearchView *view, RdIndicator *indicator, RdWindow *self);
static void on_search_stop (RdSearchView *view, RdWindow *self);
static void on_table_figure_selected (GtkWidget *view, RdIndicator *indicator, RdWindow *self);
static void on_figure_link (GtkWidget *view, RdIndicator *indicator, RdWindow *self);

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

  self->table_view = RD_TABLE_VIEW (add_page_widget (self->table_page, rd_table_view_new ()));
  g_signal_connect (self->table_view, "figure-selected", G_CALLBACK (on_table_figure_selected), self);
  g_signal_connect (self->table_view, "figure-activated", G_CALLBACK (on_figure_link), self);
  g_signal_connect_object (self->state, "notify::selected-figure", G_CALLBACK (table_follow_figure),
                           self, G_CONNECT_SWAPPED);

  self->report_view = RD_REPORT_VIEW (add_page_widget (self->report_page, rd_report_view_new ()));
  g_signal_connect (self->report_view, "figure-activated", G_CALLBACK (on_figure_link), self);

  self->pairs_view = RD_PAIRS_VIEW (add_page_widget (self->pairs_page, rd_pairs_view_new ()));
  g_object_bind_property (self->state, "zoom", self->pairs_view, "zoom", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "selected-figure", rd_pairs_view_get_chart (self->pairs_view),
                          "selected-figure", G_BINDING_SYNC_CREATE);
  g_signal_connect (self->pairs_view, "figure-activated", G_CALLBACK (on_figure_link), self);
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
      table_follow_figure (self);
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
}

gboolean
_rd_window_showing_pairs (RdWindow *self)
{
  return self->pairs_view != NULL && self->view_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "pairs") == 0;
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
on_search_stop (RdSearchView *view,
                RdWindow     *self)
{
  gtk_popover_popdown (self->search_popover);
}

static void
on_table_figure_selected (GtkWidget   *view,
                          RdIndicator *indicator,
                          RdWindow    *self)
{
  _rd_window_choose_figure (self, indicator);
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

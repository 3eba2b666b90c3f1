/* rd-window-present.c: the window's slideshow, from F5 or Choose Slides,
 * and the way back to the chart it ended on */
#define G_LOG_DOMAIN "reportdash-window"

#include "config.h"

#include "rd-window-private.h"

static void
on_presentation_finished (RdPresentation *presentation,
                          RdChartSpec    *chart,
                          RdWindow       *self)
{
  g_autoptr(GPtrArray) views = NULL;

  /* A show of the pairs chart ends where it began, in that view. */
  if (chart == NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  /* Back to the chart the show ended on. */
  if (!rd_window_select_sector (self, rd_chart_spec_get_sector (chart)))
    return;

  views = rd_window_get_chart_views (self);
  for (guint i = 0; i < views->len; i++)
    if (rd_chart_view_get_spec (g_ptr_array_index (views, i)) == chart)
      {
        _rd_window_set_current_view (self, g_ptr_array_index (views, i));
        gtk_widget_grab_focus (g_ptr_array_index (views, i));
      }
  gtk_window_present (GTK_WINDOW (self));
}

static GPtrArray *
build_deck (RdWindow *self,
            gboolean  current_sector_only)
{
  GPtrArray *deck = g_ptr_array_new_with_free_func (g_object_unref);
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  g_auto(GStrv) chosen = NULL;
  GListModel *sectors;

  if (dataset == NULL)
    return deck;

  if (self->settings != NULL && !current_sector_only)
    chosen = g_settings_get_strv (self->settings, "presentation-sectors");

  sectors = rd_dataset_get_sectors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (sectors, i);
      const char *id = rd_sector_get_id (sector);
      gboolean wanted = (chosen == NULL || chosen[0] == NULL)
                          ? g_strcmp0 (id, rd_window_state_get_sector_id (self->state)) == 0
                          : g_strv_contains ((const char * const *) chosen, id);
      GListModel *charts = rd_sector_get_charts (sector);

      for (guint j = 0; wanted && j < g_list_model_get_n_items (charts); j++)
        g_ptr_array_add (deck, g_list_model_get_item (charts, j));
    }

  return deck;
}

GPtrArray *
rd_window_build_deck (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);
  return build_deck (self, FALSE);
}

/* The pairs chart as the one slide of a show, captioned by the figure of
 * its focused bar, under the view's title. */
static RdPresentation *
present_pairs (RdWindow *self)
{
  RdChartData *data = rd_pairs_view_new_chart_data (self->pairs_view);
  GtkStackPage *page = gtk_stack_get_page (self->view_stack, GTK_WIDGET (self->pairs_page));

  if (data == NULL)
    return NULL;
  return rd_presentation_new_for_chart (GTK_WINDOW (self), data, gtk_stack_page_get_title (page),
                                        rd_pairs_view_get_focused_figure (self->pairs_view));
}

GdkMonitor *
rd_window_get_presentation_monitor (RdWindow *self)
{
  GdkDisplay *display;
  GdkSurface *surface;
  GListModel *monitors;
  GdkMonitor *own = NULL, *chosen;
  g_autofree GdkRectangle *geometry = NULL;
  g_autofree char *screen = NULL;
  guint n, window_monitor = 0;

  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  display = gtk_widget_get_display (GTK_WIDGET (self));
  surface = gtk_native_get_surface (GTK_NATIVE (self));
  monitors = gdk_display_get_monitors (display);
  n = g_list_model_get_n_items (monitors);
  if (n == 0)
    return NULL;
  if (surface != NULL)
    own = gdk_display_get_monitor_at_surface (display, surface);

  geometry = g_new0 (GdkRectangle, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      gdk_monitor_get_geometry (monitor, &geometry[i]);
      if (monitor == own)
        window_monitor = i;
    }
  screen = self->settings ? g_settings_get_string (self->settings, "presentation-screen")
                          : g_strdup ("other");
  chosen = g_list_model_get_item (monitors, rd_presentation_pick_monitor (geometry, n, window_monitor,
                                                                         g_str_equal (screen, "other")));
  /* Transfer none: the display's list keeps it. */
  g_object_unref (chosen);
  return chosen;
}

/* Shows @presentation fullscreen, on another screen when there is one
 * and the user has not asked for this window's; the window comes back
 * when it ends. */
static RdPresentation *
start_presentation (RdWindow       *self,
                    RdPresentation *presentation)
{
  if (presentation == NULL)
    return NULL;
  g_signal_connect_object (presentation, "finished", G_CALLBACK (on_presentation_finished), self, 0);
  rd_presentation_show_on (presentation, rd_window_get_presentation_monitor (self));
  return presentation;
}

/* The show of the chosen sectors (rd_window_build_deck()), from the chart
 * on screen when it is one of them. With @from_screen (F5) the chart on
 * screen is always where the show starts: when the chosen sectors leave
 * it out, the show is of the sector on screen (the choice is kept).
 * Without it (Start Slideshow in Choose Slides) the show is of the chosen
 * sectors whatever is on screen, from their first chart then. */
RdPresentation *
_rd_window_present_deck (RdWindow *self,
                         gboolean  from_screen)
{
  RdDataset *dataset = rd_window_state_get_dataset (self->state);
  g_autoptr(GPtrArray) deck = NULL;
  RdChartView *current;
  RdIndicator *selected;
  guint start = 0;

  if (dataset == NULL)
    return NULL;

  deck = rd_window_build_deck (self);
  current = rd_window_get_current_chart (self);
  selected = rd_window_state_get_selected_figure (self->state);

  if (current != NULL && !g_ptr_array_find (deck, rd_chart_view_get_spec (current), &start))
    {
      if (from_screen)
        {
          g_ptr_array_unref (deck);
          deck = build_deck (self, TRUE);
          g_ptr_array_find (deck, rd_chart_view_get_spec (current), &start);
        }
      else
        selected = NULL;   /* the first slide is not the chart it belongs to */
    }

  if (deck->len == 0)
    return NULL;

  return start_presentation (self, rd_presentation_new (GTK_WINDOW (self), dataset, deck, start,
                                                       selected));
}

RdPresentation *
rd_window_present_slides (RdWindow *self)
{
  g_return_val_if_fail (RD_IS_WINDOW (self), NULL);

  if (rd_window_state_get_dataset (self->state) == NULL)
    return NULL;

  /* The chart on screen: in the pairs view, that view's. */
  if (_rd_window_showing_pairs (self))
    return start_presentation (self, present_pairs (self));

  return _rd_window_present_deck (self, TRUE);
}

/* rd-window-private.h: the window's instance struct, shared by
 * rd-window.c, rd-window-actions.c and rd-window-present.c only */
#pragma once

#include "rd-pairs-view.h"
#include "rd-report-view.h"
#include "rd-search-view.h"
#include "rd-table-view.h"
#include "rd-window.h"
#include "rd-window-state.h"

G_BEGIN_DECLS

struct _RdWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  /* The report, the sector and the chosen figure: the widgets follow it. */
  RdWindowState        *state;
  RdChartView          *current_view;  /* weak: the chart last focused or clicked */
  GtkFileChooserNative *chooser;
  GtkWindow            *shortcuts;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkWidget            *open_other_button;
  GtkStack             *main_stack;
  GtkListBox           *sector_list;
  GtkLabel             *sector_title;
  GtkFlowBox           *charts_box;
  RdExcerptPanel       *excerpt_panel;
  GtkWidget            *excerpt_separator;
  gboolean              show_source;    /* the excerpt panel is shown (win.show-source) */
  GtkWidget            *zoom_button;    /* "125%" in the menu, once it is made */
  GtkStack             *view_stack;
  guint                 views_loaded;  /* LOADED_* bits */
  GtkWidget            *open_button;
  GtkMenuButton        *search_button;
  GtkWidget            *view_switcher;
  GtkMenuButton        *menu_button;
  GtkWidget            *present_button;
  GtkWidget            *source_button;
  GMenuModel           *primary_menu;
  GtkPopover           *search_popover;
  GtkBox               *search_page;
  GtkBox               *table_page;
  GtkBox               *report_page;
  GtkBox               *pairs_page;
  /* Made when first shown, so that they cost the first frame nothing. */
  RdSearchView         *search_view;
  RdTableView          *table_view;
  RdReportView         *report_view;
  RdPairsView          *pairs_view;
  GtkLabel             *error_label;
  GtkLabel             *hint_label;
  GtkWidget            *back_button;
  gboolean              reveal_sector;  /* scroll the selected sector into view */
};

/* rd-window.c */
gboolean        _rd_window_is_own_file          (const char     *path);
void            _rd_window_show_dataset         (RdWindow       *self);
void            _rd_window_focus_sectors        (RdWindow       *self);
void            _rd_window_set_current_view     (RdWindow       *self,
                                                 RdChartView    *view);
/* Chooses @figure (the state's selected figure) and shows the source
 * panel with its sentence. */
void            _rd_window_choose_figure        (RdWindow       *self,
                                                 RdIndicator    *figure);
/* Chooses @sector as the sidebar does: its charts on screen. */
void            _rd_window_choose_sector        (RdWindow       *self,
                                                 RdSector       *sector);

/* rd-window-views.c: search, table, report and pairs */
void            _rd_window_on_search_popover_show (GtkPopover   *popover,
                                                   RdWindow     *self);
void            _rd_window_view_shown           (RdWindow       *self,
                                                 const char     *name);
void            _rd_window_load_view            (RdWindow       *self,
                                                 const char     *name);
/* Whether the view shown is the pairs view, whose chart is what copy,
 * export and print act on there. */
gboolean        _rd_window_showing_pairs        (RdWindow       *self);

/* rd-window-actions.c: actions, zoom and the main menu */
void            _rd_window_class_actions_init   (GtkWidgetClass *widget_class);
void            _rd_window_actions_init         (RdWindow       *self);

/* rd-window-present.c: the slideshow's start and finish */
RdPresentation *_rd_window_present_deck         (RdWindow       *self,
                                                 gboolean        from_screen);

G_END_DECLS

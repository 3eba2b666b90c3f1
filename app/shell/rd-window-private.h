/* rd-window-private.h: the window's instance struct, shared by
 * rd-window.c, rd-window-actions.c and rd-window-present.c only */
#pragma once

#include "rd-pairs-view.h"
#include "rd-report-switcher.h"
#include "rd-report-view.h"
#include "rd-search-view.h"
#include "rd-table-view.h"
#include "rd-trend-view.h"
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
  GtkBox               *trends_page;
  GtkWidget            *trends_button;
  /* Made when first shown, so that they cost the first frame nothing. */
  RdSearchView         *search_view;
  RdTableView          *table_view;
  RdReportView         *report_view;
  RdPairsView          *pairs_view;
  RdTrendView          *trends_view;
  GtkLabel             *error_label;
  GtkLabel             *hint_label;
  GtkWidget            *back_button;
  gboolean              reveal_sector;  /* scroll the selected sector into view */

  /* rd-window-library.c: the library's reports, switching and removing */
  RdReportSwitcher     *switcher;
  char                 *library_path;  /* the library shown, or NULL for a dataset file */
  GFileMonitor         *library_monitor;
  guint                 relist_source;  /* the debounce of the monitor */
  guint                 relist_serial;
  guint                 open_serial;    /* the last report asked for wins */
  guint                 n_opening;
  GCancellable         *library_cancellable;
  GCancellable         *open_cancellable;  /* the open under way: Cancel, or a newer one */
  guint                 open_slow_source;  /* shows "Opening…" with Cancel after a while */
  char                 *opening_name;
  gboolean              open_notified;     /* the notification is "Opening…" */
  gint64                pending_removal;  /* removed from the list, Undo still possible */
  gint64                pending_figure_report;  /* a search result of another report */
  char                 *pending_figure_key;     /* is shown once that report is */
  RdDataset            *table_dataset;  /* every report, for the table */
  guint                 table_serial;
  char                 *pending_path;
  guint                 removal_source;
  guint                 n_removing;       /* removals under way in threads */
  guint                 undo_timeout_ms;
  GtkRevealer          *toast_revealer;
  GtkLabel             *toast_label;
  GtkButton            *toast_button;
  guint                 toast_source;

  /* rd-window-import.c: Import Report… and dropped files */
  GtkFileChooserNative *import_chooser;
  GtkRevealer          *import_revealer;
  GtkLabel             *import_label;
  GCancellable         *import_cancellable;  /* the import running, or NULL */
  GQueue               *import_queue;        /* paths waiting */
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
gboolean        _rd_window_showing_trends       (RdWindow       *self);
/* The Trends view is offered for a library only, not a dataset file. */
void            _rd_window_update_trends        (RdWindow       *self);

/* rd-window-actions.c: actions, zoom and the main menu */
void            _rd_window_class_actions_init   (GtkWidgetClass *widget_class);
void            _rd_window_actions_init         (RdWindow       *self);

/* rd-window-library.c: the report switcher, the library's monitor,
 * removal with Undo and the in-window notification */
void            _rd_window_class_library_init   (GtkWidgetClass *widget_class);
void            _rd_window_library_init         (RdWindow       *self);
void            _rd_window_library_dispose      (RdWindow       *self);
/* The library that Import Report… adds to: the one shown, else the
 * user's. */
char           *_rd_window_dup_import_library   (RdWindow       *self);
/* Shows @text at the bottom of the window; @button_label (may be NULL)
 * on a button of @action_name; hidden after @timeout_ms (0: when closed). */
void            _rd_window_notify               (RdWindow       *self,
                                                 const char     *text,
                                                 const char     *button_label,
                                                 const char     *action_name,
                                                 guint           timeout_ms);
/* Shows report @report_id of the library and, once it is open, its
 * figure @key (a search result of another report). */
void            _rd_window_show_report_figure   (RdWindow       *self,
                                                 gint64          report_id,
                                                 const char     *key);
/* The table lists every report of the library (loaded in a thread, kept
 * while no report comes or goes), the one shown chosen. */
void            _rd_window_load_table_reports   (RdWindow       *self);
/* rd-window-views.c: the table chooses the state's figure. */
void            _rd_window_table_follow_figure  (RdWindow       *self);
/* Lists the library's reports in the switcher again, now. */
void            _rd_window_relist               (RdWindow       *self);
/* Shows report @id of library @path (opened in a thread). */
void            _rd_window_open_report          (RdWindow       *self,
                                                 const char     *path,
                                                 gint64          id);

/* rd-window-import.c */
void            _rd_window_class_import_init    (GtkWidgetClass *widget_class);
void            _rd_window_import_init          (RdWindow       *self);
void            _rd_window_import_dispose       (RdWindow       *self);

/* rd-window-review.c: Review Figures… */
void            _rd_window_class_review_init    (GtkWidgetClass *widget_class);

/* rd-window-present.c: the slideshow's start and finish */
RdPresentation *_rd_window_present_deck         (RdWindow       *self,
                                                 gboolean        from_screen);

G_END_DECLS

/* rd-test-window.h: the main window, opened for a test */
#pragma once

#include "rd-application.h"
#include "rd-review-view.h"
#include "rd-window.h"

G_BEGIN_DECLS

/* The start of a window test's main(): the interface's language, GTK
 * for tests, and GTK's renderer as the application chooses it. */
void      rd_test_window_init     (int        *argc,
                                   char     ***argv);
/* A new window (with @settings, may be NULL) on screen, showing the
 * built-in dataset. */
RdWindow *rd_test_open_window     (GSettings *settings);
/* Whether @view (an RdChartView) has been drawn: its marks have places. */
gboolean  rd_test_chart_drawn     (gpointer   view);
/* Whether this run is the Chinese one (ui-zh): a missing translation
 * then fails instead of quietly testing English twice. */
gboolean  rd_test_expect_chinese  (void);

/* Registers @app as the program does before it activates or opens. Each
 * test's application has its own ID: an earlier one in this process may
 * still have its actions exported on the session bus. */
void      rd_test_start_application (RdApplication *app);

/* The user's library (in the test's own data folder), new, with the
 * built-in report only; its path. */
char     *rd_test_new_library     (void);
/* Imports tests/data/reports/@name into the library at @path; its id. */
/* The message dialog shown (the question on closing a review), or NULL. */
GtkDialog *rd_test_find_question  (void);
/* The item at @position of the review's list (owned by the list). */
RdReviewItem *rd_test_review_item_at (RdReviewView *view,
                                      guint         position);
gint64    rd_test_add_corpus_report (const char *path,
                                     const char *name);

G_END_DECLS

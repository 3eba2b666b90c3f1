/* test-ui-review.c: Review Figures… under Xvfb: the report's figures listed
 * and marked in its text, the next figure of low confidence, corrections
 * saved (through the question on closing) and discarded. */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "rd-library.h"
#include "rd-review-view.h"
#include "rd-test-gtk.h"
#include "rd-test-util.h"
#include "rd-test-window.h"
#include "rd-window.h"

typedef struct
{
  char         *path;
  gint64        report_id;
  RdWindow     *window;
  RdReviewView *view;
} Fixture;

static gboolean
window_idle (gpointer window)
{
  return !rd_window_is_busy (window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->path = rd_test_new_library ();
  fixture->report_id = rd_test_add_corpus_report (fixture->path, "hunan-2019.txt");
  fixture->window = rd_window_new (NULL, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (rd_window_open_path (fixture->window, fixture->path));
  g_assert_true (rd_test_wait_for (window_idle, fixture->window));
  g_assert_true (rd_window_show_report (fixture->window, fixture->report_id));
  g_assert_true (rd_test_wait_for (window_idle, fixture->window));
  g_assert_cmpint (rd_dataset_get_report_id (rd_window_get_dataset (fixture->window)), ==, fixture->report_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-figures", NULL));
  fixture->view = rd_window_review_figures (fixture->window);
  g_assert_nonnull (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rd_test_run_for (50);
  g_free (fixture->path);
}

/* The rows of @table of the report that match @extra (an AND clause, or ""). */
static gint64
count (Fixture    *fixture,
       const char *table,
       const char *extra)
{
  g_autofree char *full = g_strdup_printf ("SELECT count(*) FROM %s WHERE report_id = %lld%s",
                                           table, (long long) fixture->report_id, extra);

  return rd_test_query_int (fixture->path, full);
}

static void
test_listed_and_marked (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *figures = rd_review_view_get_figures (fixture->view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (rd_review_view_get_text_view (fixture->view));
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);
  guint n = g_list_model_get_n_items (figures);
  GtkTextIter iter, start, end;

  g_assert_cmpuint (n, >, 10);
  g_assert_cmpint (n, ==, count (fixture, "indicator", ""));
  for (guint i = 0; i < n; i++)
    {
      const RdDraftFigure *figure = rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i));
      GtkTextTag *tag = gtk_text_tag_table_lookup (tags, figure->basis);

      g_assert_nonnull (tag);
      for (int at = figure->src_start; at < figure->src_end; at++)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &iter, at);
          g_assert_true (gtk_text_iter_has_tag (&iter, tag));
        }
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, figure->src_start);
      g_assert_cmpint (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (tags, "low")), ==,
                       figure->confidence < RD_REVIEW_LOW_CONFIDENCE);
      if (i > 0)
        g_assert_cmpint (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i - 1))->src_start, <=, figure->src_start);
    }
  /* The excluded digit runs are marked too. */
  if (count (fixture, "exclusion", "") > 0)
    {
      gtk_text_buffer_get_start_iter (buffer, &iter);
      g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, gtk_text_tag_table_lookup (tags, "excluded")));
    }

  /* Choosing a row selects its figure in the text. */
  rd_review_view_select (fixture->view, 3);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, rd_review_item_get_figure (rd_test_review_item_at (fixture->view, 3))->src_start);
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, rd_review_item_get_figure (rd_test_review_item_at (fixture->view, 3))->src_end);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "name_zh"))), ==,
                   rd_review_item_get_figure (rd_test_review_item_at (fixture->view, 3))->name_zh);
}

static void
test_next_low (Fixture       *fixture,
               gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (rd_review_view_get_text_view (fixture->view));
  GtkTextTag *low = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "low");
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  GtkTextIter iter;
  guint n_low = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rd_review_view_get_figures (fixture->view)); i++)
    n_low += rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i))->confidence < RD_REVIEW_LOW_CONFIDENCE;

  /* None of low confidence: the choice stays. */
  if (n_low == 0)
    {
      rd_review_view_select (fixture->view, 0);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.next-low", NULL));
      g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, 0);
    }

  /* Two figures the importer was unsure of (5 and 9 in text order). */
  sql = g_strdup_printf ("UPDATE indicator SET confidence = 0.3 WHERE id IN (%lld, %lld)",
                         (long long) rd_review_item_get_id (rd_test_review_item_at (fixture->view, 5)),
                         (long long) rd_review_item_get_id (rd_test_review_item_at (fixture->view, 9)));
  rd_test_exec_sql (fixture->path, sql);
  g_assert_true (rd_review_view_load (fixture->view, fixture->path, fixture->report_id, &error));
  g_assert_no_error (error);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, rd_review_item_get_figure (rd_test_review_item_at (fixture->view, 9))->src_start);
  g_assert_true (gtk_text_iter_has_tag (&iter, low));

  rd_review_view_select (fixture->view, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.next-low", NULL);
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.next-low", NULL);
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, 9);
  /* Round the end back to the first. */
  g_assert_true (rd_review_view_move_low (fixture->view, TRUE));
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.previous-low", NULL);
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, 9);
  rd_review_view_select (fixture->view, 6);
  g_assert_true (rd_review_view_move_low (fixture->view, TRUE));
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, 9);
}

/* The action the view's key @accel (as gtk_accelerator_parse() reads it) is bound to. */
static const char *
bound_action (RdReviewView *view,
              const char   *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (trigger, accel) && GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }
  return NULL;
}

static void
test_keys_and_menu (Fixture       *fixture,
                    gconstpointer  data)
{
  g_assert_cmpstr (bound_action (fixture->view, "F8"), ==, "review.next-low");
  g_assert_cmpstr (bound_action (fixture->view, "<Control>n"), ==, "review.next-low");
  g_assert_cmpstr (bound_action (fixture->view, "<Shift>F8"), ==, "review.previous-low");
  /* The menu's item asks for the same window again rather than a second one. */
  g_assert_true (rd_window_review_figures (fixture->window) == fixture->view);
  /* A dataset file is no library: nothing to review. */
  g_assert_true (rd_window_open_path (fixture->window, rd_test_builtin_dataset ()));
  g_assert_true (rd_test_wait_for (window_idle, fixture->window));
  g_assert_null (rd_window_review_figures (fixture->window));
}

static void
correct_first (Fixture *fixture)
{
  rd_review_view_select (fixture->view, 0);
  g_assert_false (rd_review_view_has_changes (fixture->view));
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "value")), "123.5");
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "name_zh")), "更正后的名称");
  g_assert_true (rd_review_view_has_changes (fixture->view));
  g_assert_true (rd_review_item_is_edited (rd_test_review_item_at (fixture->view, 0)));
  /* Nothing is written before Save. */
  g_assert_cmpint (count (fixture, "indicator", " AND found_by = 'corrected'"), ==, 0);
}

static void
test_save_on_close (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWindow *review = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (fixture->view)));
  gint64 id = rd_review_item_get_id (rd_test_review_item_at (fixture->view, 0));
  g_autofree char *sql = NULL;
  GtkDialog *question;

  correct_first (fixture);

  /* Closing asks; Cancel keeps the window and the edits. */
  gtk_window_close (review);
  question = rd_test_find_question ();
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_CANCEL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (review)));
  g_assert_true (rd_review_view_has_changes (fixture->view));

  /* Save writes them, marked corrected, and the window reopens the report. */
  gtk_window_close (review);
  question = rd_test_find_question ();
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_ACCEPT);
  sql = g_strdup_printf ("SELECT count(*) FROM indicator WHERE id = %lld AND found_by = 'corrected'"
                         " AND value = 123.5 AND name_zh = '更正后的名称'", (long long) id);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
  g_assert_cmpint (count (fixture, "indicator", " AND found_by = 'corrected'"), ==, 1);
  rd_test_assert_library_whole (fixture->path);
  g_assert_true (rd_test_wait_for (window_idle, fixture->window));
  g_assert_cmpint (rd_dataset_get_report_id (rd_window_get_dataset (fixture->window)), ==, fixture->report_id);
  g_assert_nonnull (rd_window_get_notification (fixture->window));
  fixture->view = NULL;
}

static void
test_discard (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = rd_test_checksum (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *name = g_strdup (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, 0))->name_zh);

  correct_first (fixture);
  rd_review_view_discard (fixture->view);
  g_assert_false (rd_review_view_has_changes (fixture->view));
  g_assert_cmpstr (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, 0))->name_zh, ==, name);
  after = rd_test_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* Without edits, closing asks nothing. */
  gtk_window_close (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (fixture->view))));
  g_assert_null (rd_test_find_question ());
}

static void
set_choice (Fixture    *fixture,
            const char *name,
            guint       position)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rd_review_view_get_field (fixture->view, name)), position);
}

/* The position of the first item shown that is (@figure) or is not a figure. */
static guint
first_shown (Fixture  *fixture,
             gboolean  figure)
{
  GListModel *items = rd_review_view_get_figures (fixture->view);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (rd_review_item_is_figure (rd_test_review_item_at (fixture->view, i)) == figure)
      return i;
  g_assert_not_reached ();
}

static gboolean
has_tag_at (Fixture    *fixture,
            const char *name,
            int         offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (rd_review_view_get_text_view (fixture->view));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name));
}

static void
test_make_and_undo (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = rd_test_checksum (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  gint64 n_figures = count (fixture, "indicator", ""), n_exclusions = count (fixture, "exclusion", "");
  RdReviewItem *run, *figure;
  int run_start;

  /* The excluded runs listed, struck through in the text. */
  set_choice (fixture, "show", 1);
  g_assert_cmpint (g_list_model_get_n_items (rd_review_view_get_figures (fixture->view)), ==, n_exclusions);
  rd_review_view_select (fixture->view, 0);
  run = rd_test_review_item_at (fixture->view, 0);
  run_start = rd_review_item_get_figure (run)->src_start;
  g_assert_true (rd_review_item_is_excluded (run));
  g_assert_false (rd_review_item_is_figure (run));
  g_assert_true (has_tag_at (fixture, "excluded", run_start));
  g_assert_false (gtk_widget_is_sensitive (rd_review_view_get_field (fixture->view, "value")));

  /* Make Figure, then Undo (Ctrl+Z), then Make Figure again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.make-figure", NULL));
  g_assert_true (rd_review_item_is_figure (run));
  g_assert_false (has_tag_at (fixture, "excluded", run_start));
  g_assert_true (rd_review_view_has_changes (fixture->view));
  g_assert_true (gtk_widget_is_sensitive (rd_review_view_get_field (fixture->view, "value")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.undo", NULL));
  g_assert_false (rd_review_item_is_figure (run));
  g_assert_true (has_tag_at (fixture, "excluded", run_start));
  g_assert_false (rd_review_view_has_changes (fixture->view));
  g_assert_true (rd_review_view_make_figure (fixture->view));
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "name_zh")), "人工标记的数字");

  /* A figure made a non-figure; the run made a figure is among the figures. */
  set_choice (fixture, "show", 0);
  g_assert_cmpint (g_list_model_get_n_items (rd_review_view_get_figures (fixture->view)), ==, n_figures + 1);
  rd_review_view_select (fixture->view, first_shown (fixture, TRUE) + 1);
  figure = rd_test_review_item_at (fixture->view, rd_review_view_get_selected (fixture->view));
  g_assert_false (rd_review_item_is_excluded (figure));
  g_assert_true (rd_review_view_not_figure (fixture->view));
  g_assert_false (rd_review_view_not_figure (fixture->view));
  g_assert_true (has_tag_at (fixture, "excluded", rd_review_item_get_figure (figure)->src_start));
  sql = g_strdup_printf ("SELECT count(*) FROM exclusion WHERE start = %d AND reason = 'person'",
                         rd_review_item_get_figure (figure)->src_start);

  /* Nothing written yet. */
  after = rd_test_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (bound_action (fixture->view, "<Control>z"), ==, "review.undo");
  g_assert_cmpstr (bound_action (fixture->view, "<Control>Return"), ==, "review.accept");
  g_assert_cmpstr (bound_action (fixture->view, "a"), ==, "review.accept");

  g_assert_true (rd_review_view_save (fixture->view, NULL));
  g_assert_false (rd_review_view_has_changes (fixture->view));
  g_assert_cmpint (count (fixture, "indicator", ""), ==, n_figures);
  g_assert_cmpint (count (fixture, "exclusion", ""), ==, n_exclusions);
  g_assert_cmpint (count (fixture, "indicator", " AND name_zh = '人工标记的数字' AND found_by = 'corrected'"), ==, 1);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
  /* Every figure of the report is on a chart, the new one too. */
  g_assert_cmpint (count (fixture, "indicator", " AND id NOT IN (SELECT indicator_id FROM chart_figure)"), ==, 0);
  rd_test_assert_library_whole (fixture->path);
}

static void
test_accept_filter_sort (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *items = rd_review_view_get_figures (fixture->view);
  g_autofree char *sql = NULL;
  RdReviewItem *item;
  guint n = g_list_model_get_n_items (items), at;

  /* Lowest confidence first. */
  set_choice (fixture, "sort", 1);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i - 1))->confidence, <=,
                       rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i))->confidence);
  set_choice (fixture, "sort", 0);

  /* Targets only, then the first sector's only. */
  set_choice (fixture, "filter_basis", 2);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), <, n);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_assert_cmpstr (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i))->basis, ==, "target");
  set_choice (fixture, "filter_basis", 0);
  set_choice (fixture, "filter_sector", 1);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_assert_cmpstr (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, i))->sector, ==, "overview");
  set_choice (fixture, "filter_sector", 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);

  /* Accept: checked as it is, then the next of low confidence (two made so). */
  sql = g_strdup_printf ("UPDATE indicator SET confidence = 0.3 WHERE id IN (%lld, %lld)",
                         (long long) rd_review_item_get_id (rd_test_review_item_at (fixture->view, 5)),
                         (long long) rd_review_item_get_id (rd_test_review_item_at (fixture->view, 9)));
  rd_test_exec_sql (fixture->path, sql);
  g_assert_true (rd_review_view_load (fixture->view, fixture->path, fixture->report_id, NULL));
  rd_review_view_select (fixture->view, 0);
  g_assert_true (rd_review_view_move_low (fixture->view, TRUE));
  at = rd_review_view_get_selected (fixture->view);
  item = rd_test_review_item_at (fixture->view, at);
  g_assert_cmpfloat (rd_review_item_get_figure (item)->confidence, <, RD_REVIEW_LOW_CONFIDENCE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "review.accept", NULL));
  g_assert_true (rd_review_item_is_edited (item));
  g_assert_cmpfloat (rd_review_item_get_figure (item)->confidence, ==, 1);
  g_assert_false (has_tag_at (fixture, "low", rd_review_item_get_figure (item)->src_start));
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), !=, at);
  g_assert_true (rd_review_view_undo (fixture->view));
  g_assert_false (rd_review_item_is_edited (item));
  g_assert_cmpuint (rd_review_view_get_selected (fixture->view), ==, at);
  g_assert_true (has_tag_at (fixture, "low", rd_review_item_get_figure (item)->src_start));
  g_assert_false (rd_review_view_undo (fixture->view));
  g_assert_false (rd_review_view_has_changes (fixture->view));
}

static void
test_text_click (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (rd_review_view_get_text_view (fixture->view));
  g_autoptr(GPtrArray) exclusions = NULL;
  g_autoptr(RdLibrary) library = rd_library_open_full (fixture->path, NULL, 1000, NULL);
  RdDraftExclusion *exclusion;
  GtkTextIter iter;

  exclusions = rd_library_list_exclusions (library, fixture->report_id, NULL);
  g_assert_cmpuint (exclusions->len, >, 2);
  exclusion = exclusions->pdata[2];
  /* A click on an excluded run chooses it, the list showing every item. */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, exclusion->start);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (rd_review_view_get_field (fixture->view, "show"))), ==, 2);
  g_assert_cmpint (rd_review_item_get_figure (rd_test_review_item_at (fixture->view, rd_review_view_get_selected (fixture->view)))->src_start,
                   ==, exclusion->start);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->view)));
  g_assert_false (rd_review_view_select_offset (fixture->view, 0x7fffffff));
}

/* The button of @widget's tree styled suggested-action (Save), or NULL. */
static GtkWidget *
find_suggested (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_suggested (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_report_fields (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM report WHERE id = %lld AND title = '改过的报告'"
                                          " AND region = '湖南省长沙县' AND level = '县' AND year = 2020",
                                          (long long) fixture->report_id);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "region"))), ==, "湖南省");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "report_year"))), ==, "2019");
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "title")), "改过的报告");
  g_assert_true (rd_review_view_has_changes (fixture->view));
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "region")), "湖南省长沙县");
  set_choice (fixture, "level", 4);
  gtk_editable_set_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "report_year")), "2020");
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 0);
  /* Save in the review window's header bar. */
  g_signal_emit_by_name (find_suggested (gtk_window_get_titlebar (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (fixture->view))))), "clicked");
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
  g_assert_false (rd_review_view_has_changes (fixture->view));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rd_review_view_get_field (fixture->view, "title"))), ==, "改过的报告");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (fixture->view)))),
                            "改过的报告"));
  g_assert_true (rd_test_wait_for (window_idle, fixture->window));
}

static GtkEditable *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *entry = find_entry (child);

      if (entry != NULL)
        return entry;
    }
  return NULL;
}

static gboolean
shows_title (gpointer data)
{
  Fixture *fixture = data;
  RdDataset *dataset = rd_window_get_dataset (fixture->window);

  return !rd_window_is_busy (fixture->window) && dataset != NULL &&
         g_strcmp0 (rd_dataset_get_title_zh (dataset), "湖南省二〇一九年报告") == 0;
}

static void
test_rename (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM report WHERE id = %lld AND title = '湖南省二〇一九年报告'"
                                          " AND region = '湖南省' AND year = 2019", (long long) fixture->report_id);
  GtkWindow *dialog;
  GtkEditable *entry;
  GList *toplevels;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.rename-report", NULL));
  dialog = rd_window_rename_report (fixture->window);
  g_assert_nonnull (dialog);
  entry = find_entry (GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==,
                   rd_dataset_get_title_zh (rd_window_get_dataset (fixture->window)));
  gtk_editable_set_text (entry, "湖南省二〇一九年报告");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
  /* The window shows the report under its new title. */
  g_assert_true (rd_test_wait_for (shows_title, fixture));
  /* One more dialog left open by the action above, cancelled: nothing changes. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_DIALOG (l->data) && !GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      gtk_dialog_response (GTK_DIALOG (l->data), GTK_RESPONSE_CANCEL);
  g_list_free (toplevels);
  g_assert_cmpint (rd_test_query_int (fixture->path, sql), ==, 1);
}

/* Every access key of the review window is its own (Alt+S was both Save
 * and Sector): labels with a mnemonic, in the window and its header bar. */
static void
test_access_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (fixture->view));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) keys = g_hash_table_new (NULL, NULL);
  guint n = 0;

  g_assert_true (GTK_IS_WINDOW (root));
  rd_test_collect (GTK_WIDGET (root), GTK_TYPE_LABEL, labels);
  if (gtk_window_get_titlebar (GTK_WINDOW (root)) != NULL)
    rd_test_collect (gtk_window_get_titlebar (GTK_WINDOW (root)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];
      guint key = gtk_label_get_mnemonic_keyval (label);

      if (key == GDK_KEY_VoidSymbol || !gtk_widget_is_visible (GTK_WIDGET (label)) ||
          g_hash_table_contains (keys, label))
        continue;
      g_hash_table_add (keys, label);
      key = gdk_keyval_to_lower (key);
      for (guint j = 0; j < i; j++)
        if (labels->pdata[j] != label && gtk_widget_is_visible (labels->pdata[j]) &&
            gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (labels->pdata[j])) == key)
          g_error ("“%s” and “%s” share Alt+%s", gtk_label_get_label (label),
                   gtk_label_get_label (labels->pdata[j]), gdk_keyval_name (key));
      n++;
    }
  g_assert_cmpuint (n, >=, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rd-ui-review-home-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  rd_test_window_init (&argc, &argv);
#define ADD(name, func) \
  g_test_add ("/ui-review/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("listed-and-marked", test_listed_and_marked);
  ADD ("next-low", test_next_low);
  ADD ("save-on-close", test_save_on_close);
  ADD ("discard", test_discard);
  ADD ("keys-and-menu", test_keys_and_menu);
  ADD ("make-and-undo", test_make_and_undo);
  ADD ("accept-filter-sort", test_accept_filter_sort);
  ADD ("text-click", test_text_click);
  ADD ("report-fields", test_report_fields);
  ADD ("rename", test_rename);
  ADD ("access-keys", test_access_keys);
  status = g_test_run ();
  rd_test_remove_dir (home);
  return status;
}

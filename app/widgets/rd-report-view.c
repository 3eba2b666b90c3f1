/* rd-report-view.c
 *
 * A read-only GtkTextView of the report body. Headings and figures are
 * tags over the code point spans the dataset gives (GtkTextBuffer offsets
 * are code points too). The figures are kept in text order, so the one
 * under the pointer is a binary search.
 */
#define G_LOG_DOMAIN "reportdash-report-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-report-view.h"
#include "reportdash-resources.h"

struct _RdReportView
{
  GtkWidget      parent_instance;

  RdDataset     *dataset;
  GPtrArray     *figures;    /* RdIndicator of the report, in text order */
  RdIndicator   *shown;
  GtkTextTag    *figure_tag;
  GtkTextTag    *sentence_tag;
  GtkTextTag    *current_tag;
  GtkTextMark   *shown_mark;
  double         shown_yalign;
  guint          scroll_tick;
  guint          scroll_frames;

  GtkPaned      *paned;
  GtkListBox    *outline;
  GtkTextView   *text_view;
  int            auto_position;  /* the divider where we last put it */
};

/* Beside a sidebar and the excerpt panel the report may get 300 px in a
 * small window: then the outline takes less and the text keeps more. */
#define NARROW_WIDTH 640
#define OUTLINE_WIDTH 220
#define TEXT_MARGIN 36

G_DEFINE_FINAL_TYPE (RdReportView, rd_report_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
get_buffer (RdReportView *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

RdIndicator *
rd_report_view_get_indicator_at (RdReportView *self,
                                 int           offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (RD_IS_REPORT_VIEW (self), NULL);

  if (self->figures == NULL)
    return NULL;

  /* The first figure that ends after @offset. */
  hi = self->figures->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int start, end;

      rd_indicator_get_source_span (g_ptr_array_index (self->figures, mid), &start, &end);
      if (end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < self->figures->len)
    {
      RdIndicator *indicator = g_ptr_array_index (self->figures, lo);
      int start, end;

      rd_indicator_get_source_span (indicator, &start, &end);
      if (start <= offset && offset < end)
        return indicator;
    }
  return NULL;
}

/* Every figure printed with the same span as @indicator (shared spans). */
static char *
describe_span (RdReportView *self,
               RdIndicator  *indicator)
{
  GString *text = g_string_new (NULL);
  int start, end;

  rd_indicator_get_source_span (indicator, &start, &end);
  for (guint i = 0; i < self->figures->len; i++)
    {
      RdIndicator *other = g_ptr_array_index (self->figures, i);
      int other_start, other_end;

      rd_indicator_get_source_span (other, &other_start, &other_end);
      if (other_start == start && other_end == end)
        {
          g_autofree char *line = rd_indicator_describe (other);

          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, line);
        }
    }
  return g_string_free (text, FALSE);
}

static RdIndicator *
indicator_at_point (RdReportView *self,
                    double        x,
                    double        y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return NULL;
  return rd_report_view_get_indicator_at (self, gtk_text_iter_get_offset (&iter));
}

/* (@x, @y) in text view coordinates. */
static gboolean
activate_at (RdReportView *self,
             double        x,
             double        y)
{
  RdIndicator *indicator = indicator_at_point (self, x, y);

  if (indicator == NULL)
    return FALSE;

  g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, indicator);
  return TRUE;
}

gboolean
rd_report_view_activate_at (RdReportView *self,
                            double        x,
                            double        y)
{
  graphene_point_t point;

  g_return_val_if_fail (RD_IS_REPORT_VIEW (self), FALSE);

  if (!gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->text_view),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;
  return activate_at (self, point.x, point.y);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   RdReportView    *self)
{
  /* A drag that selected text is not a click on a link. */
  if (n_press == 1 && !gtk_text_buffer_get_has_selection (get_buffer (self)))
    activate_at (self, x, y);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RdReportView             *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view),
                                   indicator_at_point (self, x, y) ? "pointer" : "text");
}

static gboolean
on_query_tooltip (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip,
                  RdReportView *self)
{
  RdIndicator *indicator;
  g_autofree char *text = NULL;

  if (keyboard_mode)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_mark (get_buffer (self), &iter,
                                        gtk_text_buffer_get_insert (get_buffer (self)));
      indicator = rd_report_view_get_indicator_at (self, gtk_text_iter_get_offset (&iter));
    }
  else
    indicator = indicator_at_point (self, x, y);

  if (indicator == NULL)
    return FALSE;

  text = describe_span (self, indicator);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RdReportView          *self)
{
  GtkTextIter iter;
  RdIndicator *indicator;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &iter,
                                    gtk_text_buffer_get_insert (get_buffer (self)));
  indicator = rd_report_view_get_indicator_at (self, gtk_text_iter_get_offset (&iter));
  if (indicator == NULL)
    return FALSE;

  g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, indicator);
  return TRUE;
}

static gboolean
mark_is_visible (RdReportView *self)
{
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &iter, self->shown_mark);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  return visible.height > 0 &&
         location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* Lines are laid out a little at a time after the text is set, and the
 * lines above the mark may change height once they are: scroll again
 * until the mark has stayed in view for a few frames. */
static gboolean
keep_mark_in_view (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  RdReportView *self = data;

  if (!mark_is_visible (self))
    {
      gtk_text_view_scroll_to_mark (self->text_view, self->shown_mark, 0.0, TRUE, 0.0, self->shown_yalign);
      self->scroll_frames = 0;
    }
  else if (++self->scroll_frames >= 3)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
scroll_to_offset (RdReportView *self,
                  int           offset,
                  double        yalign)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &iter, offset);
  gtk_text_buffer_move_mark (get_buffer (self), self->shown_mark, &iter);
  self->shown_yalign = yalign;
  self->scroll_frames = 0;
  gtk_text_view_scroll_to_mark (self->text_view, self->shown_mark, 0.0, TRUE, 0.0, yalign);
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), keep_mark_in_view,
                                                      self, NULL);
}

static void
on_outline_row_activated (GtkListBox    *box,
                          GtkListBoxRow *row,
                          RdReportView  *self)
{
  RdSection *section = g_object_get_data (G_OBJECT (row), "section");
  GtkTextIter iter;
  int start, end;

  rd_section_get_span (section, &start, &end);
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &iter, start);
  gtk_text_buffer_place_cursor (get_buffer (self), &iter);
  scroll_to_offset (self, start, 0.0);
}

static GtkWidget *
create_outline_row (gpointer item,
                    gpointer user_data)
{
  RdSection *section = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (rd_section_get_title (section));
  int level = rd_section_get_level (section);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 6 + 12 * MAX (level - 1, 0));
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  if (level <= 1)
    gtk_widget_add_css_class (label, "heading");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "section", g_object_ref (section), g_object_unref);
  return row;
}

static void
create_tags (RdReportView *self)
{
  GtkTextBuffer *buffer = get_buffer (self);

  gtk_text_buffer_create_tag (buffer, "h0", "scale", 1.6, "weight", PANGO_WEIGHT_BOLD,
                              "justification", GTK_JUSTIFY_CENTER,
                              "pixels-below-lines", 18, NULL);
  gtk_text_buffer_create_tag (buffer, "h1", "scale", 1.35, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 24, "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "h2", "scale", 1.15, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 16, "pixels-below-lines", 8, NULL);
  self->figure_tag = gtk_text_buffer_create_tag (buffer, "figure",
                                                 "foreground", "#1c71d8",
                                                 "underline", PANGO_UNDERLINE_SINGLE,
                                                 NULL);
  /* Dark text on the light highlight, whatever the theme. */
  self->sentence_tag = gtk_text_buffer_create_tag (buffer, "sentence",
                                                   "background", "#fff1a8",
                                                   "foreground", "#1e1e1e",
                                                   NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "current-figure",
                                                  "background", "#ffd85c",
                                                  "foreground", "#1e1e1e",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  NULL);
}

static void
apply_tag (GtkTextBuffer *buffer,
           GtkTextTag    *tag,
           int            start,
           int            end)
{
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, end);
  gtk_text_buffer_apply_tag (buffer, tag, &from, &to);
}

static void
rd_report_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (RD_REPORT_VIEW (widget)->paned), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
rd_report_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  RdReportView *self = RD_REPORT_VIEW (widget);
  gboolean narrow = width < NARROW_WIDTH;
  int wanted = narrow ? MAX (110, width * 3 / 10) : OUTLINE_WIDTH;
  int margin = narrow ? TEXT_MARGIN / 3 : TEXT_MARGIN;

  /* The divider follows the width until the user moves it. */
  if (gtk_paned_get_position (self->paned) == self->auto_position && wanted != self->auto_position)
    {
      gtk_paned_set_position (self->paned, wanted);
      self->auto_position = wanted;
    }
  if (gtk_text_view_get_left_margin (self->text_view) != margin)
    {
      gtk_text_view_set_left_margin (self->text_view, margin);
      gtk_text_view_set_right_margin (self->text_view, margin);
    }
  gtk_widget_allocate (GTK_WIDGET (self->paned), width, height, baseline, NULL);
}

static void
rd_report_view_dispose (GObject *object)
{
  RdReportView *self = RD_REPORT_VIEW (object);
  GtkWidget *child;

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_REPORT_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_object (&self->shown);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (rd_report_view_parent_class)->dispose (object);
}

static gboolean
rd_report_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RD_REPORT_VIEW (widget)->text_view));
}

static void
rd_report_view_class_init (RdReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_report_view_dispose;
  widget_class->grab_focus = rd_report_view_grab_focus;
  widget_class->measure = rd_report_view_measure;
  widget_class->size_allocate = rd_report_view_size_allocate;

  /**
   * RdReportView::figure-activated:
   * @indicator: the RdIndicator of the figure
   *
   * A figure of the text was clicked, or Enter was pressed on it.
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);

  (void) reportdash_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdReportView, paned);
  gtk_widget_class_bind_template_child (widget_class, RdReportView, outline);
  gtk_widget_class_bind_template_child (widget_class, RdReportView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_row_activated);

  gtk_widget_class_set_css_name (widget_class, "report-view");
}

static void
rd_report_view_init (RdReportView *self)
{
  GtkGesture *click;
  GtkEventController *controller;
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_paned_set_position (self->paned, OUTLINE_WIDTH);
  self->auto_position = OUTLINE_WIDTH;
  gtk_text_view_set_left_margin (self->text_view, TEXT_MARGIN);
  gtk_text_view_set_right_margin (self->text_view, TEXT_MARGIN);
  create_tags (self);
  gtk_text_buffer_get_start_iter (get_buffer (self), &start);
  self->shown_mark = gtk_text_buffer_create_mark (get_buffer (self), "shown", &start, TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
}

GtkWidget *
rd_report_view_new (void)
{
  return g_object_new (RD_TYPE_REPORT_VIEW, NULL);
}

void
rd_report_view_set_dataset (RdReportView *self,
                            RdDataset    *dataset)
{
  GtkTextBuffer *buffer;
  GListModel *figures;
  GListModel *sections;

  g_return_if_fail (RD_IS_REPORT_VIEW (self));
  g_return_if_fail (dataset == NULL || RD_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  buffer = get_buffer (self);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  self->figures = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_text_buffer_set_text (buffer, dataset ? rd_dataset_get_body (dataset) : "", -1);
  gtk_list_box_bind_model (self->outline, dataset ? rd_dataset_get_sections (dataset) : NULL,
                           create_outline_row, NULL, NULL);
  if (dataset == NULL)
    return;

  sections = rd_dataset_get_sections (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(RdSection) section = g_list_model_get_item (sections, i);
      const char *names[] = { "h0", "h1", "h2" };
      int start, end;
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                   names[CLAMP (rd_section_get_level (section), 0, 2)]);

      rd_section_get_span (section, &start, &end);
      apply_tag (buffer, tag, start, end);
    }

  figures = rd_dataset_get_report_indicators (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      RdIndicator *indicator = g_list_model_get_item (figures, i);
      int start, end;

      rd_indicator_get_source_span (indicator, &start, &end);
      apply_tag (buffer, self->figure_tag, start, end);
      g_ptr_array_add (self->figures, indicator);
    }
}

gboolean
rd_report_view_show_indicator (RdReportView *self,
                               RdIndicator  *indicator)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter, end_iter;
  const char *excerpt;
  gsize highlight_start, highlight_end;
  int start, end, sentence_start, sentence_end;
  RdIndicator *found;

  g_return_val_if_fail (RD_IS_REPORT_VIEW (self), FALSE);
  g_return_val_if_fail (RD_IS_INDICATOR (indicator), FALSE);

  rd_indicator_get_source_span (indicator, &start, &end);
  found = rd_report_view_get_indicator_at (self, start);
  /* Only a figure of this report: another report's offsets mean nothing here. */
  if (found == NULL || g_strcmp0 (rd_indicator_get_printed (found), rd_indicator_get_printed (indicator)) != 0 ||
      g_strcmp0 (rd_indicator_get_excerpt (found), rd_indicator_get_excerpt (indicator)) != 0)
    return FALSE;

  buffer = get_buffer (self);
  gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
  gtk_text_buffer_remove_tag (buffer, self->sentence_tag, &start_iter, &end_iter);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start_iter, &end_iter);

  excerpt = rd_indicator_get_excerpt (indicator);
  rd_indicator_get_highlight (indicator, &highlight_start, &highlight_end);
  sentence_start = start - g_utf8_strlen (excerpt, highlight_start);
  sentence_end = sentence_start + g_utf8_strlen (excerpt, -1);
  apply_tag (buffer, self->sentence_tag, sentence_start, sentence_end);
  apply_tag (buffer, self->current_tag, start, end);

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_place_cursor (buffer, &start_iter);
  scroll_to_offset (self, start, 0.3);

  g_set_object (&self->shown, indicator);
  return TRUE;
}

RdIndicator *
rd_report_view_get_shown_indicator (RdReportView *self)
{
  g_return_val_if_fail (RD_IS_REPORT_VIEW (self), NULL);
  return self->shown;
}

GtkTextView *
rd_report_view_get_text_view (RdReportView *self)
{
  g_return_val_if_fail (RD_IS_REPORT_VIEW (self), NULL);
  return self->text_view;
}

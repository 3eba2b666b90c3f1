/* rd-search-view.c
 *
 * Results are the best LIMIT figures, so that typing stays fast on any
 * dataset (rd_search_query() stops looking once it has them). The arrow
 * keys move through the results while the entry keeps the focus.
 */
#define G_LOG_DOMAIN "reportdash-search-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-figure-table.h"
#include "rd-format.h"
#include "rd-search-view.h"
#include "reportdash-resources.h"

#define LIMIT 50
/* Figures of the library's other reports listed after the shown one's. */
#define OTHERS_LIMIT 20
#define SNIPPET_CONTEXT 16

struct _RdSearchView
{
  GtkWidget           parent_instance;

  RdSearch           *search;
  char               *searched;

  GtkSearchEntry     *entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GListStore         *results;
};

G_DEFINE_FINAL_TYPE (RdSearchView, rd_search_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_ACTIVATED,
  REPORT_FIGURE_ACTIVATED,
  STOP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* @text escaped, with bytes [@start, @end) in bold. */
static char *
markup_with_match (const char *text,
                   gssize      start,
                   gssize      end)
{
  g_autofree char *before = NULL;
  g_autofree char *match = NULL;
  g_autofree char *after = NULL;

  if (start < 0 || end < start || (gsize) end > strlen (text))
    return g_markup_escape_text (text, -1);

  before = g_markup_escape_text (text, start);
  match = g_markup_escape_text (text + start, end - start);
  after = g_markup_escape_text (text + end, -1);
  return g_strdup_printf ("%s<b>%s</b>%s", before, match, after);
}

/* The name field of the interface's language; the other one matches too,
 * so that "GDP" finds 地区生产总值 in Chinese. */
static gboolean
is_name_field (RdSearchField field,
               gboolean      own_language)
{
  RdSearchField own = rd_format_use_chinese () ? RD_SEARCH_FIELD_NAME_ZH : RD_SEARCH_FIELD_NAME_EN;

  if (field != RD_SEARCH_FIELD_NAME_ZH && field != RD_SEARCH_FIELD_NAME_EN)
    return FALSE;
  return own_language ? field == own : field != own;
}

char *
rd_search_view_title_markup (RdSearchResult *result)
{
  gssize start, end;

  g_return_val_if_fail (RD_IS_SEARCH_RESULT (result), NULL);

  rd_search_result_get_match (result, &start, &end);
  if (is_name_field (rd_search_result_get_field (result), TRUE))
    return markup_with_match (rd_search_result_get_text (result), start, end);
  return g_markup_escape_text (rd_indicator_get_name (rd_search_result_get_indicator (result)), -1);
}

char *
rd_search_view_details_markup (RdSearchResult *result)
{
  RdIndicator *indicator;
  RdSearchField field;
  const char *section;
  g_autofree char *sector = NULL;
  g_autofree char *year = NULL;
  const char *text;
  gssize start, end;

  g_return_val_if_fail (RD_IS_SEARCH_RESULT (result), NULL);

  indicator = rd_search_result_get_indicator (result);
  field = rd_search_result_get_field (result);
  section = rd_indicator_get_section_title (indicator);
  text = rd_search_result_get_text (result);
  rd_search_result_get_match (result, &start, &end);

  if (rd_search_result_get_report_label (result) != NULL)
    {
      g_autofree char *label = g_markup_escape_text (rd_search_result_get_report_label (result), -1);
      g_autofree char *snippet = NULL;

      if (field == RD_SEARCH_FIELD_EXCERPT)
        {
          g_autofree char *cut = rd_search_result_get_snippet (result, SNIPPET_CONTEXT, &start, &end);
          snippet = markup_with_match (cut, start, end);
        }
      else
        snippet = g_strdup_printf ("%d · %s", rd_indicator_get_year (indicator),
                                   rd_figure_basis_label (rd_indicator_get_basis (indicator)));
      /* TRANSLATORS: search result details of a figure of another report
       * of the library: the report (region and year) · the year the
       * figure is for and actual or target, or the matching sentence */
      return g_strdup_printf (_("In %s · %s"), label, snippet);
    }

  if (field == RD_SEARCH_FIELD_EXCERPT)
    {
      g_autofree char *snippet = rd_search_result_get_snippet (result, SNIPPET_CONTEXT, &start, &end);
      return markup_with_match (snippet, start, end);
    }

  sector = field == RD_SEARCH_FIELD_SECTOR ? markup_with_match (text, start, end)
                                           : g_markup_escape_text (section ? section : "", -1);
  year = field == RD_SEARCH_FIELD_YEAR ? g_strdup_printf ("<b>%d</b>", rd_indicator_get_year (indicator))
                                       : g_strdup_printf ("%d", rd_indicator_get_year (indicator));
  if (is_name_field (field, FALSE))
    {
      g_autofree char *other = markup_with_match (text, start, end);

      /* TRANSLATORS: search result details when the figure's name in the
       * other language matched: that name · section · year · actual or target */
      return g_strdup_printf (_("%s · %s · %s · %s"), other, sector, year,
                              rd_figure_basis_label (rd_indicator_get_basis (indicator)));
    }
  /* TRANSLATORS: search result details: sector or section · year · actual or target */
  return g_strdup_printf (_("%s · %s · %s"), sector, year,
                          rd_figure_basis_label (rd_indicator_get_basis (indicator)));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_xalign (GTK_LABEL (value), 1);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), details);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), value);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  RdSearchResult *result = gtk_list_item_get_item (item);
  RdIndicator *indicator = rd_search_result_get_indicator (result);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (row);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  GtkWidget *value = gtk_widget_get_next_sibling (texts);
  g_autofree char *title_markup = rd_search_view_title_markup (result);
  g_autofree char *details_text = rd_search_view_details_markup (result);
  g_autofree char *value_text = rd_indicator_format_value (indicator);
  g_autofree char *description = rd_indicator_describe (indicator);

  gtk_label_set_markup (GTK_LABEL (title), title_markup);
  gtk_label_set_markup (GTK_LABEL (details), details_text);
  gtk_label_set_text (GTK_LABEL (value), value_text);
  gtk_widget_set_tooltip_text (row, description);
}

void
rd_search_view_update (RdSearchView *self)
{
  const char *text;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean blank = TRUE;
  guint n;

  g_return_if_fail (RD_IS_SEARCH_VIEW (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (self->search == NULL || g_strcmp0 (text, self->searched) == 0)
    return;

  g_free (self->searched);
  self->searched = g_strdup (text);
  for (const char *p = text; *p && blank; p = g_utf8_next_char (p))
    blank = g_unichar_isspace (g_utf8_get_char (p));

  found = rd_search_query (self->search, text, LIMIT, NULL);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    g_ptr_array_add (items, g_list_model_get_item (found, i));
  /* Then the other reports of a library, each result naming its report. */
  if (!blank)
    {
      g_autoptr(GListModel) others = rd_search_query_others (self->search, text, OTHERS_LIMIT);

      for (guint i = 0; i < g_list_model_get_n_items (others); i++)
        g_ptr_array_add (items, g_list_model_get_item (others, i));
    }
  n = items->len;
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       items->pdata, items->len);

  if (n > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
  gtk_stack_set_visible_child_name (self->stack,
                                    n > 0 ? "results" : blank ? "start" : "empty");
}

static void
on_search_changed (GtkSearchEntry *entry,
                   RdSearchView   *self)
{
  rd_search_view_update (self);
}

gboolean
rd_search_view_activate (RdSearchView *self)
{
  g_autoptr(RdSearchResult) result = NULL;
  guint position;

  g_return_val_if_fail (RD_IS_SEARCH_VIEW (self), FALSE);

  rd_search_view_update (self);
  position = gtk_single_selection_get_selected (self->selection);
  result = g_list_model_get_item (G_LIST_MODEL (self->results),
                                  position == GTK_INVALID_LIST_POSITION ? 0 : position);
  if (result == NULL)
    return FALSE;

  if (rd_search_result_get_report_id (result) != 0)
    g_signal_emit (self, signals[REPORT_FIGURE_ACTIVATED], 0, rd_search_result_get_report_id (result),
                   rd_indicator_get_key (rd_search_result_get_indicator (result)));
  else
    g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, rd_search_result_get_indicator (result));
  return TRUE;
}

static void
on_entry_activate (GtkSearchEntry *entry,
                   RdSearchView   *self)
{
  rd_search_view_activate (self);
}

static void
on_stop_search (GtkSearchEntry *entry,
                RdSearchView   *self)
{
  g_signal_emit (self, signals[STOP], 0);
}

static void
on_list_activate (GtkListView  *list_view,
                  guint         position,
                  RdSearchView *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  rd_search_view_activate (self);
}

static gboolean
on_entry_key_pressed (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      RdSearchView          *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  guint position = gtk_single_selection_get_selected (self->selection);
  int delta;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      delta = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      delta = -1;
      break;
    default:
      return FALSE;
    }

  if (n == 0)
    return FALSE;
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if ((delta > 0 && position + 1 < n) || (delta < 0 && position > 0))
    position += delta;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

static void
rd_search_view_dispose (GObject *object)
{
  RdSearchView *self = RD_SEARCH_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_SEARCH_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->search);
  g_clear_pointer (&self->searched, g_free);

  G_OBJECT_CLASS (rd_search_view_parent_class)->dispose (object);
}

static gboolean
rd_search_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RD_SEARCH_VIEW (widget)->entry));
}

static void
rd_search_view_class_init (RdSearchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_search_view_dispose;
  widget_class->grab_focus = rd_search_view_grab_focus;

  /**
   * RdSearchView::figure-activated:
   * @indicator: the RdIndicator of the result
   *
   * A result was clicked, or Enter was pressed.
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);
  /**
   * RdSearchView::report-figure-activated:
   * @report_id: the library's id of the figure's report
   * @key: the figure's key
   *
   * A result of another report of the library was clicked, or Enter was
   * pressed on it.
   */
  signals[REPORT_FIGURE_ACTIVATED] =
    g_signal_new ("report-figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  /**
   * RdSearchView::stop:
   *
   * Escape was pressed in the entry: the search is done with.
   */
  signals[STOP] =
    g_signal_new ("stop", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* Referencing the bundle links it in from the static library. */
  (void) reportdash_get_resource ();
  g_type_ensure (RD_TYPE_SEARCH_RESULT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdSearchView, entry);
  gtk_widget_class_bind_template_child (widget_class, RdSearchView, stack);
  gtk_widget_class_bind_template_child (widget_class, RdSearchView, list_view);
  gtk_widget_class_bind_template_child (widget_class, RdSearchView, selection);
  gtk_widget_class_bind_template_child (widget_class, RdSearchView, results);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "search-view");
}

static void
rd_search_view_init (RdSearchView *self)
{
  GtkListItemFactory *factory;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}

GtkWidget *
rd_search_view_new (void)
{
  return g_object_new (RD_TYPE_SEARCH_VIEW, NULL);
}

void
rd_search_view_set_search (RdSearchView *self,
                           RdSearch     *search)
{
  g_return_if_fail (RD_IS_SEARCH_VIEW (self));
  g_return_if_fail (search == NULL || RD_IS_SEARCH (search));

  if (!g_set_object (&self->search, search))
    return;

  g_clear_pointer (&self->searched, g_free);
  g_list_store_remove_all (self->results);
  gtk_stack_set_visible_child_name (self->stack, "start");
  rd_search_view_update (self);
}

void
rd_search_view_set_dataset (RdSearchView *self,
                            RdDataset    *dataset)
{
  g_autoptr(RdSearch) search = NULL;

  g_return_if_fail (RD_IS_SEARCH_VIEW (self));

  if (dataset != NULL)
    search = rd_search_new (dataset);
  rd_search_view_set_search (self, search);
}

RdSearch *
rd_search_view_get_search (RdSearchView *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_VIEW (self), NULL);
  return self->search;
}

GtkWidget *
rd_search_view_get_entry (RdSearchView *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_VIEW (self), NULL);
  return GTK_WIDGET (self->entry);
}

void
rd_search_view_start (RdSearchView *self)
{
  g_return_if_fail (RD_IS_SEARCH_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

GListModel *
rd_search_view_get_results (RdSearchView *self)
{
  g_return_val_if_fail (RD_IS_SEARCH_VIEW (self), NULL);
  return G_LIST_MODEL (self->results);
}

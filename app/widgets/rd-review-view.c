/* rd-review-view.c: the review screen of a report's figures
 *
 * The library's figures and excluded digit runs become RdReviewItems in
 * one store, shown through a filter (Show, sector, basis) and a sorter
 * (text order, confidence). Corrections, Make Figure, Not a Figure and
 * Accept change the items only; Save writes them, one transaction each.
 */
#define G_LOG_DOMAIN "reportdash-review"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "rd-format.h"
#include "rd-library.h"
#include "rd-review-private.h"
#include "rd-wrap-box.h"

enum { FIELD_VALUE, FIELD_UNIT, FIELD_MEASURE, FIELD_BASIS, FIELD_YEAR, FIELD_QUALIFIER,
       FIELD_SECTOR, FIELD_NAME_ZH, FIELD_NAME_EN, N_FIELDS };

static const char * const field_names[N_FIELDS] = {
  "value", "unit", "measure", "basis", "year", "qualifier", "sector", "name_zh", "name_en",
};
static const char * const bases[] = { "actual", "target", "other", NULL };
static const char * const levels[] = { "", "省", "市", "区", "县", NULL };

enum { COLUMN_PRINTED, COLUMN_NAME, COLUMN_VALUE, COLUMN_UNIT, COLUMN_BASIS, COLUMN_YEAR,
       COLUMN_CONFIDENCE, N_COLUMNS };

struct _RdReviewView
{
  GtkWidget           parent_instance;

  char               *path;
  gint64              report_id;
  GListStore         *figures;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GPtrArray          *undo;          /* RdReviewUndo, the last on top */
  RdReviewItem       *editing;       /* the item whose edits the top undo step holds */
  RdLibraryChartsFunc charts;
  GStrv               sector_ids;
  GStrv               measure_ids;
  RdLibraryReport    *report;        /* as loaded */
  gboolean            loading_form;
  gboolean            choosing;

  GtkTextView        *text_view;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkGrid            *form_grid;
  GtkLabel           *status_label;
  GtkEditable        *title_entry;
  GtkEditable        *region_entry;
  GtkDropDown        *level_drop;
  GtkEditable        *report_year_entry;
  GtkDropDown        *show_drop;
  GtkDropDown        *sector_drop;
  GtkDropDown        *basis_drop;
  GtkDropDown        *sort_drop;
  GtkWidget          *fields[N_FIELDS];
};

G_DEFINE_FINAL_TYPE (RdReviewView, rd_review_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_HAS_CHANGES, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *
basis_label (const char *basis)
{
  if (g_strcmp0 (basis, "actual") == 0)
    return _("Result");
  if (g_strcmp0 (basis, "target") == 0)
    return _("Target");
  return _("Other");
}

static char *
column_text (RdReviewItem *item,
             guint         column)
{
  const RdDraftFigure *figure = item->figure;
  gboolean is_figure = rd_review_item_is_figure (item);

  switch (column)
    {
    case COLUMN_PRINTED: return g_strdup (figure->printed);
    case COLUMN_NAME: return g_strdup (item->excluded && !item->toggled ? item->reason : figure->name_zh);
    case COLUMN_VALUE: return g_strdup_printf ("%g", figure->value);
    case COLUMN_UNIT: return g_strdup (figure->unit);
    case COLUMN_BASIS: return g_strdup (is_figure ? basis_label (figure->basis) : _("Not a figure"));
    case COLUMN_YEAR: return figure->year ? g_strdup_printf ("%d", figure->year) : g_strdup ("");
    case COLUMN_CONFIDENCE: return item->excluded ? g_strdup ("") : g_strdup_printf ("%.2f", figure->confidence);
    default: g_return_val_if_reached (NULL);
    }
}

static void
toggle_class (GtkWidget  *widget,
              const char *name,
              gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  RdReviewItem *item = gtk_list_item_get_item (list_item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = column_text (item, column);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autoptr(PangoAttrList) struck = NULL;

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  /* A run that is not a figure, or will not be one, is struck through as in the text. */
  if (!rd_review_item_is_figure (item))
    {
      struck = pango_attr_list_new ();
      pango_attr_list_insert (struck, pango_attr_strikethrough_new (TRUE));
    }
  gtk_label_set_attributes (GTK_LABEL (label), struck);
  toggle_class (label, "accent", rd_review_item_is_edited (item));
  toggle_class (label, "dim-label", item->excluded && !item->toggled);
  toggle_class (label, "warning", rd_review_item_is_figure (item) &&
                                  item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE);
}

static void
add_columns (RdReviewView *self)
{
  const char *titles[N_COLUMNS] = {
    _("Printed"), _("Name"), _("Value"), _("Unit"), _("Basis"), _("Year"), _("Confidence"),
  };

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (rd_review_setup_label), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      column = gtk_column_view_column_new (titles[i], factory);
      gtk_column_view_column_set_expand (column, i == COLUMN_NAME);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static RdReviewItem *
selected_item (RdReviewView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* The position of @item in the list shown, or GTK_INVALID_LIST_POSITION. */
static guint
shown_position (RdReviewView *self,
                RdReviewItem *item)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Redraws @item's row; refilters when @refilter. */
static void
item_changed (RdReviewView *self,
              RdReviewItem *item,
              gboolean      refilter)
{
  guint position;

  if (g_list_store_find (self->figures, item, &position))
    g_list_model_items_changed (G_LIST_MODEL (self->figures), position, 1, 1);
  if (refilter)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static char *
dup_editable (GtkEditable *editable)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (editable));

  g_strstrip (text);
  return text[0] ? g_steal_pointer (&text) : NULL;
}

static gboolean
report_changed (RdReviewView *self)
{
  g_autofree char *title = NULL, *region = NULL, *year = NULL;
  guint level;

  if (self->report == NULL)
    return FALSE;
  title = dup_editable (self->title_entry);
  region = dup_editable (self->region_entry);
  year = dup_editable (self->report_year_entry);
  level = gtk_drop_down_get_selected (self->level_drop);
  return g_strcmp0 (title, self->report->title) != 0 ||
         g_strcmp0 (region, self->report->region) != 0 ||
         g_strcmp0 (level < G_N_ELEMENTS (levels) - 1 && level > 0 ? levels[level] : NULL,
                    self->report->level) != 0 ||
         (year ? atoi (year) : 0) != self->report->year;
}

static void
update_status (RdReviewView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  guint figures = 0, edited = 0, low = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      if (!rd_review_item_is_figure (item))
        {
          edited += item->toggled;
          continue;
        }
      figures++;
      edited += rd_review_item_is_edited (item);
      low += item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE;
    }
  /* Translators: the counts of a report's figures in the review screen. */
  text = g_strdup_printf (_("%u figures, %u of low confidence, %u corrected"), figures, low, edited);
  gtk_label_set_text (self->status_label, text);
}

/* After any change: the count, the actions and has-changes. */
static void
changed (RdReviewView *self,
         gboolean      had_changes)
{
  RdReviewItem *item = selected_item (self);
  GtkWidget *widget = GTK_WIDGET (self);

  update_status (self);
  gtk_widget_action_set_enabled (widget, "review.make-figure", item && !rd_review_item_is_figure (item));
  gtk_widget_action_set_enabled (widget, "review.not-figure", item && rd_review_item_is_figure (item));
  gtk_widget_action_set_enabled (widget, "review.accept", item && rd_review_item_is_figure (item));
  gtk_widget_action_set_enabled (widget, "review.undo", self->undo->len > 0);
  if (had_changes != rd_review_view_has_changes (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CHANGES]);
}

static void
set_entry (GtkWidget  *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

static void
load_form (RdReviewView *self)
{
  RdReviewItem *item = selected_item (self);
  const RdDraftFigure *figure = item ? item->figure : NULL;
  g_autofree char *value = NULL, *year = NULL;
  guint basis = 2;

  self->loading_form = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_grid), item && rd_review_item_is_figure (item));
  if (figure != NULL)
    {
      value = g_strdup_printf ("%.15g", figure->value);
      year = figure->year ? g_strdup_printf ("%d", figure->year) : NULL;
      for (guint i = 0; bases[i]; i++)
        if (g_strcmp0 (figure->basis, bases[i]) == 0)
          basis = i;
    }
  set_entry (self->fields[FIELD_VALUE], value);
  set_entry (self->fields[FIELD_UNIT], figure ? figure->unit : NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->fields[FIELD_MEASURE]),
                              rd_review_index_of (self->measure_ids, figure ? figure->measure : NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->fields[FIELD_BASIS]), basis);
  set_entry (self->fields[FIELD_YEAR], year);
  set_entry (self->fields[FIELD_QUALIFIER], figure ? figure->qualifier : NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->fields[FIELD_SECTOR]),
                              rd_review_index_of (self->sector_ids, figure ? figure->sector : NULL));
  set_entry (self->fields[FIELD_NAME_ZH], figure ? figure->name_zh : NULL);
  set_entry (self->fields[FIELD_NAME_EN], figure ? figure->name_en : NULL);
  self->loading_form = FALSE;
}

static char *
dup_entry (RdReviewView *self,
           guint         field)
{
  return dup_editable (GTK_EDITABLE (self->fields[field]));
}

static void
replace (char **field,
         char  *text)
{
  g_free (*field);
  *field = text;
}

static char *
dup_chosen (RdReviewView *self,
            guint         field,
            GStrv         ids)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->fields[field]));

  return ids && chosen < g_strv_length (ids) ? g_strdup (ids[chosen]) : NULL;
}

/* Keeps @item as it is now for Undo; successive edits of one item are one step. */
static void
push_undo (RdReviewView *self,
           RdReviewItem *item,
           gboolean      editing)
{
  if (editing && self->editing == item)
    return;
  g_ptr_array_add (self->undo, rd_review_undo_new (item));
  self->editing = editing ? item : NULL;
}

/* The form's fields into the chosen figure, kept in memory. */
static void
on_field_changed (RdReviewView *self)
{
  RdReviewItem *item = selected_item (self);
  RdDraftFigure *figure;
  g_autofree char *value = NULL, *year = NULL;
  gboolean had_changes;
  guint basis;
  char *end = NULL;

  if (self->loading_form || item == NULL || !rd_review_item_is_figure (item))
    return;
  had_changes = rd_review_view_has_changes (self);
  push_undo (self, item, TRUE);
  figure = item->figure;
  value = dup_entry (self, FIELD_VALUE);
  figure->value = value ? g_ascii_strtod (value, &end) : NAN;
  if (value == NULL || *end != '\0')
    figure->value = NAN;
  /* A range keeps its width only while its low end is below it. */
  if (!(figure->value_max >= figure->value) || isnan (figure->value))
    figure->value_max = figure->value;
  year = dup_entry (self, FIELD_YEAR);
  figure->year = year ? atoi (year) : 0;
  replace (&figure->unit, dup_entry (self, FIELD_UNIT));
  if (figure->unit == NULL)
    figure->unit = g_strdup ("");
  replace (&figure->measure, dup_chosen (self, FIELD_MEASURE, self->measure_ids));
  replace (&figure->qualifier, dup_entry (self, FIELD_QUALIFIER));
  replace (&figure->sector, dup_chosen (self, FIELD_SECTOR, self->sector_ids));
  replace (&figure->name_zh, dup_entry (self, FIELD_NAME_ZH));
  replace (&figure->name_en, dup_entry (self, FIELD_NAME_EN));
  basis = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->fields[FIELD_BASIS]));
  replace (&figure->basis, g_strdup (bases[MIN (basis, 2)]));
  item->edited = TRUE;

  item_changed (self, item, FALSE);
  changed (self, had_changes);
}

static void
on_report_changed (RdReviewView *self)
{
  if (!self->loading_form)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CHANGES]);
}

static void
add_form (RdReviewView *self)
{
  const char *labels[N_FIELDS] = {
    _("_Value"), _("_Unit"), _("_Measure"), _("_Basis"), _("_Year"), _("_Qualifier"),
    /* Access keys: Save has S, so Sector E and English name G. */
    _("S_ector"), _("_Chinese name"), _("En_glish name"),
  };

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (labels[i]);
      GtkWidget *field;

      if (i == FIELD_BASIS || i == FIELD_MEASURE || i == FIELD_SECTOR)
        {
          const char *names[] = { _("Result"), _("Target"), _("Other"), NULL };

          field = gtk_drop_down_new_from_strings (i == FIELD_BASIS ? names : (const char *[]) { NULL });
          rd_review_ellipsize_choices (field);
          g_signal_connect_swapped (field, "notify::selected", G_CALLBACK (on_field_changed), self);
        }
      else
        {
          field = gtk_entry_new ();
          gtk_editable_set_width_chars (GTK_EDITABLE (field), 4);
          g_signal_connect_swapped (field, "changed", G_CALLBACK (on_field_changed), self);
        }
      gtk_widget_set_hexpand (field, TRUE);
      gtk_widget_set_name (field, field_names[i]);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      /* Two columns of label and field; narrow fields fit an 800-pixel window. */
      gtk_grid_attach (self->form_grid, label, (i % 2) * 2, i / 2, 1, 1);
      gtk_grid_attach (self->form_grid, field, (i % 2) * 2 + 1, i / 2, 1, 1);
      self->fields[i] = field;
    }
}

static void
get_span (RdReviewView        *self,
          const RdDraftFigure *figure,
          GtkTextIter         *start,
          GtkTextIter         *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_text_buffer_get_iter_at_offset (buffer, start, figure->src_start);
  gtk_text_buffer_get_iter_at_offset (buffer, end, figure->src_end);
}

static void
on_selected (RdReviewView *self)
{
  RdReviewItem *item = selected_item (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  load_form (self);
  self->editing = NULL;
  changed (self, rd_review_view_has_changes (self));
  if (item == NULL)
    return;
  /* The row in sight too (F8 may choose one far down the list): GTK 4.8
   * has no gtk_column_view_scroll_to(), its list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u",
                                  gtk_single_selection_get_selected (self->selection));
  get_span (self, item->figure, &start, &end);
  self->choosing = TRUE;
  gtk_text_buffer_select_range (buffer, &start, &end);
  self->choosing = FALSE;
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, TRUE, 0.0, 0.3);
}

/* A click in the text chooses the figure or run under it. */
static void
on_mark_set (GtkTextBuffer *buffer,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             RdReviewView  *self)
{
  if (self->choosing || mark != gtk_text_buffer_get_insert (buffer) ||
      gtk_text_buffer_get_has_selection (buffer))
    return;
  rd_review_view_select_offset (self, gtk_text_iter_get_offset (location));
}

static void
make_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "actual", "background", "#c6e2ff", NULL);
  gtk_text_buffer_create_tag (buffer, "target", "background", "#ffe0b0", NULL);
  gtk_text_buffer_create_tag (buffer, "other", "background", "#dddddd", NULL);
  gtk_text_buffer_create_tag (buffer, "low", "underline", PANGO_UNDERLINE_ERROR,
                              "underline-rgba", &(GdkRGBA) { 0.85, 0.1, 0.1, 1 }, NULL);
  gtk_text_buffer_create_tag (buffer, "excluded", "strikethrough", TRUE,
                              "foreground", "#888888", NULL);
}

/* Marks @item's span in the text as what it is now. */
static void
mark_item (RdReviewView *self,
           RdReviewItem *item)
{
  static const char * const tags[] = { "actual", "target", "other", "low", "excluded" };
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *basis = item->figure->basis;
  GtkTextIter start, end;

  get_span (self, item->figure, &start, &end);
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    gtk_text_buffer_remove_tag_by_name (buffer, tags[i], &start, &end);
  if (!rd_review_item_is_figure (item))
    {
      gtk_text_buffer_apply_tag_by_name (buffer, "excluded", &start, &end);
      return;
    }
  gtk_text_buffer_apply_tag_by_name (buffer, g_strv_contains (bases, basis ? basis : "") ? basis : "other",
                                     &start, &end);
  if (item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE)
    gtk_text_buffer_apply_tag_by_name (buffer, "low", &start, &end);
}

static gboolean
filter_item (gpointer object,
             gpointer data)
{
  RdReviewView *self = data;
  guint sector = gtk_drop_down_get_selected (self->sector_drop);
  guint basis = gtk_drop_down_get_selected (self->basis_drop);
  guint n_sectors = self->sector_ids ? g_strv_length (self->sector_ids) : 0;

  /* The first choice of sector and basis is "all". */
  return rd_review_item_matches (object, gtk_drop_down_get_selected (self->show_drop),
                                 sector > 0 && sector <= n_sectors ? self->sector_ids[sector - 1] : NULL,
                                 basis > 0 && basis <= 3 ? bases[basis - 1] : NULL);
}

static int
sort_items (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  RdReviewView *self = data;

  return rd_review_item_compare ((RdReviewItem *) a, (RdReviewItem *) b,
                                 gtk_drop_down_get_selected (self->sort_drop) == 1);
}

/* The list shown anew, the chosen item kept when it is still in. */
static void
on_list_choice (RdReviewView *self)
{
  g_autoptr(RdReviewItem) item = selected_item (self) ? g_object_ref (selected_item (self)) : NULL;
  guint position;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  if (item != NULL && (position = shown_position (self, item)) != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
}

/* The closed lists of the library into the form and the sector filter. */
static gboolean
load_terms (RdReviewView  *self,
            RdLibrary     *library,
            GError       **error)
{
  g_auto(GStrv) names_zh = NULL, names_en = NULL;
  g_autoptr(GStrvBuilder) measures = g_strv_builder_new ();
  g_auto(GStrv) measure_names = NULL;
  GStrv sector_names;
  guint filter = gtk_drop_down_get_selected (self->sector_drop);

  g_clear_pointer (&self->sector_ids, g_strfreev);
  g_clear_pointer (&self->measure_ids, g_strfreev);
  self->sector_ids = rd_library_list_terms (library, "sector", &names_zh, &names_en, error);
  if (self->sector_ids == NULL)
    return FALSE;
  self->measure_ids = rd_library_list_terms (library, "measure", NULL, NULL, error);
  if (self->measure_ids == NULL)
    return FALSE;
  for (guint i = 0; self->measure_ids[i]; i++)
    g_strv_builder_add (measures, rd_review_measure_label (self->measure_ids[i]));
  measure_names = g_strv_builder_end (measures);
  sector_names = rd_format_use_chinese () ? names_zh : names_en;

  self->loading_form = TRUE;
  rd_review_set_strings (self->fields[FIELD_MEASURE], NULL, measure_names);
  rd_review_set_strings (self->fields[FIELD_SECTOR], NULL, sector_names);
  rd_review_set_strings (GTK_WIDGET (self->sector_drop), _("All sectors"), sector_names);
  gtk_drop_down_set_selected (self->sector_drop, filter <= g_strv_length (self->sector_ids) ? filter : 0);
  self->loading_form = FALSE;
  return TRUE;
}

static void
load_report (RdReviewView *self)
{
  g_autofree char *year = self->report->year ? g_strdup_printf ("%d", self->report->year) : NULL;
  guint level = rd_review_index_of ((GStrv) levels, self->report->level ? self->report->level : "");

  self->loading_form = TRUE;
  gtk_editable_set_text (self->title_entry, self->report->title ? self->report->title : "");
  gtk_editable_set_text (self->region_entry, self->report->region ? self->report->region : "");
  gtk_drop_down_set_selected (self->level_drop, level == GTK_INVALID_LIST_POSITION ? 0 : level);
  gtk_editable_set_text (self->report_year_entry, year ? year : "");
  self->loading_form = FALSE;
}

/* The report @report_id of @reports, taken out of it. */
static RdLibraryReport *
take_report (GPtrArray *reports,
             gint64     report_id)
{
  for (guint i = 0; i < reports->len; i++)
    if (((RdLibraryReport *) reports->pdata[i])->id == report_id)
      return g_ptr_array_steal_index (reports, i);
  return NULL;
}

gboolean
rd_review_view_load (RdReviewView  *self,
                     const char    *path,
                     gint64         report_id,
                     GError       **error)
{
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GPtrArray) exclusions = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  gboolean had_changes;
  guint next = 0;

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  library = rd_library_open_full (path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, error);
  if (library == NULL ||
      (text = rd_library_dup_report_text (library, report_id, error)) == NULL ||
      (figures = rd_library_list_report_figures (library, report_id, error)) == NULL ||
      (exclusions = rd_library_list_exclusions (library, report_id, error)) == NULL ||
      (reports = rd_library_list_reports (library, error)) == NULL ||
      !load_terms (self, library, error))
    return FALSE;

  had_changes = rd_review_view_has_changes (self);
  /* @path may be self->path itself (reloading after Save): copy it first. */
  {
    char *copy = g_strdup (path);

    g_free (self->path);
    self->path = copy;
  }
  self->report_id = report_id;
  g_clear_pointer (&self->report, rd_library_report_free);
  self->report = take_report (reports, report_id);
  g_ptr_array_set_size (self->undo, 0);
  self->editing = NULL;
  g_list_store_remove_all (self->figures);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);

  /* Figures and runs merged in text order. */
  for (guint i = 0; i < figures->len; i++)
    {
      RdLibraryFigure *row = figures->pdata[i];

      for (; next < exclusions->len && ((RdDraftExclusion *) exclusions->pdata[next])->start < row->figure->src_start; next++)
        g_ptr_array_add (items, rd_review_item_new_excluded (exclusions->pdata[next], text,
                                                             i > 0 ? ((RdLibraryFigure *) figures->pdata[i - 1])->figure : NULL));
      g_ptr_array_add (items, rd_review_item_new_figure (row->id, g_steal_pointer (&row->figure)));
    }
  for (; next < exclusions->len; next++)
    g_ptr_array_add (items, rd_review_item_new_excluded (exclusions->pdata[next], text,
                                                         figures->len ? ((RdLibraryFigure *) figures->pdata[figures->len - 1])->figure : NULL));
  g_list_store_splice (self->figures, 0, 0, items->pdata, items->len);
  for (guint i = 0; i < items->len; i++)
    mark_item (self, items->pdata[i]);
  if (self->report != NULL)
    load_report (self);
  on_selected (self);
  changed (self, had_changes);
  return TRUE;
}

GListModel *
rd_review_view_get_figures (RdReviewView *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

void
rd_review_view_set_charts_func (RdReviewView        *self,
                                RdLibraryChartsFunc  charts)
{
  g_return_if_fail (RD_IS_REVIEW_VIEW (self));
  self->charts = charts;
}

GtkTextView *
rd_review_view_get_text_view (RdReviewView *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), NULL);
  return self->text_view;
}

guint
rd_review_view_get_selected (RdReviewView *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

void
rd_review_view_select (RdReviewView *self,
                       guint         position)
{
  g_return_if_fail (RD_IS_REVIEW_VIEW (self));
  gtk_single_selection_set_selected (self->selection, position);
}

gboolean
rd_review_view_select_offset (RdReviewView *self,
                              int           offset)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures)), position;

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      if (offset < item->figure->src_start || offset >= item->figure->src_end)
        continue;
      if ((position = shown_position (self, item)) == GTK_INVALID_LIST_POSITION)
        {
          gtk_drop_down_set_selected (self->show_drop, RD_REVIEW_SHOW_ALL);
          gtk_drop_down_set_selected (self->sector_drop, 0);
          gtk_drop_down_set_selected (self->basis_drop, 0);
          position = shown_position (self, item);
        }
      gtk_single_selection_set_selected (self->selection, position);
      return TRUE;
    }
  return FALSE;
}

/* Marks the chosen item a figure (@figure) or not, for Save. */
static gboolean
mark_chosen (RdReviewView *self,
             gboolean      figure)
{
  RdReviewItem *item = selected_item (self);
  gboolean had_changes = rd_review_view_has_changes (self);

  if (item == NULL || rd_review_item_is_figure (item) == figure)
    return FALSE;
  push_undo (self, item, FALSE);
  item->toggled = !item->toggled;
  mark_item (self, item);
  item_changed (self, item, TRUE);
  load_form (self);
  changed (self, had_changes);
  return TRUE;
}

gboolean
rd_review_view_make_figure (RdReviewView *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);
  return mark_chosen (self, TRUE);
}

gboolean
rd_review_view_not_figure (RdReviewView *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);
  return mark_chosen (self, FALSE);
}

gboolean
rd_review_view_accept (RdReviewView *self)
{
  RdReviewItem *item = selected_item (self);
  gboolean had_changes = rd_review_view_has_changes (self);

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  if (item == NULL || !rd_review_item_is_figure (item))
    return FALSE;
  push_undo (self, item, FALSE);
  /* Checked by a person: sure, and saved as corrected. */
  item->figure->confidence = 1;
  item->edited = TRUE;
  mark_item (self, item);
  item_changed (self, item, FALSE);
  changed (self, had_changes);
  rd_review_view_move_low (self, TRUE);
  return TRUE;
}

gboolean
rd_review_view_undo (RdReviewView *self)
{
  gboolean had_changes = rd_review_view_has_changes (self);
  g_autoptr(RdReviewItem) item = NULL;
  RdReviewUndo *undo;
  guint position;

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;
  undo = self->undo->pdata[self->undo->len - 1];
  item = g_object_ref (undo->item);
  rd_review_undo_restore (undo);
  g_ptr_array_set_size (self->undo, self->undo->len - 1);
  self->editing = NULL;
  mark_item (self, item);
  item_changed (self, item, TRUE);
  /* The item undone is chosen, as text editors show where Undo acted. */
  if ((position = shown_position (self, item)) != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  load_form (self);
  self->editing = NULL;
  changed (self, had_changes);
  return TRUE;
}

gboolean
rd_review_view_move_low (RdReviewView *self,
                         gboolean      forward)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);
  guint at = gtk_single_selection_get_selected (self->selection);

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  if (at == GTK_INVALID_LIST_POSITION)
    at = forward ? n - 1 : 0;
  /* Round the list once, starting after (or before) the chosen one. */
  for (guint step = 1; step <= n; step++)
    {
      guint i = forward ? (at + step) % n : (at + n - step % n) % n;
      g_autoptr(RdReviewItem) item = g_list_model_get_item (model, i);

      if (rd_review_item_is_figure (item) && item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

GtkWidget *
rd_review_view_get_field (RdReviewView *self,
                          const char   *name)
{
  struct { const char *name; gpointer widget; } others[] = {
    { "title", self->title_entry }, { "region", self->region_entry }, { "level", self->level_drop },
    { "report_year", self->report_year_entry }, { "show", self->show_drop },
    { "filter_sector", self->sector_drop }, { "filter_basis", self->basis_drop }, { "sort", self->sort_drop },
  };

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (field_names[i], name))
      return self->fields[i];
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_str_equal (others[i].name, name))
      return others[i].widget;
  g_return_val_if_reached (NULL);
}

gboolean
rd_review_view_has_changes (RdReviewView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      if (rd_review_item_is_edited (item))
        return TRUE;
    }
  return report_changed (self);
}

/* Writes @item's change; FALSE and @error when the library refuses it. */
static gboolean
save_item (RdReviewView  *self,
           RdLibrary     *library,
           RdReviewItem  *item,
           GError       **error)
{
  if (item->excluded && item->toggled)
    return rd_library_add_figure (library, self->report_id, item->figure, self->charts, error) != 0;
  if (item->toggled)
    return rd_library_exclude_figure (library, item->id, NULL, self->charts, error);
  if (item->edited)
    return rd_library_update_figure (library, item->id, item->figure, self->charts, error);
  return TRUE;
}

static gboolean
save_report (RdReviewView  *self,
             RdLibrary     *library,
             GError       **error)
{
  g_autofree char *title = NULL, *region = NULL, *year = NULL;
  guint level = gtk_drop_down_get_selected (self->level_drop);

  if (!report_changed (self))
    return TRUE;
  title = dup_editable (self->title_entry);
  region = dup_editable (self->region_entry);
  year = dup_editable (self->report_year_entry);
  return rd_library_update_report (library, self->report_id, title, region,
                                   level < G_N_ELEMENTS (levels) - 1 ? levels[level] : NULL,
                                   year ? atoi (year) : 0, error);
}

gboolean
rd_review_view_save (RdReviewView  *self,
                     GError       **error)
{
  g_autoptr(RdLibrary) library = NULL;
  GListModel *model = G_LIST_MODEL (self->figures);
  guint n = g_list_model_get_n_items (model);
  guint selected = gtk_single_selection_get_selected (self->selection);

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  if (self->path == NULL)
    return TRUE;
  library = rd_library_open_full (self->path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, error);
  if (library == NULL || !save_report (self, library, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (model, i);
      guint position;

      if (!save_item (self, library, item, error))
        {
          if ((position = shown_position (self, item)) != GTK_INVALID_LIST_POSITION)
            gtk_single_selection_set_selected (self->selection, position);
          return FALSE;
        }
      item->edited = item->toggled = FALSE;
    }
  g_clear_pointer (&library, rd_library_close);
  if (!rd_review_view_load (self, self->path, self->report_id, error))
    return FALSE;
  gtk_single_selection_set_selected (self->selection, selected);
  return TRUE;
}

void
rd_review_view_discard (RdReviewView *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  g_return_if_fail (RD_IS_REVIEW_VIEW (self));

  if (self->path == NULL || !rd_review_view_has_changes (self))
    return;
  if (!rd_review_view_load (self, self->path, self->report_id, NULL))
    g_list_store_remove_all (self->figures);
  gtk_single_selection_set_selected (self->selection, selected);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RdReviewView *self = RD_REVIEW_VIEW (widget);

  if (g_str_equal (action_name, "review.next-low") || g_str_equal (action_name, "review.previous-low"))
    rd_review_view_move_low (self, g_str_equal (action_name, "review.next-low"));
  else if (g_str_equal (action_name, "review.make-figure"))
    rd_review_view_make_figure (self);
  else if (g_str_equal (action_name, "review.not-figure"))
    rd_review_view_not_figure (self);
  else if (g_str_equal (action_name, "review.accept"))
    rd_review_view_accept (self);
  else if (g_str_equal (action_name, "review.undo"))
    rd_review_view_undo (self);
}

static void
rd_review_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_HAS_CHANGES:
      g_value_set_boolean (value, rd_review_view_has_changes (RD_REVIEW_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_review_view_dispose (GObject *object)
{
  RdReviewView *self = RD_REVIEW_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_REVIEW_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_object (&self->sorted);
  g_clear_object (&self->figures);
  G_OBJECT_CLASS (rd_review_view_parent_class)->dispose (object);
}

static void
rd_review_view_finalize (GObject *object)
{
  RdReviewView *self = RD_REVIEW_VIEW (object);

  g_free (self->path);
  g_strfreev (self->sector_ids);
  g_strfreev (self->measure_ids);
  rd_library_report_free (self->report);
  G_OBJECT_CLASS (rd_review_view_parent_class)->finalize (object);
}

static void
rd_review_view_class_init (RdReviewViewClass *klass)
{
  static const char * const actions[] = {
    "review.next-low", "review.previous-low", "review.make-figure", "review.not-figure",
    "review.accept", "review.undo",
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rd_review_view_get_property;
  object_class->dispose = rd_review_view_dispose;
  object_class->finalize = rd_review_view_finalize;

  properties[PROP_HAS_CHANGES] =
    g_param_spec_boolean ("has-changes", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RD_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/ReportDash/rd-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, text_view);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, selection);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, form_grid);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, status_label);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, title_entry);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, region_entry);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, level_drop);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, report_year_entry);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, show_drop);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, sector_drop);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, basis_drop);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, sort_drop);
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_report_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_choice);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "review.next-low", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "review.next-low", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "review.previous-low", NULL);
  /* A typed into a field stays there: the field takes the key first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, 0, "review.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "review.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "review.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "review.undo", NULL);
}

static void
rd_review_view_init (RdReviewView *self)
{
  GtkTextBuffer *buffer;

  self->figures = g_list_store_new (RD_TYPE_REVIEW_ITEM);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_review_undo_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_items, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->figures)),
                                              GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), GTK_SORTER (self->sorter));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  buffer = gtk_text_view_get_buffer (self->text_view);
  make_tags (buffer);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (on_mark_set), self, G_CONNECT_AFTER);
  add_columns (self);
  add_form (self);
  rd_review_ellipsize_choices (GTK_WIDGET (self->sector_drop));
  load_form (self);
  changed (self, FALSE);
}

GtkWidget *
rd_review_view_new (void)
{
  return g_object_new (RD_TYPE_REVIEW_VIEW, NULL);
}

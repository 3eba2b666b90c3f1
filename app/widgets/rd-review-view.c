/* rd-review-view.c: the review screen of a report's figures */
#define G_LOG_DOMAIN "reportdash-review"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "rd-library.h"
#include "rd-review-view.h"

/* One figure: as the library has it, and as corrected so far. */
struct _RdReviewItem
{
  GObject        parent_instance;
  gint64         id;
  RdDraftFigure *figure;
  gboolean       edited;
};

G_DEFINE_FINAL_TYPE (RdReviewItem, rd_review_item, G_TYPE_OBJECT)

static void
rd_review_item_finalize (GObject *object)
{
  g_clear_pointer (&RD_REVIEW_ITEM (object)->figure, rd_draft_figure_free);
  G_OBJECT_CLASS (rd_review_item_parent_class)->finalize (object);
}

static void
rd_review_item_class_init (RdReviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_review_item_finalize;
}

static void
rd_review_item_init (RdReviewItem *self)
{
}

gint64
rd_review_item_get_id (RdReviewItem *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_ITEM (self), 0);
  return self->id;
}

const RdDraftFigure *
rd_review_item_get_figure (RdReviewItem *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_ITEM (self), NULL);
  return self->figure;
}

gboolean
rd_review_item_is_edited (RdReviewItem *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_ITEM (self), FALSE);
  return self->edited;
}

enum { FIELD_VALUE, FIELD_UNIT, FIELD_MEASURE, FIELD_BASIS, FIELD_YEAR, FIELD_QUALIFIER,
       FIELD_SECTOR, FIELD_NAME_ZH, FIELD_NAME_EN, N_FIELDS };

static const char * const field_names[N_FIELDS] = {
  "value", "unit", "measure", "basis", "year", "qualifier", "sector", "name_zh", "name_en",
};
static const char * const bases[] = { "actual", "target", "other", NULL };

enum { COLUMN_PRINTED, COLUMN_NAME, COLUMN_VALUE, COLUMN_UNIT, COLUMN_BASIS, COLUMN_YEAR,
       COLUMN_CONFIDENCE, N_COLUMNS };

struct _RdReviewView
{
  GtkWidget           parent_instance;

  char               *path;
  gint64              report_id;
  GListStore         *figures;
  gboolean            loading_form;

  GtkTextView        *text_view;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkGrid            *form_grid;
  GtkLabel           *status_label;
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
column_text (const RdDraftFigure *figure,
             guint                column)
{
  switch (column)
    {
    case COLUMN_PRINTED: return g_strdup (figure->printed);
    case COLUMN_NAME: return g_strdup (figure->name_zh);
    case COLUMN_VALUE: return g_strdup_printf ("%g", figure->value);
    case COLUMN_UNIT: return g_strdup (figure->unit);
    case COLUMN_BASIS: return g_strdup (basis_label (figure->basis));
    case COLUMN_YEAR: return figure->year ? g_strdup_printf ("%d", figure->year) : g_strdup ("");
    case COLUMN_CONFIDENCE: return g_strdup_printf ("%.2f", figure->confidence);
    default: g_return_val_if_reached (NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  RdReviewItem *item = gtk_list_item_get_item (list_item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = column_text (item->figure, column);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  if (item->edited)
    gtk_widget_add_css_class (label, "accent");
  else
    gtk_widget_remove_css_class (label, "accent");
  if (item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
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
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
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

static void
update_status (RdReviewView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures)), edited = 0, low = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      edited += item->edited;
      low += item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE;
    }
  /* Translators: the counts of a report's figures in the review screen. */
  text = g_strdup_printf (_("%u figures, %u of low confidence, %u corrected"), n, low, edited);
  gtk_label_set_text (self->status_label, text);
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
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_grid), figure != NULL);
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
  set_entry (self->fields[FIELD_MEASURE], figure ? figure->measure : NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->fields[FIELD_BASIS]), basis);
  set_entry (self->fields[FIELD_YEAR], year);
  set_entry (self->fields[FIELD_QUALIFIER], figure ? figure->qualifier : NULL);
  set_entry (self->fields[FIELD_SECTOR], figure ? figure->sector : NULL);
  set_entry (self->fields[FIELD_NAME_ZH], figure ? figure->name_zh : NULL);
  set_entry (self->fields[FIELD_NAME_EN], figure ? figure->name_en : NULL);
  self->loading_form = FALSE;
}

static char *
dup_entry (RdReviewView *self,
           guint         field)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->fields[field])));

  g_strstrip (text);
  return text[0] ? g_steal_pointer (&text) : NULL;
}

static void
replace (char **field,
         char  *text)
{
  g_free (*field);
  *field = text;
}

/* The form's fields into the chosen figure, kept in memory. */
static void
on_field_changed (RdReviewView *self)
{
  RdReviewItem *item = selected_item (self);
  RdDraftFigure *figure;
  g_autofree char *value = NULL, *year = NULL;
  gboolean had_changes;
  guint position, basis;
  char *end = NULL;

  if (self->loading_form || item == NULL)
    return;
  had_changes = rd_review_view_has_changes (self);
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
  replace (&figure->measure, dup_entry (self, FIELD_MEASURE));
  replace (&figure->qualifier, dup_entry (self, FIELD_QUALIFIER));
  replace (&figure->sector, dup_entry (self, FIELD_SECTOR));
  replace (&figure->name_zh, dup_entry (self, FIELD_NAME_ZH));
  replace (&figure->name_en, dup_entry (self, FIELD_NAME_EN));
  basis = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->fields[FIELD_BASIS]));
  replace (&figure->basis, g_strdup (bases[MIN (basis, 2)]));
  item->edited = TRUE;

  position = gtk_single_selection_get_selected (self->selection);
  g_list_model_items_changed (G_LIST_MODEL (self->figures), position, 1, 1);
  update_status (self);
  if (!had_changes)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CHANGES]);
}

static void
add_form (RdReviewView *self)
{
  const char *labels[N_FIELDS] = {
    _("_Value"), _("_Unit"), _("_Measure"), _("_Basis"), _("_Year"), _("_Qualifier"),
    _("_Sector"), _("_Chinese name"), _("_English name"),
  };

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (labels[i]);
      GtkWidget *field;

      if (i == FIELD_BASIS)
        {
          const char *names[] = { _("Result"), _("Target"), _("Other"), NULL };

          field = gtk_drop_down_new_from_strings (names);
          g_signal_connect_swapped (field, "notify::selected", G_CALLBACK (on_field_changed), self);
        }
      else
        {
          field = gtk_entry_new ();
          gtk_widget_set_hexpand (field, TRUE);
          g_signal_connect_swapped (field, "changed", G_CALLBACK (on_field_changed), self);
        }
      gtk_widget_set_name (field, field_names[i]);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      /* Two columns of label and field. */
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
  if (item == NULL)
    return;
  get_span (self, item->figure, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, TRUE, 0.0, 0.3);
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

static void
mark_text (RdReviewView *self,
           GPtrArray    *exclusions)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  GtkTextIter start, end;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
      const char *basis = item->figure->basis;

      get_span (self, item->figure, &start, &end);
      gtk_text_buffer_apply_tag_by_name (buffer, g_strv_contains (bases, basis ? basis : "") ? basis : "other",
                                         &start, &end);
      if (item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE)
        gtk_text_buffer_apply_tag_by_name (buffer, "low", &start, &end);
    }
  for (guint i = 0; exclusions && i < exclusions->len; i++)
    {
      const RdDraftExclusion *exclusion = exclusions->pdata[i];

      gtk_text_buffer_get_iter_at_offset (buffer, &start, exclusion->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, exclusion->end);
      gtk_text_buffer_apply_tag_by_name (buffer, "excluded", &start, &end);
    }
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
  g_autofree char *text = NULL;
  gboolean had_changes;

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  library = rd_library_open_full (path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, error);
  if (library == NULL ||
      (text = rd_library_dup_report_text (library, report_id, error)) == NULL ||
      (figures = rd_library_list_report_figures (library, report_id, error)) == NULL ||
      (exclusions = rd_library_list_exclusions (library, report_id, error)) == NULL)
    return FALSE;

  had_changes = rd_review_view_has_changes (self);
  /* @path may be self->path itself (reloading after Save): copy it first. */
  {
    char *copy = g_strdup (path);

    g_free (self->path);
    self->path = copy;
  }
  self->report_id = report_id;
  g_list_store_remove_all (self->figures);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  for (guint i = 0; i < figures->len; i++)
    {
      RdLibraryFigure *row = figures->pdata[i];
      g_autoptr(RdReviewItem) item = g_object_new (RD_TYPE_REVIEW_ITEM, NULL);

      item->id = row->id;
      item->figure = g_steal_pointer (&row->figure);
      g_list_store_append (self->figures, item);
    }
  mark_text (self, exclusions);
  update_status (self);
  on_selected (self);
  if (had_changes)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CHANGES]);
  return TRUE;
}

GListModel *
rd_review_view_get_figures (RdReviewView *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), NULL);
  return G_LIST_MODEL (self->figures);
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
rd_review_view_move_low (RdReviewView *self,
                         gboolean      forward)
{
  GListModel *model = G_LIST_MODEL (self->figures);
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

      if (item->figure->confidence < RD_REVIEW_LOW_CONFIDENCE)
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
  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (field_names[i], name))
      return self->fields[i];
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

      if (item->edited)
        return TRUE;
    }
  return FALSE;
}

gboolean
rd_review_view_save (RdReviewView  *self,
                     GError       **error)
{
  g_autoptr(RdLibrary) library = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  guint selected = gtk_single_selection_get_selected (self->selection);

  g_return_val_if_fail (RD_IS_REVIEW_VIEW (self), FALSE);

  if (self->path == NULL)
    return TRUE;
  library = rd_library_open_full (self->path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, error);
  if (library == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
      if (!item->edited)
        continue;
      if (!rd_library_update_figure (library, item->id, item->figure, error))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return FALSE;
        }
      item->edited = FALSE;
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
move_low_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  rd_review_view_move_low (RD_REVIEW_VIEW (widget), g_str_equal (action_name, "review.next-low"));
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
  g_clear_object (&self->figures);
  G_OBJECT_CLASS (rd_review_view_parent_class)->dispose (object);
}

static void
rd_review_view_finalize (GObject *object)
{
  g_free (RD_REVIEW_VIEW (object)->path);
  G_OBJECT_CLASS (rd_review_view_parent_class)->finalize (object);
}

static void
rd_review_view_class_init (RdReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rd_review_view_get_property;
  object_class->dispose = rd_review_view_dispose;
  object_class->finalize = rd_review_view_finalize;

  properties[PROP_HAS_CHANGES] =
    g_param_spec_boolean ("has-changes", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/ReportDash/rd-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, text_view);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, selection);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, form_grid);
  gtk_widget_class_bind_template_child (widget_class, RdReviewView, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "review.next-low", NULL, move_low_action);
  gtk_widget_class_install_action (widget_class, "review.previous-low", NULL, move_low_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "review.next-low", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "review.next-low", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "review.previous-low", NULL);
}

static void
rd_review_view_init (RdReviewView *self)
{
  self->figures = g_list_store_new (RD_TYPE_REVIEW_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->figures));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  make_tags (gtk_text_view_get_buffer (self->text_view));
  add_columns (self);
  add_form (self);
  load_form (self);
}

GtkWidget *
rd_review_view_new (void)
{
  return g_object_new (RD_TYPE_REVIEW_VIEW, NULL);
}

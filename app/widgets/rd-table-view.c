/* rd-table-view.c
 *
 * GtkColumnView → GtkMultiSelection → GtkFilterListModel → GtkSortListModel
 * → the dataset's indicators. The dataset makes its items on demand and
 * the column view only has widgets for the rows on screen, so a table of
 * 200,000 figures scrolls without all of them being loaded; sorting or
 * filtering has to look at every item and runs in steps (incremental).
 * Sorters compare keys computed once per item (numeric and string
 * sorters over expressions), never text in a compare function.
 */
#define G_LOG_DOMAIN "reportdash-table-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-excerpt-panel.h"
#include "rd-csv-chooser.h"
#include "rd-table-view.h"
#include "rd-wrap-box.h"
#include "reportdash-resources.h"

struct _RdTableView
{
  GtkWidget             parent_instance;

  RdSearch             *search;
  RdMatchSet           *matches;    /* NULL: no text to filter by */
  char                 *sector_filter;
  int                   basis_filter;
  int                   year_filter;
  gint64                report_filter; /* 0: every report */
  GArray               *report_ids; /* gint64 of the report drop-down, 0 first */
  GPtrArray            *sector_ids; /* of the sector drop-down, NULL first */
  GArray               *years;      /* of the year drop-down, 0 first */
  GtkFilter            *filter;
  GtkColumnViewColumn  *columns[RD_FIGURE_N_COLUMNS];
  gboolean              setting_dataset;

  GtkSearchEntry       *filter_entry;
  GtkDropDown          *report_dropdown;
  GtkDropDown          *sector_dropdown;
  GtkDropDown          *basis_dropdown;
  GtkDropDown          *year_dropdown;
  GtkColumnView        *column_view;
  GtkMultiSelection    *selection;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkLabel             *excerpt_label;
  GtkLabel             *status_label;
};

G_DEFINE_FINAL_TYPE (RdTableView, rd_table_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_SELECTED,
  FIGURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static RdDataset *
get_dataset (RdTableView *self)
{
  return self->search ? rd_search_get_dataset (self->search) : NULL;
}

static gboolean
match_row (gpointer item,
           gpointer user_data)
{
  RdTableView *self = user_data;
  RdIndicator *indicator = item;

  return (self->report_filter == 0 ||
          rd_dataset_get_figure_report (get_dataset (self), indicator, NULL) == self->report_filter) &&
         (self->sector_filter == NULL ||
          g_strcmp0 (rd_indicator_get_sector (indicator), self->sector_filter) == 0) &&
         (self->basis_filter < 0 || (int) rd_indicator_get_basis (indicator) == self->basis_filter) &&
         (self->year_filter == 0 || rd_indicator_get_year (indicator) == self->year_filter) &&
         (self->matches == NULL || rd_match_set_contains (self->matches, indicator));
}

static void
update_status (RdTableView *self)
{
  GListModel *all = gtk_sort_list_model_get_model (self->sort_model);
  guint total = all ? g_list_model_get_n_items (all) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
      gtk_sort_list_model_get_pending (self->sort_model) > 0)
    text = g_strdup (_("Filtering and sorting…"));
  else if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures", total), total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u figure", "%u of %u figures", total),
                            shown, total);

  gtk_label_set_text (self->status_label, text);
}

/* No filter at all passes the items through without looking at them. */
static void
refilter (RdTableView *self)
{
  gboolean any = self->report_filter != 0 || self->sector_filter != NULL || self->basis_filter >= 0 ||
                 self->year_filter != 0 || self->matches != NULL;

  if (!any)
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, self->filter);
  else
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);

  update_status (self);
}

static void
on_filter_text_changed (GtkSearchEntry *entry,
                        RdTableView    *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->matches, rd_match_set_unref);
  if (self->search != NULL && trimmed[0] != '\0')
    self->matches = rd_search_match_all (self->search, trimmed);
  refilter (self);
}

static void
on_dropdown_changed (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     RdTableView *self)
{
  guint report = gtk_drop_down_get_selected (self->report_dropdown);
  guint sector = gtk_drop_down_get_selected (self->sector_dropdown);
  guint basis = gtk_drop_down_get_selected (self->basis_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->setting_dataset)
    return;

  self->report_filter = self->report_ids && report < self->report_ids->len
    ? g_array_index (self->report_ids, gint64, report) : 0;
  g_free (self->sector_filter);
  self->sector_filter = self->sector_ids && sector < self->sector_ids->len
    ? g_strdup (g_ptr_array_index (self->sector_ids, sector)) : NULL;
  self->basis_filter = basis == 1 ? RD_BASIS_ACTUAL : basis == 2 ? RD_BASIS_TARGET : -1;
  self->year_filter = self->years && year < self->years->len ? g_array_index (self->years, int, year) : 0;
  refilter (self);
}

static RdIndicator *
first_selected (RdTableView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_is_empty (selected))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      RdTableView       *self)
{
  g_autoptr(RdIndicator) indicator = first_selected (self);
  g_autofree char *markup = NULL;
  gsize start, end;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.copy", indicator != NULL);
  if (indicator == NULL)
    return;

  rd_indicator_get_highlight (indicator, &start, &end);
  markup = rd_excerpt_panel_markup (rd_indicator_get_excerpt (indicator), start, end);
  gtk_label_set_markup (self->excerpt_label, markup);
  gtk_widget_remove_css_class (GTK_WIDGET (self->excerpt_label), "dim-label");
  g_signal_emit (self, signals[FIGURE_SELECTED], 0, indicator);
}

static void
on_row_activated (GtkColumnView *column_view,
                  guint          position,
                  RdTableView   *self)
{
  g_autoptr(RdIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (indicator != NULL)
    g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, indicator);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  RdFigureColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = column == RD_FIGURE_COLUMN_VALUE || column == RD_FIGURE_COLUMN_YEAR;

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RdTableView              *self)
{
  RdFigureColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  RdIndicator *indicator = gtk_list_item_get_item (item);
  g_autofree char *text = rd_figure_cell (get_dataset (self), indicator, column, TRUE);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (column == RD_FIGURE_COLUMN_NAME)
    gtk_widget_set_tooltip_text (label, text);
}

static int
sector_position (RdIndicator *indicator,
                 RdTableView *self)
{
  RdDataset *dataset = get_dataset (self);
  RdSector *sector = dataset ? rd_dataset_find_sector (dataset, rd_indicator_get_sector (indicator)) : NULL;

  return sector ? rd_sector_get_position (sector) : G_MAXINT;
}

static char *
measure_label (RdIndicator *indicator,
               gpointer     user_data)
{
  return g_strdup (rd_figure_measure_label (rd_indicator_get_measure (indicator)));
}

/* GtkStringSorter of GTK 4.8 cannot take NULL. */
static char *
qualifier_text (RdIndicator *indicator,
                gpointer     user_data)
{
  const char *qualifier = rd_indicator_get_qualifier (indicator);

  return g_strdup (qualifier ? qualifier : "");
}

static char *
report_label (RdIndicator *indicator,
              RdTableView *self)
{
  RdDataset *dataset = get_dataset (self);
  const char *label = NULL;

  if (dataset != NULL)
    rd_dataset_get_figure_report (dataset, indicator, &label);
  return g_strdup (label ? label : "");
}

static GtkExpression *
property (const char *name)
{
  return gtk_property_expression_new (RD_TYPE_INDICATOR, NULL, name);
}

static GtkSorter *
make_sorter (RdTableView    *self,
             RdFigureColumn  column)
{
  switch (column)
    {
    case RD_FIGURE_COLUMN_REPORT:
      return GTK_SORTER (gtk_string_sorter_new (
        gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                     G_CALLBACK (report_label), self, NULL)));
    case RD_FIGURE_COLUMN_SECTOR:
      return GTK_SORTER (gtk_numeric_sorter_new (
        gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                     G_CALLBACK (sector_position), self, NULL)));
    case RD_FIGURE_COLUMN_NAME:
      return GTK_SORTER (gtk_string_sorter_new (property ("name")));
    case RD_FIGURE_COLUMN_VALUE:
      return GTK_SORTER (gtk_numeric_sorter_new (property ("value")));
    case RD_FIGURE_COLUMN_UNIT:
      return GTK_SORTER (gtk_string_sorter_new (property ("unit-label")));
    case RD_FIGURE_COLUMN_MEASURE:
      return GTK_SORTER (gtk_string_sorter_new (
        gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                     G_CALLBACK (measure_label), NULL, NULL)));
    case RD_FIGURE_COLUMN_YEAR:
      return GTK_SORTER (gtk_numeric_sorter_new (property ("year")));
    case RD_FIGURE_COLUMN_BASIS:
      return GTK_SORTER (gtk_numeric_sorter_new (property ("basis")));
    case RD_FIGURE_COLUMN_QUALIFIER:
      return GTK_SORTER (gtk_string_sorter_new (
        gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                     G_CALLBACK (qualifier_text), NULL, NULL)));
    case RD_FIGURE_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_columns (RdTableView *self)
{
  for (guint c = 0; c < RD_FIGURE_N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      g_autoptr(GtkSorter) sorter = make_sorter (self, c);

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);

      column = gtk_column_view_column_new (rd_figure_column_get_title (c), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c == RD_FIGURE_COLUMN_NAME);
      if (c == RD_FIGURE_COLUMN_NAME)
        gtk_column_view_column_set_fixed_width (column, 260);
      else if (c == RD_FIGURE_COLUMN_REPORT)
        gtk_column_view_column_set_fixed_width (column, 150);
      gtk_column_view_append_column (self->column_view, column);
      self->columns[c] = column;
      g_object_unref (column);
    }
}

/* The report choice names reports in full in its list, its button cut to
 * a width an 800-pixel window has room for (a GtkDropDown of GTK 4.8
 * would otherwise ask for the longest name). */
static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  cut)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (cut != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
}

static void
set_report_factories (RdTableView *self)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_choice), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_choice), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_choice), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_choice), NULL);
  gtk_drop_down_set_factory (self->report_dropdown, button);
  gtk_drop_down_set_list_factory (self->report_dropdown, list);
}

static char *
copy_selection (RdTableView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;
  char *text;

  if (get_dataset (self) == NULL || gtk_bitset_is_empty (selected))
    return NULL;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  text = rd_figure_table_to_tsv (get_dataset (self), rows);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  return text;
}

char *
rd_table_view_copy_selection (RdTableView *self)
{
  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), NULL);
  return copy_selection (self);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_free (copy_selection (RD_TABLE_VIEW (widget)));
}

gboolean
rd_table_view_export_csv (RdTableView  *self,
                          const char   *path,
                          GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *status = NULL;
  guint n;

  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), FALSE);
  g_return_val_if_fail (get_dataset (self) != NULL, FALSE);

  if (!rd_figure_table_write_csv (get_dataset (self), G_LIST_MODEL (self->filter_model), path, error))
    return FALSE;

  name = g_filename_display_basename (path);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u figure to “%s”.",
                                         "Saved %u figures to “%s”.", n), n, name);
  gtk_label_set_text (self->status_label, status);
  return TRUE;
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (get_dataset (RD_TABLE_VIEW (widget)) == NULL)
    return;
  /* TRANSLATORS: the suggested file name of the CSV export */
  rd_csv_chooser_show (widget, _("Export Figures as CSV"), _("figures.csv"),
                       (RdCsvWriteFunc) rd_table_view_export_csv,
                       RD_TABLE_VIEW (widget)->status_label);
}

static void
on_model_changed (RdTableView *self)
{
  update_status (self);
}

static void
rd_table_view_dispose (GObject *object)
{
  RdTableView *self = RD_TABLE_VIEW (object);
  GtkWidget *child;

  if (self->sort_model != NULL)
    gtk_sort_list_model_set_model (self->sort_model, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_TABLE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->matches, rd_match_set_unref);
  g_clear_object (&self->search);
  g_clear_pointer (&self->sector_filter, g_free);
  g_clear_pointer (&self->sector_ids, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->report_ids, g_array_unref);

  G_OBJECT_CLASS (rd_table_view_parent_class)->dispose (object);
}

static void
rd_table_view_class_init (RdTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_table_view_dispose;
  g_type_ensure (RD_TYPE_WRAP_BOX);

  /**
   * RdTableView::figure-selected:
   * @indicator: the first selected RdIndicator
   *
   * The selection changed; the table shows the figure's sentence below.
   */
  signals[FIGURE_SELECTED] =
    g_signal_new ("figure-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);
  /**
   * RdTableView::figure-activated:
   * @indicator: the RdIndicator of the row
   *
   * A row was double-clicked, or Enter was pressed on it: go to its chart.
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RD_TYPE_INDICATOR);

  (void) reportdash_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-table-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdTableView, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, report_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, basis_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, selection);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, excerpt_label);
  gtk_widget_class_bind_template_child (widget_class, RdTableView, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dropdown_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "table.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "table.export-csv", NULL, export_csv_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "table-view");
}

static void
rd_table_view_init (RdTableView *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->basis_filter = -1;
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_row, self, NULL));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  add_columns (self);
  set_report_factories (self);

  /* Ctrl+C copies rows when the table has the focus; in the entry it
   * still copies text. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>c"),
                                                          gtk_named_action_new ("table.copy")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (on_model_changed), self);
  g_signal_connect_swapped (self->filter_model, "notify::pending", G_CALLBACK (on_model_changed), self);
  g_signal_connect_swapped (self->sort_model, "notify::pending", G_CALLBACK (on_model_changed), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.export-csv", FALSE);
}

GtkWidget *
rd_table_view_new (void)
{
  return g_object_new (RD_TYPE_TABLE_VIEW, NULL);
}

static void
fill_dropdowns (RdTableView *self,
                RdDataset   *dataset)
{
  g_autoptr(GtkStringList) reports = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  GListModel *list = dataset ? rd_dataset_get_sectors (dataset) : NULL;
  int all_years = 0;

  g_clear_pointer (&self->sector_ids, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->report_ids, g_array_unref);
  self->report_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->sector_ids = g_ptr_array_new_with_free_func (g_free);

  /* Reports: a choice, and a column, only when there are several. */
  gtk_string_list_append (reports, _("All Reports"));
  g_array_set_size (self->report_ids, 1);
  for (guint i = 0; dataset != NULL && i < rd_dataset_get_n_reports (dataset); i++)
    {
      const char *label = NULL;
      gint64 id = rd_dataset_get_nth_report (dataset, i, &label);

      gtk_string_list_append (reports, label);
      g_array_append_val (self->report_ids, id);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->report_dropdown), self->report_ids->len > 2);
  gtk_column_view_column_set_visible (self->columns[RD_FIGURE_COLUMN_REPORT], self->report_ids->len > 2);
  self->years = dataset ? rd_dataset_get_years (dataset) : g_array_new (FALSE, FALSE, sizeof (int));

  gtk_string_list_append (sectors, _("All Sectors"));
  g_ptr_array_add (self->sector_ids, NULL);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RdSector) sector = g_list_model_get_item (list, i);

      gtk_string_list_append (sectors, rd_sector_get_name (sector));
      g_ptr_array_add (self->sector_ids, g_strdup (rd_sector_get_id (sector)));
    }

  gtk_string_list_append (years, _("All Years"));
  g_array_prepend_val (self->years, all_years);
  for (guint i = 1; i < self->years->len; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", g_array_index (self->years, int, i));
      gtk_string_list_append (years, year);
    }

  self->setting_dataset = TRUE;
  gtk_drop_down_set_model (self->report_dropdown, G_LIST_MODEL (reports));
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (sectors));
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->report_dropdown, 0);
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
  gtk_drop_down_set_selected (self->basis_dropdown, 0);
  gtk_drop_down_set_selected (self->year_dropdown, 0);
  self->setting_dataset = FALSE;
}

void
rd_table_view_set_search (RdTableView *self,
                          RdSearch    *search)
{
  RdDataset *dataset;

  g_return_if_fail (RD_IS_TABLE_VIEW (self));
  g_return_if_fail (search == NULL || RD_IS_SEARCH (search));

  if (!g_set_object (&self->search, search))
    return;

  dataset = get_dataset (self);
  g_clear_pointer (&self->matches, rd_match_set_unref);
  g_clear_pointer (&self->sector_filter, g_free);
  self->report_filter = 0;
  self->basis_filter = -1;
  self->year_filter = 0;
  fill_dropdowns (self, dataset);
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
  gtk_filter_list_model_set_filter (self->filter_model, NULL);
  gtk_sort_list_model_set_model (self->sort_model, dataset ? rd_dataset_get_indicators (dataset) : NULL);
  gtk_label_set_text (self->excerpt_label,
                      _("Select a row to see the sentence of the report that states it."));
  gtk_widget_add_css_class (GTK_WIDGET (self->excerpt_label), "dim-label");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.export-csv", dataset != NULL);
  update_status (self);
}

void
rd_table_view_set_dataset (RdTableView *self,
                           RdDataset   *dataset)
{
  g_autoptr(RdSearch) search = NULL;

  g_return_if_fail (RD_IS_TABLE_VIEW (self));

  if (dataset != NULL)
    search = rd_search_new (dataset);
  rd_table_view_set_search (self, search);
}

void
rd_table_view_set_filter_text (RdTableView *self,
                               const char  *text)
{
  g_return_if_fail (RD_IS_TABLE_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text ? text : "");
  /* Now, not after the typing pause. */
  on_filter_text_changed (self->filter_entry, self);
}

RdDataset *
rd_table_view_get_dataset (RdTableView *self)
{
  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), NULL);
  return get_dataset (self);
}

void
rd_table_view_set_report_filter (RdTableView *self,
                                 gint64       report_id)
{
  g_return_if_fail (RD_IS_TABLE_VIEW (self));

  for (guint i = 0; self->report_ids != NULL && i < self->report_ids->len; i++)
    if (g_array_index (self->report_ids, gint64, i) == report_id)
      gtk_drop_down_set_selected (self->report_dropdown, i);
}

void
rd_table_view_set_sector_filter (RdTableView *self,
                                 const char  *sector_id)
{
  g_return_if_fail (RD_IS_TABLE_VIEW (self));

  for (guint i = 0; self->sector_ids != NULL && i < self->sector_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->sector_ids, i), sector_id) == 0)
      gtk_drop_down_set_selected (self->sector_dropdown, i);
}

void
rd_table_view_set_basis_filter (RdTableView *self,
                                int          basis)
{
  g_return_if_fail (RD_IS_TABLE_VIEW (self));

  gtk_drop_down_set_selected (self->basis_dropdown,
                              basis == RD_BASIS_ACTUAL ? 1 : basis == RD_BASIS_TARGET ? 2 : 0);
}

void
rd_table_view_set_year_filter (RdTableView *self,
                               int          year)
{
  g_return_if_fail (RD_IS_TABLE_VIEW (self));

  for (guint i = 0; self->years != NULL && i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      gtk_drop_down_set_selected (self->year_dropdown, i);
}

void
rd_table_view_sort_by (RdTableView    *self,
                       RdFigureColumn  column,
                       GtkSortType     order)
{
  g_return_if_fail (RD_IS_TABLE_VIEW (self));
  g_return_if_fail (column < RD_FIGURE_N_COLUMNS);

  gtk_column_view_sort_by_column (self->column_view, self->columns[column], order);
}

GListModel *
rd_table_view_get_model (RdTableView *self)
{
  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

gboolean
rd_table_view_is_busy (RdTableView *self)
{
  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), FALSE);
  return gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
         gtk_sort_list_model_get_pending (self->sort_model) > 0;
}

GtkSelectionModel *
rd_table_view_get_selection (RdTableView *self)
{
  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/* GTK 4.8 has no gtk_column_view_scroll_to(): ask its list view. */
static void
scroll_to (RdTableView *self,
           guint        position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

gboolean
rd_table_view_select_indicator (RdTableView *self,
                                RdIndicator *indicator)
{
  GListModel *rows;
  guint n;

  g_return_val_if_fail (RD_IS_TABLE_VIEW (self), FALSE);
  g_return_val_if_fail (RD_IS_INDICATOR (indicator), FALSE);

  rows = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdIndicator) row = g_list_model_get_item (rows, i);

      /* The table may show every report of a library, loaded on its own:
       * the same figure is another object there, with the same key. */
      if (row == indicator || g_strcmp0 (rd_indicator_get_key (row), rd_indicator_get_key (indicator)) == 0)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          scroll_to (self, i);
          return TRUE;
        }
    }
  return FALSE;
}

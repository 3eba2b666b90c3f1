/* rd-targets-view.c
 *
 * rd_targets_check's rows for one indicator in one region: year, target
 * (with its qualifier), result, status and the two reports' years, in a
 * GtkColumnView whose sorter sorts the model. Activating a row shows the
 * target's sentence and the result's, read from their reports' text.
 */
#define G_LOG_DOMAIN "reportdash-targets-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rd-csv-chooser.h"
#include "rd-chart-data.h"
#include "rd-csv.h"
#include "rd-format.h"
#include "rd-library.h"
#include "rd-targets-view.h"
#include "rd-trend-chart.h"
#include "reportdash-resources.h"

/* RdTargetRow ----------------------------------------------------------- */

struct _RdTargetRow
{
  GObject         parent_instance;

  int             year;
  int             target_report_year;
  int             result_report_year;   /* 0: no result */
  gint64          target_report_id;
  gint64          result_report_id;
  int             target_span[2];
  int             result_span[2];
  double          target_value;
  double          result_value;
  double          gap;
  RdTargetStatus  status;
  char           *target_text;
  char           *result_text;
  char           *status_text;
};

G_DEFINE_FINAL_TYPE (RdTargetRow, rd_target_row, G_TYPE_OBJECT)

static void
rd_target_row_finalize (GObject *object)
{
  RdTargetRow *self = RD_TARGET_ROW (object);

  g_free (self->target_text);
  g_free (self->result_text);
  g_free (self->status_text);
  G_OBJECT_CLASS (rd_target_row_parent_class)->finalize (object);
}

static void
rd_target_row_class_init (RdTargetRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_target_row_finalize;
}

static void
rd_target_row_init (RdTargetRow *self)
{
}

int
rd_target_row_get_year (RdTargetRow *row)
{
  return row->year;
}

const char *
rd_target_row_get_target_text (RdTargetRow *row)
{
  return row->target_text;
}

const char *
rd_target_row_get_result_text (RdTargetRow *row)
{
  return row->result_text;
}

RdTargetStatus
rd_target_row_get_status (RdTargetRow *row)
{
  return row->status;
}

const char *
rd_target_row_get_status_text (RdTargetRow *row)
{
  return row->status_text;
}

/* A qualifier's word in English, around @figure. */
static char *
english_qualifier (const char *word,
                   const char *figure)
{
  if (g_str_equal (word, "左右"))
    /* Translators: a target "about" a figure (左右), as 8%左右 */
    return g_strdup_printf (_("about %s"), figure);
  if (g_str_equal (word, "以上"))
    /* Translators: a target of at least a figure (以上), as 7%以上 */
    return g_strdup_printf (_("at least %s"), figure);
  if (g_str_equal (word, "以内") || g_str_equal (word, "以下"))
    /* Translators: a target of at most a figure (以内), as 3%以内 */
    return g_strdup_printf (_("at most %s"), figure);
  if (g_str_equal (word, "力争"))
    /* Translators: a target striven for (力争), as 力争8% */
    return g_strdup_printf (_("striving for %s"), figure);
  return g_strdup (figure);
}

static gboolean
is_prefix_word (const char *word)
{
  return g_str_equal (word, "力争") || g_str_equal (word, "确保");
}

/* 8%左右, 7.5%—8%, 力争10%以上 in Chinese; about 8%, 7.5%–8%, striving
 * for at least 10% in English. */
static char *
format_target (const RdSeriesPoint *t)
{
  g_autofree char *low = rd_format_quantity (t->value, t->unit, t->unit_en);
  g_autofree char *high = rd_format_quantity (t->value_max, t->unit, t->unit_en);
  char *figure = t->value_max > t->value
                   ? g_strdup_printf (rd_format_use_chinese () ? "%s—%s" : "%s–%s", low, high)
                   : g_strdup (low);
  g_auto(GStrv) words = g_strsplit (t->qualifier ? t->qualifier : "", " ", -1);
  gboolean chinese = rd_format_use_chinese ();

  /* The words after the figure first, then those before it. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; words[i] != NULL; i++)
      {
        char *next;

        if (*words[i] == '\0' || is_prefix_word (words[i]) != (pass == 1))
          continue;
        if (chinese)
          next = pass == 1 ? g_strconcat (words[i], figure, NULL) : g_strconcat (figure, words[i], NULL);
        else
          next = english_qualifier (words[i], figure);
        g_free (figure);
        figure = next;
      }
  return figure;
}

static RdTargetRow *
target_row_new (const RdTargetCheck *check)
{
  RdTargetRow *row = g_object_new (RD_TYPE_TARGET_ROW, NULL);
  const RdSeriesPoint *t = check->target;
  const RdSeriesPoint *a = check->actual;

  row->year = t->year;
  row->target_report_year = t->report_year;
  row->target_report_id = t->report_id;
  row->target_span[0] = t->src_start;
  row->target_span[1] = t->src_end;
  row->target_value = t->value;
  row->target_text = format_target (t);
  row->status = check->status;
  row->gap = check->gap;
  row->status_text = rd_target_check_format_status (check);
  if (a != NULL)
    {
      row->result_report_year = a->report_year;
      row->result_report_id = a->report_id;
      row->result_span[0] = a->src_start;
      row->result_span[1] = a->src_end;
      row->result_value = a->value;
      row->result_text = rd_format_quantity (a->value, a->unit, a->unit_en);
    }
  else
    row->result_text = g_strdup ("");
  return row;
}

/* RdTargetsView --------------------------------------------------------- */

struct _RdTargetsView
{
  GtkWidget             parent_instance;

  GtkColumnView        *column_view;
  GtkSortListModel     *sort_model;
  GListStore           *rows;
  GtkLabel             *status_label;
  GtkLabel             *sentence_label;
  RdTrendChart         *chart;

  char                 *path;
  char                 *title;
  GPtrArray            *series;   /* kept: the checks point into it */
  GArray               *checks;   /* RdTargetCheck, or NULL */
  GArray               *charted;  /* the check of each item of the chart (guint) */
};

G_DEFINE_FINAL_TYPE (RdTargetsView, rd_targets_view, GTK_TYPE_WIDGET)

typedef enum {
  COLUMN_YEAR,
  COLUMN_TARGET,
  COLUMN_RESULT,
  COLUMN_STATUS,
  COLUMN_TARGET_REPORT,
  COLUMN_RESULT_REPORT,
  N_COLUMNS
} Column;

static const char *column_ids[N_COLUMNS] = {
  "year", "target", "result", "status", "target-report", "result-report"
};

static const char *
column_title (Column column)
{
  switch (column)
    {
    case COLUMN_YEAR:
      /* Translators: a column of the targets table: the year a target is for */
      return _("Year");
    case COLUMN_TARGET:
      return _("Target");
    case COLUMN_RESULT:
      return _("Result");
    case COLUMN_STATUS:
      return _("Status");
    case COLUMN_TARGET_REPORT:
      /* Translators: a column: the year of the report that set the target */
      return _("Set in");
    case COLUMN_RESULT_REPORT:
    default:
      /* Translators: a column: the year of the report that states the result */
      return _("Reported in");
    }
}

/* The text of @row in @column, as shown and exported. */
static char *
dup_cell (RdTargetRow *row,
          Column       column)
{
  switch (column)
    {
    case COLUMN_YEAR:
      return g_strdup_printf ("%d", row->year);
    case COLUMN_TARGET:
      return g_strdup (row->target_text);
    case COLUMN_RESULT:
      return g_strdup (row->result_text);
    case COLUMN_STATUS:
      return g_strdup (row->status_text);
    case COLUMN_TARGET_REPORT:
      return g_strdup_printf ("%d", row->target_report_year);
    case COLUMN_RESULT_REPORT:
    default:
      return row->result_report_year > 0 ? g_strdup_printf ("%d", row->result_report_year) : g_strdup ("");
    }
}

static int
compare_double (double a, double b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

/* Missed rows by their gap, then met, then those without a result. */
static double
status_rank (RdTargetRow *row)
{
  switch (row->status)
    {
    case RD_TARGET_MISSED:
      return -row->gap;
    case RD_TARGET_MET:
      return 1;
    case RD_TARGET_NO_RESULT:
    default:
      return 2;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  RdTargetRow *x = (RdTargetRow *) a, *y = (RdTargetRow *) b;
  int order;

  switch (GPOINTER_TO_INT (data))
    {
    case COLUMN_TARGET:
      order = compare_double (x->target_value, y->target_value);
      break;
    case COLUMN_RESULT:
      order = compare_double (x->result_report_year ? x->result_value : -G_MAXDOUBLE,
                              y->result_report_year ? y->result_value : -G_MAXDOUBLE);
      break;
    case COLUMN_STATUS:
      order = compare_double (status_rank (x), status_rank (y));
      break;
    case COLUMN_TARGET_REPORT:
      order = x->target_report_year - y->target_report_year;
      break;
    case COLUMN_RESULT_REPORT:
      order = x->result_report_year - y->result_report_year;
      break;
    case COLUMN_YEAR:
    default:
      order = 0;
    }
  return order != 0 ? (order < 0 ? -1 : 1) : compare_double (x->year, y->year);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (data) == COLUMN_TARGET ||
                                           GPOINTER_TO_INT (data) == COLUMN_STATUS ? 0 : 1);
  if (GPOINTER_TO_INT (data) == COLUMN_STATUS)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_widget_add_css_class (box, "targets-status");
      gtk_box_append (GTK_BOX (box), gtk_image_new ());
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
    }
  else
    gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  RdTargetRow *row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = dup_cell (row, GPOINTER_TO_INT (data));

  if (GTK_IS_BOX (child))
    {
      static const char *icons[] = { "content-loading-symbolic", "object-select-symbolic", "dialog-warning-symbolic" };
      static const char *classes[] = { "dim-label", "success", "warning" };
      GtkWidget *image = gtk_widget_get_first_child (child);
      GtkWidget *label = gtk_widget_get_last_child (child);

      gtk_image_set_from_icon_name (GTK_IMAGE (image), icons[row->status]);
      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        gtk_widget_remove_css_class (child, classes[i]);
      gtk_widget_add_css_class (child, classes[row->status]);
      gtk_label_set_text (GTK_LABEL (label), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (child), text);
}

static void
add_columns (RdTargetsView *self)
{
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (column_title (c), factory);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (gtk_custom_sorter_new (compare_rows, GINT_TO_POINTER (c), NULL)));
      gtk_column_view_column_set_expand (column, c == COLUMN_TARGET || c == COLUMN_STATUS);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
}

static char *
dup_sentence (RdLibrary *library,
              gint64     report_id,
              const int  span[2])
{
  g_autofree char *text = library ? rd_library_dup_report_text (library, report_id, NULL) : NULL;

  return text != NULL ? rd_format_sentence_markup (text, span[0], span[1]) : NULL;
}

void
rd_targets_view_show_row (RdTargetsView *self,
                          guint          position)
{
  g_autoptr(RdTargetRow) row = NULL;
  g_autoptr(RdLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  g_autofree char *result = NULL;
  g_autoptr(GString) markup = g_string_new (NULL);

  g_return_if_fail (RD_IS_TARGETS_VIEW (self));

  row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  if (row == NULL)
    return;
  if (self->path != NULL &&
      (library = rd_library_open_full (self->path, NULL, RD_LIBRARY_BUSY_TIMEOUT_MS, &error)) == NULL)
    g_warning ("Cannot read the library %s: %s", self->path, error->message);
  target = dup_sentence (library, row->target_report_id, row->target_span);
  /* Translators: under the targets table, the sentence that sets the target */
  g_string_append_printf (markup, _("Target, from the %d report: %s"), row->target_report_year,
                          target ? target : "");
  if (row->result_report_year > 0)
    {
      result = dup_sentence (library, row->result_report_id, row->result_span);
      g_string_append_c (markup, '\n');
      /* Translators: under the targets table, the sentence that states the result */
      g_string_append_printf (markup, _("Result, from the %d report: %s"), row->result_report_year,
                              result ? result : "");
    }
  gtk_label_set_markup (self->sentence_label, markup->str);
  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label), TRUE);
}

static void
on_row_activated (GtkColumnView *view,
                  guint          position,
                  RdTargetsView *self)
{
  rd_targets_view_show_row (self, position);
}

/* The region the chart draws: the first check's. */
static const char *
chart_region (RdTargetsView *self)
{
  return self->checks != NULL && self->checks->len > 0
    ? g_array_index (self->checks, RdTargetCheck, 0).target->region : NULL;
}

RdChartData *
rd_targets_view_new_chart_data (RdTargetsView *self)
{
  g_return_val_if_fail (RD_IS_TARGETS_VIEW (self), NULL);

  if (self->checks == NULL || self->checks->len == 0)
    return NULL;
  return rd_chart_data_new_for_targets (self->checks, chart_region (self), self->title);
}

static void
draw_chart (RdTargetsView *self)
{
  RdChartData *data = rd_targets_view_new_chart_data (self);
  const char *region = chart_region (self);

  g_array_set_size (self->charted, 0);
  for (guint i = 0; data != NULL && i < self->checks->len; i++)
    {
      const RdTargetCheck *check = &g_array_index (self->checks, RdTargetCheck, i);

      if (g_strcmp0 (check->target->region, region) != 0)
        continue;
      g_array_append_val (self->charted, i);
      if (check->actual != NULL)
        g_array_append_val (self->charted, i);
    }
  if (data != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL, data->title, -1);
  rd_chart_widget_set_data (RD_CHART_WIDGET (self->chart), data);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), data != NULL);
}

/* A mark of the chart activated: its row chosen in the table, and both
 * sentences shown. */
static void
on_chart_activated (RdChartWidget *chart,
                    gpointer       figure,
                    RdTargetsView *self)
{
  int index = rd_chart_widget_get_selected (chart);
  g_autoptr(RdTargetRow) row = NULL;
  guint n;

  if (index < 0 || (guint) index >= self->charted->len)
    return;
  row = g_list_model_get_item (G_LIST_MODEL (self->rows), g_array_index (self->charted, guint, index));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  for (guint i = 0; row != NULL && i < n; i++)
    {
      g_autoptr(RdTargetRow) shown = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (shown == row)
        {
          gtk_selection_model_select_item (gtk_column_view_get_model (self->column_view), i, TRUE);
          rd_targets_view_show_row (self, i);
          break;
        }
    }
}

gboolean
rd_targets_view_export_csv (RdTargetsView  *self,
                            const char     *path,
                            GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GListModel *model;
  g_autofree char *name = NULL;
  g_autofree char *status = NULL;
  GStrv header;
  guint n;

  g_return_val_if_fail (RD_IS_TARGETS_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->sort_model);
  n = g_list_model_get_n_items (model);
  header = g_new0 (char *, N_COLUMNS + 1);
  for (Column c = 0; c < N_COLUMNS; c++)
    header[c] = g_strdup (column_title (c));
  g_ptr_array_add (rows, header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RdTargetRow) row = g_list_model_get_item (model, i);
      GStrv fields = g_new0 (char *, N_COLUMNS + 1);

      for (Column c = 0; c < N_COLUMNS; c++)
        fields[c] = dup_cell (row, c);
      g_ptr_array_add (rows, fields);
    }
  if (!rd_csv_write (path, rows, error))
    return FALSE;

  name = g_filename_display_basename (path);
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u target to “%s”.",
                                         "Saved %u targets to “%s”.", n), n, name);
  gtk_label_set_text (self->status_label, status);
  return TRUE;
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* TRANSLATORS: the suggested file name of the targets' CSV export */
  rd_csv_chooser_show (widget, _("Export Targets as CSV"), _("targets.csv"),
                       (RdCsvWriteFunc) rd_targets_view_export_csv,
                       RD_TARGETS_VIEW (widget)->status_label);
}

static void
rd_targets_view_dispose (GObject *object)
{
  RdTargetsView *self = RD_TARGETS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_TARGETS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->checks, g_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->charted, g_array_unref);

  G_OBJECT_CLASS (rd_targets_view_parent_class)->dispose (object);
}

static void
rd_targets_view_class_init (RdTargetsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_targets_view_dispose;

  g_type_ensure (RD_TYPE_TARGET_ROW);
  g_type_ensure (RD_TYPE_TREND_CHART);
  g_resources_register (reportdash_get_resource ());
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/ReportDash/rd-targets-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RdTargetsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RdTargetsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, RdTargetsView, rows);
  gtk_widget_class_bind_template_child (widget_class, RdTargetsView, status_label);
  gtk_widget_class_bind_template_child (widget_class, RdTargetsView, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, RdTargetsView, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_install_action (widget_class, "targets.export-csv", NULL, export_csv_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rd_targets_view_init (RdTargetsView *self)
{
  self->charted = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  rd_targets_view_sort_by (self, "year", GTK_SORT_ASCENDING);
}

GtkWidget *
rd_targets_view_new (void)
{
  return g_object_new (RD_TYPE_TARGETS_VIEW, NULL);
}

void
rd_targets_view_set_series (RdTargetsView *self,
                            const char    *path,
                            GPtrArray     *series,
                            gboolean       lower_is_better)
{
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (RD_IS_TARGETS_VIEW (self));

  g_free (self->path);
  self->path = g_strdup (path);
  if (series != NULL)
    checks = rd_targets_check (series, lower_is_better);
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    g_ptr_array_add (rows, target_row_new (&g_array_index (checks, RdTargetCheck, i)));
  g_clear_pointer (&self->checks, g_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  self->checks = checks ? g_array_ref (checks) : NULL;
  self->series = series ? g_ptr_array_ref (series) : NULL;
  draw_chart (self);
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label), FALSE);
  gtk_label_set_text (self->status_label, rows->len == 0
                                            ? _("The reports of this region set no target of this indicator.")
                                            : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "targets.export-csv", rows->len > 0);
}

GListModel *
rd_targets_view_get_model (RdTargetsView *self)
{
  g_return_val_if_fail (RD_IS_TARGETS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

void
rd_targets_view_sort_by (RdTargetsView *self,
                         const char    *id,
                         GtkSortType    order)
{
  GListModel *columns;

  g_return_if_fail (RD_IS_TARGETS_VIEW (self));
  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_str_equal (column_ids[i], id))
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        gtk_column_view_sort_by_column (self->column_view, column, order);
      }
}

const char *
rd_targets_view_get_sentences (RdTargetsView *self)
{
  g_return_val_if_fail (RD_IS_TARGETS_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->sentence_label))
           ? gtk_label_get_text (self->sentence_label) : NULL;
}

void
rd_targets_view_set_title (RdTargetsView *self,
                           const char    *title)
{
  g_return_if_fail (RD_IS_TARGETS_VIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  draw_chart (self);
}

RdChartWidget *
rd_targets_view_get_chart (RdTargetsView *self)
{
  g_return_val_if_fail (RD_IS_TARGETS_VIEW (self), NULL);
  return RD_CHART_WIDGET (self->chart);
}

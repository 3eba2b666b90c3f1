/* rd-indicator-list.c
 *
 * Making 200,000 GObjects when a dataset opens takes longer than the user
 * should wait, and a list view only ever shows a screenful: items are made
 * from the plain rows the first time they are asked for, then kept, so an
 * item is always the same object (rd_dataset_find_indicator() hands out
 * borrowed pointers).
 */
#define G_LOG_DOMAIN "reportdash-indicator-list"

#include "config.h"

#include "rd-indicator-list.h"
#include "rd-indicator-private.h"

struct _RdIndicatorList
{
  GObject         parent_instance;

  RdFigureStore  *store;
  RdIndicator   **items;
  guint           n_items;
  guint           n_made;
};

static void rd_indicator_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RdIndicatorList, rd_indicator_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rd_indicator_list_model_init))

RdIndicator *
rd_figure_make_indicator (RdFigureStore  *store,
                          const RdFigure *figure)
{
  const RdReportText *report = g_ptr_array_index (store->reports, figure->report);
  RdIndicator *indicator = rd_indicator_new ();

  indicator->id = figure->id;
  indicator->key = g_strdup (figure->key);
  indicator->sector = g_strdup (figure->sector);
  indicator->name_zh = g_strdup (figure->name_zh);
  indicator->name_en = g_strdup (figure->name_en);
  indicator->value = figure->value;
  indicator->unit = g_strdup (figure->unit);
  indicator->unit_en = g_strdup (figure->unit_en);
  indicator->unit_kind = g_strdup (figure->unit_kind);
  indicator->measure = g_strdup (figure->measure);
  indicator->year = figure->year;
  indicator->basis = figure->basis;
  indicator->qualifier = g_strdup (figure->qualifier);
  indicator->src_start = figure->src_start;
  indicator->src_end = figure->src_end;
  indicator->section_title = g_strdup (figure->section_title);
  indicator->excerpt = g_strndup (report->body + figure->excerpt_byte_start,
                                  figure->excerpt_byte_end - figure->excerpt_byte_start);
  indicator->highlight_start = figure->src_byte_start - figure->excerpt_byte_start;
  indicator->highlight_end = figure->src_byte_end - figure->excerpt_byte_start;
  indicator->printed = g_strndup (report->body + figure->src_byte_start,
                                  figure->src_byte_end - figure->src_byte_start);
  return indicator;
}

static GType
rd_indicator_list_get_item_type (GListModel *model)
{
  return RD_TYPE_INDICATOR;
}

static guint
rd_indicator_list_get_n_items (GListModel *model)
{
  return RD_INDICATOR_LIST (model)->n_items;
}

static gpointer
rd_indicator_list_get_item (GListModel *model,
                            guint       position)
{
  RdIndicatorList *self = RD_INDICATOR_LIST (model);

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (rd_indicator_list_peek (self, position));
}

static void
rd_indicator_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rd_indicator_list_get_item_type;
  iface->get_n_items = rd_indicator_list_get_n_items;
  iface->get_item = rd_indicator_list_get_item;
}

static void
rd_indicator_list_finalize (GObject *object)
{
  RdIndicatorList *self = RD_INDICATOR_LIST (object);

  for (guint i = 0; i < self->n_items; i++)
    g_clear_object (&self->items[i]);
  g_free (self->items);
  g_clear_pointer (&self->store, rd_figure_store_unref);

  G_OBJECT_CLASS (rd_indicator_list_parent_class)->finalize (object);
}

static void
rd_indicator_list_class_init (RdIndicatorListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_indicator_list_finalize;
}

static void
rd_indicator_list_init (RdIndicatorList *self)
{
}

RdIndicatorList *
rd_indicator_list_new (RdFigureStore *store)
{
  RdIndicatorList *self = g_object_new (RD_TYPE_INDICATOR_LIST, NULL);

  self->store = rd_figure_store_ref (store);
  self->n_items = store->figures->len;
  self->items = g_new0 (RdIndicator *, self->n_items);
  return self;
}

RdIndicator *
rd_indicator_list_peek (RdIndicatorList *self,
                        guint            position)
{
  g_return_val_if_fail (RD_IS_INDICATOR_LIST (self), NULL);
  g_return_val_if_fail (position < self->n_items, NULL);

  if (self->items[position] == NULL)
    {
      self->items[position] = rd_figure_make_indicator (self->store,
                                                        rd_figure_store_get (self->store, position));
      self->n_made++;
    }
  return self->items[position];
}

guint
rd_indicator_list_get_n_made (RdIndicatorList *self)
{
  g_return_val_if_fail (RD_IS_INDICATOR_LIST (self), 0);
  return self->n_made;
}

/* rd-pair-list.c
 *
 * A generated dataset of 200,000 figures has 16,000 pairs of a result and
 * its target (issue 19, point 12): making them all, and the 32,000 figures
 * they point at, when Actual vs Target is first shown took seconds. Like
 * RdIndicatorList, a pair is made from its plain row the first time it is
 * asked for and then kept, so that an item is always the same object.
 */
#define G_LOG_DOMAIN "reportdash-pair-list"

#include "config.h"

#include "rd-dataset-struct-private.h"
#include "rd-format.h"
#include "rd-pair-list.h"

struct _RdPairList
{
  GObject          parent_instance;

  RdIndicatorList *indicators;
  GArray          *rows;      /* PairRow */
  RdPair         **items;
  guint            n_made;
};

static void rd_pair_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RdPairList, rd_pair_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rd_pair_list_model_init))

static GType
rd_pair_list_get_item_type (GListModel *model)
{
  return RD_TYPE_PAIR;
}

static guint
rd_pair_list_get_n_items (GListModel *model)
{
  return RD_PAIR_LIST (model)->rows->len;
}

static gpointer
rd_pair_list_get_item (GListModel *model,
                       guint       position)
{
  RdPairList *self = RD_PAIR_LIST (model);
  const PairRow *row;

  if (position >= self->rows->len)
    return NULL;

  if (self->items[position] == NULL)
    {
      row = &g_array_index (self->rows, PairRow, position);
      self->items[position] = rd_pair_new (rd_indicator_list_peek (self->indicators, row->actual),
                                           rd_indicator_list_peek (self->indicators, row->target),
                                           rd_format_use_chinese () || row->note_en == NULL
                                             ? row->note : row->note_en);
      self->n_made++;
    }
  return g_object_ref (self->items[position]);
}

static void
rd_pair_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rd_pair_list_get_item_type;
  iface->get_n_items = rd_pair_list_get_n_items;
  iface->get_item = rd_pair_list_get_item;
}

static void
rd_pair_list_finalize (GObject *object)
{
  RdPairList *self = RD_PAIR_LIST (object);

  for (guint i = 0; i < self->rows->len; i++)
    g_clear_object (&self->items[i]);
  g_free (self->items);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->indicators);

  G_OBJECT_CLASS (rd_pair_list_parent_class)->finalize (object);
}

static void
rd_pair_list_class_init (RdPairListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rd_pair_list_finalize;
}

static void
rd_pair_list_init (RdPairList *self)
{
}

/* The pairs of @rows (PairRow, kept), their figures from @indicators. */
RdPairList *
rd_pair_list_new (RdIndicatorList *indicators,
                  GArray          *rows)
{
  RdPairList *self = g_object_new (RD_TYPE_PAIR_LIST, NULL);

  self->indicators = g_object_ref (indicators);
  self->rows = g_array_ref (rows);
  self->items = g_new0 (RdPair *, rows->len);
  return self;
}

guint
rd_pair_list_get_n_made (RdPairList *self)
{
  g_return_val_if_fail (RD_IS_PAIR_LIST (self), 0);
  return self->n_made;
}

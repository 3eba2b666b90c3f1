/* rd-review-item.c: a figure or an excluded digit run of the review screen,
 * how the list filters and sorts them, the steps Undo takes back and the
 * drop-downs of the form */
#define G_LOG_DOMAIN "reportdash-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-review-private.h"

G_DEFINE_FINAL_TYPE (RdReviewItem, rd_review_item, G_TYPE_OBJECT)

static void
rd_review_item_finalize (GObject *object)
{
  RdReviewItem *self = RD_REVIEW_ITEM (object);

  g_clear_pointer (&self->figure, rd_draft_figure_free);
  g_free (self->reason);
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
  return self->edited || self->toggled;
}

gboolean
rd_review_item_is_excluded (RdReviewItem *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_ITEM (self), FALSE);
  return self->excluded;
}

gboolean
rd_review_item_is_figure (RdReviewItem *self)
{
  g_return_val_if_fail (RD_IS_REVIEW_ITEM (self), FALSE);
  return self->excluded == self->toggled;
}

RdReviewItem *
rd_review_item_new_figure (gint64         id,
                           RdDraftFigure *figure)
{
  RdReviewItem *self = g_object_new (RD_TYPE_REVIEW_ITEM, NULL);

  self->id = id;
  self->figure = figure;
  return self;
}

static gboolean
ends_clause (gunichar c)
{
  return g_unichar_ispunct (c) || g_unichar_isspace (c) || g_unichar_isdigit (c);
}

/* Up to 12 characters before code point @start in @text, back to the last
 * punctuation: the words a figure's name is usually made of. */
static char *
name_before (const char *text,
             int         start)
{
  const char *end = g_utf8_offset_to_pointer (text, start);
  const char *from = end;

  for (int i = 0; i < 12 && from > text; i++)
    {
      const char *previous = g_utf8_prev_char (from);

      if (ends_clause (g_utf8_get_char (previous)))
        break;
      from = previous;
    }
  return g_strndup (from, end - from);
}

RdReviewItem *
rd_review_item_new_excluded (const RdDraftExclusion *exclusion,
                             const char             *text,
                             const RdDraftFigure    *before)
{
  RdReviewItem *self = g_object_new (RD_TYPE_REVIEW_ITEM, NULL);
  RdDraftFigure *figure = rd_draft_figure_new ();
  g_autofree char *name = NULL;

  self->excluded = TRUE;
  self->reason = g_strdup (exclusion->reason);
  figure->src_start = exclusion->start;
  figure->src_end = exclusion->end;
  figure->sentence_start = figure->sentence_end = -1;
  figure->printed = g_strdup (exclusion->printed);
  /* The digits as printed: 2020 of 2020年, 5 of 5个100. */
  figure->value = figure->value_max = g_ascii_strtod (exclusion->printed ? exclusion->printed : "0", NULL);
  figure->unit = g_strdup ("");
  figure->measure = g_strdup ("level");
  figure->basis = g_strdup ("actual");
  figure->sector = g_strdup (before && before->sector ? before->sector : "overview");
  figure->year = before ? before->year : 0;
  name = text ? name_before (text, exclusion->start) : NULL;
  figure->name_zh = g_strdup (name && name[0] ? name : exclusion->printed);
  figure->found_by = RD_FOUND_CORRECTED;
  figure->confidence = 1;
  self->figure = figure;
  return self;
}

gboolean
rd_review_item_matches (RdReviewItem *item,
                        RdReviewShow  show,
                        const char   *sector,
                        const char   *basis)
{
  /* An item marked stays where it was chosen, and shows where it goes. */
  if (show == RD_REVIEW_SHOW_FIGURES && item->excluded && !item->toggled)
    return FALSE;
  if (show == RD_REVIEW_SHOW_EXCLUDED && !item->excluded && !item->toggled)
    return FALSE;
  if (sector != NULL && g_strcmp0 (item->figure->sector, sector) != 0)
    return FALSE;
  if (basis != NULL && (!rd_review_item_is_figure (item) || g_strcmp0 (item->figure->basis, basis) != 0))
    return FALSE;
  return TRUE;
}

int
rd_review_item_compare (RdReviewItem *a,
                        RdReviewItem *b,
                        gboolean      by_confidence)
{
  if (by_confidence && a->figure->confidence != b->figure->confidence)
    return a->figure->confidence < b->figure->confidence ? -1 : 1;
  if (a->figure->src_start != b->figure->src_start)
    return a->figure->src_start < b->figure->src_start ? -1 : 1;
  return 0;
}

RdReviewUndo *
rd_review_undo_new (RdReviewItem *item)
{
  RdReviewUndo *undo = g_new0 (RdReviewUndo, 1);

  undo->item = g_object_ref (item);
  undo->figure = rd_draft_figure_copy (item->figure);
  undo->edited = item->edited;
  undo->toggled = item->toggled;
  return undo;
}

void
rd_review_undo_restore (RdReviewUndo *undo)
{
  rd_draft_figure_free (undo->item->figure);
  undo->item->figure = g_steal_pointer (&undo->figure);
  undo->item->edited = undo->edited;
  undo->item->toggled = undo->toggled;
}

void
rd_review_undo_free (RdReviewUndo *undo)
{
  if (undo == NULL)
    return;
  g_object_unref (undo->item);
  rd_draft_figure_free (undo->figure);
  g_free (undo);
}

/* Drop-downs of the review screen */

guint
rd_review_index_of (GStrv       ids,
          const char *id)
{
  for (guint i = 0; ids && ids[i]; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

const char *
rd_review_measure_label (const char *measure)
{
  static const char * const ids[] = {
    "level", "growth", "share", "rate", "change", "count", "rank", "duration", "reduction",
  };
  const char *labels[G_N_ELEMENTS (ids)] = {
    /* Translators: the measures of a figure, what kind of statement it makes. */
    _("Amount"), _("Growth"), _("Share"), _("Rate"), _("Change"), _("Count"), _("Rank"),
    _("Duration"), _("Reduction"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (g_str_equal (ids[i], measure))
      return labels[i];
  return measure;
}

void
rd_review_setup_label (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (string));
}

void
rd_review_ellipsize_choices (GtkWidget *drop_down)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (rd_review_setup_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), factory);
}

void
rd_review_set_strings (GtkWidget  *drop_down,
             const char *first,
             GStrv       names)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; names && names[i]; i++)
    gtk_string_list_append (list, names[i]);
  gtk_drop_down_set_model (GTK_DROP_DOWN (drop_down), G_LIST_MODEL (list));
}


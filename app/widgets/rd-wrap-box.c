/* rd-wrap-box.c
 *
 * A flowing layout for a handful of controls. Unlike GtkFlowBox its
 * children are not wrapped in selectable, focusable rows: Tab and the
 * accessibility tree see the controls themselves, in order.
 */
#define G_LOG_DOMAIN "reportdash-wrap-box"

#include "config.h"

#include "rd-wrap-box.h"

struct _RdWrapLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (RdWrapLayout, rd_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GtkWidget *child;
  int        x, width, height;
  guint      row;
} Place;

/* Flows the children of @widget into rows @width wide: each at its natural
 * width, no narrower than its minimum nor wider than @width. Returns the
 * height of all rows; fills @places (of Place) and @row_heights (of int)
 * when given. */
static int
flow (RdWrapLayout *self,
      GtkWidget    *widget,
      int           width,
      GArray       *places,
      GArray       *row_heights)
{
  int x = 0, row_height = 0, total = 0;
  guint row = 0;
  gboolean row_empty = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_width, nat_width, min_height, nat_height, w;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      w = MAX (MIN (nat_width, width), min_width);
      if (!row_empty && x + self->spacing + w > width)
        {
          if (row_heights != NULL)
            g_array_append_val (row_heights, row_height);
          total += row_height + self->spacing;
          row++;
          x = 0;
          row_height = 0;
          row_empty = TRUE;
        }
      if (!row_empty)
        x += self->spacing;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &min_height, &nat_height, NULL, NULL);
      if (places != NULL)
        {
          Place place = { child, x, w, nat_height, row };
          g_array_append_val (places, place);
        }
      x += w;
      row_height = MAX (row_height, nat_height);
      row_empty = FALSE;
    }
  if (row_heights != NULL)
    g_array_append_val (row_heights, row_height);

  return total + row_height;
}

static GtkSizeRequestMode
rd_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rd_wrap_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  RdWrapLayout *self = RD_WRAP_LAYOUT (manager);
  int widest = 0, in_a_row = 0, n = 0;

  /* As narrow as the widest child; naturally all in one row. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_width, nat_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      widest = MAX (widest, min_width);
      in_a_row += nat_width;
      n++;
    }
  in_a_row += MAX (n - 1, 0) * self->spacing;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = widest;
      *natural = MAX (in_a_row, widest);
    }
  else
    {
      *minimum = *natural = flow (self, widget, for_size < 0 ? in_a_row : for_size, NULL, NULL);
    }
}

static void
rd_wrap_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  RdWrapLayout *self = RD_WRAP_LAYOUT (manager);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr(GArray) row_heights = g_array_new (FALSE, FALSE, sizeof (int));
  guint first = 0;
  int y = 0;

  flow (self, widget, width, places, row_heights);

  /* Row by row: the room left goes to the children that expand. */
  while (first < places->len)
    {
      guint row = g_array_index (places, Place, first).row;
      int row_height = g_array_index (row_heights, int, row);
      guint end = first, expanding = 0;
      int used = 0, extra, shift = 0;

      for (; end < places->len && g_array_index (places, Place, end).row == row; end++)
        {
          Place *place = &g_array_index (places, Place, end);

          used = place->x + place->width;
          if (gtk_widget_compute_expand (place->child, GTK_ORIENTATION_HORIZONTAL))
            expanding++;
        }
      extra = MAX (width - used, 0);

      for (guint i = first; i < end; i++)
        {
          Place *place = &g_array_index (places, Place, i);
          int grow = 0;

          if (expanding > 0 && gtk_widget_compute_expand (place->child, GTK_ORIENTATION_HORIZONTAL))
            {
              grow = extra / expanding;
              extra -= grow;
              expanding--;
            }
          gtk_widget_size_allocate (place->child,
                                    &(GtkAllocation) { place->x + shift, y, place->width + grow, row_height },
                                    -1);
          shift += grow;
        }

      y += row_height + self->spacing;
      first = end;
    }
}

static void
rd_wrap_layout_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RdWrapLayout *self = RD_WRAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_wrap_layout_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RdWrapLayout *self = RD_WRAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      rd_wrap_layout_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_wrap_layout_class_init (RdWrapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = rd_wrap_layout_get_property;
  object_class->set_property = rd_wrap_layout_set_property;
  layout_class->get_request_mode = rd_wrap_layout_get_request_mode;
  layout_class->measure = rd_wrap_layout_measure;
  layout_class->allocate = rd_wrap_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rd_wrap_layout_init (RdWrapLayout *self)
{
  self->spacing = 6;
}

int
rd_wrap_layout_get_spacing (RdWrapLayout *self)
{
  g_return_val_if_fail (RD_IS_WRAP_LAYOUT (self), 0);
  return self->spacing;
}

void
rd_wrap_layout_set_spacing (RdWrapLayout *self,
                            int           spacing)
{
  g_return_if_fail (RD_IS_WRAP_LAYOUT (self));

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/* RdWrapBox ------------------------------------------------------------- */

struct _RdWrapBox
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RdWrapBox, rd_wrap_box, GTK_TYPE_WIDGET)

static void
rd_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rd_wrap_box_parent_class)->dispose (object);
}

static void
rd_wrap_box_class_init (RdWrapBoxClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rd_wrap_box_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), RD_TYPE_WRAP_LAYOUT);
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rd_wrap_box_init (RdWrapBox *self)
{
}

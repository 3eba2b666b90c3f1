/* rd-tile-chart.c: KPI tiles and fact cards
 *
 * A KPI is one big number with its hedge and unit as the report prints
 * them (超过3亿元, 10家以上); a fact card states a rank or a statement in
 * words (全省园区前三, 第一), never as a bar, where a longer bar would read
 * as better for a worse place.
 */
#define G_LOG_DOMAIN "reportdash-tile-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-format.h"
#include "rd-render-private.h"

typedef struct
{
  guint item;
  int   change;   /* the item drawn as this figure's change, or -1 */
} Tile;

gboolean
rd_tile_figure_span (const RdChartItem *item,
                     const char        *text,
                     gsize             *start,
                     gsize             *end)
{
  g_autofree char *number = rd_format_number (item->value, 2);
  const char *at = strstr (text, number);

  if (at != NULL)
    {
      *start = at - text;
      *end = *start + strlen (number);
      if (text[*end] == '%')
        (*end)++;
      return TRUE;
    }
  if (item->hedge != NULL && item->hedge[0] != '\0' && g_str_has_prefix (text, item->hedge))
    {
      gsize words = strlen (item->hedge) + strspn (text + strlen (item->hedge), " \n");

      if (words < strlen (text))
        {
          *start = words;
          *end = strlen (text);
          return TRUE;
        }
    }
  return FALSE;
}

/* @text in @size with the figure in it @big and bold: "超过" and "亿元"
 * stay readable but the figure carries the tile. */
static PangoLayout *
value_layout (const RdCanvas    *c,
              const RdChartItem *item,
              gboolean           all_big,
              double             big,
              double             width)
{
  const char *text = item->value_full ? item->value_full : item->value_text;
  double small = MIN (big, MAX (big * 0.42, 0.85 * c->em));
  gsize start = 0, end = strlen (text);
  const char *at = !all_big && rd_tile_figure_span (item, text, &start, &end) ? text + start : NULL;
  PangoLayout *layout;
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;

  layout = rd_canvas_layout (c, text, at != NULL ? small : big, at == NULL, width, 2);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  if (at != NULL)
    {
      attr = pango_attr_size_new_absolute ((int) (big * PANGO_SCALE));
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  /* When the hedge, the figure and its unit do not fit on one line, they
   * break between them rather than inside one: first the unit gets a line
   * of its own ("80.2" over "(100 million yuan)"), then, if a line still
   * wraps, the hedge ("striving for" over "double digits"). A space becomes
   * a newline, so the byte offsets of the attributes still hold. */
  if (at != NULL && pango_layout_get_line_count (layout) > 1)
    {
      g_autofree char *broken = g_strdup (text);
      int paragraphs = 1;

      if (text[end] == ' ')
        {
          broken[end] = '\n';
          paragraphs++;
          pango_layout_set_text (layout, broken, -1);
        }
      if (start > 0 && text[start - 1] == ' ' && pango_layout_get_line_count (layout) > paragraphs)
        {
          broken[start - 1] = '\n';
          pango_layout_set_text (layout, broken, -1);
        }
    }

  return layout;
}

static double
baseline (PangoLayout *layout)
{
  return pango_layout_get_baseline (layout) / (double) PANGO_SCALE;
}

/* The baseline of the line where @item's figure starts in @layout: a trend
 * arrow sits beside the big figure, not beside a small hedge on the line
 * above it ("striving for" over "double digits"). */
static double
figure_baseline (PangoLayout       *layout,
                 const RdChartItem *item)
{
  gsize start, end;
  int line = 0;
  PangoLayoutIter *iter;
  double y;

  if (rd_tile_figure_span (item, pango_layout_get_text (layout), &start, &end))
    pango_layout_index_to_line_x (layout, (int) start, FALSE, &line, NULL);
  iter = pango_layout_get_iter (layout);
  for (int i = 0; i < line && pango_layout_iter_next_line (iter); i++)
    ;
  y = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
  pango_layout_iter_free (iter);
  return y;
}

static void
draw_tile (const RdCanvas *c,
           const Tile     *tile,
           gboolean        facts,
           gboolean        several,
           double x, double y, double w, double h)
{
  double em = c->em;
  const RdChartItem *item = rd_canvas_item (c, tile->item);
  const RdChartItem *change = tile->change >= 0 ? rd_canvas_item (c, tile->change) : NULL;
  const RdColor *accent = rd_canvas_mark_color (c, tile->item);
  gboolean marked = (int) tile->item == c->state->selected || (int) tile->item == c->state->hovered;
  double stripe = facts ? round (MAX (3.0, 0.25 * em)) : 0;
  double pad = several || facts ? 0.5 * em : 0;
  double ix = x + stripe + pad, iw = w - stripe - 2 * pad;
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) series = NULL;
  g_autoptr(PangoLayout) change_text = NULL;
  g_autoptr(PangoLayout) value = NULL;
  double label_h = 0, series_h = 0, change_h = 0, fixed, room, big, arrow = 0, value_w, value_h;
  double top, change_y = y + h;

  /* The card: an outline when there are several, an accent for facts,
   * the selection or hover colour around it. */
  if (several || facts || marked)
    {
      cairo_rectangle (c->cr, x + 0.5, y + 0.5, w - 1, h - 1);
      rd_render_set_color (c->cr, marked ? accent : &c->style->grid);
      cairo_set_line_width (c->cr, marked ? MAX (2.0, 0.15 * em) : 1.0);
      cairo_stroke (c->cr);
    }
  if (facts || marked)
    {
      rd_render_set_color (c->cr, accent);
      cairo_rectangle (c->cr, x, y, MAX (stripe, marked ? round (MAX (3.0, 0.25 * em)) : 0), h);
      cairo_fill (c->cr);
    }
  rd_canvas_focus_rect (c, tile->item, x, y, w, h);

  if (iw < 2 * em)
    goto hits;

  if (several || facts)
    {
      label = rd_canvas_layout (c, item->label, 0.9 * em, FALSE, iw, 2);
      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      label_h = rd_render_layout_height (label) + 0.2 * em;
    }
  if (several && item->series != NULL)
    {
      series = rd_canvas_layout (c, item->series, 0.8 * em, FALSE, iw, 1);
      pango_layout_set_alignment (series, PANGO_ALIGN_CENTER);
      series_h = rd_render_layout_height (series) + 0.1 * em;
    }
  if (change != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s  %s", change->value_full ? change->value_full
                                                          : change->value_text, change->label);

      change_text = rd_canvas_layout (c, text, 0.9 * em, FALSE, iw - 1.2 * em, 2);
      change_h = rd_render_layout_height (change_text) + 0.3 * em;
    }

  /* Drop the extras before the figure gets too small to read. */
  fixed = label_h + series_h + change_h;
  if (h - 2 * pad - fixed < 1.6 * em && series != NULL)
    {
      fixed -= series_h;
      series_h = 0;
      g_clear_object (&series);
    }
  if (h - 2 * pad - fixed < 1.6 * em && label != NULL)
    {
      fixed -= label_h;
      label_h = 0;
      g_clear_object (&label);
    }
  room = h - 2 * pad - fixed;
  if (room < 1.2 * em)
    goto hits;

  /* A statement in words is read, not scanned: smaller than a number. */
  big = MIN (room * 0.62, facts ? 2.4 * em : 4.5 * em);
  for (guint tries = 0; tries < 8; tries++)
    {
      arrow = item->trend != 0 ? big * 0.55 : 0;
      g_clear_object (&value);
      value = value_layout (c, item, facts, big, iw - (arrow > 0 ? arrow + 0.3 * big : 0));
      if (!pango_layout_is_ellipsized (value) && rd_render_layout_height (value) <= room)
        break;
      big *= 0.85;
    }
  value_w = rd_render_layout_width (value);
  value_h = rd_render_layout_height (value);

  top = y + (h - fixed - value_h) / 2;
  if (label != NULL)
    {
      rd_canvas_show (c, label, ix, top, &c->style->muted, tile->item);
      top += label_h;
    }

  {
    double total = value_w + (arrow > 0 ? arrow + 0.3 * big : 0);
    double left = ix + (iw - total) / 2;
    PangoRectangle logical;

    pango_layout_get_extents (value, NULL, &logical);
    if (arrow > 0)
      {
        rd_canvas_arrow (c, item->trend, left, top + figure_baseline (value, item), arrow);
        left += arrow + 0.3 * big;
      }
    /* The layout centres its lines in its own width; place the text. */
    rd_canvas_show (c, value, left - logical.x / (double) PANGO_SCALE, top,
                    &c->style->foreground, tile->item);
    top += value_h;
  }

  if (series != NULL)
    {
      rd_canvas_show (c, series, ix, top + 0.1 * em, &c->style->muted, tile->item);
      top += series_h;
    }

  if (change_text != NULL)
    {
      double cw = rd_render_layout_width (change_text);
      double arrow_size = 0.7 * em;
      double left = ix + (iw - cw - arrow_size - 0.4 * em) / 2;

      change_y = top;
      if ((int) tile->change == c->state->selected || (int) tile->change == c->state->hovered)
        {
          /* The change is a figure of its own: its own selection. */
          rd_render_set_color (c->cr, rd_canvas_mark_color (c, tile->change));
          cairo_set_line_width (c->cr, MAX (2.0, 0.15 * em));
          cairo_rectangle (c->cr, left - 0.3 * em, top + 0.15 * em,
                           cw + arrow_size + 1.0 * em, change_h);
          cairo_stroke (c->cr);
        }
      rd_canvas_arrow (c, change->trend, left, top + 0.3 * em + baseline (change_text), arrow_size);
      rd_canvas_show (c, change_text, left + arrow_size + 0.4 * em, top + 0.3 * em,
                      &c->style->foreground, tile->change);
      rd_canvas_focus_rect (c, tile->change, left, top + 0.3 * em,
                            cw + arrow_size + 0.4 * em, change_h - 0.3 * em);
    }

hits:
  if (change != NULL)
    {
      if (change_y >= y + h)
        change_y = y + h * 0.75;
      rd_canvas_add_hit (c, x, change_y, w, y + h - change_y, tile->change);
    }
  rd_canvas_add_hit (c, x, y, w, change_y - y, tile->item);
}

static void
draw_tiles (const RdCanvas *c,
            gboolean        facts)
{
  double gap = 0.6 * c->em;
  guint n = rd_canvas_n_items (c), n_tiles = 0, cols, rows;
  g_autofree Tile *tiles = g_new (Tile, n);
  double tile_w, tile_h, x0, y0;

  for (guint i = 0; i < n; i++)
    {
      if (!facts && n_tiles > 0 && rd_chart_data_is_change_of_previous (c->data, i))
        tiles[n_tiles - 1].change = i;
      else
        tiles[n_tiles++] = (Tile) { i, -1 };
    }

  rd_render_grid (n_tiles, c->w + gap, c->h + gap, 1.6, &cols, &rows);
  tile_w = (c->w - gap * (cols - 1)) / cols;
  tile_h = (c->h - gap * (rows - 1)) / rows;
  /* Cards no larger than their words need, centred; a lone KPI has no card
   * and takes the whole plot. */
  if (n_tiles > 1 || facts)
    {
      tile_w = MIN (tile_w, 24 * c->em);
      tile_h = MIN (tile_h, (facts ? 8 : 10) * c->em);
    }
  x0 = c->x + (c->w - cols * tile_w - (cols - 1) * gap) / 2;
  y0 = c->y + (c->h - rows * tile_h - (rows - 1) * gap) / 2;

  /* Whole pixels, so that outlines and accents are crisp. */
  for (guint t = 0; t < n_tiles; t++)
    {
      double x = round (x0 + (t % cols) * (tile_w + gap));
      double y = round (y0 + (t / cols) * (tile_h + gap));

      draw_tile (c, &tiles[t], facts, n_tiles > 1, x, y, floor (tile_w), floor (tile_h));
    }
}

void
rd_draw_kpis (const RdCanvas *c)
{
  draw_tiles (c, FALSE);
}

void
rd_draw_facts (const RdCanvas *c)
{
  draw_tiles (c, TRUE);
}

RD_DEFINE_CHART (rd_render_kpi_chart, rd_draw_kpis)
RD_DEFINE_CHART (rd_render_fact_chart, rd_draw_facts)

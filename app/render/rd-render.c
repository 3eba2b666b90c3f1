/* rd-render.c: palette, dispatch, frame, text and hit bookkeeping shared
 * by every chart */
#define G_LOG_DOMAIN "reportdash-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rd-format.h"
#include "rd-render-private.h"

static cairo_user_data_key_t text_boxes_key;

static RdColor
hex (guint32 rgb)
{
  return (RdColor) {
    ((rgb >> 16) & 0xff) / 255.0,
    ((rgb >> 8) & 0xff) / 255.0,
    (rgb & 0xff) / 255.0,
    1.0,
  };
}

void
rd_render_style_init (RdRenderStyle *style,
                      gboolean       dark)
{
  style->dark = dark;
  style->em = 0;
  style->min_em = 0;
  style->font_family = "Noto Sans CJK SC, Noto Sans, sans-serif";

  /* Okabe–Ito hues, each checked in tests/test-render.c against the
   * background: text 4.5:1 or more, marks 3:1 or more (WCAG 2.1). */
  if (dark)
    {
      style->background = hex (0x242424);
      style->foreground = hex (0xf2f2f2);
      style->muted = hex (0xb8b8b8);
      style->grid = hex (0x4a4a4a);
      style->track = hex (0x4f4f4f);
      style->mark = hex (0x56b4e9);          /* sky blue */
      style->mark_hover = hex (0x8fd0f5);
      style->mark_selected = hex (0xe69f00); /* orange */
      style->focus = hex (0xffffff);
      style->positive = hex (0x009e73);      /* bluish green */
      style->negative = hex (0xd55e00);      /* vermillion */
    }
  else
    {
      style->background = hex (0xffffff);
      style->foreground = hex (0x1e1e1e);
      style->muted = hex (0x5e5e5e);
      style->grid = hex (0xdedede);
      style->track = hex (0xd6d6d6);
      style->mark = hex (0x0072b2);          /* blue */
      style->mark_hover = hex (0x2b8fcc);
      style->mark_selected = hex (0xd55e00); /* vermillion */
      style->focus = hex (0x1e1e1e);
      style->positive = hex (0x009e73);      /* bluish green */
      style->negative = hex (0xd55e00);      /* vermillion */
    }
}

static gboolean
is_type (const RdChartData *data,
         const char        *type)
{
  return g_strcmp0 (data->chart_type, type) == 0;
}

static const struct {
  const char *type;
  RdDrawFunc  draw;
} renderers[] = {
  { "bar", rd_draw_bars },
  { "column", rd_draw_columns },
  { "hbar", rd_draw_hbars },
  { "grouped", rd_draw_grouped },
  { "bullet", rd_draw_bullets },
  { "donut", rd_draw_donuts },
  { "waffle", rd_draw_waffles },
  { "kpi", rd_draw_kpis },
  { "fact", rd_draw_facts },
  { "pairs", rd_draw_pairs },
  { "trend", rd_draw_trend },
  { "targets", rd_draw_targets },
};

void
rd_render_chart (cairo_t             *cr,
                 const RdChartData   *data,
                 const RdRenderStyle *style,
                 const RdRenderState *state,
                 double               width,
                 double               height,
                 GArray              *hits)
{
  RdDrawFunc draw = rd_draw_bars;

  g_return_if_fail (cr != NULL && data != NULL && style != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (renderers); i++)
    if (is_type (data, renderers[i].type))
      draw = renderers[i].draw;

  /* Never two units on one axis: one tile a figure instead. A pairs
   * chart has no common axis: each row is scaled on its own. */
  if (draw != rd_draw_facts && draw != rd_draw_pairs && !rd_chart_data_units_comparable (data))
    draw = rd_draw_kpis;

  rd_canvas_draw (cr, data, style, state, width, height, hits, draw);
}

static guint
count_groups (const RdChartData *data)
{
  g_autofree guint *starts = g_new (guint, data->items->len + 1);

  return rd_chart_groups (data, starts);
}

void
rd_render_chart_size_hint (const RdChartData *data,
                           int               *min_width,
                           int               *natural_width,
                           int               *natural_height)
{
  int n, min_w = 280, nat_w = 440, nat_h = 320;

  g_return_if_fail (data != NULL);

  n = MAX ((int) data->items->len, 1);
  if (is_type (data, "pairs"))
    {
      min_w = 300;
      nat_w = 640;
      nat_h = 170 + 48 * (int) count_groups (data);
    }
  else if (is_type (data, "trend") || is_type (data, "targets"))
    {
      int first = G_MAXINT, last = 0;

      for (guint i = 0; i < data->items->len; i++)
        {
          first = MIN (first, g_array_index (data->items, RdChartItem, i).year);
          last = MAX (last, g_array_index (data->items, RdChartItem, i).year);
        }
      min_w = 280;
      nat_w = last >= first ? CLAMP (200 + 32 * (last - first + 1), 480, 960) : 480;
      nat_h = 360;
    }
  else if (is_type (data, "kpi") || is_type (data, "fact") || !rd_chart_data_units_comparable (data))
    {
      int cols = MIN (n, 3), rows = (n + cols - 1) / cols;

      min_w = 220;
      nat_w = 120 + 180 * cols;
      nat_h = 150 + 110 * rows;
    }
  else if (is_type (data, "hbar"))
    {
      min_w = 300;
      nat_w = 480;
      nat_h = 130 + 46 * n;
    }
  else if (is_type (data, "bullet"))
    {
      min_w = 300;
      nat_w = 480;
      nat_h = 150 + 78 * (int) count_groups (data);
    }
  else if (is_type (data, "donut"))
    {
      nat_w = MIN (120 + 180 * n, 760);
      nat_h = 300;
    }
  else if (is_type (data, "waffle"))
    {
      nat_w = 480;
      nat_h = 320;
    }
  else if (is_type (data, "grouped"))
    {
      nat_w = CLAMP (140 + 70 * n, 440, 820);
      nat_h = 360;
    }
  else
    nat_w = CLAMP (140 + 100 * n, 400, 760);

  if (min_width != NULL)
    *min_width = min_w;
  if (natural_width != NULL)
    *natural_width = MAX (nat_w, min_w);
  if (natural_height != NULL)
    *natural_height = nat_h;
}

double
rd_render_chart_height_for_width (const RdChartData   *data,
                                  const RdRenderStyle *style,
                                  double               width)
{
  /* Taller than wide: the text size follows the width alone, if the
   * style does not fix it. */
  const double tall = 1e5;
  cairo_surface_t *surface;
  cairo_t *cr;
  RdCanvas c;
  int height;

  g_return_val_if_fail (data != NULL && style != NULL, 0);

  rd_render_chart_size_hint (data, NULL, NULL, &height);
  if (!is_type (data, "pairs") || width <= 0)
    return height;

  /* The frame as drawn, around the plot the rows need. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  if (rd_canvas_begin (&c, cr, data, style, NULL, width, tall, NULL))
    height = ceil (tall - c.h + rd_pairs_natural_height (&c));
  rd_canvas_end (&c);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

GArray *
rd_hit_regions_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (RdHitRegion));
}

int
rd_hit_regions_lookup (GArray *hits,
                       double  x,
                       double  y)
{
  if (hits == NULL)
    return -1;

  for (guint i = 0; i < hits->len; i++)
    {
      const RdHitRegion *r = &g_array_index (hits, RdHitRegion, i);

      if (x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height)
        return (int) r->item;
    }

  return -1;
}

static void
clear_text_box (gpointer data)
{
  g_free (((RdTextBox *) data)->text);
}

GArray *
rd_text_boxes_new (void)
{
  GArray *boxes = g_array_new (FALSE, TRUE, sizeof (RdTextBox));

  g_array_set_clear_func (boxes, clear_text_box);
  return boxes;
}

void
rd_render_collect_text_boxes (cairo_t *cr,
                              GArray  *boxes)
{
  g_return_if_fail (cr != NULL);
  cairo_set_user_data (cr, &text_boxes_key, boxes, NULL);
}

double
rd_render_em (double width,
              double height)
{
  return CLAMP (MIN (width, height * 1.6) / 48.0, RD_RENDER_MIN_EM, 44.0);
}

void
rd_render_set_color (cairo_t       *cr,
                     const RdColor *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

/* Text sizes snap to whole pixels below 24 px and to even ones above, so
 * that the charts of a page share fewer fonts: each new size costs a
 * fontconfig match, its own metrics and its own glyph cache. Whole-pixel
 * text is also crisper. */
static double
snap_font_size (double size)
{
  return size < 24 ? MAX (round (size), 1.0) : 2 * round (size / 2);
}

PangoLayout *
rd_render_layout (cairo_t             *cr,
                  const RdRenderStyle *style,
                  const char          *text,
                  double               size,
                  gboolean             bold,
                  double               max_width,
                  int                  max_lines)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (style->font_family);

  pango_font_description_set_absolute_size (desc, snap_font_size (size) * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      /* Chinese has no spaces: break between characters where needed. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, max_lines > 0 ? -max_lines : -1);
    }

  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

double
rd_render_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

double
rd_render_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

/* Title and subtitle at the top, the source at the bottom, so that a
 * screenshot or an export explains itself. */
static void
draw_frame (RdCanvas *c)
{
  const RdChartData *data = c->data;
  double em = c->em;
  double pad = em;
  double y = pad;
  double inner = MAX (c->width - 2 * pad, 1);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) source = NULL;
  double source_height = 0;
  /* A small tile keeps its plot: the subtitle and source on one line each. */
  int lines = c->height < 250 ? 1 : 2;

  if (c->style->background.a > 0)
    {
      rd_render_set_color (c->cr, &c->style->background);
      cairo_rectangle (c->cr, 0, 0, c->width, c->height);
      cairo_fill (c->cr);
    }

  title = rd_canvas_layout (c, data->title, 1.3 * em, TRUE, inner, 2);
  rd_canvas_show (c, title, pad, y, &c->style->foreground, -1);
  y += rd_render_layout_height (title) + 0.1 * em;

  if (data->subtitle[0] != '\0')
    {
      subtitle = rd_canvas_layout (c, data->subtitle, 0.85 * em, FALSE, inner, lines);
      rd_canvas_show (c, subtitle, pad, y, &c->style->muted, -1);
      y += rd_render_layout_height (subtitle);
    }
  y += 0.7 * em;

  if (data->source[0] != '\0')
    {
      source = rd_canvas_layout (c, data->source, MAX (0.78 * em, 9.0), FALSE, inner, lines);
      source_height = rd_render_layout_height (source);
      rd_canvas_show (c, source, pad, c->height - pad - source_height, &c->style->muted, -1);
    }

  c->x = pad;
  c->y = y;
  c->w = inner;
  c->h = MAX (c->height - pad - source_height - 0.7 * em - y, 0);
}

gboolean
rd_canvas_begin (RdCanvas            *c,
                 cairo_t             *cr,
                 const RdChartData   *data,
                 const RdRenderStyle *style,
                 const RdRenderState *state,
                 double               width,
                 double               height,
                 GArray              *hits)
{
  static const RdRenderState no_state = RD_RENDER_STATE_INIT;

  *c = (RdCanvas) {
    .cr = cr,
    .data = data,
    .style = style,
    .state = state != NULL ? state : &no_state,
    .hits = hits,
    .boxes = cairo_get_user_data (cr, &text_boxes_key),
    .width = width,
    .height = height,
    .em = style->em > 0 ? style->em : MAX (rd_render_em (width, height), style->min_em),
  };

  if (hits != NULL)
    g_array_set_size (hits, 0);

  cairo_save (cr);
  draw_frame (c);

  if (data->items->len == 0)
    {
      rd_render_no_figures (c);
      return FALSE;
    }

  return c->h >= 2 * c->em && c->w >= 4 * c->em;
}

void
rd_canvas_end (RdCanvas *c)
{
  cairo_restore (c->cr);
}

void
rd_canvas_draw (cairo_t             *cr,
                const RdChartData   *data,
                const RdRenderStyle *style,
                const RdRenderState *state,
                double               width,
                double               height,
                GArray              *hits,
                RdDrawFunc           draw)
{
  RdCanvas c;

  g_return_if_fail (cr != NULL && data != NULL && style != NULL);

  if (rd_canvas_begin (&c, cr, data, style, state, width, height, hits))
    draw (&c);
  rd_canvas_end (&c);
}

guint
rd_canvas_n_items (const RdCanvas *c)
{
  return c->data->items->len;
}

const RdChartItem *
rd_canvas_item (const RdCanvas *c,
                guint           index)
{
  return &g_array_index (c->data->items, RdChartItem, index);
}

PangoLayout *
rd_canvas_layout (const RdCanvas *c,
                  const char     *text,
                  double          size,
                  gboolean        bold,
                  double          max_width,
                  int             max_lines)
{
  return rd_render_layout (c->cr, c->style, text, size, bold, max_width, max_lines);
}

/* @text broken in two between its figure and the words around it
 * ("力争" over "20%以上", "20%" over "以上"), or %NULL if it has no figure
 * or nothing beside it. */
static char *
break_at_figure (const char *text)
{
  const char *digit = strpbrk (text, "0123456789");
  const char *start, *end;
  g_autofree char *head = NULL;

  if (digit == NULL)
    return NULL;
  start = digit;
  if (start > text && (start[-1] == '-' || start[-1] == '+'))
    start--;
  if (start > text)
    {
      head = g_strndup (text, start - text);
      g_strchomp (head);
      return g_strconcat (head, "\n", start, NULL);
    }
  end = digit + strspn (digit, "0123456789.,%");
  if (*end == '\0')
    return NULL;
  head = g_strndup (text, end - text);
  return g_strconcat (head, "\n", end + strspn (end, " "), NULL);
}

PangoLayout *
rd_canvas_fit_layout (const RdCanvas *c,
                      const char     *text,
                      double          size,
                      gboolean        bold,
                      double          max_width,
                      int             max_lines)
{
  PangoLayout *layout = NULL;
  g_autofree char *broken = NULL;

  /* A smaller size on one line reads better than "力争20%以" over "上". */
  for (double s = size; s >= size * 0.7; s -= size * 0.1)
    {
      g_clear_object (&layout);
      layout = rd_canvas_layout (c, text, s, bold, max_width, max_lines);
      if (pango_layout_get_line_count (layout) == 1 && !pango_layout_is_ellipsized (layout))
        return layout;
    }
  g_clear_object (&layout);
  /* Two lines, broken beside the figure rather than inside a word. */
  if (max_lines != 1)
    broken = break_at_figure (text);
  return rd_canvas_layout (c, broken ? broken : text, size * 0.8, bold, max_width, max_lines);
}

void
rd_canvas_show (const RdCanvas *c,
                PangoLayout    *layout,
                double          x,
                double          y,
                const RdColor  *color,
                int             item)
{
  const char *text = pango_layout_get_text (layout);
  PangoRectangle logical;
  double xs[4], ys[4];
  RdTextBox box;

  rd_render_set_color (c->cr, color);
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, layout);

  if (c->boxes == NULL || text == NULL || text[0] == '\0')
    return;

  pango_layout_get_extents (layout, NULL, &logical);
  xs[0] = xs[3] = x + logical.x / (double) PANGO_SCALE;
  xs[1] = xs[2] = xs[0] + logical.width / (double) PANGO_SCALE;
  ys[0] = ys[1] = y + logical.y / (double) PANGO_SCALE;
  ys[2] = ys[3] = ys[0] + logical.height / (double) PANGO_SCALE;
  for (guint i = 0; i < 4; i++)
    cairo_user_to_device (c->cr, &xs[i], &ys[i]);

  box.x = MIN (MIN (xs[0], xs[1]), MIN (xs[2], xs[3]));
  box.y = MIN (MIN (ys[0], ys[1]), MIN (ys[2], ys[3]));
  box.width = MAX (MAX (xs[0], xs[1]), MAX (xs[2], xs[3])) - box.x;
  box.height = MAX (MAX (ys[0], ys[1]), MAX (ys[2], ys[3])) - box.y;
  box.item = item;
  box.ellipsized = pango_layout_is_ellipsized (layout);
  box.text = g_strdup (text);
  g_array_append_val (c->boxes, box);
}

double
rd_canvas_line_height (const RdCanvas *c,
                       double          size)
{
  g_autoptr(PangoLayout) layout = rd_canvas_layout (c, "国Ag", size, FALSE, -1, 0);

  return rd_render_layout_height (layout);
}

double
rd_canvas_label_column_width (const RdCanvas *c,
                              double          share,
                              double          most)
{
  return MIN (CLAMP (c->w * share, 4 * c->em, most * c->em), c->w * 0.45);
}

void
rd_canvas_row_label (const RdCanvas *c,
                     const char     *text,
                     double          size,
                     double          width,
                     double          room,
                     double          cy,
                     int             item)
{
  double line = rd_canvas_line_height (c, size);
  int lines = CLAMP ((int) floor (room / line), 1, 3);
  g_autoptr(PangoLayout) layout = rd_canvas_layout (c, text, size, FALSE, width, lines);

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  rd_canvas_show (c, layout, c->x, cy - rd_render_layout_height (layout) / 2,
                  &c->style->foreground, item);
}

void
rd_canvas_arrow (const RdCanvas *c,
                 int             trend,
                 double          x,
                 double          bottom,
                 double          size)
{
  rd_render_set_color (c->cr, trend > 0 ? &c->style->positive : &c->style->negative);
  if (trend > 0)
    {
      cairo_move_to (c->cr, x, bottom);
      cairo_line_to (c->cr, x + size, bottom);
      cairo_line_to (c->cr, x + size / 2, bottom - size * 0.9);
    }
  else
    {
      cairo_move_to (c->cr, x, bottom - size * 0.9);
      cairo_line_to (c->cr, x + size, bottom - size * 0.9);
      cairo_line_to (c->cr, x + size / 2, bottom);
    }
  cairo_close_path (c->cr);
  cairo_fill (c->cr);
}

void
rd_canvas_add_hit (const RdCanvas *c,
                   double x, double y, double w, double h,
                   guint           item)
{
  RdHitRegion region = { x, y, w, h, item };

  if (c->hits != NULL)
    g_array_append_val (c->hits, region);
}

const RdColor *
rd_canvas_mark_color (const RdCanvas *c,
                      guint           index)
{
  if ((int) index == c->state->selected)
    return &c->style->mark_selected;
  if ((int) index == c->state->hovered)
    return &c->style->mark_hover;
  return &c->style->mark;
}

static void
paint_path (const RdCanvas *c,
            const RdColor  *fill,
            gboolean        outlined)
{
  if (outlined)
    {
      /* A target is a promise, not a result: outlined, lightly filled. */
      cairo_set_source_rgba (c->cr, fill->r, fill->g, fill->b, 0.22);
      cairo_fill_preserve (c->cr);
      rd_render_set_color (c->cr, fill);
      cairo_set_line_width (c->cr, MAX (1.5, c->em / 8));
      cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_MITER);
      cairo_stroke (c->cr);
    }
  else
    {
      rd_render_set_color (c->cr, fill);
      cairo_fill (c->cr);
    }
}

void
rd_canvas_paint_mark (const RdCanvas *c,
                      guint           index)
{
  paint_path (c, rd_canvas_mark_color (c, index), rd_canvas_item (c, index)->is_target);
}

void
rd_canvas_focus_rect (const RdCanvas *c,
                      guint           index,
                      double x, double y, double w, double h)
{
  double inset = MAX (2.0, 0.2 * c->em);
  const double dash[] = { MAX (3.0, 0.3 * c->em), MAX (2.0, 0.2 * c->em) };

  if ((int) index != c->state->focused)
    return;

  cairo_save (c->cr);
  rd_render_set_color (c->cr, &c->style->focus);
  cairo_set_line_width (c->cr, MAX (2.0, c->em / 8));
  cairo_set_dash (c->cr, dash, 2, 0);
  cairo_rectangle (c->cr, x - inset, y - inset, w + 2 * inset, h + 2 * inset);
  cairo_stroke (c->cr);
  cairo_restore (c->cr);
}

double
rd_canvas_legend (const RdCanvas  *c,
                  const char     **words,
                  const gboolean  *outlined,
                  guint            n,
                  double x, double y, double w,
                  gboolean         draw)
{
  double em = c->em;
  double size = 0.8 * em, swatch = 0.7 * em, gap = 0.35 * em, spacing = 1.1 * em;
  double cx = x, line_top = y, line_height = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout =
        rd_canvas_layout (c, words[i], size, FALSE, MAX (w - swatch - gap, em), 1);
      double tw = rd_render_layout_width (layout);
      double th = rd_render_layout_height (layout);
      double entry = swatch + gap + tw;

      if (cx > x && cx + entry > x + w)
        {
          cx = x;
          line_top += line_height + 0.2 * em;
          line_height = 0;
        }
      line_height = MAX (line_height, th);

      if (draw)
        {
          cairo_rectangle (c->cr, cx, line_top + (th - swatch) / 2, swatch, swatch);
          paint_path (c, &c->style->mark, outlined[i]);
          rd_canvas_show (c, layout, cx + swatch + gap, line_top, &c->style->foreground, -1);
        }
      cx += entry + spacing;
    }

  return line_top + line_height - y;
}

void
rd_axis_init (RdAxis            *axis,
              const RdChartData *data,
              double             at_least)
{
  double lo = 0, hi = MAX (at_least, 0), nice_hi, step;

  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);

      hi = MAX (hi, MAX (item->value, item->value_max));
      lo = MIN (lo, item->value);
    }

  rd_format_nice_scale (hi - lo > 0 ? MAX (hi, -lo) : 1, &nice_hi, &step);
  axis->step = step;
  axis->hi = hi > 0 ? nice_hi : 0;
  axis->lo = lo < 0 ? -ceil (-lo / step - 1e-9) * step : 0;
  if (axis->hi - axis->lo <= 0)
    axis->hi = axis->lo + step;
  axis->n_ticks = (guint) lround ((axis->hi - axis->lo) / step) + 1;
}

double
rd_axis_map (const RdAxis *axis,
             double        value,
             double        start,
             double        end)
{
  return start + (value - axis->lo) / (axis->hi - axis->lo) * (end - start);
}

double
rd_axis_tick (const RdAxis *axis,
              guint         i)
{
  return axis->lo + i * axis->step;
}

void
rd_axis_label_extents (const RdCanvas *c,
                       const RdAxis   *axis,
                       double         *width,
                       double         *height)
{
  *width = *height = 0;
  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *text = rd_format_number (rd_axis_tick (axis, i), 2);
      g_autoptr(PangoLayout) layout = rd_canvas_layout (c, text, 0.8 * c->em, FALSE, -1, 0);

      *width = MAX (*width, rd_render_layout_width (layout));
      *height = MAX (*height, rd_render_layout_height (layout));
    }
}

void
rd_axis_draw (const RdCanvas *c,
              const RdAxis   *axis,
              gboolean        horizontal,
              double          start,
              double          end,
              double          across0,
              double          across1)
{
  double spacing = fabs (end - start) / MAX (axis->n_ticks - 1, 1);
  double widest, tallest;
  guint stride = 1;

  /* Fewer labels than grid lines when the lines are close. */
  rd_axis_label_extents (c, axis, &widest, &tallest);
  while (stride < axis->n_ticks &&
         stride * spacing < (horizontal ? widest + 0.6 * c->em : 1.05 * tallest))
    stride++;

  cairo_set_line_width (c->cr, MAX (1.0, c->em / 16));
  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double at = round (rd_axis_map (axis, rd_axis_tick (axis, i), start, end)) + 0.5;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double w, h;

      rd_render_set_color (c->cr, &c->style->grid);
      if (horizontal)
        {
          cairo_move_to (c->cr, at, across0);
          cairo_line_to (c->cr, at, across1);
        }
      else
        {
          cairo_move_to (c->cr, across0, at);
          cairo_line_to (c->cr, across1, at);
        }
      cairo_stroke (c->cr);

      if (i % stride != 0)
        continue;
      text = rd_format_number (rd_axis_tick (axis, i), 2);
      layout = rd_canvas_layout (c, text, 0.8 * c->em, FALSE, -1, 0);
      w = rd_render_layout_width (layout);
      h = rd_render_layout_height (layout);
      if (horizontal)
        rd_canvas_show (c, layout, CLAMP (at - w / 2, c->x, c->x + c->w - w), across1 + 0.3 * c->em,
                        &c->style->muted, -1);
      else
        rd_canvas_show (c, layout, across0 - 0.5 * c->em - w, at - h / 2, &c->style->muted, -1);
    }
}

guint
rd_chart_groups (const RdChartData *data,
                 guint             *starts)
{
  guint n = 0;
  gboolean has_target = FALSE;

  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);

      /* A target joins the actual result right before it. */
      if (i == 0 || !item->is_target || has_target)
        {
          starts[n++] = i;
          has_target = FALSE;
        }
      has_target |= item->is_target;
    }
  starts[n] = data->items->len;

  return n;
}

char *
rd_chart_group_label (const RdChartData *data,
                      guint              start,
                      guint              end)
{
  const char *first = g_array_index (data->items, RdChartItem, start).label;
  gsize common = strlen (first);

  for (guint i = start + 1; i < end; i++)
    {
      const char *label = g_array_index (data->items, RdChartItem, i).label;
      gsize k = 0;

      while (k < common && label[k] == first[k])
        k++;
      common = k;
    }

  /* "地区生产总值 2018" and "地区生产总值 2019目标" share "地区生产总值":
   * cut at the last space, which also keeps UTF-8 whole. */
  if (end - start > 1 && first[common] != '\0')
    {
      while (common > 0 && first[common - 1] != ' ')
        common--;
      while (common > 0 && first[common - 1] == ' ')
        common--;
      if (common > 0)
        return g_strndup (first, common);
    }

  return g_strdup (first);
}

void
rd_render_grid (guint   n,
                double  w,
                double  h,
                double  aspect,
                guint  *cols,
                guint  *rows)
{
  double best = -1;

  *cols = 1;
  *rows = MAX (n, 1);
  for (guint c = 1; c <= MAX (n, 1); c++)
    {
      guint r = (MAX (n, 1) + c - 1) / c;
      double cell_w = w / c, cell_h = h / r;
      double size = MIN (cell_w, cell_h * aspect);

      if (size > best + 1e-6)
        {
          best = size;
          *cols = c;
          *rows = r;
        }
    }
}

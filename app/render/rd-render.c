/* rd-render.c: palette, dispatch and hit testing shared by every chart */
#define G_LOG_DOMAIN "reportdash-render"

#include "config.h"

#include "rd-render-private.h"

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
  style->font_family = "Noto Sans CJK SC, Noto Sans, sans-serif";

  if (dark)
    {
      style->background = hex (0x242424);
      style->foreground = hex (0xf2f2f2);
      style->muted = hex (0xb8b8b8);
      style->grid = hex (0x4a4a4a);
      style->mark = hex (0x56b4e9);          /* Okabe–Ito sky blue */
      style->mark_hover = hex (0x8fd0f5);
      style->mark_selected = hex (0xe69f00); /* orange */
      style->focus = hex (0xffffff);
    }
  else
    {
      style->background = hex (0xffffff);
      style->foreground = hex (0x1e1e1e);
      style->muted = hex (0x5e5e5e);
      style->grid = hex (0xdedede);
      style->mark = hex (0x0072b2);          /* Okabe–Ito blue */
      style->mark_hover = hex (0x2b8fcc);
      style->mark_selected = hex (0xd55e00); /* vermillion */
      style->focus = hex (0x1e1e1e);
    }
}

void
rd_render_chart (cairo_t             *cr,
                 const RdChartData   *data,
                 const RdRenderStyle *style,
                 const RdRenderState *state,
                 double               width,
                 double               height,
                 GArray              *hits)
{
  static const RdRenderState no_state = RD_RENDER_STATE_INIT;

  g_return_if_fail (cr != NULL && data != NULL && style != NULL);

  if (state == NULL)
    state = &no_state;
  if (hits != NULL)
    g_array_set_size (hits, 0);

  /* Every type is drawn as bars until it has a renderer of its own. */
  rd_render_bar_chart (cr, data, style, state, width, height, hits);
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

double
rd_render_em (double width,
              double height)
{
  return CLAMP (MIN (width, height * 1.6) / 48.0, 11.0, 44.0);
}

void
rd_render_set_color (cairo_t       *cr,
                     const RdColor *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
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

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
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

void
rd_render_frame (cairo_t             *cr,
                 const RdChartData   *data,
                 const RdRenderStyle *style,
                 double               width,
                 double               height,
                 double              *plot_x,
                 double              *plot_y,
                 double              *plot_width,
                 double              *plot_height)
{
  double em = rd_render_em (width, height);
  double pad = em;
  double y = pad;
  double inner = MAX (width - 2 * pad, 1);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) source = NULL;
  double source_height;

  if (style->background.a > 0)
    {
      rd_render_set_color (cr, &style->background);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  title = rd_render_layout (cr, style, data->title, 1.35 * em, TRUE, inner, 2);
  rd_render_set_color (cr, &style->foreground);
  cairo_move_to (cr, pad, y);
  pango_cairo_show_layout (cr, title);
  y += rd_render_layout_height (title) + 0.2 * em;

  if (data->subtitle[0] != '\0')
    {
      subtitle = rd_render_layout (cr, style, data->subtitle, 0.9 * em, FALSE, inner, 2);
      rd_render_set_color (cr, &style->muted);
      cairo_move_to (cr, pad, y);
      pango_cairo_show_layout (cr, subtitle);
      y += rd_render_layout_height (subtitle);
    }
  y += 0.8 * em;

  source = rd_render_layout (cr, style, data->source, 0.8 * em, FALSE, inner, 2);
  source_height = rd_render_layout_height (source);
  rd_render_set_color (cr, &style->muted);
  cairo_move_to (cr, pad, height - pad - source_height);
  pango_cairo_show_layout (cr, source);

  *plot_x = pad;
  *plot_y = y;
  *plot_width = inner;
  *plot_height = MAX (height - pad - source_height - 0.8 * em - y, 0);
}

/* rd-excerpt-panel.c */
#define G_LOG_DOMAIN "reportdash-excerpt-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-excerpt-panel.h"
#include "rd-format.h"
#include "rd-tooltip.h"

struct _RdExcerptPanel
{
  GtkWidget    parent_instance;

  RdIndicator *indicator;

  GtkStack    *stack;
  GtkLabel    *name_label;
  GtkLabel    *value_label;
  GtkLabel    *unit_label;
  GtkLabel    *year_label;
  GtkLabel    *basis_label;
  GtkLabel    *qualifier_label;
  GtkLabel    *sector_label;
  GtkLabel    *section_label;
  GtkLabel    *excerpt_label;
  GtkLabel    *source_label;
  GtkWidget   *qualifier_caption;
  GtkWidget   *show_in_report_button;
  GtkWidget   *copy_button;
  GtkLabel    *hint_label;
};

G_DEFINE_FINAL_TYPE (RdExcerptPanel, rd_excerpt_panel, GTK_TYPE_WIDGET)

static void
rd_excerpt_panel_dispose (GObject *object)
{
  RdExcerptPanel *self = RD_EXCERPT_PANEL (object);

  g_clear_object (&self->indicator);
  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_EXCERPT_PANEL);

  G_OBJECT_CLASS (rd_excerpt_panel_parent_class)->dispose (object);
}

char *
rd_excerpt_panel_get_citation (RdExcerptPanel *self)
{
  g_return_val_if_fail (RD_IS_EXCERPT_PANEL (self), NULL);

  if (self->indicator == NULL)
    return NULL;

  /* Translators: the sentence of the report, then the report's title. */
  return g_strdup_printf (_("%s (Source: %s)"),
                          rd_indicator_get_excerpt (self->indicator),
                          gtk_label_get_text (self->source_label));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *text = rd_excerpt_panel_get_citation (RD_EXCERPT_PANEL (widget));

  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

/* A side column: as wide as its width-request (or its content's minimum),
 * never wider for a long sentence and never wider for less height. Its
 * text wraps to that width and takes the height it needs. Asking a box of
 * wrapping labels for its width at a given height makes GTK search for it
 * label by label (hundreds of Pango layouts before the window can map). */
static GtkSizeRequestMode
rd_excerpt_panel_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rd_excerpt_panel_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  RdExcerptPanel *self = RD_EXCERPT_PANEL (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (GTK_WIDGET (self->stack), orientation, -1, minimum, NULL, NULL, NULL);
      *natural = *minimum;
    }
  else
    {
      gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                          minimum, natural, minimum_baseline, natural_baseline);
    }
}

static void
rd_excerpt_panel_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  gtk_widget_allocate (GTK_WIDGET (RD_EXCERPT_PANEL (widget)->stack), width, height, baseline, NULL);
}

static void
rd_excerpt_panel_class_init (RdExcerptPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rd_excerpt_panel_dispose;
  widget_class->get_request_mode = rd_excerpt_panel_get_request_mode;
  widget_class->measure = rd_excerpt_panel_measure;
  widget_class->size_allocate = rd_excerpt_panel_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/ReportDash/rd-excerpt-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, value_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, unit_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, year_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, basis_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, qualifier_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, sector_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, section_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, excerpt_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, source_label);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, qualifier_caption);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, show_in_report_button);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, copy_button);
  gtk_widget_class_bind_template_child (widget_class, RdExcerptPanel, hint_label);

  gtk_widget_class_install_action (widget_class, "excerpt.copy", NULL, copy_action);

  gtk_widget_class_set_css_name (widget_class, "excerpt-panel");
}

static void
rd_excerpt_panel_init (RdExcerptPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Here rather than in rd-excerpt-panel.ui: see rd_widget_set_tooltip(). */
  rd_widget_set_tooltip (self->qualifier_caption,
                         _("The hedge printed with the figure, such as “more than” or “at least”"));
  rd_widget_set_tooltip (self->show_in_report_button, _("Open the whole report at this sentence"));
  rd_widget_set_tooltip (self->copy_button, _("Copy the sentence and its source"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "excerpt.copy", FALSE);
}

GtkWidget *
rd_excerpt_panel_new (void)
{
  return g_object_new (RD_TYPE_EXCERPT_PANEL, NULL);
}

char *
rd_excerpt_panel_markup (const char *excerpt,
                         gsize       start,
                         gsize       end)
{
  gsize len = strlen (excerpt);
  g_autofree char *before = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *after = NULL;

  end = MIN (end, len);
  start = MIN (start, end);

  before = g_markup_escape_text (excerpt, start);
  figure = g_markup_escape_text (excerpt + start, end - start);
  after = g_markup_escape_text (excerpt + end, len - end);

  return g_strdup_printf ("%s<span weight=\"bold\" background=\"#ffd85c\" "
                          "foreground=\"#1e1e1e\">%s</span>%s",
                          before, figure, after);
}

void
rd_excerpt_panel_set_indicator (RdExcerptPanel *self,
                                RdIndicator    *indicator,
                                const char     *sector_name,
                                const char     *report_title)
{
  g_autofree char *value = NULL;
  g_autofree char *year = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *qualifier = NULL;
  const char *section;
  gsize start, end;

  g_return_if_fail (RD_IS_EXCERPT_PANEL (self));

  g_set_object (&self->indicator, indicator);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "excerpt.copy", indicator != NULL);
  if (indicator == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  value = rd_indicator_format_value (indicator);
  year = g_strdup_printf ("%d", rd_indicator_get_year (indicator));
  rd_indicator_get_highlight (indicator, &start, &end);
  markup = rd_excerpt_panel_markup (rd_indicator_get_excerpt (indicator), start, end);
  qualifier = rd_indicator_get_qualifier_label (indicator);
  section = rd_indicator_get_section_title (indicator);

  gtk_label_set_text (self->name_label, rd_indicator_get_name (indicator));
  gtk_label_set_text (self->value_label, value);
  gtk_label_set_text (self->unit_label,
                      rd_format_unit (rd_indicator_get_unit (indicator),
                                      rd_indicator_get_unit_en (indicator)));
  gtk_label_set_text (self->year_label, year);
  gtk_label_set_text (self->sector_label, sector_name ? sector_name : rd_indicator_get_sector (indicator));
  gtk_label_set_text (self->basis_label,
                      rd_indicator_get_basis (indicator) == RD_BASIS_TARGET
                        ? _("Target") : _("Actual result"));
  gtk_label_set_text (self->qualifier_label,
                      qualifier ? qualifier : C_("qualifier", "None"));
  gtk_label_set_text (self->section_label, section ? section : "");
  gtk_widget_set_visible (GTK_WIDGET (self->section_label), section != NULL);
  gtk_label_set_markup (self->excerpt_label, markup);
  gtk_label_set_text (self->source_label, report_title ? report_title : "");

  gtk_stack_set_visible_child_name (self->stack, "figure");
}

RdIndicator *
rd_excerpt_panel_get_indicator (RdExcerptPanel *self)
{
  g_return_val_if_fail (RD_IS_EXCERPT_PANEL (self), NULL);
  return self->indicator;
}

const char *
rd_excerpt_panel_get_excerpt_text (RdExcerptPanel *self)
{
  g_return_val_if_fail (RD_IS_EXCERPT_PANEL (self), NULL);
  return gtk_label_get_text (self->excerpt_label);
}

void
rd_excerpt_panel_set_hint (RdExcerptPanel *self,
                           const char     *hint)
{
  g_return_if_fail (RD_IS_EXCERPT_PANEL (self));
  gtk_label_set_text (self->hint_label, hint);
}

const char *
rd_excerpt_panel_get_hint (RdExcerptPanel *self)
{
  g_return_val_if_fail (RD_IS_EXCERPT_PANEL (self), NULL);
  return gtk_label_get_text (self->hint_label);
}

const char *
rd_excerpt_panel_get_value_text (RdExcerptPanel *self)
{
  g_return_val_if_fail (RD_IS_EXCERPT_PANEL (self), NULL);
  return gtk_label_get_text (self->value_label);
}

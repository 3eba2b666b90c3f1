/* rd-report-switcher.c
 *
 * The list is rebuilt whenever the library's reports are listed again;
 * the chosen id, not a row, is what the switcher keeps, so a report
 * imported or removed meanwhile leaves the choice as it was.
 */
#define G_LOG_DOMAIN "reportdash-report-switcher"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-library.h"
#include "rd-format.h"
#include "rd-report-switcher.h"

struct _RdReportSwitcher
{
  GtkWidget      parent_instance;

  GPtrArray     *owner;      /* RdLibraryReport, as given: owns them */
  GPtrArray     *reports;    /* the same but the hidden one, in the list's order */
  gint64         hidden;
  gint64         report_id;

  GtkMenuButton *button;
  GtkLabel      *button_label;
  GtkPopover    *popover;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (RdReportSwitcher, rd_report_switcher, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* By region, then the newest first. */
static int
compare_reports (gconstpointer a,
                 gconstpointer b)
{
  const RdLibraryReport *x = *(const RdLibraryReport * const *) a;
  const RdLibraryReport *y = *(const RdLibraryReport * const *) b;
  int by_region = g_utf8_collate (x->region ? x->region : "", y->region ? y->region : "");

  if (by_region != 0)
    return by_region;
  if (x->year != y->year)
    return (y->year > x->year) - (y->year < x->year);
  return x->id < y->id ? -1 : x->id > y->id;
}

static RdLibraryReport *
find_report (RdReportSwitcher *self,
             gint64            id,
             guint            *index)
{
  for (guint i = 0; self->reports != NULL && i < self->reports->len; i++)
    {
      RdLibraryReport *report = self->reports->pdata[i];

      if (report->id == id)
        {
          if (index != NULL)
            *index = i;
          return report;
        }
    }
  return NULL;
}

/* The region in the UI's language where the library has it in English. */
static const char *
report_region (const RdLibraryReport *report)
{
  if (!rd_format_use_chinese () && report->region_en != NULL)
    return report->region_en;
  return report->region;
}

static char *
report_label (const RdLibraryReport *report)
{
  const char *region = report_region (report);

  if (region == NULL || region[0] == '\0')
    return g_strdup_printf ("%d", report->year);
  return g_strdup_printf ("%d %s", report->year, region);
}

/* The button names the report chosen, the list shows it selected. */
static void
sync_choice (RdReportSwitcher *self)
{
  guint index = 0;
  RdLibraryReport *report = find_report (self, self->report_id, &index);
  g_autofree char *label = report ? report_label (report) : NULL;

  gtk_label_set_text (self->button_label, label ? label : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), report ? report->title : NULL);
  if (report != NULL)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index));
  else
    gtk_list_box_unselect_all (self->list);
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  RdReportSwitcher *self = user_data;
  guint index = gtk_list_box_row_get_index (row);
  RdLibraryReport *report, *previous;
  GtkWidget *header;

  /* rebuild() removes the rows of the reports it has just let go of. */
  if (index >= self->reports->len || (before && (guint) gtk_list_box_row_get_index (before) >= self->reports->len))
    return;
  report = g_ptr_array_index (self->reports, index);
  previous = before ? g_ptr_array_index (self->reports, gtk_list_box_row_get_index (before)) : NULL;

  if (previous != NULL && g_strcmp0 (previous->region, report->region) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (report_region (report) && report_region (report)[0] ? report_region (report) : _("Region Unknown"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_top (header, previous ? 12 : 6);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
rebuild (RdReportSwitcher *self)
{
  GtkWidget *child;

  g_clear_pointer (&self->reports, g_ptr_array_unref);
  self->reports = g_ptr_array_new ();
  for (guint i = 0; self->owner != NULL && i < self->owner->len; i++)
    if (((RdLibraryReport *) self->owner->pdata[i])->id != self->hidden)
      g_ptr_array_add (self->reports, self->owner->pdata[i]);
  g_ptr_array_sort (self->reports, compare_reports);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->reports->len; i++)
    {
      RdLibraryReport *report = self->reports->pdata[i];
      g_autofree char *label = report_label (report);
      GtkWidget *text = gtk_label_new (label);

      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_widget_set_tooltip_text (text, report->title);
      gtk_list_box_append (self->list, text);
    }
  sync_choice (self);
}

void
rd_report_switcher_set_reports (RdReportSwitcher *self,
                                GPtrArray        *reports)
{
  g_return_if_fail (RD_IS_REPORT_SWITCHER (self));

  if (reports != NULL)
    g_ptr_array_ref (reports);
  g_clear_pointer (&self->owner, g_ptr_array_unref);
  self->owner = reports;
  rebuild (self);
}

void
rd_report_switcher_hide_report (RdReportSwitcher *self,
                                gint64            id)
{
  g_return_if_fail (RD_IS_REPORT_SWITCHER (self));

  if (self->hidden == id)
    return;
  self->hidden = id;
  rebuild (self);
}

guint
rd_report_switcher_get_n_reports (RdReportSwitcher *self)
{
  g_return_val_if_fail (RD_IS_REPORT_SWITCHER (self), 0);
  return self->reports ? self->reports->len : 0;
}

gint64
rd_report_switcher_get_report_at (RdReportSwitcher *self,
                                  guint             index)
{
  g_return_val_if_fail (RD_IS_REPORT_SWITCHER (self), 0);
  if (self->reports == NULL || index >= self->reports->len)
    return 0;
  return ((RdLibraryReport *) self->reports->pdata[index])->id;
}

char *
rd_report_switcher_dup_label (RdReportSwitcher *self,
                              gint64            id)
{
  RdLibraryReport *report;

  g_return_val_if_fail (RD_IS_REPORT_SWITCHER (self), NULL);
  report = find_report (self, id, NULL);
  return report ? report_label (report) : NULL;
}

gint64
rd_report_switcher_get_report_id (RdReportSwitcher *self)
{
  g_return_val_if_fail (RD_IS_REPORT_SWITCHER (self), 0);
  return self->report_id;
}

void
rd_report_switcher_set_report_id (RdReportSwitcher *self,
                                  gint64            id)
{
  g_return_if_fail (RD_IS_REPORT_SWITCHER (self));

  if (self->report_id == id)
    return;
  self->report_id = id;
  sync_choice (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT_ID]);
}

static void
on_row_activated (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  RdReportSwitcher *self)
{
  gtk_popover_popdown (self->popover);
  rd_report_switcher_set_report_id (self, rd_report_switcher_get_report_at (self, gtk_list_box_row_get_index (row)));
}

void
rd_report_switcher_activate_row (RdReportSwitcher *self,
                                 guint             index)
{
  GtkListBoxRow *row;

  g_return_if_fail (RD_IS_REPORT_SWITCHER (self));
  if ((row = gtk_list_box_get_row_at_index (self->list, index)) != NULL)
    on_row_activated (self->list, row, self);
}

GtkPopover *
rd_report_switcher_get_popover (RdReportSwitcher *self)
{
  g_return_val_if_fail (RD_IS_REPORT_SWITCHER (self), NULL);
  return self->popover;
}

static void
on_button_clicked (GtkButton        *button,
                   RdReportSwitcher *self)
{
  gtk_popover_popdown (self->popover);
}

static void
rd_report_switcher_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RdReportSwitcher *self = RD_REPORT_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_REPORT_ID:
      g_value_set_int64 (value, self->report_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_report_switcher_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RdReportSwitcher *self = RD_REPORT_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_REPORT_ID:
      rd_report_switcher_set_report_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rd_report_switcher_dispose (GObject *object)
{
  RdReportSwitcher *self = RD_REPORT_SWITCHER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RD_TYPE_REPORT_SWITCHER);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  g_clear_pointer (&self->owner, g_ptr_array_unref);

  G_OBJECT_CLASS (rd_report_switcher_parent_class)->dispose (object);
}

static void
rd_report_switcher_class_init (RdReportSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rd_report_switcher_get_property;
  object_class->set_property = rd_report_switcher_set_property;
  object_class->dispose = rd_report_switcher_dispose;

  /* The report chosen: set by a row, or by the window as it follows
   * the report on screen. */
  properties[PROP_REPORT_ID] =
    g_param_spec_int64 ("report-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/ReportDash/rd-report-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, RdReportSwitcher, button);
  gtk_widget_class_bind_template_child (widget_class, RdReportSwitcher, button_label);
  gtk_widget_class_bind_template_child (widget_class, RdReportSwitcher, popover);
  gtk_widget_class_bind_template_child (widget_class, RdReportSwitcher, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_button_clicked);
}

static void
rd_report_switcher_init (RdReportSwitcher *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
}

GtkWidget *
rd_report_switcher_new (void)
{
  return g_object_new (RD_TYPE_REPORT_SWITCHER, NULL);
}

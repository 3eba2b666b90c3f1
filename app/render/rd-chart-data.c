/* rd-chart-data.c */
#define G_LOG_DOMAIN "reportdash-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rd-chart-data.h"
#include "rd-format.h"

static void
clear_item (gpointer data)
{
  RdChartItem *item = data;

  g_free (item->label);
  g_free (item->value_text);
  g_free (item->description);
}

RdChartData *
rd_chart_data_new (const char *chart_type,
                   const char *title,
                   const char *subtitle,
                   const char *unit,
                   const char *source)
{
  RdChartData *data = g_new0 (RdChartData, 1);

  data->chart_type = g_strdup (chart_type ? chart_type : "bar");
  data->title = g_strdup (title ? title : "");
  data->subtitle = g_strdup (subtitle ? subtitle : "");
  data->unit = g_strdup (unit ? unit : "");
  data->source = g_strdup (source ? source : "");
  data->items = g_array_new (FALSE, TRUE, sizeof (RdChartItem));
  g_array_set_clear_func (data->items, clear_item);

  return data;
}

void
rd_chart_data_add_item (RdChartData *data,
                        const char  *label,
                        double       value,
                        const char  *value_text,
                        const char  *description,
                        gboolean     is_target,
                        gpointer     user_data)
{
  RdChartItem item = {
    .label = g_strdup (label ? label : ""),
    .value = value,
    .value_text = value_text ? g_strdup (value_text) : rd_format_number (value, 2),
    .description = g_strdup (description ? description : label),
    .is_target = is_target,
    .user_data = user_data,
  };

  g_array_append_val (data->items, item);
}

void
rd_chart_data_free (RdChartData *data)
{
  if (data == NULL)
    return;

  g_free (data->chart_type);
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->unit);
  g_free (data->source);
  g_array_unref (data->items);
  g_free (data);
}

RdChartData *
rd_chart_data_new_for_spec (RdChartSpec *spec,
                            const char  *report_title)
{
  RdChartData *data;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *source = NULL;
  const char *unit = "";
  guint n = rd_chart_spec_get_n_figures (spec);
  int min_year = G_MAXINT, max_year = 0;
  guint n_targets = 0;

  for (guint i = 0; i < n; i++)
    {
      RdIndicator *indicator = rd_chart_spec_get_figure (spec, i);
      int year = rd_indicator_get_year (indicator);

      min_year = MIN (min_year, year);
      max_year = MAX (max_year, year);
      if (rd_indicator_get_basis (indicator) == RD_BASIS_TARGET)
        n_targets++;
      if (i == 0)
        unit = rd_format_unit (rd_indicator_get_unit (indicator),
                               rd_indicator_get_unit_en (indicator));
    }

  if (n > 0)
    {
      if (min_year == max_year)
        g_string_append_printf (subtitle, _("Year %d"), min_year);
      else
        g_string_append_printf (subtitle, _("Years %d–%d"), min_year, max_year);

      g_string_append (subtitle, " · ");
      if (n_targets == 0)
        g_string_append (subtitle, _("actual"));
      else if (n_targets == n)
        g_string_append (subtitle, _("target"));
      else
        g_string_append (subtitle, _("actual and target"));

      if (unit[0] != '\0')
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("Unit: %s"), unit);
        }
    }

  source = g_strdup_printf (_("Source: %s"), report_title ? report_title : "");
  data = rd_chart_data_new (rd_chart_spec_get_chart_type (spec),
                            rd_chart_spec_get_title (spec),
                            subtitle->str, unit, source);

  for (guint i = 0; i < n; i++)
    {
      RdIndicator *indicator = rd_chart_spec_get_figure (spec, i);
      g_autofree char *text = rd_indicator_format_mark (indicator);
      g_autofree char *description = rd_indicator_describe (indicator);

      rd_chart_data_add_item (data, rd_chart_spec_get_label (spec, i),
                              rd_indicator_get_value (indicator), text, description,
                              rd_indicator_get_basis (indicator) == RD_BASIS_TARGET,
                              indicator);
    }

  return data;
}

char *
rd_chart_data_describe (const RdChartData *data)
{
  g_autoptr(GString) text = g_string_new (data->title);

  if (data->subtitle[0] != '\0')
    g_string_append_printf (text, " (%s)", data->subtitle);

  for (guint i = 0; i < data->items->len; i++)
    {
      const RdChartItem *item = &g_array_index (data->items, RdChartItem, i);

      g_string_append (text, i == 0 ? ": " : "; ");
      g_string_append (text, item->description);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

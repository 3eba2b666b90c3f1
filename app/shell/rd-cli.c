/* rd-cli.c: nothing here may initialise GTK */
#define G_LOG_DOMAIN "reportdash-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "rd-cli.h"
#include "rd-dataset.h"
#include "rd-paths.h"

int
rd_cli_check (const char *path)
{
  g_autofree char *builtin = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RdDataset) dataset = NULL;
  g_autofree char *display = NULL;

  if (path == NULL)
    path = builtin = rd_paths_get_builtin_dataset ();

  display = g_filename_display_name (path);
  dataset = rd_dataset_open (path, &error);
  if (dataset == NULL)
    {
      const char *hint = rd_dataset_error_hint (error);

      g_printerr ("reportdash: %s%s%s\n", error->message, hint ? " " : "", hint ? hint : "");
      return 1;
    }

  /* Translators: %s is a file name; the numbers count figures, charts and sectors. */
  g_print (_("%s: OK, %u figures in %u charts across %u sectors\n"), display,
           g_list_model_get_n_items (rd_dataset_get_indicators (dataset)),
           rd_dataset_get_n_charts (dataset),
           g_list_model_get_n_items (rd_dataset_get_sectors (dataset)));
  return 0;
}

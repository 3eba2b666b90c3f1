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

static const char * const cli_options[] = { "--check", NULL };

gboolean
rd_cli_handles (char **argv)
{
  for (int i = 1; argv[i] != NULL; i++)
    if (g_strv_contains (cli_options, argv[i]))
      return TRUE;
  return FALSE;
}

int
rd_cli_run (char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("[FILE]"));
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autoptr(GError) error = NULL;
  gboolean check = FALSE;
  GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("reportdash: %s\n", error->message);
      return 2;
    }

  if (check)
    return rd_cli_check (files && files[0] ? files[0] : NULL);

  return 2;
}

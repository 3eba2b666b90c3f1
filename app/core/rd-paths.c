/* rd-paths.c */
#define G_LOG_DOMAIN "reportdash-paths"

#include "config.h"

#include "rd-paths.h"

static char *
relative_to_executable (const char *relative)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *bindir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *canonical = NULL;

  if (exe == NULL)
    return NULL;

  bindir = g_path_get_dirname (exe);
  path = g_build_filename (bindir, "..", relative, NULL);
  canonical = g_canonicalize_filename (path, NULL);

  if (!g_file_test (canonical, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&canonical);
}

static char *
find_dir (const char *env_var,
          const char *relative,
          const char *fallback)
{
  const char *env = g_getenv (env_var);
  char *dir;

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  if ((dir = relative_to_executable (relative)) != NULL)
    return dir;
  return g_strdup (fallback);
}

char *
rd_paths_get_data_dir (void)
{
  return find_dir ("REPORTDASH_DATADIR", "share/reportdash", PKGDATADIR);
}

char *
rd_paths_get_builtin_dataset (void)
{
  g_autofree char *dir = rd_paths_get_data_dir ();

  return g_build_filename (dir, "reportdash.sqlite", NULL);
}

char *
rd_paths_get_locale_dir (void)
{
  return find_dir ("REPORTDASH_LOCALEDIR", "share/locale", LOCALEDIR);
}

char *
rd_paths_get_schema_dir (void)
{
  return relative_to_executable ("share/glib-2.0/schemas");
}

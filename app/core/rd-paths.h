/* rd-paths.h: where the installed (or relocated) data lives */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The folder of the built-in dataset: $REPORTDASH_DATADIR, else
 * <executable>/../share/reportdash when it exists (so that an install
 * under any prefix or DESTDIR finds its data), else PKGDATADIR. */
char *rd_paths_get_data_dir        (void);
char *rd_paths_get_builtin_dataset (void);
/* $REPORTDASH_LOCALEDIR, else <executable>/../share/locale if it exists,
 * else LOCALEDIR. */
char *rd_paths_get_locale_dir      (void);
/* <executable>/../share/glib-2.0/schemas if it exists, else NULL. */
char *rd_paths_get_schema_dir      (void);

G_END_DECLS

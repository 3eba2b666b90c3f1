/* rd-cli.h: what runs from a terminal without a display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `reportdash --check [PATH]`: one line on stdout (OK) or stderr (what is
 * wrong and what to do); returns the exit status. */
int rd_cli_check (const char *path);

G_END_DECLS

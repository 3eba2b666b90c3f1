/* rd-cli.h: what runs from a terminal without a display
 *
 * Nothing here may initialise GTK: these commands work over SSH and in
 * scripts, with DISPLAY and WAYLAND_DISPLAY unset.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @argv asks for a terminal command (--check, --export,
 * --list-charts or one of their options). */
gboolean rd_cli_handles (char **argv);
/* Applies `--language zh|en` of @argv before anything is translated.
 * GLib decides once, at the first translation a library asks for, whether
 * to translate at all; in the C.UTF-8 locale of a bare terminal it decides
 * not to unless the language is already chosen, and the drawing's words
 * (legends, "Source:") would then stay English beside Chinese titles. */
void     rd_cli_preset_language (char **argv);
/* Runs it; returns the exit status. Errors go to stderr as one line. */
int      rd_cli_run     (char **argv);

/* Exit statuses: 1 when the work failed, 2 when the command is wrong. */
#define RD_CLI_EXIT_USAGE 2

/* One line on stderr, after "reportdash: ". */
G_GNUC_PRINTF (1, 2)
void     rd_cli_fail    (const char *format,
                         ...);

/* `reportdash --check [PATH]`: one line on stdout (OK) or stderr (what is
 * wrong and what to do); returns the exit status. */
int      rd_cli_check   (const char *path);

/* Appends @text for a terminal or a TSV line: valid UTF-8, control
 * characters (an escape sequence, a tab, a line break) as spaces, and no
 * invisible formatting (a right-to-left override). */
void     rd_cli_append_safe (GString    *out,
                             const char *text);

G_END_DECLS

/* rd-dataset-private.h: what the dataset shares with the rest of core
 * (search, the indicator list); no other folder includes it */
#pragma once

#include <sqlite3.h>

#include "rd-dataset.h"
#include "rd-figure-store.h"

G_BEGIN_DECLS

RdFigureStore *rd_dataset_get_store        (RdDataset   *self);
/* The indicator of figure @index (transfer none), made on first use. */
RdIndicator   *rd_dataset_peek_indicator   (RdDataset   *self,
                                            guint        index);
/* The index of the figure with indicator.id @id, or -1. */
int            rd_dataset_find_figure      (RdDataset   *self,
                                            gint64       id);
/* The dataset's own connection to its file (transfer none): opened
 * read-only by rd_dataset_open(), idle between queries, closed when the
 * dataset is finalized. Whoever prepares a statement on it finalizes it
 * before dropping the dataset, resets it after each use (a statement left
 * running keeps a read lock) and uses it from one thread at a time, as the
 * dataset's models. */
sqlite3       *rd_dataset_get_connection   (RdDataset   *self);
/* Whether @text may be drawn as a label: valid UTF-8, no control
 * characters, at most @max_chars characters. */
gboolean       rd_dataset_is_label         (const char  *text,
                                            glong        max_chars);
/* Gives the connection a new budget of work for one query (the file is
 * untrusted: every statement on it is bounded). */
void           rd_dataset_begin_query      (RdDataset   *self);
/* Whether every table a dataset is read from is a real table (not a view
 * or a virtual table, which compute rows without end) with the columns
 * read; else sets @error (RD_DATASET_ERROR_NOT_DATASET). The library
 * checks its file with it too. */
gboolean       rd_dataset_check_tables     (sqlite3     *db,
                                            const char  *display_name,
                                            GError     **error);

G_END_DECLS

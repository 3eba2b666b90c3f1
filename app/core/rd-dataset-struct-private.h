/* rd-dataset-struct-private.h: the RdDataset instance, shared by
 * rd-dataset.c (the object and its models), rd-dataset-open.c (checking and
 * opening the file), rd-dataset-load.c (reading it into memory) and
 * rd-pair-list.c (its pairs, made on demand) only */
#pragma once

#include <sqlite3.h>

#include "rd-dataset-private.h"
#include "rd-indicator-list.h"
#include "rd-pair-list.h"

G_BEGIN_DECLS

/* The bounds of the work on a connection (rd-dataset-guard.c). */
typedef struct
{
  GCancellable *cancellable;
  guint64       budget;     /* progress handler calls allowed */
  guint64       calls;
  gboolean      exhausted;
} RdDatasetGuard;

typedef struct
{
  guint  actual;
  guint  target;
  char  *note;     /* Chinese */
  char  *note_en;
} PairRow;

RdPairList *rd_pair_list_new (RdIndicatorList *indicators,
                              GArray          *rows);

struct _RdDataset
{
  GObject          parent_instance;

  char            *path;
  int              version;         /* the file's schema: 1 or 2 (a library) */
  RdFigureStore   *store;
  RdIndicatorList *indicators;
  GHashTable      *figure_by_key;   /* key -> index + 1 */
  GHashTable      *figure_by_id;    /* &figure.id -> index + 1 */
  GListStore      *sectors;
  GHashTable      *sector_by_id;
  GListStore      *sections;        /* of the first report */
  GArray          *pair_rows;
  RdPairList      *pairs;           /* made on first use, its items too */
  GListStore      *report_indicators;
  guint            n_charts;
  sqlite3         *db;              /* read-only, idle between queries */
  RdDatasetGuard   guard;           /* on db */
  char            *private_dir;     /* a private copy is read, or NULL */
};

/* Sets @error (RD_DATASET_ERROR) from SQLite's @rc on @db; returns FALSE. */
gboolean rd_dataset_set_sqlite_error (GError     **error,
                                      sqlite3     *db,
                                      int          rc,
                                      const char  *display_name);
/* Reads @db, a file of schema @version, into @self in one read
 * transaction: report @report_id of a library, or its first one when
 * @report_id is 0 (a version 1 file has only one). */
gboolean rd_dataset_load             (RdDataset   *self,
                                      sqlite3     *db,
                                      int          version,
                                      gint64       report_id,
                                      const char  *display_name,
                                      GError     **error);

/* rd-dataset-guard.c */
/* Sets SQLite's limits on @db and a budget of work, proportional to the
 * @size of the file in bytes, that @cancellable also stops. */
void     rd_dataset_guard_connect    (RdDatasetGuard *guard,
                                      sqlite3        *db,
                                      goffset         size,
                                      GCancellable   *cancellable);
/* A new budget, for the next query. */
void     rd_dataset_guard_reset      (RdDatasetGuard *guard);
void     rd_dataset_guard_clear      (RdDatasetGuard *guard);
/* Replaces @error when the guard stopped the failed statement; FALSE. */
gboolean rd_dataset_guard_explain    (RdDatasetGuard *guard,
                                      const char     *display_name,
                                      GError        **error);
/* Whether @path is in WAL mode or has a -wal beside it. */
gboolean rd_dataset_needs_private_copy (const char   *path);
char    *rd_dataset_make_private_copy (const char    *path,
                                       const char    *display_name,
                                       char         **dir,
                                       GCancellable  *cancellable,
                                       GError       **error);
void     rd_dataset_remove_private_copy (const char  *dir);

G_END_DECLS

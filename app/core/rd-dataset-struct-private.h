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

G_END_DECLS

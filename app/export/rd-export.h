/* rd-export.h: charts as PNG, SVG and PDF files (GLib, cairo and Pango only)
 *
 * The export dialog, the clipboard, printing and the command line all draw
 * through rd_export_draw(), so a file looks like the chart on screen.
 * Files are written atomically: a temporary file in the same folder that
 * is renamed at the end, and removed on any error or cancellation.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rd-chart-data.h"

G_BEGIN_DECLS

typedef enum {
  RD_EXPORT_PNG,
  RD_EXPORT_SVG,
  RD_EXPORT_PDF,
} RdExportFormat;

typedef enum {
  RD_EXPORT_SIZE_CUSTOM,        /* width × height of RdExportOptions */
  RD_EXPORT_SIZE_SLIDE,         /* 1920 × 1080 */
  RD_EXPORT_SIZE_SLIDE_SMALL,   /* 1280 × 720 */
  RD_EXPORT_SIZE_A4_PORTRAIT,   /* 2480 × 3508 px (300 dpi); 595.28 × 841.89 pt in a PDF */
  RD_EXPORT_SIZE_A4_LANDSCAPE,  /* 3508 × 2480 px (300 dpi); 841.89 × 595.28 pt in a PDF */
} RdExportSize;

typedef enum {
  RD_EXPORT_BACKGROUND_WHITE,
  RD_EXPORT_BACKGROUND_TRANSPARENT,
  RD_EXPORT_BACKGROUND_DARK,    /* the dark palette on its dark background */
} RdExportBackground;

typedef struct
{
  RdExportFormat      format;
  RdExportSize        size;
  /* With RD_EXPORT_SIZE_CUSTOM: pixels for a PNG (before @scale), user
   * units for SVG, points for PDF. Ignored for the presets. */
  double              width;
  double              height;
  /* 1, 2 or 3: a PNG has width × scale × height × scale pixels; SVG and
   * PDF ignore it. */
  int                 scale;
  RdExportBackground  background;
  gboolean            include_title;
  gboolean            include_source;
  /* The report's sentences that state the figures, under the chart,
   * with the source line: "Source: …; Report text: …". */
  gboolean            include_caption;
  /* Without it, an existing file is never replaced: G_IO_ERROR_EXISTS. */
  gboolean            overwrite;
} RdExportOptions;

/* Called after each chart of a folder export: @done of @total. */
typedef void (*RdExportProgressFunc) (guint    done,
                                      guint    total,
                                      gpointer user_data);

/* PNG, 1920 × 1080 at 1×, white, title and source, no caption, no
 * overwriting. */
void        rd_export_options_init        (RdExportOptions       *options);
/* The drawing size in user units for @options (a preset resolved for
 * the format). */
void        rd_export_options_get_size    (const RdExportOptions *options,
                                           double                *width,
                                           double                *height);

/* "png", "svg", "pdf" */
const char *rd_export_format_get_extension (RdExportFormat       format);
/* "image/png", "image/svg+xml", "application/pdf" */
const char *rd_export_format_get_mime_type (RdExportFormat       format);

/* A file name from the chart title and @year (<= 0, or in the title
 * already: not added), safe on every file system:
 * "2018年财政收入-2019.png". Chinese is kept;
 * / \ : * ? " < > | and control characters become "_". */
char       *rd_export_default_filename    (const RdChartData     *data,
                                           int                    year,
                                           RdExportFormat         format);

/* The caption text ("Source: …; Report text: …"); the figures of @data
 * must come from rd_chart_data_new_for_spec() (their user_data is the
 * RdIndicator, or NULL). NULL when there is nothing to say. */
char       *rd_export_get_caption         (const RdChartData     *data,
                                           const RdExportOptions *options);

/* Draws the chart as @options say (background, title, source, caption)
 * at @width × @height user units from the origin of @cr: for printing,
 * the clipboard and previews. */
void        rd_export_draw                (cairo_t               *cr,
                                           const RdChartData     *data,
                                           const RdExportOptions *options,
                                           double                 width,
                                           double                 height);

/* Writes the file's bytes to @stream; the stream is not closed. */
gboolean    rd_export_to_stream           (const RdChartData     *data,
                                           const RdExportOptions *options,
                                           GOutputStream         *stream,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* The file's bytes in memory (e.g. a PNG for the clipboard). */
GBytes     *rd_export_to_bytes            (const RdChartData     *data,
                                           const RdExportOptions *options,
                                           GError               **error);

/* Writes @path atomically. Errors are G_IO_ERROR with a message for the
 * user ("Cannot write to “…”: … Choose another folder."); nothing is left
 * behind on error or cancellation. */
gboolean    rd_export_chart               (const RdChartData     *data,
                                           const RdExportOptions *options,
                                           const char            *path,
                                           GCancellable          *cancellable,
                                           GError               **error);

/* Writes each RdChartData of @charts into @folder (which must exist)
 * under its default file name (made unique within the batch). All
 * charts are drawn into temporary files first and renamed only when all
 * succeeded, so an error or a cancellation leaves the folder as it was.
 * Without options->overwrite, no file is written when one of the names
 * exists (G_IO_ERROR_EXISTS, naming it). Returns the paths written, in
 * the order of @charts. */
GPtrArray  *rd_export_charts              (GPtrArray             *charts,
                                           int                    year,
                                           const char            *folder,
                                           const RdExportOptions *options,
                                           RdExportProgressFunc   progress,
                                           gpointer               progress_data,
                                           GCancellable          *cancellable,
                                           GError               **error);

/* rd_export_charts() in a worker thread. @progress runs in the thread-
 * default main context of the caller, always before @callback; @charts
 * (a reference is taken) and the dataset behind them must stay unchanged
 * until @callback runs. */
void        rd_export_charts_async        (GPtrArray             *charts,
                                           int                    year,
                                           const char            *folder,
                                           const RdExportOptions *options,
                                           RdExportProgressFunc   progress,
                                           gpointer               progress_data,
                                           GCancellable          *cancellable,
                                           GAsyncReadyCallback    callback,
                                           gpointer               user_data);
GPtrArray  *rd_export_charts_finish       (GAsyncResult          *result,
                                           GError               **error);

/* Whether @options can be exported (size, scale, pixels), before anything
 * is made: a wrong size is told before an output folder is created. */
gboolean     rd_export_options_check     (const RdExportOptions  *options,
                                          GError                **error);

G_END_DECLS

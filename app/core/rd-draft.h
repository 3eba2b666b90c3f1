/* rd-draft.h: a report as the importer found it, before it is in the library
 *
 * The importer (app/import/) fills an RdReportDraft from a file; the library
 * (rd-library.h) stores one in a single transaction. Plain structs, no
 * GObject: drafts are made and dropped in one go, often off the main thread.
 *
 * Offsets are Unicode code points into @text, end exclusive, as everywhere
 * in ReportDash (data/SCHEMA.md, "Offset convention").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RD_FOUND_CURATED,    /* written up by hand (the built-in report) */
  RD_FOUND_EXTRACTED,  /* found by the importer */
  RD_FOUND_CORRECTED,  /* found by the importer, then corrected by a person */
} RdFoundBy;

typedef struct
{
  int        src_start, src_end;            /* the figure as printed */
  int        sentence_start, sentence_end;  /* the sentence that states it */
  char      *printed;    /* = text[src_start, src_end) */
  double     value;      /* the number as printed: 80.2 for 80.2亿元; a range's low end */
  double     value_max;  /* a range's high end (7.5%—8%: 7.5 and 8); = value otherwise */
  char      *unit;       /* as printed, 万/亿 kept (亿元, 万人, %); "" when none */
  char      *measure;    /* an id of data/measures.tsv */
  char      *basis;      /* "actual", "target" or "other" */
  int        year;       /* the year it describes; 0 when unknown */
  char      *qualifier;  /* words as printed, space separated (力争 以上), or NULL */
  char      *sector;     /* an id of data/sectors.tsv */
  char      *name_zh;    /* a short Chinese name */
  char      *name_en;    /* where the catalog knows it, else NULL */
  char      *indicator;  /* a key of data/indicators.tsv, or NULL */
  RdFoundBy  found_by;
  double     confidence; /* 0 (a guess) .. 1 (sure) */
} RdDraftFigure;

/* A run of digits that is not a figure, and why (a year, a list number…). */
typedef struct
{
  int   start, end;
  char *printed;
  char *reason;
} RdDraftExclusion;

typedef struct
{
  int   start, end;
  int   level;   /* 0 the document title, 1 a part, 2 a section */
  char *title;
} RdDraftSection;

/* A chart of the report's dashboard (data/chart-rules.tsv, app/import/rd-charts.h). */
typedef struct
{
  char   *id;        /* unique in the report: <sector>-<n>; the library prefixes r<report id>- */
  char   *sector;    /* an id of data/sectors.tsv: the page it is on */
  char   *type;      /* bar, column, hbar, kpi, grouped, bullet, donut, waffle, fact */
  char   *title_zh;
  char   *title_en;
  GArray *figures;   /* guint: indexes into the draft's figures, in drawing order */
} RdDraftChart;

typedef struct
{
  char      *title;        /* 2019年湖南省政府工作报告 */
  char      *region;       /* 湖南省, 株洲市, 株洲市天元区 */
  char      *level;        /* 省, 市, 区, 县 (the last character of the region's kind), or NULL */
  int        year;         /* the year the report was delivered */
  char      *text;         /* UTF-8 as imported (a BOM dropped, nothing else changed) */
  char      *source_name;  /* the file's base name */
  char      *format;       /* txt, md, docx, html, pdf */
  char      *checksum;     /* SHA-256 of @text, hex */
  GPtrArray *figures;      /* RdDraftFigure, in text order */
  GPtrArray *exclusions;   /* RdDraftExclusion, in text order */
  GPtrArray *sections;     /* RdDraftSection, in text order */
  GPtrArray *charts;       /* RdDraftChart, by sector and position; may be empty */
} RdReportDraft;

RdReportDraft    *rd_report_draft_new        (void);
void              rd_report_draft_free       (RdReportDraft *draft);
RdDraftFigure    *rd_draft_figure_new        (void);
RdDraftFigure    *rd_draft_figure_copy       (const RdDraftFigure *figure);
void              rd_draft_figure_free       (RdDraftFigure *figure);
RdDraftExclusion *rd_draft_exclusion_new     (int start, int end, const char *printed, const char *reason);
void              rd_draft_exclusion_free    (RdDraftExclusion *exclusion);
RdDraftSection   *rd_draft_section_new       (int start, int end, int level, const char *title);
void              rd_draft_section_free      (RdDraftSection *section);
RdDraftChart     *rd_draft_chart_new         (const char *id, const char *sector, const char *type);
void              rd_draft_chart_free        (RdDraftChart *chart);
/* Sets @draft's text and its checksum (a copy of @text). */
void              rd_report_draft_set_text   (RdReportDraft *draft, const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdReportDraft, rd_report_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RdDraftFigure, rd_draft_figure_free)

G_END_DECLS

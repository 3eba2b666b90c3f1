/* rd-extract-private.h: shared by the figure extractor's files
 *
 * rd-extract.c reads the digits (figures and exclusions), rd-extract-text.c
 * finds clauses, sentences and names, rd-extract-classify.c says what a
 * figure measures, how firm it is, and which year and part it speaks of.
 */
#pragma once

#include "rd-draft.h"
#include "rd-number.h"

G_BEGIN_DECLS

typedef enum { PART_REVIEW, PART_PLAN } Part;

typedef struct
{
  int  start;
  Part part;
  gboolean multi_year;  /* a five-year review or plan */
} PartSpan;

typedef struct
{
  const gunichar *u;
  int             n;
  RdReportDraft  *draft;
  GArray         *parts;       /* PartSpan, by start */
  int             estimate_from; /* 预计数，下同: estimates from here on, or -1 */
  char           *last_subject;  /* the name of the figure before, in this sentence */
  char           *last_measure;  /* of the figure last_subject named, for a figure that shares it */
  char           *last_unit;
} Ctx;

typedef struct
{
  int         start, end;
  double      value, value_max;
  const char *unit;
  gboolean    more;       /* 多 / 余 */
  const char *measure;    /* forced (rank, growth of 两位数), or NULL */
  double      confidence;
} Found;

extern const char *const rd_extract_after_words[5];

gboolean         rd_extract_is_ascii_letter          (gunichar c);
gboolean         rd_extract_is_dash                  (gunichar c);
gboolean         rd_extract_is_ratio_colon           (gunichar c);
gboolean         rd_extract_is_list_separator        (gunichar c);
int              rd_extract_clause_start_of          (const Ctx *ctx, int pos);
int              rd_extract_clause_end_of            (const Ctx *ctx, int pos);
void             rd_extract_sentence_of              (const Ctx *ctx, int pos, int *start, int *end);
gboolean         rd_extract_has_word_between         (const Ctx *ctx, int start, int end, const char *word);
int              rd_extract_find_word_between        (const Ctx *ctx, int start, int end, const char *word);
int              rd_extract_token_end                (const Ctx *ctx, int pos);
int              rd_extract_token_start              (const Ctx *ctx, int pos);
char *           rd_extract_clean_name               (const char *raw);
char *           rd_extract_subject_of               (const Ctx *ctx, int start, int end, char **verb);
char *           rd_extract_subject_of_clause_before (const Ctx *ctx, int clause_start, int sentence_start);
GPtrArray *      rd_extract_split_subjects           (const char *text, gboolean each);
void             rd_extract_find_parts               (Ctx *ctx);
const PartSpan * rd_extract_part_at                  (const Ctx *ctx, int pos);
const char *     rd_extract_section_title_at         (const Ctx *ctx, int pos);
gboolean         rd_extract_prefix_is_the_region     (const Ctx *ctx, const char *prefix);
gboolean         rd_extract_names_a_part_before      (const Ctx *ctx, int sentence_start, int pos);
const char *     rd_extract_measure_of               (const char *unit, const char *subject, const char *verb, const char *clause, gboolean *sure);
const char *     rd_extract_before_qualifier         (const Ctx *ctx, int start);
const char *     rd_extract_after_qualifier          (const Ctx *ctx, int end, int *after);
const char *     rd_extract_clause_qualifier         (const Ctx *ctx, int clause_start, int pos);
int              rd_extract_stated_year              (const Ctx *ctx, int sentence_start, int pos, gboolean *by);
gboolean         rd_extract_paragraph_opens_with     (const Ctx *ctx, int pos, const char *word);
int              rd_extract_paragraph_year           (const Ctx *ctx, int pos);
gboolean         rd_extract_is_multi_year            (const Ctx *ctx, int sentence_start, int pos);

G_END_DECLS

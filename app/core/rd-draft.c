/* rd-draft.c: a report as the importer found it */
#include "config.h"

#include "rd-draft.h"

RdReportDraft *
rd_report_draft_new (void)
{
  RdReportDraft *draft = g_new0 (RdReportDraft, 1);

  draft->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_draft_figure_free);
  draft->exclusions = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_draft_exclusion_free);
  draft->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_draft_section_free);
  draft->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_draft_chart_free);
  return draft;
}

void
rd_report_draft_free (RdReportDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->title);
  g_free (draft->region);
  g_free (draft->level);
  g_free (draft->text);
  g_free (draft->source_name);
  g_free (draft->format);
  g_free (draft->checksum);
  g_ptr_array_unref (draft->figures);
  g_ptr_array_unref (draft->exclusions);
  g_ptr_array_unref (draft->sections);
  g_ptr_array_unref (draft->charts);
  g_free (draft);
}

void
rd_report_draft_set_text (RdReportDraft *draft,
                          const char    *text)
{
  g_free (draft->text);
  g_free (draft->checksum);
  draft->text = g_strdup (text);
  draft->checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

RdDraftFigure *
rd_draft_figure_new (void)
{
  RdDraftFigure *figure = g_new0 (RdDraftFigure, 1);

  figure->found_by = RD_FOUND_EXTRACTED;
  return figure;
}

RdDraftFigure *
rd_draft_figure_copy (const RdDraftFigure *figure)
{
  RdDraftFigure *copy = g_memdup2 (figure, sizeof *figure);

  copy->printed = g_strdup (figure->printed);
  copy->unit = g_strdup (figure->unit);
  copy->measure = g_strdup (figure->measure);
  copy->basis = g_strdup (figure->basis);
  copy->qualifier = g_strdup (figure->qualifier);
  copy->sector = g_strdup (figure->sector);
  copy->name_zh = g_strdup (figure->name_zh);
  copy->name_en = g_strdup (figure->name_en);
  copy->indicator = g_strdup (figure->indicator);
  return copy;
}

void
rd_draft_figure_free (RdDraftFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->printed);
  g_free (figure->unit);
  g_free (figure->measure);
  g_free (figure->basis);
  g_free (figure->qualifier);
  g_free (figure->sector);
  g_free (figure->name_zh);
  g_free (figure->name_en);
  g_free (figure->indicator);
  g_free (figure);
}

RdDraftExclusion *
rd_draft_exclusion_new (int         start,
                        int         end,
                        const char *printed,
                        const char *reason)
{
  RdDraftExclusion *exclusion = g_new0 (RdDraftExclusion, 1);

  exclusion->start = start;
  exclusion->end = end;
  exclusion->printed = g_strdup (printed);
  exclusion->reason = g_strdup (reason);
  return exclusion;
}

void
rd_draft_exclusion_free (RdDraftExclusion *exclusion)
{
  if (exclusion == NULL)
    return;
  g_free (exclusion->printed);
  g_free (exclusion->reason);
  g_free (exclusion);
}

RdDraftSection *
rd_draft_section_new (int         start,
                      int         end,
                      int         level,
                      const char *title)
{
  RdDraftSection *section = g_new0 (RdDraftSection, 1);

  section->start = start;
  section->end = end;
  section->level = level;
  section->title = g_strdup (title);
  return section;
}

void
rd_draft_section_free (RdDraftSection *section)
{
  if (section == NULL)
    return;
  g_free (section->title);
  g_free (section);
}

RdDraftChart *
rd_draft_chart_new (const char *id,
                    const char *sector,
                    const char *type)
{
  RdDraftChart *chart = g_new0 (RdDraftChart, 1);

  chart->id = g_strdup (id);
  chart->sector = g_strdup (sector);
  chart->type = g_strdup (type);
  chart->figures = g_array_new (FALSE, FALSE, sizeof (guint));
  return chart;
}

void
rd_draft_chart_free (RdDraftChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->id);
  g_free (chart->sector);
  g_free (chart->type);
  g_free (chart->title_zh);
  g_free (chart->title_en);
  g_array_unref (chart->figures);
  g_free (chart);
}

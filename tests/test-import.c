/* test-import.c: a report in every format gives the same figures; what is not a report is refused */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rd-import.h"
#include "rd-test-import.h"

static char *
report_text (void)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "reports", "hunan-2019.txt", NULL),
                                      &text, NULL, NULL));
  return text;
}

/* The figures as a reader sees them, without offsets (formats lay lines out differently). */
static char *
figures_of (const RdReportDraft *draft)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < draft->figures->len; i++)
    {
      const RdDraftFigure *f = g_ptr_array_index (draft->figures, i);
      g_string_append_printf (out, "%s %g %s %s %d %s\n", f->printed, f->value, f->unit, f->basis, f->year, f->name_zh);
    }
  return g_string_free (out, FALSE);
}

static char *
write_temp (const char *name, const void *data, gsize length)
{
  g_autofree char *dir = g_dir_make_tmp ("rd-import-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static RdReportDraft *
import_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  RdReportDraft *draft = rd_import_file (path, NULL, NULL, &error);

  g_assert_no_error (error);
  return draft;
}

static void
test_formats_agree (void)
{
  g_autofree char *text = report_text ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) html = g_string_new ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府工作报告</title>"
                                          "</head><body><div class=\"nav\">首页 &gt; 政务公开</div><div id=\"zoom\">");
  g_autofree char *txt_path = write_temp ("湖南2019.txt", text, strlen (text));
  g_autoptr(RdReportDraft) from_txt = import_path (txt_path);
  g_autofree char *expected = figures_of (from_txt);
  g_autoptr(GBytes) docx = NULL;
  g_autofree char *docx_path = NULL;
  g_autofree char *html_path = NULL;

  g_assert_cmpstr (from_txt->region, ==, "湖南省");
  g_assert_cmpint (from_txt->year, ==, 2019);
  g_assert_cmpstr (from_txt->format, ==, "txt");
  g_assert_cmpstr (from_txt->source_name, ==, "湖南2019.txt");
  g_assert_cmpuint (from_txt->figures->len, >, 100);
  /* Stored as given: the text is the file's. */
  g_assert_cmpstr (from_txt->text, ==, text);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      if (lines[i][0] == '\0')
        continue;
      g_string_append_printf (body, "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>", escaped);
      g_string_append_printf (html, "<p>%s</p>\n", escaped);
    }
  g_string_append (html, "</div><div class=\"footer\">网站地图 2019 版权所有</div></body></html>");

  docx = make_docx (body->str);
  docx_path = write_temp ("report.docx", g_bytes_get_data (docx, NULL), g_bytes_get_size (docx));
  html_path = write_temp ("report.html", html->str, html->len);
  {
    g_autoptr(RdReportDraft) from_docx = import_path (docx_path);
    g_autoptr(RdReportDraft) from_html = import_path (html_path);
    g_autofree char *docx_figures = figures_of (from_docx);
    g_autofree char *html_figures = figures_of (from_html);

    g_assert_cmpstr (from_docx->format, ==, "docx");
    g_assert_cmpstr (from_html->format, ==, "html");
    g_assert_cmpstr (docx_figures, ==, expected);
    g_assert_cmpstr (html_figures, ==, expected);
    g_assert_cmpstr (from_html->region, ==, "湖南省");
  }
  remove_temp (txt_path);
  remove_temp (docx_path);
  remove_temp (html_path);
}

/* The same report printed to PDF: lines wrapped anywhere (inside numbers,
 * between a number and its unit), page numbers at the feet. */
static void
test_pdf_agrees (void)
{
  g_autofree char *text = report_text ();
  g_autoptr(RdReportDraft) from_txt = rd_import_text (text, "r.txt", "txt", NULL, NULL);
  g_autofree char *expected = figures_of (from_txt);
  g_autoptr(GBytes) pdf = make_report_pdf (text);
  g_autofree char *pdf_path = write_temp ("report.pdf", g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  g_autoptr(RdReportDraft) from_pdf = import_path (pdf_path);
  g_autofree char *pdf_figures = figures_of (from_pdf);

  g_assert_cmpstr (from_pdf->format, ==, "pdf");
  g_assert_cmpstr (from_pdf->region, ==, "湖南省");
  g_assert_cmpint (from_pdf->year, ==, 2019);
  g_assert_cmpstr (pdf_figures, ==, expected);
  remove_temp (pdf_path);
}

static void
test_overrides (void)
{
  g_autofree char *text = report_text ();
  RdImportOptions options = { "长沙市", 2020 };
  g_autoptr(GError) error = NULL;
  g_autoptr(RdReportDraft) draft = rd_import_text (text, NULL, NULL, &options, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (draft->region, ==, "长沙市");
  g_assert_cmpstr (draft->level, ==, "市");
  g_assert_cmpint (draft->year, ==, 2020);
}

static void
test_not_a_report (void)
{
  static const char *const texts[] = {
    "床前明月光，疑是地上霜。举头望明月，低头思故乡。",
    "会议纪要\n\n2019年3月5日，召开了季度工作会议。会议由办公室主任主持。\n",
    "本报讯 2019年一季度，全市规模工业增加值增长8.2%，固定资产投资增长12%。\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RdReportDraft) draft = rd_import_text (texts[i], "x.txt", "txt", NULL, &error);

      g_assert_null (draft);
      g_assert_error (error, RD_IMPORT_ERROR, RD_IMPORT_ERROR_NOT_REPORT);
      g_assert_nonnull (strstr (error->message, "work report"));
    }
}


/* 湖南省's GDP growth, 2001–2026, from its 25 reports: every statement read
 * by hand is found with its value, range and qualifier, and nothing else
 * is keyed gdp_growth (the series a trend chart draws has no wrong point). */
static void
test_gdp_growth_series (void)
{
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n_expected = 0, n_found = 0;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "annotations", "hunan-gdp-growth.tsv", NULL),
                                      &tsv, NULL, NULL));
  lines = g_strsplit (tsv, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "year\t"))
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 7);
      /* report year, year, basis → value, range, qualifier */
      g_hash_table_insert (expected, g_strdup_printf ("%s/%s/%s", f[5], f[0], f[1]),
                           g_strdup_printf ("%s-%s %s", f[2], f[3], f[4]));
      n_expected++;
    }
  g_assert_cmpuint (n_expected, >=, 40);

  for (int year = 2002; year <= 2026; year++)
    {
      g_autofree char *name = g_strdup_printf ("hunan-%d.txt", year);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "reports", name, NULL);
      g_autoptr(RdReportDraft) draft = import_path (path);

      for (guint k = 0; k < draft->figures->len; k++)
        {
          const RdDraftFigure *f = g_ptr_array_index (draft->figures, k);
          g_autofree char *key = NULL;
          g_autofree char *got = NULL;
          const char *want;

          if (g_strcmp0 (f->indicator, "gdp_growth") != 0)
            continue;
          key = g_strdup_printf ("%d/%d/%s", year, f->year, f->basis);
          got = g_strdup_printf ("%g-%g %s", f->value, f->value_max, f->qualifier ? f->qualifier : "");
          want = g_hash_table_lookup (expected, key);
          if (want == NULL)
            g_error ("report %d: “%s” keyed gdp_growth as %s %d, which the report does not state",
                     year, f->printed, f->basis, f->year);
          g_assert_cmpstr (got, ==, want);
          n_found++;
        }
    }
  g_assert_cmpuint (n_found, ==, n_expected);
}

/* Every corpus report: the region and the year of the session, and some figures. */
static void
test_corpus_meta (void)
{
  const char *dir = g_test_get_filename (G_TEST_DIST, "data", "reports", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(RdReportDraft) draft = NULL;
      const char *region = g_str_has_prefix (name, "hunan-") ? "湖南省" : g_str_has_prefix (name, "zhuzhou-") ? "株洲市" : NULL;
      const char *level = g_str_has_prefix (name, "hunan-") ? "省" : "市";
      int year;

      if (region == NULL || !g_str_has_suffix (name, ".txt"))
        continue;
      year = atoi (strchr (name, '-') + 1);
      draft = import_path (path);
      if (g_strcmp0 (draft->region, region) != 0 || draft->year != year || g_strcmp0 (draft->level, level) != 0)
        g_error ("%s: %s (%s) %d, expected %s %d", name, draft->region, draft->level, draft->year, region, year);
      g_assert_cmpuint (draft->figures->len, >=, 50);
      n++;
    }
  g_assert_cmpuint (n, ==, 31);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/formats-agree", test_formats_agree);
  g_test_add_func ("/import/pdf-agrees", test_pdf_agrees);
  g_test_add_func ("/import/overrides", test_overrides);
  g_test_add_func ("/import/not-a-report", test_not_a_report);
  g_test_add_func ("/import/corpus-region-and-year", test_corpus_meta);
  g_test_add_func ("/import/hunan-gdp-growth-series", test_gdp_growth_series);
  return g_test_run ();
}

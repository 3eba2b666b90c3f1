/* test-decode.c: text, Word, web pages and PDF into UTF-8 text (no display) */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <zip.h>

#include "rd-decode.h"
#include "rd-import.h"
#include "rd-test-import.h"
#include "rd-test-util.h"


static char *
expect_text (const char *data,
             gsize       length,
             const char *name,
             const char *format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found_format = NULL;
  char *text = rd_decode_bytes (data, length, name, &found_format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (found_format, ==, format);
  return text;
}

/* The error is @code with one sentence for the user. */
static void
assert_user_error (GError        *error,
                   RdImportError  code)
{
  g_assert_error (error, RD_IMPORT_ERROR, (int) code);
  g_assert_cmpuint (strlen (error->message), >, 20);
  g_assert_true (g_str_has_suffix (error->message, "."));
  g_assert_null (strchr (error->message, '\n'));
}

static void
expect_error (const char    *data,
              gsize          length,
              const char    *name,
              RdImportError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *text = NULL;

  if (length == (gsize) -1)
    length = strlen (data);
  text = rd_decode_bytes (data, length, name, &format, &error);
  g_assert_null (text);
  g_assert_null (format);
  assert_user_error (error, code);
}

static GBytes *
encode (const char *utf8,
        const char *charset)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  char *data = g_convert (utf8, -1, charset, "UTF-8", NULL, &length, &error);

  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static char *
expect_bytes (GBytes     *bytes,
              const char *name,
              const char *format)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return expect_text (data, length, name, format);
}

/* ------------------------------------------------------------------ plain text */

static const char report_text[] = "2019年全省地区生产总值增长7.6%。\r\n\t粮食产量 1500万吨  \n\n第三行";

static void
test_utf8 (void)
{
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", report_text, NULL);
  g_autofree char *plain = expect_text (report_text, strlen (report_text), "report.txt", "txt");
  g_autofree char *stripped = expect_text (with_bom, strlen (with_bom), "report.md", "md");

  /* Byte for byte what the file holds (the extractor's offsets index it). */
  g_assert_cmpmem (plain, strlen (plain), report_text, strlen (report_text));
  g_assert_cmpmem (stripped, strlen (stripped), report_text, strlen (report_text));
}

static void
test_utf16 (void)
{
  const char *charsets[] = { "UTF-16LE", "UTF-16BE" };
  const char *boms[] = { "\xff\xfe", "\xfe\xff" };

  for (guint i = 0; i < G_N_ELEMENTS (charsets); i++)
    {
      g_autoptr(GBytes) bare = encode (report_text, charsets[i]);
      g_autoptr(GByteArray) with_bom = g_byte_array_new ();
      g_autofree char *text = NULL;
      g_autofree char *sniffed = NULL;

      g_byte_array_append (with_bom, (const guint8 *) boms[i], 2);
      g_byte_array_append (with_bom, g_bytes_get_data (bare, NULL), g_bytes_get_size (bare));
      text = expect_text ((const char *) with_bom->data, with_bom->len, "report.txt", "txt");
      g_assert_cmpstr (text, ==, report_text);
      sniffed = expect_bytes (bare, "report.txt", "txt");
      g_assert_cmpstr (sniffed, ==, report_text);
    }
}

static void
test_gb18030 (void)
{
  /* 𠀀 is in GB18030 but not in GBK: the four-byte form must be read too. */
  const char *texts[] = { report_text, "政府工作报告\n𠀀 2019年" };
  const char *charsets[] = { "GBK", "GB18030" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = encode (texts[i], charsets[i]);
      g_autofree char *text = expect_bytes (bytes, "report.txt", "txt");

      g_assert_cmpstr (text, ==, texts[i]);
    }
}

static void
test_text_errors (void)
{
  const char utf16_nul[] = "\xff\xfe" "2\0" "\0\0" "9\0";
  const char binary[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0";

  expect_error ("报告\xff", strlen ("报告\xff"), "report.txt", RD_IMPORT_ERROR_ENCODING);
  expect_error ("\xef\xbb\xbf报告\xff", strlen ("\xef\xbb\xbf报告\xff"), "report.txt", RD_IMPORT_ERROR_ENCODING);
  expect_error ("\xff\xfe" "2\0" "\x00\xd8", 6, "report.txt", RD_IMPORT_ERROR_ENCODING);
  expect_error ("2019\0年", 8, "report.txt", RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error (utf16_nul, sizeof utf16_nul - 1, "report.txt", RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error (binary, sizeof binary - 1, "report.bin", RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error (binary, sizeof binary - 1, NULL, RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error ("{\\rtf1\\ansi 2019}", 17, "report.rtf", RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error ("", 0, "report.txt", RD_IMPORT_ERROR_EMPTY);
  expect_error (" \r\n\t\xe3\x80\x80\n", 8, "report.txt", RD_IMPORT_ERROR_EMPTY);
  expect_error ("\xef\xbb\xbf", 3, "report.md", RD_IMPORT_ERROR_EMPTY);
}

/* ------------------------------------------------------------------ .docx */


static void
test_docx (void)
{
  g_autoptr(GBytes) docx = make_docx (
    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
    "<w:r><w:t>2019年全省地区生产总值</w:t></w:r><w:r><w:t xml:space=\"preserve\">增长</w:t></w:r>"
    "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>8.0%</w:delText></w:r></w:del>"
    "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>7.6%</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>指标</w:t><w:tab/><w:t>数值</w:t><w:br/><w:t>R&amp;D 2.1%</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>粮食产量</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>1500万吨</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p/>"
    "<w:p><w:r><w:t>完</w:t></w:r></w:p>");
  g_autofree char *text = expect_bytes (docx, "report.docx", "docx");
  g_autofree char *by_content = expect_bytes (docx, "download.bin", "docx");

  g_assert_cmpstr (text, ==, "2019年全省地区生产总值增长7.6%。\n指标\t数值\nR&D 2.1%\n粮食产量\n1500万吨\n\n完\n");
  g_assert_cmpstr (by_content, ==, text);
}

static void
test_docx_external_entity (void)
{
  g_autofree char *document = g_strconcat ("<?xml version=\"1.0\"?>"
    "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>",
    W_DOCUMENT_START + strlen ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
    "<w:p><w:r><w:t>2019年&secret;</w:t></w:r></w:p>", W_DOCUMENT_END, NULL);
  const char *files[] = { "word/document.xml", document, NULL };
  g_autoptr(GBytes) docx = make_zip (files);
  g_autofree char *text = expect_bytes (docx, "report.docx", "docx");

  g_assert_cmpstr (text, ==, "2019年\n");
}

static void
test_docx_errors (void)
{
  const char *other_files[] = { "xl/workbook.xml", "<workbook/>", NULL };
  const char *bad_xml[] = { "word/document.xml", "<w:document><w:p>", NULL };
  g_autoptr(GBytes) docx = make_docx ("<w:p><w:r><w:t>2019年</w:t></w:r></w:p>");
  g_autoptr(GBytes) empty = make_docx ("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>");
  g_autoptr(GBytes) xlsx = make_zip (other_files);
  g_autoptr(GBytes) broken_xml = make_zip (bad_xml);
  g_autoptr(GByteArray) ole = g_byte_array_new ();
  const char *ole_name = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  gsize length;
  const char *data = g_bytes_get_data (docx, &length);

  expect_error (data, length / 2, "report.docx", RD_IMPORT_ERROR_DAMAGED);
  expect_error ("PK\x03\x04garbage", 11, "report.docx", RD_IMPORT_ERROR_DAMAGED);
  expect_error ("not a zip at all", 16, "report.docx", RD_IMPORT_ERROR_DAMAGED);
  expect_error (g_bytes_get_data (xlsx, NULL), g_bytes_get_size (xlsx), "report.docx", RD_IMPORT_ERROR_DAMAGED);
  expect_error (g_bytes_get_data (xlsx, NULL), g_bytes_get_size (xlsx), "report.xlsx", RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error (g_bytes_get_data (broken_xml, NULL), g_bytes_get_size (broken_xml), "report.docx", RD_IMPORT_ERROR_DAMAGED);
  expect_error (g_bytes_get_data (empty, NULL), g_bytes_get_size (empty), "report.docx", RD_IMPORT_ERROR_EMPTY);

  /* An OLE compound file: an encrypted .docx names its EncryptedPackage
   * stream (in UTF-16) in its directory; an old .doc does not. */
  g_byte_array_append (ole, (const guint8 *) "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  g_byte_array_set_size (ole, 1024);
  memset (ole->data + 8, 0, 1024 - 8);
  expect_error ((const char *) ole->data, ole->len, "report.doc", RD_IMPORT_ERROR_UNSUPPORTED);
  expect_error ((const char *) ole->data, ole->len, "report.docx", RD_IMPORT_ERROR_UNSUPPORTED);
  memcpy (ole->data + 512, ole_name, 32);
  expect_error ((const char *) ole->data, ole->len, "report.docx", RD_IMPORT_ERROR_ENCRYPTED);
}

/* ------------------------------------------------------------------ .html */

static const char page_html[] =
  "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>政府工作报告_某省人民政府</title>\n"
  "<style>p { color: red }</style><script>var year = \"2018年\";</script></head>\n<body>\n"
  "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/zw\">政务公开</a></div>\n"
  "<div class=\"header\"><h1>某省人民政府</h1></div>\n"
  "<div class=\"article-content\">\n<h2>2020年政府工作报告</h2>\n"
  "<div id=\"zoom\" class=\"TRS_Editor\">\n"
  "<p>&nbsp;&nbsp;各位代表：</p>\n"
  "<p>  2019年，全省地区生产总值\n   增长<b>7.6%</b>，&nbsp;高于全国   水平。</p>\n"
  "<p>主要指标：<br>粮食产量 1500万吨<br/>外贸增长 5%</p>\n"
  "<table><tr><td>指标</td><td> 数值 </td></tr>\n<tr><td>GDP</td><td>7.6%</td></tr></table>\n"
  "<ul><li>第一项</li><li>第二项 &amp; 第三项</li></ul>\n"
  "<noscript>请启用脚本</noscript>\n"
  "</div></div>\n"
  "<div class=\"footer\">版权所有 2020 某省人民政府办公厅主办 网站标识码 1000000001</div>\n"
  "</body></html>\n";

static const char page_text[] =
  "2020年政府工作报告\n"
  "各位代表：\n"
  "2019年，全省地区生产总值增长7.6%， 高于全国 水平。\n"
  "主要指标：\n粮食产量 1500万吨\n外贸增长 5%\n"
  "指标\t数值\nGDP\t7.6%\n"
  "第一项\n第二项 & 第三项\n";

static void
test_html (void)
{
  g_autofree char *text = expect_text (page_html, strlen (page_html), "report.html", "html");
  g_autofree char *by_content = expect_text (page_html, strlen (page_html), "report.txt", "html");

  g_assert_cmpstr (text, ==, page_text);
  g_assert_cmpstr (by_content, ==, page_text);
}

static void
test_html_gbk (void)
{
  const char *metas[] = {
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
    "<meta charset=\"GBK\">",
  };

  for (guint i = 0; i < G_N_ELEMENTS (metas); i++)
    {
      g_autoptr(GString) page = g_string_new (page_html);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;

      g_string_replace (page, "<meta charset=\"utf-8\">", metas[i], 1);
      bytes = encode (page->str, "GBK");
      text = expect_bytes (bytes, "report.htm", "html");
      g_assert_cmpstr (text, ==, page_text);
    }
}

static void
test_html_body (void)
{
  const char page[] =
    "<html><body><div class=\"sidebar-content\">链接</div>"
    "<p>2019年，全省地区生产总值增长7.6%。</p><div>粮食产量<span>1500</span>万吨</div>"
    "<p>一般公共预算收入增长5%。</p></body></html>";
  g_autofree char *text = expect_text (page, strlen (page), "index.html", "html");

  g_assert_cmpstr (text, ==, "链接\n2019年，全省地区生产总值增长7.6%。\n粮食产量1500万吨\n一般公共预算收入增长5%。\n");
  expect_error ("<html><head><title>空</title></head><body> &nbsp; </body></html>", -1, "a.html",
                RD_IMPORT_ERROR_EMPTY);
}

/* ------------------------------------------------------------------ .pdf */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Each page is a NULL-terminated list of lines; "@" starts a page number
 * drawn at the foot of the page. */
static GBytes *
make_pdf (const char * const * const *pages)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, out, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans CJK SC 12");

  for (guint p = 0; pages[p] != NULL; p++)
    {
      for (guint i = 0; pages[p][i] != NULL; i++)
        {
          g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
          gboolean foot = pages[p][i][0] == '@';

          pango_layout_set_font_description (layout, font);
          pango_layout_set_text (layout, pages[p][i] + foot, -1);
          cairo_move_to (cr, foot ? 280 : 72, foot ? 790 : 72 + 24 * i);
          pango_cairo_show_layout (cr, layout);
        }
      cairo_show_page (cr);
    }
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

static GBytes *
make_scanned_pdf (void)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, out, 595, 842);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 64);
  cairo_t *cr = cairo_create (image);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 8, 8, 40, 4);
  cairo_fill (cr);
  cairo_destroy (cr);

  cr = cairo_create (surface);
  for (int page = 0; page < 2; page++)
    {
      cairo_set_source_surface (cr, image, 72, 72);
      cairo_paint (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

static const char * const pdf_page1[] = {
  "2019年全省地区生产总值增长7.6%。",
  "全省一般公共预算收入完成",
  "3200亿元，增长5%。",
  "Grain output",
  "reached 67 million tonnes.",
  "",
  "高新技术产业增加值增长",
  "@— 1 —",
  NULL
};
static const char * const pdf_page2[] = {
  "12.1%，城镇新增就业",
  "85万人。",
  "@- 2 -",
  NULL
};
static const char * const pdf_page3[] = { "完", "@3", NULL };
static const char * const * const pdf_pages[] = { pdf_page1, pdf_page2, pdf_page3, NULL };

static void
test_pdf (void)
{
  g_autoptr(GBytes) pdf = make_pdf (pdf_pages);
  g_autofree char *text = expect_bytes (pdf, "report.pdf", "pdf");
  g_autofree char *by_content = expect_bytes (pdf, "report", "pdf");

  g_assert_cmpstr (text, ==,
                   "2019年全省地区生产总值增长7.6%。\n"
                   "全省一般公共预算收入完成3200亿元，增长5%。\n"
                   "Grain output\nreached 67 million tonnes.\n"
                   "高新技术产业增加值增长12.1%，城镇新增就业85万人。\n"
                   "完\n");
  g_assert_cmpstr (by_content, ==, text);
}

static char *
test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static void
test_pdf_errors (void)
{
  g_autoptr(GBytes) scanned = make_scanned_pdf ();
  g_autoptr(GBytes) pdf = make_pdf (pdf_pages);
  g_autofree char *encrypted_path = test_data_path ("encrypted.pdf");
  g_autofree char *encrypted = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  expect_error (g_bytes_get_data (scanned, NULL), g_bytes_get_size (scanned), "scan.pdf", RD_IMPORT_ERROR_SCANNED);
  expect_error ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", -1, "report.pdf", RD_IMPORT_ERROR_DAMAGED);
  expect_error (g_bytes_get_data (pdf, NULL), 200, "report.pdf", RD_IMPORT_ERROR_DAMAGED);
  expect_error ("not a pdf at all", 16, "report.pdf", RD_IMPORT_ERROR_DAMAGED);

  g_assert_true (g_file_get_contents (encrypted_path, &encrypted, &length, NULL));
  expect_error (encrypted, length, "report.pdf", RD_IMPORT_ERROR_ENCRYPTED);
  g_assert_null (rd_decode_file (encrypted_path, NULL, NULL, &error));
  assert_user_error (error, RD_IMPORT_ERROR_ENCRYPTED);
}

/* ------------------------------------------------------------------ files */

static char *
write_temp (const char *dir,
            const char *name,
            const char *data,
            gsize       length)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static void
test_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-decode-XXXXXX", NULL);
  g_autoptr(GBytes) gbk = encode (report_text, "GBK");
  g_autofree char *path = write_temp (dir, "报告.txt", g_bytes_get_data (gbk, NULL), g_bytes_get_size (gbk));
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *text = rd_decode_file (path, &format, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (format, ==, "txt");
  g_assert_cmpstr (text, ==, report_text);
  rd_test_remove_dir (dir);
}

static void
expect_file_error (const char    *path,
                   RdImportError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = rd_decode_file (path, NULL, NULL, &error);

  g_assert_null (text);
  assert_user_error (error, code);
}

static void
test_file_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-decode-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *under_file = NULL;
  g_autofree char *huge = write_temp (dir, "huge.txt", "", 0);
  g_autofree char *locked = write_temp (dir, "locked.txt", "2019年", 7);
  g_autofree char *empty = write_temp (dir, "empty.docx", "", 0);

  expect_file_error (missing, RD_IMPORT_ERROR_NOT_FOUND);
  under_file = g_build_filename (locked, "x.txt", NULL);
  expect_file_error (under_file, RD_IMPORT_ERROR_NOT_FOUND);
  expect_file_error (dir, RD_IMPORT_ERROR_UNREADABLE);
  expect_file_error (empty, RD_IMPORT_ERROR_EMPTY);

  /* A sparse file: refused by its size, before a byte is read. */
  g_assert_cmpint (truncate (huge, RD_IMPORT_MAX_BYTES + 1), ==, 0);
  expect_file_error (huge, RD_IMPORT_ERROR_TOO_LARGE);

  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  if (geteuid () != 0)
    expect_file_error (locked, RD_IMPORT_ERROR_UNREADABLE);
  else
    g_test_message ("running as root: a file without read permission is still readable");
  g_chmod (locked, 0600);
  rd_test_remove_dir (dir);
}

static void
test_pdf_cancel (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-decode-XXXXXX", NULL);
  g_autoptr(GBytes) pdf = make_pdf (pdf_pages);
  g_autofree char *path = write_temp (dir, "report.pdf", g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *format = NULL;

  text = rd_decode_file (path, &format, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (format, ==, "pdf");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&format, g_free);

  g_cancellable_cancel (cancellable);
  text = rd_decode_file (path, &format, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (text);
  g_assert_null (format);
  rd_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decode/utf8", test_utf8);
  g_test_add_func ("/decode/utf16", test_utf16);
  g_test_add_func ("/decode/gb18030", test_gb18030);
  g_test_add_func ("/decode/text-errors", test_text_errors);
  g_test_add_func ("/decode/docx", test_docx);
  g_test_add_func ("/decode/docx-external-entity", test_docx_external_entity);
  g_test_add_func ("/decode/docx-errors", test_docx_errors);
  g_test_add_func ("/decode/html", test_html);
  g_test_add_func ("/decode/html-gbk", test_html_gbk);
  g_test_add_func ("/decode/html-body", test_html_body);
  g_test_add_func ("/decode/pdf", test_pdf);
  g_test_add_func ("/decode/pdf-errors", test_pdf_errors);
  g_test_add_func ("/decode/pdf-cancel", test_pdf_cancel);
  g_test_add_func ("/decode/file", test_file);
  g_test_add_func ("/decode/file-errors", test_file_errors);
  return g_test_run ();
}

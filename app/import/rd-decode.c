/* rd-decode.c: text, Word, web page or PDF into UTF-8 text */
#define G_LOG_DOMAIN "reportdash-decode"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <poppler.h>
#include <zip.h>

#include "rd-decode.h"
#include "rd-import.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define SNIFF_BYTES 1024

/* Messages said in more than one place. */
#define MSG_TOO_LARGE _("The file is larger than 64 MB, far more than any work report: import the report alone.")
#define MSG_BINARY _("The file holds binary data, not text: save the report as text, Word (.docx), a web page or PDF and import that.")
#define MSG_DOCX_NO_TEXT _("The Word document is damaged (its text is missing): open it in Word or WPS, save it again as .docx and import that.")
#define MSG_DOCX_UNPACK _("The Word document is damaged (its text cannot be unpacked): open it in Word or WPS, save it again as .docx and import that.")
#define MSG_DOCX_DAMAGED _("The Word document is damaged and cannot be opened: open it in Word or WPS, save it again as .docx and import that.")
#define MSG_DOCX_PASSWORD _("The Word document is protected by a password: save a copy without the password and import that.")
#define MSG_OLD_DOC _("This is an old Word document (.doc), which ReportDash cannot read: open it in Word or WPS, save it as .docx and import that.")
#define MSG_PDF_DAMAGED _("The PDF is damaged and cannot be opened: download or export it again and import the new copy.")
#define MSG_NOT_FOUND _("The file does not exist: check its name and folder, then choose it again.")
#define MSG_UNREADABLE _("The file cannot be read: check that you may open it, or copy it to your own folder first.")

static gboolean
set_error (GError     **error,
           RdImportError code,
           const char  *message)
{
  g_set_error_literal (error, RD_IMPORT_ERROR, code, message);
  return FALSE;
}

static gboolean
has_prefix (const char *data,
            gsize       length,
            const char *prefix,
            gsize       prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle,
            gsize       needle_length)
{
  if (needle_length == 0 || length < needle_length)
    return NULL;
  for (const char *p = data; p + needle_length <= data + length; p++)
    {
      p = memchr (p, needle[0], (data + length) - p);
      if (p == NULL || p + needle_length > data + length)
        return NULL;
      if (memcmp (p, needle, needle_length) == 0)
        return p;
    }
  return NULL;
}

static const char *
find_ascii_nocase (const char *data,
                   gsize       length,
                   const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (g_ascii_strncasecmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

static const char *
extension_of (const char *name)
{
  const char *dot;

  if (name == NULL)
    return "";
  dot = strrchr (name, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return "";
  return dot + 1;
}

static gboolean
extension_is (const char *name,
              const char *extension)
{
  return g_ascii_strcasecmp (extension_of (name), extension) == 0;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xfeff)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_cjk (gunichar c)
{
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
         || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff)
         || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60);
}

/* CRLF and CR to LF, for the formats whose line breaks are not the author's. */
static char *
normalize_newlines (GString *text)
{
  gsize out = 0;

  for (gsize i = 0; i < text->len; i++)
    {
      char c = text->str[i];

      if (c == '\r')
        {
          if (i + 1 < text->len && text->str[i + 1] == '\n')
            continue;
          c = '\n';
        }
      /* A NUL can only come from a damaged document's markup, never from its words. */
      if (c == '\0')
        continue;
      text->str[out++] = c;
    }
  g_string_truncate (text, out);
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------ plain text */

static char *
convert_to_utf8 (const char *data,
                 gsize       length,
                 const char *charset,
                 gsize      *out_length)
{
  g_autoptr(GError) local_error = NULL;
  gsize read = 0;
  char *text;

  text = g_convert (data, length, "UTF-8", charset, &read, out_length, &local_error);
  if (text != NULL && read != length)
    g_clear_pointer (&text, g_free);
  return text;
}

/* UTF-16 without a BOM: the high bytes of ASCII characters (digits, newlines)
 * are NULs, all at even or all at odd offsets. */
static const char *
sniff_utf16 (const char *data,
             gsize       length)
{
  gsize n = MIN (length, 4096) & ~(gsize) 1;
  gsize even = 0, odd = 0;

  if (length % 2 != 0 || n < 2)
    return NULL;
  for (gsize i = 0; i < n; i += 2)
    {
      even += data[i] == '\0';
      odd += data[i + 1] == '\0';
    }
  if (odd >= 2 && odd * 16 >= n / 2 && even * 8 <= odd)
    return "UTF-16LE";
  if (even >= 2 && even * 16 >= n / 2 && odd * 8 <= even)
    return "UTF-16BE";
  return NULL;
}

static char *
decode_text (const char  *data,
             gsize        length,
             GError     **error)
{
  const char *charset = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;
  gboolean bom = TRUE;

  if (has_prefix (data, length, "\xef\xbb\xbf", 3))
    {
      data += 3, length -= 3;
      charset = "UTF-8";
    }
  else if (has_prefix (data, length, "\xff\xfe", 2))
    {
      data += 2, length -= 2;
      charset = "UTF-16LE";
    }
  else if (has_prefix (data, length, "\xfe\xff", 2))
    {
      data += 2, length -= 2;
      charset = "UTF-16BE";
    }
  else
    {
      charset = sniff_utf16 (data, length);
      bom = FALSE;
    }

  if (charset != NULL && g_str_has_prefix (charset, "UTF-16"))
    {
      text = convert_to_utf8 (data, length, charset, &text_length);
      if (text == NULL && !bom)
        {
          set_error (error, RD_IMPORT_ERROR_UNSUPPORTED, MSG_BINARY);
          return NULL;
        }
      if (text == NULL)
        {
          set_error (error, RD_IMPORT_ERROR_ENCODING,
                     _("The file starts like UTF-16 text but is damaged further on: save it again as UTF-8 text and import that."));
          return NULL;
        }
    }
  else if (memchr (data, '\0', length) != NULL)
    {
      set_error (error, RD_IMPORT_ERROR_UNSUPPORTED, MSG_BINARY);
      return NULL;
    }
  else if (g_utf8_validate_len (data, length, NULL))
    {
      text = g_strndup (data, length);
      text_length = length;
    }
  else if (charset == NULL)
    text = convert_to_utf8 (data, length, "GB18030", &text_length);

  if (text == NULL)
    {
      set_error (error, RD_IMPORT_ERROR_ENCODING,
                 _("The text is in no encoding ReportDash knows (UTF-8, UTF-16 or GB18030/GBK): save it as UTF-8 text and import it again."));
      return NULL;
    }
  if (strlen (text) != text_length)
    {
      set_error (error, RD_IMPORT_ERROR_UNSUPPORTED, MSG_BINARY);
      return NULL;
    }
  return g_steal_pointer (&text);
}

/* ------------------------------------------------------------------ .docx */

static gboolean
is_w (xmlNode    *node,
      const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && node->ns != NULL && node->ns->href != NULL
         && strcmp ((const char *) node->ns->href, W_NS) == 0
         && strcmp ((const char *) node->name, name) == 0;
}

static void
docx_walk (xmlNode *node,
           GString *out)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      /* Deleted and moved-away text is not in the document as it reads;
       * tab stops and run properties hold w:tab elements that are not text. */
      if (is_w (node, "del") || is_w (node, "moveFrom") || is_w (node, "pPr") || is_w (node, "rPr"))
        continue;
      if (is_w (node, "t"))
        {
          for (xmlNode *child = node->children; child != NULL; child = child->next)
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
              g_string_append (out, (const char *) child->content);
          continue;
        }
      if (is_w (node, "tab"))
        g_string_append_c (out, '\t');
      else if (is_w (node, "br") || is_w (node, "cr"))
        g_string_append_c (out, '\n');
      docx_walk (node->children, out);
      if (is_w (node, "p"))
        g_string_append_c (out, '\n');
    }
}

static char *
read_zip_entry (zip_t       *archive,
                const char  *name,
                gsize       *length,
                GError     **error)
{
  zip_file_t *file;
  g_autoptr(GByteArray) buffer = NULL;
  zip_int64_t n;

  file = zip_fopen (archive, name, 0);
  if (file == NULL)
    {
      int code = zip_error_code_zip (zip_get_error (archive));

      if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
        set_error (error, RD_IMPORT_ERROR_ENCRYPTED, MSG_DOCX_PASSWORD);
      else
        set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_DOCX_UNPACK);
      return NULL;
    }
  /* The size in the archive is only a claim: read by pieces up to the limit. */
  buffer = g_byte_array_new ();
  do
    {
      g_byte_array_set_size (buffer, buffer->len + 65536);
      n = zip_fread (file, buffer->data + buffer->len - 65536, 65536);
      g_byte_array_set_size (buffer, buffer->len - 65536 + MAX (n, 0));
    }
  while (n > 0 && buffer->len <= RD_IMPORT_MAX_BYTES);
  zip_fclose (file);
  if (buffer->len > RD_IMPORT_MAX_BYTES)
    {
      set_error (error, RD_IMPORT_ERROR_TOO_LARGE, MSG_TOO_LARGE);
      return NULL;
    }
  if (n < 0)
    {
      set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_DOCX_UNPACK);
      return NULL;
    }
  *length = buffer->len;
  g_byte_array_append (buffer, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&buffer), FALSE);
}

static zip_t *
open_zip (const char *data,
          gsize       length)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (data, length, 0, &zerror);
  if (source == NULL)
    {
      zip_error_fini (&zerror);
      return NULL;
    }
  archive = zip_open_from_source (source, ZIP_RDONLY, &zerror);
  if (archive == NULL)
    zip_source_free (source);
  zip_error_fini (&zerror);
  return archive;
}

static gboolean
zip_has_entry (zip_t      *archive,
               const char *name)
{
  return zip_name_locate (archive, name, 0) >= 0;
}

static char *
decode_docx (zip_t   *archive,
             GError **error)
{
  g_autofree char *xml = NULL;
  gsize xml_length = 0;
  xmlDoc *doc;
  GString *out;

  xml = read_zip_entry (archive, "word/document.xml", &xml_length, error);
  if (xml == NULL)
    return NULL;
  if (xml_length > G_MAXINT)
    {
      set_error (error, RD_IMPORT_ERROR_TOO_LARGE, MSG_TOO_LARGE);
      return NULL;
    }
  /* No XML_PARSE_NOENT (external entities stay unread) and no XML_PARSE_HUGE. */
  doc = xmlReadMemory (xml, (int) xml_length, "document.xml", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      set_error (error, RD_IMPORT_ERROR_DAMAGED,
                 _("The Word document is damaged (its text is not readable XML): open it in Word or WPS, save it again as .docx and import that."));
      return NULL;
    }
  out = g_string_new (NULL);
  docx_walk (xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);
  return normalize_newlines (out);
}

/* ------------------------------------------------------------------ .html */

typedef struct
{
  GString  *out;
  gboolean  space;  /* whitespace seen since the last character */
  gboolean  segment_break;  /* a newline among that whitespace */
  int       pre;    /* depth of <pre> elements */
} HtmlText;

/* Whether @node is an element named in @names, a list like " p div ". */
static gboolean
html_is (xmlNode    *node,
         const char *names)
{
  const char *name = (const char *) node->name;
  gsize n;

  if (node->type != XML_ELEMENT_NODE || name == NULL || *name == '\0')
    return FALSE;
  n = strlen (name);
  for (const char *p = strstr (names, name); p != NULL; p = strstr (p + 1, name))
    if (p > names && p[-1] == ' ' && p[n] == ' ')
      return TRUE;
  return FALSE;
}

static gboolean
html_is_hidden (xmlNode *node)
{
  return html_is (node, " head script style noscript template title iframe object svg select button ")
         || xmlHasProp (node, (const xmlChar *) "hidden") != NULL;
}

static gboolean
html_is_block (xmlNode *node)
{
  return html_is (node, " p div li ul ol dl dt dd table tr thead tbody tfoot caption h1 h2 h3 h4 h5 h6"
                        " blockquote section article header footer nav aside main form hr pre address"
                        " figure figcaption center fieldset legend details summary body html ");
}

static gboolean
at_line_start (GString *out)
{
  return out->len == 0 || out->str[out->len - 1] == '\n';
}

static void
html_trim_end (GString *out)
{
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
    g_string_truncate (out, out->len - 1);
}

static void
html_line_break (HtmlText *text,
                 gboolean  always)
{
  html_trim_end (text->out);
  if (always || !at_line_start (text->out))
    g_string_append_c (text->out, '\n');
  text->space = FALSE;
  text->segment_break = FALSE;
}

static void
html_append_text (HtmlText   *text,
                  const char *content)
{
  for (const char *p = content; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (text->pre > 0 && c != 0xa0)
        {
          g_string_append_unichar (text->out, c);
          continue;
        }
      /* &nbsp; reads as a space here: pages indent and pad with it. */
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xa0)
        {
          text->space = TRUE;
          text->segment_break |= c == '\n' || c == '\r';
          continue;
        }
      if (text->space && !at_line_start (text->out) && text->out->str[text->out->len - 1] != '\t')
        {
          gunichar before = g_utf8_get_char (g_utf8_prev_char (text->out->str + text->out->len));

          /* A line break in the source between two CJK characters is no
           * space, as browsers render Chinese. */
          if (!(text->segment_break && is_cjk (before) && is_cjk (c)))
            g_string_append_c (text->out, ' ');
        }
      text->space = FALSE;
      text->segment_break = FALSE;
      g_string_append_unichar (text->out, c);
    }
}

static void html_walk (xmlNode  *node,
                       HtmlText *text);

static void
html_walk_node (xmlNode  *node,
                HtmlText *text)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        html_append_text (text, (const char *) node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || html_is_hidden (node))
    return;
  if (html_is (node, " br "))
    {
      html_line_break (text, TRUE);
      return;
    }
  if (html_is_block (node))
    html_line_break (text, FALSE);
  if (html_is (node, " pre "))
    text->pre++;
  html_walk (node->children, text);
  if (html_is (node, " pre "))
    text->pre--;
  if (html_is (node, " td th "))
    {
      html_trim_end (text->out);
      if (!at_line_start (text->out))
        g_string_append_c (text->out, '\t');
      text->space = FALSE;
    }
  else if (html_is_block (node))
    html_line_break (text, FALSE);
}

static void
html_walk (xmlNode  *node,
           HtmlText *text)
{
  for (; node != NULL; node = node->next)
    html_walk_node (node, text);
}

static gsize
html_text_length (xmlNode *node)
{
  gsize n = 0;

  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          for (const char *p = (const char *) node->content; *p != '\0'; p = g_utf8_next_char (p))
            n += !g_unichar_isspace (g_utf8_get_char (p));
        }
      else if (node->type == XML_ELEMENT_NODE && !html_is_hidden (node))
        n += html_text_length (node->children);
    }
  return n;
}

static gboolean
html_names_content (xmlNode *node)
{
  static const char * const words[] = { "content", "article", "zoom", "trs_editor", "main", "text", NULL };
  const char *attributes[] = { "id", "class" };

  if (!html_is (node, " div article section main td font span "))
    return FALSE;
  for (guint a = 0; a < G_N_ELEMENTS (attributes); a++)
    {
      g_autofree char *lower = NULL;
      xmlChar *value = xmlGetProp (node, (const xmlChar *) attributes[a]);

      if (value == NULL)
        continue;
      lower = g_ascii_strdown ((const char *) value, -1);
      xmlFree (value);
      for (guint i = 0; words[i] != NULL; i++)
        if (strstr (lower, words[i]) != NULL)
          return TRUE;
    }
  return FALSE;
}

/* The element named like a content area that holds the most text;
 * on a tie the outer one, which keeps the report's title. */
static void
html_find_content (xmlNode  *node,
                   xmlNode **best,
                   gsize    *best_length)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE || html_is_hidden (node))
        continue;
      if (html_names_content (node))
        {
          gsize n = html_text_length (node->children);

          if (n > *best_length)
            {
              *best = node;
              *best_length = n;
            }
        }
      html_find_content (node->children, best, best_length);
    }
}

/* The charset a <meta> declares in the first bytes, or NULL. */
static char *
html_declared_charset (const char *data,
                       gsize       length)
{
  gsize n = MIN (length, 8192);
  const char *p = find_ascii_nocase (data, n, "charset=");
  gsize start, end;

  if (p == NULL)
    return NULL;
  start = (p - data) + strlen ("charset=");
  while (start < n && (data[start] == '"' || data[start] == '\'' || data[start] == ' '))
    start++;
  for (end = start; end < n && end - start < 40; end++)
    if (!g_ascii_isalnum (data[end]) && data[end] != '-' && data[end] != '_')
      break;
  if (end == start)
    return NULL;
  return g_ascii_strdown (data + start, end - start);
}

static char *
html_to_utf8 (const char  *data,
              gsize        length,
              gsize       *out_length,
              GError     **error)
{
  g_autofree char *declared = NULL;

  if (has_prefix (data, length, "\xef\xbb\xbf", 3))
    data += 3, length -= 3;
  else if (has_prefix (data, length, "\xff\xfe", 2) || has_prefix (data, length, "\xfe\xff", 2))
    {
      char *text = decode_text (data, length, error);

      if (text != NULL)
        *out_length = strlen (text);
      return text;
    }

  declared = html_declared_charset (data, length);
  /* GB2312 and GBK pages often hold characters beyond them: GB18030 reads all. */
  if (g_strcmp0 (declared, "gb2312") == 0 || g_strcmp0 (declared, "gbk") == 0
      || g_strcmp0 (declared, "x-gbk") == 0 || g_strcmp0 (declared, "cp936") == 0)
    {
      g_free (declared);
      declared = g_strdup ("GB18030");
    }
  if (declared != NULL && g_ascii_strcasecmp (declared, "utf-8") != 0)
    {
      char *text = convert_to_utf8 (data, length, declared, out_length);

      if (text != NULL && strlen (text) == *out_length)
        return text;
      g_free (text);
    }
  if (memchr (data, '\0', length) != NULL)
    {
      set_error (error, RD_IMPORT_ERROR_ENCODING,
                 _("The web page holds binary data, not text: save the page again from the browser and import that."));
      return NULL;
    }
  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }
  {
    char *text = convert_to_utf8 (data, length, "GB18030", out_length);

    if (text != NULL)
      return text;
  }
  set_error (error, RD_IMPORT_ERROR_ENCODING,
             _("The web page is in no encoding ReportDash knows (UTF-8 or GB18030/GBK): save it again from the browser as UTF-8 and import that."));
  return NULL;
}

static char *
decode_html (const char  *data,
             gsize        length,
             GError     **error)
{
  g_autofree char *utf8 = NULL;
  gsize utf8_length = 0;
  htmlDocPtr doc;
  xmlNode *root, *body = NULL, *content = NULL;
  gsize content_length = 0;
  HtmlText text = { NULL, FALSE, FALSE, 0 };

  utf8 = html_to_utf8 (data, length, &utf8_length, error);
  if (utf8 == NULL)
    return NULL;
  if (utf8_length > G_MAXINT)
    {
      set_error (error, RD_IMPORT_ERROR_TOO_LARGE, MSG_TOO_LARGE);
      return NULL;
    }
  doc = htmlReadMemory (utf8, (int) utf8_length, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      set_error (error, RD_IMPORT_ERROR_EMPTY,
                 _("The web page shows no text: save the page with the report itself and import that."));
      return NULL;
    }
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (html_is (child, " body "))
      body = child;
  html_find_content (root, &content, &content_length);
  /* A "content" box that holds little of the page is a sidebar, not the report. */
  if (content == NULL || content_length * 3 < html_text_length (body != NULL ? body->children : root->children))
    content = body != NULL ? body : root;

  text.out = g_string_new (NULL);
  html_walk_node (content, &text);
  xmlFreeDoc (doc);
  html_trim_end (text.out);
  while (text.out->len > 0 && text.out->str[text.out->len - 1] == '\n')
    g_string_truncate (text.out, text.out->len - 1);
  if (text.out->len > 0)
    g_string_append_c (text.out, '\n');
  return normalize_newlines (text.out);
}

/* ------------------------------------------------------------------ .pdf */

static gboolean
joins (gunichar c)
{
  return is_cjk (c) || g_unichar_isdigit (c);
}

static gboolean
ends_sentence (gunichar c)
{
  return g_utf8_strchr ("。！？；：", -1, c) != NULL;
}

/* （七）保障和改善民生，共享高质量发展成果 or 一、2018年工作回顾: a heading
 * on a line of its own (a numbered paragraph has a sentence end in it). */
static gboolean
is_heading_line (const char *line)
{
  static const char numerals[] = "一二三四五六七八九十";
  const char *p = line;

  while (*p == ' ' || g_str_has_prefix (p, "\xe3\x80\x80"))
    p += *p == ' ' ? 1 : 3;
  if (g_str_has_prefix (p, "（") || *p == '(')
    p = g_utf8_next_char (p);
  else if (g_str_has_prefix (p, "第"))
    p = g_utf8_next_char (p);
  if (p[0] == '\0' || p[1] == '\0' || p[2] == '\0' || strstr (numerals, (char[]) { p[0], p[1], p[2], 0 }) == NULL)
    return FALSE;
  return strpbrk (line, "!?;") == NULL && strstr (line, "。") == NULL && strstr (line, "；") == NULL &&
         strstr (line, "！") == NULL && strstr (line, "？") == NULL;
}

/* The last character of @line ends a sentence (a closing quote only after
 * one: 新增“四上” goes on, 他说：“好。” does not). */
static gboolean
line_ends_sentence (const char *line)
{
  const char *end = line + strlen (line);
  const char *last = g_utf8_prev_char (end);
  gunichar c = g_utf8_get_char (last);

  if ((c == 0x201D || c == 0x300D) && last > line)
    c = g_utf8_get_char (g_utf8_prev_char (last));
  return ends_sentence (c);
}

static int
compare_uints (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

static gboolean
is_page_number (GRegex     *regex,
                const char *line)
{
  return g_regex_match (regex, line, 0, NULL);
}

static void
strip_end (char *line)
{
  gsize n = strlen (line);

  while (n > 0 && g_ascii_isspace (line[n - 1]))
    line[--n] = '\0';
}

/* How wide @line prints, in half-width cells (a CJK character is two). */
static guint
line_width (const char *line)
{
  guint width = 0;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

/* The width of a full line of the document: most lines of a printed
 * report run to the margin, headings and paragraph ends stop short. */
static guint
full_line_width (GPtrArray *lines, GRegex *page_number)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      guint width = line_width (line);

      if (width > 0 && !is_page_number (page_number, line))
        g_array_append_val (widths, width);
    }
  if (widths->len == 0)
    return 0;
  g_array_sort (widths, compare_uints);
  return g_array_index (widths, guint, widths->len * 9 / 10);
}

/* Joins lines the layout broke inside a sentence, so that a figure split
 * over two lines (2. | 8万公里, 新增“四上” | 企业) is whole again: a line
 * that runs to the margin goes on in the next one unless it ends a
 * sentence; a shorter one only between CJK characters or digits, and a
 * short one (a heading, a paragraph's end) never. */
static char *
pdf_join_lines (GPtrArray *lines)
{
  g_autoptr(GRegex) page_number = NULL;
  GString *out = g_string_new (NULL);
  gboolean joined = FALSE;
  guint full;

  page_number = g_regex_new ("^[\\s\\x{3000}]*(?:[-—–－─]+\\s*\\d{1,4}\\s*[-—–－─]+|\\d{1,4}|第\\s*\\d{1,4}\\s*页(?:\\s*共\\s*\\d{1,4}\\s*页)?)[\\s\\x{3000}]*$",
                             G_REGEX_OPTIMIZE, 0, NULL);
  g_assert (page_number != NULL);
  full = full_line_width (lines, page_number);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *next = NULL;
      gunichar last, first;

      if (is_page_number (page_number, line))
        continue;
      g_string_append (out, line);
      for (guint j = i + 1; j < lines->len && next == NULL; j++)
        if (!is_page_number (page_number, g_ptr_array_index (lines, j)))
          next = g_ptr_array_index (lines, j);
      if (next == NULL)
        break;
      joined = FALSE;
      if (*line != '\0' && *next != '\0')
        {
          last = g_utf8_get_char (g_utf8_prev_char (line + strlen (line)));
          first = g_utf8_get_char (next);
          guint width = line_width (line);

          joined = !line_ends_sentence (line) && !is_heading_line (line) && !g_unichar_isspace (first) && first != 0x3000 &&
                   ((width * 20 >= full * 17) || (width * 2 >= full && joins (last) && joins (first)));
        }
      if (!joined)
        g_string_append_c (out, '\n');
    }
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  if (out->len > 0)
    g_string_append_c (out, '\n');
  return normalize_newlines (out);
}

static char *
decode_pdf (const char    *data,
            gsize          length,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  gboolean has_text = FALSE;
  gboolean cancelled = FALSE;
  int n_pages;

  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        set_error (error, RD_IMPORT_ERROR_ENCRYPTED,
                   _("The PDF is protected by a password: save a copy without the password and import that."));
      else
        set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_PDF_DAMAGED);
      return NULL;
    }
  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages && !cancelled; i++)
    {
      PopplerPage *page;
      g_autofree char *text = NULL;
      g_auto(GStrv) page_lines = NULL;

      cancelled = g_cancellable_set_error_if_cancelled (cancellable, error);
      page = cancelled ? NULL : poppler_document_get_page (document, i);
      if (page == NULL)
        continue;
      text = poppler_page_get_text (page);
      g_object_unref (page);
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        continue;
      if (!is_blank (text))
        has_text = TRUE;
      page_lines = g_strsplit (text, "\n", -1);
      for (guint j = 0; page_lines[j] != NULL; j++)
        {
          strip_end (page_lines[j]);
          g_ptr_array_add (lines, g_steal_pointer (&page_lines[j]));
        }
    }
  g_object_unref (document);
  if (cancelled)
    return NULL;
  if (n_pages <= 0)
    {
      set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_PDF_DAMAGED);
      return NULL;
    }
  if (!has_text)
    {
      set_error (error, RD_IMPORT_ERROR_SCANNED,
                 _("This PDF has no text layer: it is a scan of pages. ReportDash needs a PDF with text, or the report as text, Word or a web page."));
      return NULL;
    }
  return pdf_join_lines (lines);
}

/* ------------------------------------------------------------------ detection */

static gboolean
looks_like_html (const char *data,
                 gsize       length)
{
  gsize n = MIN (length, SNIFF_BYTES);

  return find_ascii_nocase (data, n, "<html") != NULL
         || find_ascii_nocase (data, n, "<!doctype html") != NULL;
}

static char *
decode_ole (const char  *data,
            gsize        length,
            GError     **error)
{
  /* Office keeps a password-protected .docx in an OLE compound file whose
   * streams (named in UTF-16) are EncryptionInfo and EncryptedPackage. */
  static const char utf16_name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";

  if (find_bytes (data, length, utf16_name, sizeof utf16_name - 1) != NULL
      || find_bytes (data, length, "EncryptedPackage", strlen ("EncryptedPackage")) != NULL)
    set_error (error, RD_IMPORT_ERROR_ENCRYPTED, MSG_DOCX_PASSWORD);
  else
    set_error (error, RD_IMPORT_ERROR_UNSUPPORTED, MSG_OLD_DOC);
  return NULL;
}

static char *
decode_zip (const char  *data,
            gsize        length,
            const char  *name,
            char       **format,
            GError     **error)
{
  zip_t *archive = open_zip (data, length);
  char *text = NULL;

  if (archive == NULL)
    {
      set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_DOCX_DAMAGED);
      return NULL;
    }
  if (zip_has_entry (archive, "word/document.xml"))
    {
      text = decode_docx (archive, error);
      *format = g_strdup ("docx");
    }
  else if (extension_is (name, "docx"))
    set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_DOCX_NO_TEXT);
  else
    set_error (error, RD_IMPORT_ERROR_UNSUPPORTED,
               _("This zip archive is not a Word document: unpack it and import the report inside, or save the report as .docx."));
  zip_discard (archive);
  return text;
}

static void
init_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static char *
decode (const char    *data,
        gsize          length,
        const char    *name,
        char         **format_out,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autofree char *format = NULL;
  g_autofree char *text = NULL;

  init_libxml ();
  if (length > RD_IMPORT_MAX_BYTES)
    {
      set_error (error, RD_IMPORT_ERROR_TOO_LARGE, MSG_TOO_LARGE);
      return NULL;
    }
  if (length == 0)
    {
      set_error (error, RD_IMPORT_ERROR_EMPTY,
                 _("The file is empty: choose the file that holds the report's text."));
      return NULL;
    }

  if (has_prefix (data, length, "PK\x03\x04", 4) || has_prefix (data, length, "PK\x05\x06", 4))
    text = decode_zip (data, length, name, &format, error);
  else if (has_prefix (data, length, "%PDF-", 5))
    {
      format = g_strdup ("pdf");
      text = decode_pdf (data, length, cancellable, error);
    }
  else if (has_prefix (data, length, "\xd0\xcf\x11\xe0", 4))
    return decode_ole (data, length, error);
  else if (looks_like_html (data, length)
           || extension_is (name, "html") || extension_is (name, "htm"))
    {
      format = g_strdup ("html");
      text = decode_html (data, length, error);
    }
  else if (extension_is (name, "docx"))
    {
      set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_DOCX_DAMAGED);
      return NULL;
    }
  else if (extension_is (name, "pdf"))
    {
      set_error (error, RD_IMPORT_ERROR_DAMAGED, MSG_PDF_DAMAGED);
      return NULL;
    }
  else if (extension_is (name, "doc") || has_prefix (data, length, "{\\rtf", 5))
    {
      set_error (error, RD_IMPORT_ERROR_UNSUPPORTED, MSG_OLD_DOC);
      return NULL;
    }
  else
    {
      format = g_strdup (extension_is (name, "md") ? "md" : "txt");
      text = decode_text (data, length, error);
    }

  if (text == NULL)
    return NULL;
  if (is_blank (text))
    {
      set_error (error, RD_IMPORT_ERROR_EMPTY,
                 _("The file holds no text, only blank space: choose the file that holds the report's text."));
      return NULL;
    }
  if (format_out != NULL)
    *format_out = g_steal_pointer (&format);
  return g_steal_pointer (&text);
}

char *
rd_decode_bytes (const char  *data,
                 gsize        length,
                 const char  *name,
                 char       **format,
                 GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  return decode (data != NULL ? data : "", length, name, format, NULL, error);
}

char *
rd_decode_file (const char    *path,
                char         **format,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  GStatBuf st;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT || errno == ENOTDIR)
        set_error (error, RD_IMPORT_ERROR_NOT_FOUND, MSG_NOT_FOUND);
      else
        set_error (error, RD_IMPORT_ERROR_UNREADABLE, MSG_UNREADABLE);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      set_error (error, RD_IMPORT_ERROR_UNREADABLE,
                 _("This is a folder, not a file: open it and choose the report file inside."));
      return NULL;
    }
  if (st.st_size > RD_IMPORT_MAX_BYTES)
    {
      set_error (error, RD_IMPORT_ERROR_TOO_LARGE, MSG_TOO_LARGE);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        set_error (error, RD_IMPORT_ERROR_NOT_FOUND, MSG_NOT_FOUND);
      else
        set_error (error, RD_IMPORT_ERROR_UNREADABLE, MSG_UNREADABLE);
      return NULL;
    }
  return decode (data, length, path, format, cancellable, error);
}

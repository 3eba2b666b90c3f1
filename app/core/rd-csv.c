/* rd-csv.c */
#define G_LOG_DOMAIN "reportdash-csv"

#include "config.h"

#include <string.h>

#include "rd-csv.h"

void
rd_csv_append_row (GString     *out,
                   const char **fields,
                   guint        n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');
      if (strpbrk (field, ",\"\r\n") == NULL)
        {
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}

gboolean
rd_csv_write (const char  *path,
              GPtrArray   *rows,
              GError     **error)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  for (guint r = 0; r < rows->len; r++)
    {
      const char **fields = g_ptr_array_index (rows, r);

      rd_csv_append_row (out, fields, g_strv_length ((char **) fields));
    }

  return g_file_set_contents_full (path, out->str, out->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

void
rd_tsv_append_row (GString     *out,
                   const char **fields,
                   guint        n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      gsize start;

      if (i > 0)
        g_string_append_c (out, '\t');
      start = out->len;
      g_string_append (out, fields[i] ? fields[i] : "");
      for (gsize j = start; j < out->len; j++)
        if (out->str[j] == '\t' || out->str[j] == '\n' || out->str[j] == '\r')
          out->str[j] = ' ';
    }
  g_string_append_c (out, '\n');
}

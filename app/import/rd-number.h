/* rd-number.h: numbers and units as Chinese reports print them
 *
 * Works on UCS-4 text (one gunichar a code point, so indexes are the
 * code-point offsets of data/SCHEMA.md). ASCII and full-width digits, a
 * decimal point (. or ．), thousands separators (1,234), the scale words
 * 万/亿/万亿 and 多/余 ("2600多亩", "1万多平方米") are read; the unit is the
 * longest word of a closed list that follows.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int     start, end;     /* the printed figure: number, scale, 多/余 and unit */
  int     digits_end;     /* just after the last digit of the number */
  double  value;          /* the number as printed (3.64 for 3.64万亿元) */
  char   *unit;           /* scale and unit, normalised (％ → %): "万亿元", "%", "" */
  gboolean more;          /* 多 or 余 printed: somewhat more than the value */
} RdNumber;

gboolean rd_is_digit        (gunichar c);
int      rd_digit_value     (gunichar c);
/* Is a CJK ideograph (the Chinese text around numbers). */
gboolean rd_is_han          (gunichar c);

/* Reads the number starting at @pos (a digit) of @text (@length code
 * points) with what follows it; returns FALSE when @pos is not a digit.
 * Free @number's unit with rd_number_clear(). */
gboolean rd_number_scan     (const gunichar *text,
                             int             length,
                             int             pos,
                             RdNumber       *number);
void     rd_number_clear    (RdNumber       *number);
/* The unit word at @pos (no scale), longest first, or NULL; sets @end. */
const char *rd_unit_at      (const gunichar *text,
                             int             length,
                             int             pos,
                             int            *end);
/* Whether @text at @pos starts with the UTF-8 @word. */
gboolean rd_ucs4_has_word   (const gunichar *text,
                             int             length,
                             int             pos,
                             const char     *word);
/* Whether @word ends just before @pos. */
gboolean rd_ucs4_ends_with  (const gunichar *text,
                             int             pos,
                             const char     *word);
/* The value of a Chinese numeral of one to three characters (一 … 九十九,
 * 两, 百, 千), or -1. */
int      rd_chinese_numeral (const gunichar *text,
                             int             length,
                             int             pos,
                             int            *end);

G_END_DECLS

G_BEGIN_DECLS
/* text[start, end) as a new UTF-8 string. */
char    *rd_ucs4_slice      (const gunichar *text,
                             int             start,
                             int             end);
/* The sentence punctuation that ends a sentence or a clause. */
gboolean rd_is_sentence_end (gunichar c);
gboolean rd_is_clause_end   (gunichar c);
G_END_DECLS

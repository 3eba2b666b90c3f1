/* fuzz-main.c: a deterministic driver for libFuzzer targets, built with gcc
 *
 * Usage: fuzz-NAME CORPUS_DIR COUNT [SEED]
 * Feeds every file of CORPUS_DIR, then COUNT inputs derived from them by a
 * fixed-seed generator (bit flips, truncations, insertions, splices) to
 * LLVMFuzzerTestOneInput(). The same arguments give the same inputs, so a
 * crash found here is found again. Link it with any fuzz-*.c target.
 */
#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define FUZZ_MAX_INPUT (256 * 1024)

static guint64 state;

static guint64
next (void)
{
  /* xorshift64*: small, fast and the same on every platform. */
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * G_GUINT64_CONSTANT (2685821657736338717);
}

static gsize
below (gsize n)
{
  return n == 0 ? 0 : next () % n;
}

static void
mutate (GByteArray *input,
        GPtrArray  *seeds)
{
  guint n_mutations = 1 + below (4);

  for (guint m = 0; m < n_mutations; m++)
    {
      switch (below (6))
        {
        case 0: /* bit flips */
          for (guint i = 0, n = 1 + below (8); i < n && input->len > 0; i++)
            input->data[below (input->len)] ^= 1u << below (8);
          break;
        case 1: /* a random byte, often a boundary value */
          if (input->len > 0)
            {
              static const guint8 interesting[] = { 0, 0xff, 0x7f, 0x80, '<', '>', '\n', '%', 0xd0 };
              input->data[below (input->len)] = below (2) ? interesting[below (sizeof interesting)] : (guint8) next ();
            }
          break;
        case 2: /* truncation */
          g_byte_array_set_size (input, below (input->len + 1));
          break;
        case 3: /* insertion of random bytes */
          if (input->len < FUZZ_MAX_INPUT)
            {
              guint8 bytes[16];
              gsize n = 1 + below (sizeof bytes);
              gsize at;

              for (gsize i = 0; i < n; i++)
                bytes[i] = (guint8) next ();
              at = below (input->len + 1);
              g_byte_array_set_size (input, input->len + n);
              memmove (input->data + at + n, input->data + at, input->len - n - at);
              memcpy (input->data + at, bytes, n);
            }
          break;
        case 4: /* removal of a piece */
          if (input->len > 1)
            {
              gsize at = below (input->len);
              gsize n = 1 + below (MIN (input->len - at, 64));

              g_byte_array_remove_range (input, at, n);
            }
          break;
        default: /* splice: this input's head, another seed's tail */
          {
            GBytes *other = g_ptr_array_index (seeds, below (seeds->len));
            gsize other_len;
            const guint8 *other_data = g_bytes_get_data (other, &other_len);
            gsize cut = below (input->len + 1);
            gsize from = below (other_len + 1);

            g_byte_array_set_size (input, cut);
            if (cut + (other_len - from) <= FUZZ_MAX_INPUT)
              g_byte_array_append (input, other_data + from, other_len - from);
          }
          break;
        }
    }
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint64 count;

  if (argc < 3)
    {
      g_printerr ("Usage: %s CORPUS_DIR COUNT [SEED]\n", argv[0]);
      return 2;
    }
  count = g_ascii_strtoull (argv[2], NULL, 10);
  state = argc > 3 ? g_ascii_strtoull (argv[3], NULL, 10) : 0x5eed;
  if (state == 0)
    state = 0x5eed;

  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (argv[1], name, NULL));
  /* The order of a folder's listing is the file system's: sort it. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      char *data;
      gsize length;

      if (!g_file_get_contents (g_ptr_array_index (names, i), &data, &length, NULL))
        continue;
      g_ptr_array_add (seeds, g_bytes_new_take (data, length));
    }
  if (seeds->len == 0)
    {
      g_printerr ("No seed files in %s\n", argv[1]);
      return 2;
    }

  for (guint i = 0; i < seeds->len; i++)
    {
      gsize length;
      const guint8 *data = g_bytes_get_data (g_ptr_array_index (seeds, i), &length);

      LLVMFuzzerTestOneInput (data, length);
    }
  for (guint64 i = 0; i < count; i++)
    {
      GBytes *seed = g_ptr_array_index (seeds, below (seeds->len));
      g_autoptr(GByteArray) input = g_byte_array_new ();
      gsize length;
      const guint8 *data = g_bytes_get_data (seed, &length);
      guint8 *copy;

      g_byte_array_append (input, data, length);
      mutate (input, seeds);
      /* An exact-size copy, so that AddressSanitizer sees a read past the end. */
      copy = g_memdup2 (input->data, input->len);
      LLVMFuzzerTestOneInput (copy, input->len);
      g_free (copy);
    }
  g_print ("%u seeds and %" G_GUINT64_FORMAT " derived inputs run\n", seeds->len, count);
  return 0;
}

/* test-targets.c: was a target met, by its qualifier and its indicator's direction */
#include "config.h"

#include "rd-targets.h"
#include "rd-test-util.h"

typedef struct
{
  double      target, target_max;
  const char *qualifier;
  gboolean    has_actual;
  double      actual;
  gboolean    lower_is_better;
  RdTargetStatus status;
  double      gap;
} Case;

static void
check_case (const Case *c)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func ((GDestroyNotify) rd_series_point_free);
  g_autoptr(GArray) checks = NULL;
  const RdTargetCheck *check;

  g_ptr_array_add (series, rd_test_series_point (1, "湖南省", 2020, "target", c->target, c->target_max, "%",
                                                 c->qualifier, 2020));
  if (c->has_actual)
    {
      /* An estimate in a later report loses to the next year's report. */
      g_ptr_array_add (series, rd_test_series_point (2, "湖南省", 2020, "actual", 99, 99, "%", NULL, 2022));
      g_ptr_array_add (series, rd_test_series_point (3, "湖南省", 2020, "actual", c->actual, c->actual, "%", NULL,
                                                     2021));
    }
  checks = rd_targets_check (series, c->lower_is_better);
  g_assert_cmpuint (checks->len, ==, 1);
  check = &g_array_index (checks, RdTargetCheck, 0);
  g_assert_cmpint (check->status, ==, c->status);
  g_assert_cmpfloat_with_epsilon (check->gap, c->gap, 1e-9);
  if (c->has_actual)
    g_assert_cmpint (check->actual->report_year, ==, 2021);
}

static void
test_targets (void)
{
  static const Case cases[] = {
    { 7, 7, "以上", TRUE, 7.7, FALSE, RD_TARGET_MET, 0 },
    { 6.5, 6.5, "以上", TRUE, 4.5, FALSE, RD_TARGET_MISSED, 2 },
    { 8, 8, "左右", TRUE, 7.8, FALSE, RD_TARGET_MET, 0 },         /* about: within half a point */
    { 5.5, 5.5, "左右", TRUE, 4.8, FALSE, RD_TARGET_MISSED, 0.7 },
    { 7.5, 8, NULL, TRUE, 7.6, FALSE, RD_TARGET_MET, 0 },         /* a range: its low end */
    { 7.5, 8, NULL, TRUE, 7.4, FALSE, RD_TARGET_MISSED, 0.1 },
    { 5.5, 5.5, "以内", TRUE, 5.2, TRUE, RD_TARGET_MET, 0 },      /* unemployment within 5.5% */
    { 5.5, 5.5, "以内", TRUE, 5.8, TRUE, RD_TARGET_MISSED, 0.3 },
    { 3, 3, "左右", TRUE, 2.0, TRUE, RD_TARGET_MET, 0 },          /* prices: a ceiling */
    { 3, 3, "左右", TRUE, 3.9, TRUE, RD_TARGET_MISSED, 0.9 },
    { 10, 10, "力争 以上", FALSE, 0, FALSE, RD_TARGET_NO_RESULT, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      check_case (&cases[i]);
    }
  g_assert_cmpstr (rd_target_status_name (RD_TARGET_MISSED), ==, "missed");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/targets/met-missed", test_targets);
  return g_test_run ();
}

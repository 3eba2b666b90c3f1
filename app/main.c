/* main.c */
#include "config.h"

#include "rd-application.h"
#include "rd-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RdApplication) app = NULL;

  rd_application_init_i18n ();
  rd_cli_preset_language (argv);
  app = rd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

/* drawnframe: launch a GTK 4 program with drawn-shim.so preloaded and print
 * the milliseconds from launch until its window's first frame is painted
 * (the frame clock's first after-paint), the counterpart of the shared
 * firstframe tool, which stops when the X server first reports damage on
 * the mapped window.
 *
 * usage: drawnframe SHIM.so CMD [ARGS...]   (the command is killed afterwards)
 */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int
main (int argc, char **argv)
{
  int fds[2];
  char fd_text[16], byte;
  struct pollfd pfd;
  double t0, t1 = -1;
  pid_t pid;

  if (argc < 3)
    {
      fprintf (stderr, "usage: drawnframe SHIM.so CMD [ARGS...]\n");
      return 2;
    }
  if (pipe (fds) != 0)
    return 2;

  t0 = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      close (fds[0]);
      snprintf (fd_text, sizeof fd_text, "%d", fds[1]);
      setenv ("DRAWN_FD", fd_text, 1);
      setenv ("LD_PRELOAD", argv[1], 1);
      setpgid (0, 0);
      execvp (argv[2], argv + 2);
      _exit (127);
    }
  close (fds[1]);

  pfd = (struct pollfd) { fds[0], POLLIN, 0 };
  if (poll (&pfd, 1, 30000) == 1 && read (fds[0], &byte, 1) == 1)
    t1 = now_ms ();

  kill (-pid, SIGTERM);
  usleep (100000);
  kill (-pid, SIGKILL);
  waitpid (pid, NULL, 0);

  if (t1 < 0)
    {
      printf ("drawn_ms=NA\n");
      return 1;
    }
  printf ("drawn_ms=%.1f\n", t1 - t0);
  return 0;
}

/* bp-test-program.h: the built boardpack, for the tests that run it
 *
 * meson passes its path in $BOARDPACK, and in $BP_PROGRAM_LIBS the static libraries it
 * is linked from. src/meson.build keeps no handle on the executable for a test to
 * depend on, so `meson test` alone rebuilds the libraries but not the program: a program
 * older than its libraries is refused here rather than tested. build-aux/test builds
 * everything first.
 */
#pragma once

#include <glib.h>
#include <sys/stat.h>

static inline const char *
bp_test_boardpack (void)
{
  const char *boardpack = g_getenv ("BOARDPACK");
  g_auto(GStrv) libs = g_strsplit (g_getenv ("BP_PROGRAM_LIBS") ? g_getenv ("BP_PROGRAM_LIBS")
                                                                 : "", ":", -1);
  struct stat program, lib;

  if (boardpack == NULL || stat (boardpack, &program) != 0)
    g_error ("BOARDPACK must be the path of the built boardpack (meson sets it)");
  for (guint i = 0; libs[i]; i++)
    if (libs[i][0] && stat (libs[i], &lib) == 0 &&
        (lib.st_mtim.tv_sec > program.st_mtim.tv_sec ||
         (lib.st_mtim.tv_sec == program.st_mtim.tv_sec &&
          lib.st_mtim.tv_nsec > program.st_mtim.tv_nsec)))
      g_error ("%s is older than %s: build everything (meson compile) before meson test",
               boardpack, libs[i]);
  return boardpack;
}

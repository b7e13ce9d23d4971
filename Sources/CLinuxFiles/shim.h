#ifndef ADVOCACY_CLINUXFILES_SHIM_H
#define ADVOCACY_CLINUXFILES_SHIM_H

/* The Linux file calls the command line needs and the Swift Glibc module leaves out, because
   glibc declares them only under _GNU_SOURCE, which that module does not set (Linux only). */
#ifdef __linux__
#define _GNU_SOURCE 1
#include <fcntl.h>

/* syncfs(2) flushes one file system. */
int syncfs(int fd);

/* A new file without a name in `folder`, open for writing (open(2) with O_TMPFILE), or -1
   with errno set: it becomes visible only when linked, and vanishes if the process dies. */
static inline int advocacy_open_unnamed(const char *folder) {
    return open(folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
}
#endif

#endif

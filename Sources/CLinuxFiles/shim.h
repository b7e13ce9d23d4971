#ifndef ADVOCACY_CLINUXFILES_SHIM_H
#define ADVOCACY_CLINUXFILES_SHIM_H

/* The Linux file calls the command line needs and the Swift Glibc module leaves out, because
   glibc declares them only under _GNU_SOURCE, which that module does not set (Linux only). */
#ifdef __linux__
#define _GNU_SOURCE 1
#include <fcntl.h>
#include <unistd.h>

/* syncfs(2) flushes one file system. */
int syncfs(int fd);

/* A new file without a name in `folder`, open for writing (open(2) with O_TMPFILE), or -1
   with errno set: it becomes visible only when linked, and vanishes if the process dies. */
static inline int advocacy_open_unnamed(const char *folder) {
    return open(folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
}

/* Gives the file open on `fd` the name `path` (linkat(2) with AT_EMPTY_PATH), or returns -1
   with errno set. Linux 6.10 and later allow it for a file the caller opened itself; older
   kernels, without CAP_DAC_READ_SEARCH, refuse with ENOENT. */
static inline int advocacy_link_descriptor(int fd, const char *path) {
    return linkat(fd, "", AT_FDCWD, path, AT_EMPTY_PATH);
}
#endif

#endif

#ifndef ADVOCACY_CSYNCFS_SHIM_H
#define ADVOCACY_CSYNCFS_SHIM_H

/* syncfs(2) flushes one file system; glibc declares it only under _GNU_SOURCE, which the
   Swift Glibc module does not set, so the command line declares it here (Linux only). */
#ifdef __linux__
int syncfs(int fd);
#endif

#endif

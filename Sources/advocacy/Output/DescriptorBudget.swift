#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many output files `convert --out` keeps open at once, within the process's limit on
/// open file descriptors (`ulimit -n`): each staged file is an open descriptor until its
/// commit, and running out would fail documents (or libdispatch, which needs a few descriptors
/// when it starts its threads).
enum DescriptorBudget {
    /// Descriptors kept free for standard streams, input files, folders and libdispatch.
    static let reserve = 64

    /// The soft limit on open file descriptors, or 1,024 when it cannot be read.
    static var limit: Int {
        var limits = rlimit()
        #if canImport(Glibc)
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
            let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limits) == 0 else { return 1_024 }
        return Int(clamping: limits.rlim_cur)  // "unlimited" is the largest value, so Int.max
    }

    /// The batch size and the number of staged files that may wait for a commit in flight
    /// (``CommitPipeline``) for `jobs` workers under a limit of `limit` descriptors: 16 files
    /// a job and 8 batches waiting when the limit allows it, fewer when it does not, and
    /// batches of one file with no waiting under the tightest limits.
    ///
    /// At most two groups of staged files are open at once (the one committing and the one
    /// waiting or converting), each of at most `batchSize + fileLimit` files.
    static func batching(jobs: Int, limit: Int) -> (batchSize: Int, fileLimit: Int) {
        let staged = max(0, (limit - reserve - jobs) / 2)
        let batchSize = max(1, min(16 * jobs, staged))
        return (batchSize, max(0, min(8 * batchSize, staged - batchSize, 256)))
    }
}

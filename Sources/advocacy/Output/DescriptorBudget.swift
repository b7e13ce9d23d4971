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

    /// The batch size, the number of staged files that may wait for a commit in flight
    /// (``CommitPipeline``) and the number of jobs converted ahead of the batch being reported
    /// (``OrderedWorkers``) for `jobs` workers under a limit of `limit` descriptors: 16 files
    /// a job, 8 batches waiting and one batch ahead when the limit allows it, fewer when it
    /// does not, and batches of one file with nothing waiting or ahead under the tightest limits.
    /// One job converts nothing ahead: there is no other thread to keep busy.
    ///
    /// At most two groups of staged files are open at once (the one committing and the one
    /// waiting or being reported), each of at most `batchSize + fileLimit` files, and
    /// `lookahead` more files staged ahead.
    static func batching(jobs: Int, limit: Int) -> (batchSize: Int, fileLimit: Int, lookahead: Int) {
        let available = max(0, limit - reserve - jobs)
        guard jobs > 1 else {
            let batchSize = max(1, min(16, available / 2))
            return (batchSize, max(0, min(8 * batchSize, available / 2 - batchSize, 256)), 0)
        }
        let batchSize = max(1, min(16 * jobs, available / 3))
        let lookahead = available >= 3 * batchSize ? batchSize : 0
        let fileLimit = max(0, min(8 * batchSize, (available - 2 * batchSize - lookahead) / 2, 256))
        return (batchSize, fileLimit, lookahead)
    }
}

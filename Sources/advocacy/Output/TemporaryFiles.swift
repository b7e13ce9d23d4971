import Foundation

#if canImport(Glibc)
    import CLinuxFiles
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files the command has made and not yet renamed into place or removed.
///
/// ``removeOnSignals()`` makes `SIGINT`, `SIGTERM` and `SIGHUP` remove them before the
/// command dies of the signal, so that an interrupted batch leaves no hidden files in its
/// output folder. The signals are blocked in every thread and taken by one watching thread
/// with `sigwait`, so that the removal runs as ordinary code (a signal handler could take no
/// lock). Creating, renaming and removing take the same lock as the removal, so a file is
/// either renamed into place or removed, never left behind; once a signal has come, no new
/// temporary file is made.
final class TemporaryFiles: @unchecked Sendable {
    /// The command's temporary files.
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var paths: Set<String> = []
    /// Guarded by `lock`: a signal has come and the files are gone.
    private var stopped = false
    /// Guarded by `lock`: whether ``link(descriptor:as:)`` still gives the kernel the descriptor.
    private var linksDescriptors = true

    private init() {}

    /// Creates an empty file for writing in `folder`, named after `name` but hidden and
    /// random (`.NAME.0123456789abcdef.tmp`), with `permissions` (when given) instead of the
    /// defaults; the folder is created first when `createsFolder` and it is missing.
    func create(
        in folder: String, for name: String, permissions: mode_t?, createsFolder: Bool
    ) throws(OutputError) -> (path: String, descriptor: Int32) {
        let path = Paths.join(folder, ".\(name).\(Self.randomTag()).tmp")
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { throw OutputError(path: path, message: "the command was interrupted") }
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0, errno == ENOENT, createsFolder {
            try OutputError.createFolder(folder)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT {
                throw OutputError(
                    path: Paths.join(folder, name), message: "cannot write the file: the folder \(folder) does not exist; create it first")
            }
            throw .system(Paths.join(folder, name), "cannot create a file beside it", code)
        }
        if let permissions, fchmod(descriptor, permissions) != 0 {
            let code = errno
            close(descriptor)
            unlink(path)
            throw .system(Paths.join(folder, name), "cannot keep the permissions of the file", code)
        }
        paths.insert(path)
        return (path, descriptor)
    }

    /// Whether files without a name can be made and linked (Linux `O_TMPFILE`, linked by their
    /// descriptor or, on kernels before 6.10, through `/proc/self/fd`, which some containers do
    /// not mount).
    private static let unnamedFilesWork: Bool = {
        #if os(Linux)
            access("/proc/self/fd", F_OK) == 0
        #else
            false
        #endif
    }()

    /// Creates a file without a name in `folder`, open for writing, when the system can (else
    /// `nil`): it costs the folder no entry until ``link(_:as:)`` gives it its name, and leaves
    /// nothing behind if the command dies first. The folder is created first when
    /// `createsFolder` and it is missing.
    func createUnnamed(in folder: String, for name: String, createsFolder: Bool) throws(OutputError) -> Int32? {
        #if os(Linux)
            guard Self.unnamedFilesWork else { return nil }
            var descriptor = advocacy_open_unnamed(folder)
            if descriptor < 0, errno == ENOENT, createsFolder {
                try OutputError.createFolder(folder)
                descriptor = advocacy_open_unnamed(folder)
            }
            guard descriptor >= 0 else {
                let code = errno
                // A file system without O_TMPFILE says so in one of these ways.
                if code == EOPNOTSUPP || code == EISDIR || code == EINVAL { return nil }
                if code == ENOENT {
                    throw OutputError(
                        path: Paths.join(folder, name),
                        message: "cannot write the file: the folder \(folder) does not exist; create it first")
                }
                throw .system(Paths.join(folder, name), "cannot create a file beside it", code)
            }
            return descriptor
        #else
            return nil
        #endif
    }

    /// Gives the unnamed file `descriptor` its name `destination` (where nothing may be yet; if
    /// something appeared there meanwhile, it is replaced atomically, as a renamed file
    /// would), unless a signal has stopped the command; returns the `errno` of a failure. The
    /// caller still closes the descriptor.
    func link(_ descriptor: Int32, as destination: String) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return EINTR }
        if link(descriptor: descriptor, as: destination) { return nil }
        guard errno == EEXIST else { return errno }
        let temporary = Paths.join(Paths.folder(of: destination), ".\(Paths.name(of: destination)).\(Self.randomTag()).tmp")
        guard link(descriptor: descriptor, as: temporary) else { return errno }
        if rename(temporary, destination) == 0 { return nil }
        let code = errno
        unlink(temporary)
        return code
    }

    /// Links the unnamed file `descriptor` as `path`, where nothing may be; whether it did
    /// (`errno` tells why not). Call it with `lock` held.
    ///
    /// The kernel gets the descriptor itself (`AT_EMPTY_PATH`, allowed for a file the process
    /// opened since Linux 6.10), which spares it resolving `/proc/self/fd/N`: a link takes
    /// about 4 µs instead of 10 in memory. Once a kernel refuses that where the `/proc` link
    /// works, only the `/proc` link is used.
    private func link(descriptor: Int32, as path: String) -> Bool {
        #if os(Linux)
            if linksDescriptors {
                if advocacy_link_descriptor(descriptor, path) == 0 { return true }
                guard errno == ENOENT || errno == EPERM else { return false }
            }
        #endif
        guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 else { return false }
        linksDescriptors = false
        return true
    }

    /// Renames the temporary file `path` to `destination`; returns the `errno` of a failure,
    /// the temporary file then removed.
    func moveIntoPlace(_ path: String, as destination: String) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        guard paths.remove(path) != nil else { return ENOENT }
        if rename(path, destination) == 0 { return nil }
        let code = errno
        unlink(path)
        return code
    }

    /// Removes the temporary file `path`.
    func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if paths.remove(path) != nil { unlink(path) }
    }

    /// Removes every temporary file and refuses new ones.
    private func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        stopped = true
        for path in paths { unlink(path) }
        paths.removeAll()
    }

    /// Blocks `SIGINT`, `SIGTERM` and `SIGHUP` (those not ignored) and starts the thread that, on the first of
    /// them, removes the temporary files and lets the signal end the process (exit status
    /// 128 + the signal's number, as a shell reports it). Call it first thing in `main`, before
    /// any other thread starts: threads inherit the blocked signals.
    static func removeOnSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] where !isIgnored(signal) { sigaddset(&signals, signal) }
        guard pthread_sigmask(SIG_BLOCK, &signals, nil) == 0 else { return }
        let watched = signals
        Thread.detachNewThread {
            var signals = watched
            var received: Int32 = 0
            guard sigwait(&signals, &received) == 0 else { return }
            shared.removeAll()
            signal(received, SIG_DFL)
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, received)
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            raise(received)
            _exit(128 + received)
        }
    }

    /// Whether `signal` is ignored, as `nohup` leaves `SIGHUP` and a shell leaves `SIGINT` for
    /// a background job: such a signal stays ignored (sigwait would take it even so).
    private static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return false }
        #if canImport(Glibc)
            let handler = current.__sigaction_handler.sa_handler
        #else
            let handler = current.__sigaction_u.__sa_handler
        #endif
        guard let handler else { return false }  // SIG_DFL
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// 64 random bits in hex: one `getrandom` call, where `UUID()` opens `/dev/urandom`.
    private static func randomTag() -> String {
        let tag = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - tag.count) + tag
    }
}

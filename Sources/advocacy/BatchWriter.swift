import Foundation

#if canImport(Glibc)
    import CSyncFS
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the output files of a batch durably and atomically, with one flush of the file
/// system for the whole batch instead of one `fsync` per file.
///
/// Each file is first written in full under a hidden temporary name beside its destination
/// (``stage(_:at:)``, on a worker thread); nothing at the destination changes. ``commit(_:)``
/// then flushes the file system once (Linux `syncfs`; elsewhere an `fsync` per file), renames
/// each file into place, in order, and flushes the folders, so that after a crash a
/// destination holds either its old content or the complete new one.
enum BatchWriter {
    /// A file written under a temporary name, waiting to be renamed into place.
    struct Staged: Sendable {
        let temporary: String
        let destination: String
    }

    /// Writes `data` beside `path` under a temporary name, creating the folder if needed.
    static func stage(_ data: Data, at path: String) throws(JobError) -> Staged {
        let folder = Paths.folder(of: path)
        // A random name, created exclusively; the folder is made only when it is missing.
        let temporary = Paths.join(folder, ".\(Paths.name(of: path)).\(randomTag()).tmp")
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0 && errno == ENOENT {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw JobError(message: "cannot create the folder \(folder) (\(error.localizedDescription))", isUsage: true)
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else { throw CLIFiles.failure("cannot create a file next to it", errno) }
        var written = 0
        let error: Int32? = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        let closed = close(descriptor)
        if let error {
            unlink(temporary)
            throw CLIFiles.failure("cannot write the file", error)
        }
        if closed != 0 {
            let code = errno
            unlink(temporary)
            throw CLIFiles.failure("cannot write the file", code)
        }
        return Staged(temporary: temporary, destination: path)
    }

    /// Flushes the staged files, renames each into place in order, and flushes their folders;
    /// returns, for each file, the error that kept it from its destination (its temporary
    /// file then removed), or `nil`.
    static func commit(_ files: [Staged]) -> [JobError?] {
        guard !files.isEmpty else { return [] }
        let folders = Set(files.map { Paths.folder(of: $0.destination) })
        var flushed = false
        #if os(Linux)
            // One flush per file system that holds a folder of the batch (usually one).
            var devices: [UInt64: String] = [:]
            for folder in folders {
                var status = stat()
                if stat(folder, &status) == 0 { devices[UInt64(status.st_dev)] = folder }
            }
            flushed = devices.count > 0
            for folder in devices.values {
                let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                flushed = flushed && descriptor >= 0 && syncfs(descriptor) == 0
                if descriptor >= 0 { close(descriptor) }
            }
        #endif
        var errors: [JobError?] = []
        for file in files {
            if !flushed {
                let descriptor = open(file.temporary, O_RDONLY | O_CLOEXEC)
                if descriptor >= 0 {
                    fsync(descriptor)
                    close(descriptor)
                }
            }
            if rename(file.temporary, file.destination) == 0 {
                errors.append(nil)
            } else {
                let code = errno
                unlink(file.temporary)
                errors.append(CLIFiles.failure("cannot write the file", code))
            }
        }
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
        return errors
    }

    /// 64 random bits in hex: one `getrandom` call, where `UUID()` opens `/dev/urandom`.
    private static func randomTag() -> String {
        let tag = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - tag.count) + tag
    }
}

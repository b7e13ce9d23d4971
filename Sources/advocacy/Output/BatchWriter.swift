import Foundation

#if canImport(Glibc)
    import CLinuxFiles
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes output files safely: atomically, durably, and never over what is not a regular
/// file; a batch's files with one flush of the file system instead of one `fsync` each.
///
/// ``stage(_:at:createsFolder:)`` (on a worker thread) looks at the destination first
/// (``OutputDestination``): a symbolic link is followed to its target; a path where nothing
/// is yet gets the new content in full in a file without a name in the same folder (Linux
/// `O_TMPFILE`; elsewhere, as for a regular file, a hidden temporary name), and a regular
/// file gets it under a hidden temporary name, with the old file's permissions; nothing at
/// the destination changes. A FIFO or a device keeps the bytes for the commit. ``commit(_:)``
/// then flushes the files (Linux `syncfs` for several, else an `fsync` each), links or
/// renames each into place, in order, writes the streams, and flushes the folders, so that
/// after a crash a destination holds its old content or the complete new one. Temporary
/// files are registered with ``TemporaryFiles``, which removes them if a signal stops the
/// command; a file without a name vanishes with the process.
enum BatchWriter {
    /// An output ready to be committed.
    struct Staged: Sendable {
        /// How the output reaches its destination.
        enum Content: Sendable {
            /// Written in full under this temporary name, to be renamed over the destination.
            case temporary(String)
            /// Written in full in a file without a name, open on this descriptor, to be linked
            /// as the destination.
            case unnamed(Int32)
            /// Bytes for a FIFO or a device, written at the commit.
            case stream(Data)
        }

        /// The path as the user named it, for messages.
        let path: String
        /// Where the bytes go: the path with symbolic links followed.
        let destination: String
        let content: Content
    }

    /// Prepares `data` for `path`: a complete temporary file beside the file `path` names, or
    /// the bytes for a FIFO or device. With `createsFolder`, a missing folder is created.
    static func stage(_ data: Data, at path: String, createsFolder: Bool) throws(OutputError) -> Staged {
        let destination = try OutputDestination.resolve(path)
        guard case .file(let file, let permissions) = destination else {
            return Staged(path: path, destination: destination.path, content: .stream(data))
        }
        if permissions == nil,
            let descriptor = try TemporaryFiles.shared.createUnnamed(
                in: Paths.folder(of: file), for: Paths.name(of: file), createsFolder: createsFolder)
        {
            if let code = data.withUnsafeBytes({ writeAll(descriptor, $0) }) {
                close(descriptor)
                throw .system(path, "cannot write the file", code)
            }
            return Staged(path: path, destination: file, content: .unnamed(descriptor))
        }
        let (temporary, descriptor) = try TemporaryFiles.shared.create(
            in: Paths.folder(of: file), for: Paths.name(of: file), permissions: permissions,
            createsFolder: createsFolder)
        let failure = data.withUnsafeBytes { writeAll(descriptor, $0) }
        let closed = close(descriptor) == 0 ? nil : errno
        if let code = failure ?? closed {
            TemporaryFiles.shared.remove(temporary)
            throw .system(path, "cannot write the file", code)
        }
        return Staged(path: path, destination: file, content: .temporary(temporary))
    }

    /// Removes the temporary file of a staged output that will not be committed.
    static func discard(_ file: Staged) {
        switch file.content {
        case .temporary(let path): TemporaryFiles.shared.remove(path)
        case .unnamed(let descriptor): close(descriptor)
        case .stream: break
        }
    }

    /// Flushes the staged files, puts each in place in order, and flushes their folders;
    /// returns, for each, the error that kept it from its destination (a temporary file then
    /// removed), or `nil`.
    static func commit(_ files: [Staged]) -> [OutputError?] {
        let temporaries = files.compactMap { file -> String? in
            if case .temporary(let path) = file.content { path } else { nil }
        }
        let unnamed = files.filter { if case .unnamed = $0.content { true } else { false } }
        let folders = Set(temporaries.map(Paths.folder(of:)) + unnamed.map { Paths.folder(of: $0.destination) })
        if !flushFileSystems(holding: folders, files: temporaries.count + unnamed.count) {
            for path in temporaries {
                let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                if descriptor >= 0 {
                    fsync(descriptor)
                    close(descriptor)
                }
            }
            for file in unnamed {
                if case .unnamed(let descriptor) = file.content { fsync(descriptor) }
            }
        }
        let errors = files.map { file -> OutputError? in
            switch file.content {
            case .temporary(let temporary):
                guard let code = TemporaryFiles.shared.moveIntoPlace(temporary, as: file.destination) else { return nil }
                return .system(file.path, "cannot write the file", code)
            case .unnamed(let descriptor):
                defer { close(descriptor) }
                guard let code = TemporaryFiles.shared.link(descriptor, as: file.destination) else { return nil }
                return .system(file.path, "cannot write the file", code)
            case .stream(let data):
                return writeStream(data, to: file)
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

    /// One `syncfs` per file system holding a folder of the batch (usually one), when there
    /// are several files (one file is cheaper to `fsync`); whether that flushed them all.
    private static func flushFileSystems(holding folders: Set<String>, files: Int) -> Bool {
        #if os(Linux)
            guard files > 1 else { return false }
            var devices: [UInt64: String] = [:]
            for folder in folders {
                var status = stat()
                guard stat(folder, &status) == 0 else { return false }
                devices[UInt64(status.st_dev)] = folder
            }
            for folder in devices.values {
                let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard descriptor >= 0 else { return false }
                defer { close(descriptor) }
                guard syncfs(descriptor) == 0 else { return false }
            }
            return true
        #else
            return false
        #endif
    }

    /// Writes `data` to the FIFO or device of `file`, as it is (no temporary file, no truncation).
    private static func writeStream(_ data: Data, to file: Staged) -> OutputError? {
        let descriptor = open(file.destination, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .system(file.path, "cannot open the file for writing", errno) }
        let failure = data.withUnsafeBytes { writeAll(descriptor, $0) }
        let closed = close(descriptor) == 0 ? nil : errno
        return (failure ?? closed).map { .system(file.path, "cannot write the file", $0) }
    }
}

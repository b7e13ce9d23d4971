import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output layer of every command: what `-o PATH`, `--out DIR` and standard output do
/// with symbolic links, FIFOs, devices, full disks, closed pipes, clashing names and signals.
@Suite("Command line: safe output")
struct CLIOutputSafetyTests {
    /// A process of ours with standard output sent where the test says, its standard error kept.
    struct Run {
        var status: Int32
        var killedBy: Int32?
        var stderr: String
    }

    static func run(_ arguments: [String], stdout: FileHandle? = nil, stdin: FileHandle? = nil) throws -> Run {
        let process = Process()
        process.executableURL = CLITests.products.appendingPathComponent("advocacy")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let killed = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return Run(status: process.terminationStatus, killedBy: killed, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A new empty folder for one test.
    static func folder() throws -> String {
        try CLITests.temporaryFile("placeholder", Data()).deletingLastPathComponent().path
    }

    static func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    @Test("-o through a symbolic link replaces the link's target and keeps the link; a dangling link creates its target")
    func symbolicLinks() throws {
        let folder = try Self.folder()
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/target.json"))
        #expect(symlink("target.json", folder + "/link.json") == 0)
        #expect(symlink("created.json", folder + "/dangling.json") == 0)
        #expect(try Self.run(["schema", "-o", folder + "/link.json"]).status == 0)
        #expect(try Self.run(["schema", "-o", folder + "/dangling.json"]).status == 0)
        #expect(Self.fileType(folder + "/link.json") == S_IFLNK)
        #expect(Self.fileType(folder + "/dangling.json") == S_IFLNK)
        let schema = try String(contentsOfFile: folder + "/target.json", encoding: .utf8)
        #expect(schema.contains("\"$schema\""))
        #expect(try String(contentsOfFile: folder + "/created.json", encoding: .utf8) == schema)
    }

    @Test("-o over a file keeps its permissions")
    func permissionsKept() throws {
        let path = try Self.folder() + "/schema.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o640) == 0)
        #expect(try Self.run(["schema", "-o", path]).status == 0)
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o640)
    }

    @Test("-o to a FIFO writes into it and leaves it a FIFO")
    func fifo() throws {
        let path = try Self.folder() + "/pipe.json"
        #expect(mkfifo(path, 0o600) == 0)
        // The reader must open the FIFO while the command writes to it.
        let received = ReceivedBytes()
        let reader = Thread {
            received.set(FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data())
        }
        reader.start()
        let result = try Self.run(["schema", "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.fileType(path) == S_IFIFO)
        // A command that replaced the FIFO would leave the reader waiting for ever.
        let deadline = Date().addingTimeInterval(30)
        while !received.isSet, Date() < deadline { usleep(1000) }
        #expect(String(decoding: received.value, as: UTF8.self).contains("\"$schema\""))
    }

    @Test("-o /dev/null writes to the device and never replaces it")
    func deviceKept() throws {
        #expect(try Self.run(["schema", "-o", "/dev/null"]).status == 0)
        #expect(Self.fileType("/dev/null") == S_IFCHR)
    }

    @Test("a full disk is an error with exit status 2, for -o and for standard output", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDisk() throws {
        let toFile = try Self.run(["schema", "-o", "/dev/full"])
        #expect(toFile.status == 2)
        #expect(toFile.killedBy == nil)
        #expect(toFile.stderr.contains("/dev/full: error: cannot write the file (No space left on device)"))
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let toStandardOutput = try Self.run(["schema"], stdout: full)
        #expect(toStandardOutput.status == 2)
        #expect(toStandardOutput.stderr.contains("<stdout>: error: cannot write to standard output (No space left on device)"))
        // validate's text report is its result: losing it is not success.
        let dossier = try CLITests.temporaryFile("seed.json", CLITests.fixture("seed.dossier.json"))
        #expect(try Self.run(["validate", dossier.path], stdout: full).status == 2)
    }

    @Test("a closed standard output is an error with exit status 2, not a crash")
    func closedPipe() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try Self.run(["schema"], stdout: pipe.fileHandleForWriting)
        #expect(result.killedBy == nil)
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard output was closed"))
    }

    @Test("-o naming a folder, or a file in a missing folder, is refused with what to do")
    func badOutputPaths() throws {
        let folder = try Self.folder()
        let intoFolder = try Self.run(["schema", "-o", folder])
        #expect(intoFolder.status == 2)
        #expect(intoFolder.stderr.contains("it is a folder"))
        let missing = try Self.run(["schema", "-o", folder + "/missing/schema.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist; create it first"))
    }

    @Test("--out never writes two inputs to one file: the first is written, the others refused by name")
    func clashingNames() throws {
        let folder = try Self.folder()
        let text = Data(CLIBatchTests.releases(1)[0].utf8)
        for path in ["a/same.txt", "b/same.txt", "same.md"] {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url)
        }
        let out = folder + "/out"
        let result = try Self.run(
            ["convert", "--quiet", "--format", "json", "--out", out] + ["a/same.txt", "b/same.txt", "same.md"].map { folder + "/" + $0 })
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(folder)/b/same.txt: error: its output \(out)/same.json is written from \(folder)/a/same.txt already"))
        #expect(result.stderr.contains("\(folder)/same.md: error: its output \(out)/same.json"))
        #expect(result.stderr.contains("1 of 3 files converted"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["same.json"])
    }

    @Test("SIGTERM during a batch removes its temporary files and ends the command by the signal")
    func interruptedBatch() throws {
        let folder = try Self.folder()
        let stream = folder + "/archive.jsonl"
        let lines = CLIBatchTests.releases(4_000).enumerated().map { index, text in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "r\(index)", "text": text]), as: UTF8.self)
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: stream))
        let out = folder + "/out"
        let process = Process()
        process.executableURL = CLITests.products.appendingPathComponent("advocacy")
        process.arguments = ["convert", "--quiet", "--format", "json", "--jobs", "2", "--out", out, stream]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first files, then stop the batch in the middle.
        while process.isRunning, ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).count < 20 { usleep(2000) }
        #expect(process.isRunning, "the batch ended before it could be stopped")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)
        let left = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(left.filter { $0.hasSuffix(".tmp") }.isEmpty, "temporary files left: \(left.filter { $0.hasSuffix(".tmp") }.count)")
        #expect(left.count < 4_000)
    }

    @Test("standard input is held to the same size limit as files")
    func standardInputLimit() throws {
        signal(SIGPIPE, SIG_IGN)  // the command stops reading; the writer must get EPIPE, not die
        let pipe = Pipe()
        let writer = Thread {
            let block = Data(repeating: 0x20, count: 1 << 20)
            // One MiB more than the limit, or until the command stops reading.
            for _ in 0..<257 {
                guard (try? pipe.fileHandleForWriting.write(contentsOf: block)) != nil else { break }
            }
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let result = try Self.run(["import", "-"], stdin: pipe.fileHandleForReading)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the limit is 256 MiB"))
    }
}

/// Bytes handed from a reading thread to the test.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: Data?

    func set(_ value: Data) { lock.withLock { bytes = value } }
    var isSet: Bool { lock.withLock { bytes != nil } }
    var value: Data { lock.withLock { bytes ?? Data() } }
}

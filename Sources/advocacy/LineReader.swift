import Foundation

/// Reads a file or standard input line by line in 64 KiB blocks, so that a JSON Lines stream
/// of any length is read in memory bounded by its longest line (itself bounded).
final class LineReader {
    /// A line: its bytes (without the line break), its 1-based number, and whether it was cut
    /// because it was longer than the limit.
    struct Line {
        var bytes: Data
        var number: Int
        var isTruncated: Bool
    }

    private let handle: FileHandle
    private let closesHandle: Bool
    private let maximumLength: Int
    /// Bytes read but not yet returned: `buffer[start...]`.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next line break: the bytes before it hold none.
    private var searched = 0
    private var atEnd = false
    private var lineNumber = 0

    /// A reader of `handle`; it closes the handle at the end when `closesHandle` is set.
    init(handle: FileHandle, closesHandle: Bool, maximumLength: Int) {
        self.handle = handle
        self.closesHandle = closesHandle
        self.maximumLength = maximumLength
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    /// The next line, or `nil` at the end. A line longer than the limit is returned cut to
    /// its first 200 bytes, with `isTruncated` set, and the rest of it is skipped; the cost is
    /// linear in the input either way.
    func next() throws -> Line? {
        var truncated: Data?
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Data(buffer[start..<end])
                start = newline + 1
                searched = 0
                lineNumber += 1
                if let truncated { return Line(bytes: truncated, number: lineNumber, isTruncated: true) }
                return Line(bytes: line, number: lineNumber, isTruncated: false)
            }
            searched = buffer.count - start
            if searched > maximumLength {
                // Keep the start for the message; drop the rest up to the next line break.
                if truncated == nil { truncated = Data(buffer[start..<(start + 200)]) }
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if atEnd {
                let rest = Data(buffer[start...])
                buffer.removeAll()
                start = 0
                searched = 0
                guard !rest.isEmpty || truncated != nil else { return nil }
                lineNumber += 1
                return Line(bytes: truncated ?? rest, number: lineNumber, isTruncated: truncated != nil)
            }
            guard let block = try handle.read(upToCount: 1 << 16), !block.isEmpty else {
                atEnd = true
                continue
            }
            if start > 0 {
                // Drop what was returned before growing the buffer.
                buffer.removeSubrange(0..<start)
                start = 0
            }
            buffer.append(contentsOf: block)
        }
    }
}

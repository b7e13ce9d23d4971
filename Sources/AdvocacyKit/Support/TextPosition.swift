/// The line and column of a byte offset in UTF-8 text, as messages give them: both from 1,
/// the column counted in characters (Unicode scalars), not bytes.
enum TextPosition {
    static func of(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

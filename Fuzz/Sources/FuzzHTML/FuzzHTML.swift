import AdvocacyKit
import Foundation

/// libFuzzer entry point: reads the bytes as a press release in the `.html` format.
/// A thrown ConversionError is an expected outcome; only crashes, hangs and sanitizer
/// reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? InputReader.read(bytes, format: .html)
    return 0
}

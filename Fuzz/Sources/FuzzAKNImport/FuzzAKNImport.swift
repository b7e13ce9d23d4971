import AdvocacyKit
import Foundation

/// The importer, stateless and cheap, shared by all runs.
let importer = AKNImporter()

/// libFuzzer entry point: imports the bytes as an Akoma Ntoso document. A thrown
/// ``AKNImportError`` is an expected outcome; only crashes, hangs and sanitizer reports are
/// findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? importer.importDocument(bytes)
    return 0
}

import AdvocacyKit
import Foundation

/// The converter with the bundled gazetteer and lexicon, built once: loading them is expensive.
let converter: PressReleaseConverter = {
    do {
        return try PressReleaseConverter()
    } catch {
        fatalError("FuzzConverter: cannot create the converter: \(error)")
    }
}()

/// The exporter used on every converted dossier; characters XML cannot hold are replaced.
let exporter = AKNExporter(generationDate: "2024-01-01", unrepresentableCharacters: .replace)

/// libFuzzer entry point: converts the bytes (format detected from the content), then exports
/// the dossier as Akoma Ntoso and as JSON. Thrown errors are expected outcomes; only crashes,
/// hangs and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let conversion = try? converter.convert(data: bytes, format: nil) else { return 0 }
    let dossier = conversion.dossier
    _ = try? exporter.export(dossier)
    _ = try? dossier.jsonData()
    return 0
}

import AdvocacyKit
import Foundation

/// libFuzzer entry point: decodes the bytes as a dossier's JSON and, when that succeeds,
/// checks the round trip: the dossier's own JSON must decode again to an equal dossier.
/// A decoding error of the fuzzed bytes is an expected outcome; a failed round trip traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let dossier = try? Dossier(json: bytes) else { return 0 }
    let encoded: Data
    do {
        encoded = try dossier.jsonData()
    } catch {
        fatalError("FuzzJSON: a decoded dossier cannot be encoded again: \(error)")
    }
    let again: Dossier
    do {
        again = try Dossier(json: encoded)
    } catch {
        fatalError("FuzzJSON: the JSON written for a decoded dossier does not decode: \(error)\n\(String(decoding: encoded, as: UTF8.self))")
    }
    guard again == dossier else {
        fatalError("FuzzJSON: round trip changed the dossier\nfirst:  \(dossier)\nsecond: \(again)")
    }
    return 0
}

import Foundation

/// Inputs that attack an XML reader, shared by the libxml2 layer's tests and the importer's.
enum HostileXML {
    /// The classic entity bomb: nine levels of ten references each, a billion "lol"s when expanded.
    /// The last level is referenced from the root's text and, when `inAttribute`, from an attribute too.
    static func billionLaughs(root: String, inAttribute: Bool = false) -> String {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [\n  <!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            xml += "  <!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
        }
        let attribute = inAttribute ? " a=\"&lol9;\"" : ""
        return xml + "]>\n<\(root)\(attribute)>&lol9;</\(root)>\n"
    }

    /// `depth` nested `<a>` elements, wrapped in `root` when one is given.
    static func nested(depth: Int, inside root: String? = nil) -> String {
        let body = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        return root.map { "<\($0)>\(body)</\($0)>" } ?? body
    }

    /// Writes a file holding a unique secret, runs `body` with the file's URL and the secret, and
    /// removes the file: tests check that no external entity ever reads it.
    static func withSecretFile(_ body: (_ file: URL, _ secret: String) throws -> Void) throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("advocacykit-xxe-\(UUID().uuidString).txt")
        try Data(secret.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try body(file, secret)
    }
}

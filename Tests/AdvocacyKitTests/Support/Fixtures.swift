import Foundation

/// The shared test fixtures in `Tests/Fixtures`, found from this file's path so that
/// every test target reads the same reviewed files.
enum Fixtures {
    /// The folder that holds the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The bytes of a fixture file.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }
}

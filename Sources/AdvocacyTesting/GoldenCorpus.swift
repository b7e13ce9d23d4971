import Foundation
import Testing

/// A folder of press releases (`NAME.txt`, `NAME.html` or `NAME.md`), each with the dossier
/// its conversion should give beside it (`NAME.expected.json`).
///
/// ```swift
/// @Test func corpusConvertsAsExpected() throws {
///     try expectGoldenCorpus(at: URL(fileURLWithPath: "Tests/Corpus"))
/// }
/// ```
///
/// Set the environment variable `ADVOCACY_UPDATE_GOLDEN=1` to (re)write the expected files
/// from the current conversions, then review the change in git.
public struct GoldenCorpus: Sendable {
    /// The outcome for one text.
    public struct Result: Hashable, Sendable {
        /// The text's file name.
        public var name: String
        /// One line per difference: the JSON path, the expected and the actual value.
        public var differences: [String]
        /// Whether the conversion gave exactly the expected dossier.
        public var matches: Bool { differences.isEmpty }
    }

    /// The folder.
    public var directory: URL
    /// The converter used.
    public var converter: PressReleaseConverter

    /// Creates a corpus for a folder, with the bundled gazetteer unless a converter is given.
    public init(directory: URL, converter: PressReleaseConverter? = nil) throws {
        self.directory = directory
        self.converter = try converter ?? PressReleaseConverter()
    }

    /// The texts of the folder, by name.
    public func texts() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["txt", "html", "htm", "md", "markdown"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The expected-dossier file of a text.
    public func expectedURL(for text: URL) -> URL {
        text.deletingPathExtension().appendingPathExtension("expected.json")
    }

    /// Converts every text and compares the dossier with the expected one.
    public func check() throws -> [Result] {
        try texts().map { text in
            let actual = try converted(text)
            let expectedURL = expectedURL(for: text)
            guard FileManager.default.fileExists(atPath: expectedURL.path) else {
                return Result(
                    name: text.lastPathComponent,
                    differences: [
                        "\(expectedURL.lastPathComponent) is missing: run the tests once with ADVOCACY_UPDATE_GOLDEN=1 (for example `ADVOCACY_UPDATE_GOLDEN=1 swift test`) to write it from the current conversion, then review it before committing"
                    ])
            }
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL))
            let found = try JSONSerialization.jsonObject(with: actual)
            return Result(name: text.lastPathComponent, differences: JSONDifference.between(expected, found))
        }
    }

    /// Writes the current conversion of every text as its expected dossier.
    public func update() throws {
        for text in try texts() {
            try converted(text).write(to: expectedURL(for: text), options: .atomic)
        }
    }

    private func converted(_ text: URL) throws -> Data {
        let conversion = try converter.convert(data: Data(contentsOf: text), fileName: text.lastPathComponent)
        return try conversion.dossier.jsonData()
    }
}

/// Checks a golden corpus in a Swift Testing test: one issue per text whose conversion
/// differs, listing the differences. With `ADVOCACY_UPDATE_GOLDEN=1` it rewrites the
/// expected files instead.
public func expectGoldenCorpus(
    at directory: URL, converter: PressReleaseConverter? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let corpus = try GoldenCorpus(directory: directory, converter: converter)
    if ProcessInfo.processInfo.environment["ADVOCACY_UPDATE_GOLDEN"] == "1" {
        try corpus.update()
        return
    }
    let results = try corpus.check()
    if results.isEmpty {
        Issue.record(
            "\(directory.path) holds no press release (NAME.txt, .html, .htm, .md or .markdown) to check",
            sourceLocation: sourceLocation)
    }
    for result in results where !result.matches {
        Issue.record(
            "\(result.name) converts differently from its expected dossier:\n\(result.differences.map { "  \($0)" }.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }
}

/// The paths at which two JSON values differ.
enum JSONDifference {
    static func between(_ expected: Any, _ actual: Any, path: String = "", limit: Int = 50) -> [String] {
        var differences: [String] = []
        compare(expected, actual, path: path, into: &differences, limit: limit)
        return differences
    }

    private static func compare(_ expected: Any, _ actual: Any, path: String, into differences: inout [String], limit: Int) {
        guard differences.count < limit else { return }
        switch (expected, actual) {
        case (let left as [String: Any], let right as [String: Any]):
            for key in Set(left.keys).union(right.keys).sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                switch (left[key], right[key]) {
                case (let l?, let r?): compare(l, r, path: child, into: &differences, limit: limit)
                case (let l?, nil): differences.append("\(child): expected \(render(l)), missing")
                case (nil, let r?): differences.append("\(child): not expected, found \(render(r))")
                default: break
                }
            }
        case (let left as [Any], let right as [Any]):
            for index in 0..<max(left.count, right.count) {
                let child = "\(path)[\(index)]"
                if index >= left.count {
                    differences.append("\(child): not expected, found \(render(right[index]))")
                } else if index >= right.count {
                    differences.append("\(child): expected \(render(left[index])), missing")
                } else {
                    compare(left[index], right[index], path: child, into: &differences, limit: limit)
                }
            }
        default:
            if render(expected) != render(actual) {
                differences.append("\(path): expected \(render(expected)), found \(render(actual))")
            }
        }
    }

    private static func render(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        else {
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(value)"
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}

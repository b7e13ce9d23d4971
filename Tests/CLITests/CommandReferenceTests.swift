import Foundation
import Testing

/// The README's "Command reference" is every command's `--help`, so it cannot drift from the
/// tool: this test rebuilds it and compares. With `ADVOCACY_UPDATE_README=1` it rewrites the
/// section instead (then review the diff).
@Suite("Command line: the README's command reference")
struct CommandReferenceTests {
    static let readme = CLITests.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")
    static let start = "<!-- command-reference: generated from each command's --help by Tests/CLITests/CommandReferenceTests.swift -->"
    static let end = "<!-- command-reference: end -->"

    /// The help of `advocacy` with `arguments`, at the 80 columns a pipe gets.
    static func help(_ arguments: [String]) throws -> String {
        let result = try CLITests.run("advocacy", arguments + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        return String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The subcommands, in the order `advocacy --help` lists them.
    static func subcommands(in help: String) -> [String] {
        guard let range = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[range.upperBound...].split(separator: "\n").compactMap { line in
            // A subcommand's line starts with two spaces and its name; wrapped lines with more.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// The section as it must read.
    static func reference() throws -> String {
        let top = try help([])
        var parts = [start, "", "### `advocacy`", "", "```text", top, "```"]
        for command in subcommands(in: top) {
            parts += ["", "### `advocacy \(command)`", "", "```text", try help([command]), "```"]
        }
        parts += ["", end]
        return parts.joined(separator: "\n")
    }

    @Test("the README's command reference is each command's --help")
    func readmeMatchesHelp() throws {
        let expected = try Self.reference()
        #expect(Self.subcommands(in: try Self.help([])).contains("convert"))
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let section = try #require(
            text.range(of: Self.start).flatMap { start in
                text.range(of: Self.end, range: start.upperBound..<text.endIndex).map { start.lowerBound..<$0.upperBound }
            }, "README.md has no command reference between its markers")
        if ProcessInfo.processInfo.environment["ADVOCACY_UPDATE_README"] == "1" {
            try text.replacingCharacters(in: section, with: expected).write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[section]) == expected,
            "the README's command reference differs from --help; run ADVOCACY_UPDATE_README=1 swift test --filter CommandReference and review the diff")
    }

    @Test("the completion scripts the README documents are written", arguments: ["bash", "zsh", "fish"])
    func completionScript(shell: String) throws {
        let result = try CLITests.run("advocacy", ["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("convert"))
    }
}

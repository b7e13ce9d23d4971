import AdvocacyKit
import AdvocacyReport
import ArgumentParser
import Foundation

/// `advocacy report`: dossiers → one self-contained HTML page with timelines, the network of
/// actors, the demands by addressee and the diagnostics.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Draw dossiers as one self-contained HTML page: timelines, network of actors, demands.",
        discussion: """
            Reads dossier JSON, JSON Lines and Akoma Ntoso files and folders as validate does \
            (folders recursively: *.json, *.jsonl, *.xml), and writes one HTML file that needs \
            nothing else: inline CSS, the network as inline SVG, no script, no fonts, nothing \
            fetched. It shows a timeline per legislative file (proposal, opinions and votes with \
            their stage, statements; dates as precise as the texts give them), the network of \
            organisations, coalitions and their members, committees and addressees (an edge for \
            every demand, stance, membership and opinion), the demands grouped by addressee with \
            the sentence each came from, the validation diagnostics, and the documents' text. \
            The same inputs always give the same bytes. Exit status: 0 when the report is \
            written (validation problems are shown in it), 1 when it is written but an input \
            could not be read as a dossier, 2 when a path cannot be read or the output written.
            """
    )

    @Argument(help: "The files and folders to draw, or - for standard input.")
    var paths: [String] = []

    @OptionGroup var list: InputListOption

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "The page's title.")
    var title: String = "Advocacy report"

    @Option(help: "How many files and documents to read and check at once; the number of cores by default.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        try list.check(against: paths, missing: "Name at least one file or folder to draw")
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
    }

    func run() throws {
        let (dataset, problems) = try DatasetInputs.load(paths + list.paths(), jobs: jobs)
        let diagnostics = problems + DossierValidator().validate(dataset, jobs: jobs)
        let report = DossierReport(dataset: dataset, diagnostics: diagnostics, title: title)
        let html: String
        do {
            html = try ReportHTMLRenderer().render(report)
        } catch {
            Output.report("error: \(error)")
            throw CLIExit.usage.error
        }
        try Output.write(Data(html.utf8), to: output)
        let unreadable = problems.filter { $0.severity == .error }.count
        Output.report(
            "report of \(report.documents.count) document\(report.documents.count == 1 ? "" : "s"): \(report.files.filter(\.isProposal).count) legislative files, \(report.network.nodes.count) nodes, \(report.demandCount) demands, \(report.diagnostics.count) diagnostics"
        )
        if unreadable > 0 { throw CLIExit.invalid.error }
    }
}

import AdvocacyKit

/// The dossiers that `validate` and `report` read: files, folders (walked) and standard input
/// (`-`), as one dataset.
enum DatasetInputs {
    /// Loads every path into one dataset, in order, with the problems of the files that could
    /// not be read as dossiers.
    /// - Throws: ``CLIExit/usage`` (after reporting it) when a path cannot be read at all.
    static func load(_ paths: [String], jobs: Int) throws -> (dataset: Dataset, problems: [ValidationDiagnostic]) {
        var dataset = Dataset()
        var problems: [ValidationDiagnostic] = []
        for path in paths {
            let loaded: (dataset: Dataset, problems: [ValidationDiagnostic])
            if path == "-" {
                loaded = Dataset.load(try CLIFiles.read(path), source: CLIFiles.label(path))
            } else {
                do throws(DatasetLoadError) {
                    loaded = try Dataset.load(paths: [path], jobs: jobs)
                } catch {
                    Output.report("\(error.path): error: \(error.message)")
                    throw CLIExit.usage.error
                }
            }
            dataset = dataset.appending(loaded.dataset)
            problems += loaded.problems
        }
        return (dataset, problems)
    }
}

import Foundation

extension Dossier {
    /// The layout of a dossier's JSON text. Both are deterministic: keys are sorted and
    /// lists keep their order, so the same dossier always gives the same bytes.
    public enum JSONFormat: Sendable {
        /// Indented, one key per line, ending in a newline: for files kept in git.
        case pretty
        /// One line, no insignificant whitespace: for embedding and JSON Lines.
        case compact
    }

    /// Encodes the dossier as JSON, the package's public exchange format.
    ///
    /// ```swift
    /// let data = try dossier.jsonData()          // pretty, sorted keys
    /// let again = try Dossier(json: data)        // == dossier
    /// ```
    public func jsonData(format: JSONFormat = .pretty) throws -> Data {
        Data(jsonBytes(format: format))
    }

    /// The dossier's JSON text as bytes, written by ``CanonicalJSONWriter``: the same bytes
    /// as ``jsonData(format:)``, without the copy into `Data`.
    func jsonBytes(format: JSONFormat) -> [UInt8] {
        var writer = CanonicalJSONWriter(format: format, capacity: 16_384)
        writeJSON(to: &writer)
        if format == .pretty { writer.endLine() }
        return writer.finish()
    }

    /// Decodes a dossier from its JSON form.
    ///
    /// Lists that hold no entities may be left out. Errors name the JSON path of the
    /// problem and what was expected there:
    ///
    /// ```text
    /// proposals[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'May 2022'
    /// ```
    public init(json data: Data) throws(DossierDecodingError) {
        // The fast path reads what it reads exactly as JSONDecoder would; JSONDecoder reads
        // the rest, or says what is wrong with it.
        if let dossier = Dossier.fromTape(data) {
            self = dossier
            return
        }
        // A syntax error or a key given twice (which JSONDecoder would let pass, keeping the
        // last value) is reported with its line and column.
        if let problem = JSONSyntaxCheck.firstProblem(in: data) { throw DossierDecodingError(problem) }
        do {
            self = try JSONDecoder().decode(Dossier.self, from: data)
        } catch let error as DecodingError {
            throw DossierDecodingError(error)
        } catch {
            throw DossierDecodingError(path: "", message: "\(error)")
        }
    }
}

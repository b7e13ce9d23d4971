/// Something a converted press release should contain, for ``expectFindings(in:_:converter:sourceLocation:)``.
///
/// Names match without regard to case, and an organisation matches through its name,
/// acronym or any alias.
public enum ExpectedFinding: Sendable, Hashable, CustomStringConvertible {
    /// An organisation (or institution) with this name, acronym or alias.
    case organisation(String)
    /// A committee with this acronym or name.
    case committee(String)
    /// A coalition with this name or acronym.
    case coalition(String)
    /// A coalition, named or not, whose size is this number.
    case coalitionOfSize(Int)
    /// A proposal whose title or short title contains this text.
    case proposal(String)
    /// A demand addressed to someone with this name.
    case demand(addressedTo: String)
    /// A demand whose action contains this text.
    case demandContaining(String)
    /// A quote whose speaker has this name, or whose attribution names this role.
    case quote(by: String)
    /// The document's publication date, as written in ISO form ("2023-03-07").
    case published(String)

    /// Whether the dossier contains the finding.
    public func isFound(in dossier: Dossier) -> Bool {
        switch self {
        case .organisation(let name):
            dossier.organisations.contains { Self.names([$0.name, $0.abbreviation] + $0.aliases, contain: name) }
        case .committee(let name):
            dossier.committees.contains { Self.names([$0.name, $0.abbreviation] + $0.aliases, contain: name) }
        case .coalition(let name):
            dossier.coalitions.contains { Self.names([$0.name, $0.abbreviation], contain: name) }
        case .coalitionOfSize(let size):
            dossier.coalitions.contains { $0.size?.value == size }
        case .proposal(let text):
            dossier.proposals.contains { Self.contains([$0.title, $0.shortTitle], text) }
        case .demand(let addressee):
            dossier.demands.contains { Self.names($0.addressees.map(\.name), contain: addressee) }
        case .demandContaining(let text):
            dossier.demands.contains { Self.contains([$0.action], text) }
        case .quote(let speaker):
            dossier.quotes.contains { quote in
                guard let id = quote.speaker, let person = dossier[id] else { return false }
                return Self.names([person.name, person.role], contain: speaker)
            }
        case .published(let date):
            dossier.document.published?.description == date
        }
    }

    /// The finding in words.
    public var description: String {
        switch self {
        case .organisation(let name): "organisation \"\(name)\""
        case .committee(let name): "committee \"\(name)\""
        case .coalition(let name): "coalition \"\(name)\""
        case .coalitionOfSize(let size): "a coalition of \(size)"
        case .proposal(let text): "a proposal titled \"\(text)\""
        case .demand(let addressee): "a demand addressed to \"\(addressee)\""
        case .demandContaining(let text): "a demand containing \"\(text)\""
        case .quote(let speaker): "a quote by \"\(speaker)\""
        case .published(let date): "publication date \(date)"
        }
    }

    /// What a dossier holds, one line per kind, for failure messages.
    static func summary(of dossier: Dossier) -> String {
        let lines = [
            "organisations: " + dossier.organisations.map(\.name).joined(separator: ", "),
            "committees: " + dossier.committees.map(\.displayName).joined(separator: ", "),
            "coalitions: " + dossier.coalitions.map { "\($0.name)\($0.size.map { " (\($0.value))" } ?? "")" }.joined(separator: ", "),
            "proposals: " + dossier.proposals.map(\.title).joined(separator: ", "),
            "demands: " + dossier.demands.map { "\($0.action) → \($0.addressees.map(\.name).joined(separator: ", "))" }.joined(separator: "; "),
            "quotes by: " + dossier.quotes.compactMap { $0.speaker.flatMap { dossier[$0]?.displayName } }.joined(separator: ", "),
        ]
        return lines.map { "  \($0)" }.joined(separator: "\n")
    }

    private static func names(_ candidates: [String?], contain name: String) -> Bool {
        let wanted = name.lowercased()
        return candidates.contains { $0?.lowercased() == wanted }
    }

    private static func contains(_ candidates: [String?], _ text: String) -> Bool {
        let wanted = text.lowercased()
        return candidates.contains { $0?.lowercased().contains(wanted) == true }
    }
}

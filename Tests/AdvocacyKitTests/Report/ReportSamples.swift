import AdvocacyKit
import AdvocacyReport

/// Small hand-written dossiers for the report tests: two statements about one made-up
/// proposal, with a committee opinion, a vote, a coalition, demands and a stance.
enum ReportSamples {
    /// The first statement: a coalition's letter with two demands of the Commission and
    /// one of "national ministers", and a stance against a draft opinion.
    static var letter: Dossier {
        let paragraphs = [
            "Harbour Alliance urges a rethink of the Tidal Data Act",
            "Posted on 4 June 2024",
            "Our alliance of port cities wrote to the Commission today. We call on the European Commission to publish the impact study before the summer. It must also hear small ports. Nothing else will do!",
            "We reject the TRAN draft opinion on the act. National ministers should slow the file down.",
        ]
        let source = SourceText(paragraphs: paragraphs.enumerated().map { .init($0.element, role: $0.offset == 0 ? .title : .body) })
        func span(_ paragraph: Int, _ phrase: String) -> SourceSpan { source.spans(of: phrase, inParagraph: paragraph)[0] }
        return Dossier(
            document: Statement(
                id: "letter-2024", kind: .jointLetter, title: paragraphs[0], published: "2024-06-04",
                jurisdiction: "eu", issuers: [.coalition("harbour-alliance")], source: source),
            organisations: [
                Organisation(id: "port-of-ambra", name: "Port of Ambra", kind: .other),
                Organisation(id: "seagate-city", name: "Seagate City Council", kind: .government),
                Organisation(id: "ec", name: "European Commission", abbreviation: "EC", kind: .euInstitution),
            ],
            committees: [Committee(id: "tran", name: "Committee on Transport and Tourism", abbreviation: "TRAN")],
            coalitions: [
                Coalition(
                    id: "harbour-alliance", name: "Harbour Alliance", members: ["port-of-ambra", "seagate-city"],
                    bodies: [.init(id: "alliance-board", name: "Board", members: ["port-of-ambra"])])
            ],
            proposals: [Proposal(id: "tidal-act", title: "Tidal Data Act", proposer: .organisation("ec"), date: "2023-11")],
            opinions: [Opinion(id: "tran-opinion", author: .committee("tran"), kind: .opinion, stage: .draft, proposal: "tidal-act", date: "2024")],
            demands: [
                Demand(
                    id: "d1", action: "publish the impact study before the summer", actor: .coalition("harbour-alliance"),
                    addressees: [.init("European Commission", party: .organisation("ec"))], subject: .proposal("tidal-act"),
                    span: span(2, "publish the impact study before the summer")),
                Demand(
                    id: "d2", action: "hear small ports", actor: .coalition("harbour-alliance"),
                    addressees: [.init("European Commission", party: .organisation("ec"))],
                    span: span(2, "hear small ports")),
                Demand(
                    id: "d3", action: "slow the file down", actor: .coalition("harbour-alliance"),
                    addressees: [.init("national ministers")], subject: .opinion("tran-opinion"),
                    span: span(3, "slow the file down")),
            ],
            stances: [Stance(id: "s1", holder: .coalition("harbour-alliance"), subject: .opinion("tran-opinion"), position: .opposes)]
        )
    }

    /// The second statement: a city's press release about the same act after a plenary vote.
    static var release: Dossier {
        let paragraphs = ["Seagate welcomes the plenary vote on tidal data", "The city thanks members for the adopted text."]
        return Dossier(
            document: Statement(
                id: "release-2024", title: paragraphs[0], published: "2024-09", jurisdiction: "eu",
                issuers: [.organisation("seagate")],
                source: SourceText(paragraphs: paragraphs.map { .init($0) })),
            organisations: [
                Organisation(id: "seagate", name: "Seagate City Council", kind: .government),
                Organisation(id: "ep", name: "European Parliament", abbreviation: "EP", kind: .euInstitution),
            ],
            proposals: [Proposal(id: "tda", title: "Tidal Data Act")],
            opinions: [Opinion(id: "plenary", author: .organisation("ep"), kind: .vote, stage: .adopted, proposal: "tda", date: "2024-09-12")],
            stances: [Stance(id: "s1", holder: .organisation("seagate"), subject: .proposal("tda"), position: .supports)]
        )
    }

    /// The two statements as a dataset.
    static var dataset: Dataset {
        Dataset(documents: [
            DatasetDocument(source: "letter.json", dossier: letter), DatasetDocument(source: "release.json", dossier: release),
        ])
    }

    /// A dataset of `documents` letters that between them name `organisations` member
    /// organisations, each making one demand of the Commission.
    static func large(documents: Int, organisations: Int) -> Dataset {
        var result: [DatasetDocument] = []
        let perDocument = (organisations + documents - 1) / documents
        for index in 0..<documents {
            let range = (index * perDocument)..<min(organisations, (index + 1) * perDocument)
            var d = Dossier(
                document: Statement(id: .init("doc-\(index)"), title: "Letter number \(index) on the sample act", published: "2024-01", jurisdiction: "eu"))
            d.organisations = range.map { Organisation(id: .init("org-\($0)"), name: "Sample Organisation for Testing Number \($0)", kind: .ngo) }
            d.organisations.append(Organisation(id: "ec", name: "European Commission", kind: .euInstitution))
            d.coalitions = [Coalition(id: "group", name: "Sample coalition \(index % 5)", members: range.map { .init("org-\($0)") })]
            d.proposals = [Proposal(id: "act", title: "Sample Act \(index % 3)")]
            d.demands = range.map {
                Demand(id: .init("demand-\($0)"), action: "act now", actor: .organisation(.init("org-\($0)")), addressees: [.init("European Commission", party: .organisation("ec"))])
            }
            result.append(DatasetDocument(source: "doc-\(index).json", dossier: d))
        }
        return Dataset(documents: result)
    }
}

import AdvocacyKit
import Foundation
import Testing

/// Small dossiers for the validation tests.
enum ValidationSamples {
    /// A clean dossier: an EP committee's opinion on a Commission proposal, a coalition and a demand.
    static var clean: Dossier {
        Dossier(
            document: Statement(id: "doc-1", title: "Groups urge MEPs", published: "2023-03-07", jurisdiction: "eu",
                issuers: [.coalition("coal")]),
            organisations: [
                Organisation(id: "ec", name: "European Commission", abbreviation: "EC"),
                Organisation(id: "ep", name: "European Parliament"),
                Organisation(id: "ngo-a", name: "NGO A"), Organisation(id: "ngo-b", name: "NGO B"),
            ],
            committees: [Committee(id: "imco", abbreviation: "IMCO", parliament: "ep")],
            coalitions: [Coalition(id: "coal", name: "Coalition", members: ["ngo-a", "ngo-b"], size: Count(2, .atLeast))],
            proposals: [Proposal(id: "prop", title: "A regulation", proposer: .organisation("ec"), date: "2022-05")],
            opinions: [Opinion(id: "op", author: .committee("imco"), proposal: "prop", date: "2023-02")],
            demands: [Demand(id: "d1", action: "reject the opinion", actor: .coalition("coal"),
                addressees: [.init("MEPs")], subject: .opinion("op"))])
    }

    static func ids(_ diagnostics: [ValidationDiagnostic]) -> [String] { diagnostics.map(\.ruleID) }
}

@Suite("Validation rules")
struct ValidationRuleTests {
    let validator = DossierValidator()

    @Test("a clean dossier gives no diagnostics")
    func clean() {
        #expect(validator.validate(ValidationSamples.clean).isEmpty)
    }

    @Test("references-resolve reports dangling typed ids and parties with their paths")
    func references() {
        var d = ValidationSamples.clean
        d.opinions[0].proposal = "nope"
        d.demands[0].actor = .organisation("ghost")
        let found = ValidationRule.referencesResolve.check(.init(dossier: d))
        #expect(found.map(\.path) == ["opinions[0].proposal", "demands[0].actor"])
        #expect(found.allSatisfy { $0.ruleID == "references-resolve" && $0.severity == .error })
        #expect(found[0].message == "no proposal in the dossier has the id 'nope'; add it or fix the reference")
    }

    @Test("ids-unique reports an id used by two kinds")
    func ids() {
        var d = ValidationSamples.clean
        d.people.append(Person(id: "ec", name: "Someone"))
        let found = validator.validate(d, file: "a.json")
        #expect(ValidationSamples.ids(found) == ["ids-unique"])
        #expect(found[0].path == "people[0].id")
        #expect(found[0].description == "a.json: error: people[0].id: the id 'ec' is already used by organisations[0]; give one of them another id [ids-unique]")
    }

    @Test("required-fields reports empty titles and names")
    func required() {
        var d = ValidationSamples.clean
        d.document.title = " "
        d.organisations[2].name = ""
        let found = ValidationRule.requiredFieldsArePresent.check(.init(dossier: d))
        #expect(found.map(\.path) == ["document.title", "organisations[2].name"])
    }

    @Test("dates-plausible warns about a year before 1900 or long after publication")
    func plausible() {
        var d = ValidationSamples.clean
        d.proposals[0].date = "1850"
        d.opinions[0].date = "2031"
        let found = validator.withoutValidating("events-precede-document").validate(d)
        #expect(ValidationSamples.ids(found) == ["dates-plausible", "dates-plausible"])
        #expect(found.map(\.path) == ["opinions[0].date", "proposals[0].date"])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test("opinion-follows-proposal flags an opinion certainly older than its proposal, not an overlapping one")
    func opinionOrder() {
        var d = ValidationSamples.clean
        d.opinions[0].date = "2022-04-30"
        #expect(ValidationSamples.ids(validator.validate(d)) == ["opinion-follows-proposal"])
        d.opinions[0].date = "2022-05-20"
        #expect(validator.validate(d).isEmpty)
    }

    @Test("events-precede-document warns about a cited opinion dated after the document")
    func eventsPrecede() {
        var d = ValidationSamples.clean
        d.opinions[0].date = "2023-04"
        let found = validator.validate(d)
        #expect(ValidationSamples.ids(found) == ["events-precede-document"])
        #expect(found[0].severity == .warning)
    }

    @Test("coalition-size-fits-members counts bodies' members once and honours the qualifier")
    func sizeFits() {
        var d = ValidationSamples.clean
        d.coalitions[0].size = Count(1)
        d.coalitions[0].bodies = [Coalition.Body(id: "steer", name: "Steering Group", members: ["ngo-a"])]
        let found = validator.validate(d)
        #expect(ValidationSamples.ids(found) == ["coalition-size-fits-members"])
        #expect(found[0].path == "coalitions[0].members")
        d.coalitions[0].size = Count(2, .moreThan)
        #expect(validator.validate(d).isEmpty)
        d.coalitions[0].size = Count(2, .fewerThan)
        #expect(ValidationSamples.ids(validator.validate(d)) == ["coalition-size-fits-members"])
    }

    @Test("size-claims-agree warns when two claims admit no common number")
    func sizeClaims() {
        var d = ValidationSamples.clean
        d.coalitions[0].size = nil
        d.coalitions[0].sizeClaims = [.init(Count(40)), .init(Count(60, .moreThan))]
        #expect(ValidationSamples.ids(validator.validate(d)) == ["size-claims-agree"])
        d.coalitions[0].sizeClaims = [.init(Count(40)), .init(Count(39), excluding: ["ngo-a"])]
        #expect(validator.validate(d).isEmpty)
    }

    @Test("committee-acronym-known warns about an EP committee the gazetteer does not know")
    func committees() {
        var d = ValidationSamples.clean
        d.committees[0].abbreviation = "IMKO"
        let found = validator.validate(d)
        #expect(ValidationSamples.ids(found) == ["committee-acronym-known"])
        #expect(found[0].path == "committees[0].abbreviation")
        d.organisations[1] = Organisation(id: "ep", name: "Bundestag")
        #expect(validator.validate(d).isEmpty, "other parliaments' committees are not checked")
    }

    @Test("demands need an addressee (warning) and an action (error)")
    func demands() {
        var d = ValidationSamples.clean
        d.demands[0].addressees = []
        d.demands[0].action = ""
        let found = validator.validate(d)
        #expect(found.map { "\($0.ruleID):\($0.severity)" } == ["demand-has-action:error", "demand-has-addressee:warning"])
        #expect(ValidationRule.demandsHaveAddresseeAndAction.check(.init(dossier: d)).count == 2)
    }

    @Test("spans-in-text reports a span outside its paragraph")
    func spans() {
        var d = ValidationSamples.clean
        d.document.source = SourceText(parsing: "Groups urge MEPs\n\nNGO A and NGO B urge MEPs to reject the opinion.")
        d.organisations[2].mentions = [SourceSpan(paragraph: 1, start: 0, end: 5)]
        d.organisations[3].mentions = [SourceSpan(paragraph: 1, start: 40, end: 90)]
        let found = validator.validate(d)
        #expect(ValidationSamples.ids(found) == ["spans-in-text"])
        #expect(found[0].path == "organisations[3].mentions[0]")
    }

    @Test("exports-valid-akn accepts the seed dossier")
    func exports() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/seed.dossier.json")
        let dossier = try Dossier(json: Data(contentsOf: url))
        #expect(ValidationRule.exportsValidAkomaNtoso.check(.init(dossier: dossier)).isEmpty)
        #expect(ValidationSamples.ids(DossierValidator().validate(dossier)) == ["size-claims-agree"])
    }

    @Test("users add a rule, drop one by id and change a severity")
    func customise() {
        let short = ValidationRule(id: "title-is-short", severity: .warning, summary: "Titles are short.") { context in
            context.dossier.document.title.count <= 5 ? [] : [
                ValidationDiagnostic(ruleID: "title-is-short", severity: .warning, message: "shorten the title", path: "document.title")
            ]
        }
        var d = ValidationSamples.clean
        d.demands[0].addressees = []
        let base = DossierValidator()
        #expect(ValidationSamples.ids(base.validating(short).validate(d, file: "x.json")) == ["demand-has-addressee", "title-is-short"])
        let custom = base.validating(short).withoutValidating("demand-has-addressee")
        let found = custom.validate(d, file: "x.json")
        #expect(ValidationSamples.ids(found) == ["title-is-short"])
        #expect(found[0].file == "x.json")
        #expect(!custom.rules.contains { $0.id == "demand-has-addressee" })
        let strict = DossierValidator(rules: [ValidationRule.demandsHaveAnAddressee.reported(as: .error)])
        #expect(strict.validate(d).map(\.severity) == [.error])
    }

    @Test("diagnostics print in compiler style")
    func descriptions() {
        let withLine = ValidationDiagnostic(ruleID: "akn-schema-valid", severity: .error, message: "bad", file: "a.xml", line: 3, column: 7)
        #expect(withLine.description == "a.xml:3:7: error: bad [akn-schema-valid]")
        let withPath = ValidationDiagnostic(ruleID: "r", severity: .warning, message: "m", file: "a.json", path: "x[0]")
        #expect(withPath.description == "a.json: warning: x[0]: m [r]")
        #expect(ValidationDiagnostic.Severity.warning < .error)
    }

    @Test("every default rule has a unique kebab-case id and a one-sentence summary")
    func defaults() {
        let ids = ValidationRule.defaults.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(ValidationRule.defaults.allSatisfy { $0.summary.hasSuffix(".") })
    }
}

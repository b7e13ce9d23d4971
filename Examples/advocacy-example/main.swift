// Builds the dossier of the seed press release (ECPAT, 7 March 2023) in code, as a careful
// reader would, and prints it as Akoma Ntoso XML (`swift run advocacy-example`), or as
// dossier JSON with --json.
import AdvocacyKit
import Foundation

let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../seeds/ecpat-2023-03-07-imco-draft-opinion-csa-regulation.txt").standardized
guard let text = try? String(contentsOf: seed, encoding: .utf8) else {
    FileHandle.standardError.write(Data("advocacy-example: cannot read \(seed.path)\n".utf8))
    exit(2)
}

// The text's paragraphs: 0 headline, 1 date line, 2–6 body, 7 "About ECLAG", 8 its text.
let source: SourceText = {
    var source = SourceText(parsing: text)
    source.paragraphs[1].role = .dateLine
    source.paragraphs[7].role = .heading
    return source
}()

// Spans: every place a phrase occurs (optionally in one paragraph), or the first place.
@MainActor func find(_ phrase: String, in paragraph: Int? = nil) -> [SourceSpan] { source.spans(of: phrase, inParagraph: paragraph) }
@MainActor func first(_ phrase: String, in paragraph: Int) -> SourceSpan? { find(phrase, in: paragraph).first }
let signatories: Party = .coalition("letter-signatories")
let steeringGroup: Party = .coalitionBody("eclag-steering-group")
let proposal: Proposal.ID = "csa-regulation"
let draftOpinion: Opinion.ID = "imco-draft-opinion"

@MainActor func ngo(_ id: Organisation.ID, _ name: String) -> Organisation {
    Organisation(id: id, name: name, kind: .ngo, jurisdiction: "int", mentions: find(name))
}
/// A demand whose action is the quoted phrase itself, addressed to `addressee` in the same paragraph.
@MainActor func demand(
    _ id: Demand.ID, _ action: String, in paragraph: Int, by actor: Party, to addressee: String,
    about subject: Subject? = nil, quote: Quote.ID? = nil
) -> Demand {
    Demand(
        id: id, action: action, actor: actor,
        addressees: [.init(addressee, mentions: find(addressee, in: paragraph))],
        subject: subject, quote: quote, span: first(action, in: paragraph))
}

let quoteOpening = "“The scale of sexual violence against children online requires us to act at scale. If the IMCO draft opinion were reality, the consequences for children’s safety online would be catastrophic. This goes against everything we have been fighting for for decades and we simply cannot allow for this happen”"

let dossier = Dossier(
    document: Statement(
        id: "a6688db363f34d57", kind: .pressRelease, title: source.paragraphs[0].text,
        published: "2023-03-07", publishedMentions: find("Mar 7, 2023"), language: "en",
        jurisdiction: "eu", issuers: [.organisation("ecpat")],
        dateline: Place("Bangkok", country: "th", mentions: find("BANGKOK")), source: source),
    organisations: [
        ngo("ecpat", "ECPAT"), ngo("brave-movement", "Brave Movement"),
        ngo("missing-children-europe", "Missing Children Europe"), ngo("iwf", "IWF"),
        ngo("terre-des-hommes", "Terre des Hommes"), ngo("thorn", "Thorn"),
        Organisation(
            id: "ec", name: "European Commission", abbreviation: "EC", kind: .euInstitution,
            jurisdiction: "eu", mentions: find("European Commission") + find("EC")),
        Organisation(id: "ep", name: "European Parliament", kind: .euInstitution, jurisdiction: "eu", mentions: find("European Parliament")),
        Organisation(id: "eu-centre", name: "EU Centre", kind: .euBody, jurisdiction: "eu", isProposed: true, mentions: find("EU Centre")),
    ],
    committees: [
        Committee(
            id: "imco", name: "Committee on the Internal Market and Consumer Protection",
            abbreviation: "IMCO", parliament: "ep",
            mentions: find("Committee on the Internal Market and Consumer Protection") + find("IMCO")),
        Committee(id: "libe", abbreviation: "LIBE", aliases: ["LIBE Committee"], parliament: "ep", mentions: find("LIBE Committee")),
    ],
    coalitions: [
        Coalition(
            id: "eclag", name: "European Child Sexual Abuse Legislation Advocacy Group",
            abbreviation: "ECLAG", summary: "informal coalition of NGOs and IGOs", size: Count(60, .moreThan),
            sizeClaims: [.init(Count(60, .moreThan), span: first("more than 60", in: 8))],
            bodies: [
                .init(
                    id: "eclag-steering-group", name: "Steering Group",
                    members: ["brave-movement", "ecpat", "missing-children-europe", "iwf", "terre-des-hommes", "thorn"],
                    mentions: find("Steering Group of the European Child Sexual Abuse Legislation Advocacy Group (ECLAG)")
                        + find("steering group")),
            ],
            mentions: find("European Child Sexual Abuse Legislation Advocacy Group") + find("ECLAG")),
        Coalition(
            id: "letter-signatories", name: "Signatories of the joint letter of 7 March 2023",
            kind: .signatories,
            summary: "coalition of civil society organisations that work to protect children",
            members: ["ecpat"], size: Count(40),
            sizeClaims: [
                .init(Count(41), excluding: ["ecpat"], span: first("41", in: 0)),
                .init(Count(40), span: first("40", in: 2)),
            ],
            mentions: find("41 child’s rights organisations") + find("40 non-governmental organisations")
                + find("coalition of civil society organisations that work to protect children")),
    ],
    proposals: [
        Proposal(
            id: proposal, title: "Regulation to prevent and combat child sexual abuse",
            shortTitle: "Child Sexual Abuse Regulation", proposer: .organisation("ec"), date: "2022-05",
            dateMentions: find("May 2022"),
            identifiers: [
                DocumentIdentifier(.com, "COM(2022) 209 final", origin: .external),
                DocumentIdentifier(.procedure, "2022/0155(COD)", origin: .external),
            ],
            leadCommittee: "libe", status: "under discussion in the European Parliament", jurisdiction: "eu",
            mentions: find("EC Child Sexual Abuse Regulation Proposal")
                + find("the proposed Regulation to prevent and combat child sexual abuse")
                + find("a proposal") + find("The proposal") + find("its proposal")
                + find("Child Sexual Abuse Regulation", in: 8)),
    ],
    opinions: [
        Opinion(
            id: draftOpinion, author: .committee("imco"), kind: .opinion, stage: .draft, proposal: proposal,
            summary: "seeking to exclude the detection new Child Sexual Abuse Material (CSAM) and grooming from the scope of the legislation",
            mentions: find("IMCO’s draft opinion") + find("IMCO draft opinion")
                + find("the European Parliament’s Committee on the Internal Market and Consumer Protection (IMCO)’s draft Opinion")),
    ],
    demands: [
        demand("d1", "ensure the proposed Regulation to prevent and combat child sexual abuse covers all threats to children online", in: 2, by: signatories, to: "EU decision-makers", about: .proposal(proposal)),
        demand("d2", "live up to their responsibility to effectively protect children from sexual abuse", in: 2, by: signatories, to: "policymakers"),
        demand("d3", "take a critical look at the European Parliament’s Committee on the Internal Market and Consumer Protection (IMCO)’s draft Opinion", in: 2, by: signatories, to: "policymakers", about: .opinion(draftOpinion)),
        demand("d4", "ensure the new EU Regulation covers detection of known CSAM, unknown CSAM and grooming", in: 6, by: steeringGroup, to: "EU decision-makers", about: .proposal(proposal), quote: "q1"),
        demand("d5", "introduce stronger prevention mechanisms", in: 6, by: steeringGroup, to: "Policymakers", quote: "q1"),
        demand("d6", "effective age verification", in: 6, by: steeringGroup, to: "Policymakers", quote: "q1"),
        demand("d7", "assessment requirements", in: 6, by: steeringGroup, to: "Policymakers", quote: "q1"),
        demand("d8", "the possibility for pro-active detection measures by online platforms", in: 6, by: steeringGroup, to: "Policymakers", quote: "q1"),
    ],
    people: [
        Person(id: "eclag-spokesperson", role: "spokesperson", affiliation: steeringGroup, mentions: find("a spokesperson")),
    ],
    quotes: [
        Quote(
            id: "q1", speaker: "eclag-spokesperson", onBehalfOf: steeringGroup,
            segments: [
                .init(quoteOpening, span: first(quoteOpening, in: 4)),
                .init(source.paragraphs[6].text, span: first(source.paragraphs[6].text, in: 6)),
            ]),
    ],
    stances: [
        Stance(id: "s1", holder: .organisation("ecpat"), subject: .opinion(draftOpinion), position: .opposes, evidence: first("denounces", in: 0)),
        Stance(id: "s2", holder: steeringGroup, subject: .proposal(proposal), position: .supports, evidence: first("is the right one", in: 6)),
    ])

do {
    let output = CommandLine.arguments.contains("--json")
        ? try dossier.jsonData() : try AKNExporter().export(dossier).xml
    FileHandle.standardOutput.write(output)
} catch {
    FileHandle.standardError.write(Data("advocacy-example: \(error)\n".utf8))
    exit(1)
}

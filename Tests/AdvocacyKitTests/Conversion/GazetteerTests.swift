import Foundation
import Testing

@testable import AdvocacyKit

/// The bundled gazetteer's data, user gazetteer files, lookups, and the phrase matcher.
@Suite("Gazetteer")
struct GazetteerTests {
    /// The 10th-term (2024–2029) standing committees and subcommittees of the European Parliament.
    static let standingCommittees = [
        "AFET", "DROI", "SEDE", "DEVE", "INTA", "BUDG", "CONT", "ECON", "FISC", "EMPL", "ENVI", "SANT",
        "ITRE", "IMCO", "TRAN", "REGI", "AGRI", "PECH", "CULT", "JURI", "LIBE", "AFCO", "FEMM", "PETI",
    ]

    /// The ten configurations of the Council of the EU.
    static let councilConfigurations = [
        "GAC", "FAC", "ECOFIN", "JHA", "EPSCO", "COMPET", "TTE", "AGRIFISH", "ENVI", "EYCS",
    ]

    /// The forms the converter needs to tag as addressees.
    static let roleForms = [
        "MEPs", "Members of the European Parliament", "EU decision-makers", "decision-makers", "policymakers",
        "policy-makers", "lawmakers", "legislators", "co-legislators", "Member States", "EU Member States",
        "national governments", "national authorities", "the rapporteur", "shadow rapporteurs", "Commissioner",
        "the Minister", "Ministers", "Senators", "Members of Parliament", "MPs", "Government", "the Government",
    ]

    static func bundled() throws -> Gazetteer { try Gazetteer.bundled() }

    // MARK: - The bundled data

    @Test("every bundled gazetteer file passes the checks user files get (they are skipped at start-up)")
    func bundledFilesPassTheChecks() throws {
        for name in Gazetteer.bundledFiles {
            let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Gazetteer"))
            _ = try Gazetteer(contentsOf: url)
        }
    }

    @Test func bundledGazetteerLoadsOnceAndRoundTrips() throws {
        let gazetteer = try Self.bundled()
        #expect(gazetteer.entries.count > 90)
        #expect(gazetteer.roles.count >= 20)
        #expect(try Gazetteer.bundled() == gazetteer)
        let json = try JSONEncoder().encode(gazetteer)
        #expect(try JSONDecoder().decode(Gazetteer.self, from: json) == gazetteer)
    }

    @Test(arguments: standingCommittees)
    func everyStandingCommitteeBelongsToTheParliament(acronym: String) throws {
        let entry = try #require(Self.bundled().entry(id: "eu.parliament." + acronym.lowercased()))
        #expect(entry.abbreviation == acronym)
        #expect(entry.type == .committee)
        #expect(entry.parent == "eu.parliament")
        #expect(entry.name.hasPrefix("Committee on ") || entry.name.hasPrefix("Subcommittee on "))
        #expect(entry.aliases.contains(acronym + " Committee") || entry.aliases.contains(acronym + " Subcommittee"))
    }

    @Test func committeesHaveTheirOfficialNames() throws {
        let gazetteer = try Self.bundled()
        let names = [
            "IMCO": "Committee on the Internal Market and Consumer Protection",
            "LIBE": "Committee on Civil Liberties, Justice and Home Affairs",
            "ENVI": "Committee on the Environment, Climate and Food Safety",
            "SANT": "Committee on Public Health",
            "FEMM": "Committee on Women's Rights and Gender Equality",
            "FISC": "Subcommittee on Tax Matters",
        ]
        for (acronym, name) in names {
            #expect(gazetteer.entry(id: "eu.parliament." + acronym.lowercased())?.name == name)
        }
        // The 9th-term name of ENVI is still recognised.
        let former = gazetteer.entries(named: "Committee on the Environment, Public Health and Food Safety")
        #expect(former.map(\.id) == ["eu.parliament.envi"])
    }

    @Test(arguments: councilConfigurations)
    func everyCouncilConfigurationBelongsToTheCouncil(acronym: String) throws {
        let entry = try #require(Self.bundled().entry(id: "eu.council." + acronym.lowercased()))
        #expect(entry.abbreviation == acronym)
        #expect(entry.type == .councilConfiguration)
        #expect(entry.parent == "eu.council")
    }

    @Test func politicalGroupsOfTheTenthTerm() throws {
        let gazetteer = try Self.bundled()
        for form in ["EPP", "S&D", "PfE", "ECR", "Renew Europe", "Greens/EFA", "GUE/NGL", "The Left", "ESN"] {
            let found = gazetteer.entries(named: form)
            #expect(found.count == 1, "\(form)")
            #expect(found.first?.type == .politicalGroup, "\(form)")
            #expect(found.first?.parent == "eu.parliament", "\(form)")
        }
    }

    @Test func institutionsAndBodies() throws {
        let gazetteer = try Self.bundled()
        let expected: [String: (id: String, kind: Organisation.Kind)] = [
            "EP": ("eu.parliament", .euInstitution), "EC": ("eu.commission", .euInstitution),
            "Council of the EU": ("eu.council", .euInstitution),
            "European Council": ("eu.european-council", .euInstitution),
            "CJEU": ("eu.cjeu", .euInstitution), "ECB": ("eu.ecb", .euInstitution),
            "European Court of Auditors": ("eu.court-of-auditors", .euInstitution),
            "EESC": ("eu.eesc", .euBody), "CoR": ("eu.cor", .euBody), "EDPS": ("eu.edps", .euBody),
            "EDPB": ("eu.edpb", .euBody), "European Ombudsman": ("eu.ombudsman", .euBody),
            "ENISA": ("eu.enisa", .euBody), "Europol": ("eu.europol", .euBody), "Eurojust": ("eu.eurojust", .euBody),
            "FRA": ("eu.fra", .euBody), "EUIPO": ("eu.euipo", .euBody), "EPO": ("int.epo", .igo),
            "EU": ("eu.union", .igo), "Council Presidency": ("eu.council.presidency", .euInstitution),
        ]
        for (form, want) in expected {
            let found = gazetteer.entries(named: form)
            #expect(found.map(\.id) == [want.id], "\(form)")
            #expect(found.first?.kind == want.kind, "\(form)")
        }
        #expect(gazetteer.entry(id: "int.epo")?.jurisdiction == "int")
        #expect(gazetteer.entry(id: "eu.council.coreper")?.parent == "eu.council")
    }

    @Test func idsAreUniqueSlugsAndParentsExist() throws {
        let gazetteer = try Self.bundled()
        let ids = gazetteer.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(gazetteer.roles.map(\.id)).count == gazetteer.roles.count)
        let slug = /[a-z0-9]+([.-][a-z0-9]+)*/
        for id in ids + gazetteer.roles.map(\.id) {
            #expect(id.wholeMatch(of: slug) != nil, "\(id)")
        }
        for entry in gazetteer.entries {
            if let parent = entry.parent {
                #expect(gazetteer.entry(id: parent) != nil, "\(entry.id) → \(parent)")
            }
            // Committees and Council configurations belong to a body; so do the EP's political groups
            // (national parties stand alone).
            if entry.type == .committee || entry.type == .councilConfiguration || (entry.type == .politicalGroup && entry.jurisdiction == "eu") {
                #expect(entry.parent != nil, "\(entry.id)")
            }
        }
    }

    @Test func everyFormIsNonEmptyAndTrimmed() throws {
        let gazetteer = try Self.bundled()
        let forms = gazetteer.entries.flatMap(\.forms) + gazetteer.roles.flatMap(\.forms)
        for form in forms {
            #expect(!form.isEmpty)
            #expect(form.trimmingCharacters(in: .whitespacesAndNewlines) == form, "\(form)")
            #expect(!form.contains("  "), "\(form)")
        }
    }

    /// Within one jurisdiction a form names one entry; forms shared by jurisdictions ("Senate")
    /// are resolved by the jurisdiction of the text (tested with the jurisdiction stage).
    @Test func everyFormNamesOneEntryOfItsJurisdictionExceptTheDocumentedENVIClash() throws {
        let gazetteer = try Self.bundled()
        for entry in gazetteer.entries {
            for form in entry.forms {
                let ids = gazetteer.entries(named: form).filter { $0.jurisdiction == entry.jurisdiction }.map(\.id)
                if form == "ENVI" {
                    #expect(Set(ids) == ["eu.parliament.envi", "eu.council.envi"])
                } else {
                    #expect(ids == [entry.id], "\(form)")
                }
            }
        }
    }

    @Test func rolesCoverTheAddresseeForms() throws {
        let gazetteer = try Self.bundled()
        let forms = Set(gazetteer.roles.flatMap(\.forms))
        for form in Self.roleForms {
            #expect(forms.contains(form), "\(form)")
        }
        #expect(gazetteer.role(id: "mep")?.name == "MEPs")
    }

    // MARK: - Lookup

    @Test func lookupByForm() throws {
        let gazetteer = try Self.bundled()
        #expect(gazetteer.entries(named: "the Commission").map(\.id) == ["eu.commission"])
        #expect(gazetteer.entries(named: "The  commission").map(\.id) == ["eu.commission"])
        #expect(gazetteer.entries(named: "IMCO").map(\.id) == ["eu.parliament.imco"])
        #expect(gazetteer.entries(named: "the IMCO Committee").map(\.id) == ["eu.parliament.imco"])
        #expect(gazetteer.entries(named: "imco").isEmpty)  // acronyms are case-sensitive
        #expect(gazetteer.entries(named: "ec").isEmpty)
        #expect(gazetteer.entries(named: "Committee on Women’s Rights and Gender Equality").map(\.id) == ["eu.parliament.femm"])
        #expect(gazetteer.entries(named: "Greens–EFA").isEmpty)
        #expect(gazetteer.entries(named: "").isEmpty)
        #expect(gazetteer.entries(named: "the").isEmpty)
        #expect(gazetteer.entry(id: "eu.parliament.libe")?.abbreviation == "LIBE")
        #expect(gazetteer.entry(id: "nowhere") == nil)
    }

    // MARK: - User files

    static let userFile = #"""
        {
          "version": 1,
          "entries": [
            {"id": "ie.oireachtas", "name": "Houses of the Oireachtas", "kind": "parliament",
             "jurisdiction": "ie", "aliases": ["Oireachtas", "Irish Parliament"]},
            {"id": "ie.oireachtas.justice", "name": "Joint Committee on Justice", "type": "committee",
             "parent": "ie.oireachtas"},
            {"id": "org.hearth-watch", "name": "Hearth Watch Europe", "kind": "ngo", "abbreviation": "HWE"},
            {"id": "eu.ombudsman", "name": "European Ombudsman", "kind": "euBody", "aliases": ["Ombudsman"]}
          ]
        }
        """#

    /// Writes `text` to a new temporary file and returns its URL.
    static func temporaryFile(_ text: String, name: String = "gazetteer.json") throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("GazetteerTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func userFileLoadsWithDefaults() throws {
        let url = try Self.temporaryFile(Self.userFile)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let user = try Gazetteer(contentsOf: url)
        #expect(user.entries.count == 4)
        #expect(user.roles.isEmpty)
        let parliament = try #require(user.entry(id: "ie.oireachtas"))
        #expect(parliament.type == .organisation)
        #expect(parliament.kind == .parliament)
        let committee = try #require(user.entry(id: "ie.oireachtas.justice"))
        #expect(committee.type == .committee)
        #expect(committee.aliases.isEmpty)
        #expect(committee.kind == nil)
        #expect(user.entry(id: "org.hearth-watch")?.kind == .ngo)
    }

    @Test func mergingOverridesIdsAndAppendsTheRest() throws {
        let url = try Self.temporaryFile(Self.userFile)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let bundled = try Self.bundled()
        let user = try Gazetteer(contentsOf: url).merging(Gazetteer(roles: [.init(id: "td", name: "TDs", aliases: ["TD"])]))
        let merged = bundled.merging(user)
        #expect(merged.entries.count == bundled.entries.count + 3)
        #expect(merged.entries.firstIndex { $0.id == "eu.ombudsman" } == bundled.entries.firstIndex { $0.id == "eu.ombudsman" })
        #expect(merged.entry(id: "eu.ombudsman")?.aliases == ["Ombudsman"])
        #expect(merged.entries.suffix(3).map(\.id) == ["ie.oireachtas", "ie.oireachtas.justice", "org.hearth-watch"])
        #expect(merged.roles.count == bundled.roles.count + 1)
        #expect(merged.roles.last?.id == "td")
        #expect(merged.entries(named: "Irish Parliament").map(\.id) == ["ie.oireachtas"])

        // The merged gazetteer's matcher finds the user's names, and prefers them over
        // the bundled "Parliament" because they are longer.
        let matcher = GazetteerMatcher(merged)
        let found = Self.found(
            "Hearth Watch Europe (HWE) wrote to the Irish Parliament's Joint Committee on Justice and to TDs.", matcher)
        #expect(
            found == [
                Pair("Hearth Watch Europe", "org.hearth-watch"), Pair("HWE", "org.hearth-watch"),
                Pair("Irish Parliament", "ie.oireachtas"), Pair("Joint Committee on Justice", "ie.oireachtas.justice"),
                Pair("TDs", "role:td"),
            ])
    }

    /// Broken user files, the JSON path the error names and a part of its message.
    static let badFiles: [(json: String, path: String, message: String)] = [
        (#"{"entries": [{"id": "a", "name": "A", "aliases": [""]}]}"#, "entries[0].aliases[0]", "must not be empty"),
        (#"{"entries": [{"id": "a", "name": "A"}, {"id": "b"}]}"#, "entries[1].name", "'name' is missing"),
        (#"{"entries": [{"id": "a", "name": "A", "alias": ["x"]}]}"#, "entries[0].alias", "unknown key 'alias'"),
        (#"{"entries": [{"id": "a", "name": "A", "type": "party"}]}"#, "entries[0].type", "'party'"),
        (#"{"entries": [{"id": "a b", "name": "A"}]}"#, "entries[0].id", "not a valid id"),
        (#"{"entries": [{"id": "café", "name": "A"}]}"#, "entries[0].id", "not a valid id"),
        (#"{"entries": [{"id": "a@b", "name": "A"}]}"#, "entries[0].id", "not a valid id"),
        (#"{"entries": [{"id": "a[b", "name": "A"}]}"#, "entries[0].id", "not a valid id"),
        (#"{"entries": [{"id": "a/b", "name": "A"}]}"#, "entries[0].id", "not a valid id"),
        (#"{"entries": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}"#, "entries[1].id", "already used"),
        (#"{"entries": [{"id": "a", "name": " "}]}"#, "entries[0].name", "must not be empty"),
        (#"{"entries": [{"id": "a", "name": "A", "parent": "a"}]}"#, "entries[0].parent", "own parent"),
        (#"{"roles": [{"id": "r", "name": "R", "aliases": ["x", " "]}]}"#, "roles[0].aliases[1]", "must not be empty"),
        (#"{"version": 2, "entries": []}"#, "version", "not supported"),
        (#"{"entries": [{"id": "a", "name": "A", "kind": "spaceAgency"}]}"#, "entries[0].kind", "is not a kind of organisation"),
        (#"{"entries": [{"id": "a", "name": "A", "jurisdiction": "../etc"}]}"#, "entries[0].jurisdiction", "not a jurisdiction code"),
        (#"{"entries": [{"id": "b", "name": "B"}, {"id": "a", "name": "A", "jurisdiction": "DE"}]}"#, "entries[1].jurisdiction", "lower-case"),
        (
            #"{"entries": [{"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "c"}, {"id": "c", "name": "C", "parent": "a"}]}"#,
            "entries[0].parent", "come back to it"
        ),
        (#"{"entries": [{"id": "a", "name": "A"},]"#, "", "not valid JSON"),
    ]

    @Test(arguments: badFiles.indices)
    func badUserFileNamesTheFileAndThePath(case index: Int) throws {
        let bad = Self.badFiles[index]
        let url = try Self.temporaryFile(bad.json, name: "bad-\(index).json")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = try #require(throws: GazetteerError.self) { try Gazetteer(contentsOf: url) }
        #expect(error.file == url.path)
        #expect(error.path == bad.path)
        #expect(error.message.contains(bad.message), "\(error.message)")
        #expect(error.description.hasPrefix(url.path + ": "))
    }

    @Test func missingUserFileNamesThePath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-gazetteer-\(UUID()).json")
        let error = try #require(throws: GazetteerError.self) { try Gazetteer(contentsOf: url) }
        #expect(error.file == url.path)
        #expect(error.message.hasPrefix("could not read the file"))
    }

    // MARK: - The matcher

    /// The matched text and the target's id (`role:` before a role's), in order.
    static func found(_ text: String, _ matcher: GazetteerMatcher) -> [Pair] {
        let scalars = Array(text.unicodeScalars)
        return matcher.matches(in: scalars).map { match in
            let matched = String(String.UnicodeScalarView(scalars[match.start..<match.end]))
            switch match.target {
            case .entry(let index): return Pair(matched, matcher.gazetteer.entries[index].id)
            case .role(let index): return Pair(matched, "role:" + matcher.gazetteer.roles[index].id)
            }
        }
    }

    /// The matcher of the bundled EU file alone (these tests are about EU forms).
    static let euMatcher: GazetteerMatcher? = {
        guard var gazetteer = try? Gazetteer.bundled() else { return nil }
        gazetteer.entries.removeAll { !["eu", "int"].contains($0.jurisdiction) }
        gazetteer.roles.removeAll { $0.id.contains("-") && ["us", "gb", "ca", "au", "in"].contains(String($0.id.prefix(2))) }
        return GazetteerMatcher(gazetteer)
    }()

    static func found(_ text: String) throws -> [Pair] {
        found(text, try #require(euMatcher))
    }

    @Test func parliamentCommitteeByFullNameAndAcronym() throws {
        let text = "We wrote to the European Parliament’s Committee on the Internal Market and Consumer Protection (IMCO)."
        #expect(
            try Self.found(text) == [
                Pair("European Parliament", "eu.parliament"),
                Pair("Committee on the Internal Market and Consumer Protection", "eu.parliament.imco"),
                Pair("IMCO", "eu.parliament.imco"),
            ])
    }

    @Test func committeeWithArticleAndLowercaseNoun() throws {
        #expect(
            try Self.found("The LIBE Committee voted; the LIBE committee chair spoke; LIBE decides.") == [
                Pair("LIBE Committee", "eu.parliament.libe"), Pair("LIBE committee", "eu.parliament.libe"),
                Pair("LIBE", "eu.parliament.libe"),
            ])
        #expect(try Self.found("Members of the Civil Liberties Committee") == [Pair("Civil Liberties Committee", "eu.parliament.libe")])
    }

    @Test func theCommissionIsNotACommonNoun() throws {
        #expect(try Self.found("The Commission cut commission fees.") == [Pair("Commission", "eu.commission")])
        #expect(try Self.found("THE COMMISSION RESPONDS") == [Pair("COMMISSION", "eu.commission")])
        #expect(try Self.found("a commission, the commission") == [])
    }

    @Test func acronymsAreWholeWordsAndCaseSensitive() throws {
        #expect(try Self.found("ECPAT and the EC agree.") == [Pair("EC", "eu.commission")])
        #expect(try Self.found("The ec agrees; ECs; SECURE; LIBERAL; imco") == [])
        #expect(try Self.found("EU-wide rules") == [Pair("EU", "eu.union")])
    }

    @Test func rolesForDecisionMakers() throws {
        #expect(
            try Self.found("We call on EU decision-makers, and all decision makers, to act.") == [
                Pair("EU decision-makers", "role:eu-decision-makers"), Pair("decision makers", "role:decision-makers"),
            ])
        #expect(try Self.found("EU decision‐makers") == [Pair("EU decision‐makers", "role:eu-decision-makers")])
        #expect(try Self.found("Policymakers and policy-makers") == [
            Pair("Policymakers", "role:policymakers"), Pair("policy-makers", "role:policymakers"),
        ])
        #expect(
            try Self.found("MEPs and Members of the European Parliament, but not meps") == [
                Pair("MEPs", "role:mep"), Pair("Members of the European Parliament", "role:mep"),
            ])
    }

    @Test func theThreeCouncils() throws {
        #expect(
            try Self.found("The Council of the EU, the European Council and the Council of Europe differ from the Council.") == [
                Pair("Council of the EU", "eu.council"), Pair("European Council", "eu.european-council"),
                Pair("Council of Europe", "int.coe"), Pair("Council", "eu.council"),
            ])
        #expect(try Self.found("the city council") == [])
    }

    @Test func ENVIIsResolvedByTheFollowingWord() throws {
        #expect(
            try Self.found("ENVI Committee, ENVI Council, ENVI committees, the ENVI council, and ENVI.") == [
                Pair("ENVI Committee", "eu.parliament.envi"), Pair("ENVI Council", "eu.council.envi"),
                Pair("ENVI", "eu.parliament.envi"), Pair("ENVI council", "eu.council.envi"),
                Pair("ENVI", "eu.parliament.envi"),
            ])
        // The rule itself, with a gazetteer whose forms do not already include the noun.
        let gazetteer = Gazetteer(entries: [
            .init(id: "council.x", name: "Example Council", type: .councilConfiguration, abbreviation: "XC"),
            .init(id: "ep.x", name: "Example Committee", type: .committee, abbreviation: "XC"),
            .init(id: "group.x", name: "Example Group", type: .politicalGroup, abbreviation: "XC"),
        ])
        let matcher = GazetteerMatcher(gazetteer)
        #expect(Self.found("XC committee", matcher) == [Pair("XC", "ep.x")])
        #expect(Self.found("XC Council", matcher) == [Pair("XC", "council.x")])
        #expect(Self.found("XC group", matcher) == [Pair("XC", "group.x")])
        #expect(Self.found("XC said", matcher) == [Pair("XC", "ep.x")])
    }

    @Test func laterEntriesWinTies() {
        let gazetteer = Gazetteer(entries: [
            .init(id: "first", name: "First", aliases: ["Assembly"]),
            .init(id: "second", name: "Second", aliases: ["Assembly"]),
        ])
        #expect(Self.found("the Assembly", GazetteerMatcher(gazetteer)) == [Pair("Assembly", "second")])
    }

    @Test func possessives() throws {
        #expect(
            try Self.found("IMCO’s opinion, IMCO's vote, MEPs’ letters, S&D's amendments and the Commission’s proposal") == [
                Pair("IMCO", "eu.parliament.imco"), Pair("IMCO", "eu.parliament.imco"), Pair("MEPs", "role:mep"),
                Pair("S&D", "eu.parliament.sd"), Pair("Commission", "eu.commission"),
            ])
        #expect(
            try Self.found("the Committee on Women’s Rights and Gender Equality") == [
                Pair("Committee on Women’s Rights and Gender Equality", "eu.parliament.femm")
            ])
    }

    @Test func lineBreaksInsideAName() throws {
        #expect(
            try Self.found("the Committee on Civil Liberties,\nJustice and Home\r\n  Affairs of the European\nParliament") == [
                Pair("Committee on Civil Liberties,\nJustice and Home\r\n  Affairs", "eu.parliament.libe"),
                Pair("European\nParliament", "eu.parliament"),
            ])
    }

    @Test func theArticleIsContext() throws {
        #expect(
            try Self.found("The Minister met the Prime Minister and EU ministers; the Union, the African Union.") == [
                Pair("Minister", "role:minister"), Pair("EU ministers", "role:minister"), Pair("Union", "eu.union"),
            ])
        // An entry whose name starts with "The" keeps the article in the match.
        #expect(
            try Self.found("The Left and the Left group, but Left unchecked") == [
                Pair("The Left", "eu.parliament.left"), Pair("the Left group", "eu.parliament.left"),
            ])
    }

    @Test func oneWordNamesAtTheEndOfAnotherName() throws {
        #expect(
            try Self.found("The Irish Data Protection Commission, the UN Security Council and the Irish Parliament") == [])
        #expect(
            try Self.found("In Parliament, the Parliament and Council negotiators met; Commission officials agreed.") == [
                Pair("Parliament", "eu.parliament"), Pair("Parliament", "eu.parliament"), Pair("Council", "eu.council"),
                Pair("Commission", "eu.commission"),
            ])
        #expect(try Self.found("the Home Affairs Commissioner") == [Pair("Commissioner", "role:commissioner")])
    }

    @Test func politicalGroupsWithMarks() throws {
        #expect(
            try Self.found("Greens/EFA, GUE/NGL, the S&D Group and the EPP Group; Greens / EFA") == [
                Pair("Greens/EFA", "eu.parliament.greens-efa"), Pair("GUE/NGL", "eu.parliament.left"),
                Pair("S&D Group", "eu.parliament.sd"), Pair("EPP Group", "eu.parliament.epp"),
            ])
    }

    @Test func offsetsAreUnicodeScalarOffsets() throws {
        let text = "👩🏽‍⚖️ Ευρωπαϊκό Κοινοβούλιο: the European Parliament"
        let matches = try GazetteerMatcher.bundled().matches(in: text)
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        let scalars = Array(text.unicodeScalars)
        #expect(match.end == scalars.count)
        #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == "European Parliament")
        #expect(match.form == "European Parliament")
    }

    @Test func textWithoutNamesFindsNothing() throws {
        let matcher = try GazetteerMatcher.bundled()
        #expect(matcher.matches(in: "").isEmpty)
        #expect(matcher.matches(in: [Unicode.Scalar]()).isEmpty)
        #expect(matcher.matches(in: " \n\t ").isEmpty)
        #expect(matcher.matches(in: "—‐–’'&/()").isEmpty)
        #expect(matcher.matches(in: "Европейский парламент 欧洲议会 البرلمان الأوروبي \u{0301}\u{200D}\u{00AD}").isEmpty)
        #expect(matcher.matches(in: "Com\u{00AD}mission").map(\.form) == ["Commission"])
    }

    @Test func anEmptyGazetteerMatchesNothing() {
        #expect(GazetteerMatcher(Gazetteer()).matches(in: "the European Parliament").isEmpty)
    }

    /// A matched text and the id of what it names, printable for `#expect`.
    struct Pair: Hashable, CustomStringConvertible {
        var text: String
        var id: String
        init(_ text: String, _ id: String) {
            self.text = text
            self.id = id
        }
        var description: String { "\(text.debugDescription) → \(id)" }
    }
}

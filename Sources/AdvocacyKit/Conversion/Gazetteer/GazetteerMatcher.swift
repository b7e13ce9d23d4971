/// A gazetteer form found in a text.
struct GazetteerMatch: Hashable, Sendable {
    /// What a match names: an index into the matcher's gazetteer's ``Gazetteer/entries`` or
    /// ``Gazetteer/roles``.
    enum Target: Hashable, Sendable {
        case entry(Int)
        case role(Int)
    }

    /// The Unicode-scalar offset where the match starts.
    var start: Int
    /// The offset just past the match.
    var end: Int
    /// The entry or role the match names.
    var target: Target
    /// The gazetteer form that matched, as the gazetteer writes it (`the Commission`, `IMCO`).
    var form: String
    /// The one jurisdiction whose entries have this form, or `nil` when the form names
    /// entries of several jurisdictions (`Senate`), entries without one, or a role.
    var jurisdiction: String?
    /// The jurisdiction of the entry the match names (also for a form of several jurisdictions).
    var entryJurisdiction: String?
    /// Whether the form is one word, a leading "the" aside ("Greens", "the Lords").
    var isOneWord: Bool
}

/// Finds the forms of a gazetteer's entries and roles in running text, fast.
///
/// Build one per gazetteer and reuse it (``bundled()`` is built once per process); matching
/// is read-only, so one matcher serves any number of concurrent tasks.
///
/// ## What matches
///
/// Text and forms are tokenised alike (``GazetteerText``): words, one-scalar marks, gaps.
///
/// - **Whole words.** A form matches a run of whole tokens, so `EC` is not found in `ECPAT`,
///   while `IMCO’s` contains `IMCO` (the apostrophe is a mark, `s` another word). Marks must be
///   glued or spaced as in the form (`S&D`, `Greens/EFA`, `decision-makers`); any white space,
///   a line break included, matches any white space.
/// - **Case.** A word of a form with two or more capital letters (`IMCO`, `MEPs`, `PfE`,
///   `CoR`) matches only exactly. Other words match in any case, but if the form's first word
///   starts with a capital, so must the text's: `Commission` is found in "the Commission" and
///   "THE COMMISSION", not in "commission fees"; `policymakers` is found in "Policymakers".
/// - **A leading "the"** is context, not part of the match: the form `the Minister` matches
///   "the Minister" (in any case) but not "the Prime Minister", and the match covers
///   "Minister". When the entry's own name starts with "The" (`The Left in the European
///   Parliament`), the article belongs to the name and every form of the entry that starts
///   with it keeps it in the match.
/// - **The end of another name.** A one-word entry form that starts with a capital and is not
///   an acronym (`Commission`, `Council`, `Parliament`, `Europol`) is not matched right after a
///   capitalised word that itself follows a word: in "the Irish Parliament", "the Federal Trade
///   Commission" or "the UN Security Council" it ends another body's name. It still matches
///   after "the", at the start of a sentence or clause ("In Parliament, …") and after a
///   lower-case word ("Parliament and Council"). Roles are not affected ("Home Affairs
///   Commissioner"). A user gazetteer can list such names ("Irish Parliament") to have them
///   matched as entries of their own.
/// - **Leftmost-longest, non-overlapping.** Scanning from the start, the longest form that
///   matches at the first possible token wins ("Council of the EU" over "Council"; "Members of
///   the European Parliament", a role, over "European Parliament"), and scanning resumes after
///   it.
///
/// ## Ambiguity
///
/// When the longest forms that match belong to several entries or roles (the EP committee
/// ENVI and the Environment Council, both `ENVI`), one target is chosen:
///
/// 1. the word right after the match, if it names a type: `committee(s)`/`subcommittee(s)` →
///    ``Gazetteer/EntryType/committee``, `council` → ``Gazetteer/EntryType/councilConfiguration``,
///    `group` → ``Gazetteer/EntryType/politicalGroup``;
/// 2. else the type, in the order organisation, committee, political group, Council
///    configuration, then roles (so a bare `ENVI` is the committee);
/// 3. else the later entry, so entries merged in from a user gazetteer win.
struct GazetteerMatcher: Sendable {
    /// The gazetteer whose entries and roles the matches' targets index.
    let gazetteer: Gazetteer

    /// A word or mark of a form.
    private struct FormToken: Sendable {
        var hash: UInt64
        var isWord: Bool
        var gapBefore: Bool
        /// The text's word must start with a capital.
        var requiresCapital: Bool
        /// The word folded (the comparison unless `exact` is set).
        var folded: [Unicode.Scalar]
        /// The word as written, for words with two or more capitals.
        var exact: [Unicode.Scalar]?
    }

    /// A target of a form, with its precomputed preference.
    private struct Candidate: Sendable {
        var target: GazetteerMatch.Target
        var type: Gazetteer.EntryType?
        var score: Int
        /// The entry's jurisdiction.
        var jurisdiction: String?
    }

    /// One distinct form and everything it names.
    private struct Form: Sendable {
        var text: String
        var tokens: [FormToken]
        /// The token before the match must be the word "the".
        var needsArticle: Bool
        /// A one-word, capitalised, non-acronym entry form (`Commission`): not matched where it
        /// ends another name (see the type's documentation).
        var isCompoundGuarded: Bool
        var candidates: [Candidate]
        /// Whether the form is one word, a leading "the" aside.
        var isOneWord: Bool

        /// The one jurisdiction of the form's candidates, if they are all entries of one.
        var jurisdiction: String? {
            guard let first = candidates.first?.jurisdiction,
                candidates.allSatisfy({ $0.jurisdiction == first })
            else { return nil }
            return first
        }
    }

    /// What decides the texts a form matches: forms with equal keys are compiled once, as one
    /// form with the candidates of all of them.
    private struct FormKey: Hashable {
        /// What the form asks of the text around its tokens.
        enum Context: Hashable {
            /// Nothing.
            case none
            /// The token before the match must be the word "the".
            case article
            /// Not matched where it ends another name (``Form/isCompoundGuarded``).
            case compoundGuard
        }

        /// What one token of the form matches.
        struct Token: Hashable {
            /// What the text's token is compared with.
            enum Content: Hashable {
                /// A word with two or more capitals, as written.
                case exact([Unicode.Scalar])
                /// Any other word, folded.
                case folded([Unicode.Scalar])
                /// A mark, identified by ``Token/hash``.
                case mark
            }

            /// Whether white space separates the token from the one before.
            var gapBefore: Bool
            /// Whether the text's word must start with a capital.
            var requiresCapital: Bool
            /// The hash of the token's folded scalars (``GazetteerToken/hash``), which the
            /// content determines.
            var hash: UInt64
            /// The word the text's token must be, if the token is a word.
            var content: Content

            /// Hashes the flags and the token's own hash, not the scalars again: equal tokens
            /// have equal folded scalars, so equal hashes.
            func hash(into hasher: inout Hasher) {
                hasher.combine(gapBefore)
                hasher.combine(requiresCapital)
                hasher.combine(hash)
            }
        }

        /// What the form asks of the text around it.
        var context: Context
        /// The form's tokens, in order.
        var tokens: [Token]
    }

    private let forms: [Form]
    /// One-token forms by the hash of their token.
    private let singleIndex: [UInt64: [Int]]
    /// Longer forms by the hashes of their first two tokens (``pairKey(_:_:)``), longest
    /// first: a frequent first word ("the", "House", "European") leads to the few forms whose
    /// second word also matches, not to every form that starts with it.
    private let pairIndex: [UInt64: [Int]]
    /// 65,536-bit filters of the keys of ``singleIndex`` and ``pairIndex``, checked before
    /// the dictionaries: most tokens start no form, and most that start one ("the") are not
    /// followed by its second token.
    private let singleFilter: [UInt64]
    private let pairFilter: [UInt64]
    private let theHash: UInt64
    private let theFolded: [Unicode.Scalar] = ["t", "h", "e"]
    /// The words after a match that select a type, by hash.
    private let cues: [(hash: UInt64, folded: [Unicode.Scalar], type: Gazetteer.EntryType)]

    private static let cueBonus = 1 << 56
    /// Above the type ranks (`rank << 40`), below a cue.
    private static let jurisdictionBonus = 1 << 50

    /// The matcher of the bundled gazetteer, built once per process.
    static func bundled() throws -> GazetteerMatcher {
        try bundledMatcher.get()
    }

    /// Compiles a gazetteer's forms.
    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let articleHash = Self.hash(of: "the")
        theHash = articleHash
        let cueWords: [(String, Gazetteer.EntryType)] = [
            ("committee", .committee), ("committees", .committee), ("subcommittee", .committee),
            ("subcommittees", .committee), ("council", .councilConfiguration), ("group", .politicalGroup),
        ]
        cues = cueWords.map { word, type in (Self.hash(of: word), Array(word.unicodeScalars), type) }

        var compiledForms: [Form] = []
        var formIndex: [FormKey: Int] = [:]
        // At most the name, the abbreviation and the aliases of each entry and role.
        formIndex.reserveCapacity(
            gazetteer.entries.reduce(0) { $0 + 2 + $1.aliases.count } + gazetteer.roles.reduce(0) { $0 + 1 + $1.aliases.count })
        func add(
            _ text: String, target: GazetteerMatch.Target, type: Gazetteer.EntryType?, score: Int, articleInSpan: Bool,
            jurisdiction: String? = nil
        ) {
            guard let compiled = Self.compile(text, articleInSpan: articleInSpan, theHash: articleHash) else { return }
            let tokens = compiled.tokens
            let isCompoundGuarded =
                type != nil && !compiled.needsArticle && tokens.count == 1 && tokens[0].requiresCapital
                && tokens[0].exact == nil
            let key = Self.key(
                of: tokens, context: compiled.needsArticle ? .article : isCompoundGuarded ? .compoundGuard : .none)
            let candidate = Candidate(target: target, type: type, score: score, jurisdiction: jurisdiction)
            if let existing = formIndex[key] {
                if !compiledForms[existing].candidates.contains(where: { $0.target == target }) {
                    compiledForms[existing].candidates.append(candidate)
                }
            } else {
                formIndex[key] = compiledForms.count
                compiledForms.append(
                    Form(
                        text: text, tokens: tokens, needsArticle: compiled.needsArticle,
                        isCompoundGuarded: isCompoundGuarded, candidates: [candidate],
                        isOneWord: Self.isOneWord(text)))
            }
        }
        for (position, entry) in gazetteer.entries.enumerated() {
            let rank: Int
            switch entry.type {
            case .organisation: rank = 4
            case .committee: rank = 3
            case .politicalGroup: rank = 2
            case .councilConfiguration: rank = 1
            }
            let articleInSpan = Self.startsWithArticle(entry.name)
            for text in entry.forms {
                add(
                    text, target: .entry(position), type: entry.type, score: rank << 40 + position, articleInSpan: articleInSpan,
                    jurisdiction: entry.jurisdiction)
            }
        }
        for (position, role) in gazetteer.roles.enumerated() {
            let articleInSpan = Self.startsWithArticle(role.name)
            for text in role.forms {
                add(text, target: .role(position), type: nil, score: position, articleInSpan: articleInSpan)
            }
        }

        var singleIndex: [UInt64: [Int]] = [:]
        var pairIndex: [UInt64: [Int]] = [:]
        var singleBloom = [UInt64](repeating: 0, count: 1024)
        var pairBloom = [UInt64](repeating: 0, count: 1024)
        for (position, form) in compiledForms.enumerated() {
            let hash = form.tokens[0].hash
            if form.tokens.count == 1 {
                singleIndex[hash, default: []].append(position)
                singleBloom[Self.filterWord(hash)] |= Self.filterBit(hash)
            } else {
                let key = Self.pairKey(hash, form.tokens[1].hash)
                pairIndex[key, default: []].append(position)
                pairBloom[Self.filterWord(key)] |= Self.filterBit(key)
            }
        }
        // The sort keys, apart, so that a comparison copies no form.
        let lengths = compiledForms.map { $0.tokens.count }
        let needArticle = compiledForms.map { $0.needsArticle }
        func longestFirst(_ positions: [Int]) -> [Int] {
            positions.sorted {
                if lengths[$0] != lengths[$1] { return lengths[$0] > lengths[$1] }
                if needArticle[$0] != needArticle[$1] { return needArticle[$0] }
                return $0 < $1
            }
        }
        self.forms = compiledForms
        self.singleIndex = singleIndex.mapValues(longestFirst)
        self.pairIndex = pairIndex.mapValues(longestFirst)
        self.singleFilter = singleBloom
        self.pairFilter = pairBloom
    }

    /// The matches in a text, in order; see the type's documentation for the rules.
    func matches(in text: String) -> [GazetteerMatch] {
        matches(in: Array(text.unicodeScalars))
    }

    /// The matches in a text given as Unicode scalars, in order; offsets are scalar offsets.
    ///
    /// Where a form names entries of several jurisdictions ("Senate"), an entry of
    /// `preferredJurisdiction` is chosen (after the cue word of the type rules and before the
    /// type order).
    func matches(in scalars: [Unicode.Scalar], preferring preferredJurisdiction: String? = nil) -> [GazetteerMatch] {
        let tokens = GazetteerText.tokenize(scalars)
        guard !tokens.isEmpty else { return [] }
        var result: [GazetteerMatch] = []
        scalars.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokens in
                forms.withUnsafeBufferPointer { forms in
                    var position = 0
                    while position < tokens.count {
                        let hash = tokens[position].hash
                        let pair = position + 1 < tokens.count ? Self.pairKey(hash, tokens[position + 1].hash) : nil
                        let mayStartLonger = pair.map { pairFilter[Self.filterWord($0)] & Self.filterBit($0) != 0 } ?? false
                        let mayBeSingle = singleFilter[Self.filterWord(hash)] & Self.filterBit(hash) != 0
                        guard mayStartLonger || mayBeSingle else {
                            position += 1
                            continue
                        }
                        // Longer forms first (they share the first two tokens' hashes), then one-token ones.
                        let longer = mayStartLonger ? pair.flatMap { pairIndex[$0] } : nil
                        let single = mayBeSingle ? singleIndex[hash] : nil
                        guard longer != nil || single != nil else {
                            position += 1
                            continue
                        }
                        var bestLength = 0
                        var bestScore = Int.min
                        var bestForm = 0
                        var bestTarget = GazetteerMatch.Target.entry(0)
                        var bestJurisdiction: String?
                        var cue: Gazetteer.EntryType?
                        /// Scores the targets of one form if it matches here; `false` once the
                        /// forms are shorter than the one found (the lists are longest first).
                        func consider(_ formPosition: Int) -> Bool {
                            // Read in place: copying the form would retain each of its arrays.
                            let length = forms[formPosition].tokens.count
                            if length < bestLength { return false }
                            guard matches(forms[formPosition], at: position, tokens: tokens, text: text) else { return true }
                            if bestLength == 0 {
                                bestLength = length
                                cue = self.cue(after: position + length, tokens: tokens, text: text)
                            }
                            for candidate in forms[formPosition].candidates {
                                var score = candidate.score + (cue != nil && candidate.type == cue ? Self.cueBonus : 0)
                                if let preferredJurisdiction, candidate.jurisdiction == preferredJurisdiction {
                                    score += Self.jurisdictionBonus
                                }
                                if score > bestScore {
                                    bestScore = score
                                    bestForm = formPosition
                                    bestTarget = candidate.target
                                    bestJurisdiction = candidate.jurisdiction
                                }
                            }
                            return true
                        }
                        // Longer forms (two tokens or more) before one-token ones.
                        var goesOn = true
                        for formPosition in longer ?? [] where goesOn { goesOn = consider(formPosition) }
                        for formPosition in single ?? [] where goesOn { goesOn = consider(formPosition) }
                        if bestLength > 0 {
                            result.append(
                                GazetteerMatch(
                                    start: tokens[position].start, end: tokens[position + bestLength - 1].end,
                                    target: bestTarget, form: forms[bestForm].text, jurisdiction: forms[bestForm].jurisdiction,
                                    entryJurisdiction: bestJurisdiction, isOneWord: forms[bestForm].isOneWord))
                            position += bestLength
                        } else {
                            position += 1
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether `form` matches the tokens from `position`.
    @inline(__always)
    private func matches(
        _ form: Form, at position: Int, tokens: UnsafeBufferPointer<GazetteerToken>,
        text: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        let formTokens = form.tokens
        guard position + formTokens.count <= tokens.count else { return false }
        // Cheap checks first: hashes and gaps of every token.
        for offset in 0..<formTokens.count {
            let token = tokens[position + offset]
            let formToken = formTokens[offset]
            guard token.hash == formToken.hash, token.isWord == formToken.isWord,
                offset == 0 || token.gapBefore == formToken.gapBefore
            else { return false }
        }
        if form.needsArticle {
            guard position > 0, tokens[position].gapBefore, isArticle(tokens[position - 1], text: text) else {
                return false
            }
        }
        if form.isCompoundGuarded, position >= 2, tokens[position].gapBefore {
            // "the Irish Parliament", "Data Protection Commission": a capitalised word that
            // itself follows a word (so it does not start a sentence or clause).
            let before = tokens[position - 1]
            if before.isWord, tokens[position - 2].isWord, GazetteerText.isCapital(text[before.start]),
                !isArticle(before, text: text)
            {
                return false
            }
        }
        for offset in 0..<formTokens.count {
            let formToken = formTokens[offset]
            guard formToken.isWord else { continue }  // a mark's hash is its identity
            let token = tokens[position + offset]
            if formToken.requiresCapital, !GazetteerText.isCapital(text[token.start]) { return false }
            if let exact = formToken.exact {
                guard GazetteerText.exactlyEquals(text, token.start..<token.end, exact) else { return false }
            } else {
                guard GazetteerText.foldedEquals(text, token.start..<token.end, formToken.folded) else { return false }
            }
        }
        return true
    }

    /// Whether a token is the word "the", in any case.
    @inline(__always)
    private func isArticle(_ token: GazetteerToken, text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        token.isWord && token.hash == theHash && GazetteerText.foldedEquals(text, token.start..<token.end, theFolded)
    }

    /// The type the word at `position` (if spaced from the match) asks for.
    private func cue(
        after position: Int, tokens: UnsafeBufferPointer<GazetteerToken>, text: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Gazetteer.EntryType? {
        guard position < tokens.count, tokens[position].isWord, tokens[position].gapBefore else { return nil }
        let token = tokens[position]
        for cue in cues where cue.hash == token.hash {
            if GazetteerText.foldedEquals(text, token.start..<token.end, cue.folded) { return cue.type }
        }
        return nil
    }

    // MARK: Compiling forms

    private static func compile(
        _ text: String, articleInSpan: Bool, theHash: UInt64
    ) -> (tokens: [FormToken], needsArticle: Bool)? {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        var tokens = GazetteerText.tokenize(scalars)
        var capitalIndex = 0
        var needsArticle = false
        if tokens.count >= 2, tokens[0].isWord, tokens[0].hash == theHash, tokens[1].gapBefore,
            GazetteerText.folded(scalars[tokens[0].start..<tokens[0].end]) == ["t", "h", "e"]
        {
            if articleInSpan {
                capitalIndex = 1
            } else {
                tokens.removeFirst()
                needsArticle = true
            }
        }
        guard !tokens.isEmpty else { return nil }
        let formTokens = tokens.enumerated().map { offset, token in
            let word = scalars[token.start..<token.end]
            let capitals = token.isWord ? word.count(where: GazetteerText.isCapital) : 0
            return FormToken(
                hash: token.hash, isWord: token.isWord, gapBefore: token.gapBefore,
                requiresCapital: offset == capitalIndex && token.isWord && GazetteerText.isCapital(word.first!),
                folded: token.isWord ? GazetteerText.folded(word) : [],
                exact: capitals >= 2 ? Array(word.filter { GazetteerText.classify($0) != .ignorable }) : nil)
        }
        return (formTokens, needsArticle)
    }

    /// A key that is equal for forms that match exactly the same texts.
    private static func key(of tokens: [FormToken], context: FormKey.Context) -> FormKey {
        FormKey(
            context: context,
            tokens: tokens.map { token in
                let content: FormKey.Token.Content
                if let exact = token.exact {
                    content = .exact(exact)
                } else if token.isWord {
                    content = .folded(token.folded)
                } else {
                    content = .mark
                }
                return FormKey.Token(
                    gapBefore: token.gapBefore, requiresCapital: token.requiresCapital, hash: token.hash, content: content)
            })
    }

    /// Whether a form is one word, a leading "the" aside: whether it has no space.
    ///
    /// The same answer as Foundation's `contains(" ")`: forms without a U+0020 have no space,
    /// ASCII forms with one have one, and only the rest (a space and a non-ASCII scalar, where a
    /// combining mark after the space may count) still ask Foundation.
    private static func isOneWord(_ form: String) -> Bool {
        let name = NameForms.withoutArticle(form)
        guard name.unicodeScalars.contains(" ") else { return true }
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return !name.contains(" ")
    }

    /// Whether a name starts with the word "the" followed by white space and another token,
    /// as ``GazetteerText/tokenize(_:)`` reads it (then the article is part of the name).
    ///
    /// Reads only up to the second token, without tokenising the whole name.
    static func startsWithArticle(_ name: String) -> Bool {
        /// Where the scan is: before the first word, in it, or in the white space after it.
        enum Phase { case beforeWord, inWord, afterWord }
        var phase = Phase.beforeWord
        var word: [Unicode.Scalar] = []
        for scalar in name.unicodeScalars {
            let scalarClass = GazetteerText.classify(scalar)
            // The tokeniser skips ignorables everywhere, in words too.
            if scalarClass == .ignorable { continue }
            switch phase {
            case .beforeWord:
                switch scalarClass {
                case .space: continue
                case .word:
                    word.append(scalar)
                    phase = .inWord
                default: return false  // the first token is a mark
                }
            case .inWord:
                switch scalarClass {
                case .word:
                    word.append(scalar)
                    // Folding never shortens a word, so a longer one cannot fold to "the".
                    guard word.count <= 3 else { return false }
                case .space:
                    guard GazetteerText.folded(word) == ["t", "h", "e"] else { return false }
                    phase = .afterWord
                default: return false  // a mark glued to the first word
                }
            case .afterWord:
                if scalarClass != .space { return true }  // a second token, after a gap
            }
        }
        return false
    }

    private static func hash(of word: String) -> UInt64 {
        var hash = GazetteerText.hashSeed
        for scalar in word.unicodeScalars { GazetteerText.mix(&hash, scalar) }
        return hash
    }

    @inline(__always)
    /// The key of a form's first two tokens in ``pairIndex``.
    private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    private static func filterWord(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash >> 6) & 1023) }

    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }
}

/// The bundled gazetteer's matcher, built on first access.
private let bundledMatcher: Result<GazetteerMatcher, GazetteerError> = bundledGazetteer.map(GazetteerMatcher.init)

extension ValidationRule {
    /// `coalition-size-fits-members` (error): a coalition whose size is bounded above
    /// (`exactly`, `atMost`, `fewerThan`) does not list more members than that bound.
    ///
    /// The size is ``Coalition/size``, else the first size claim (whose `excluding` members
    /// are then not counted); members are the coalition's and its bodies' members, each
    /// counted once.
    public static var coalitionSizesFitTheirMembers: ValidationRule {
        .builtin(
            id: "coalition-size-fits-members", severity: .error,
            summary: "A coalition does not list more members than its stated size."
        ) { context in
            context.dossier.coalitions.enumerated().compactMap { i, coalition in
                let count: Count
                var excluded: Set<Organisation.ID> = []
                if let size = coalition.size {
                    count = size
                } else if let claim = coalition.sizeClaims.first {
                    count = claim.count
                    excluded = Set(claim.excluding)
                } else {
                    return nil
                }
                guard let upper = CountBounds(count).upper else { return nil }
                var seen: Set<Organisation.ID> = []
                for member in coalition.members + coalition.bodies.flatMap(\.members)
                where !excluded.contains(member) {
                    seen.insert(member)
                }
                guard seen.count > upper else { return nil }
                return Finding(
                    "coalitions[\(i)].members",
                    "the coalition '\(coalition.id)' lists \(seen.count) members but its stated size is \(describe(count)); correct the size or the members"
                )
            }
        }
    }

    /// `size-claims-agree` (warning): the size claims of one group (and its chosen size)
    /// admit at least one common number, after adding each claim's `excluding` members.
    public static var sizeClaimsAgree: ValidationRule {
        .builtin(
            id: "size-claims-agree", severity: .warning,
            summary: "The sizes claimed for one group agree with each other."
        ) { context in
            context.dossier.coalitions.enumerated().compactMap { i, coalition in
                var claims = coalition.sizeClaims.map { (CountBounds($0.count).shifted(by: $0.excluding.count), $0) }
                if let size = coalition.size { claims.append((CountBounds(size), Coalition.SizeClaim(size))) }
                guard claims.count > 1 else { return nil }
                let common = claims.map(\.0).reduce(CountBounds(lower: nil, upper: nil)) { $0.intersection($1) }
                guard common.isEmpty else { return nil }
                var stated: [String] = []
                for (_, claim) in claims {
                    var text = describe(claim.count)
                    if !claim.excluding.isEmpty {
                        text += " besides " + claim.excluding.map(\.rawValue).joined(separator: ", ")
                    }
                    if !stated.contains(text) { stated.append(text) }
                }
                return Finding(
                    "coalitions[\(i)].sizeClaims",
                    "the sizes claimed for '\(coalition.id)' disagree (\(stated.joined(separator: "; "))); check which is right and set size to it"
                )
            }
        }
    }
}

/// A count as a closed range of whole numbers, open where `nil`.
struct CountBounds: Equatable {
    var lower: Int?
    var upper: Int?

    init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    init(_ count: Count) {
        let v = count.value
        switch count.qualifier {
        case .exactly: self.init(lower: v, upper: v)
        case .moreThan: self.init(lower: v + 1, upper: nil)
        case .atLeast: self.init(lower: v, upper: nil)
        case .fewerThan: self.init(lower: nil, upper: v - 1)
        case .atMost: self.init(lower: nil, upper: v)
        case .approximately:
            let slack = max(1, v / 5)
            self.init(lower: v - slack, upper: v + slack)
        }
    }

    func shifted(by n: Int) -> CountBounds {
        CountBounds(lower: lower.map { $0 + n }, upper: upper.map { $0 + n })
    }

    func intersection(_ other: CountBounds) -> CountBounds {
        CountBounds(
            lower: [lower, other.lower].compactMap { $0 }.max(),
            upper: [upper, other.upper].compactMap { $0 }.min())
    }

    var isEmpty: Bool {
        guard let lower, let upper else { return false }
        return lower > upper
    }
}

/// A count in words: "exactly 40", "more than 60".
func describe(_ count: Count) -> String {
    let words: String
    switch count.qualifier {
    case .exactly: words = "exactly"
    case .moreThan: words = "more than"
    case .atLeast: words = "at least"
    case .fewerThan: words = "fewer than"
    case .atMost: words = "at most"
    case .approximately: words = "about"
    }
    return "\(words) \(count.value)"
}

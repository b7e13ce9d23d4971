import AdvocacyKit

/// The actors of a dataset and how they relate: memberships, demands, stances and the
/// committees' opinions on legislative files.
///
/// Entities of several documents that name the same organisation, committee, coalition or
/// proposal are one node (see `MergedEntity` in AdvocacyKit). Nodes are numbered by their position in
/// ``nodes``; edges refer to them by that number.
public struct ActorNetwork: Hashable, Sendable {
    /// What a node stands for.
    public enum NodeKind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An NGO, a company or another organisation that is not an institution.
        case organisation
        /// An institution, agency, parliament, government or political group.
        case institution
        /// A coalition or the signatories of a letter.
        case coalition
        /// A body of a coalition, such as its steering group.
        case coalitionBody
        /// A parliamentary committee.
        case committee
        /// A person not affiliated with an actor of the dataset.
        case person
        /// An addressee the text names without naming an entity ("EU decision-makers").
        case addressee
        /// A legislative file (a proposal).
        case legislativeFile
    }

    /// One actor or legislative file.
    public struct Node: Hashable, Sendable {
        /// What it stands for.
        public var kind: NodeKind
        /// Its full name.
        public var name: String
        /// How many documents name it.
        public var documentCount: Int

        /// Creates a node.
        public init(kind: NodeKind, name: String, documentCount: Int = 1) {
            self.kind = kind
            self.name = name
            self.documentCount = documentCount
        }
    }

    /// What an edge says.
    public enum EdgeKind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The source is a member of the target (an organisation of a coalition or of its
        /// body, a body of its coalition).
        case member
        /// The source demands something of the target.
        case demand
        /// The source supports, opposes or takes a mixed stance on the target (a legislative
        /// file, or the committee whose opinion it is about).
        case stance
        /// The source (a committee, an institution) issued an opinion, report, position or
        /// vote on the target legislative file.
        case opinion
    }

    /// One relation, counted as often as the documents state it.
    public struct Edge: Hashable, Sendable {
        /// The node the relation starts from.
        public var from: Int
        /// The node it points to.
        public var to: Int
        /// What it says.
        public var kind: EdgeKind
        /// For stances: the position taken.
        public var position: Stance.Position?
        /// How many demands, stances, memberships or opinions it stands for.
        public var count: Int

        /// Creates an edge.
        public init(from: Int, to: Int, kind: EdgeKind, position: Stance.Position? = nil, count: Int = 1) {
            self.from = from
            self.to = to
            self.kind = kind
            self.position = position
            self.count = count
        }
    }

    /// The nodes, by kind's column, then name.
    public var nodes: [Node]
    /// The edges, by source, target, kind and position.
    public var edges: [Edge]

    /// Creates a network.
    public init(nodes: [Node] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}

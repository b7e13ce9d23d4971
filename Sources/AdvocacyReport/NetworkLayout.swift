import AdvocacyKit

/// Where each node and edge of an ``ActorNetwork`` is drawn: a layered layout in four
/// columns (organisations and people; coalitions and their bodies; addressees, institutions
/// and committees; legislative files), each wrapped into side-by-side sub-columns of at most
/// ``maximumRows`` nodes.
///
/// The layout is deterministic and uses whole pixels only, so the same network always gives
/// the same picture, byte for byte. Node boxes never overlap, and labels keep their size
/// however many nodes there are: a large network makes a larger canvas (300 organisations
/// make about 2,400 × 1,350 pixels), to be scrolled rather than shrunk.
public struct NetworkLayout: Hashable, Sendable {
    /// A rectangle in whole pixels.
    public struct Box: Hashable, Sendable {
        /// The left edge.
        public var x: Int
        /// The top edge.
        public var y: Int
        /// The width.
        public var width: Int
        /// The height.
        public var height: Int

        /// Creates a box.
        public init(x: Int, y: Int, width: Int, height: Int) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }

        /// Whether the boxes share any point inside both.
        public func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    /// A column's heading and where it stands.
    public struct Heading: Hashable, Sendable {
        /// The heading's text.
        public var title: String
        /// Its left edge.
        public var x: Int

        /// Creates a heading.
        public init(title: String, x: Int) {
            self.title = title
            self.x = x
        }
    }

    /// The most nodes stacked in one sub-column.
    public static let maximumRows = 45
    /// A node box's width.
    public static let nodeWidth = 190
    /// A node box's height.
    public static let nodeHeight = 24
    /// The vertical distance between two nodes' tops.
    public static let rowPitch = 30
    /// The space between two sub-columns of one column.
    public static let subColumnGap = 24
    /// The space between two columns, where most edges run.
    public static let columnGap = 100
    /// The margin around the drawing.
    public static let margin = 16
    /// The room above the nodes for the column headings.
    public static let headingHeight = 32
    /// The most characters of a name a node's label shows; longer names end in "…" (the
    /// full name is the node's tooltip).
    public static let labelLength = 27

    /// The whole drawing's width.
    public var width: Int
    /// The whole drawing's height.
    public var height: Int
    /// Each node's box, by node number.
    public var boxes: [Box]
    /// Each edge's SVG path (`M x y C …`), by edge number.
    public var paths: [String]
    /// The headings of the columns that have nodes.
    public var headings: [Heading]

    /// The column (0–3) a kind of node is drawn in.
    public static func column(of kind: ActorNetwork.NodeKind) -> Int {
        switch kind {
        case .organisation, .person: 0
        case .coalition, .coalitionBody: 1
        case .institution, .committee, .addressee: 2
        case .legislativeFile: 3
        }
    }

    /// The columns' headings.
    static let columnTitles = [
        "Organisations and people", "Coalitions and their bodies", "Addressees, institutions, committees",
        "Legislative files",
    ]

    /// Lays a network out; nodes keep their order within each column.
    public init(_ network: ActorNetwork) {
        var byColumn: [[Int]] = Array(repeating: [], count: 4)
        for (index, node) in network.nodes.enumerated() { byColumn[Self.column(of: node.kind)].append(index) }
        let rows = byColumn.map { members -> Int in
            guard !members.isEmpty else { return 0 }
            let subColumns = (members.count + Self.maximumRows - 1) / Self.maximumRows
            return (members.count + subColumns - 1) / subColumns
        }
        let tallest = max(1, rows.max() ?? 1)
        var boxes = Array(repeating: Box(x: 0, y: 0, width: 0, height: 0), count: network.nodes.count)
        var headings: [Heading] = []
        var x = Self.margin
        for (column, members) in byColumn.enumerated() where !members.isEmpty {
            if !headings.isEmpty { x += Self.columnGap }
            headings.append(Heading(title: Self.columnTitles[column], x: x))
            let columnRows = rows[column]
            // Shorter columns are centred against the tallest.
            let top = Self.margin + Self.headingHeight + (tallest - columnRows) * Self.rowPitch / 2
            var right = x
            for (position, node) in members.enumerated() {
                let (sub, row) = position.quotientAndRemainder(dividingBy: columnRows)
                let left = x + sub * (Self.nodeWidth + Self.subColumnGap)
                boxes[node] = Box(x: left, y: top + row * Self.rowPitch, width: Self.nodeWidth, height: Self.nodeHeight)
                right = max(right, left + Self.nodeWidth)
            }
            x = right
        }
        self.boxes = boxes
        self.headings = headings
        self.width = x + Self.margin
        self.height = Self.margin + Self.headingHeight + (tallest - 1) * Self.rowPitch + Self.nodeHeight + Self.margin
        self.paths = network.edges.map { Self.path(from: boxes[$0.from], to: boxes[$0.to]) }
    }

    /// A cubic curve from one box's side to the other's: left to right when the target is
    /// to the right, right to left when it is to the left, and a bulge to the right when the
    /// two share a sub-column.
    static func path(from source: Box, to target: Box) -> String {
        let (sy, ty) = (source.y + source.height / 2, target.y + target.height / 2)
        if target.x >= source.x + source.width {
            let (x1, x2) = (source.x + source.width, target.x)
            let bend = (x2 - x1) / 2
            return "M\(x1) \(sy) C\(x1 + bend) \(sy) \(x2 - bend) \(ty) \(x2) \(ty)"
        }
        if target.x + target.width <= source.x {
            let (x1, x2) = (source.x, target.x + target.width)
            let bend = (x1 - x2) / 2
            return "M\(x1) \(sy) C\(x1 - bend) \(sy) \(x2 + bend) \(ty) \(x2) \(ty)"
        }
        let x1 = source.x + source.width
        let x2 = target.x + target.width
        let bulge = max(x1, x2) + 30 + min(abs(ty - sy) / 4, 60)
        return "M\(x1) \(sy) C\(bulge) \(sy) \(bulge) \(ty) \(x2) \(ty)"
    }

    /// A node's label: the name, cut to ``labelLength`` characters with "…".
    public static func label(_ name: String) -> String {
        name.count <= labelLength ? name : String(name.prefix(labelLength - 1)) + "…"
    }
}

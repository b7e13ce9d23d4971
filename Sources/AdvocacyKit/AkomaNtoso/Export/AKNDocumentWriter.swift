import Foundation

/// Writes an Akoma Ntoso document as it is built, element by element, through
/// ``XMLStreamWriter``, and does on the way what needs the whole document's context:
///
/// - **eIds.** The elements a reader can cite get positional eIds as they open (the AKN naming
///   convention, as bluebell implements it): `eId = <parent eId>__<name>_<n>`, counting
///   same-named elements from 1 within the nearest ancestor that has an eId. Blocks (`p`,
///   `hcontainer`, `blockList`, `item`), references (`ref`), quote segments (`embeddedText`),
///   demands (`inline`) and lifecycle events (`eventRef`) get one, written as their first
///   attribute. `preface` contributes the prefix `preface` but no eId of its own; `mainBody`,
///   `meta`, `content` and `heading` contribute nothing. Semantic inlines that only point at a
///   TLC get none, so eIds do not shift when markup density changes.
/// - **Characters XML 1.0 cannot hold** in a text or attribute value are rejected or replaced
///   (``AKNExporter/UnrepresentableCharacters``) before they reach libxml2, which would
///   otherwise write ill-formed XML; a message names the value by its element path, such as
///   `akomaNtoso/doc/mainBody/p/text()`.
/// - **Layout.** The containers of ``AKNLayout/indentedElements`` are indented; everything
///   else (blocks and inlines) is written exactly as given, keeping the source text.
struct AKNDocumentWriter: ~Copyable {
    /// What an element's name says about how it is written.
    private struct Traits {
        /// For an element that gets an eId, the index of its alias in ``aliases``.
        var alias: Int?
        /// Whether its content is indented (``AKNLayout/indentedElements``).
        var indents = false
    }

    /// The elements that get an eId, with the name their eIds are made of.
    private static let aliases: [(element: String, alias: StaticString)] = [
        ("p", "p"), ("hcontainer", "hcontainer"), ("blockList", "list"), ("item", "item"), ("ref", "ref"),
        ("embeddedText", "embeddedText"), ("inline", "inline"), ("eventRef", "eref"),
    ]

    /// The traits of the elements that get an eId or indented content (others have none).
    private static let traits: TraitTable = {
        var traits: [String: Traits] = [:]
        for name in AKNLayout.indentedElements { traits[name] = Traits(indents: true) }
        for (index, alias) in aliases.enumerated() { traits[alias.element, default: Traits()].alias = index }
        return TraitTable(traits)
    }()

    /// A few dozen names and their traits, looked up without hashing the whole name (every
    /// element written asks once): a table of 64 slots, indexed by the name's length and
    /// first and last bytes, probed linearly and compared with `==`.
    private struct TraitTable {
        private static let size = 64
        private var slots: [(name: String, traits: Traits)?] = Array(repeating: nil, count: size)

        /// The table of `entries`, which must be fewer than half its slots, so that every probe
        /// ends at an empty slot soon.
        init(_ entries: [String: Traits]) {
            precondition(entries.count <= Self.size / 2, "the trait table holds at most \(Self.size / 2) names")
            for (name, traits) in entries {
                var index = Self.slot(of: name)
                while slots[index] != nil { index = (index + 1) % Self.size }
                slots[index] = (name, traits)
            }
        }

        /// The traits of `name`, or `nil` when it has none.
        subscript(name: String) -> Traits? {
            var index = Self.slot(of: name)
            while let entry = slots[index] {
                if entry.name == name { return entry.traits }
                index = (index + 1) % Self.size
            }
            return nil
        }

        private static func slot(of name: String) -> Int {
            let utf8 = name.utf8
            guard let first = utf8.first, let last = utf8.last else { return 0 }
            return (utf8.count &* 37 &+ Int(first) &* 11 &+ Int(last)) % size
        }
    }

    private var xml: XMLStreamWriter
    private let policy: AKNExporter.UnrepresentableCharacters
    /// For each open element, whether it opened a scope of eIds.
    private var opensScope: [Bool] = []
    /// The open scopes of eIds, the document's first: the elements with an eId (or the
    /// document, or `preface`), each with the prefix of the eIds given within it (empty for the
    /// document).
    private var prefixes = [""]
    /// For each open scope, how many elements of each alias got an eId in it so far (a row of
    /// `aliases.count` counts per scope, in one array so that a scope costs no allocation).
    private var counts = Array(copies: 0, count: aliases.count)
    /// One sentence per replaced value, in document order.
    private(set) var warnings: [String] = []

    /// Starts a document whose unrepresentable characters are handled by `policy`, in a
    /// buffer of `capacity` bytes to begin with.
    init(policy: AKNExporter.UnrepresentableCharacters, capacity: Int) throws(AKNExportError) {
        self.policy = policy
        do {
            xml = try XMLStreamWriter(checksCharacters: false, capacity: capacity)
        } catch {
            throw Self.serialisation(error)
        }
    }

    /// Opens element `name` with `attributes`, in order, after its eId when it gets one.
    mutating func open(_ name: String, _ attributes: [XMLTree.Attribute] = []) throws(AKNExportError) {
        let traits = Self.traits[name]
        do {
            try xml.startElement(name, indentsContent: traits?.indents ?? false)
        } catch {
            throw Self.serialisation(error)
        }
        let alias = traits?.alias
        if let alias {
            let slot = counts.count - Self.aliases.count + alias
            counts[slot] += 1
            let eId = Self.eId(in: prefixes[prefixes.count - 1], alias: Self.aliases[alias].alias, number: counts[slot])
            try write(attribute: "eId", eId)
            openScope(prefix: eId)
        } else if name == "preface" {
            openScope(prefix: "preface")
        } else {
            opensScope.append(false)
        }
        for attribute in attributes where alias == nil || attribute.name != "eId" {
            try write(attribute: attribute.name, attribute.value)
        }
    }

    /// Declares a namespace on the element just opened (before its attributes).
    mutating func declare(prefix: String?, uri: String) throws(AKNExportError) {
        do {
            try xml.namespace(prefix: prefix, uri: uri)
        } catch {
            throw Self.serialisation(error)
        }
    }

    /// Opens an element described by `element` (its name and attributes; it has no children).
    mutating func open(_ element: XMLTree.Element) throws(AKNExportError) {
        try open(element.name, element.attributes)
    }

    /// Closes the innermost open element.
    mutating func close() throws(AKNExportError) {
        do {
            try xml.endElement()
        } catch {
            throw Self.serialisation(error)
        }
        if opensScope.removeLast() {
            prefixes.removeLast()
            counts.removeLast(Self.aliases.count)
        }
    }

    /// `<prefix>__<alias>_<number>`, or `<alias>_<number>` when `prefix` is empty, written at
    /// once (short eIds are small strings, with no allocation).
    private static func eId(in prefix: String, alias: StaticString, number: Int) -> String {
        var digits = 1
        var rest = number
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return prefix.withContiguousUTF8 { prefix in
            let separator = prefix.isEmpty ? 0 : 2
            let count = prefix.count + separator + alias.utf8CodeUnitCount + 1 + digits
            return String(unsafeUninitializedCapacity: count) { buffer in
                var end = buffer.baseAddress.unsafelyUnwrapped
                func append(_ base: UnsafePointer<UInt8>?, count: Int) {
                    guard let base else { return }
                    end.initialize(from: base, count: count)
                    end += count
                }
                append(prefix.baseAddress, count: prefix.count)
                if separator > 0 { append(("__" as StaticString).utf8Start, count: 2) }
                append(alias.utf8Start, count: alias.utf8CodeUnitCount)
                end.initialize(to: UInt8(ascii: "_"))
                var value = number
                for position in (0..<digits).reversed() {
                    (end + 1 + position).initialize(to: UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10))
                    value /= 10
                }
                return count
            }
        }
    }

    private mutating func openScope(prefix: String) {
        prefixes.append(prefix)
        counts.append(contentsOf: repeatElement(0, count: Self.aliases.count))
        opensScope.append(true)
    }

    /// Writes an element without content.
    mutating func empty(_ name: String, _ attributes: [XMLTree.Attribute] = []) throws(AKNExportError) {
        try open(name, attributes)
        try close()
    }

    /// What is known of a text before it is written.
    enum TextCheck {
        /// Nothing: it is checked for characters XML 1.0 forbids, then escaped.
        case unchecked
        /// It holds no character XML 1.0 forbids (the model copy, escaped JSON), so it is only
        /// escaped.
        case clean
        /// ``XMLStreamWriter/isVerbatimText(_:)`` holds for it (or for the paragraph it is a
        /// piece of), so it is written as it is.
        case verbatim
    }

    /// Writes text, given as valid UTF-8, inside the innermost open element.
    mutating func text(utf8 bytes: UnsafeBufferPointer<UInt8>, _ check: TextCheck = .unchecked) throws(AKNExportError) {
        guard check == .unchecked, XMLCharacters.firstDisallowed(inUTF8: bytes) != nil else {
            do {
                return try check == .verbatim ? xml.verbatimText(utf8: bytes) : xml.text(utf8: bytes)
            } catch {
                throw Self.serialisation(error)
            }
        }
        let text = try cleaned(String(decoding: bytes, as: UTF8.self), at: "text()")
        do {
            try xml.text(text)
        } catch {
            throw Self.serialisation(error)
        }
    }

    /// Closes every open element and returns the document's bytes.
    consuming func finish() throws(AKNExportError) -> Data {
        do {
            return try xml.finish()
        } catch {
            throw Self.serialisation(error)
        }
    }

    // MARK: - Characters

    private mutating func write(attribute name: String, _ value: String) throws(AKNExportError) {
        do {
            // Nearly every value is plain printable ASCII, which needs no cleaning.
            if try xml.writePlainAttribute(name, value) { return }
        } catch {
            throw Self.serialisation(error)
        }
        let value = try cleaned(value, at: "@\(name)")
        do {
            try xml.escapedAttribute(name, value)
        } catch {
            throw Self.serialisation(error)
        }
    }

    /// `value`, or (with ``AKNExporter/UnrepresentableCharacters/replace``) a copy with U+FFFD
    /// for each character XML 1.0 cannot hold; `place` ends the value's path in messages.
    private mutating func cleaned(_ value: String, at place: @autoclosure () -> String) throws(AKNExportError) -> String {
        guard let bad = XMLCharacters.firstDisallowed(in: value) else { return value }
        let name = XMLCharacters.notation(for: bad)
        let location = (xml.openElements + [place()]).joined(separator: "/")
        switch policy {
        case .reject:
            throw AKNExportError(
                .unrepresentableCharacter, path: location,
                message:
                    "the text holds \(name), which XML 1.0 cannot represent; remove it from the dossier, or have it replaced by U+FFFD (advocacy export --replace-invalid-characters; AKNExporter(unrepresentableCharacters: .replace))"
            )
        case .replace:
            var cleaned = String.UnicodeScalarView()
            for scalar in value.unicodeScalars {
                cleaned.append(XMLCharacters.isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
            warnings.append("\(location): replaced \(name) and any other character XML 1.0 cannot represent with U+FFFD")
            return String(cleaned)
        }
    }

    private static func serialisation(_ error: XMLError) -> AKNExportError {
        AKNExportError(.serialisation, message: "\(error)")
    }
}

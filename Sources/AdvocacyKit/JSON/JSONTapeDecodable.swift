/// A value that can be read from a ``JSONTape`` exactly as its `Decodable` conformance reads
/// it from `JSONDecoder`, or refuses (``JSONTape/Refusal``) so that `JSONDecoder` decides.
protocol JSONTapeDecodable: Decodable {
    /// Reads the value.
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal)
}

extension JSONTapeDecodable {
    /// The value read from a JSON text through the tape, or `nil` when the tape refuses the
    /// text; the caller then decodes it with `JSONDecoder`, which reads it or explains why not.
    static func fromTape(_ bytes: some Collection<UInt8>) -> Self? {
        try? JSONTape(Array(bytes)).read(Self.init(tape:))
    }
}

extension String: JSONTapeDecodable {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) { self = try value.string() }
}

extension Int: JSONTapeDecodable {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) { self = try value.integer() }
}

extension Bool: JSONTapeDecodable {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        switch value.entry.kind {
        case .true: self = true
        case .false: self = false
        default: throw JSONTape.Refusal()
        }
    }
}

extension Array: JSONTapeDecodable where Element: JSONTapeDecodable {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        let array = value.entry
        guard array.kind == .array else { throw JSONTape.Refusal() }
        self = []
        reserveCapacity(array.count)
        var element = value.index + 1
        while element < array.next {
            append(try Element(tape: value.at(element)))
            element = value.entries[element].next
        }
    }
}

/// A JSON object read as a dictionary of its members (keys on the tape are plain ASCII, so
/// no two of them are equal strings).
extension Dictionary: JSONTapeDecodable where Key == String, Value: JSONTapeDecodable {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        let object = value.entry
        guard object.kind == .object else { throw JSONTape.Refusal() }
        self.init(minimumCapacity: object.count)
        var member = value.index + 1
        while member < object.next {
            let key = try value.at(member).string()
            self[key] = try Value(tape: value.at(member + 1))
            member = value.entries[member + 1].next
        }
    }
}

/// Enumerations and identifiers with a string raw value decode from that string; a string
/// that is no case is refused (and `JSONDecoder` reports it).
extension JSONTapeDecodable where Self: RawRepresentable, RawValue == String {
    init(tape value: JSONTape.Value) throws(JSONTape.Refusal) {
        guard let decoded = Self(rawValue: try String(tape: value)) else { throw JSONTape.Refusal() }
        self = decoded
    }
}

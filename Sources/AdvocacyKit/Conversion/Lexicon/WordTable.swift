/// A fixed table from words to values, made once from the lexicon and looked up for nearly
/// every token of every document.
///
/// `Dictionary` and `Set` hash a `String` with SipHash and a per-process seed, which guards a
/// table whose keys an attacker chooses; here the keys are the lexicon's, fixed when the
/// converter is made, and the input only looks them up. So the table hashes with ``FNV1a`` (a
/// few instructions a byte) and probes linearly in storage at most half full: a look-up costs
/// at most the longest run of the fixed table, whatever the input.
///
/// Most look-ups are of words the table does not have. A Bloom filter of eight bits per slot
/// (one set per word, from the hash bits that follow the slot index) answers most of them
/// without reading the slots: a filter 24 times smaller than the slots stays in the cache.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        let key: String
        let value: Value
    }

    private let slots: [Slot?]
    /// 64 minus the number of bits of the slot index.
    private let shift: UInt64
    /// One bit per filter position (eight per slot), set for the position of every word.
    private let filter: [UInt64]
    /// The number of words.
    let count: Int

    /// A table of `pairs`; a word given twice keeps its last value.
    init(_ pairs: some Sequence<(String, Value)>) {
        var unique: [String: Value] = [:]
        for (key, value) in pairs { unique[key] = value }
        var bits: UInt64 = 3
        while (1 << bits) < unique.count * 2 { bits += 1 }
        var slots = [Slot?](repeating: nil, count: 1 << bits)
        // Eight filter bits per slot: one word of the filter per eight slots.
        var filter = [UInt64](repeating: 0, count: 1 << (bits - 3))
        // In sorted order, so that the layout is the same in every run.
        for (key, value) in unique.sorted(by: { $0.key < $1.key }) {
            let hash = FNV1a.hash(key)
            var index = Self.slot(ofHash: hash, shift: 64 - bits)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = Slot(key: key, value: value)
            let position = Self.filterPosition(ofHash: hash, shift: 64 - bits)
            filter[position >> 6] |= 1 << UInt64(position & 63)
        }
        self.slots = slots
        self.shift = 64 - bits
        self.filter = filter
        self.count = unique.count
    }

    /// The value of `word`, if the table has it.
    subscript(word: String) -> Value? {
        self[word, hash: FNV1a.hash(word)]
    }

    /// The value of `word`, whose ``FNV1a`` hash (over its UTF-8) the caller has already
    /// computed, if the table has it.
    @inline(__always)
    subscript(word: String, hash hash: UInt64) -> Value? {
        let position = Self.filterPosition(ofHash: hash, shift: shift)
        guard filter[position >> 6] & (1 << UInt64(position & 63)) != 0 else { return nil }
        var index = Self.slot(ofHash: hash, shift: shift)
        while let slot = slots[index] {
            if slot.key == word { return slot.value }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The slot of a word's hash (``FNV1a`` over its UTF-8): its top bits after a Fibonacci
    /// multiplication.
    @inline(__always)
    private static func slot(ofHash hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The filter position of a word's hash: the slot's bits and the three after them.
    @inline(__always)
    private static func filterPosition(ofHash hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> (shift - 3))
    }
}

/// A fixed set of words (a lexicon list), looked up like ``WordTable``.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    /// The set of no words, made once (a default that is replaced).
    static let empty = WordSet([])

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    /// Whether the set holds `word`.
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the set holds `word`, whose ``FNV1a`` hash the caller has already computed.
    @inline(__always)
    func contains(_ word: String, hash: UInt64) -> Bool { table[word, hash: hash] != nil }

    /// Whether the set is empty.
    var isEmpty: Bool { table.count == 0 }
}

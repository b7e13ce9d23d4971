/// A fixed table from words to values, made once from the lexicon and looked up for nearly
/// every token of every document.
///
/// `Dictionary` and `Set` hash a `String` with SipHash and a per-process seed, which guards a
/// table whose keys an attacker chooses; here the keys are the lexicon's, fixed when the
/// converter is made, and the input only looks them up. So the table hashes with ``FNV1a`` (a
/// few instructions a byte) and probes linearly in storage at most half full: a look-up costs
/// at most the longest run of the fixed table, whatever the input.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        let key: String
        let value: Value
    }

    private let slots: [Slot?]
    /// 64 minus the number of bits of the slot index.
    private let shift: UInt64
    /// The number of words.
    let count: Int

    /// A table of `pairs`; a word given twice keeps its last value.
    init(_ pairs: some Sequence<(String, Value)>) {
        var unique: [String: Value] = [:]
        for (key, value) in pairs { unique[key] = value }
        var bits: UInt64 = 3
        while (1 << bits) < unique.count * 2 { bits += 1 }
        var slots = [Slot?](repeating: nil, count: 1 << bits)
        // In sorted order, so that the layout is the same in every run.
        for (key, value) in unique.sorted(by: { $0.key < $1.key }) {
            var index = Self.slot(of: key, shift: 64 - bits)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = Slot(key: key, value: value)
        }
        self.slots = slots
        self.shift = 64 - bits
        self.count = unique.count
    }

    /// The value of `word`, if the table has it.
    subscript(word: String) -> Value? {
        var index = Self.slot(of: word, shift: shift)
        while let slot = slots[index] {
            if slot.key == word { return slot.value }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The slot a word hashes to: ``FNV1a`` over its UTF-8, spread by a Fibonacci multiplication.
    private static func slot(of word: String, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (FNV1a.hash(word) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// A fixed set of words (a lexicon list), looked up like ``WordTable``.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    /// Whether the set holds `word`.
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the set is empty.
    var isEmpty: Bool { table.count == 0 }
}

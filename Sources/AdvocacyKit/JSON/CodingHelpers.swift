extension KeyedDecodingContainer {
    /// Decodes a list that may be missing from hand-written JSON; a missing key is `[]`.
    func decodeList<Element: Decodable>(_ key: Key) throws -> [Element] {
        try decodeIfPresent([Element].self, forKey: key) ?? []
    }
}

extension KeyedEncodingContainer {
    /// Encodes a list, leaving the key out when the list is empty, so that JSON stays
    /// short and diffs stay small (``KeyedDecodingContainer/decodeList(_:)`` reads it back).
    mutating func encodeList<Element: Encodable>(_ list: [Element], forKey key: Key) throws {
        if !list.isEmpty { try encode(list, forKey: key) }
    }
}

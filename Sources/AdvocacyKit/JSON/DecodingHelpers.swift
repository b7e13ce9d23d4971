extension KeyedDecodingContainer {
    /// Decodes a list that may be missing from hand-written JSON; a missing key is `[]`.
    func decodeList<Element: Decodable>(_ key: Key) throws -> [Element] {
        try decodeIfPresent([Element].self, forKey: key) ?? []
    }
}

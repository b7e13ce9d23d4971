// The gazetteer and lexicon types that ``JSONTape`` reads: the bundled resources are read
// at every start, so their decoding is on the path of every `advocacy` command. Like the
// model types they read their fields through `init(fields:)`, next to `Decodable`.

extension Gazetteer: JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Gazetteer.Entry: JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Gazetteer.Role: JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Lexicon: JSONFieldDecodable { typealias FieldKey = CodingKeys }
extension Lexicon.CountQualifier: JSONFieldDecodable { typealias FieldKey = CodingKeys }

extension Gazetteer.EntryType: JSONTapeDecodable {}

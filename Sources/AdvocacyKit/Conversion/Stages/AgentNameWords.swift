/// The distinct words of agents' names (their ``AgentRegistry/key(_:)`` split at spaces), for
/// matching references ("the Committee") against them: each agent's words are listed the
/// first time a reference asks for them, so most agents' never are.
///
/// A name has a handful of words, so a list compared word by word beats a hashed set, whose
/// every word would be hashed to build it and again to look it up.
///
/// The names are those the agents had when the value was made.
struct AgentNameWords {
    private let names: [String]
    private var lists: [[String]?]

    /// The name words of the agents of `registry`, as they are named now.
    init(_ registry: AgentRegistry) {
        names = registry.agents.elements.map(\.name)
        lists = Array(copies: nil, count: names.count)
    }

    /// The distinct words of the name of `agent`, in the order they first occur.
    mutating func words(of agent: AgentHandle) -> [String] {
        if let known = lists[agent.position] { return known }
        var key = AgentRegistry.key(names[agent.position])
        var distinct: [String] = []
        if TextCharacters.isASCII(key) {
            // ASCII (the usual case): split at space bytes, without reading characters.
            key.withUTF8 { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                    if end > start {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                        if !distinct.contains(word) { distinct.append(word) }
                    }
                    start = end + 1
                }
            }
        } else {
            for word in key.split(separator: " ") where !distinct.contains(where: { $0 == word }) {
                distinct.append(String(word))
            }
        }
        lists[agent.position] = distinct
        return distinct
    }
}

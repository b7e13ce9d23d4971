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
        lists = Array(repeating: nil, count: names.count)
    }

    /// The distinct words of the name of `agent`, in the order they first occur.
    mutating func words(of agent: AgentHandle) -> [String] {
        if let known = lists[agent.position] { return known }
        let key = AgentRegistry.key(names[agent.position])
        var distinct: [String] = []
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (the usual case): split at space bytes, without reading characters.
            for word in key.utf8.split(separator: 0x20) {
                let word = String(Substring(word))
                if !distinct.contains(word) { distinct.append(word) }
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

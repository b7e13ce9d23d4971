/// Where the constructs of one Markdown inline text close, found in a few passes over it, so
/// that the inline renderer's look-ahead at each `[`, `(`, backtick run or `<!--` costs
/// O(1) or O(log n) instead of a scan to the end of the text: texts with many unclosed ones
/// (`[[[[…`, `` ` `` `` `` `` … of every length, `<!--` …) were quadratic.
///
/// Indices are those of the scalar array the renderer works on, so the index serves the
/// renderer's slices of it (a link's label) as well; each answer is checked against the end
/// of the slice asking, as the renderer's own scans stopped there.
struct MarkdownInlineIndex {
    /// For each `[`, the `]` that a scan from it ends at: brackets nest, and a backslash
    /// hides the character after it.
    private var bracketCloses: [Int: Int] = [:]
    /// The same for `(` and `)`.
    private var parenthesisCloses: [Int: Int] = [:]
    /// For each position, the first `]` at or after it (backslashes not considered).
    private var nextBracket: [Int] = []
    /// For each position, the first `-->` that starts at or after it.
    private var nextCommentEnd: [Int] = []
    /// The starts of the maximal backtick runs, by their length, in order.
    private var runs: [Int: [Int]] = [:]

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        bracketCloses = Self.closes(in: scalars, open: "[", close: "]")
        parenthesisCloses = Self.closes(in: scalars, open: "(", close: ")")
        let end = scalars.endIndex
        nextBracket = Array(repeating: end, count: end + 1)
        nextCommentEnd = Array(repeating: end, count: end + 1)
        var index = end - 1
        while index >= scalars.startIndex {
            nextBracket[index] = scalars[index] == "]" ? index : nextBracket[index + 1]
            let isCommentEnd = index + 2 < end && scalars[index] == "-" && scalars[index + 1] == "-" && scalars[index + 2] == ">"
            nextCommentEnd[index] = isCommentEnd ? index : nextCommentEnd[index + 1]
            index -= 1
        }
        index = scalars.startIndex
        while index < end {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            var length = 0
            while index + length < end, scalars[index + length] == "`" { length += 1 }
            runs[length, default: []].append(index)
            index += length
        }
    }

    /// Pairs each opener with the closer a nesting scan from it stops at. A scan from any
    /// opener sees the characters after it alike (a backslash run never reaches back past
    /// the opener), so one pass serves them all: an opener a backslash hides waits for the
    /// first closer at the nesting level it was met at.
    private static func closes(in scalars: ArraySlice<Unicode.Scalar>, open: Unicode.Scalar, close: Unicode.Scalar) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var openers: [Int] = []
        var hidden: [Int: [Int]] = [:]  // nesting level → hidden openers waiting at it
        var index = scalars.startIndex
        var escaped = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == open {
                if escaped { hidden[openers.count, default: []].append(index) } else { openers.append(index) }
            } else if scalar == close, !escaped {
                for waiting in hidden.removeValue(forKey: openers.count) ?? [] { result[waiting] = index }
                if let opener = openers.popLast() { result[opener] = index }
            }
            escaped = scalar == "\\" && !escaped
            index += 1
        }
        return result
    }

    /// The `]` that closes the `[` at `start`, before `end`.
    func bracketClose(_ start: Int, before end: Int) -> Int? {
        bracketCloses[start].flatMap { $0 < end ? $0 : nil }
    }

    /// The `)` that closes the `(` at `start`, before `end`.
    func parenthesisClose(_ start: Int, before end: Int) -> Int? {
        parenthesisCloses[start].flatMap { $0 < end ? $0 : nil }
    }

    /// The first `]` at or after `start`, before `end`.
    func firstBracket(from start: Int, before end: Int) -> Int? {
        start < nextBracket.count && nextBracket[start] < end ? nextBracket[start] : nil
    }

    /// Where the first `-->` at or after `start` begins, if it ends by `end`.
    func commentEnd(from start: Int, before end: Int) -> Int? {
        start < nextCommentEnd.count && nextCommentEnd[start] + 2 < end ? nextCommentEnd[start] : nil
    }

    /// The start of the first backtick run of exactly `length` at or after `start` that ends by `end`.
    func run(of length: Int, from start: Int, before end: Int) -> Int? {
        guard let starts = runs[length] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < start { low = mid + 1 } else { high = mid }
        }
        return low < starts.count && starts[low] + length <= end ? starts[low] : nil
    }
}

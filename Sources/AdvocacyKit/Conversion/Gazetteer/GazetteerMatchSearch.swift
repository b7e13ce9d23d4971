/// Look-ups in one paragraph's gazetteer matches by binary search: the matcher gives them in
/// reading order and they do not overlap (after a match it goes on past its end), so a
/// question about a span costs O(log n) instead of a pass over every match of a paragraph
/// (which made long paragraphs quadratic).
extension Array where Element == GazetteerMatch {
    /// The position of the first match that starts at or after `offset`.
    private func firstPosition(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether a match covers the characters `start..<end`.
    func covers(_ start: Int, _ end: Int) -> Bool {
        // The last match starting at or before `start` is the only one that can cover it.
        let next = firstPosition(startingAtOrAfter: start + 1)
        return next > 0 && self[next - 1].end >= end
    }

    /// The first match that starts after `lower` and ends by `upper`.
    func first(startingAfter lower: Int, endingBy upper: Int) -> GazetteerMatch? {
        var position = firstPosition(startingAtOrAfter: lower + 1)
        while position < count, self[position].start < upper {
            if self[position].end <= upper { return self[position] }
            position += 1
        }
        return nil
    }
}

/// Array initialisers for the many small arrays of the conversion and the export, cheaper than
/// the standard library's `init(repeating:count:)` and `init(unsafeUninitializedCapacity:)`.
///
/// Those two allocate through a function of the standard library that is not specialised for
/// the element type, so it looks up the storage class's type metadata each time: about 300
/// instructions an array (measured with callgrind: ~650 against ~300 for 16 scalars), which
/// for a word or a paragraph is more than filling it. The initialisers here only use
/// inlinable paths (`reserveCapacity`, `append(contentsOf:)`, `init(_:)` from a buffer),
/// which the compiler specialises, so the metadata comes from a cache in the caller.
extension Array {
    /// `count` copies of `value` (`count` may be 0).
    @inline(__always)
    init(copies value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}

extension Array where Element: BitwiseCopyable {
    /// The elements `body` writes into temporary storage of `capacity` elements, copied once
    /// into the array; `body` returns how many it wrote, from the start (at most `capacity`).
    ///
    /// Small storage is on the stack, so the copy costs less than the allocation it replaces.
    @inline(__always)
    init(writingAtMost capacity: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Int) {
        self = withUnsafeTemporaryAllocation(of: Element.self, capacity: capacity) { storage in
            let count = body(storage)
            precondition(count >= 0 && count <= capacity, "wrote more elements than the storage holds")
            return Array(UnsafeBufferPointer(rebasing: storage[..<count]))
        }
    }
}

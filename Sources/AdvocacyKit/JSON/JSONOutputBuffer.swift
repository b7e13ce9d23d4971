/// The growable bytes ``CanonicalJSONWriter`` writes into: appending one byte or a run of
/// bytes is a capacity check and a store or a `memcpy`, where `Array.append(contentsOf:)`
/// goes through the generic sequence machinery for every key and number.
///
/// A value type: the storage is copied before a write when another copy shares it, so a copy
/// of a writer never sees the other's bytes change.
struct JSONOutputBuffer {
    /// Owns the allocation, so that it is freed with the last copy of the buffer.
    private final class Owner {
        let base: UnsafeMutablePointer<UInt8>

        init(capacity: Int) { base = .allocate(capacity: capacity) }

        deinit { base.deallocate() }
    }

    private var owner: Owner?
    /// The owner's bytes, kept here so that a write needs no indirection.
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    /// The number of bytes written.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes (nothing allocated for 0).
    init(capacity: Int) {
        if capacity > 0 { replaceStorage(capacity: capacity) }
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        makeRoom(for: 1)
        base.unsafelyUnwrapped[count] = byte
        count += 1
    }

    /// Appends a run of bytes.
    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        makeRoom(for: run.count)
        (base.unsafelyUnwrapped + count).initialize(from: source, count: run.count)
        count += run.count
    }

    /// Appends a run of bytes.
    @inline(__always)
    mutating func append(_ run: UnsafeRawBufferPointer) {
        append(run.assumingMemoryBound(to: UInt8.self))
    }

    /// Appends a line feed and `indentation` spaces with one capacity check.
    @inline(__always)
    mutating func appendLineBreak(indentation: Int) {
        makeRoom(for: 1 + indentation)
        let target = base.unsafelyUnwrapped + count
        target.initialize(to: UInt8(ascii: "\n"))
        (target + 1).initialize(repeating: UInt8(ascii: " "), count: indentation)
        count += 1 + indentation
    }

    /// Appends `text` between two literals (a key between its quote and `":`) with one
    /// capacity check.
    @inline(__always)
    mutating func append(_ prefix: StaticString, _ text: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) {
        makeRoom(for: prefix.utf8CodeUnitCount + text.count + suffix.utf8CodeUnitCount)
        copy(prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        if let source = text.baseAddress { copy(source, count: text.count) }
        copy(suffix.utf8Start, count: suffix.utf8CodeUnitCount)
    }

    /// Copies bytes into room already made: short runs byte by byte, which is cheaper than a
    /// call to `memcpy`.
    @inline(__always)
    private mutating func copy(_ source: UnsafePointer<UInt8>, count runCount: Int) {
        let target = base.unsafelyUnwrapped + count
        if runCount < 16 {
            for offset in 0..<runCount { (target + offset).initialize(to: source[offset]) }
        } else {
            target.initialize(from: source, count: runCount)
        }
        count += runCount
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] {
        guard let base else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Ensures room for `extra` more bytes in storage of this buffer's own.
    @inline(__always)
    private mutating func makeRoom(for extra: Int) {
        if _slowPath(capacity - count < extra || !isKnownUniquelyReferenced(&owner)) {
            replaceStorage(capacity: Swift.max(2 * capacity, count + extra, 64))
        }
    }

    /// Moves the bytes into new storage of `capacity` bytes.
    private mutating func replaceStorage(capacity newCapacity: Int) {
        let newOwner = Owner(capacity: newCapacity)
        if let base, count > 0 { newOwner.base.initialize(from: base, count: count) }
        owner = newOwner
        base = newOwner.base
        capacity = newCapacity
    }
}

import Dispatch
import Synchronization

/// One key of every lead (its email's, its city's, …) as a small number: leads with equal keys
/// have equal numbers, numbered from 0 in the order first met; a lead without the key has -1.
/// Grouping then compares and indexes numbers, where it compared, hashed and retained texts at
/// every step.
///
/// Numbered by the hashes each entry made of its keys when it was made (`hash`), in a table of
/// positions: a text is read only when its hash meets an equal one, to tell a true match from a
/// collision. Grouping used to hash the texts themselves in dictionaries (a `[String: Int]` of
/// emails and one of phones, one of (name, place) pairs per kind of place), retaining and hashing
/// every key, each a separate piece of memory: a third of a second look at 100,000 leads.
struct KeyNumbers {
    /// The number of each lead's key, by the lead's position.
    let numbers: [Int32]
    /// How many different keys there are: every number is below it.
    let distinct: Int

    subscript(index: Int) -> Int32 { numbers[index] }

    /// The numbers of the keys whose hashes are `hashes` (by lead), `same(a, b)` telling whether
    /// the leads at `a` and `b` have equal keys where their hashes agree.
    init(hashes: [Int], same: (Int, Int) -> Bool) {
        var capacity = 16
        while capacity < 2 * hashes.count { capacity *= 2 }
        let mask = capacity - 1
        var slotHashes = [Int](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        // The position of the first lead with each number, whose key stands for it.
        var first: [Int] = []
        var numbers = [Int32](repeating: -1, count: hashes.count)
        for (index, hash) in hashes.enumerated() where hash != 0 {
            var slot = hash & mask
            while slots[slot] >= 0, slotHashes[slot] != hash || !same(first[Int(slots[slot])], index) {
                slot = (slot + 1) & mask
            }
            if slots[slot] < 0 {
                slots[slot] = Int32(first.count)
                slotHashes[slot] = hash
                first.append(index)
            }
            numbers[index] = slots[slot]
        }
        self.numbers = numbers
        distinct = first.count
    }

    /// The numbers of every kind of key of `entries`, the kinds numbered at once on the cores.
    /// The five hashes of an entry lie together, so they are gathered in one pass: a pass per
    /// kind reached into each entry five times.
    static func all(_ entries: [DuplicateEntry]) -> [DuplicateEntry.KeyColumn: KeyNumbers] {
        let hashes = entries.map { $0.keyHashes }
        let columns = DuplicateEntry.KeyColumn.allCases
        let numbered = Mutex<[DuplicateEntry.KeyColumn: KeyNumbers]>([:])
        DispatchQueue.concurrentPerform(iterations: columns.count) { index in
            let column = columns[index]
            let numbers = KeyNumbers(hashes: hashes.map { $0[column] }) { entries[$0].key(column) == entries[$1].key(column) }
            numbered.withLock { $0[column] = numbers }
        }
        return numbered.withLock { $0 }
    }

    /// The hash `key` is numbered by; 0 for none. Equal keys, as `String` compares them, hash
    /// alike: nearly every key is ASCII, hashed from its bytes as they lie; a text with the few
    /// scalars that decompose into ASCII hashes as that ASCII text (`String` takes `a\u{37E}b` and
    /// `a;b` for equal); any other goes through `String`'s own hashing, which follows Unicode's
    /// canonical equivalence.
    static func hash(_ key: String?) -> Int {
        guard var key else { return 0 }
        var hasher = Hasher()
        if !key.withUTF8({ bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            return true
        }) {
            if var ascii = asciiEquivalent(key) {
                ascii.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            } else {
                hasher.combine(key)
            }
        }
        let hash = hasher.finalize()
        return hash == 0 ? 1 : hash
    }

    /// The ASCII text canonically equivalent to `text`, if there is one: the only scalars outside
    /// ASCII that decompose into ASCII are the Greek question mark, the Greek varia and the
    /// Kelvin sign.
    private static func asciiEquivalent(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: scalars.append(scalar)
            case 0x37E: scalars.append(";")
            case 0x1FEF: scalars.append("`")
            case 0x212A: scalars.append("K")
            default: return nil
            }
        }
        return String(scalars)
    }
}

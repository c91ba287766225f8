/// What a `GridCanvas` cell shows, as one integer: a Unicode scalar value (most cells), the
/// right half of a wide character, or an index into the canvas's table of multi-scalar grapheme
/// clusters, numbered above the last scalar value.
enum CellCode {
    static let space = UInt32(0x20)
    static let continuation = UInt32.max
    /// One past the last Unicode scalar value: where cluster indices start.
    private static let firstCluster = UInt32(0x11_0000)

    static func code(forCluster index: Int) -> UInt32 { firstCluster + UInt32(index) }

    /// The cluster index a code stands for, or `nil` for a scalar or a continuation.
    static func cluster(_ code: UInt32) -> Int? {
        code >= firstCluster && code != continuation ? Int(code - firstCluster) : nil
    }
}

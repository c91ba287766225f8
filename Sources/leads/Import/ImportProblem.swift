/// Why a record is rejected, said for the person fixing the file.
struct ImportProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

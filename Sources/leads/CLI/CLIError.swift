/// An error the command line reports itself: one line on stderr and its exit code.
struct CLIError: Error, CustomStringConvertible {
    var code: LeadsExitCode
    var message: String

    init(_ code: LeadsExitCode, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { message }
}

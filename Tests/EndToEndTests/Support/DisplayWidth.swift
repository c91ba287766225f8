import Foundation

/// The C library's `wcwidth`, which Glibc's Swift module leaves out (it sits behind
/// `_XOPEN_SOURCE`); the test target does not import the ncurses module, so it is declared here.
@_silgen_name("wcwidth") private func c_wcwidth(_ c: Int32) -> Int32

/// Terminal columns a string takes by the C library's table (the one tmux uses too), for
/// checking alignment in what tmux captured, independently of the program's own width code.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        setlocale(LC_CTYPE, "C.UTF-8")
        return text.unicodeScalars.reduce(0) { $0 + max(0, Int(c_wcwidth(Int32(bitPattern: $1.value)))) }
    }
}

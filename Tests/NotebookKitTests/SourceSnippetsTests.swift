import Testing
@testable import NotebookKit

@Suite struct SourceSnippetsTests {
    @Test func extractsNamedRegionsDedentedInSourceOrder() throws {
        let source = """
        import Foundation
        func run() {
            // snippet: load
            let a = 1

            if a > 0 {
                print(a)
            }
            // end snippet
            // snippet: second
                let b = 2
            // end snippet
        }
        """
        let s = try SourceSnippets(parsing: source, file: "main.swift")
        #expect(s.names == ["load", "second"])
        #expect(s["load"] == "let a = 1\n\nif a > 0 {\n    print(a)\n}")
        #expect(s["second"] == "let b = 2")
        #expect(s["missing"] == nil)
    }

    @Test func blankLinesAtTheEdgesAreDropped() throws {
        let s = try SourceSnippets(parsing: "// snippet: x\n\n  y()\n   \n// end snippet\n", file: "f")
        #expect(s["x"] == "y()")
    }

    @Test(arguments: [
        ("// snippet: a\nx\n", "f.swift:1: snippet 'a' is never closed; end it with '// end snippet'."),
        ("x\n// end snippet\n", "f.swift:2: '// end snippet' without an open snippet."),
        ("// snippet: a\n// snippet: b\n// end snippet\n", "f.swift:2: snippet 'b' starts inside snippet 'a' (opened on line 1); close it with '// end snippet' first."),
        ("// snippet: a\n// end snippet\n// snippet: a\n// end snippet\n", "f.swift:3: snippet 'a' is defined twice; give each snippet its own name."),
        ("// snippet:   \n// end snippet\n", "f.swift:1: a snippet marker needs a name, e.g. '// snippet: fit'."),
    ])
    func malformedMarkersSayWhereAndHowToFix(source: String, message: String) {
        #expect(throws: NotebookError.self) { try SourceSnippets(parsing: source, file: "f.swift") }
        do {
            _ = try SourceSnippets(parsing: source, file: "f.swift")
        } catch {
            #expect(error.description == message)
        }
    }
}

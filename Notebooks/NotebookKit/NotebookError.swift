// What can go wrong when a notebook renders its page: what, where, how to fix.

import Foundation
import PanelData
import PlotCairo

/// An error of a notebook run. The notebook's `main` prints `description` and exits 1.
public enum NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A snippet marker in the notebook's source is malformed.
    case snippet(file: String, line: Int, problem: String)
    /// The page asks for a snippet the source does not define.
    case unknownSnippet(name: String, file: String, available: [String])
    /// The notebook's source file cannot be read (the page needs it for its code blocks).
    case unreadableSource(path: String, reason: String)
    /// A figure could not be rendered.
    case render(figure: String, reason: String)
    /// Two figures of one page share a file name.
    case duplicateFigure(String)
    /// Two tables of one page share a file name.
    case duplicateTable(String)
    /// An analysis step failed; `step` says which, `reason` is the library's message.
    case analysis(step: String, reason: String)
    /// A file of the page could not be written.
    case write(AtomicFileError)
    /// A stale figure could not be removed.
    case remove(path: String, reason: String)

    public var description: String {
        switch self {
        case let .snippet(file, line, problem): return "\(file):\(line): \(problem)."
        case let .unknownSnippet(name, file, available):
            return "\(file) has no snippet '\(name)'"
                + (available.isEmpty ? "; mark one with '// snippet: \(name)' ... '// end snippet'." : "; it defines \(available.joined(separator: ", ")).")
        case let .unreadableSource(path, reason):
            return "cannot read the notebook source \(path) (\(reason)); run the notebook from a checkout of the repository (swift run <notebook>)."
        case let .render(figure, reason): return "figure \(figure) could not be rendered: \(reason)"
        case .duplicateFigure(let stem): return "two figures of the page are named '\(stem)'; give each figure its own name."
        case .duplicateTable(let stem): return "two tables of the page are written to 'tables/\(stem)'; give each table its own file name."
        case let .analysis(step, reason): return "\(step): \(reason)"
        case .write(let e): return e.description
        case let .remove(path, reason): return "cannot remove the stale figure \(path) (\(reason))."
        }
    }
}

import Testing
@testable import NotebookKit

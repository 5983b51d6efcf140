import Constructs
import Foundation

/// The errors synthesizing `app` reports; empty when it synthesizes.
func synthesisErrors(_ app: App) -> [Diagnostic] {
  do {
    _ = try app.synthesize()
    return []
  } catch {
    return error.errors
  }
}

/// An error diagnostic, for comparing with what synthesis reports.
func error(_ path: String, _ code: String, _ message: String) -> Diagnostic {
  Diagnostic(severity: .error, path: path, code: code, message: message)
}

/// A directory path under the system's temporary directory that does not exist yet.
func temporaryDirectoryPath(_ name: String = #function) -> String {
  FileManager.default.temporaryDirectory
    .appendingPathComponent("constructs-tests-\(UUID().uuidString)")
    .appendingPathComponent(name.filter { $0.isLetter || $0.isNumber }).path
}

package import Foundation

/// A program found on `PATH` (`openssl`, `redis-server`), run with `Foundation.Process`.
package struct ExternalProgram {
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
  }

  package let url: URL

  /// Finds `name` on `PATH`.
  package init(_ name: String) throws {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw Failure(
        description: "\(name) is not installed (not found on PATH); install it, e.g. apt-get install -y \(name)")
    }
    url = found
  }

  /// The program at `url`.
  package init(url: URL) {
    self.url = url
  }

  /// Runs the program to completion in `directory` and throws with its output if it fails.
  package func run(_ arguments: [String], in directory: URL) throws {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "\(url.lastPathComponent) \(arguments.joined(separator: " ")) failed: \(text)")
    }
  }

  /// Runs the program to completion and returns its exit status and output (standard output and error).
  package func output(_ arguments: [String]) throws -> (status: Int32, text: String) {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  /// Starts the program in the background, its output discarded.
  package func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}

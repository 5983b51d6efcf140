import Foundation
import Testing

/// The committed L1 sources of every module (`Sources/<Module>/Generated`) are the generator's output for the
/// committed schemas and overlays: a schema update is one command (`scripts/generate-l1.sh`), and nobody edits
/// the generated files by hand.
@Suite("Generated L1 sources")
struct GeneratedSourcesTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Runs the `generate-l1` executable that the package builds beside the tests, with `--check`.
  private func runGenerator() throws -> (status: Int32, output: String) {
    let directory = try #require(Bundle.main.executableURL?.deletingLastPathComponent())
    let executable = directory.appendingPathComponent("generate-l1")
    try #require(
      FileManager.default.isExecutableFile(atPath: executable.path),
      "generate-l1 is not built in \(directory.path); `swift build --build-tests` builds it"
    )
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "--check",
      Self.repository.appendingPathComponent("Tools/generate-l1/Schemas").path,
      Self.repository.appendingPathComponent("Tools/generate-l1/Overlays").path,
      Self.repository.appendingPathComponent("Sources").path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test("The committed sources are what the generator makes of the committed schemas, on every run")
  func upToDateAndDeterministic() throws {
    let first = try runGenerator()
    #expect(first.status == 0, "Run scripts/generate-l1.sh and commit the result:\n\(first.output)")
    let second = try runGenerator()
    #expect(second.output == first.output)
    #expect(second.status == first.status)
  }

}

import Foundation

/// Reads the schemas and overlays from disk, runs the pipeline and brings every module's `Generated` folder up
/// to date.
struct GeneratorCommand {
  var schemaDirectory: String
  var overlayDirectory: String
  var sourcesDirectory: String

  /// What a run changed, or would change with `checkOnly`.
  struct Outcome: CustomStringConvertible {
    var unchanged: [String] = []
    var written: [String] = []
    var removed: [String] = []
    var isChecking = false

    var isUpToDate: Bool { written.isEmpty && removed.isEmpty }

    var description: String {
      if isUpToDate { return "generate-l1: \(unchanged.count) files up to date" }
      let verb = isChecking ? "out of date" : "written"
      return (written.map { "\(verb): \($0)" } + removed.map { "\(isChecking ? "stale" : "removed"): \($0)" })
        .joined(separator: "\n")
    }
  }

  func run(checkOnly: Bool) throws -> Outcome {
    let schemas = try Self.inputs(in: schemaDirectory)
    guard !schemas.isEmpty else { throw GeneratorError("\(schemaDirectory) has no *.json schemas") }
    let files = try L1Generator.generate(schemas: schemas, overlays: try Self.inputs(in: overlayDirectory))

    var outcome = Outcome(isChecking: checkOnly)
    let fileManager = FileManager.default
    for file in files {
      let path = (sourcesDirectory as NSString).appendingPathComponent(file.path)
      if (try? String(contentsOfFile: path, encoding: .utf8)) == file.contents {
        outcome.unchanged.append(path)
        continue
      }
      outcome.written.append(path)
      guard !checkOnly else { continue }
      try fileManager.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
    }
    let paths = Set(files.map(\.path))
    for module in ServiceModule.all {
      let directory = (sourcesDirectory as NSString).appendingPathComponent(module.generatedDirectory)
      let existing = (try? fileManager.contentsOfDirectory(atPath: directory)) ?? []
      for name in existing.sorted() where name.hasSuffix(".swift") {
        guard !paths.contains("\(module.generatedDirectory)/\(name)") else { continue }
        let path = (directory as NSString).appendingPathComponent(name)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
          text.hasPrefix(ResourceModel.generatedMarker)
        else { continue }
        outcome.removed.append(path)
        if !checkOnly { try fileManager.removeItem(atPath: path) }
      }
    }
    return outcome
  }

  /// The `*.json` files of a directory, ordered by name (none when the directory does not exist).
  private static func inputs(in directory: String) throws -> [L1Generator.InputFile] {
    guard FileManager.default.fileExists(atPath: directory) else { return [] }
    return try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
      .map { name in
        let path = (directory as NSString).appendingPathComponent(name)
        return L1Generator.InputFile(name: name, source: path, text: try String(contentsOfFile: path, encoding: .utf8))
      }
  }
}

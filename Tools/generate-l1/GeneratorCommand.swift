import Foundation

/// Reads the schemas from disk, runs the pipeline and brings the output directory up to date.
struct GeneratorCommand {
  var schemaDirectory: String
  var outputDirectory: String

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
    let fileManager = FileManager.default
    let schemaNames = try fileManager.contentsOfDirectory(atPath: schemaDirectory).filter { $0.hasSuffix(".json") }
      .sorted()
    guard !schemaNames.isEmpty else { throw GeneratorError("\(schemaDirectory) has no *.json schemas") }
    let schemas = try schemaNames.map { name in
      let path = (schemaDirectory as NSString).appendingPathComponent(name)
      return (source: path, text: try String(contentsOfFile: path, encoding: .utf8))
    }
    let files = try L1Generator.generate(schemas: schemas)

    var outcome = Outcome(isChecking: checkOnly)
    if !checkOnly { try fileManager.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true) }
    for file in files {
      let path = (outputDirectory as NSString).appendingPathComponent(file.name)
      if (try? String(contentsOfFile: path, encoding: .utf8)) == file.contents {
        outcome.unchanged.append(path)
        continue
      }
      outcome.written.append(path)
      if !checkOnly { try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path)) }
    }
    let names = Set(files.map(\.name))
    let existing = (try? fileManager.contentsOfDirectory(atPath: outputDirectory)) ?? []
    for name in existing.sorted() where name.hasSuffix(".swift") && !names.contains(name) {
      let path = (outputDirectory as NSString).appendingPathComponent(name)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8),
        text.hasPrefix(ResourceModel.generatedMarker)
      else { continue }
      outcome.removed.append(path)
      if !checkOnly { try fileManager.removeItem(atPath: path) }
    }
    return outcome
  }
}

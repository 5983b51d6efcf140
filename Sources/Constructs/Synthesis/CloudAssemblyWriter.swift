import Foundation

/// Writes a cloud assembly to its directory and stages its file assets there.
struct CloudAssemblyWriter {
  let assembly: CloudAssembly

  func write() throws {
    let fileManager = FileManager.default
    let directory = URL(fileURLWithPath: assembly.directory, isDirectory: true)
    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    for file in assembly.files {
      try Data(file.contents.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
    }
    for asset in assembly.stagedAssets {
      let destination = directory.appendingPathComponent(asset.stagedName)
      guard !fileManager.fileExists(atPath: destination.path) else { continue }
      try fileManager.copyItem(at: URL(fileURLWithPath: asset.sourcePath), to: destination)
    }
  }
}

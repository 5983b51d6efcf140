import Foundation

/// Writes a cloud assembly to its directory and stages its file assets there.
struct CloudAssemblyWriter {
  let assembly: CloudAssembly

  func write() throws {
    let directory = URL(fileURLWithPath: assembly.directory, isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for file in assembly.files {
      try Data(file.contents.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
    }
    for asset in assembly.stagedAssets {
      try AssetStager(asset: asset).stage(in: directory)
    }
  }
}

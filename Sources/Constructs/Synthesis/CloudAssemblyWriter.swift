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
    try removeStaleEntries(in: directory)
  }

  /// Removes what an earlier synthesis into the directory wrote and this assembly does not have: the template,
  /// asset manifest and metadata of a stack no longer in the app, and staged assets no longer used. Other files
  /// are left alone. Runs after the new files are written, so that an interrupted run leaves a complete assembly.
  private func removeStaleEntries(in directory: URL) throws {
    let fileManager = FileManager.default
    let current = Set(assembly.files.map(\.name)).union(assembly.stagedAssets.map(\.stagedName))
    for name in try fileManager.contentsOfDirectory(atPath: directory.path).sorted()
    where Self.isStackOrAssetEntry(name) && !current.contains(name) {
      try fileManager.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  /// Whether an entry of an assembly directory belongs to one stack or one asset.
  static func isStackOrAssetEntry(_ name: String) -> Bool {
    name.hasPrefix("asset.")
      || [".template.json", ".assets.json", ".metadata.json"].contains { name.hasSuffix($0) }
  }
}

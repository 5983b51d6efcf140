import Foundation

/// Copies a file asset into the cloud assembly under its staged name, as the AWS CDK stages assets: a file
/// is copied as is; a directory is copied entry by entry in the fingerprint's walk, so that links inside it
/// stay links (made relative to the copy), links leaving it are replaced by what they point to, and the
/// always-excluded entries are left out.
struct AssetStager {
  let asset: FileAsset

  /// Stages the asset in `directory`, unless a copy with the same name (and so the same contents) is there.
  func stage(in directory: URL) throws {
    let fileManager = FileManager.default
    let destination = directory.appendingPathComponent(asset.stagedName).path
    guard !fileManager.fileExists(atPath: destination) else { return }
    var isDirectory: ObjCBool = false
    _ = fileManager.fileExists(atPath: asset.sourcePath, isDirectory: &isDirectory)
    guard isDirectory.boolValue else {
      try fileManager.copyItem(atPath: asset.sourcePath, toPath: destination)
      return
    }
    let building = destination + ".staging"
    try? fileManager.removeItem(atPath: building)
    try fileManager.createDirectory(atPath: building, withIntermediateDirectories: true)
    let walker = AssetDirectoryWalker(directory: asset.sourcePath)
    try walker.walk { entry in
      switch entry {
      case .directory(let relativePath):
        try fileManager.createDirectory(atPath: building + "/" + relativePath, withIntermediateDirectories: true)
      case .file(let relativePath, let realPath):
        try fileManager.copyItem(atPath: realPath, toPath: building + "/" + relativePath)
      case .symlink(let relativePath, let linkTarget, let resolvedTarget, let isInternal):
        let link = building + "/" + relativePath
        let text =
          isInternal ? Self.relativeLink(from: link, to: resolvedTarget, root: walker.root, copy: building) : linkTarget
        try fileManager.createSymbolicLink(atPath: link, withDestinationPath: text)
      }
    }
    try fileManager.moveItem(atPath: building, toPath: destination)
  }

  /// The link text that points from `link` in the copy to the copy of `target`, relative to the link's directory.
  private static func relativeLink(from link: String, to target: String, root: String, copy: String) -> String {
    let targetInCopy = target == root ? [] : target.dropFirst(root.count + 1).split(separator: "/").map(String.init)
    let linkDirectory = link.dropFirst(copy.count + 1).split(separator: "/").dropLast().map(String.init)
    let common = zip(linkDirectory, targetInCopy).prefix { $0 == $1 }.count
    let components = Array(repeating: "..", count: linkDirectory.count - common) + targetInCopy.dropFirst(common)
    return components.isEmpty ? "." : components.joined(separator: "/")
  }
}

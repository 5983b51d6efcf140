import Foundation

/// Walks a file asset's directory as the AWS CDK does when it fingerprints and stages the directory:
/// entries in code-unit order of their names, symbolic links inside the directory kept as links, links
/// that leave the directory followed, and the CDK's always-excluded `.is_custom_resource` entries skipped.
struct AssetDirectoryWalker {
  /// What the walk meets, with its path relative to the root (`/`-separated).
  enum Entry {
    /// A directory the walk enters.
    case directory(relativePath: String)
    /// A regular file (or a followed link to one); `realPath` is where its contents are read from.
    case file(relativePath: String, realPath: String)
    /// A link kept as a link: one that points inside the root, or whose target does not exist.
    case symlink(relativePath: String, linkTarget: String, resolvedTarget: String, isInternal: Bool)
  }

  /// The name the AWS CDK excludes from every asset.
  static let alwaysExcludedName = ".is_custom_resource"

  /// The canonical (symbolic-link-free) root directory.
  let root: String

  /// A walker of the directory at `directory`.
  init(directory: String) {
    root = Self.canonicalPath(directory)
  }

  /// Visits every entry below the root, parents before children.
  func walk(_ visit: (Entry) throws -> Void) throws {
    var ancestors: Set<String> = []
    try walk(relativePath: "", realPath: root, canonicalPath: root, ancestors: &ancestors, visit)
  }

  private func walk(
    relativePath: String,
    realPath: String,
    canonicalPath: String,
    ancestors: inout Set<String>,
    _ visit: (Entry) throws -> Void
  ) throws {
    guard ancestors.insert(canonicalPath).inserted else { return }
    defer { ancestors.remove(canonicalPath) }
    let fileManager = FileManager.default
    let names = try fileManager.contentsOfDirectory(atPath: realPath).sorted {
      $0.utf16.lexicographicallyPrecedes($1.utf16)
    }
    for name in names where name != Self.alwaysExcludedName {
      let childRelative = relativePath.isEmpty ? name : relativePath + "/" + name
      let childReal = realPath + "/" + name
      let type = try fileManager.attributesOfItem(atPath: childReal)[.type] as? FileAttributeType
      switch type {
      case .typeSymbolicLink?:
        try visitSymlink(relativePath: childRelative, realPath: childReal, ancestors: &ancestors, visit)
      case .typeDirectory?:
        try visit(.directory(relativePath: childRelative))
        try walk(
          relativePath: childRelative, realPath: childReal, canonicalPath: canonicalPath + "/" + name,
          ancestors: &ancestors, visit)
      case .typeRegular?:
        try visit(.file(relativePath: childRelative, realPath: childReal))
      default:
        continue
      }
    }
  }

  private func visitSymlink(
    relativePath: String,
    realPath: String,
    ancestors: inout Set<String>,
    _ visit: (Entry) throws -> Void
  ) throws {
    let linkTarget = try FileManager.default.destinationOfSymbolicLink(atPath: realPath)
    let absoluteTarget =
      linkTarget.hasPrefix("/")
      ? linkTarget : (realPath as NSString).deletingLastPathComponent + "/" + linkTarget
    let resolvedTarget = Self.canonicalLinkTarget(absoluteTarget)
    let isInternal = resolvedTarget == root || resolvedTarget.hasPrefix(root + "/")
    var isDirectory: ObjCBool = false
    guard !isInternal, FileManager.default.fileExists(atPath: resolvedTarget, isDirectory: &isDirectory) else {
      try visit(
        .symlink(
          relativePath: relativePath, linkTarget: linkTarget, resolvedTarget: resolvedTarget, isInternal: isInternal))
      return
    }
    if isDirectory.boolValue {
      try visit(.directory(relativePath: relativePath))
      try walk(
        relativePath: relativePath, realPath: resolvedTarget, canonicalPath: Self.canonicalPath(resolvedTarget),
        ancestors: &ancestors, visit)
    } else {
      try visit(.file(relativePath: relativePath, realPath: resolvedTarget))
    }
  }

  /// The path with every symbolic link resolved, `.` and `..` removed (the path itself when it does not exist).
  static func canonicalPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// A link's target with its directory made canonical and its last component kept, as the CDK resolves it.
  private static func canonicalLinkTarget(_ target: String) -> String {
    let standardized = URL(fileURLWithPath: target).standardizedFileURL
    let directory = canonicalPath(standardized.deletingLastPathComponent().path)
    return (directory == "/" ? "" : directory) + "/" + standardized.lastPathComponent
  }
}

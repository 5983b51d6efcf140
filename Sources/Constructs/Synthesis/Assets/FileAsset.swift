/// A file or directory that deployment uploads to the bootstrap bucket, such as a Lambda function's code.
///
/// Create one from a path with ``init(path:displayName:scope:)``, which fingerprints it as the AWS CDK does;
/// ``Stack/addFileAsset(_:)`` then stages it into the cloud assembly (`asset.<hash>` for a directory,
/// `asset.<hash>.zip` for a zip file) and lists it in the stack's asset manifest for `cdk deploy` to publish.
public struct FileAsset: Sendable, Equatable {
  /// How the CDK CLI publishes the asset.
  public enum Packaging: String, Sendable {
    /// Upload the file as is.
    case file
    /// Zip the directory, then upload the archive.
    case zipDirectory = "zip"
  }

  /// File extensions of archives, matched case-insensitively (longest first, as the CDK matches them).
  private static let archiveExtensions = [".tar.gz", ".zip", ".jar", ".tar", ".tgz"]

  /// The file or directory on disk.
  public let sourcePath: String
  /// The hash of the asset's contents; it names the staged copy and the uploaded object.
  public let sourceHash: String
  /// How it is published.
  public let packaging: Packaging
  /// A name for the asset in the asset manifest and the CLI's output, such as `Function/Code`.
  public let displayName: String

  /// An asset whose hash is already known.
  public init(sourcePath: String, sourceHash: String, packaging: Packaging, displayName: String) {
    self.sourcePath = sourcePath
    self.sourceHash = sourceHash
    self.packaging = packaging
    self.displayName = displayName
  }

  /// The name of the staged copy inside the cloud assembly: `asset.<hash>` and the source's extension.
  public var stagedName: String { "asset.\(sourceHash)\(Self.assetExtension(sourcePath))" }

  /// The object key in the bootstrap bucket: `<hash>.zip` for a directory, else the hash and the extension.
  public var objectKey: String {
    packaging == .zipDirectory ? "\(sourceHash).zip" : sourceHash + Self.pathExtension(stagedName)
  }

  /// Whether the published object is an archive: a zipped directory or a `.zip`, `.jar`, `.tar`, `.tgz` or
  /// `.tar.gz` file.
  public var isArchive: Bool {
    packaging == .zipDirectory || Self.archiveExtensions.contains(Self.assetExtension(sourcePath).lowercased())
  }

  /// The extension the CDK gives a staged asset: an archive extension (`.tar.gz` included), else the last one.
  private static func assetExtension(_ path: String) -> String {
    let lowercased = path.lowercased()
    return archiveExtensions.first { lowercased.hasSuffix($0) } ?? pathExtension(path)
  }

  /// The extension of the last path component from its last dot (none for a leading dot), as Node.js finds it.
  private static func pathExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[dot...])
  }
}

/// Where an asset lives after deployment publishes it.
public struct FileAssetLocation {
  /// The bootstrap bucket's name, as the template should refer to it.
  public let bucketName: StringValue
  /// The object key within the bucket.
  public let objectKey: StringValue
}

extension Stack {
  /// Registers a file asset of this stack: it is staged into the cloud assembly and listed in the stack's
  /// asset manifest, so `cdk deploy` uploads it to the bootstrap bucket before deploying the template.
  public func addFileAsset(_ asset: FileAsset) -> FileAssetLocation {
    if !fileAssets.contains(asset) { fileAssets.append(asset) }
    return FileAssetLocation(
      bucketName: DefaultStackSynthesizer.assetBucketName(in: self),
      objectKey: StringValue(asset.objectKey)
    )
  }
}

/// A file or directory that deployment uploads to the bootstrap bucket, such as a Lambda function's code.
public struct FileAsset: Sendable, Equatable {
  /// How the CDK CLI publishes the asset.
  public enum Packaging: String, Sendable {
    /// Upload the file as is.
    case file
    /// Zip the directory, then upload the archive.
    case zipDirectory = "zip"
  }

  /// The file or directory on disk.
  public let sourcePath: String
  /// The hash of the asset's contents; it names the uploaded object.
  public let sourceHash: String
  /// How it is published.
  public let packaging: Packaging
  /// The construct path it belongs to, for messages.
  public let displayName: String

  /// The name of the staged copy inside the cloud assembly.
  public var stagedName: String {
    guard packaging == .file else { return "asset.\(sourceHash)" }
    let fileExtension = sourcePath.split(separator: "/").last.flatMap { name in
      name.lastIndex(of: ".").map { String(name[$0...]) }
    }
    return "asset.\(sourceHash)\(fileExtension ?? "")"
  }

  /// The object key in the bootstrap bucket.
  public var objectKey: String {
    packaging == .zipDirectory ? "\(sourceHash).zip" : stagedName.replacingPrefix("asset.", with: "")
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

extension String {
  fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}

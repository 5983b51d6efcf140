import CloudFormationModel
import Foundation

extension FileAsset {
  /// The context key whose value the AWS CDK mixes into every asset hash (`@aws-cdk/core:assetHashSalt`).
  public static let assetHashSaltContextKey = "@aws-cdk/core:assetHashSalt"

  /// An asset of the file or directory at `path` (relative to the current directory, or absolute),
  /// fingerprinted as the AWS CDK fingerprints it, so that the same code gets the same hash, staged name
  /// and object key as with the CDK. A directory is published as a zip of its contents, a file as is.
  ///
  /// - Parameters:
  ///   - displayName: the asset's name in the asset manifest, by convention its path below the stack.
  ///   - scope: where to read the `@aws-cdk/core:assetHashSalt` context value from.
  /// - Throws: ``AssetStagingError`` when the path does not exist or cannot be read.
  public init(path: String, displayName: String, scope: Construct) throws(AssetStagingError) {
    let absolutePath = URL(fileURLWithPath: path).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolutePath, isDirectory: &isDirectory) else {
      throw AssetStagingError(code: "CannotFindAsset", message: "Cannot find asset at \(absolutePath)")
    }
    let salt = scope.node.tryGetContext(Self.assetHashSaltContextKey)?.stringValue ?? ""
    let hash: String
    do {
      hash = try AssetFingerprint.fingerprint(of: absolutePath, extraHash: salt)
    } catch {
      throw AssetStagingError(
        code: "UnreadableAsset",
        message: "Cannot read asset at \(absolutePath): \(error). Check that the files exist and are readable.")
    }
    self.init(
      sourcePath: absolutePath,
      sourceHash: hash,
      packaging: isDirectory.boolValue ? .zipDirectory : .file,
      displayName: displayName
    )
  }
}

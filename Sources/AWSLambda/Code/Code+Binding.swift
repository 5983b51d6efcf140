import AWSS3
import CloudFormationModel
import Constructs

/// A function's code as its resource renders it.
struct BoundCode {
  /// The `Code` property.
  var property: Lambda.CfnFunction.CodeProperty
  /// For code from an asset, the staged asset's name in the cloud assembly.
  var stagedAssetPath: String?
}

extension Lambda.Code {
  /// The `Code` property for `function` (staging an asset below it as `Code`); problems are recorded on the
  /// function or the asset.
  func bind(to function: Lambda.Function, runtime: Lambda.Runtime) -> BoundCode {
    switch source {
    case .bucket(let bucket, let key, let objectVersion):
      if objectVersion == nil {
        bucket.node.addWarning(
          "CodeFromBucketObjectVersionNotSpecified",
          "objectVersion is not defined for Code.fromBucket(). The lambda will not be updated automatically if the "
            + "code in the bucket is updated. This is because CDK/Cloudformation does not track changes on the source "
            + "S3 Bucket. It is recommended to either use Code.fromAsset() instead or set objectVersion.")
      }
      return BoundCode(property: .init(s3Bucket: bucket.bucketName, s3Key: key, s3ObjectVersion: objectVersion))
    case .inline(let code):
      if code.isEmpty {
        function.node.addError("LambdaInlineCodeCannotBeEmpty", "Lambda inline code cannot be empty")
      } else if !runtime.supportsInlineCode {
        function.node.addError("InlineSourceAllowed", "Inline source not allowed for \(runtime.name)")
      }
      return BoundCode(property: .init(zipFile: StringValue(code)))
    case .asset(let path):
      return bindAsset(path, to: function)
    }
  }

  private func bindAsset(_ path: String, to function: Lambda.Function) -> BoundCode {
    let holder = Construct(function, "Code")
    let stack = Stack.of(function)
    let scopes = holder.node.scopes
    let belowStack = scopes[((scopes.lastIndex { $0 === stack } ?? 0) + 1)...].map(\.node.id)
    let asset: FileAsset
    do {
      asset = try FileAsset(path: path, displayName: belowStack.joined(separator: "/"), scope: holder)
    } catch {
      holder.node.addError(error.code, error.message)
      return BoundCode(property: .init())
    }
    guard asset.isArchive else {
      function.node.addError("AssetMustBeZipFile", "Asset must be a .zip file or a directory (\(path))")
      return BoundCode(property: .init())
    }
    let location = stack.addFileAsset(asset)
    return BoundCode(
      property: .init(s3Bucket: location.bucketName, s3Key: location.objectKey), stagedAssetPath: asset.stagedName)
  }
}

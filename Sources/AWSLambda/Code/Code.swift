public import AWSS3
public import Constructs

extension Lambda {
  /// Where a function's code comes from: an object in a bucket, inline source, or a local directory or
  /// `.zip` file that deployment uploads.
  ///
  /// ```swift
  /// .fromBucket(artifacts, key: "service/v1.zip")
  /// .fromAsset("build/lambda/service")       // a directory, zipped by `cdk deploy`
  /// .fromAsset("build/lambda/service.zip")   // an archive, uploaded as is
  /// .fromInline("exports.handler = async () => 'ok';")
  /// ```
  public struct Code {
    enum Source {
      case bucket(any S3.BucketProtocol, key: StringValue, objectVersion: StringValue?)
      case inline(String)
      case asset(path: String)
    }

    let source: Source

    /// The object `key` (of `objectVersion`, else the latest) in `bucket`.
    ///
    /// Without `objectVersion`, a warning says that CloudFormation does not update the function when the
    /// object changes.
    public static func fromBucket(
      _ bucket: any S3.BucketProtocol,
      key: StringValue,
      objectVersion: StringValue? = nil
    ) -> Code {
      Code(source: .bucket(bucket, key: key, objectVersion: objectVersion))
    }

    /// Source code in the template itself (`ZipFile`), for runtimes that interpret it (Node.js, Python).
    public static func fromInline(_ code: String) -> Code { Code(source: .inline(code)) }

    /// A local directory (zipped at deployment) or `.zip` file, relative to the current directory or absolute.
    ///
    /// It is fingerprinted as the AWS CDK does, staged into the cloud assembly (`asset.<hash>`) and listed
    /// in the stack's asset manifest, so that `cdk deploy` uploads it to the bootstrap bucket.
    public static func fromAsset(_ path: String) -> Code { Code(source: .asset(path: path)) }
  }
}

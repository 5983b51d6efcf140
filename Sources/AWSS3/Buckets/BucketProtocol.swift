public import AWSIAM
public import Constructs

extension S3 {
  /// An S3 bucket: imported with ``Bucket/fromBucketName(_:_:_:)``, ``Bucket/fromBucketArn(_:_:_:)`` or
  /// ``Bucket/fromBucketAttributes(_:_:bucketName:bucketArn:account:region:)``.
  public protocol BucketProtocol: Construct, IAM.ResourceWithPolicy {
    /// The bucket's name.
    var bucketName: StringValue { get }
    /// The bucket's ARN, `arn:<partition>:s3:::<name>`.
    var bucketArn: StringValue { get }
  }
}

extension S3.BucketProtocol {
  /// The ARN of the objects whose keys match `keyPattern` (such as `logs/*`): `<bucketArn>/<keyPattern>`.
  public func arnForObjects(_ keyPattern: StringValue) -> StringValue { "\(bucketArn)/\(keyPattern)" }

  /// Grants `grantee` read access to the bucket and to the objects matching `objectsKeyPattern`:
  /// `s3:GetObject*`, `s3:GetBucket*` and `s3:List*` on the bucket and on those objects.
  @discardableResult
  public func grantRead(_ grantee: any IAM.Grantable, objectsKeyPattern: StringValue = "*") -> IAM.Grant {
    IAM.Grant.addToPrincipalOrResource(
      grantee: grantee,
      actions: ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
      resourceArns: [bucketArn, arnForObjects(objectsKeyPattern)],
      resource: self
    )
  }
}

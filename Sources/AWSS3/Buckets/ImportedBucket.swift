public import AWSIAM
public import Constructs

extension S3 {
  /// A bucket defined outside the app. Its policy is not managed here, so grants go to the grantees'
  /// identity policies only.
  public final class ImportedBucket: Construct, S3.BucketProtocol {
    /// The bucket's name.
    public let bucketName: StringValue
    /// The bucket's ARN.
    public let bucketArn: StringValue
    /// The account the bucket is in (the stack's unless given).
    public let resourceAccount: StringValue
    /// The region the bucket is in.
    public let region: StringValue

    init(
      _ scope: Construct,
      _ id: String,
      bucketName: StringValue,
      bucketArn: StringValue,
      account: StringValue,
      region: StringValue
    ) {
      self.bucketName = bucketName
      self.bucketArn = bucketArn
      self.resourceAccount = account
      self.region = region
      super.init(scope, id)
    }

    /// The bucket's policy is not managed by this app: the statement is not added.
    public func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult { .notAdded }
  }
}

public import Constructs

extension S3 {
  /// S3 buckets defined outside the app, for function code and grants.
  ///
  /// ```swift
  /// let artifacts = S3.Bucket.fromBucketName(stack, "Artifacts", "my-artifacts")
  /// artifacts.grantRead(role, objectsKeyPattern: "releases/*")
  /// ```
  public enum Bucket {
    /// The bucket named `bucketName`, in the stack's account and region.
    public static func fromBucketName(_ scope: Construct, _ id: String, _ bucketName: StringValue) -> S3.ImportedBucket
    {
      fromBucketAttributes(scope, id, bucketName: bucketName)
    }

    /// The bucket with ARN `bucketArn` (`arn:aws:s3:::<name>`); its name is read from the ARN.
    public static func fromBucketArn(_ scope: Construct, _ id: String, _ bucketArn: StringValue) -> S3.ImportedBucket {
      fromBucketAttributes(scope, id, bucketArn: bucketArn)
    }

    /// A bucket from its name or ARN (one is needed; the other is derived from it), and the account and
    /// region it is in (the stack's by default).
    ///
    /// Giving neither name nor ARN records the AWS CDK's error on `scope`.
    public static func fromBucketAttributes(
      _ scope: Construct,
      _ id: String,
      bucketName: StringValue? = nil,
      bucketArn: StringValue? = nil,
      account: StringValue? = nil,
      region: StringValue? = nil
    ) -> S3.ImportedBucket {
      let stack = Stack.of(scope)
      if bucketName == nil, bucketArn == nil {
        scope.node.addError(
          "CannotDetermineBucketLeastBucket",
          "Cannot determine bucket ARN. At least `bucketArn` or `bucketName` is needed")
      }
      let name = bucketName ?? bucketArn.map { nameFromArn($0, in: stack, reportingOn: scope) } ?? ""
      let arn =
        bucketArn ?? stack.formatArn(ArnComponents(service: "s3", region: "", account: "", resource: name))
      return S3.ImportedBucket(
        scope, id, bucketName: name, bucketArn: arn, account: account ?? stack.account, region: region ?? stack.region)
    }

    private static func nameFromArn(_ arn: StringValue, in stack: Stack, reportingOn scope: Construct) -> StringValue {
      do {
        return try stack.splitArn(arn, format: .slashResourceName).resource
      } catch {
        scope.node.addError(
          "InvalidBucketArn", "\(error.message). Pass the bucket's ARN, such as arn:aws:s3:::my-bucket.")
        return ""
      }
    }
  }
}

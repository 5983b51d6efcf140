import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("S3 imported buckets")
struct BucketTests {
  @Test("A bucket imported by name has the partition-qualified ARN; one imported by ARN, the name from it")
  func namesAndArns() throws {
    let stack = Stack(App(), "Stack")
    let byName = S3.Bucket.fromBucketName(stack, "ByName", "my-artifacts")
    let byArn = S3.Bucket.fromBucketArn(stack, "ByArn", "arn:aws:s3:::cache-reports")
    #expect(
      stack.resolve(byName.bucketArn)
        == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-artifacts"]]])
    #expect(byArn.bucketName == "cache-reports")
    #expect(byArn.arnForObjects("logs/*") == "arn:aws:s3:::cache-reports/logs/*")
    let parameter = CfnParameter(stack, "BucketArn")
    let byToken = S3.Bucket.fromBucketArn(stack, "ByToken", parameter.valueAsString)
    #expect(
      stack.resolve(byToken.bucketName)
        == [
          "Fn::Select": [
            0, ["Fn::Split": ["/", ["Fn::Select": [5, ["Fn::Split": [":", ["Ref": "BucketArn"]]]]]]],
          ]
        ])
  }

  @Test("Importing a bucket with neither name nor ARN is an error with the AWS CDK's message")
  func neitherNameNorArn() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = S3.Bucket.fromBucketAttributes(stack, "Nothing")
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Cannot determine bucket ARN. At least `bucketArn` or `bucketName` is needed", path: "Stack"))
  }

  @Test("Reading is granted on the bucket and its objects; a service gets nothing, the bucket policy is not ours")
  func grantRead() throws {
    let stack = Stack(App(), "Stack")
    let bucket = S3.Bucket.fromBucketName(stack, "Bucket", "my-artifacts")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    #expect(bucket.grantRead(role, objectsKeyPattern: "releases/*").principalStatement != nil)
    #expect(bucket.grantRead(IAM.ServicePrincipal("logging.s3.amazonaws.com")).principalStatement == nil)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::Policy", 1)
    try template.resourceCountIs("AWS::S3::BucketPolicy", 0)
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      [
        "PolicyDocument": [
          "Statement": [
            [
              "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
              "Resource": [
                ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-artifacts"]]],
                ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-artifacts/releases/*"]]],
              ],
            ]
          ]
        ]
      ])
  }
}

import ElastiCacheCDK
import Testing

@Suite("S3 conformance: imported buckets")
struct ImportedBucketConformanceTests {
  @Test("Buckets imported by name and by ARN, read by a role, match the AWS CDK")
  func importedBucketGrants() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ImportedBuckets")
    let role = IAM.Role(stack, "Deployer", assumedBy: IAM.ServicePrincipal("codebuild.amazonaws.com"))
    let artifacts = S3.Bucket.fromBucketName(stack, "Artifacts", "my-artifacts")
    let reports = S3.Bucket.fromBucketArn(stack, "Reports", "arn:aws:s3:::cache-reports")
    artifacts.grantRead(role)
    reports.grantRead(role, objectsKeyPattern: "daily/*")
    _ = CfnOutput(stack, "ArtifactsArn", value: artifacts.bucketArn)
    _ = CfnOutput(stack, "ReportsName", value: reports.bucketName)
    _ = CfnOutput(stack, "ReportObjects", value: reports.arnForObjects("2024/*"))
    try Goldens.expectMatch(app, "S3/imported-bucket-grant")
  }
}

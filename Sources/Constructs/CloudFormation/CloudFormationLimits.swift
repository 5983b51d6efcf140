/// CloudFormation's limits on one template, which synthesis checks for every stack.
public enum CloudFormationLimits {
  /// The most resources in one template.
  public static let resourcesPerTemplate = 500
  /// The most outputs in one template.
  public static let outputsPerTemplate = 200
  /// The most parameters in one template.
  public static let parametersPerTemplate = 200
  /// The most mappings in one template.
  public static let mappingsPerTemplate = 200
  /// The largest template body, in bytes of the written template: 1 MB, counted as cfn-lint counts it
  /// (templates this large are uploaded to S3 for deployment, which accepts up to this size).
  public static let templateBodyBytes = 1_000_000
  /// The longest logical id.
  public static let logicalIDLength = 255
}

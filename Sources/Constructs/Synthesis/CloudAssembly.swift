public import CloudFormationModel

/// A synthesized app: the cloud assembly the AWS CDK command-line toolkit deploys.
public struct CloudAssembly {
  /// The directory the assembly is (or would be) written to.
  public let directory: String
  /// The stacks, in the order of the construct tree.
  public let stacks: [StackArtifact]
  /// `manifest.json`.
  public let manifest: TemplateValue
  /// Every file of the assembly other than staged assets: name relative to ``directory``, and contents.
  public let files: [(name: String, contents: String)]
  /// Assets to copy into the assembly directory.
  let stagedAssets: [FileAsset]
  /// Warnings found during synthesis.
  public let warnings: [Diagnostic]

  /// The stack artifact with this artifact id or stack name.
  public func stack(_ name: String) -> StackArtifact? {
    stacks.first { $0.artifactID == name } ?? stacks.first { $0.stackName == name }
  }
}

/// One synthesized stack.
public struct StackArtifact {
  /// The artifact id.
  public let artifactID: String
  /// The CloudFormation stack name.
  public let stackName: String
  /// The construct path of the stack.
  public let path: String
  /// The template file name within the assembly.
  public let templateFile: String
  /// The template.
  public let template: TemplateValue
  /// The environment, `aws://account/region`.
  public let environment: String
  /// Artifact ids of the stacks this one deploys after.
  public let dependencies: [String]
}

import CloudFormationModel

/// The AWS CDK's default stack synthesizer (bootstrap version 6): the bootstrap roles, the asset
/// bucket, the `BootstrapVersion` parameter and the `CheckBootstrapVersion` rule.
enum DefaultStackSynthesizer {
  static let qualifier = "hnb659fds"
  static let bootstrapVersionParameterName = "/cdk-bootstrap/\(qualifier)/version"
  static let minimumBootstrapVersion = 6
  static let cloudAssemblyVersion = "55.0.0"

  /// Adds the `BootstrapVersion` parameter and `CheckBootstrapVersion` rule to the stack's template.
  static func addBootstrapElements(to stack: Stack) {
    guard stack.node.tryFindChild("BootstrapVersion") == nil else { return }
    let parameter = CfnParameter(
      stack,
      "BootstrapVersion",
      type: "AWS::SSM::Parameter::Value<String>",
      default: .string(StringValue(bootstrapVersionParameterName)),
      description:
        "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]"
    )
    let oldVersions = StringListValue((1..<minimumBootstrapVersion).map { StringValue(String($0)) })
    _ = CfnRule(
      stack,
      "CheckBootstrapVersion",
      assertions: [
        CfnRule.Assertion(
          assert: Fn.conditionNot(Fn.conditionContains(oldVersions, parameter.valueAsString)),
          assertDescription:
            "CDK bootstrap stack version \(minimumBootstrapVersion) required. Please run 'cdk bootstrap' with a recent version of the CDK CLI."
        )
      ]
    )
  }

  /// The account and region as the asset manifest and role ARNs spell them.
  private static func placeholders(_ stack: Stack) -> (account: String, region: String) {
    (stack.environment.account ?? "${AWS::AccountId}", stack.environment.region ?? "${AWS::Region}")
  }

  private static func roleArn(_ role: String, _ stack: Stack) -> String {
    let (account, region) = placeholders(stack)
    return "arn:${AWS::Partition}:iam::\(account):role/cdk-\(qualifier)-\(role)-\(account)-\(region)"
  }

  private static func bucketNameWithPlaceholders(_ stack: Stack) -> String {
    let (account, region) = placeholders(stack)
    return "cdk-\(qualifier)-assets-\(account)-\(region)"
  }

  /// The asset bucket as a template refers to it: a literal, or `Fn::Sub` for an agnostic stack.
  static func assetBucketName(in stack: Stack) -> StringValue {
    let name = bucketNameWithPlaceholders(stack)
    return name.contains("${") ? Fn.sub(name) : StringValue(name)
  }

  /// The asset manifest (`<stack>.assets.json`) publishing the template and the stack's file assets.
  static func assetManifest(for stack: Stack, templateHash: String) -> TemplateValue {
    var files = TemplateObject()
    func add(hash: String, displayName: String, path: String, packaging: String, objectKey: String) {
      var destination = TemplateObject()
      destination["bucketName"] = .string(bucketNameWithPlaceholders(stack))
      destination["objectKey"] = .string(objectKey)
      destination["region"] = stack.environment.region.map(TemplateValue.string)
      destination["assumeRoleArn"] = .string(roleArn("file-publishing-role", stack))
      let destinationHash = String(
        Hashing.sha256Hex(TemplateValue.object(destination).jsonString(indent: 0).utf8).prefix(8))
      let environmentName =
        "\(stack.environment.account ?? "current_account")-\(stack.environment.region ?? "current_region")"
      files[hash] = [
        "displayName": .string(displayName),
        "source": ["path": .string(path), "packaging": .string(packaging)],
        "destinations": .object(TemplateObject([("\(environmentName)-\(destinationHash)", .object(destination))])),
      ]
    }
    for asset in stack.fileAssets {
      add(
        hash: asset.sourceHash,
        displayName: asset.displayName,
        path: asset.stagedName,
        packaging: asset.packaging.rawValue,
        objectKey: asset.objectKey
      )
    }
    add(
      hash: templateHash,
      displayName: "\(stack.stackName) Template",
      path: stack.templateFile,
      packaging: "file",
      objectKey: "\(templateHash).json"
    )
    return ["version": .string(cloudAssemblyVersion), "files": .object(files), "dockerImages": [:]]
  }

  /// The stack's artifact in `manifest.json`.
  static func stackArtifact(for stack: Stack, templateHash: String, metadataFile: String) -> TemplateValue {
    let assetsID = "\(stack.artifactID).assets"
    var properties = TemplateObject()
    properties["templateFile"] = .string(stack.templateFile)
    properties["terminationProtection"] = .bool(stack.terminationProtection)
    let tags = stack.tags.sortedTagValues
    if !tags.isEmpty {
      properties["tags"] = .object(TemplateObject(tags.map { ($0.key, TemplateValue.string($0.value)) }))
    }
    properties["validateOnSynth"] = false
    properties["assumeRoleArn"] = .string(roleArn("deploy-role", stack))
    properties["cloudFormationExecutionRoleArn"] = .string(roleArn("cfn-exec-role", stack))
    properties["stackTemplateAssetObjectUrl"] = .string(
      "s3://\(bucketNameWithPlaceholders(stack))/\(templateHash).json")
    properties["requiresBootstrapStackVersion"] = .number(Double(minimumBootstrapVersion))
    properties["bootstrapStackVersionSsmParameter"] = .string(bootstrapVersionParameterName)
    properties["additionalDependencies"] = [.string(assetsID)]
    properties["lookupRole"] = [
      "arn": .string(roleArn("lookup-role", stack)),
      "requiresBootstrapStackVersion": 8,
      "bootstrapStackVersionSsmParameter": .string(bootstrapVersionParameterName),
    ]
    if stack.stackName != stack.artifactID { properties["stackName"] = .string(stack.stackName) }
    return [
      "type": "aws:cloudformation:stack",
      "environment": .string(stack.environment.assemblyName),
      "properties": .object(properties),
      "dependencies": .array(stack.dependencies.map { .string($0.artifactID) } + [.string(assetsID)]),
      "additionalMetadataFile": .string(metadataFile),
      "displayName": .string(stack.node.path),
    ]
  }

  /// The asset manifest's artifact in `manifest.json`.
  static func assetManifestArtifact(for stack: Stack) -> TemplateValue {
    [
      "type": "cdk:asset-manifest",
      "properties": [
        "file": .string("\(stack.artifactID).assets.json"),
        "requiresBootstrapStackVersion": .number(Double(minimumBootstrapVersion)),
        "bootstrapStackVersionSsmParameter": .string(bootstrapVersionParameterName),
      ],
    ]
  }
}

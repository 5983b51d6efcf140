import CloudFormationModel

/// Lays out the cloud assembly files: `manifest.json`, `cdk.out`, `tree.json` and, per stack, the
/// template, the asset manifest and the metadata file.
struct CloudAssemblyBuilder {
  let app: App
  let outdir: String
  let stacks: [(Stack, TemplateValue)]
  let diagnostics: [Diagnostic]
  /// The templates' text where synthesis has written it already, by stack.
  var templateTexts: [ObjectIdentifier: String] = [:]

  func build() -> CloudAssembly {
    var files: [(name: String, contents: String)] = []
    var artifacts = TemplateObject()
    var artifactsOut: [StackArtifact] = []
    var missing: [TemplateValue] = []
    for (stack, template) in stacks {
      let templateText = templateTexts[ObjectIdentifier(stack)] ?? template.jsonString(indent: 1)
      let templateHash = Hashing.sha256Hex(templateText.utf8)
      let metadataFile = "\(stack.artifactID).metadata.json"
      files.append((stack.templateFile, templateText))
      files.append(
        (
          "\(stack.artifactID).assets.json",
          DefaultStackSynthesizer.assetManifest(for: stack, templateHash: templateHash).jsonString(indent: 2)
        ))
      files.append((metadataFile, metadata(for: stack).jsonString(indent: 2)))
      artifacts["\(stack.artifactID).assets"] = DefaultStackSynthesizer.assetManifestArtifact(for: stack)
      artifacts[stack.artifactID] = DefaultStackSynthesizer.stackArtifact(
        for: stack, templateHash: templateHash, metadataFile: metadataFile)
      artifactsOut.append(
        StackArtifact(
          artifactID: stack.artifactID,
          stackName: stack.stackName,
          path: stack.node.path,
          templateFile: stack.templateFile,
          template: template,
          environment: stack.environment.assemblyName,
          dependencies: stack.dependencies.map(\.artifactID)
        ))
      for context in stack.missingContext where !missing.contains(where: { $0["key"]?.stringValue == context.key }) {
        missing.append(
          ["key": .string(context.key), "provider": .string(context.provider), "props": .object(context.properties)])
      }
    }
    artifacts["Tree"] = ["type": "cdk:tree", "properties": ["file": "tree.json"]]
    var manifest: TemplateObject = [
      "version": .string(DefaultStackSynthesizer.cloudAssemblyVersion), "artifacts": .object(artifacts),
    ]
    if !missing.isEmpty { manifest["missing"] = .array(missing) }
    files.append(("manifest.json", TemplateValue.object(manifest).jsonString(indent: 2)))
    let tree: TemplateValue = ["version": "tree-0.1", "tree": treeNode(app)]
    files.append(("tree.json", tree.jsonString(indent: 0)))
    let marker: TemplateValue = ["version": .string(DefaultStackSynthesizer.cloudAssemblyVersion)]
    files.append(("cdk.out", marker.jsonString(indent: 0)))
    return CloudAssembly(
      directory: outdir,
      stacks: artifactsOut,
      manifest: .object(manifest),
      files: files,
      stagedAssets: stacks.flatMap { $0.0.fileAssets },
      warnings: diagnostics.filter { $0.severity == .warning }
    )
  }

  /// `<stack>.metadata.json`: logical ids, user metadata and warnings, by construct path.
  private func metadata(for stack: Stack) -> TemplateValue {
    var byPath = TemplateObject()
    let warningsByPath = Dictionary(grouping: diagnostics.filter { $0.severity != .error }, by: \.path)
    // Breadth first, as the AWS CDK collects it, leaving out the subtrees of other stacks.
    var queue: [Construct] = [stack]
    var next = 0
    while next < queue.count {
      let construct = queue[next]
      next += 1
      queue += construct.node.children.filter { !($0 is Stack) }
      var entries: [TemplateValue] = []
      if let element = construct as? CfnElement {
        entries.append(["type": "aws:cdk:logicalId", "data": .string(element.logicalID)])
      }
      if construct === stack {
        entries.append(["type": "aws:cdk:templateFile", "data": .string(stack.templateFile)])
        let tags = stack.tags.sortedTagValues
        if !tags.isEmpty {
          entries.append([
            "type": "aws:cdk:stack-tags",
            "data": .array(tags.map { ["key": .string($0.key), "value": .string($0.value)] }),
          ])
        }
      }
      entries += construct.node.metadata.map { ["type": .string($0.type), "data": $0.data] }
      for diagnostic in warningsByPath[construct.node.path] ?? [] {
        entries.append([
          "type": .string("aws:cdk:\(diagnostic.severity.rawValue)"), "data": .string(diagnostic.message),
        ])
      }
      if !entries.isEmpty { byPath["/\(construct.node.path)"] = .array(entries) }
    }
    return .object(byPath)
  }

  private func treeNode(_ construct: Construct) -> TemplateValue {
    var node: TemplateObject = [
      "id": .string(construct.node.scope == nil ? "App" : construct.node.id),
      "path": .string(construct.node.path),
      "constructInfo": ["fqn": .string("elasticache-cdk.\(construct.typeName)"), "version": "0.1.0"],
    ]
    if !construct.node.children.isEmpty {
      node["children"] = .object(TemplateObject(construct.node.children.map { ($0.node.id, treeNode($0)) }))
    }
    return .object(node)
  }
}

import CloudFormationModel

/// The synthesis pipeline: prepare the tree (tags, preparations, dependencies, cross-stack references,
/// bootstrap elements), validate every construct, then render each stack's template and the assembly files.
struct AppSynthesis {
  let app: App
  let outdir: String
  private var diagnostics: [Diagnostic] = []
  private var physicalNames = PhysicalNames()
  /// The text of each stack's template, written once for the size check and the assembly.
  private var templateTexts: [ObjectIdentifier: String] = [:]

  init(app: App, outdir: String) {
    self.app = app
    self.outdir = outdir
  }

  func run() -> (CloudAssembly, [Diagnostic]) {
    var synthesis = self
    return synthesis.synthesize()
  }

  private mutating func synthesize() -> (CloudAssembly, [Diagnostic]) {
    // A tree too deep for the assembly's paths is reported before anything walks it further.
    if let tooDeep = ConstructTreeDepth.problem(in: app) {
      return (
        CloudAssembly(directory: outdir, stacks: [], manifest: [:], files: [], stagedAssets: [], warnings: []),
        [tooDeep]
      )
    }
    applyTags()
    runPreparations()
    let stacks = app.node.findAll().compactMap { $0 as? Stack }
    resolveConstructDependencies()
    for stack in stacks { resolveCrossStackReferences(consumer: stack) }
    for stack in stacks { DefaultStackSynthesizer.addBootstrapElements(to: stack) }
    checkStackDependencyCycles(stacks)
    checkArtifactIDs(stacks)
    for construct in app.node.findAll() {
      diagnostics += construct.node.validate()
      diagnostics += TemplateChecks.problems(of: construct).map { Diagnostic($0, path: construct.node.path) }
    }
    let rendered = stacks.map { render($0) }
    diagnostics += physicalNames.duplicates()
    let assembly = CloudAssemblyBuilder(
      app: app, outdir: outdir, stacks: zip(stacks, rendered).map { ($0, $1) }, diagnostics: diagnostics,
      templateTexts: templateTexts
    )
    .build()
    return (assembly, diagnostics)
  }

  /// Applies the tags of every scope to the resources and stacks below it, except to the constructs in
  /// `tagged` (which have them already).
  private func applyTags(except tagged: Set<ObjectIdentifier> = []) {
    var pending: [(construct: Construct, inherited: [TagOperation])] = [(app, [])]
    while let (construct, inherited) = pending.popLast() {
      let operations = inherited + construct.node.tagOperations
      if !tagged.contains(ObjectIdentifier(construct)) {
        if let resource = construct as? CfnResource, let tags = resource.tags {
          for operation in operations { operation.apply(to: tags) }
        } else if let stack = construct as? Stack {
          for operation in operations { operation.apply(to: stack.tags) }
        }
      }
      pending += construct.node.children.reversed().map { ($0, operations) }
    }
  }

  /// Runs the constructs' preparations in tree order, again and again while preparations add
  /// constructs or preparations, then tags the constructs they created.
  private func runPreparations() {
    let tagged = Set(app.node.findAll().map(ObjectIdentifier.init))
    var ran = false
    var pending = true
    while pending {
      pending = false
      for construct in app.node.findAll() where construct.node.runPreparations() { pending = true }
      ran = ran || pending
    }
    if ran { applyTags(except: tagged) }
  }

  private func resolveConstructDependencies() {
    for source in app.node.findAll() {
      for target in source.node.dependencies {
        let targetResources = target.node.findAll().compactMap { $0 as? CfnResource }
        for sourceResource in source.node.findAll().compactMap({ $0 as? CfnResource }) {
          for targetResource in targetResources { sourceResource.addDependency(targetResource) }
        }
      }
    }
  }

  /// Finds references into other stacks from the consumer's elements, exports them from the
  /// producing stacks and makes the consumer import them.
  private mutating func resolveCrossStackReferences(consumer: Stack) {
    for element in elements(of: consumer) {
      var crossing: [CfnReference] = []
      let resolver = Resolver(consumer: consumer) { crossing.append($0) }
      _ = element.renderEntry(ElementResolver(resolver: resolver))
      for reference in crossing where reference.value(forConsumer: consumer) == nil {
        let producer = reference.producingStack
        guard producer.node.scope != nil else { continue }
        guard producer.node.root === consumer.node.root else {
          diagnostics.append(
            error(
              consumer,
              "CannotReferenceAcrossApps",
              "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app."
            ))
          continue
        }
        let regionUnknown = producer.environment.region == nil || consumer.environment.region == nil
        if producer.environment != consumer.environment, regionUnknown {
          diagnostics.append(
            error(
              consumer,
              "CrossRegionReferencesRequireExplicitRegion",
              "Stack \"\(consumer.node.path)\" cannot reference {\(reference.producer.node.path)[\(reference.displayName)]} "
                + "in stack \"\(producer.node.path)\". Cross stack/region references are only supported for stacks "
                + "with an explicit region defined. "
            ))
          continue
        }
        guard producer.environment == consumer.environment else {
          diagnostics.append(
            error(
              consumer,
              "CrossEnvironmentReference",
              "Stack \"\(consumer.node.path)\" cannot consume a cross reference from stack \"\(producer.node.path)\" "
                + "(\(reference.producer.node.path)[\(reference.displayName)]). Cross stack references are only supported "
                + "for stacks deployed to the same environment; pass the value another way, such as an SSM parameter."
            ))
          continue
        }
        reference.assign(CrossStackExports.importValue(of: reference), forConsumer: consumer)
        consumer.addDependency(
          producer,
          reason: "\(consumer.node.path) -> \(reference.producer.node.path).\(reference.displayName)"
        )
      }
    }
  }

  private mutating func checkStackDependencyCycles(_ stacks: [Stack]) {
    var state: [ObjectIdentifier: Bool] = [:]
    func visit(_ stack: Stack, trail: [Stack]) -> [Stack]? {
      if state[ObjectIdentifier(stack)] == true { return nil }
      if state[ObjectIdentifier(stack)] == false { return trail + [stack] }
      state[ObjectIdentifier(stack)] = false
      for dependency in stack.dependencies {
        if let cycle = visit(dependency, trail: trail + [stack]) { return cycle }
      }
      state[ObjectIdentifier(stack)] = true
      return nil
    }
    for stack in stacks {
      if let cycle = visit(stack, trail: []) {
        diagnostics.append(
          error(
            stack,
            "CyclicStackDependency",
            "Stacks depend on each other in a cycle: \(cycle.map(\.node.path).joined(separator: " -> ")). "
              + "Move the shared resources into one stack, or pass values without references."
          ))
        return
      }
    }
  }

  private mutating func checkArtifactIDs(_ stacks: [Stack]) {
    var seen: [String: Stack] = [:]
    for stack in stacks {
      if let first = seen[stack.artifactID] {
        diagnostics.append(
          error(
            stack,
            "DuplicateStackArtifact",
            "Stacks '\(first.node.path)' and '\(stack.node.path)' have the same artifact id '\(stack.artifactID)'. Give them different ids."
          ))
      }
      seen[stack.artifactID] = stack
    }
  }

  private mutating func render(_ stack: Stack) -> TemplateValue {
    var template = TemplateObject()
    template["Description"] = stack.templateDescription.map(TemplateValue.string)
    var owners: [String: String] = [:]
    let resolver = Resolver(consumer: stack)
    for element in elements(of: stack) {
      guard let entry = element.renderEntry(ElementResolver(resolver: resolver)) else { continue }
      let logicalID = element.logicalID
      // As in the AWS CDK, a logical id must be unique within its template section.
      let key = element.templateSection + "/" + logicalID
      if let owner = owners[key] {
        diagnostics.append(
          error(
            element,
            "DuplicateLogicalID",
            "section '\(element.templateSection)' already contains '\(logicalID)': \(element.node.path) has the logical id "
              + "of \(owner). Rename one of the constructs or call overrideLogicalID with a unique id."
          ))
        continue
      }
      owners[key] = element.node.path
      if let resource = element as? CfnResource { physicalNames.note(resource, entry: entry) }
      let reportedOn = (element as? CfnResource)?.reportingConstruct ?? element
      diagnostics += TemplateChecks.problems(of: element, entry: entry).map {
        Diagnostic($0, path: reportedOn.node.path)
      }
      var section = template[element.templateSection]?.objectValue ?? TemplateObject()
      section[logicalID] = entry
      template[element.templateSection] = .object(section)
    }
    var rendered = template
    if let transform = renderedTransform(of: stack) {
      rendered = TemplateObject()
      rendered["Description"] = template["Description"]
      rendered["Transform"] = transform
      for member in template { rendered[member.key] = member.value }
    }
    let text = TemplateValue.object(rendered).jsonString(indent: 1)
    templateTexts[ObjectIdentifier(stack)] = text
    diagnostics += TemplateChecks.problems(of: stack, template: .object(rendered), size: text.utf8.count).map {
      Diagnostic($0, path: stack.node.path)
    }
    return .object(rendered)
  }

  /// The template's `Transform`, as the AWS CDK writes it (right after `Description`): a single transform
  /// added once as a string, else the distinct transforms as a list. The CDK resolves templates more than
  /// once, so a transform that an intrinsic function adds is always counted more than once.
  private func renderedTransform(of stack: Stack) -> TemplateValue? {
    if stack.requiredTransforms.isEmpty, stack.transforms.count == 1 { return .string(stack.transforms[0]) }
    var distinct: [String] = []
    for transform in stack.transforms + stack.requiredTransforms where !distinct.contains(transform) {
      distinct.append(transform)
    }
    return distinct.isEmpty ? nil : .array(distinct.map(TemplateValue.string))
  }

  private func elements(of stack: Stack) -> [CfnElement] {
    stack.node.findAll().compactMap { $0 as? CfnElement }.filter { $0.stack === stack }
  }

  private func error(_ construct: Construct, _ code: String, _ message: String) -> Diagnostic {
    Diagnostic(severity: .error, path: construct.node.path, code: code, message: message)
  }
}

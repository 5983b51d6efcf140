public import CloudFormationModel
import Diagnostics

/// A CloudFormation resource of any type, with its properties and resource attributes
/// (`DependsOn`, deletion and update-replace policies, condition, metadata).
open class CfnResource: CfnElement {
  /// The resource type, such as `AWS::ElastiCache::ServerlessCache`.
  public let cfnResourceType: String
  /// The properties, for a resource declared with raw properties.
  public var cfnProperties: CfnValue
  /// The tags of a taggable resource type (`nil` when the type takes no tags).
  public let tags: TagManager?
  /// `DeletionPolicy`.
  public var deletionPolicy: String?
  /// `UpdateReplacePolicy`.
  public var updateReplacePolicy: String?
  /// `UpdatePolicy`.
  public var updatePolicy: CfnValue?
  /// `CreationPolicy`.
  public var creationPolicy: CfnValue?
  /// The condition that decides whether the resource is created.
  public var condition: CfnCondition?
  /// The constraints of the resource type's schema, for a typed resource: synthesis checks literal values.
  package let constraints: ResourceConstraints?
  /// The properties whose schema constraints the construct owning the resource checks itself, with the kinds
  /// of problems it reports (`nil`: all of them).
  private(set) var checksLeftToOwner: [String: Set<ProblemCode>?] = [:]
  private(set) var dependsOn: [CfnResource] = []
  private var metadataEntries: [CfnValue.Member] = []
  private var overrides = ResourceOverrides()
  private var updatesBeforeRendering: [() -> Void] = []
  private var inclusionConditions: [() -> Bool] = []

  /// A resource of `type` with raw `properties`.
  public init(_ scope: Construct, _ id: String, type: String, properties: CfnValue = [:], tags: TagManager? = nil) {
    cfnResourceType = type
    cfnProperties = properties
    self.tags = tags
    constraints = nil
    super.init(scope, id)
  }

  /// A typed resource whose literal values synthesis checks against `constraints` as it renders the resource;
  /// problems are reported on the construct that owns the resource when the resource is its default child
  /// (`Resource`), else on the resource.
  package init(_ scope: Construct, _ id: String, constraints: ResourceConstraints, tags: TagManager? = nil) {
    cfnResourceType = constraints.typeName
    cfnProperties = [:]
    self.tags = tags
    self.constraints = constraints
    super.init(scope, id)
  }

  /// Leaves the checks of `property` against the schema to the construct that owns the resource, which reports
  /// wrong values itself with its own messages, so that each is reported once: all of them, or only the
  /// problems of the kinds in `codes` (such as ``ProblemCode/propertyLengthOutOfRange``).
  package func leaveChecks(of property: String, toOwner codes: Set<ProblemCode>? = nil) {
    checksLeftToOwner[property] = codes
  }

  /// Runs `update` each time before the resource renders (and before its values are checked), so that the
  /// construct owning it can set typed properties from state that changes until synthesis.
  package func updateBeforeRendering(_ update: @escaping () -> Void) { updatesBeforeRendering.append(update) }

  /// Leaves the resource out of its template while `isIncluded()` returns `false`.
  package func include(when isIncluded: @escaping () -> Bool) { inclusionConditions.append(isIncluded) }

  /// `{"Ref": logicalID}`: the resource's primary identifier.
  public var ref: StringValue { reference(attribute: nil).asString }

  /// `{"Fn::GetAtt": [logicalID, attribute]}`.
  public func getAtt(_ attribute: String) -> StringValue { getAttToken(attribute).asString }

  /// The `Fn::GetAtt` token of an attribute, for use as a number or a list.
  public func getAttToken(_ attribute: String) -> Token {
    reference(attribute: attribute)
  }

  /// The properties to render; typed resources override this.
  open func renderProperties() -> CfnValue { cfnProperties }

  /// Makes this resource depend on `target` (`DependsOn` in the same stack, a stack dependency otherwise).
  public func addDependency(_ target: CfnResource) {
    guard target !== self else { return }
    if target.stack !== stack {
      stack.addDependency(target.stack, reason: "\(node.path) -> \(target.node.path)")
      return
    }
    if !dependsOn.contains(where: { $0 === target }) { dependsOn.append(target) }
  }

  /// Sets the deletion and update-replace policies from a removal policy.
  public func applyRemovalPolicy(_ policy: RemovalPolicy, applyToUpdateReplacePolicy: Bool = true) {
    deletionPolicy = policy.deletionPolicy
    if applyToUpdateReplacePolicy { updateReplacePolicy = policy.updateReplacePolicy }
  }

  /// Adds an entry to the resource's `Metadata`.
  public func addMetadata(_ key: String, _ value: CfnValue) { metadataEntries.append(CfnValue.Member(key, value)) }

  /// Overrides a value in the rendered resource at a dot-separated path, such as
  /// `Properties.CacheUsageLimits.DataStorage.Unit`. Escape a literal dot as `\.`.
  ///
  /// Objects merge into what is rendered (an intrinsic function replaces it), other values replace it,
  /// and a number component indexes into an array (`Properties.Tags.0.Value`), as in the AWS CDK.
  public func addOverride(_ path: String, _ value: CfnValue) { overrides.set(Self.pathComponents(path), value) }

  /// Removes a value from the rendered resource at a dot-separated path; an object or array left
  /// empty by the removal is removed too.
  public func addDeletionOverride(_ path: String) { overrides.set(Self.pathComponents(path), nil) }

  /// Overrides a property at a dot-separated path below `Properties`.
  public func addPropertyOverride(_ propertyPath: String, _ value: CfnValue) {
    addOverride("Properties.\(propertyPath)", value)
  }

  /// Removes a property at a dot-separated path below `Properties`.
  public func addPropertyDeletionOverride(_ propertyPath: String) { addDeletionOverride("Properties.\(propertyPath)") }

  open override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    guard inclusionConditions.allSatisfy({ $0() }) else { return nil }
    for update in updatesBeforeRendering { update() }
    var entry = TemplateObject()
    entry["Type"] = .string(cfnResourceType)
    var properties = resolver.resolve(renderProperties())?.objectValue ?? TemplateObject()
    if let tags, let rendered = tags.render() {
      properties[tags.propertyName] = resolver.resolve(rendered)
    }
    if !properties.isEmpty { entry["Properties"] = .object(properties) }
    if !dependsOn.isEmpty {
      let ordered = dependsOn.sorted { Collation.precedes($0.node.path, $1.node.path) }
      entry["DependsOn"] = .array(ordered.map { .string($0.logicalID) })
    }
    entry["CreationPolicy"] = creationPolicy.flatMap(resolver.resolve)
    entry["UpdatePolicy"] = updatePolicy.flatMap(resolver.resolve)
    entry["UpdateReplacePolicy"] = updateReplacePolicy.map(TemplateValue.string)
    entry["DeletionPolicy"] = deletionPolicy.map(TemplateValue.string)
    var metadata = TemplateObject()
    if ContextKeys.isEnabled(ContextKeys.pathMetadata, in: node) {
      metadata["aws:cdk:path"] = .string(node.path)
    }
    for member in metadataEntries { metadata[member.key] = resolver.resolve(member.value) }
    if !metadata.isEmpty { entry["Metadata"] = .object(metadata) }
    entry["Condition"] = condition.map { .string($0.logicalID) }
    return overrides.applied(to: .object(entry), resolver.resolve)
  }

  private static func pathComponents(_ path: String) -> [String] {
    var components: [String] = [""]
    var escaping = false
    for character in path {
      if escaping {
        components[components.count - 1].append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else if character == "." {
        components.append("")
      } else {
        components[components.count - 1].append(character)
      }
    }
    // A trailing backslash escapes nothing and stays, as in the AWS CDK.
    if escaping { components[components.count - 1].append("\\") }
    return components
  }
}

public import CloudFormationModel

/// A unit of deployment: one CloudFormation stack, with its own template in the cloud assembly.
open class Stack: Construct {
  /// The environment the stack deploys to (empty for an environment-agnostic stack).
  public let environment: Environment
  /// The CloudFormation stack name.
  public let stackName: String
  /// The id of the stack's artifact in the cloud assembly.
  public let artifactID: String
  /// The template's description.
  public var templateDescription: String?
  /// Whether CloudFormation refuses to delete the stack.
  public var terminationProtection: Bool
  /// Tags applied to the stack and, by CloudFormation, to every resource it creates.
  public let tags: TagManager
  private(set) var stackDependencies: [(stack: Stack, reasons: [String])] = []
  private var logicalIDOwners: [String: String] = [:]
  lazy var stackIDReference = CfnReference(.stackPseudoParameter(self, name: "AWS::StackId"))

  /// Creates a stack as a child of `scope` (a new ``App`` when `nil`), named after its id unless
  /// `stackName` is given.
  public init(
    _ scope: Construct? = nil,
    _ id: String = "Default",
    env: Environment? = nil,
    stackName: String? = nil,
    description: String? = nil,
    tags: [String: String] = [:],
    terminationProtection: Bool = false
  ) {
    let parent = scope ?? App()
    self.environment = env ?? Environment()
    let pathFromApp = Stack.pathComponents(below: parent) + [id]
    self.stackName = stackName ?? Stack.makeStackName(pathFromApp)
    self.artifactID = Stack.sanitizedArtifactID(Stack.makeStackName(pathFromApp))
    self.templateDescription = description
    self.terminationProtection = terminationProtection
    self.tags = TagManager(format: .keyValue, resourceType: "aws:cdk:stack", initialTags: tags)
    super.init(parent, id)
    validateStackName()
    // The AWS CDK counts UTF-16 code units here, although its message speaks of bytes.
    if let description, description.utf16.count > 512 {
      node.addError(
        "StackDescriptionTooLong",
        "Stack description must be <= 1024 bytes. Received description: '\(description)'"
      )
    }
  }

  /// A stack outside any tree, standing in for constructs created without a stack.
  init(detachedRootFor construct: Construct) {
    environment = Environment()
    stackName = "Detached"
    artifactID = "Detached"
    terminationProtection = false
    tags = TagManager(format: .keyValue, resourceType: "aws:cdk:stack")
    super.init(rootID: "Detached")
  }

  /// The stack that contains `construct` (the nearest enclosing stack).
  ///
  /// A construct outside every stack gets a detached stand-in; creating a CloudFormation element there
  /// is reported as an error by synthesis.
  public static func of(_ construct: Construct) -> Stack {
    var current: Construct? = construct
    while let candidate = current {
      if let stack = candidate as? Stack { return stack }
      current = candidate.node.scope
    }
    return DetachedStacks.stack(for: construct.node.root)
  }

  /// The template file's name in the cloud assembly.
  public var templateFile: String { "\(artifactID).template.json" }

  /// The account: a literal when the environment names one, else `{"Ref": "AWS::AccountId"}`.
  public var account: StringValue { environment.account.map { StringValue($0) } ?? Aws.accountID }

  /// The region: a literal when the environment names one, else `{"Ref": "AWS::Region"}`.
  public var region: StringValue { environment.region.map { StringValue($0) } ?? Aws.region }

  /// The partition, `{"Ref": "AWS::Partition"}` (as the AWS CDK renders it by default).
  public var partition: StringValue { Aws.partition }

  /// The domain suffix of the region's endpoints, `{"Ref": "AWS::URLSuffix"}`.
  public var urlSuffix: StringValue { Aws.urlSuffix }

  /// This stack's `AWS::StackId`; used in another stack, it becomes an import.
  public var stackID: StringValue { Token(.reference(stackIDReference)).asString }

  /// Whether the stack is deployable anywhere: its account or region is not fixed.
  public var isEnvironmentAgnostic: Bool { environment.account == nil || environment.region == nil }

  /// The availability zones the stack may use: for an environment-agnostic stack, the first two of
  /// `Fn::GetAZs`; otherwise the zones from the `availability-zones` context (looked up by the CDK CLI),
  /// or dummy values until they are known.
  public var availabilityZones: [StringValue] {
    guard let account = environment.account, let region = environment.region else {
      return (0..<2).map { Fn.select($0, Fn.getAZs()) }
    }
    let key = "availability-zones:account=\(account):region=\(region)"
    if let zones = node.tryGetContext(key)?.arrayValue?.compactMap(\.stringValue), !zones.isEmpty {
      return zones.map { StringValue($0) }
    }
    missingContext.append(
      MissingContext(
        key: key,
        provider: "availability-zones",
        properties: [
          "dummyValue": ["dummy1a", "dummy1b", "dummy1c"], "account": .string(account), "region": .string(region),
          "lookupRoleArn": .string(
            "arn:${AWS::Partition}:iam::\(account):role/cdk-\(DefaultStackSynthesizer.qualifier)-lookup-role-\(account)-\(region)"
          ),
        ]
      ))
    return ["dummy1a", "dummy1b", "dummy1c"]
  }

  /// File assets deployment uploads before deploying this stack.
  var fileAssets: [FileAsset] = []

  /// Context values this stack needed but did not find; the CDK CLI looks them up and synthesizes again.
  var missingContext: [MissingContext] = []

  /// The transforms added with ``addTransform(_:)`` (macros CloudFormation runs on the template), in order.
  public private(set) var transforms: [String] = []
  /// Transforms that intrinsic functions used in the template need, such as `AWS::LanguageExtensions`.
  private(set) var requiredTransforms: [String] = []

  /// Adds a transform to the template, such as `AWS::Serverless-2016-10-31`. The template lists each
  /// transform once: as a string when it has one transform, else as a list.
  public func addTransform(_ transform: String) { transforms.append(transform) }

  /// Records a transform that a value in the template needs; the AWS CDK then always lists transforms.
  func requireTransform(_ transform: String) {
    if !requiredTransforms.contains(transform) { requiredTransforms.append(transform) }
  }

  /// Makes this stack deploy after `other`.
  public func addDependency(_ other: Stack, reason: String? = nil) {
    guard other !== self else { return }
    let why = reason ?? "<\(node.path)>.addDependency(<\(other.node.path)>)"
    if let index = stackDependencies.firstIndex(where: { $0.stack === other }) {
      stackDependencies[index].reasons.append(why)
    } else {
      stackDependencies.append((other, [why]))
    }
  }

  /// The stacks this stack deploys after.
  public var dependencies: [Stack] { stackDependencies.map(\.stack) }

  /// Renders a value as it appears in this stack's template.
  public func resolve(_ value: CfnValue) -> TemplateValue? { Resolver(consumer: self).resolve(value) }

  /// Renders a string as it appears in this stack's template.
  public func resolve(_ value: StringValue) -> TemplateValue? { Resolver(consumer: self).resolve(value) }

  /// Renders a number as it appears in this stack's template.
  public func resolve(_ value: NumberValue) -> TemplateValue? { Resolver(consumer: self).resolve(value) }

  /// Renders a list as it appears in this stack's template.
  public func resolve(_ value: StringListValue) -> TemplateValue? { Resolver(consumer: self).resolve(value) }

  /// The logical id of an element at `components` below this stack.
  func allocateLogicalID(pathBelowStack components: [String]) -> String { UniqueID.make(components) }

  private func validateStackName() {
    if stackName.utf16.count > 128 {
      node.addError("StackNameTooLong", "Stack name must be <= 128 characters. Stack name: '\(stackName)'")
    }
    let scalars = Array(stackName.unicodeScalars)
    let isValid =
      scalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } == true
      && scalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
    if !isValid {
      node.addError(
        "StackNameInvalidFormat",
        "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '\(stackName)'"
      )
    }
  }

  private static func pathComponents(below scope: Construct) -> [String] {
    scope.node.scopes.dropFirst().map(\.node.id)
  }

  /// The AWS CDK's stack name from the ids between the app and the stack.
  private static func makeStackName(_ components: [String]) -> String {
    if components.count == 1, components[0].count <= 128 { return components[0] }
    return UniqueID.makeResourceName(components, maxLength: 128, separator: "", allowedSpecialCharacters: "")
  }

  private static func sanitizedArtifactID(_ name: String) -> String {
    String(
      name.unicodeScalars.map { scalar in
        scalar.isASCIIAlphanumeric || "_-.".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
      })
  }
}

/// A context value a stack needs that the CDK CLI can look up.
struct MissingContext {
  let key: String
  let provider: String
  let properties: TemplateObject
}

/// Stand-in stacks for constructs created outside every stack, one per tree.
enum DetachedStacks {
  static func stack(for root: Construct) -> Stack {
    if let existing = root.node.detachedStack { return existing }
    let stack = Stack(detachedRootFor: root)
    root.node.detachedStack = stack
    return stack
  }
}

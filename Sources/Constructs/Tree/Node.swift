public import CloudFormationModel

/// A construct's place in the construct tree: its id, path, parent, children, dependencies,
/// metadata, context and validations.
public final class Node {
  /// The construct's id, unique among its siblings.
  public let id: String
  /// The parent construct; `nil` for the root (the app).
  public let scope: Construct?
  /// The construct this node belongs to.
  weak var host: Construct?

  /// The children, in the order they were added.
  public private(set) var children: [Construct] = []
  private var childrenByID: [String: Construct] = [:]
  /// Constructs this one depends on (rendered as `DependsOn` or stack dependencies).
  public private(set) var dependencies: [Construct] = []
  /// Metadata entries attached to this construct.
  public private(set) var metadata: [MetadataEntry] = []
  private var validations: [(inout ValidationReport) -> Void] = []
  private var preparations: [() -> Void] = []
  private var recorded: [Diagnostic] = []
  private var context: [String: TemplateValue] = [:]
  /// Tags applied to this scope with ``Tags``, in order.
  var tagOperations: [TagOperation] = []
  /// On a root: the stand-in stack for constructs created outside every stack.
  var detachedStack: Stack?
  private var cachedPath: String?

  /// The deepest a construct may be below the app (the app is at depth 0, its stacks at 1); synthesis reports
  /// a deeper tree as an error.
  public static let maximumDepth = 1_000

  init(id: String, scope: Construct?) {
    self.id = id
    self.scope = scope
  }

  /// The ids from the root down to this construct, joined by `/` (the root's path is empty).
  ///
  /// Computed without recursion, from the parent's path when it is known, else from the ids up to the root.
  public var path: String {
    if let cachedPath { return cachedPath }
    let computed: String
    if let parent = scope?.node {
      let parentPath = parent.cachedPath ?? parent.idsFromRoot.joined(separator: "/")
      computed = parentPath.isEmpty ? id : parentPath + "/" + id
    } else {
      computed = ""
    }
    cachedPath = computed
    return computed
  }

  /// The ids of the constructs below the root down to this one.
  private var idsFromRoot: [String] {
    var ids: [String] = []
    var current: Node? = self
    while let node = current, node.scope != nil {
      ids.append(node.id)
      current = node.scope?.node
    }
    return ids.reversed()
  }

  /// The construct's address: `c8` and the SHA-1 of the ids below the root (without `Default` ones),
  /// unique in the app and stable, as the AWS CDK computes `node.addr`.
  public var addr: String {
    var bytes: [UInt8] = []
    for component in scopes.dropFirst().map(\.node.id) where component != UniqueID.hiddenComponent {
      bytes += Array(component.utf8) + [UInt8(ascii: "\n")]
    }
    return "c8" + Hashing.sha1Hex(bytes)
  }

  /// The constructs from the root down to and including this one.
  public var scopes: [Construct] {
    var chain: [Construct] = []
    var current: Node? = self
    while let node = current {
      if let host = node.host { chain.append(host) }
      current = node.scope?.node
    }
    return chain.reversed()
  }

  /// The root of the tree (usually the ``App``).
  public var root: Construct {
    var current = self
    while let parent = current.scope { current = parent.node }
    guard let host = current.host else { preconditionFailure("a construct tree's root was released while in use") }
    return host
  }

  /// The child with this id, if there is one.
  public func tryFindChild(_ id: String) -> Construct? { childrenByID[id] }

  /// Removes the child with this id, if there is one, so that it is no longer in the tree (nor, if it is an
  /// element, in any template).
  ///
  /// As in the AWS CDK's constructs library, this only detaches the child: dependencies other constructs
  /// declared on it, and references to it, are left as they are. The id becomes free for a new child.
  ///
  /// - Returns: whether a child with this id was removed.
  @discardableResult
  public func tryRemoveChild(_ id: String) -> Bool {
    guard let child = childrenByID.removeValue(forKey: id) else { return false }
    children.removeAll { $0 === child }
    return true
  }

  /// The child named `Resource`, or else `Default`: the resource an L2 construct wraps.
  public var defaultChild: Construct? { tryFindChild("Resource") ?? tryFindChild("Default") }

  /// This construct and all below it, parents before children, siblings in order.
  public func findAll() -> [Construct] {
    var found: [Construct] = []
    var pending: [Node] = [self]
    while let node = pending.popLast() {
      if let host = node.host { found.append(host) }
      pending += node.children.reversed().map(\.node)
    }
    return found
  }

  /// Makes this construct depend on others: every resource below it depends on every resource below them.
  public func addDependency(_ constructs: Construct...) {
    for construct in constructs where !dependencies.contains(where: { $0 === construct }) {
      dependencies.append(construct)
    }
  }

  /// Attaches a metadata entry, written to the cloud assembly.
  public func addMetadata(_ type: String, _ data: TemplateValue) {
    metadata.append(MetadataEntry(type: type, data: data))
  }

  /// Adds a check that synthesis runs; it records what it finds in the report.
  public func addValidation(_ validate: @escaping (inout ValidationReport) -> Void) {
    validations.append(validate)
  }

  /// Adds work to do at synthesis, before dependencies and references between stacks are resolved
  /// and before any construct is validated or rendered, as the AWS CDK's mutating aspects do.
  ///
  /// Synthesis runs the preparations of every construct in tree order (parents before children,
  /// siblings in order), each construct's in the order they were added, right after applying tags.
  /// Constructs that preparations create are prepared (and tagged) too, and so are preparations
  /// added while preparing, until there are none left. Each preparation runs once, even when the
  /// app is synthesized again.
  ///
  /// ```swift
  /// stack.node.addPreparation { [unowned stack] in
  ///   // Everything the program adds is in the tree by now.
  ///   _ = CfnResource(stack, "Marker", type: "AWS::CloudFormation::WaitConditionHandle")
  /// }
  /// ```
  public func addPreparation(_ prepare: @escaping () -> Void) {
    preparations.append(prepare)
  }

  /// Runs the preparations added so far, and those they add to this construct, each once.
  ///
  /// - Returns: whether there was any to run.
  func runPreparations() -> Bool {
    guard !preparations.isEmpty else { return false }
    while !preparations.isEmpty { preparations.removeFirst()() }
    return true
  }

  /// Records an error on this construct right away; synthesis reports it and stops. Recording the same
  /// error twice reports it once.
  public func addError(_ code: ProblemCode, _ message: String, fix: String? = nil) {
    addProblem(Problem(code, message, fix: fix, severity: .error))
  }

  /// Records a warning on this construct; synthesis reports it and goes on. Recording the same warning
  /// twice reports it once.
  public func addWarning(_ code: ProblemCode, _ message: String, fix: String? = nil) {
    addProblem(Problem(code, message, fix: fix, severity: .warning))
  }

  /// Records a problem on this construct; recording the same problem twice reports it once.
  public func addProblem(_ problem: Problem) {
    let diagnostic = Diagnostic(problem, path: path)
    if !recorded.contains(diagnostic) { recorded.append(diagnostic) }
  }

  /// Runs this construct's validations and returns its problems, recorded and found.
  func validate() -> [Diagnostic] {
    var report = ValidationReport()
    for validation in validations { validation(&report) }
    return recorded + report.problems.map { Diagnostic($0, path: path) }
  }

  /// Sets a context value visible to this construct and all below it. Set context before adding children.
  public func setContext(_ key: String, _ value: TemplateValue) { context[key] = value }

  /// The context value for `key` from this construct or the nearest ancestor that has one.
  public func tryGetContext(_ key: String) -> TemplateValue? {
    var current: Node? = self
    while let node = current {
      if let value = node.context[key] { return value }
      current = node.scope?.node
    }
    return nil
  }

  func attach(_ child: Construct) {
    let childID = child.node.id
    // The AWS CDK's messages name the parent by its type and id, e.g. `Construct [Group]` or `App`.
    let owner = (host?.typeName ?? "Construct") + (id.isEmpty ? "" : " [\(id)]")
    if childID.isEmpty {
      addError("InvalidConstructID", "Only root constructs may have an empty ID")
    } else if childID.contains("/") {
      addError(
        "InvalidConstructID",
        "Construct id '\(childID)' in \(owner) contains '/', which separates path components. Use another character, such as '-'."
      )
    }
    if childrenByID[childID] != nil {
      addError("DuplicateConstructID", "There is already a Construct with name '\(childID)' in \(owner)")
    } else {
      childrenByID[childID] = child
    }
    children.append(child)
  }
}

/// A typed entry of construct metadata, as written to the cloud assembly.
public struct MetadataEntry: Sendable, Equatable {
  /// The entry type, such as `aws:cdk:logicalId`.
  public let type: String
  /// The entry's data.
  public let data: TemplateValue
}

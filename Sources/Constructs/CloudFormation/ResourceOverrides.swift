import CloudFormationModel

/// The raw overrides of a resource (`addOverride` and friends), kept as the AWS CDK keeps them: one tree
/// of paths, merged into the rendered resource at synthesis with the CDK's deep-merge rules.
struct ResourceOverrides {
  /// A node of the override tree.
  private indirect enum Node {
    /// An object whose members are overridden one by one, in the order they were first overridden.
    case object([(key: String, node: Node)])
    /// A value that replaces (or, for an object, merges into) what is rendered.
    case value(CfnValue)
    /// A deletion of what is rendered.
    case deletion
  }

  private var root: [(key: String, node: Node)] = []

  /// Whether no override was added.
  var isEmpty: Bool { root.isEmpty }

  /// Records an override of the value at `path` (`nil` deletes it). Intermediate values that are not
  /// objects are replaced by objects, as the AWS CDK does.
  mutating func set(_ path: [String], _ value: CfnValue?) {
    guard let key = path.first else { return }
    Self.set(path.dropFirst(), key: key, value.map(Node.value) ?? .deletion, in: &root)
  }

  private static func set(
    _ rest: ArraySlice<String>, key: String, _ leaf: Node, in members: inout [(key: String, node: Node)]
  ) {
    let index = members.firstIndex { $0.key == key }
    guard let next = rest.first else {
      if let index { members[index].node = leaf } else { members.append((key, leaf)) }
      return
    }
    var children: [(key: String, node: Node)] = []
    if let index {
      switch members[index].node {
      case .object(let existing): children = existing
      case .value(.object(let fields)): children = fields.map { ($0.key, Node.value($0.value)) }
      default: break
      }
    }
    set(rest.dropFirst(), key: next, leaf, in: &children)
    if let index { members[index].node = .object(children) } else { members.append((key, .object(children))) }
  }

  /// The rendered resource with the overrides merged in.
  func applied(to rendered: TemplateValue, _ resolve: (CfnValue) -> TemplateValue?) -> TemplateValue {
    guard !root.isEmpty else { return rendered }
    var target = Merged(rendered)
    target.merge(Self.resolved(root, resolve))
    return target.value
  }

  private static func resolved(_ members: [(key: String, node: Node)], _ resolve: (CfnValue) -> TemplateValue?)
    -> [(String, Merged.Source)]
  {
    members.map { member in
      switch member.node {
      case .object(let children): (member.key, .object(resolved(children, resolve)))
      case .deletion: (member.key, .deletion)
      case .value(let value): (member.key, resolve(value).map(Merged.Source.init) ?? .deletion)
      }
    }
  }
}

/// A value being deep-merged as the AWS CDK's `deepMerge` does: arrays can be merged into by index and
/// may have holes (written as `null`), objects and arrays left empty by a merge are removed.
private indirect enum Merged {
  case object([(key: String, value: Merged)])
  case array([Merged?])
  case scalar(TemplateValue)

  /// What is merged in: objects merge member by member, anything else replaces.
  indirect enum Source {
    case object([(String, Source)])
    case value(TemplateValue)
    case deletion

    init(_ value: TemplateValue) {
      if case .object(let object) = value {
        self = .object(object.map { ($0.key, Source($0.value)) })
      } else {
        self = .value(value)
      }
    }

    /// An intrinsic function that an override replaces rather than merges into.
    var isMergeExcluded: Bool {
      guard case .object(let members) = self, members.count == 1 else { return false }
      return Merged.mergeExcludedKeys.contains(members[0].0)
    }
  }

  static let mergeExcludedKeys: Set<String> = [
    "Ref", "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue", "Fn::Join",
    "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::Transform", "Fn::And", "Fn::Equals", "Fn::If", "Fn::Not", "Fn::Or",
  ]

  init(_ value: TemplateValue) {
    switch value {
    case .object(let object): self = .object(object.map { ($0.key, Merged($0.value)) })
    case .array(let elements): self = .array(elements.map(Merged.init))
    default: self = .scalar(value)
    }
  }

  var value: TemplateValue {
    switch self {
    case .object(let members): .object(TemplateObject(members.map { ($0.key, $0.value.value) }))
    case .array(let elements): .array(elements.map { $0?.value ?? .null })
    case .scalar(let value): value
    }
  }

  /// Whether this is an object or array that has no members left.
  private var isEmptyContainer: Bool {
    switch self {
    case .object(let members): members.isEmpty
    case .array(let elements): !elements.contains { $0 != nil }
    case .scalar: false
    }
  }

  private var isMergeExcludedIntrinsic: Bool {
    guard case .object(let members) = self, members.count == 1 else { return false }
    return Self.mergeExcludedKeys.contains(members[0].key)
  }

  private var isContainer: Bool {
    switch self {
    case .object, .array: true
    case .scalar(let value): value == .null
    }
  }

  subscript(key: String) -> Merged? {
    get {
      switch self {
      case .object(let members): return members.first { $0.key == key }?.value
      case .array(let elements):
        guard let index = Self.arrayIndex(key), elements.indices.contains(index) else { return nil }
        return elements[index]
      case .scalar: return nil
      }
    }
    set {
      switch self {
      case .object(var members):
        if let index = members.firstIndex(where: { $0.key == key }) {
          if let newValue { members[index].value = newValue } else { members.remove(at: index) }
        } else if let newValue {
          members.append((key, newValue))
        }
        self = .object(members)
      case .array(var elements):
        guard let index = Self.arrayIndex(key) else { return }
        if index >= elements.count {
          guard newValue.map({ _ in true }) ?? false else { return }
          elements += Array(repeating: nil, count: index - elements.count + 1)
        }
        elements[index] = newValue
        self = .array(elements)
      case .scalar:
        return
      }
    }
  }

  /// Merges `source` into this object or array, member by member.
  mutating func merge(_ source: [(String, Source)]) {
    for (key, value) in source {
      switch value {
      case .object(let members):
        var child = self[key]
        if child.map({ !$0.isContainer }) ?? true { child = .object([]) }
        if child?.isMergeExcludedIntrinsic == true || value.isMergeExcluded { child = .object([]) }
        if case .scalar = child { child = .object([]) }
        var merged = child ?? .object([])
        merged.merge(members)
        self[key] = merged.isEmptyContainer ? nil : merged
      case .deletion:
        self[key] = nil
      case .value(let replacement):
        self[key] = Merged(replacement)
      }
    }
  }

  /// The index an array member key such as `"1"` names (JavaScript's canonical array indices).
  private static func arrayIndex(_ key: String) -> Int? {
    guard let index = Int(key), index >= 0, String(index) == key else { return nil }
    return index
  }
}

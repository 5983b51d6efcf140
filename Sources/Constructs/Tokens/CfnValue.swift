public import CloudFormationModel

/// A CloudFormation value that may contain deploy-time values: the properties of a resource,
/// the value of an output, the arguments of an intrinsic function.
///
/// Dictionary literals keep their order, so `["BucketName": "x", "Tags": [...]]` renders in the order written.
public indirect enum CfnValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(StringValue)
  case array([CfnValue])
  case object([Member])
  case token(Token)

  /// One member of an object value.
  public struct Member: Equatable {
    /// The member's key.
    public var key: String
    /// The member's value.
    public var value: CfnValue

    /// A member with this key and value.
    public init(_ key: String, _ value: CfnValue) {
      self.key = key
      self.value = value
    }

    /// The members that have a value, in order: a pair whose value is `nil` is left out. For member lists
    /// that are added to before they become an object; see ``CfnValue/object(omittingNils:)``.
    public static func omittingNils(_ members: KeyValuePairs<String, CfnValue?>) -> [Member] {
      members.compactMap { key, value in value.map { Member(key, $0) } }
    }
  }

  /// Wraps a resolved template value.
  public init(_ value: TemplateValue) {
    switch value {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .number(let number): self = .number(number)
    case .string(let text): self = .string(StringValue(text))
    case .array(let elements): self = .array(elements.map(CfnValue.init))
    case .object(let object): self = .object(object.map { Member($0.key, CfnValue($0.value)) })
    }
  }

  /// A string value.
  public init(_ value: StringValue) { self = .string(value) }

  /// A number value.
  public init(_ value: NumberValue) {
    switch value.storage {
    case .literal(let number): self = .number(number)
    case .token(let token): self = .token(token)
    }
  }

  /// A list value.
  public init(_ value: StringListValue) {
    switch value.storage {
    case .literal(let elements): self = .array(elements.map(CfnValue.string))
    case .token(let token): self = .token(token)
    }
  }

  /// An object with the given members, in order.
  public static func object(_ members: KeyValuePairs<String, CfnValue>) -> CfnValue {
    .object(members.map { Member($0.key, $0.value) })
  }

  /// An object with the members that have a value, in order: a member whose value is `nil` is left out.
  ///
  /// This is how optional properties are rendered, e.g.
  /// `.object(omittingNils: ["Description": description.map(CfnValue.string), "Type": "String"])`.
  /// A `nil` written in the literal is left out too; write `.null` for a member that must render as `null`.
  /// Beware `??`: in `a ?? (flag ? [:] : nil)` the `nil` becomes `.null`, so write `CfnValue?.none` there.
  public static func object(omittingNils members: KeyValuePairs<String, CfnValue?>) -> CfnValue {
    .object(Member.omittingNils(members))
  }

  /// The value as a template value, when it contains no tokens.
  public var resolvedLiteral: TemplateValue? {
    switch self {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .number(let number): return .number(number)
    case .string(let text): return text.literal.map(TemplateValue.string)
    case .array(let elements):
      var resolved: [TemplateValue] = []
      for element in elements {
        guard let value = element.resolvedLiteral else { return nil }
        resolved.append(value)
      }
      return .array(resolved)
    case .object(let members):
      var object = TemplateObject()
      for member in members {
        guard let value = member.value.resolvedLiteral else { return nil }
        object[member.key] = value
      }
      return .object(object)
    case .token: return nil
    }
  }

  /// Whether the value contains deploy-time values anywhere.
  public var isUnresolved: Bool { resolvedLiteral == nil }

  /// The member named `key`, if this is an object that has it.
  public subscript(key: String) -> CfnValue? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// Whether this is an object (or an empty array) with nothing in it.
  var isEmptyContainer: Bool {
    switch self {
    case .object(let members): members.isEmpty
    case .array(let elements): elements.isEmpty
    default: false
    }
  }
}

extension CfnValue: ExpressibleByStringInterpolation {
  public init(stringLiteral value: String) { self = .string(StringValue(value)) }
  public init(stringInterpolation: StringValue.StringInterpolation) {
    self = .string(StringValue(stringInterpolation: stringInterpolation))
  }
}

extension CfnValue: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension CfnValue: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension CfnValue: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension CfnValue: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: CfnValue...) { self = .array(elements) }
}

extension CfnValue: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, CfnValue)...) {
    self = .object(elements.map { Member($0.0, $0.1) })
  }
}

extension CfnValue: ExpressibleByNilLiteral {
  public init(nilLiteral: ()) { self = .null }
}

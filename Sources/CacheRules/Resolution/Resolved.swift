import CloudFormationModel

/// A template value with its intrinsic functions evaluated as far as the templates allow: parameters with
/// defaults, conditions that can be decided, `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::FindInMap`, exports.
///
/// What cannot be known before deployment stays ``opaque(_:)``, with where it comes from; an `Fn::If` whose
/// condition cannot be decided, or a parameter without a default that lists its allowed values, becomes a
/// ``choice(_:)`` of every value it may take.
enum Resolved: Sendable, Hashable {
  /// No value: `AWS::NoValue`, or a property that is not set.
  case absent
  /// JSON `null`.
  case null
  /// A Boolean.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A string, in parts: literal text and values known only at deployment.
  case text([TextPart])
  /// An array.
  case list([Resolved])
  /// An object, in order.
  case map([Entry])
  /// A value known only at deployment.
  case opaque(Opaque)
  /// One of several values, depending on a condition or a parameter.
  case choice([Branch])

  /// One member of an object.
  struct Entry: Sendable, Hashable {
    let key: String
    let value: Resolved
  }

  /// One value a ``choice(_:)`` may take, and when.
  struct Branch: Sendable, Hashable {
    /// When the value applies, such as `condition 'IsProd' is false`.
    let circumstance: String
    let value: Resolved
  }

  /// A string of literal text.
  static func string(_ text: String) -> Resolved { text.isEmpty ? .text([]) : .text([.literal(text)]) }
}

/// One part of a string: literal text, or a value known only at deployment.
enum TextPart: Sendable, Hashable {
  case literal(String)
  case opaque(Opaque)
}

/// Where a value known only at deployment comes from.
enum Opaque: Sendable, Hashable {
  /// A parameter without a default.
  case parameter(String)
  /// A `NoEcho` parameter: a secret, whatever its default.
  case secretParameter(String)
  /// `Ref` to a resource.
  case resource(ResourceKey)
  /// `Fn::GetAtt` of a resource's attribute.
  case attribute(ResourceKey, String)
  /// `Fn::ImportValue` of an export no checked template declares.
  case importedValue(String)
  /// A pseudo parameter such as `AWS::Region`.
  case pseudoParameter(String)
  /// Anything else, with the reason.
  case unresolvable(String)
}

/// A resource of one of the checked templates: the template's index in its set and the logical id.
struct ResourceKey: Sendable, Hashable {
  let template: Int
  let logicalID: String
}

/// A value a ``Resolved`` may take once every choice is made, with the circumstances of those choices.
struct Possibility: Sendable, Hashable {
  /// The value; never a ``Resolved/choice(_:)``.
  let value: Resolved
  /// The circumstances, such as `condition 'IsProd' is false`; empty when the value always applies.
  let circumstances: [String]

  /// ` when A and B`, or nothing when the value always applies.
  var whenClause: String { circumstances.isEmpty ? "" : " when " + circumstances.joined(separator: " and ") }
}

extension Resolved {
  /// The most choices followed before a value counts as unknown.
  static let choiceLimit = 64

  /// Every value this may take, each with its circumstances; an unknown value when there are too many.
  var possibilities: [Possibility] {
    guard case .choice(let branches) = self else { return [Possibility(value: self, circumstances: [])] }
    var found: [Possibility] = []
    for branch in branches {
      for inner in branch.value.possibilities {
        found.append(Possibility(value: inner.value, circumstances: [branch.circumstance] + inner.circumstances))
        if found.count > Self.choiceLimit {
          return [Possibility(value: .opaque(.unresolvable("too many alternatives")), circumstances: [])]
        }
      }
    }
    return found
  }

  /// The member `key` of an object (``absent`` when there is none); distributes over choices.
  subscript(key: String) -> Resolved {
    switch self {
    case .map(let entries): return entries.first { $0.key == key }?.value ?? .absent
    case .choice(let branches):
      return .choice(branches.map { Branch(circumstance: $0.circumstance, value: $0.value[key]) }).simplified
    case .opaque(let opaque): return .opaque(opaque)
    default: return .absent
    }
  }

  /// A choice whose branches all hold the same value is that value.
  var simplified: Resolved {
    guard case .choice(let branches) = self, let first = branches.first else { return self }
    return branches.allSatisfy { $0.value == first.value } ? first.value : self
  }

  /// Whether the value is missing: ``absent`` or `null`.
  var isMissing: Bool { self == .absent || self == .null }

  /// The text, when the value is a string, number or Boolean known before deployment.
  var literalText: String? {
    switch self {
    case .text(let parts):
      var text = ""
      for part in parts {
        guard case .literal(let literal) = part else { return nil }
        text += literal
      }
      return text
    case .number(let number): return TemplateValue.number(number).jsonString(indent: 0)
    case .bool(let flag): return flag ? "true" : "false"
    default: return nil
    }
  }

  /// The Boolean, written as one or as the text `true`/`false` (as CloudFormation accepts both).
  var booleanValue: Bool? {
    if case .bool(let flag) = self { return flag }
    switch literalText?.lowercased() {
    case "true": return true
    case "false": return false
    default: return nil
    }
  }

  /// The integer, written as a number or as text.
  var integerValue: Int? {
    if case .number(let number) = self {
      guard number.isFinite, number == number.rounded(), abs(number) < 1e15 else { return nil }
      return Int(number)
    }
    guard case .text = self, let text = literalText?.trimmingWhitespace else { return nil }
    return Int(text)
  }

  /// The elements, when the value is an array.
  var elements: [Resolved]? {
    if case .list(let elements) = self { return elements }
    return nil
  }

  /// The parts of a string value: text as it is, a deploy-time value as one part, other values as nothing.
  var textParts: [TextPart]? {
    switch self {
    case .text(let parts): return parts
    case .opaque(let opaque): return [.opaque(opaque)]
    case .number, .bool: return literalText.map { [.literal($0)] }
    default: return nil
    }
  }

  /// The resource this value refers to, when it is a `Ref` or `Fn::GetAtt` of one (possibly through an export).
  var referencedResource: ResourceKey? {
    switch self {
    case .opaque(.resource(let key)), .opaque(.attribute(let key, _)): return key
    case .text(let parts) where parts.count == 1:
      if case .opaque(let opaque) = parts[0] { return Resolved.opaque(opaque).referencedResource }
      return nil
    default: return nil
    }
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmingWhitespace: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}

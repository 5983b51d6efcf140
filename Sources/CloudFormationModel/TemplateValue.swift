/// A fully resolved CloudFormation value: the JSON data model with objects that keep their key order.
///
/// Templates, manifests and asset manifests are rendered from this tree, so that output is
/// byte-identical across runs (Foundation's encoders do not keep key order on Linux).
public enum TemplateValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([TemplateValue])
  case object(TemplateObject)

  /// The string, if this value is a string.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The number, if this value is a number.
  public var numberValue: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The Boolean, if this value is a Boolean.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The elements, if this value is an array.
  public var arrayValue: [TemplateValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object, if this value is an object.
  public var objectValue: TemplateObject? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// The member named `key`, if this value is an object that has it.
  public subscript(key: String) -> TemplateValue? {
    objectValue?[key]
  }

  /// The element at `index`, if this value is an array that long.
  public subscript(index: Int) -> TemplateValue? {
    guard let elements = arrayValue, elements.indices.contains(index) else { return nil }
    return elements[index]
  }

  /// Whether this value is an intrinsic function call: an object with exactly one key that is
  /// `Ref`, `Condition` or starts with `Fn::`.
  public var isIntrinsic: Bool {
    guard let object = objectValue, object.count == 1, let key = object.keys.first else { return false }
    return key == "Ref" || key == "Condition" || key.hasPrefix("Fn::")
  }
}

extension TemplateValue: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, TemplateValue)...) {
    self = .object(TemplateObject(elements))
  }
}

extension TemplateValue: ExpressibleByNilLiteral {
  public init(nilLiteral: ()) { self = .null }
}

public import CloudFormationModel

/// A pattern that template values are matched against, like the AWS CDK's `Match`.
///
/// Literals match by value; objects match partially (keys not in the pattern are ignored) at every
/// depth, arrays match element by element with the same length.
public struct Match {
  indirect enum Kind {
    case literal(TemplateValue)
    case object([(String, Match)], partial: Bool)
    case array([Match])
    case arrayWith([Match])
    case absent
    case anyValue
    case not(Match)
    case stringLike(String)
    case serializedJSON(Match)
  }

  let kind: Kind

  init(_ kind: Kind) { self.kind = kind }

  /// The key must be absent.
  public static var absent: Match { Match(.absent) }

  /// Any value that is present.
  public static var anyValue: Match { Match(.anyValue) }

  /// An exact value: objects must have exactly these keys.
  public static func exact(_ value: TemplateValue) -> Match { Match(exactKind(value)) }

  /// An object with at least these keys, matching their patterns.
  public static func objectLike(_ members: KeyValuePairs<String, Match>) -> Match {
    Match(.object(members.map { ($0.key, $0.value) }, partial: true))
  }

  /// An array that contains elements matching these patterns, in this order, among others.
  public static func arrayWith(_ elements: [Match]) -> Match { Match(.arrayWith(elements)) }

  /// Anything that does not match the pattern.
  public static func not(_ pattern: Match) -> Match { Match(.not(pattern)) }

  /// A string containing `substring`.
  public static func stringContaining(_ substring: String) -> Match { Match(.stringLike(substring)) }

  /// A string holding JSON whose value matches the pattern.
  public static func serializedJSON(_ pattern: Match) -> Match { Match(.serializedJSON(pattern)) }

  private static func exactKind(_ value: TemplateValue) -> Kind {
    switch value {
    case .object(let object): .object(object.map { ($0.key, Match(exactKind($0.value))) }, partial: false)
    case .array(let elements): .array(elements.map { Match(exactKind($0)) })
    default: .literal(value)
    }
  }
}

extension Match: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self.init(.literal(.string(value))) }
  public init(integerLiteral value: Int) { self.init(.literal(.number(Double(value)))) }
  public init(floatLiteral value: Double) { self.init(.literal(.number(value))) }
  public init(booleanLiteral value: Bool) { self.init(.literal(.bool(value))) }
  public init(arrayLiteral elements: Match...) { self.init(.array(elements)) }
  public init(dictionaryLiteral elements: (String, Match)...) { self.init(.object(elements, partial: true)) }
}

extension Match {
  /// The mismatches between the pattern and `value`, each as `path: what differs`; empty on a match.
  public func mismatches(_ value: TemplateValue?, path: String = "") -> [String] {
    let shown = { (value: TemplateValue?) in value.map { $0.jsonString(indent: 0) } ?? "nothing" }
    switch kind {
    case .absent:
      return value == nil ? [] : ["\(path): expected the key to be absent, found \(shown(value))"]
    case .anyValue:
      return value == nil ? ["\(path): expected a value, found nothing"] : []
    case .literal(let expected):
      return value == expected ? [] : ["\(path): expected \(expected.jsonString(indent: 0)), found \(shown(value))"]
    case .not(let pattern):
      return pattern.mismatches(value, path: path).isEmpty
        ? ["\(path): expected no match for the pattern, found \(shown(value))"] : []
    case .stringLike(let substring):
      guard let text = value?.stringValue, text.contains(substring) else {
        return ["\(path): expected a string containing '\(substring)', found \(shown(value))"]
      }
      return []
    case .serializedJSON(let pattern):
      guard let text = value?.stringValue, let parsed = try? TemplateValue(parsingJSON: text) else {
        return ["\(path): expected a JSON string, found \(shown(value))"]
      }
      return pattern.mismatches(parsed, path: path + "(json)")
    case .array(let patterns):
      guard let elements = value?.arrayValue else { return ["\(path): expected an array, found \(shown(value))"] }
      guard elements.count == patterns.count else {
        return ["\(path): expected \(patterns.count) elements, found \(elements.count): \(shown(value))"]
      }
      return zip(patterns, elements).enumerated().flatMap { $1.0.mismatches($1.1, path: "\(path)[\($0)]") }
    case .arrayWith(let patterns):
      guard let elements = value?.arrayValue else { return ["\(path): expected an array, found \(shown(value))"] }
      var remaining = elements[...]
      for pattern in patterns {
        guard let index = remaining.firstIndex(where: { pattern.mismatches($0).isEmpty }) else {
          return ["\(path): no element matches the pattern in \(shown(value))"]
        }
        remaining = remaining[(index + 1)...]
      }
      return []
    case .object(let members, let partial):
      guard let object = value?.objectValue else { return ["\(path): expected an object, found \(shown(value))"] }
      var problems = members.flatMap { $0.1.mismatches(object[$0.0], path: "\(path)/\($0.0)") }
      if !partial {
        let expectedKeys = Set(members.map(\.0))
        problems += object.keys.filter { !expectedKeys.contains($0) }.map { "\(path)/\($0): unexpected key" }
      }
      return problems
    }
  }
}

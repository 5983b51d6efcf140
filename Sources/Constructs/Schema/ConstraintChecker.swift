import CloudFormationModel
import Diagnostics

/// Checks the literal values of a rendered resource against its schema's constraints and reports each
/// violation as a ``Problem`` whose message names the resource type, the property path, the value (never a
/// secret's) and what is allowed, and whose fix says what to change.
///
/// Deploy-time values are not checked: intrinsic functions (`{"Ref": ...}`, `{"Fn::...": ...}`), dynamic
/// references (`{{resolve:...}}`) and text holding a token that was turned into a `String` (reported apart).
struct ConstraintChecker {
  let typeName: String
  private(set) var problems: [Problem] = []
  /// The kinds of problems the property being checked leaves to its owner.
  private var ignored: Set<ProblemCode> = []
  /// Whether the property being checked leaves all its problems to its owner, but for numbers that are not
  /// finite, which no owner can mean and a template cannot hold.
  private var ignoresAllButNonFinite = false

  init(typeName: String) { self.typeName = typeName }

  /// Checks a resource's rendered `Properties` (`nil` when it has none), except the problems its owner reports
  /// itself: by property, the kinds of problems to leave out (`nil`: all of them).
  mutating func check(
    properties: TemplateValue?,
    against constraints: ValueConstraints,
    leaving leftToOwner: [String: Set<ProblemCode>?]
  ) {
    let object = properties?.objectValue ?? TemplateObject()
    checkMembers(of: object, against: constraints)
    for member in object {
      guard let memberConstraints = constraints.properties[member.key] else { continue }
      ignored = leftToOwner[member.key].flatMap { $0 } ?? []
      ignoresAllButNonFinite = leftToOwner[member.key].map { $0 == nil } ?? false
      check(member.value, against: memberConstraints, at: ValuePath().appending(member: member.key), isSecret: false)
    }
    ignored = []
    ignoresAllButNonFinite = false
  }

  /// Checks one value, at a property path such as `UserIds`.
  mutating func check(_ value: TemplateValue, against constraints: ValueConstraints, at path: String) {
    check(value, against: constraints, at: ValuePath().appending(member: path), isSecret: false)
  }

  private mutating func check(
    _ value: TemplateValue,
    against constraints: ValueConstraints,
    at path: ValuePath,
    isSecret inheritedSecret: Bool
  ) {
    let isSecret = inheritedSecret || constraints.isSecret
    guard !value.isIntrinsic, !Self.isDeployTime(value) else { return }
    guard checkType(value, constraints, path, isSecret) else { return }
    switch value {
    case .string(let text):
      checkString(text, constraints, path, isSecret)
    case .number(let number):
      checkNumber(number, value, constraints, path, isSecret)
    case .array(let elements):
      checkArray(elements, constraints, path, isSecret)
    case .object(let object):
      checkObject(object, constraints, path, isSecret)
    case .null, .bool:
      break
    }
    if let allowed = constraints.allowedValues, !allowed.contains(where: { Self.equals($0, value, constraints) }) {
      let list = Self.list(allowed.map { $0.stringValue ?? $0.jsonString(indent: 0) })
      report(
        .propertyValueNotAllowed, path,
        "is \(Self.describe(value, isSecret: isSecret)), which is not one of the allowed values: \(list)"
          + (constraints.ignoresCase ? " (in any case)." : "."),
        fix: "Use one of the allowed values.")
    }
  }

  /// Whether the value has one of the allowed types (and is a finite number if a number); reports it when not.
  private mutating func checkType(
    _ value: TemplateValue,
    _ constraints: ValueConstraints,
    _ path: ValuePath,
    _ isSecret: Bool
  ) -> Bool {
    if case .number(let number) = value, !number.isFinite {
      report(
        .propertyTypeMismatch, path, "is \(Self.describe(value, isSecret: isSecret)), which is not a finite number.",
        fix: "Give a finite number: NaN and infinity cannot be written to a template (they would render as null).",
        evenIfLeftToOwner: true)
      return false
    }
    if case .null = value { return false }
    guard !constraints.types.isEmpty, !constraints.types.contains(where: { Self.accepts($0, value) }) else {
      return true
    }
    let expected = constraints.types.map(Self.typeDescription).joined(separator: " or ")
    report(
      .propertyTypeMismatch, path, "is \(Self.describe(value, isSecret: isSecret)), which is not \(expected).",
      fix: "Give \(expected).")
    return false
  }

  private mutating func checkString(
    _ text: String, _ constraints: ValueConstraints, _ path: ValuePath, _ isSecret: Bool
  ) {
    let length = text.unicodeScalars.count
    if let bounds = Self.violatedBounds(Double(length), constraints.minLength, constraints.maxLength) {
      let shown = isSecret ? "" : " (\(Self.describe(.string(text), isSecret: false)))"
      report(
        .propertyLengthOutOfRange, path,
        "has \(length) character\(length == 1 ? "" : "s")\(shown), but it must have \(bounds.allowed).",
        fix: bounds.isTooSmall
          ? "Give it at least \(constraints.minLength ?? 0) characters."
          : "Shorten it to at most \(constraints.maxLength ?? 0) characters.")
    }
    if let pattern = constraints.pattern, pattern.matches(text) == false {
      report(
        .propertyPatternMismatch, path,
        "is \(Self.describe(.string(text), isSecret: isSecret)), which does not match the pattern \(pattern.source).",
        fix: constraints.patternDescription.map { "Use \($0)." } ?? "Change the value so that it matches the pattern.")
    }
  }

  private mutating func checkNumber(
    _ number: Double,
    _ value: TemplateValue,
    _ constraints: ValueConstraints,
    _ path: ValuePath,
    _ isSecret: Bool
  ) {
    if constraints.types == [.integer], number.rounded() != number {
      report(
        .propertyTypeMismatch, path, "is \(Self.describe(value, isSecret: isSecret)), which is not a whole number.",
        fix: "Give a whole number.")
    }
    guard let bounds = Self.violatedBounds(number, constraints.minimum, constraints.maximum) else { return }
    report(
      .propertyValueOutOfRange, path,
      "is \(Self.describe(value, isSecret: isSecret)), but it must be \(bounds.allowed).",
      fix: "Use a number \(bounds.allowed).")
  }

  private mutating func checkArray(
    _ elements: [TemplateValue],
    _ constraints: ValueConstraints,
    _ path: ValuePath,
    _ isSecret: Bool
  ) {
    checkItemCount(elements.count, constraints, path, noun: "item")
    if constraints.uniqueItems {
      var seen: [TemplateValue] = []
      var reported: [TemplateValue] = []
      for element in elements where !element.isIntrinsic && !Self.isDeployTime(element) {
        if seen.contains(element) {
          if !reported.contains(element) {
            reported.append(element)
            report(
              .propertyItemsNotUnique, path, "lists \(Self.describe(element, isSecret: isSecret)) more than once.",
              fix: "List each value once.")
          }
        } else {
          seen.append(element)
        }
      }
    }
    guard let items = constraints.items else { return }
    for (index, element) in elements.enumerated() {
      check(element, against: items, at: path.appending(index: index), isSecret: isSecret)
    }
  }

  private mutating func checkObject(
    _ object: TemplateObject,
    _ constraints: ValueConstraints,
    _ path: ValuePath,
    _ isSecret: Bool
  ) {
    if let mapValues = constraints.mapValues {
      checkItemCount(object.count, constraints, path, noun: "entry")
      for member in object {
        if let keyPattern = constraints.keyPattern, keyPattern.matches(member.key) == false {
          report(
            .propertyPatternMismatch, path,
            "has the key '\(Self.truncated(member.key))', which does not match the pattern \(keyPattern.source).",
            fix: "Change the key so that it matches the pattern.")
        }
        check(member.value, against: mapValues, at: path.appending(key: member.key), isSecret: isSecret)
      }
      return
    }
    for name in constraints.required where object[name] == nil {
      report(
        .requiredPropertyMissing, path.appending(member: name), "is required but not set.",
        fix: "Set \(path.appending(member: name)).")
    }
    for member in object {
      if let memberConstraints = constraints.properties[member.key] {
        check(member.value, against: memberConstraints, at: path.appending(member: member.key), isSecret: isSecret)
      } else if !constraints.allowsOtherMembers {
        report(
          .unknownProperty, path, "has no member '\(member.key)'.",
          fix: "Remove it or correct its name (the members are \(Self.list(constraints.properties.keys.sorted()))), "
            + "unless it is newer than the resource schemas of this library.")
      }
    }
  }

  private mutating func checkItemCount(_ count: Int, _ constraints: ValueConstraints, _ path: ValuePath, noun: String) {
    guard let bounds = Self.violatedBounds(Double(count), constraints.minItems, constraints.maxItems) else { return }
    let plural = noun == "entry" ? "entries" : noun + "s"
    report(
      .propertyItemCountOutOfRange, path,
      "has \(count) \(count == 1 ? noun : plural), but it must have \(bounds.allowed).",
      fix: bounds.isTooSmall
        ? "Give it at least \(constraints.minItems ?? 0) \(plural)."
        : "Give it at most \(constraints.maxItems ?? 0) \(plural).")
  }

  private mutating func report(
    _ code: ProblemCode,
    _ path: ValuePath,
    _ text: String,
    fix: String,
    evenIfLeftToOwner: Bool = false
  ) {
    guard !ignored.contains(code), !ignoresAllButNonFinite || evenIfLeftToOwner else { return }
    problems.append(Problem(code, "\(typeName) property \(path) \(text)", fix: fix))
  }

  /// The problems of the resource's own members (not of their values): a missing required property, and one
  /// that the type does not have.
  private mutating func checkMembers(of object: TemplateObject, against constraints: ValueConstraints) {
    for name in constraints.required where object[name] == nil {
      report(
        .requiredPropertyMissing, ValuePath().appending(member: name), "is required but not set.", fix: "Set \(name).")
    }
    for member in object where constraints.properties[member.key] == nil {
      problems.append(
        Problem(
          .unknownProperty, "\(typeName) has no property '\(member.key)'.",
          fix: "Remove it or correct its name (the properties are \(Self.list(constraints.properties.keys.sorted()))), "
            + "unless it is newer than the resource schemas of this library.")
      )
    }
  }
}

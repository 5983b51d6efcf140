import CloudFormationModel
import Foundation

/// Evaluates the intrinsic functions of the templates of one set: `Ref` to parameters (their default, a choice
/// of their allowed values, or a secret when `NoEcho`), pseudo parameters, resources; `Fn::Sub`, `Fn::Join`,
/// `Fn::Select`, `Fn::Split`, `Fn::FindInMap`, `Fn::If` and the condition functions; `Fn::GetAtt`; and
/// `Fn::ImportValue` of the exports of the set.
///
/// It never fails: a malformed function, a cycle between conditions or exports, nesting deeper than
/// ``depthLimit`` or an unknown function gives an ``Opaque/unresolvable(_:)`` value.
final class ScopeResolver {
  /// The deepest nesting of values followed.
  static let depthLimit = 64

  let templates: [ParsedTemplate]
  private var resourceIDs: [Set<String>]
  private var conditionCache: [Int: [String: Bool?]] = [:]
  private var conditionsInProgress: Set<String> = []
  private var exportTable: [String: [(template: Int, value: TemplateValue)]]?
  private var importsInProgress: Set<String> = []

  init(templates: [ParsedTemplate]) {
    self.templates = templates
    resourceIDs = templates.map { Set($0.resources.map(\.logicalID)) }
  }

  /// `value` of template `template`, evaluated.
  func resolve(_ value: TemplateValue, in template: Int) -> Resolved {
    resolve(value, in: template, depth: 0)
  }

  /// Whether condition `name` of template `template` holds; `nil` when it depends on values known only at
  /// deployment.
  func condition(_ name: String, in template: Int) -> Bool? {
    if let cached = conditionCache[template]?[name] { return cached }
    let key = "\(template)/\(name)"
    guard !conditionsInProgress.contains(key), let expression = templates[template].conditions[name] else {
      return nil
    }
    conditionsInProgress.insert(key)
    let result = evaluateCondition(expression, in: template, depth: 0)
    conditionsInProgress.remove(key)
    conditionCache[template, default: [:]][name] = result
    return result
  }

  // MARK: - Values

  private func resolve(_ value: TemplateValue, in template: Int, depth: Int) -> Resolved {
    guard depth < Self.depthLimit else { return .opaque(.unresolvable("values nested too deeply")) }
    switch value {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .number(let number): return .number(number)
    case .string(let text): return .string(text)
    case .array(let elements):
      return .list(
        elements.map { resolve($0, in: template, depth: depth + 1) }.filter { $0 != .absent })
    case .object(let object):
      if object.count == 1, let member = object.first(where: { _ in true }),
        member.key == "Ref" || member.key == "Condition" || member.key.hasPrefix("Fn::")
      {
        return function(member.key, member.value, in: template, depth: depth + 1)
      }
      return .map(
        object.compactMap { member in
          let resolved = resolve(member.value, in: template, depth: depth + 1)
          return resolved == .absent ? nil : Resolved.Entry(key: member.key, value: resolved)
        })
    }
  }

  private func function(_ name: String, _ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    switch name {
    case "Ref":
      guard let target = argument.stringValue else {
        return .opaque(.unresolvable("Ref to a name that is not a string"))
      }
      return reference(target, in: template)
    case "Condition":
      guard let conditionName = argument.stringValue else { return .opaque(.unresolvable("malformed Condition")) }
      return condition(conditionName, in: template).map(Resolved.bool) ?? .opaque(.unresolvable("condition"))
    case "Fn::GetAtt": return attribute(argument, in: template, depth: depth)
    case "Fn::Sub": return substitute(argument, in: template, depth: depth)
    case "Fn::Join": return join(argument, in: template, depth: depth)
    case "Fn::Select": return select(argument, in: template, depth: depth)
    case "Fn::Split": return split(argument, in: template, depth: depth)
    case "Fn::FindInMap": return findInMap(argument, in: template, depth: depth)
    case "Fn::If": return conditional(argument, in: template, depth: depth)
    case "Fn::ImportValue": return importValue(argument, in: template, depth: depth)
    case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not":
      let condition = evaluateCondition(.object(TemplateObject([(name, argument)])), in: template, depth: depth)
      return condition.map(Resolved.bool) ?? .opaque(.unresolvable(name))
    default: return .opaque(.unresolvable(name))
    }
  }

  private func reference(_ name: String, in template: Int) -> Resolved {
    let parsed = templates[template]
    if let parameter = parsed.parameters[name] { return parameterValue(name, parameter, in: template) }
    if resourceIDs[template].contains(name) {
      return .opaque(.resource(ResourceKey(template: template, logicalID: name)))
    }
    switch name {
    case "AWS::NoValue": return .absent
    case "AWS::StackName": return parsed.source.stackName.map(Resolved.string) ?? .opaque(.pseudoParameter(name))
    default:
      return name.hasPrefix("AWS::") ? .opaque(.pseudoParameter(name)) : .opaque(.unresolvable("Ref to '\(name)'"))
    }
  }

  private func parameterValue(_ name: String, _ parameter: ParameterDeclaration, in template: Int) -> Resolved {
    if parameter.noEcho { return .opaque(.secretParameter(name)) }
    if parameter.isSSMParameter { return .opaque(.parameter(name)) }
    if let defaultValue = parameter.defaultValue { return typed(defaultValue, for: parameter) }
    guard !parameter.allowedValues.isEmpty, parameter.allowedValues.count <= Resolved.choiceLimit else {
      return .opaque(.parameter(name))
    }
    return .choice(
      parameter.allowedValues.map { allowed in
        let text = allowed.stringValue ?? allowed.jsonString(indent: 0)
        return Resolved.Branch(circumstance: "parameter '\(name)' is '\(text)'", value: typed(allowed, for: parameter))
      })
  }

  /// A parameter value as the template receives it: a list for list types, text otherwise.
  private func typed(_ value: TemplateValue, for parameter: ParameterDeclaration) -> Resolved {
    let text: String
    switch value {
    case .string(let string): text = string
    case .number, .bool: text = value.jsonString(indent: 0)
    case .array(let elements) where parameter.isList:
      return .list(elements.map { .string($0.stringValue ?? $0.jsonString(indent: 0)) })
    default: return .opaque(.unresolvable("a parameter default that is not a string"))
    }
    if parameter.isList {
      return .list(text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) })
    }
    return .string(text)
  }

  private func attribute(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    let parts: [TemplateValue]
    if let text = argument.stringValue, let dot = text.firstIndex(of: ".") {
      parts = [.string(String(text[..<dot])), .string(String(text[text.index(after: dot)...]))]
    } else {
      parts = argument.arrayValue ?? []
    }
    guard parts.count == 2, let logicalID = parts[0].stringValue, resourceIDs[template].contains(logicalID),
      let attributeName = resolve(parts[1], in: template, depth: depth + 1).literalText
    else { return .opaque(.unresolvable("malformed Fn::GetAtt")) }
    return .opaque(.attribute(ResourceKey(template: template, logicalID: logicalID), attributeName))
  }

  // MARK: - Strings

  private func substitute(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    let pattern: String
    var variables: [String: Resolved] = [:]
    if let text = argument.stringValue {
      pattern = text
    } else if let parts = argument.arrayValue, parts.count == 2, let text = parts[0].stringValue {
      pattern = text
      for member in parts[1].objectValue ?? TemplateObject() {
        variables[member.key] = resolve(member.value, in: template, depth: depth + 1)
      }
    } else {
      return .opaque(.unresolvable("malformed Fn::Sub"))
    }
    var pieces: [Resolved] = []
    var literal = ""
    var rest = Substring(pattern)
    while let start = rest.range(of: "${") {
      literal += rest[..<start.lowerBound]
      let afterOpening = rest[start.upperBound...]
      guard let end = afterOpening.firstIndex(of: "}") else {
        literal += rest[start.lowerBound...]
        rest = ""
        break
      }
      let name = String(afterOpening[..<end])
      rest = afterOpening[afterOpening.index(after: end)...]
      if name.hasPrefix("!") {
        literal += "${" + name.dropFirst() + "}"
        continue
      }
      pieces.append(.string(literal))
      literal = ""
      let trimmed = name.trimmingWhitespace
      if let variable = variables[trimmed] {
        pieces.append(variable)
      } else if let dot = trimmed.firstIndex(of: "."), resourceIDs[template].contains(String(trimmed[..<dot])) {
        let logicalID = String(trimmed[..<dot])
        let attributeName = String(trimmed[trimmed.index(after: dot)...])
        pieces.append(.opaque(.attribute(ResourceKey(template: template, logicalID: logicalID), attributeName)))
      } else {
        pieces.append(reference(trimmed, in: template))
      }
    }
    pieces.append(.string(literal + rest))
    return Self.combine(pieces) { Self.concatenate($0) }
  }

  private func join(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    guard let parts = argument.arrayValue, parts.count == 2 else { return .opaque(.unresolvable("malformed Fn::Join")) }
    let delimiter = resolve(parts[0], in: template, depth: depth + 1)
    let list = resolve(parts[1], in: template, depth: depth + 1)
    return Self.combine([delimiter, list]) { values in
      guard let separator = values[0].literalText else { return .opaque(.unresolvable("Fn::Join delimiter")) }
      guard let elements = values[1].elements else {
        return values[1].isOpaque
          ? .text([.opaque(.unresolvable("Fn::Join of a list known at deployment"))])
          : .opaque(.unresolvable("Fn::Join of a value that is not a list"))
      }
      return Self.combine(elements) { elements in
        var pieces: [Resolved] = []
        for (offset, element) in elements.enumerated() {
          if offset > 0 { pieces.append(.string(separator)) }
          pieces.append(element)
        }
        return Self.concatenate(pieces)
      }
    }
  }

  private func select(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    guard let parts = argument.arrayValue, parts.count == 2 else {
      return .opaque(.unresolvable("malformed Fn::Select"))
    }
    let index = resolve(parts[0], in: template, depth: depth + 1)
    let list = resolve(parts[1], in: template, depth: depth + 1)
    return Self.combine([index, list]) { values in
      guard let position = values[0].integerValue, let elements = values[1].elements,
        elements.indices.contains(position)
      else { return .opaque(.unresolvable("Fn::Select")) }
      return elements[position]
    }
  }

  private func split(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    guard let parts = argument.arrayValue, parts.count == 2 else {
      return .opaque(.unresolvable("malformed Fn::Split"))
    }
    let delimiter = resolve(parts[0], in: template, depth: depth + 1)
    let source = resolve(parts[1], in: template, depth: depth + 1)
    return Self.combine([delimiter, source]) { values in
      guard let separator = values[0].literalText, !separator.isEmpty, let text = values[1].literalText else {
        return .opaque(.unresolvable("Fn::Split"))
      }
      return .list(text.components(separatedBy: separator).map(Resolved.string))
    }
  }

  private func findInMap(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    guard let parts = argument.arrayValue, parts.count == 3 || parts.count == 4 else {
      return .opaque(.unresolvable("malformed Fn::FindInMap"))
    }
    let keys = parts.prefix(3).map { resolve($0, in: template, depth: depth + 1) }
    let fallback = parts.count == 4 ? parts[3]["DefaultValue"] : nil
    let mappings = templates[template].mappings
    return Self.combine(keys) { values in
      let names = values.compactMap(\.literalText)
      guard names.count == 3 else { return .opaque(.unresolvable("Fn::FindInMap")) }
      if let found = mappings[names[0]]?[names[1]]?[names[2]] {
        return self.resolve(found, in: template, depth: depth + 1)
      }
      if let fallback { return self.resolve(fallback, in: template, depth: depth + 1) }
      return .opaque(.unresolvable("Fn::FindInMap of a missing key"))
    }
  }

  private func conditional(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    guard let parts = argument.arrayValue, parts.count == 3, let name = parts[0].stringValue else {
      return .opaque(.unresolvable("malformed Fn::If"))
    }
    let whenTrue = { self.resolve(parts[1], in: template, depth: depth + 1) }
    let whenFalse = { self.resolve(parts[2], in: template, depth: depth + 1) }
    switch condition(name, in: template) {
    case true?: return whenTrue()
    case false?: return whenFalse()
    case nil:
      return Resolved.choice([
        Resolved.Branch(circumstance: "condition '\(name)' is true", value: whenTrue()),
        Resolved.Branch(circumstance: "condition '\(name)' is false", value: whenFalse()),
      ]).simplified
    }
  }

  // MARK: - Exports

  private func importValue(_ argument: TemplateValue, in template: Int, depth: Int) -> Resolved {
    let name = resolve(argument, in: template, depth: depth + 1)
    guard let exportName = name.literalText else { return .opaque(.unresolvable("Fn::ImportValue of a computed name")) }
    let candidates = exports()[exportName] ?? []
    guard candidates.count == 1, let export = candidates.first, !importsInProgress.contains(exportName) else {
      return .opaque(.importedValue(exportName))
    }
    importsInProgress.insert(exportName)
    defer { importsInProgress.remove(exportName) }
    return resolve(export.value, in: export.template, depth: depth + 1)
  }

  /// The exports of the set by name (a name exported twice has two entries and resolves to nothing).
  private func exports() -> [String: [(template: Int, value: TemplateValue)]] {
    if let exportTable { return exportTable }
    exportTable = [:]
    var table: [String: [(template: Int, value: TemplateValue)]] = [:]
    for parsed in templates {
      for export in parsed.exports {
        guard let name = resolve(export.name, in: parsed.index).literalText else { continue }
        table[name, default: []].append((parsed.index, export.value))
      }
    }
    exportTable = table
    return table
  }

  // MARK: - Conditions

  private func evaluateCondition(_ expression: TemplateValue, in template: Int, depth: Int) -> Bool? {
    guard depth < Self.depthLimit, let object = expression.objectValue, object.count == 1,
      let member = object.first(where: { _ in true })
    else {
      return expression.boolValue
    }
    let operands = member.value.arrayValue ?? []
    switch member.key {
    case "Condition":
      return member.value.stringValue.flatMap { condition($0, in: template) }
    case "Fn::Equals":
      guard operands.count == 2 else { return nil }
      let sides = operands.map { resolve($0, in: template, depth: depth + 1) }
      let outcomes = Set(
        sides[0].possibilities.flatMap { left in
          sides[1].possibilities.map { right -> Bool? in
            guard let leftText = left.value.literalText, let rightText = right.value.literalText else { return nil }
            return leftText == rightText
          }
        })
      return outcomes.count == 1 ? outcomes.first ?? nil : nil
    case "Fn::Not":
      return operands.first.flatMap { evaluateCondition($0, in: template, depth: depth + 1) }.map { !$0 }
    case "Fn::And":
      let values = operands.map { evaluateCondition($0, in: template, depth: depth + 1) }
      if values.contains(false) { return false }
      return values.contains(nil) || values.isEmpty ? nil : true
    case "Fn::Or":
      let values = operands.map { evaluateCondition($0, in: template, depth: depth + 1) }
      if values.contains(true) { return true }
      return values.contains(nil) || values.isEmpty ? nil : false
    default:
      return nil
    }
  }

  // MARK: - Combining

  /// Applies `body` to every combination of the values' possibilities: a choice when any value is one.
  static func combine(_ values: [Resolved], _ body: ([Resolved]) -> Resolved) -> Resolved {
    guard values.contains(where: { if case .choice = $0 { true } else { false } }) else { return body(values) }
    var combinations: [Possibility] = [Possibility(value: .list([]), circumstances: [])]
    for value in values {
      var next: [Possibility] = []
      for combination in combinations {
        for possibility in value.possibilities {
          next.append(
            Possibility(
              value: .list((combination.value.elements ?? []) + [possibility.value]),
              circumstances: combination.circumstances + possibility.circumstances))
        }
      }
      guard next.count <= Resolved.choiceLimit else { return .opaque(.unresolvable("too many alternatives")) }
      combinations = next
    }
    return Resolved.choice(
      combinations.map { combination in
        Resolved.Branch(
          circumstance: Array(Set(combination.circumstances)).sorted().joined(separator: " and "),
          value: body(combination.value.elements ?? []))
      }
    ).simplified
  }

  /// Concatenates string-like values into one string; anything else makes an unknown part.
  static func concatenate(_ pieces: [Resolved]) -> Resolved {
    var parts: [TextPart] = []
    func append(_ part: TextPart) {
      if case .literal(let text) = part {
        guard !text.isEmpty else { return }
        if case .literal(let previous)? = parts.last {
          parts[parts.count - 1] = .literal(previous + text)
          return
        }
      }
      parts.append(part)
    }
    for piece in pieces {
      guard let pieceParts = piece.textParts else {
        append(.opaque(.unresolvable("a value that is not a string inside a string")))
        continue
      }
      pieceParts.forEach(append)
    }
    return .text(parts)
  }
}

extension Resolved {
  /// Whether the value is known only at deployment.
  var isOpaque: Bool {
    if case .opaque = self { return true }
    return false
  }
}

import CloudFormationModel

/// Turns values with tokens into template values, from the point of view of one stack.
///
/// Resolution follows the AWS CDK: a string of several fragments becomes a minimal `Fn::Join`, a
/// reference into another stack becomes the import assigned to it during synthesis.
final class Resolver {
  /// The stack whose template is being rendered; references into other stacks are imports there.
  let consumer: Stack?
  /// Called for each reference whose producer is a stack other than the consumer.
  private let onCrossStackReference: ((CfnReference) -> Void)?

  /// Intrinsic functions that need the `AWS::LanguageExtensions` transform in the template that uses them.
  private static let languageExtensionFunctions: Set<String> = ["Fn::Length", "Fn::ToJsonString"]

  init(consumer: Stack?, onCrossStackReference: ((CfnReference) -> Void)? = nil) {
    self.consumer = consumer
    self.onCrossStackReference = onCrossStackReference
  }

  func resolve(_ value: CfnValue) -> TemplateValue? {
    switch value {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .number(let number): return .number(number)
    case .string(let string): return resolve(string)
    case .array(let elements): return .array(elements.compactMap(resolve))
    case .object(let members):
      var object = TemplateObject()
      for member in members {
        if let resolved = resolve(member.value) { object[member.key] = resolved }
      }
      return .object(object)
    case .token(let token): return resolve(token)
    }
  }

  func resolve(_ string: StringValue) -> TemplateValue? {
    let fragments = string.fragments
    if fragments.count == 1, case .token(let token) = fragments[0] { return resolve(token) }
    let parts: [TemplateValue] = fragments.compactMap { fragment in
      switch fragment {
      case .literal(let text):
        return .string(text)
      case .token(let token):
        return resolve(token)
      }
    }
    guard var result = parts.first else { return .string("") }
    for part in parts.dropFirst() { result = CloudFormationLanguage.concatenate(result, part) }
    return result
  }

  func resolve(_ token: Token) -> TemplateValue? {
    switch token.kind {
    case .reference(let reference):
      return resolve(reference)
    case .intrinsic(let name, let argument):
      if Self.languageExtensionFunctions.contains(name) { consumer?.requireTransform("AWS::LanguageExtensions") }
      return .object([name: resolve(argument) ?? .null])
    case .join(let delimiter, let elements):
      switch elements.storage {
      case .token(let listToken):
        return ["Fn::Join": [.string(delimiter), resolve(listToken) ?? .array([])]]
      case .literal(let strings):
        let joined = CloudFormationLanguage.minimalJoin(delimiter, strings.compactMap(resolve))
        if joined.count == 1 { return joined[0] }
        return ["Fn::Join": [.string(delimiter), .array(joined)]]
      }
    case .lazy(let producer):
      return producer.value.flatMap(resolve)
    }
  }

  func resolve(_ number: NumberValue) -> TemplateValue? { resolve(CfnValue(number)) }

  func resolve(_ list: StringListValue) -> TemplateValue? { resolve(CfnValue(list)) }

  private func resolve(_ reference: CfnReference) -> TemplateValue? {
    if let consumer, reference.producingStack !== consumer {
      if let replacement = reference.value(forConsumer: consumer) { return resolve(replacement) }
      onCrossStackReference?(reference)
    }
    return reference.render()
  }
}

/// The AWS CDK's rules for combining CloudFormation values into strings.
enum CloudFormationLanguage {
  /// Concatenates two resolved values: plain text merges, anything else becomes a minimal `Fn::Join` with `""`.
  static func concatenate(_ left: TemplateValue, _ right: TemplateValue) -> TemplateValue {
    if let leftText = plainText(left), let rightText = plainText(right) { return .string(leftText + rightText) }
    return ["Fn::Join": ["", .array(minimalJoin("", [left, right]))]]
  }

  /// Splices nested `Fn::Join`s with the same delimiter and merges adjacent plain strings.
  static func minimalJoin(_ delimiter: String, _ values: [TemplateValue]) -> [TemplateValue] {
    func splice(_ values: [TemplateValue]) -> [TemplateValue] {
      values.flatMap { value in splicableElements(value, delimiter: delimiter).map(splice) ?? [value] }
    }
    let spliced = splice(values)
    var merged: [TemplateValue] = []
    for value in spliced {
      if let next = plainText(value), let last = merged.last, let previous = plainText(last) {
        merged[merged.count - 1] = .string(previous + delimiter + next)
      } else {
        merged.append(value)
      }
    }
    return merged
  }

  private static func splicableElements(_ value: TemplateValue, delimiter: String) -> [TemplateValue]? {
    guard value.isIntrinsic, let arguments = value["Fn::Join"]?.arrayValue, arguments.count == 2,
      arguments[0].stringValue == delimiter, let elements = arguments[1].arrayValue
    else { return nil }
    return elements
  }

  private static func plainText(_ value: TemplateValue) -> String? {
    switch value {
    case .string(let text): text
    case .number: value.jsonString(indent: 0)
    default: nil
    }
  }
}

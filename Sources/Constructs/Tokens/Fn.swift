/// CloudFormation intrinsic functions, rendered as the AWS CDK renders them.
///
/// Functions whose arguments are all known at synthesis are evaluated right away where the CDK does
/// so too (`select` and `split` of literal lists).
public enum Fn {
  /// `{"Ref": logicalID}`.
  public static func ref(_ logicalID: String) -> StringValue {
    Token(intrinsic: "Ref", argument: .string(StringValue(logicalID))).asString
  }

  /// `{"Fn::GetAtt": [logicalID, attribute]}`.
  public static func getAtt(_ logicalID: String, _ attribute: String) -> StringValue {
    Token(intrinsic: "Fn::GetAtt", argument: [.string(StringValue(logicalID)), .string(StringValue(attribute))])
      .asString
  }

  /// `{"Fn::Join": [delimiter, elements]}`, with adjacent literal elements merged and a single
  /// remaining element rendered on its own.
  public static func join(_ delimiter: String, _ elements: StringListValue) -> StringValue {
    Token(.join(delimiter: delimiter, elements: elements)).asString
  }

  /// Element `index` of `list`: the element itself for a list of literal strings, else
  /// `{"Fn::Select": [index, list]}` (also when an element of the list is a deploy-time value).
  public static func select(_ index: Int, _ list: StringListValue) -> StringValue {
    if let elements = list.elements, elements.indices.contains(index), !elements.contains(where: \.isUnresolved) {
      return elements[index]
    }
    let argument: [CfnValue] = [.number(Double(index)), CfnValue(list)]
    return Token(intrinsic: "Fn::Select", argument: .array(argument)).asString
  }

  /// The pieces of `source` split at `delimiter`: split right away for a literal string, else
  /// `{"Fn::Split": [delimiter, source]}` (as `assumedLength` selected elements when given).
  public static func split(_ delimiter: String, _ source: StringValue, assumedLength: Int? = nil) -> StringListValue {
    if let literal = source.literal {
      // JavaScript's `split("")` splits into characters (and an empty string into no pieces).
      let pieces =
        delimiter.isEmpty
        ? literal.unicodeScalars.map { String($0) }
        : literal.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
      return StringListValue(pieces.map { StringValue($0) })
    }
    let token = Token(intrinsic: "Fn::Split", argument: [.string(StringValue(delimiter)), .string(source)])
    guard let assumedLength else { return token.asList }
    return StringListValue((0..<assumedLength).map { select($0, token.asList) })
  }

  /// `{"Fn::Sub": body}` or `{"Fn::Sub": [body, variables]}`.
  public static func sub(_ body: String, _ variables: KeyValuePairs<String, StringValue> = [:]) -> StringValue {
    let argument: CfnValue =
      variables.isEmpty
      ? .string(StringValue(body))
      : [.string(StringValue(body)), .object(variables.map { CfnValue.Member($0.key, .string($0.value)) })]
    return Token(intrinsic: "Fn::Sub", argument: argument).asString
  }

  /// `{"Fn::Base64": value}`.
  public static func base64(_ value: StringValue) -> StringValue {
    Token(intrinsic: "Fn::Base64", argument: .string(value)).asString
  }

  /// `{"Fn::ImportValue": exportName}`.
  public static func importValue(_ exportName: StringValue) -> StringValue {
    Token(intrinsic: "Fn::ImportValue", argument: .string(exportName)).asString
  }

  /// `{"Fn::GetAZs": region}`; an empty region means the stack's region.
  public static func getAZs(_ region: StringValue = "") -> StringListValue {
    Token(intrinsic: "Fn::GetAZs", argument: .string(region)).asList
  }

  /// `{"Fn::Cidr": [ipBlock, count, sizeMask]}`.
  public static func cidr(_ ipBlock: StringValue, count: Int, sizeMask: StringValue) -> StringListValue {
    Token(intrinsic: "Fn::Cidr", argument: [.string(ipBlock), .number(Double(count)), .string(sizeMask)]).asList
  }

  /// `{"Fn::FindInMap": [mapName, topLevelKey, secondLevelKey]}`.
  public static func findInMap(_ mapName: String, _ topLevelKey: StringValue, _ secondLevelKey: StringValue)
    -> StringValue
  {
    Token(
      intrinsic: "Fn::FindInMap",
      argument: [.string(StringValue(mapName)), .string(topLevelKey), .string(secondLevelKey)]
    ).asString
  }

  /// The number of elements of a list: the count itself for a list that is not a token as a whole, else
  /// `{"Fn::Length": list}` (which adds the `AWS::LanguageExtensions` transform to the template).
  public static func length(_ list: StringListValue) -> NumberValue {
    if let elements = list.elements { return NumberValue(elements.count) }
    return Token(intrinsic: "Fn::Length", argument: CfnValue(list)).asNumber
  }

  /// `value` as a JSON string: rendered now when the value is not a token as a whole (deploy-time values
  /// inside it become parts of an `Fn::Join`), else `{"Fn::ToJsonString": value}` (which adds the
  /// `AWS::LanguageExtensions` transform to the template).
  public static func toJSONString(_ value: CfnValue) -> StringValue {
    if case .token = value { return Token(intrinsic: "Fn::ToJsonString", argument: value).asString }
    return JSONStringification.stringify(value)
  }

  /// `{"Fn::If": [conditionID, whenTrue, whenFalse]}`.
  public static func conditionIf(_ conditionID: String, _ whenTrue: CfnValue, _ whenFalse: CfnValue) -> Token {
    Token(intrinsic: "Fn::If", argument: [.string(StringValue(conditionID)), whenTrue, whenFalse])
  }

  /// `{"Fn::Equals": [lhs, rhs]}`.
  public static func conditionEquals(_ lhs: CfnValue, _ rhs: CfnValue) -> ConditionExpression {
    ConditionExpression(Token(intrinsic: "Fn::Equals", argument: [lhs, rhs]))
  }

  /// `{"Fn::And": conditions}`; a single condition is returned as is, and more than 10 conditions
  /// (CloudFormation's limit) are nested in groups of 10.
  public static func conditionAnd(_ conditions: ConditionExpression...) -> ConditionExpression {
    grouped("Fn::And", conditions)
  }

  /// `{"Fn::Or": conditions}`; a single condition is returned as is, and more than 10 conditions
  /// (CloudFormation's limit) are nested in groups of 10.
  public static func conditionOr(_ conditions: ConditionExpression...) -> ConditionExpression {
    grouped("Fn::Or", conditions)
  }

  private static func grouped(_ name: String, _ conditions: [ConditionExpression]) -> ConditionExpression {
    if conditions.count == 1 { return conditions[0] }
    if conditions.count <= 10 {
      return ConditionExpression(Token(intrinsic: name, argument: .array(conditions.map(\.value))))
    }
    let groups = stride(from: 0, to: conditions.count, by: 10).map {
      grouped(name, Array(conditions[$0..<min($0 + 10, conditions.count)]))
    }
    return grouped(name, groups)
  }

  /// `{"Fn::Not": [condition]}`.
  public static func conditionNot(_ condition: ConditionExpression) -> ConditionExpression {
    ConditionExpression(Token(intrinsic: "Fn::Not", argument: [condition.value]))
  }

  /// `{"Fn::EachMemberEquals": [list, value]}` (for rules).
  public static func conditionEachMemberEquals(_ list: StringListValue, _ value: StringValue) -> ConditionExpression {
    ConditionExpression(Token(intrinsic: "Fn::EachMemberEquals", argument: [CfnValue(list), .string(value)]))
  }

  /// `{"Fn::EachMemberIn": [stringsToCheck, stringsToMatch]}` (for rules).
  public static func conditionEachMemberIn(_ stringsToCheck: StringListValue, _ stringsToMatch: StringListValue)
    -> ConditionExpression
  {
    ConditionExpression(
      Token(intrinsic: "Fn::EachMemberIn", argument: [CfnValue(stringsToCheck), CfnValue(stringsToMatch)]))
  }

  /// `{"Fn::Contains": [list, value]}`.
  public static func conditionContains(_ list: StringListValue, _ value: StringValue) -> ConditionExpression {
    ConditionExpression(Token(intrinsic: "Fn::Contains", argument: [CfnValue(list), .string(value)]))
  }
}

/// A condition expression: a `CfnCondition` or a `Fn::Equals`/`And`/`Or`/`Not`/`Contains` combination.
public struct ConditionExpression: Equatable {
  /// The expression as a CloudFormation value.
  public let value: CfnValue

  init(_ token: Token) { value = .token(token) }

  /// A condition expression from any CloudFormation value.
  public init(_ value: CfnValue) { self.value = value }
}

public import Constructs

extension SSM.StringParameter {
  /// The `String` parameter named `parameterName`, defined outside the app.
  public static func fromStringParameterName(_ scope: Construct, _ id: String, _ parameterName: StringValue)
    -> SSM.ImportedStringParameter
  {
    fromStringParameterAttributes(scope, id, parameterName: parameterName)
  }

  /// A `String` parameter defined outside the app.
  ///
  /// - Parameters:
  ///   - simpleName: whether the name is simple (no leading `/`); needed only when the name is a token.
  ///   - version: a version to read; the value is then a `{{resolve:ssm:<name>:<version>}}` reference.
  ///   - forceDynamicReference: read the latest version with a `{{resolve:ssm:<name>}}` reference rather
  ///     than a template parameter.
  public static func fromStringParameterAttributes(
    _ scope: Construct,
    _ id: String,
    parameterName: StringValue,
    simpleName: Bool? = nil,
    version: Int? = nil,
    forceDynamicReference: Bool = false
  ) -> SSM.ImportedStringParameter {
    SSM.ImportedStringParameter(
      scope, id, parameterName: parameterName, simpleName: simpleName, version: version,
      forceDynamicReference: forceDynamicReference)
  }

  /// The value of the parameter named `parameterName` (of `version`, else the latest), read at deployment.
  ///
  /// Each name is imported once per stack, as the AWS CDK does: by a template parameter
  /// `SsmParameterValue<name>C96584B6F00A464EAD1953AFF4B05118Parameter` of type
  /// `AWS::SSM::Parameter::Value<String>`, or by a dynamic reference when a version is given.
  public static func valueForStringParameter(_ scope: Construct, _ parameterName: StringValue, version: Int? = nil)
    -> StringValue
  {
    let stack = Stack.of(scope)
    let id = "SsmParameterValue:\(parameterName.description):C96584B6-F00A-464E-AD19-53AFF4B05118"
      .replacing("/", with: "--")
    if let existing = stack.node.tryFindChild(id) as? SSM.ImportedStringParameter { return existing.stringValue }
    return fromStringParameterAttributes(stack, id, parameterName: parameterName, version: version).stringValue
  }
}

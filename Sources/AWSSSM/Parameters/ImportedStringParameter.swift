public import Constructs

extension SSM {
  /// A `String` parameter defined outside the app, imported by name.
  ///
  /// Its value is read at deployment: from a template parameter of type
  /// `AWS::SSM::Parameter::Value<String>` (created the first time ``stringValue`` is used), or, for a
  /// given version or when forced, from a `{{resolve:ssm:...}}` dynamic reference.
  public final class ImportedStringParameter: Construct, SSM.StringParameterProtocol {
    /// The parameter's name.
    public let parameterName: StringValue
    /// The parameter's ARN.
    public private(set) lazy var parameterArn: StringValue = ParameterArn.make(
      parameterName, simpleName: simpleName, scope: self)
    private let simpleName: Bool?
    private let dynamicReference: StringValue?
    private var templateParameter: Constructs.CfnParameter?

    init(
      _ scope: Construct,
      _ id: String,
      parameterName: StringValue,
      simpleName: Bool?,
      version: Int?,
      forceDynamicReference: Bool
    ) {
      self.parameterName = parameterName
      self.simpleName = simpleName
      if let version {
        dynamicReference = "{{resolve:ssm:\(parameterName):\(version)}}"
      } else if forceDynamicReference {
        dynamicReference = "{{resolve:ssm:\(parameterName)}}"
      } else {
        dynamicReference = nil
      }
      super.init(scope, id)
      if parameterName.literal == "" {
        scope.node.addError("ParameterNameCannotBeEmpty", "parameterName cannot be an empty string")
      }
      _ = parameterArn
    }

    /// The parameter's value at deployment: the dynamic reference, or a template parameter (named
    /// `<id>.Parameter`, beside this construct) whose default is the parameter's name.
    public var stringValue: StringValue {
      if let dynamicReference { return dynamicReference }
      if let templateParameter { return templateParameter.valueAsString }
      let parameter = Constructs.CfnParameter(
        node.scope ?? self,
        "\(node.id).Parameter",
        type: "AWS::SSM::Parameter::Value<String>",
        default: .string(parameterName)
      )
      templateParameter = parameter
      return parameter.valueAsString
    }
  }
}

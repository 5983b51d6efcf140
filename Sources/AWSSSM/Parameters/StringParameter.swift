public import Constructs
import Foundation

extension SSM {
  /// A `String` parameter in Parameter Store (`AWS::SSM::Parameter`), named `parameterName` or by
  /// CloudFormation.
  ///
  /// ```swift
  /// let endpoint = SSM.StringParameter(stack, "Endpoint", stringValue: cache.serverlessCacheEndpointAddress,
  ///                                    parameterName: "/platform/cache/endpoint", tier: .advanced)
  /// endpoint.grantRead(function)
  /// ```
  public final class StringParameter: Construct, SSM.StringParameterProtocol {
    /// The parameter's ARN: `arn:<partition>:ssm:<region>:<account>:parameter/<name>` for a simple name,
    /// `…:parameter<name>` for a path such as `/platform/cache/endpoint`.
    public private(set) lazy var parameterArn: StringValue = ParameterArn.make(
      parameterName, physicalName: givenName.map { .given($0) } ?? .generated, simpleName: simpleName, scope: self)
    private let givenName: StringValue?
    private let simpleName: Bool?
    private lazy var resource = CfnParameter(self, "Resource", type: "String", value: "")

    /// A parameter holding `stringValue`.
    ///
    /// - Parameters:
    ///   - parameterName: the name; a path starts with `/`. CloudFormation generates a (simple) name by default.
    ///   - description: at most 1,024 characters.
    ///   - tier: the storage tier; Systems Manager's default (standard) when `nil`.
    ///   - allowedPattern: a regular expression the value must match; a literal value is checked now.
    ///   - dataType: what the value holds; text when `nil`.
    ///   - simpleName: whether the name is simple (no leading `/`), needed only when the name is a token.
    public init(
      _ scope: Construct,
      _ id: String,
      stringValue: StringValue,
      parameterName: StringValue? = nil,
      description: StringValue? = nil,
      tier: SSM.ParameterTier? = nil,
      allowedPattern: String? = nil,
      dataType: SSM.ParameterDataType? = nil,
      simpleName: Bool? = nil
    ) {
      givenName = parameterName
      self.simpleName = simpleName
      super.init(scope, id)
      validate(stringValue: stringValue, allowedPattern: allowedPattern, description: description)
      // The parameter checks its name and description itself, with the AWS CDK's messages.
      for property in ["Description", "Name"] { resource.leaveChecks(of: property) }
      resource.allowedPattern = allowedPattern.map { StringValue($0) }
      resource.dataType = dataType.map { StringValue($0.rawValue) }
      resource.parameterDescription = description
      resource.name = parameterName
      resource.tier = tier.map { StringValue($0.rawValue) }
      resource.value = stringValue
      _ = parameterArn
    }

    /// The parameter's name (`Ref`).
    public var parameterName: StringValue { resource.ref }

    /// The parameter's value as CloudFormation reads it (`Fn::GetAtt Value`).
    public var stringValue: StringValue { resource.getAtt("Value") }

    /// The parameter's type (`Fn::GetAtt Type`).
    public var parameterType: StringValue { resource.getAtt("Type") }

    private func validate(stringValue: StringValue, allowedPattern: String?, description: StringValue?) {
      if let allowedPattern, let value = stringValue.literal {
        if let expression = try? NSRegularExpression(pattern: allowedPattern) {
          let range = NSRange(value.startIndex..., in: value)
          if expression.firstMatch(in: value, range: range) == nil {
            node.addError(
              "SuppliedValueDoesNotMatchPattern",
              "The supplied value (\(value)) does not match the specified allowedPattern (\(allowedPattern))")
          }
        } else {
          node.addError(
            "InvalidAllowedPattern",
            "The allowedPattern (\(allowedPattern)) is not a valid regular expression. Fix the expression's syntax.")
        }
      }
      if let name = givenName?.literal {
        if name.utf16.count > 2048 {
          node.addError("ParameterNameTooLong", "name cannot be longer than 2048 characters.")
        }
        let allowed = name.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            || "/_.-".unicodeScalars.contains($0)
        }
        if name.isEmpty || !allowed {
          node.addError(
            "ParameterNameInvalidCharacters",
            "name must only contain letters, numbers, and the following 4 symbols .-_/; got \(name)")
        }
      }
      if let text = description?.literal, text.utf16.count > 1024 {
        node.addError("DescriptionTooLong", "Description cannot be longer than 1024 characters.")
      }
    }
  }
}

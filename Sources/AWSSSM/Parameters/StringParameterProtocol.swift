public import AWSIAM
public import Constructs

extension SSM {
  /// A `String` parameter of Parameter Store, created in the app (``StringParameter``) or imported
  /// (``StringParameter/fromStringParameterName(_:_:_:)``).
  public protocol StringParameterProtocol: Construct {
    /// The parameter's name.
    var parameterName: StringValue { get }
    /// The parameter's ARN.
    var parameterArn: StringValue { get }
    /// The parameter's value, resolved by CloudFormation at deployment.
    var stringValue: StringValue { get }
  }
}

extension SSM.StringParameterProtocol {
  /// Grants `grantee` reading the parameter: `ssm:DescribeParameters`, `ssm:GetParameters`,
  /// `ssm:GetParameter` and `ssm:GetParameterHistory` on its ARN.
  @discardableResult
  public func grantRead(_ grantee: any IAM.Grantable) -> IAM.Grant {
    IAM.Grant.addToPrincipal(
      grantee: grantee,
      actions: ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"],
      resourceArns: [parameterArn]
    )
  }

  /// Grants `grantee` writing the parameter: `ssm:PutParameter` on its ARN.
  @discardableResult
  public func grantWrite(_ grantee: any IAM.Grantable) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: ["ssm:PutParameter"], resourceArns: [parameterArn])
  }
}

public import AWSEC2
public import AWSIAM
public import Constructs

extension Lambda {
  /// A Lambda function: it can be granted permissions (its execution role receives them) and, in a VPC,
  /// allowed to connect to other resources.
  public protocol FunctionProtocol: Construct, IAM.Grantable, EC2.Connectable {
    /// The function's name.
    var functionName: StringValue { get }
    /// The function's ARN.
    var functionArn: StringValue { get }
    /// Adds a statement to the function's execution role.
    func addToRolePolicy(_ statement: IAM.PolicyStatement)
    /// Grants `grantee` invoking the function (`lambda:InvokeFunction`).
    @discardableResult
    func grantInvoke(_ grantee: any IAM.Grantable) -> IAM.Grant
  }
}

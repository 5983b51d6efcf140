public import AWSIAM
import CloudFormationModel
public import Constructs

extension Lambda.Function {
  /// Grants `grantee` invoking the function and its versions (`lambda:InvokeFunction` on the function's ARN
  /// and `<arn>:*`): in the grantee's identity policy when it has one, else with a permission on the
  /// function (`AWS::Lambda::Permission`, named `Invoke<digest of the principal>` as the AWS CDK names it).
  @discardableResult
  public func grantInvoke(_ grantee: any IAM.Grantable) -> IAM.Grant {
    let principal = grantee.grantPrincipal
    let identifier = "Invoke" + Self.digest(of: principal)
    if let existing = invocationGrants[identifier] { return existing }
    let grant = IAM.Grant.addToPrincipalOrResource(
      grantee: grantee,
      actions: ["lambda:InvokeFunction"],
      resourceArns: [functionArn, "\(functionArn):*"],
      resource: InvokePermissionTarget(function: self, identifier: identifier, principal: principal)
    )
    invocationGrants[identifier] = grant
    return grant
  }

  /// Adds a permission (`AWS::Lambda::Permission`, with id `id`) letting `principal` take `action` on the
  /// function, optionally only for `sourceArn` or `sourceAccount`.
  ///
  /// The principal must be a service, an account or an ARN without conditions; another records the
  /// AWS CDK's error.
  @discardableResult
  public func addPermission(
    _ id: String,
    principal: any IAM.Principal,
    action: String = "lambda:InvokeFunction",
    sourceArn: StringValue? = nil,
    sourceAccount: StringValue? = nil
  ) -> CfnResource {
    Lambda.CfnPermission(
      self, id.replacing("/", with: "--"), action: StringValue(action), functionName: functionArn,
      principal: permissionPrincipal(principal), sourceAccount: sourceAccount, sourceARN: sourceArn)
  }

  /// The `Principal` of a permission: a service's name, an account id or an ARN.
  private func permissionPrincipal(_ principal: any IAM.Principal) -> StringValue {
    if principal.policyFragment.conditions.isEmpty {
      switch principal {
      case let account as IAM.AccountPrincipal: return account.accountID
      case let service as IAM.ServicePrincipal: return StringValue(service.service)
      case let arn as IAM.ArnPrincipal: return arn.arn
      default: break
      }
    }
    node.addError(
      "InvalidPrincipalTypeForLambdaPermission",
      "Invalid principal type for Lambda permission statement: \(String(describing: type(of: principal))). "
        + "Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal")
    return ""
  }

  /// The base64 SHA-256 of the principal and its conditions, as the AWS CDK identifies invoke grants.
  private static func digest(of principal: any IAM.Principal) -> String {
    let conditions = principal.policyFragment.conditions
    let conditionsJSON =
      conditions.isEmpty ? "{}" : String(describing: conditions.sorted { $0.key < $1.key }.map(\.key))
    let text = TemplateValue.string(Self.principalDescription(principal)).jsonString(indent: 0)
    return Hashing.sha256Base64("{\"principal\":\(text),\"conditions\":\(conditionsJSON)}")
  }

  /// The principal as the AWS CDK's `toString()` spells it, such as `ServicePrincipal(events.amazonaws.com)`.
  private static func principalDescription(_ principal: any IAM.Principal) -> String {
    switch principal {
    case is IAM.AccountRootPrincipal: "AccountRootPrincipal()"
    case is IAM.AnyPrincipal: "AnyPrincipal()"
    case let account as IAM.AccountPrincipal: "AccountPrincipal(\(account.accountID))"
    case let arn as IAM.ArnPrincipal: "ArnPrincipal(\(arn.arn))"
    case let service as IAM.ServicePrincipal: "ServicePrincipal(\(service.service))"
    case let construct as Construct: construct.node.path
    default: String(describing: principal)
    }
  }
}

/// The function as the resource of an invoke grant: a statement for a principal without an identity policy
/// becomes a permission on the function.
private final class InvokePermissionTarget: IAM.ResourceWithPolicy {
  private unowned let function: Lambda.Function
  private let identifier: String
  private let principal: any IAM.Principal

  init(function: Lambda.Function, identifier: String, principal: any IAM.Principal) {
    self.function = function
    self.identifier = identifier
    self.principal = principal
  }

  var resourceAccount: StringValue { Stack.of(function).account }

  func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult {
    let permission = function.addPermission(identifier, principal: principal)
    return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: permission)
  }
}

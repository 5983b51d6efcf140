public import Constructs

extension IAM.Role {
  /// A role defined outside the app, by ARN.
  ///
  /// As in the AWS CDK: when the role may belong to the stack's account and `mutable` is true,
  /// statements granted to it go to a new inline policy (`<id>/Policy`) attached by role name;
  /// otherwise (`mutable: false`, or a role of another account) grants to it add nothing to it,
  /// though resource policies may still name it.
  public static func fromRoleArn(_ scope: Construct, _ id: String, _ roleArn: StringValue, mutable: Bool = true)
    -> any IAM.RoleProtocol
  {
    let stack = Stack.of(scope)
    var account: StringValue?
    var roleName = roleArn
    do {
      let components = try stack.splitArn(roleArn, format: .slashResourceName)
      account = components.account
      if let resourceName = components.resourceName {
        roleName = resourceName.split(separator: "/").last ?? resourceName
      }
    } catch {
      scope.node.addError("InvalidRoleArn", error.message)
    }
    let accountComparison = TokenComparison.compare(account ?? "", stack.account)
    if mutable, accountComparison != .different {
      return ImportedRole(scope, id, roleArn: roleArn, roleName: roleName, account: account)
    }
    let imported = ImportedRole(scope, "MutableRole\(id)", roleArn: roleArn, roleName: roleName, account: account)
    return ImmutableRole(scope, id, wrapping: imported)
  }

  /// A role of the stack's account defined outside the app, by name.
  public static func fromRoleName(_ scope: Construct, _ id: String, _ roleName: String, mutable: Bool = true)
    -> any IAM.RoleProtocol
  {
    let arn = Stack.of(scope).formatArn(
      ArnComponents(service: "iam", region: "", resource: "role", resourceName: StringValue(roleName)))
    return fromRoleArn(scope, id, arn, mutable: mutable)
  }
}

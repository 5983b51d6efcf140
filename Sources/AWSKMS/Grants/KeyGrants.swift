import AWSIAM
import Constructs

/// How the AWS CDK grants the use of a key whose account trusts its own identities (as every key
/// does with the default key policy): in the grantee's identity policy for a grantee of the same
/// account and region, and in both that policy and the key policy (on all resources, `*`) across
/// accounts or regions.
enum KeyGrants {
  static func grant<Key: Construct & KMS.KeyProtocol>(
    _ key: Key,
    to grantee: any IAM.Grantable,
    actions: [String]
  ) -> IAM.Grant {
    let keyStack = Stack.of(key)
    let granteeStack = ownedResourceStack(of: grantee.grantPrincipal)
    let crossEnvironment = granteeStack.map { $0.account != keyStack.account || $0.region != keyStack.region } ?? false
    guard crossEnvironment else {
      return IAM.Grant.addToPrincipalOrResource(
        grantee: grantee, actions: actions, resourceArns: [key.keyArn], resourceSelfArns: ["*"], resource: key)
    }
    var resourcePolicyPrincipal = grantee.grantPrincipal
    if let granteeStack, granteeStack !== keyStack, granteeStack.dependencies.contains(where: { $0 === keyStack }) {
      resourcePolicyPrincipal = IAM.AccountPrincipal(granteeStack.account)
    }
    return IAM.Grant.addToPrincipalAndResource(
      grantee: grantee, actions: actions, resourceArns: ["*"], resource: key,
      resourcePolicyPrincipal: resourcePolicyPrincipal)
  }

  /// The stack of a principal that is a resource created in the app (a role), else `nil`.
  private static func ownedResourceStack(of principal: any IAM.Principal) -> Stack? {
    guard let construct = principal as? Construct, construct.node.defaultChild is CfnResource else { return nil }
    return Stack.of(construct)
  }
}

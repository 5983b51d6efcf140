public import AWSIAM
public import Constructs

extension KMS {
  /// A KMS key, created in the app or imported, that principals can be granted the use of.
  public protocol KeyProtocol: IAM.ResourceWithPolicy {
    /// The key's ARN.
    var keyArn: StringValue { get }
    /// The key's id.
    var keyID: StringValue { get }
    /// Adds an alias (`alias/` is prepended unless present).
    @discardableResult
    func addAlias(_ aliasName: String) -> KMS.Alias
    /// Grants `grantee` the `actions` on this key, in its identity policy and, where the AWS CDK
    /// does so (other accounts or regions), in the key policy.
    @discardableResult
    func grant(_ grantee: any IAM.Grantable, actions: [String]) -> IAM.Grant
  }
}

extension KMS.KeyProtocol {
  /// Grants `grantee` the `actions` on this key.
  @discardableResult
  public func grant(_ grantee: any IAM.Grantable, actions: String...) -> IAM.Grant {
    grant(grantee, actions: actions)
  }

  /// Grants encryption: `kms:Encrypt`, `kms:ReEncrypt*`, `kms:GenerateDataKey*`.
  @discardableResult
  public func grantEncrypt(_ grantee: any IAM.Grantable) -> IAM.Grant {
    grant(grantee, actions: KeyActions.encrypt)
  }

  /// Grants decryption: `kms:Decrypt`.
  @discardableResult
  public func grantDecrypt(_ grantee: any IAM.Grantable) -> IAM.Grant {
    grant(grantee, actions: KeyActions.decrypt)
  }

  /// Grants decryption and encryption.
  @discardableResult
  public func grantEncryptDecrypt(_ grantee: any IAM.Grantable) -> IAM.Grant {
    grant(grantee, actions: KeyActions.decrypt + KeyActions.encrypt)
  }

  /// Grants administration of the key (create, describe, enable, disable, schedule deletion...).
  @discardableResult
  public func grantAdmin(_ grantee: any IAM.Grantable) -> IAM.Grant {
    grant(grantee, actions: KeyActions.admin)
  }
}

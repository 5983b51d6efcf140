public import AWSIAM
public import AWSKMS
public import Constructs

extension SecretsManager {
  /// A secret defined outside the app. Its resource policy is not managed here, so grants go to the
  /// grantees' identity policies only.
  public final class ImportedSecret: Construct, SecretsManager.SecretProtocol {
    /// The secret's ARN: complete, or partial (without the 6-character suffix) when imported by name.
    public let secretArn: StringValue
    /// The secret's name.
    public let secretName: StringValue
    /// The complete ARN, when the secret was imported by it.
    public let secretFullArn: StringValue?
    /// The key that encrypts the secret, when given.
    public let encryptionKey: (any KMS.KeyProtocol)?
    /// The account the secret is in: the one its ARN names, else the stack's.
    public let resourceAccount: StringValue
    private let policyArn: StringValue?

    /// - Parameters:
    ///   - account: the account the secret is in, when its ARN names one.
    ///   - policyArn: the ARN policies name, when it does not depend on the consuming stack.
    init(
      _ scope: Construct,
      _ id: String,
      secretArn: StringValue,
      secretName: StringValue,
      secretFullArn: StringValue?,
      encryptionKey: (any KMS.KeyProtocol)?,
      account: StringValue?,
      policyArn: StringValue?
    ) {
      resourceAccount = account ?? Stack.of(scope).account
      self.secretArn = secretArn
      self.secretName = secretName
      self.secretFullArn = secretFullArn
      self.encryptionKey = encryptionKey
      self.policyArn = policyArn
      super.init(scope, id)
    }

    /// The ARN policies name: the complete ARN when known, else the partial ARN followed by `-??????`.
    public func arnForPolicies(in stack: Stack) -> StringValue { policyArn ?? "\(secretArn)-??????" }

    /// The secret's policy is not managed by this app: the statement is not added.
    public func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult { .notAdded }
  }
}

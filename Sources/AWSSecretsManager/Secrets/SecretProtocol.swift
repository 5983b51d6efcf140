public import AWSIAM
public import AWSKMS
public import Constructs

extension SecretsManager {
  /// A secret, created in the app (``Secret``) or imported (``ImportedSecret``).
  public protocol SecretProtocol: Construct, IAM.ResourceWithPolicy {
    /// The secret's ARN; for a secret imported by name, a partial ARN without the 6-character suffix.
    var secretArn: StringValue { get }
    /// The secret's name.
    var secretName: StringValue { get }
    /// The secret's complete ARN, with the 6-character suffix Secrets Manager adds; `nil` when unknown.
    var secretFullArn: StringValue? { get }
    /// The key that encrypts the secret; `nil` for the account's `aws/secretsmanager` key.
    var encryptionKey: (any KMS.KeyProtocol)? { get }
    /// The ARN that policies in `stack` name to match the secret: the complete ARN when known and the stack
    /// is in the secret's account and region, else the partial ARN followed by `-??????`.
    func arnForPolicies(in stack: Stack) -> StringValue
  }
}

extension SecretsManager.SecretProtocol {
  /// The whole secret value, as a dynamic reference that CloudFormation resolves at deployment:
  /// `{{resolve:secretsmanager:<arn>:SecretString:::}}`.
  public var secretValue: SecretValue { secretValueFromJSON("") }

  /// One field of the JSON secret value, as a dynamic reference that CloudFormation resolves at deployment:
  /// `{{resolve:secretsmanager:<arn>:SecretString:<key>::}}`. The value never appears in the template.
  public func secretValueFromJSON(_ key: String) -> SecretValue {
    SecretValue.secretsManager(secretArn, jsonField: key)
  }

  /// Grants `grantee` reading the secret (`secretsmanager:GetSecretValue`, `secretsmanager:DescribeSecret`),
  /// limited to `versionStages` when given, and decrypting it through Secrets Manager with its key.
  @discardableResult
  public func grantRead(_ grantee: any IAM.Grantable, versionStages: [String]? = nil) -> IAM.Grant {
    let grant = IAM.Grant.addToPrincipalOrResource(
      grantee: grantee,
      actions: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
      resourceArns: [arnForPolicies(in: Self.consumingStack(of: grantee, default: self))],
      resource: self
    )
    if let versionStages, let statement = grant.principalStatement ?? grant.resourceStatement {
      statement.addCondition(
        "ForAnyValue:StringEquals", "secretsmanager:VersionStage",
        .array(versionStages.map { .string(StringValue($0)) }))
    }
    encryptionKey?.grantDecrypt(KMS.ViaServicePrincipal(secretsManagerIn: Stack.of(self), grantee.grantPrincipal))
    let crossAccount = grantee.grantPrincipal.principalAccount.map {
      TokenComparison.compare(Stack.of(self).account, $0) == .different
    }
    if self is SecretsManager.Secret, grant.resourceStatement != nil, encryptionKey == nil, crossAccount == true {
      node.addError("KeyProvidedCrossAccountAccess", "KMS Key must be provided for cross account access to Secret")
    }
    return grant
  }

  /// Grants `grantee` changing the secret (`secretsmanager:PutSecretValue`, `secretsmanager:UpdateSecret`,
  /// `secretsmanager:UpdateSecretVersionStage`) and encrypting with its key through Secrets Manager.
  @discardableResult
  public func grantWrite(_ grantee: any IAM.Grantable) -> IAM.Grant {
    let grant = IAM.Grant.addToPrincipalOrResource(
      grantee: grantee,
      actions: [
        "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret", "secretsmanager:UpdateSecretVersionStage",
      ],
      resourceArns: [arnForPolicies(in: Self.consumingStack(of: grantee, default: self))],
      resource: self
    )
    encryptionKey?.grantEncrypt(KMS.ViaServicePrincipal(secretsManagerIn: Stack.of(self), grantee.grantPrincipal))
    if self is SecretsManager.Secret, grant.resourceStatement != nil, encryptionKey == nil {
      node.addError("KeyProvidedCrossAccountAccess", "KMS Key must be provided for cross account access to Secret")
    }
    return grant
  }

  /// The stack whose template will hold the grantee's statement: the grantee's own, when it is a construct.
  private static func consumingStack(of grantee: any IAM.Grantable, default secret: Construct) -> Stack {
    Stack.of((grantee.grantPrincipal as? Construct) ?? (grantee as? Construct) ?? secret)
  }
}

extension KMS.ViaServicePrincipal {
  /// `basePrincipal` using a key through Secrets Manager in `stack`'s region
  /// (`secretsmanager.${AWS::Region}.amazonaws.com` unless the stack's region is known), as the AWS CDK's
  /// secrets grant their keys.
  convenience init(secretsManagerIn stack: Stack, _ basePrincipal: any IAM.Principal) {
    self.init("secretsmanager.\(stack.region).amazonaws.com", basePrincipal)
  }
}

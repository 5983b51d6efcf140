public import AWSIAM
public import AWSKMS
public import Constructs

extension SecretsManager {
  /// A secret in Secrets Manager (`AWS::SecretsManager::Secret`) whose value Secrets Manager generates
  /// (by default) or that holds a given value.
  ///
  /// ```swift
  /// let secret = SecretsManager.Secret(stack, "CacheUser", secretName: "orders/cache-user",
  ///   generateSecretString: .init(secretStringTemplate: #"{"username":"orders"}"#, generateStringKey: "password",
  ///                               excludeCharacters: " %+~`#$&*()|[]{}:;<>?!'/@\"\\"))
  /// secret.grantRead(function)
  /// ```
  public final class Secret: Construct, SecretsManager.SecretProtocol {
    /// The key that encrypts the secret; `nil` for the account's `aws/secretsmanager` key.
    public let encryptionKey: (any KMS.KeyProtocol)?
    private let givenName: StringValue?
    private var policy: SecretsManager.SecretResourcePolicy?
    private lazy var resource = CfnSecret(self, "Resource")

    /// A secret.
    ///
    /// - Parameters:
    ///   - description: what the secret is for.
    ///   - secretName: the name; CloudFormation generates one by default.
    ///   - encryptionKey: a customer managed key to encrypt the secret with; its key policy is extended so
    ///     that Secrets Manager may use it for principals of the account.
    ///   - generateSecretString: how to generate the value; a 32-character password by default.
    ///   - secretStringValue: a value to store instead of generating one (a dynamic reference, so that it never
    ///     appears in the template).
    ///   - removalPolicy: what happens to the secret when it leaves the stack; deleted by default.
    public init(
      _ scope: Construct,
      _ id: String,
      description: StringValue? = nil,
      secretName: StringValue? = nil,
      encryptionKey: (any KMS.KeyProtocol)? = nil,
      generateSecretString: SecretsManager.SecretStringGenerator? = nil,
      secretStringValue: SecretValue? = nil,
      removalPolicy: RemovalPolicy = .destroy
    ) {
      self.encryptionKey = encryptionKey
      givenName = secretName
      super.init(scope, id)
      resource.generateSecretString = generateSecretString?.property ?? (secretStringValue == nil ? .init() : nil)
      resource.kmsKeyID = encryptionKey?.keyArn
      resource.name = secretName
      resource.secretDescription = description
      resource.secretString = secretStringValue?.unsafeUnwrap()
      resource.applyRemovalPolicy(removalPolicy)
      if let generator = generateSecretString,
        (generator.secretStringTemplate == nil) != (generator.generateStringKey == nil)
      {
        node.addError(
          "MustBeSpecifiedTogether", "`secretStringTemplate` and `generateStringKey` must be specified together.")
      }
      if generateSecretString != nil, secretStringValue != nil {
        node.addError(
          "CannotSpecifyOneGenerateSecret",
          "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, and `secretStringBeta1`."
        )
      }
      if let encryptionKey {
        let stack = Stack.of(self)
        let secretsManager = KMS.ViaServicePrincipal(secretsManagerIn: stack, IAM.AccountPrincipal(stack.account))
        encryptionKey.grantEncryptDecrypt(secretsManager)
        encryptionKey.grant(secretsManager, actions: "kms:CreateGrant", "kms:DescribeKey")
      }
    }

    /// The secret's ARN (`Ref`).
    public var secretArn: StringValue { resource.ref }

    /// The secret's complete ARN, which for a secret created here is its ARN.
    public var secretFullArn: StringValue? { secretArn }

    /// The secret's name, read from its ARN at deployment: the ARN's name part, without the 6-character
    /// suffix (as many hyphen-separated parts as the given name has, else two).
    public var secretName: StringValue {
      if let givenName, givenName.isUnresolved { return givenName }
      let resourceName = Fn.select(6, Fn.split(":", secretArn))
      let segments = givenName?.literal.map { $0.split(separator: "-", omittingEmptySubsequences: false).count } ?? 2
      return Fn.join("-", StringListValue((0..<segments).map { Fn.select($0, Fn.split("-", resourceName)) }))
    }

    /// The complete ARN for policies in the secret's own environment, else the ARN with `-??????`.
    public func arnForPolicies(in stack: Stack) -> StringValue {
      let own = Stack.of(self)
      return own.account == stack.account && own.region == stack.region ? secretArn : "\(secretArn)-??????"
    }

    /// Adds a statement to the secret's resource policy, creating the policy (`Policy`) with the first one.
    @discardableResult
    public func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult {
      let policy = self.policy ?? SecretsManager.SecretResourcePolicy(self, "Policy")
      self.policy = policy
      policy.document.addStatements(statement)
      return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
    }

    /// Sets what happens to the secret when it leaves the stack.
    public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }
  }
}

public import AWSIAM
public import Constructs

extension KMS {
  /// A KMS key (`AWS::KMS::Key`), kept when removed from the stack unless told otherwise.
  ///
  /// Without a `policy`, the key policy lets the account's identities use the key (`kms:*` for the
  /// account root), as the AWS CDK does by default; grants then go to the grantees' identity policies.
  ///
  /// ```swift
  /// let key = KMS.Key(stack, "Key", alias: "cache-key", enableKeyRotation: true)
  /// key.grantDecrypt(role)
  /// ```
  public final class Key: Construct, KMS.KeyProtocol {
    /// The key policy.
    public let policy: IAM.PolicyDocument
    private var aliases: [KMS.Alias] = []
    private lazy var resource: CfnKey = {
      let resource = CfnKey(self, "Resource")
      // The key checks these itself, with the AWS CDK's messages.
      for property in ["PendingWindowInDays", "RotationPeriodInDays"] { resource.leaveChecks(of: property) }
      resource.updateBeforeRendering { [unowned self, unowned resource] in
        resource.keyPolicy = self.policy.toJSON(in: Stack.of(self))
      }
      return resource
    }()

    /// A key; `policy` replaces the default key policy.
    public init(
      _ scope: Construct,
      _ id: String,
      description: String? = nil,
      alias: String? = nil,
      enableKeyRotation: Bool? = nil,
      rotationPeriod: Duration? = nil,
      enabled: Bool? = nil,
      keySpec: KMS.KeySpec? = nil,
      keyUsage: KMS.KeyUsage? = nil,
      multiRegion: Bool? = nil,
      pendingWindow: Duration? = nil,
      policy: IAM.PolicyDocument? = nil,
      removalPolicy: RemovalPolicy = .retain,
      admins: [any IAM.Principal] = []
    ) {
      self.policy = policy ?? IAM.PolicyDocument()
      let rotation = enableKeyRotation ?? (rotationPeriod == nil ? nil : true)
      super.init(scope, id)
      resource.keyDescription = description.map { StringValue($0) }
      resource.enableKeyRotation = rotation
      resource.enabled = enabled
      resource.keySpec = keySpec.map { StringValue($0.rawValue) }
      resource.keyUsage = keyUsage.map { StringValue($0.rawValue) }
      resource.multiRegion = multiRegion
      resource.pendingWindowInDays = pendingWindow.map { NumberValue($0.toDays()) }
      resource.rotationPeriodInDays = rotationPeriod.map { NumberValue($0.toDays()) }
      validate(
        keySpec: keySpec ?? .symmetricDefault, keyUsage: keyUsage ?? .encryptDecrypt,
        enableKeyRotation: enableKeyRotation, rotationPeriod: rotationPeriod, pendingWindow: pendingWindow)
      if policy == nil {
        addToResourcePolicy(
          IAM.PolicyStatement(actions: ["kms:*"], resources: ["*"], principals: [IAM.AccountRootPrincipal()]))
      }
      resource.applyRemovalPolicy(removalPolicy)
      for admin in admins { grantAdmin(admin) }
      if let alias { addAlias(alias) }
      node.addValidation { [unowned self] report in
        for problem in self.policy.validateForResourcePolicy() { report.error(problem.code, problem.message) }
      }
    }

    /// The key's ARN (`Fn::GetAtt Arn`).
    public var keyArn: StringValue { resource.getAtt("Arn") }

    /// The key's id (`Ref`).
    public var keyID: StringValue { resource.ref }

    /// Adds a statement to the key policy.
    @discardableResult
    public func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult {
      policy.addStatements(statement)
      return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: self)
    }

    /// Adds an alias, `Alias` for the first and `Alias<name>` for later ones (as the AWS CDK names them).
    @discardableResult
    public func addAlias(_ aliasName: String) -> KMS.Alias {
      KMS.Alias.add(aliasName, to: self, after: &aliases)
    }

    /// Grants `grantee` the `actions` on this key.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) -> IAM.Grant {
      KeyGrants.grant(self, to: grantee, actions: actions)
    }

    /// Sets what happens to the key when it leaves the stack.
    public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

    private func validate(
      keySpec: KMS.KeySpec,
      keyUsage: KMS.KeyUsage,
      enableKeyRotation: Bool?,
      rotationPeriod: Duration?,
      pendingWindow: Duration?
    ) {
      if keyUsage.disallowedSpecs.contains(keySpec) {
        node.addError("SpecValidUsage", "key spec '\(keySpec.rawValue)' is not valid with usage '\(keyUsage.rawValue)'")
      }
      if enableKeyRotation == true, keySpec.isHMAC {
        node.addError("RotationCannotBeEnabledOnHmac", "key rotation cannot be enabled on HMAC keys")
      } else if enableKeyRotation == true, keySpec != .symmetricDefault {
        node.addError("RotationCannotBeEnabledOnAsymmetric", "key rotation cannot be enabled on asymmetric keys")
      }
      if let rotationPeriod {
        if enableKeyRotation == false {
          node.addError(
            "RotationPeriodCannotBeSpecifiedWhenRotationDisabled",
            "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled")
        }
        let days = rotationPeriod.toDays()
        if days < 90 || days > 2560 {
          node.addError(
            "RotationPeriodValueMustBeBetween90And2650Days",
            "'rotationPeriod' value must between 90 and 2650 days. Received: \(Self.format(days))")
        }
      }
      if let days = pendingWindow?.toDays(), days < 7 || days > 30 {
        node.addError(
          "PendingWindowValueMustBeBetween7And30Days",
          "'pendingWindow' value must between 7 and 30 days. Received: \(Self.format(days))")
      }
    }

    /// A number as JavaScript prints it in messages (`7`, `0.5`).
    private static func format(_ number: Double) -> String {
      number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
  }
}

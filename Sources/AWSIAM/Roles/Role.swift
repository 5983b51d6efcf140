public import Constructs

extension IAM {
  /// An IAM role (`AWS::IAM::Role`) that `assumedBy` may assume.
  ///
  /// Statements granted to the role go to its default policy, an `AWS::IAM::Policy` child named
  /// `DefaultPolicy` that is created with the first statement, as in the AWS CDK.
  ///
  /// At synthesis, the role merges equal statements of its default policy and, when the policy is
  /// too large for IAM, moves statements to managed policies named `OverflowPolicy1`,
  /// `OverflowPolicy2`... attached to it, as the AWS CDK does (see ``maxInlinePolicySize``).
  ///
  /// ```swift
  /// let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
  /// key.grantDecrypt(role)
  /// ```
  public final class Role: Construct, IAM.RoleProtocol {
    /// The trust policy: who may assume the role.
    public let assumeRolePolicy: IAM.PolicyDocument
    /// The managed policies attached to the role.
    public private(set) var managedPolicies: [any IAM.ManagedPolicyProtocol]
    /// The policy that limits the role's permissions.
    public let permissionsBoundary: (any IAM.ManagedPolicyProtocol)?
    /// The policy holding statements added with ``addToPrincipalPolicy(_:)``, once there is one.
    public private(set) var defaultPolicy: IAM.Policy?
    private let inlinePolicies: [(name: String, document: IAM.PolicyDocument)]
    private let explicitRoleName: String?
    private let path: String?
    private let roleDescription: String?
    private let maxSessionDuration: Duration?
    private var attachedPolicies = AttachedPolicies()
    private var reportedCrossEnvironmentUse = false
    /// What holds each statement added to the default policy, by statement.
    var declarations: [ObjectIdentifier: StatementDeclaration] = [:]
    /// Whether the default policy was split at synthesis.
    var didSplitLargePolicy = false
    private lazy var resource: CfnRole = {
      let resource = CfnRole(self, "Resource", assumeRolePolicyDocument: [:])
      // The role checks these itself, with the AWS CDK's messages.
      for property in ["MaxSessionDuration", "Path", "RoleName"] { resource.leaveChecks(of: property) }
      resource.leaveChecks(of: "Description", toOwner: [.propertyLengthOutOfRange])
      resource.updateBeforeRendering { [unowned self, unowned resource] in self.updateProperties(of: resource) }
      return resource
    }()

    /// A role that `assumedBy` may assume (with one of `externalIDs` as `sts:ExternalId`, when given).
    public init(
      _ scope: Construct,
      _ id: String,
      assumedBy: any IAM.Principal,
      externalIDs: [String] = [],
      roleName: String? = nil,
      description: String? = nil,
      managedPolicies: [any IAM.ManagedPolicyProtocol] = [],
      inlinePolicies: KeyValuePairs<String, IAM.PolicyDocument> = [:],
      path: String? = nil,
      maxSessionDuration: Duration? = nil,
      permissionsBoundary: (any IAM.ManagedPolicyProtocol)? = nil
    ) {
      assumeRolePolicy = Self.makeAssumeRolePolicy(assumedBy, externalIDs: externalIDs)
      self.managedPolicies = managedPolicies
      self.inlinePolicies = inlinePolicies.map { ($0.key, $0.value) }
      explicitRoleName = roleName
      self.path = path
      roleDescription = description.flatMap { $0.isEmpty ? nil : $0 }
      self.maxSessionDuration = maxSessionDuration
      self.permissionsBoundary = permissionsBoundary
      super.init(scope, id)
      _ = resource
      validateProperties()
      node.addPreparation { [unowned self] in self.splitLargePolicy() }
      node.addValidation { [unowned self] report in
        for problem in self.assumeRolePolicy.validateForTrustPolicy() { report.error(problem.code, problem.message) }
        for policy in self.inlinePolicies {
          for problem in policy.document.validateForIdentityPolicy() { report.error(problem.code, problem.message) }
        }
      }
    }

    /// The role's ARN (`Fn::GetAtt Arn`).
    public var roleArn: StringValue { resource.getAtt("Arn") }

    /// The role's name (`Ref`).
    public var roleName: StringValue { resource.ref }

    /// The role's stable unique id (`Fn::GetAtt RoleId`).
    public var roleID: StringValue { resource.getAtt("RoleId") }

    /// The role's account: its stack's.
    public var principalAccount: StringValue? { Stack.of(self).account }

    /// `sts:AssumeRole`.
    public var assumeRoleAction: String { "sts:AssumeRole" }

    /// `{"AWS": roleArn}`.
    public var policyFragment: IAM.PrincipalPolicyFragment { IAM.ArnPrincipal(roleArn).policyFragment }

    /// `{"AWS": roleArn}`; in a stack of another account or region, the ARN built from the role's
    /// name, which must then be given (as in the AWS CDK; without it, that is an error).
    public func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment {
      let home = Stack.of(self)
      guard stack.account != home.account || stack.region != home.region else { return policyFragment }
      if explicitRoleName == nil, !reportedCrossEnvironmentUse {
        reportedCrossEnvironmentUse = true
        node.addError(
          "CannotUseCrossEnvironment",
          "Cannot use resource '\(node.path)' in a cross-environment fashion, the resource's physical name must be "
            + "explicit set or use `PhysicalName.GENERATE_IF_NEEDED`"
        )
      }
      let pathPrefix = path.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? ""
      let name = explicitRoleName ?? node.id
      let arn = home.formatArn(
        ArnComponents(service: "iam", region: "", resource: "role", resourceName: "\(pathPrefix)\(name)"))
      return IAM.ArnPrincipal(arn).policyFragment
    }

    /// Adds a statement to the role's default policy, creating the policy with the first statement.
    @discardableResult
    public func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
      let policy =
        defaultPolicy
        ?? {
          let policy = IAM.Policy(self, "DefaultPolicy")
          defaultPolicy = policy
          attachInlinePolicy(policy)
          return policy
        }()
      policy.addStatements(statement)
      let key = ObjectIdentifier(statement)
      let declaration =
        declarations[key]
        ?? {
          let declaration = StatementDeclaration(statement: statement, defaultPolicy: policy, role: self)
          declarations[key] = declaration
          return declaration
        }()
      return IAM.AddToPrincipalPolicyResult(statementAdded: true, policyDependable: policy, declaration: declaration)
    }

    /// Attaches a managed policy (once per ARN).
    public func addManagedPolicy(_ policy: any IAM.ManagedPolicyProtocol) {
      guard !managedPolicies.contains(where: { $0.managedPolicyArn == policy.managedPolicyArn }) else { return }
      managedPolicies.append(policy)
    }

    /// Attaches an inline policy; a second policy with the same name is an error.
    public func attachInlinePolicy(_ policy: IAM.Policy) {
      if attachedPolicies.attach(policy) { policy.attachToRole(self) }
    }

    /// Grants `grantee` the `actions` on this role.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: String...) -> IAM.Grant {
      IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [roleArn])
    }

    /// Grants `grantee` permission to pass this role to a service (`iam:PassRole`).
    @discardableResult
    public func grantPassRole(_ grantee: any IAM.Grantable) -> IAM.Grant {
      IAM.Grant.addToPrincipal(grantee: grantee, actions: ["iam:PassRole"], resourceArns: [roleArn])
    }

    /// Grants `grantee` permission to assume this role (`sts:AssumeRole`). A service or account
    /// principal belongs in the trust policy (`assumedBy`) instead, and is recorded as an error.
    @discardableResult
    public func grantAssumeRole(_ grantee: any IAM.Principal) -> IAM.Grant {
      if grantee is IAM.ServicePrincipal || grantee is IAM.AccountPrincipal {
        node.addError(
          "CannotServiceAccountPrincipalGrant",
          "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.")
        return IAM.Grant.drop(grantee: grantee, intent: "a service or account principal cannot be granted AssumeRole")
      }
      return IAM.Grant.addToPrincipal(grantee: grantee, actions: ["sts:AssumeRole"], resourceArns: [roleArn])
    }

    /// Sets what happens to the role when it leaves the stack.
    public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

    private static func makeAssumeRolePolicy(_ principal: any IAM.Principal, externalIDs: [String])
      -> IAM.PolicyDocument
    {
      let document = IAM.PolicyDocument()
      principal.addToAssumeRolePolicy(document)
      if !externalIDs.isEmpty {
        let externalID: CfnValue =
          externalIDs.count == 1
          ? .string(StringValue(externalIDs[0])) : .array(externalIDs.map { .string(StringValue($0)) })
        for statement in document.statements { statement.addCondition("StringEquals", "sts:ExternalId", externalID) }
      }
      return document
    }

    private func validateProperties() {
      if let explicitRoleName, !Self.isValidRoleName(explicitRoleName) {
        node.addError(
          "InvalidRoleName",
          "Invalid roleName. The name must be a string of characters consisting of upper and lowercase alphanumeric "
            + "characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must "
            + "be between 1 and 64 characters."
        )
      }
      if let seconds = maxSessionDuration?.toSeconds(), seconds < 3600 || seconds > 43200 {
        let shown = seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
        node.addError(
          "MaxSessionDurationSet",
          "maxSessionDuration is set to \(shown), but must be >= 3600sec (1hr) and <= 43200sec (12hrs)")
      }
      if let roleDescription, roleDescription.count > 1000 {
        node.addError("RoleDescriptionLongerCharacters", "Role description must be no longer than 1000 characters.")
      }
      if let path {
        if path.isEmpty || path.count > 512 {
          node.addError(
            "RolePathCharactersProvidedRole",
            "Role path must be between 1 and 512 characters. The provided role path is \(path.count) characters.")
        } else if !Self.isValidRolePath(path) {
          node.addError(
            "InvalidRolePathCharacters",
            "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. "
              + "Valid characters are unicode characters in [\\u0021-\\u007F]. However, \(path) is provided."
          )
        }
      }
    }

    /// `^[\w+=,.@-]{1,64}$`.
    private static func isValidRoleName(_ name: String) -> Bool {
      (1...64).contains(name.unicodeScalars.count)
        && name.unicodeScalars.allSatisfy { $0.isRoleNameCharacter }
    }

    /// `^(\/|\/[\u0021-\u007F]+\/)$`.
    private static func isValidRolePath(_ path: String) -> Bool {
      let scalars = Array(path.unicodeScalars)
      if scalars == ["/"] { return true }
      return scalars.count >= 3 && scalars.first == "/" && scalars.last == "/"
        && scalars.dropFirst().dropLast().allSatisfy { (0x21...0x7F).contains($0.value) }
    }

    /// Sets the resource's properties from the role's state, which changes until synthesis.
    private func updateProperties(of resource: CfnRole) {
      let stack = Stack.of(self)
      resource.assumeRolePolicyDocument = assumeRolePolicy.toJSON(in: stack) ?? [:]
      resource.roleDescription = roleDescription.map { StringValue($0) }
      var managedPolicyArns: [StringValue] = []
      for arn in managedPolicies.map(\.managedPolicyArn) where !managedPolicyArns.contains(arn) {
        managedPolicyArns.append(arn)
      }
      resource.managedPolicyARNs = managedPolicyArns.isEmpty ? nil : StringListValue(managedPolicyArns)
      resource.maxSessionDuration = maxSessionDuration.map { NumberValue($0.toSeconds()) }
      resource.path = path.map { StringValue($0) }
      resource.permissionsBoundary = permissionsBoundary?.managedPolicyArn
      let policies = inlinePolicies.map { policy in
        CfnRole.PolicyProperty(
          policyDocument: policy.document.toJSON(in: stack) ?? [:], policyName: StringValue(policy.name))
      }
      resource.policies = policies.isEmpty ? nil : policies
      resource.roleName = explicitRoleName.map { StringValue($0) }
    }
  }
}

extension Unicode.Scalar {
  /// A character of `[\w+=,.@-]`.
  fileprivate var isRoleNameCharacter: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
      || "_+=,.@-".unicodeScalars.contains(self)
  }
}

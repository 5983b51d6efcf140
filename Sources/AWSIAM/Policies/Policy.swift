public import Constructs

extension IAM {
  /// An inline IAM policy (`AWS::IAM::Policy`) attached to roles.
  ///
  /// As in the AWS CDK, a policy without statements or without roles is left out of the template,
  /// unless it was created with `force` (then it is an error) or its name was used elsewhere.
  public final class Policy: Construct, IAM.Grantable {
    /// The policy document; statements added later still render.
    public let document: IAM.PolicyDocument
    /// Whether the policy must be rendered even when empty or unattached (then that is an error).
    public let force: Bool
    /// The roles the policy is attached to.
    public private(set) var roles: [any IAM.RoleProtocol] = []
    private let explicitName: String?
    private lazy var resource: CfnPolicy = {
      let resource = CfnPolicy(self, "Resource", policyDocument: [:], policyName: generatedOrGivenName)
      resource.include { [unowned self] in
        self.force || self.referenceTaken || (!self.document.isEmpty && self.isAttached)
      }
      resource.updateBeforeRendering { [unowned self, unowned resource] in
        resource.policyDocument = self.document.toJSON(in: Stack.of(self)) ?? [:]
        resource.roles = self.roles.isEmpty ? nil : StringListValue(self.roles.map(\.roleName))
      }
      return resource
    }()
    private var referenceTaken = false

    /// A policy named `policyName` (else after its logical id, as the AWS CDK names it) holding
    /// `statements` (added to `document` when given), attached to `roles`.
    public init(
      _ scope: Construct,
      _ id: String,
      policyName: String? = nil,
      statements: [IAM.PolicyStatement] = [],
      roles: [any IAM.RoleProtocol] = [],
      document: IAM.PolicyDocument? = nil,
      force: Bool = false
    ) {
      self.document = document ?? IAM.PolicyDocument()
      self.force = force
      explicitName = policyName
      super.init(scope, id)
      _ = resource
      for role in roles { attachToRole(role) }
      addStatements(statements)
      node.addValidation { [unowned self] report in self.validate(&report) }
    }

    /// The policy name; using it makes the policy render even when empty (which is then an error).
    public var policyName: StringValue {
      referenceTaken = true
      return generatedOrGivenName
    }

    /// A principal standing for the policy, so grants can add statements to it.
    public private(set) lazy var grantPrincipal: any IAM.Principal = PolicyGrantPrincipal(policy: self, kind: "Policy")

    /// Whether the policy is attached to a role.
    public var isAttached: Bool { !roles.isEmpty }

    /// Adds statements to the policy document.
    public func addStatements(_ statements: IAM.PolicyStatement...) { addStatements(statements) }

    /// Adds statements to the policy document.
    public func addStatements(_ statements: [IAM.PolicyStatement]) { document.addStatements(statements) }

    /// Attaches the policy to `role` (once per role ARN).
    public func attachToRole(_ role: any IAM.RoleProtocol) {
      guard !roles.contains(where: { $0.roleArn == role.roleArn }) else { return }
      roles.append(role)
      role.attachInlinePolicy(self)
    }

    private var generatedOrGivenName: StringValue {
      if let explicitName { return StringValue(explicitName) }
      return Lazy.string { [self] in
        StringValue(String(resource.logicalID.suffix(Self.maxNameLength)))
      }
    }

    private static let maxNameLength = 128

    private func validate(_ report: inout ValidationReport) {
      if document.isEmpty {
        if force {
          report.error(
            "EmptyForcedPolicy", "Policy created with force=true is empty. You must add statements to the policy")
        } else if referenceTaken {
          report.error(
            "EmptyReferencedPolicy",
            "This Policy has been referenced by a resource, so it must contain at least one statement.")
        }
      }
      if !isAttached {
        if force {
          report.error(
            "UnattachedForcedPolicy",
            "Policy created with force=true must be attached to at least one principal: user, group or role")
        } else if referenceTaken {
          report.error(
            "UnattachedReferencedPolicy",
            "This Policy has been referenced by a resource, so it must be attached to at least one user, group or role."
          )
        }
      }
      for problem in document.validateForIdentityPolicy() { report.error(problem.code, problem.message) }
    }
  }
}

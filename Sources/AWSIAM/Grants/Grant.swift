public import Constructs

extension IAM {
  /// The result of granting permissions: the statements added to the principal's policy and to the
  /// resource's policy, and the constructs that hold them.
  ///
  /// Grants behave as the AWS CDK's: a principal without an identity policy (a service) or an
  /// immutable imported role does not take the statement; the resource policy may take it instead.
  public final class Grant {
    /// The statement added to the principal's policy, if any.
    public var principalStatement: IAM.PolicyStatement? { principalStatements.first }
    /// The statements added to principals' policies.
    public private(set) var principalStatements: [IAM.PolicyStatement]
    /// The statement added to the resource's policy, if any.
    public var resourceStatement: IAM.PolicyStatement? { resourceStatements.first }
    /// The statements added to resources' policies.
    public private(set) var resourceStatements: [IAM.PolicyStatement]
    /// The constructs that hold the statements (policies, resources with policies).
    ///
    /// A statement in a role's default policy may move to one of the role's overflow managed
    /// policies at synthesis, when the policy is too large; from then on, that policy holds it.
    public var dependables: [Construct] { dependableSources.flatMap(\.constructs) }

    private var dependableSources: [Dependable]

    private init(
      principalStatement: IAM.PolicyStatement? = nil,
      resourceStatement: IAM.PolicyStatement? = nil,
      dependables: [Dependable?] = []
    ) {
      principalStatements = principalStatement.map { [$0] } ?? []
      resourceStatements = resourceStatement.map { [$0] } ?? []
      dependableSources = dependables.compactMap { $0 }
    }

    /// Whether a statement was added to a principal's or a resource's policy.
    public var success: Bool { !principalStatements.isEmpty || !resourceStatements.isEmpty }

    /// Makes `constructs` depend on the policies holding the grant, so they are created after it (after
    /// the overflow policy holding a statement that moved there at synthesis, in that case).
    public func applyBefore(_ constructs: Construct...) {
      for construct in constructs {
        for source in dependableSources {
          switch source {
          case .construct(let dependable): construct.node.addDependency(dependable)
          case .statement(let declaration):
            declaration.whenSettled { holders in
              for holder in holders { construct.node.addDependency(holder) }
            }
          }
        }
      }
    }

    /// A grant holding the statements and dependables of both.
    @discardableResult
    public func combine(_ other: IAM.Grant) -> IAM.Grant {
      let combined = IAM.Grant()
      combined.principalStatements = principalStatements + other.principalStatements
      combined.resourceStatements = resourceStatements + other.resourceStatements
      combined.dependableSources = dependableSources + other.dependableSources
      return combined
    }

    /// Grants `actions` on `resourceArns` in the grantee's identity policy, if it has one.
    ///
    /// An action that is not `service:Action` (or `*`) is recorded as an error on `scope`, else on
    /// the grantee when it is a construct, and nothing is granted.
    @discardableResult
    public static func addToPrincipal(
      grantee: any IAM.Grantable,
      actions: [String],
      resourceArns: [StringValue],
      conditions: [String: [String: CfnValue]] = [:],
      scope: Construct? = nil
    ) -> IAM.Grant {
      guard actionsAreValid(actions, reportingOn: scope ?? grantee as? Construct) else { return IAM.Grant() }
      return principalGrant(grantee: grantee, actions: actions, resourceArns: resourceArns, conditions: conditions)
    }

    /// Grants in the grantee's identity policy and, when the grantee cannot take it or belongs to
    /// another account than `resource`, in the resource's policy too (with `resourceSelfArns`, else
    /// `resourceArns`, as resources).
    @discardableResult
    public static func addToPrincipalOrResource(
      grantee: any IAM.Grantable,
      actions: [String],
      resourceArns: [StringValue],
      resourceSelfArns: [StringValue]? = nil,
      resource: any IAM.ResourceWithPolicy
    ) -> IAM.Grant {
      guard actionsAreValid(actions, reportingOn: grantee as? Construct ?? resource as? Construct) else {
        return IAM.Grant()
      }
      let result = principalGrant(grantee: grantee, actions: actions, resourceArns: resourceArns)
      let sameAccount = grantee.grantPrincipal.principalAccount.map {
        TokenComparison.compare(resource.resourceAccount, $0).isSameOrBothUnresolved
      }
      if result.success, sameAccount == true { return result }
      let statement = IAM.PolicyStatement(
        actions: actions, resources: resourceSelfArns ?? resourceArns, principals: [grantee.grantPrincipal])
      return resourceGrant(statement, on: resource)
    }

    /// Grants in both the grantee's identity policy and the resource's policy (naming
    /// `resourcePolicyPrincipal`, else the grantee, as principal).
    @discardableResult
    public static func addToPrincipalAndResource(
      grantee: any IAM.Grantable,
      actions: [String],
      resourceArns: [StringValue],
      resourceSelfArns: [StringValue]? = nil,
      resource: any IAM.ResourceWithPolicy,
      resourcePolicyPrincipal: (any IAM.Principal)? = nil
    ) -> IAM.Grant {
      guard actionsAreValid(actions, reportingOn: grantee as? Construct ?? resource as? Construct) else {
        return IAM.Grant()
      }
      let result = principalGrant(grantee: grantee, actions: actions, resourceArns: resourceArns)
      let statement = IAM.PolicyStatement(
        actions: actions,
        resources: resourceSelfArns ?? resourceArns,
        principals: [resourcePolicyPrincipal ?? grantee.grantPrincipal]
      )
      return result.combine(resourceGrant(statement, on: resource))
    }

    /// Adds `statement` to the resource's policy only.
    @discardableResult
    public static func addStatementToResourcePolicy(
      grantee: any IAM.Grantable,
      statement: IAM.PolicyStatement,
      resource: any IAM.ResourceWithPolicy
    ) -> IAM.Grant {
      return resourceGrant(statement, on: resource)
    }

    /// A grant that adds nothing, for when permissions are not needed (`intent` says why).
    @discardableResult
    public static func drop(grantee: any IAM.Grantable, intent: String) -> IAM.Grant { IAM.Grant() }

    private static func principalGrant(
      grantee: any IAM.Grantable,
      actions: [String],
      resourceArns: [StringValue],
      conditions: [String: [String: CfnValue]] = [:]
    ) -> IAM.Grant {
      let statement = IAM.PolicyStatement(actions: actions, resources: resourceArns, conditions: conditions)
      let added = grantee.grantPrincipal.addToPrincipalPolicy(statement)
      guard added.statementAdded else { return IAM.Grant() }
      let dependable = added.declaration.map(Dependable.statement) ?? added.policyDependable.map(Dependable.construct)
      return IAM.Grant(principalStatement: statement, dependables: [dependable])
    }

    private static func resourceGrant(_ statement: IAM.PolicyStatement, on resource: any IAM.ResourceWithPolicy)
      -> IAM.Grant
    {
      let added = resource.addToResourcePolicy(statement)
      let dependable = added.statementAdded ? added.policyDependable ?? (resource as? Construct) : nil
      return IAM.Grant(resourceStatement: statement, dependables: [dependable.map(Dependable.construct)])
    }

    /// Whether every action is `service:Action` or `*`; records the AWS CDK's error for each one
    /// that is not on `construct`.
    private static func actionsAreValid(_ actions: [String], reportingOn construct: Construct?) -> Bool {
      let problems = IAM.PolicyStatement(actions: actions).problems
      for problem in problems { construct?.node.addError(problem.code, problem.message) }
      return problems.isEmpty
    }

    /// What holds a statement of the grant: a construct, or a statement of a role's default policy,
    /// which the role may move to an overflow policy at synthesis.
    private enum Dependable {
      case construct(Construct)
      case statement(StatementDeclaration)

      var constructs: [Construct] {
        switch self {
        case .construct(let construct): [construct]
        case .statement(let declaration): declaration.constructs
        }
      }
    }
  }
}

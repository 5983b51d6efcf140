public import Constructs

/// A cache parameter group: engine settings for the nodes of replication groups and cache clusters. One
/// created in this app (``ParameterGroup``) or an existing one imported by name.
public protocol ParameterGroupProtocol: Construct {
  /// The parameter group's name.
  var parameterGroupName: StringValue { get }
  /// The family of engine versions the group configures; `nil` for an import that did not say.
  var family: ParameterGroupFamily? { get }
  /// The parameters the group sets; `nil` for an import that did not say.
  var parameters: [String: String]? { get }
}

extension ParameterGroupProtocol {
  /// Whether the group turns cluster mode on (`cluster-enabled` is `yes`), off (`no`, or not set in a group
  /// of this app), or `nil` when that is unknown.
  var clusterEnabled: Bool? { parameters.map { $0["cluster-enabled"]?.lowercased() == "yes" } }
}

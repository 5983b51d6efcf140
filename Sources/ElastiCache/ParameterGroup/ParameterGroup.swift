public import Constructs

/// A cache parameter group (`AWS::ElastiCache::ParameterGroup`): engine settings, such as the eviction
/// policy, for the nodes of the replication groups and cache clusters that use it. The group's family must
/// match their engine version: `valkey8` for Valkey 8.x, `redis7` for Redis OSS 7.x, `memcached1.6`...
///
/// ```swift
/// let parameters = ParameterGroup(stack, "Parameters", family: .valkey8,
///                                 parameters: ["maxmemory-policy": "allkeys-lru"])
/// ```
///
/// A cluster-mode-enabled replication group needs `cluster-enabled` set to `yes`; a cluster-mode-disabled
/// one needs it unset or `no`.
public final class ParameterGroup: Construct, ParameterGroupProtocol {
  /// The family of engine versions the group configures.
  public let family: ParameterGroupFamily?
  private var settings: [String: String]

  /// The `AWS::ElastiCache::ParameterGroup` resource.
  public private(set) lazy var resource = CfnParameterGroup(
    self,
    "Resource",
    cacheParameterGroupFamily: StringValue(family?.name ?? ""),
    parameterGroupDescription: groupDescription,
    properties: renderedParameters
  )
  private let groupDescription: StringValue

  /// A parameter group of `family` with `parameters`.
  ///
  /// - Parameters:
  ///   - family: the engine versions the group configures.
  ///   - parameters: the parameters and their values, as ElastiCache names them (`maxmemory-policy`).
  ///   - description: the group's description (default: `Parameter group for <family>.`).
  public init(
    _ scope: Construct,
    _ id: String,
    family: ParameterGroupFamily,
    parameters: [String: String] = [:],
    description: StringValue? = nil
  ) {
    self.family = family
    settings = parameters
    groupDescription = description ?? "Parameter group for \(family)."
    super.init(scope, id)
    _ = resource
    if family.name.isEmpty {
      node.addError(
        .unknownParameterGroupFamily, "The parameter group family is empty.",
        fix: "Give the family of the engine versions the group configures, such as .valkey8 or .redis7.")
    } else if !family.isKnown {
      let known = ParameterGroupFamily.knownFamilies.map(\.name).joined(separator: ", ")
      node.addWarning(
        .unknownParameterGroupFamily,
        "The parameter group family '\(family)' is not one this library knows (\(known)); ElastiCache rejects families it does not offer.",
        fix: "Check the family's name, such as .valkey8 or .redis7.")
    }
    if description?.literal == "" {
      node.addError(.invalidDescription, "The parameter group's description is empty.", fix: "Describe the group.")
    }
    node.addValidation { [unowned self] report in self.validateParameters(&report) }
  }

  /// The parameters the group sets.
  public var parameters: [String: String]? { settings }

  /// The parameter group's name (`Ref`).
  public var parameterGroupName: StringValue { resource.ref }

  /// Sets a parameter, replacing its value if the group sets it already.
  public func addParameter(_ name: String, _ value: String) {
    settings[name] = value
    resource.properties = renderedParameters
  }

  /// Applies a removal policy to the parameter group resource.
  public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

  /// An existing parameter group, by name, such as a default group (`default.valkey8`); give its family
  /// and parameters to have them checked against the caches that use it.
  public static func fromParameterGroupName(
    _ scope: Construct,
    _ id: String,
    _ parameterGroupName: StringValue,
    family: ParameterGroupFamily? = nil,
    parameters: [String: String]? = nil
  ) -> any ParameterGroupProtocol {
    ImportedParameterGroup(
      scope, id, parameterGroupName: parameterGroupName, family: family, parameters: parameters)
  }

  private var renderedParameters: [String: StringValue]? {
    settings.isEmpty ? nil : settings.mapValues { StringValue($0) }
  }

  private func validateParameters(_ report: inout ValidationReport) {
    if settings.keys.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
      report.error(.invalidParameter, "A parameter of the group has an empty name.", fix: "Name every parameter.")
    }
    if let value = settings["cluster-enabled"], !["yes", "no"].contains(value.lowercased()) {
      report.error(
        .invalidParameter, "The parameter cluster-enabled is '\(value)'; ElastiCache takes yes or no.",
        fix: "Set cluster-enabled to yes for cluster mode enabled, or no.")
    }
  }
}

/// A parameter group that exists outside the app.
final class ImportedParameterGroup: Construct, ParameterGroupProtocol {
  let parameterGroupName: StringValue
  let family: ParameterGroupFamily?
  let parameters: [String: String]?

  init(
    _ scope: Construct, _ id: String, parameterGroupName: StringValue, family: ParameterGroupFamily?,
    parameters: [String: String]?
  ) {
    self.parameterGroupName = parameterGroupName
    self.family = family
    self.parameters = parameters
    super.init(scope, id)
  }
}

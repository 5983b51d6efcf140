/// A value the platform exports for services, as an SSM parameter (and optionally a CloudFormation export).
enum SharedCacheExport: CaseIterable {
  case endpointAddress
  case endpointPort
  case userGroupId
  case securityGroupId
  case cacheName

  /// The last part of the SSM parameter name.
  var suffix: String {
    switch self {
    case .endpointAddress: "endpoint-address"
    case .endpointPort: "endpoint-port"
    case .userGroupId: "user-group-id"
    case .securityGroupId: "security-group-id"
    case .cacheName: "cache-name"
    }
  }

  /// The id of the construct (and export) of the value.
  var constructID: String {
    switch self {
    case .endpointAddress: "EndpointAddress"
    case .endpointPort: "EndpointPort"
    case .userGroupId: "UserGroupId"
    case .securityGroupId: "SecurityGroupId"
    case .cacheName: "CacheName"
    }
  }

  /// What the value is, for descriptions.
  var summary: String {
    switch self {
    case .endpointAddress: "The endpoint address"
    case .endpointPort: "The endpoint port"
    case .userGroupId: "The user group id"
    case .securityGroupId: "The security group id"
    case .cacheName: "The cache name"
    }
  }

  /// The SSM parameter name under `prefix`.
  func parameterName(prefix: String) -> String { "\(prefix)/\(suffix)" }
}

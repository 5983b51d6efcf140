public import Constructs
public import ElastiCache

/// What a service needs to know of the shared cache: where it is, which user group to join, and the
/// cache itself for network access. A ``SharedCache`` in the same app is one; so is the cache looked up
/// from the platform's SSM parameters with ``SharedCache/fromParameters(_:_:platformName:parameterPrefix:engine:)``.
public protocol SharedCacheReference: AnyObject {
  /// The platform's name, such as `payments`.
  var platformName: String { get }
  /// The engine; service users are created for its type.
  var engine: CacheEngine { get }
  /// The endpoint's address.
  var endpointAddress: StringValue { get }
  /// The endpoint's port.
  var endpointPort: StringValue { get }
  /// The id of the user group services join.
  var userGroupId: StringValue { get }
  /// The cache, for connections and grants.
  var cache: any ServerlessCacheProtocol { get }
}

public import Foundation

/// Generates the short-lived password of an IAM-enabled ElastiCache user.
///
/// The token is a SigV4-presigned `GET http://<cache-name>/?Action=connect&User=<user-id>` (plus
/// `ResourceType=ServerlessCache` for a serverless cache) for the `elasticache` service, valid for
/// 15 minutes, with the `http://` scheme removed. Send it as the password of `AUTH <user-id> <token>`
/// and generate a new one before it expires (connections already authenticated stay open).
public struct IAMAuthTokenGenerator: Sendable {
  /// How long a token is valid: 900 seconds.
  public static let tokenLifetime: Duration = .seconds(900)

  /// The replication group id or serverless cache name, lower-cased.
  public let cacheName: String
  /// The ElastiCache user id (which is also the name sent with `AUTH`).
  public var userId: String
  /// The region of the cache, e.g. `us-east-1`.
  public var region: String
  /// The credentials of the IAM identity that is allowed to `elasticache:Connect`.
  public var credentials: AWSCredentials
  /// Whether the cache is an ElastiCache Serverless cache.
  public var isServerless: Bool

  /// Creates a generator.
  ///
  /// - Parameters:
  ///   - cacheName: The replication group id or serverless cache name; it is lower-cased.
  ///   - userId: The ElastiCache user id.
  ///   - region: The region of the cache.
  ///   - credentials: The signing credentials, e.g. ``AWSCredentials/init(environment:)``.
  ///   - isServerless: Whether the cache is serverless (adds `ResourceType=ServerlessCache`).
  public init(cacheName: String, userId: String, region: String, credentials: AWSCredentials, isServerless: Bool) {
    self.cacheName = cacheName.lowercased()
    self.userId = userId
    self.region = region
    self.credentials = credentials
    self.isServerless = isServerless
  }

  /// Generates a token valid for ``tokenLifetime`` from `date`.
  ///
  /// - Parameter date: The signing time; now by default (inject a fixed date in tests).
  /// - Returns: `<cache-name>/?Action=connect&User=…&X-Amz-…&X-Amz-Signature=…`.
  public func generateToken(at date: Date = Date()) -> String {
    var queryItems = [SigV4Request.Field("Action", "connect"), SigV4Request.Field("User", userId)]
    if isServerless {
      queryItems.append(SigV4Request.Field("ResourceType", "ServerlessCache"))
    }
    let request = SigV4Request(
      method: "GET",
      path: "/",
      queryItems: queryItems,
      headers: [SigV4Request.Field("Host", cacheName)]
    )
    let signer = SigV4Signer(credentials: credentials, region: region, service: "elasticache")
    let presigned = signer.presign(request, at: date, expiresIn: Int(Self.tokenLifetime.components.seconds))
    return cacheName + presigned.request.target
  }
}

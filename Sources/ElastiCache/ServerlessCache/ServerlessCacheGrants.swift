public import AWSIAM
public import Constructs

/// Grants on a serverless cache, for the L2 ``ServerlessCache`` and the L1 ``CfnServerlessCache`` alike
/// (the AWS CDK's generated `ServerlessCacheGrants`).
///
/// ```swift
/// let cfnCache = CfnServerlessCache(stack, "CfnCache", engine: "redis", serverlessCacheName: "my-cache")
/// ServerlessCacheGrants.fromServerlessCache(cfnCache).connect(role)
/// ```
public struct ServerlessCacheGrants {
  /// The ARN of the cache the grants are on.
  public let serverlessCacheArn: StringValue

  /// Grants on the cache with this ARN.
  public init(serverlessCacheArn: StringValue) { self.serverlessCacheArn = serverlessCacheArn }

  /// Grants on an L1 serverless cache (its `ARN` attribute).
  public static func fromServerlessCache(_ cache: CfnServerlessCache) -> ServerlessCacheGrants {
    ServerlessCacheGrants(serverlessCacheArn: cache.attrARN)
  }

  /// Grants on a serverless cache of this app or an imported one.
  public static func fromServerlessCache(_ cache: any ServerlessCacheProtocol) -> ServerlessCacheGrants {
    ServerlessCacheGrants(serverlessCacheArn: cache.serverlessCacheArn)
  }

  /// Allows `grantee` the given actions on the cache.
  @discardableResult
  public func actions(_ grantee: any IAM.Grantable, _ actions: [String]) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [serverlessCacheArn])
  }

  /// Allows `grantee` to connect: `elasticache:Connect` and `elasticache:DescribeServerlessCaches`.
  @discardableResult
  public func connect(_ grantee: any IAM.Grantable) -> IAM.Grant {
    actions(grantee, ["elasticache:Connect", "elasticache:DescribeServerlessCaches"])
  }
}

import ElastiCacheRuntime
import Foundation
import Testing

/// The expected tokens were computed independently with `Fixtures/iam_auth_token.py`, which follows
/// the SigV4 query-signing steps with Python's `hmac`/`hashlib` and cross-checks each signature
/// against botocore's `SigV4QueryAuth`. Inputs: the SigV4 test-suite example keys, region
/// `us-east-1`, at 2024-05-01T08:30:00Z.
@Suite("IAM auth token generator")
struct IAMAuthTokenGeneratorTests {
  static let signingDate = Date(timeIntervalSince1970: 1_714_552_200)  // 2024-05-01T08:30:00Z

  static func credentials(sessionToken: String? = nil) -> AWSCredentials {
    AWSCredentials(
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      sessionToken: sessionToken
    )
  }

  @Test("generates the independently computed token for a replication group, lower-casing the cache name")
  func replicationGroupToken() {
    let generator = IAMAuthTokenGenerator(
      cacheName: "My-Cache-01",
      userId: "svc-orders",
      region: "us-east-1",
      credentials: Self.credentials(),
      isServerless: false
    )
    #expect(generator.cacheName == "my-cache-01")
    #expect(
      generator.generateToken(at: Self.signingDate)
        == "my-cache-01/?Action=connect&User=svc-orders&X-Amz-Algorithm=AWS4-HMAC-SHA256"
        + "&X-Amz-Credential=AKIDEXAMPLE%2F20240501%2Fus-east-1%2Felasticache%2Faws4_request"
        + "&X-Amz-Date=20240501T083000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
        + "&X-Amz-Signature=6299956af4a7dc8d7267860b146079169de8ddc7d93d940f52788f968b490bf3"
    )
  }

  @Test("adds ResourceType=ServerlessCache and the session token for a serverless cache")
  func serverlessTokenWithSessionToken() {
    let generator = IAMAuthTokenGenerator(
      cacheName: "orders-serverless",
      userId: "svc-orders",
      region: "us-east-1",
      credentials: Self.credentials(sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE/token+with=reserved"),
      isServerless: true
    )
    #expect(
      generator.generateToken(at: Self.signingDate)
        == "orders-serverless/?Action=connect&ResourceType=ServerlessCache&User=svc-orders"
        + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
        + "&X-Amz-Credential=AKIDEXAMPLE%2F20240501%2Fus-east-1%2Felasticache%2Faws4_request"
        + "&X-Amz-Date=20240501T083000Z&X-Amz-Expires=900"
        + "&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE%2Ftoken%2Bwith%3Dreserved&X-Amz-SignedHeaders=host"
        + "&X-Amz-Signature=6eeaacb13496a08fd3c2d8b159c5273a2f7b2c7a462a59be03a4a16042efe40b"
    )
  }

  @Test("tokens are valid for 15 minutes and carry no scheme")
  func lifetimeAndScheme() {
    let token = IAMAuthTokenGenerator(
      cacheName: "cache",
      userId: "user",
      region: "eu-west-1",
      credentials: Self.credentials(),
      isServerless: false
    ).generateToken()
    #expect(IAMAuthTokenGenerator.tokenLifetime == .seconds(900))
    #expect(token.hasPrefix("cache/?Action=connect&User=user&"))
    #expect(token.contains("&X-Amz-Expires=900&"))
    #expect(!token.contains("://"))
  }
}

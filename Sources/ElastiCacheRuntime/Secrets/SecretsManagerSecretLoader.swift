public import Foundation
import NIOHTTP1

/// Fetches the secret with the Secrets Manager `GetSecretValue` API over HTTPS, signed with
/// Signature Version 4.
///
/// In a Lambda function, ``init(environment:secretIdVariable:endpoint:)`` finds everything it
/// needs: the secret's ARN in `REDIS_SECRET_ARN`, the function's credentials, and the region.
public struct SecretsManagerSecretLoader: CacheSecretLoader {
  /// The secret's ARN or name.
  public var secretId: String
  /// The region of the secret, e.g. `eu-west-1`.
  public var region: String
  /// The credentials that sign the request.
  public var credentials: AWSCredentials
  /// Where to send the request; the regional Secrets Manager endpoint by default.
  public var endpoint: ServiceEndpoint
  /// How long resolving and connecting may take.
  public var connectTimeout: Duration
  /// How long the whole request may take.
  public var timeout: Duration

  /// Creates a loader.
  ///
  /// - Parameters:
  ///   - secretId: The secret's ARN or name.
  ///   - region: The region of the secret.
  ///   - credentials: The credentials that sign the request.
  ///   - endpoint: Where to send the request; `nil` for ``defaultEndpoint(region:)``.
  ///   - connectTimeout: How long resolving and connecting may take; 2 seconds by default.
  ///   - timeout: How long the whole request may take; 10 seconds by default.
  public init(
    secretId: String,
    region: String,
    credentials: AWSCredentials,
    endpoint: ServiceEndpoint? = nil,
    connectTimeout: Duration = .seconds(2),
    timeout: Duration = .seconds(10)
  ) {
    self.secretId = secretId
    self.region = region
    self.credentials = credentials
    self.endpoint = endpoint ?? Self.defaultEndpoint(region: region)
    self.connectTimeout = connectTimeout
    self.timeout = timeout
  }

  /// Creates a loader from environment variables.
  ///
  /// The secret id comes from `secretIdVariable`; the credentials from `AWS_ACCESS_KEY_ID`,
  /// `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`. The region is the ARN's (a secret can only
  /// be read in its own region), else `AWS_REGION`, else `AWS_DEFAULT_REGION`.
  ///
  /// - Throws: ``CacheSecretLoaderError`` with code ``CacheSecretLoaderError/Code/missingSetting``
  ///   naming what is missing.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    secretIdVariable: String = "REDIS_SECRET_ARN",
    endpoint: ServiceEndpoint? = nil
  ) throws(CacheSecretLoaderError) {
    let secretId = try CacheSecretLoaderError.requiredVariable(
      secretIdVariable,
      in: environment,
      hint: "the ARN of the service's Redis secret"
    )
    guard let credentials = AWSCredentials(environment: environment) else {
      throw CacheSecretLoaderError(
        code: .missingSetting,
        message: """
          AWS credentials are missing: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY \
          (and AWS_SESSION_TOKEN for temporary credentials).
          """
      )
    }
    guard let region = AWSRegion.fromARN(secretId) ?? AWSRegion.fromEnvironment(environment) else {
      throw CacheSecretLoaderError(
        code: .missingSetting,
        message: "The AWS region is unknown: set AWS_REGION, or set \(secretIdVariable) to the secret's full ARN."
      )
    }
    self.init(secretId: secretId, region: region, credentials: credentials, endpoint: endpoint)
  }

  /// `https://secretsmanager.<region>.amazonaws.com` (`.amazonaws.com.cn` in China regions).
  public static func defaultEndpoint(region: String) -> ServiceEndpoint {
    let domain = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
    return ServiceEndpoint(host: "secretsmanager.\(region).\(domain)", port: 443, usesTLS: true)
  }

  /// Calls `GetSecretValue` and returns the secret's `SecretString`.
  ///
  /// - Throws: ``CacheSecretLoaderError``; a service error carries its type (e.g.
  ///   `ResourceNotFoundException`) and message.
  public func loadSecret() async throws(CacheSecretLoaderError) -> String {
    let reader = SecretResponseReader(
      serviceName: "Secrets Manager",
      endpoint: endpoint,
      secretId: secretId,
      connectivityHint:
        "Check network access to Secrets Manager (a VPC endpoint or a NAT gateway for a function in a VPC)."
    )
    let signed = SigV4Signer(credentials: credentials, region: region, service: "secretsmanager")
      .signHeaders(of: getSecretValueRequest(), at: Date())
    return try await reader.requestSecretString(
      method: .POST,
      target: signed.request.target,
      headers: signed.request.headers.map { ($0.name, $0.value) },
      body: Array(signed.request.body),
      connectTimeout: connectTimeout,
      timeout: timeout
    )
  }

  /// The unsigned `GetSecretValue` request (JSON 1.1 protocol).
  private func getSecretValueRequest() -> SigV4Request {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let body = (try? encoder.encode(["SecretId": secretId])) ?? Data()
    return SigV4Request(
      method: "POST",
      path: "/",
      headers: [
        .init("Host", endpoint.hostHeader),
        .init("Content-Type", "application/x-amz-json-1.1"),
        .init("X-Amz-Target", "secretsmanager.GetSecretValue"),
      ],
      body: body
    )
  }
}

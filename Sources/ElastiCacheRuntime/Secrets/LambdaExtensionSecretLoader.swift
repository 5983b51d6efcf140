public import Foundation
import NIOHTTP1

/// Fetches the secret through the AWS Parameters and Secrets Lambda Extension, which caches it:
/// `GET http://localhost:2773/secretsmanager/get?secretId=…` with the function's session token in
/// `X-Aws-Parameters-Secrets-Token`.
public struct LambdaExtensionSecretLoader: CacheSecretLoader {
  /// The extension's default port.
  public static let defaultPort = 2773

  /// The secret's ARN or name.
  public var secretId: String
  /// The function's session token (`AWS_SESSION_TOKEN`), which the extension requires.
  public var sessionToken: String
  /// Where the extension listens; `http://localhost:2773` by default.
  public var endpoint: ServiceEndpoint
  /// How long connecting may take.
  public var connectTimeout: Duration
  /// How long the whole request may take.
  public var timeout: Duration

  /// Creates a loader.
  ///
  /// - Parameters:
  ///   - secretId: The secret's ARN or name.
  ///   - sessionToken: The function's session token.
  ///   - endpoint: Where the extension listens; `http://localhost:2773` by default.
  ///   - connectTimeout: How long connecting may take; 1 second by default.
  ///   - timeout: How long the whole request may take; 10 seconds by default.
  public init(
    secretId: String,
    sessionToken: String,
    endpoint: ServiceEndpoint = ServiceEndpoint(host: "localhost", port: defaultPort, usesTLS: false),
    connectTimeout: Duration = .seconds(1),
    timeout: Duration = .seconds(10)
  ) {
    self.secretId = secretId
    self.sessionToken = sessionToken
    self.endpoint = endpoint
    self.connectTimeout = connectTimeout
    self.timeout = timeout
  }

  /// Creates a loader from the function's environment: the secret id from `secretIdVariable`,
  /// the token from `AWS_SESSION_TOKEN`, and the port from
  /// `PARAMETERS_SECRETS_EXTENSION_HTTP_PORT` (2773 if unset).
  ///
  /// - Throws: ``CacheSecretLoaderError`` naming the missing or invalid variable.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    secretIdVariable: String = "REDIS_SECRET_ARN"
  ) throws(CacheSecretLoaderError) {
    let secretId = try CacheSecretLoaderError.requiredVariable(
      secretIdVariable,
      in: environment,
      hint: "the ARN of the service's Redis secret"
    )
    let sessionToken = try CacheSecretLoaderError.requiredVariable(
      "AWS_SESSION_TOKEN",
      in: environment,
      hint: "the function's session token (Lambda sets it)"
    )
    var port = Self.defaultPort
    if let text = environment["PARAMETERS_SECRETS_EXTENSION_HTTP_PORT"], !text.isEmpty {
      guard let value = Int(text), (1...65535).contains(value) else {
        throw CacheSecretLoaderError(
          code: .invalidSetting,
          message:
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT is \"\(text)\"; set it to a port between 1 and 65535, or unset it."
        )
      }
      port = value
    }
    self.init(
      secretId: secretId,
      sessionToken: sessionToken,
      endpoint: ServiceEndpoint(host: "localhost", port: port, usesTLS: false)
    )
  }

  /// Asks the extension for the secret and returns its `SecretString`.
  ///
  /// - Throws: ``CacheSecretLoaderError``.
  public func loadSecret() async throws(CacheSecretLoaderError) -> String {
    let reader = SecretResponseReader(
      serviceName: "the Parameters and Secrets Lambda Extension",
      endpoint: endpoint,
      secretId: secretId,
      connectivityHint: "Check that the AWS Parameters and Secrets Lambda Extension layer is added to the function."
    )
    return try await reader.requestSecretString(
      method: .GET,
      target: "/secretsmanager/get?secretId=" + URIEncoding.encode(secretId),
      headers: [("Host", endpoint.hostHeader), ("X-Aws-Parameters-Secrets-Token", sessionToken)],
      body: [],
      connectTimeout: connectTimeout,
      timeout: timeout
    )
  }
}

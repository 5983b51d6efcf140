import Foundation
import NIOCore
import NIOHTTP1

/// Asks a secret service (Secrets Manager, or the Lambda extension that relays its JSON) for a secret and
/// turns its answer into the secret string or a ``CacheSecretLoaderError``.
struct SecretResponseReader {
  /// The service's name in messages, e.g. `Secrets Manager`.
  var serviceName: String
  /// Where the service was called.
  var endpoint: ServiceEndpoint
  /// The secret that was requested.
  var secretId: String
  /// What to check when the service cannot be reached.
  var connectivityHint: String

  private struct SecretValue: Decodable {
    var SecretString: String?
  }

  private struct ServiceError: Decodable {
    var __type: String?
    var message: String?
    var Message: String?
  }

  /// Sends the request for the secret to ``endpoint`` and returns the `SecretString` of the answer.
  ///
  /// - Throws: ``CacheSecretLoaderError`` when the service cannot be reached or answers with an error.
  func requestSecretString(
    method: HTTPMethod,
    target: String,
    headers: [(String, String)],
    body: [UInt8],
    connectTimeout: Duration,
    timeout: Duration
  ) async throws(CacheSecretLoaderError) -> String {
    let response: HTTPClient.Response
    do {
      response = try await HTTPClient.send(
        method: method,
        target: target,
        headers: headers,
        body: body,
        to: endpoint,
        connectTimeout: connectTimeout,
        timeout: timeout
      )
    } catch {
      throw self.error(for: error)
    }
    return try secretString(from: response)
  }

  /// The `SecretString` of a successful answer.
  func secretString(from response: HTTPClient.Response) throws(CacheSecretLoaderError) -> String {
    let body = Data(response.body.readableBytesView)
    let status = Int(response.status.code)
    guard response.status == .ok else {
      throw serviceError(status: status, body: body, headerType: response.headers.first(name: "X-Amzn-ErrorType"))
    }
    guard let value = try? JSONDecoder().decode(SecretValue.self, from: body) else {
      throw CacheSecretLoaderError(
        code: .unexpectedResponse,
        message: "\(serviceName) at \(endpoint) answered with something other than JSON for secret \"\(secretId)\".",
        statusCode: status
      )
    }
    guard let secret = value.SecretString else {
      throw CacheSecretLoaderError(
        code: .unexpectedResponse,
        message: """
          Secret "\(secretId)" has no SecretString (binary secrets are not supported). \
          Store the Redis settings as a JSON text secret.
          """,
        statusCode: status
      )
    }
    return secret
  }

  /// The error for a request that got no answer.
  func error(for failure: NetworkFailure) -> CacheSecretLoaderError {
    let step =
      switch failure.phase {
      case .connect: "could not connect"
      case .tls: "the TLS handshake failed"
      case .exchange: "the request failed"
      }
    return CacheSecretLoaderError(
      code: failure.isTimeout ? .timedOut : .connectionFailed,
      message: """
        Could not load secret "\(secretId)" from \(serviceName) at \(endpoint): \(step): \(failure.reason). \
        \(connectivityHint)
        """
    )
  }

  private func serviceError(status: Int, body: Data, headerType: String?) -> CacheSecretLoaderError {
    let details = try? JSONDecoder().decode(ServiceError.self, from: body)
    guard let type = (details?.__type ?? headerType).map(Self.shortErrorType) else {
      let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      return CacheSecretLoaderError(
        code: .unexpectedResponse,
        message: "\(serviceName) at \(endpoint) answered HTTP \(status) for secret \"\(secretId)\": \(text)",
        statusCode: status
      )
    }
    let serviceMessage = details?.message ?? details?.Message ?? "no message"
    return CacheSecretLoaderError(
      code: .serviceError,
      message: """
        \(serviceName) could not return secret "\(secretId)": \(type): \(serviceMessage) (HTTP \(status)). \
        \(Self.hint(forErrorType: type))
        """,
      statusCode: status,
      serviceErrorType: type
    )
  }

  /// `com.amazonaws.secretsmanager#ResourceNotFoundException` → `ResourceNotFoundException`;
  /// also drops a `:…` suffix.
  private static func shortErrorType(_ type: String) -> String {
    let afterHash = type.split(separator: "#").last.map(String.init) ?? type
    return afterHash.split(separator: ":").first.map(String.init) ?? afterHash
  }

  private static func hint(forErrorType type: String) -> String {
    switch type {
    case "ResourceNotFoundException":
      "Check the secret's ARN or name (and its region)."
    case "AccessDeniedException":
      "Allow secretsmanager:GetSecretValue on this secret (and kms:Decrypt on its key) to the caller's role."
    case "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException":
      "Check the AWS credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)."
    case "DecryptionFailure":
      "Allow kms:Decrypt on the secret's KMS key to the caller's role."
    default:
      "See the Secrets Manager GetSecretValue documentation for this error."
    }
  }
}

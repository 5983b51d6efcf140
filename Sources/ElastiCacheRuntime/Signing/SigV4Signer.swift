import Crypto
public import Foundation

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`), either with an
/// `Authorization` header (``signHeaders(of:at:)``) or in the query string
/// (``presign(_:at:expiresIn:)``).
public struct SigV4Signer: Sendable {
  /// The signing algorithm's name.
  public static let algorithm = "AWS4-HMAC-SHA256"

  /// The credentials that sign.
  public var credentials: AWSCredentials
  /// The region of the credential scope, e.g. `us-east-1`.
  public var region: String
  /// The service of the credential scope, e.g. `secretsmanager` or `elasticache`.
  public var service: String

  /// Creates a signer.
  public init(credentials: AWSCredentials, region: String, service: String) {
    self.credentials = credentials
    self.region = region
    self.service = service
  }

  /// Signs `request` with an `Authorization` header.
  ///
  /// Sets `X-Amz-Date` (and `X-Amz-Security-Token` for temporary credentials), signs every header
  /// of the request, which must include `Host`, and appends the `Authorization` header.
  public func signHeaders(of request: SigV4Request, at date: Date) -> SigV4SignedRequest {
    let timestamp = SigV4Timestamp(date)
    var request = request
    request.setHeader("X-Amz-Date", timestamp.dateTime)
    if let sessionToken = credentials.sessionToken {
      request.setHeader("X-Amz-Security-Token", sessionToken)
    }
    let canonical = SigV4CanonicalRequest(request, service: service, payloadHash: Self.sha256Hex(request.body))
    let (stringToSign, signature) = sign(canonical, at: timestamp)
    let authorization =
      "\(Self.algorithm) Credential=\(credentials.accessKeyId)/\(scope(timestamp)), "
      + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
    request.headers.append(SigV4Request.Field("Authorization", authorization))
    return SigV4SignedRequest(
      request: request,
      canonicalRequest: canonical.text,
      stringToSign: stringToSign,
      signature: signature
    )
  }

  /// Presigns `request` in its query string, for a URL that is valid for `seconds`.
  ///
  /// Adds `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`,
  /// `X-Amz-Security-Token` (temporary credentials only) and `X-Amz-SignedHeaders`, signs every
  /// header of the request (usually just `Host`), and returns the request with its query items in
  /// canonical order followed by `X-Amz-Signature`.
  public func presign(_ request: SigV4Request, at date: Date, expiresIn seconds: Int) -> SigV4SignedRequest {
    let timestamp = SigV4Timestamp(date)
    var request = request
    let signedHeaders = SigV4CanonicalRequest.canonicalHeaders(request.headers).map(\.name).joined(separator: ";")
    request.queryItems += [
      .init("X-Amz-Algorithm", Self.algorithm),
      .init("X-Amz-Credential", "\(credentials.accessKeyId)/\(scope(timestamp))"),
      .init("X-Amz-Date", timestamp.dateTime),
      .init("X-Amz-Expires", String(seconds)),
      .init("X-Amz-SignedHeaders", signedHeaders),
    ]
    if let sessionToken = credentials.sessionToken {
      request.queryItems.append(.init("X-Amz-Security-Token", sessionToken))
    }
    request.queryItems = SigV4CanonicalRequest.canonicalOrder(request.queryItems)
    let canonical = SigV4CanonicalRequest(request, service: service, payloadHash: Self.sha256Hex(request.body))
    let (stringToSign, signature) = sign(canonical, at: timestamp)
    request.queryItems.append(.init("X-Amz-Signature", signature))
    return SigV4SignedRequest(
      request: request,
      canonicalRequest: canonical.text,
      stringToSign: stringToSign,
      signature: signature
    )
  }

  /// `<date>/<region>/<service>/aws4_request`.
  private func scope(_ timestamp: SigV4Timestamp) -> String {
    "\(timestamp.date)/\(region)/\(service)/aws4_request"
  }

  /// Tasks 2–4: the string to sign, the derived signing key, and the signature.
  private func sign(_ canonical: SigV4CanonicalRequest, at timestamp: SigV4Timestamp) -> (
    stringToSign: String, signature: String
  ) {
    let stringToSign = [
      Self.algorithm,
      timestamp.dateTime,
      scope(timestamp),
      Self.sha256Hex(Data(canonical.text.utf8)),
    ].joined(separator: "\n")
    var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
    for part in [timestamp.date, region, service, "aws4_request"] {
      key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key))
    }
    let signature = HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key)
    return (stringToSign, Hex.encode(signature))
  }

  private static func sha256Hex(_ data: Data) -> String {
    Hex.encode(SHA256.hash(data: data))
  }
}

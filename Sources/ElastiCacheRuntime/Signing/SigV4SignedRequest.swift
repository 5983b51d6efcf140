/// The outcome of signing: the request to send, and the intermediate values of the algorithm.
public struct SigV4SignedRequest: Sendable, Equatable {
  /// The request to send: with `X-Amz-Date`, `X-Amz-Security-Token` and `Authorization` headers
  /// after header signing, or with the `X-Amz-*` query items after presigning.
  public var request: SigV4Request
  /// The canonical request that was hashed.
  public var canonicalRequest: String
  /// The string to sign.
  public var stringToSign: String
  /// The signature, as lower-case hex.
  public var signature: String

  /// Creates a signed request.
  public init(request: SigV4Request, canonicalRequest: String, stringToSign: String, signature: String) {
    self.request = request
    self.canonicalRequest = canonicalRequest
    self.stringToSign = stringToSign
    self.signature = signature
  }
}

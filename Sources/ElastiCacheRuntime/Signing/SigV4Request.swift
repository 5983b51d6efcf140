public import Foundation

/// An HTTP request to sign with ``SigV4Signer``.
///
/// `path` is the path exactly as it appears on the request line; query items hold decoded names
/// and values, which are percent-encoded (RFC 3986) both for signing and in ``target``.
public struct SigV4Request: Sendable, Equatable {
  /// One header or query item.
  public struct Field: Sendable, Hashable {
    /// The header or query item name.
    public var name: String
    /// The header or query item value.
    public var value: String

    /// Creates a field.
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The HTTP method, e.g. `GET`.
  public var method: String
  /// The path as on the request line, e.g. `/`.
  public var path: String
  /// The query items, decoded, in the order they are sent.
  public var queryItems: [Field]
  /// The headers, including `Host`, in the order they are sent. Every header is signed.
  public var headers: [Field]
  /// The request body.
  public var body: Data

  /// Creates a request.
  public init(method: String, path: String = "/", queryItems: [Field] = [], headers: [Field] = [], body: Data = Data())
  {
    self.method = method
    self.path = path
    self.queryItems = queryItems
    self.headers = headers
    self.body = body
  }

  /// The request target for the request line: ``path``, then `?` and the percent-encoded query
  /// items (in their order) if there are any.
  public var target: String {
    guard !queryItems.isEmpty else { return path }
    return path + "?" + URIEncoding.query(queryItems)
  }

  /// The value of the first header named `name` (compared case-insensitively), if any.
  public func headerValue(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// Replaces every header named `name` (case-insensitively) with one header `name: value`.
  mutating func setHeader(_ name: String, _ value: String) {
    headers.removeAll { $0.name.lowercased() == name.lowercased() }
    headers.append(Field(name, value))
  }
}

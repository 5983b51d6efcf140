/// The canonical form of a request (task 1 of Signature Version 4).
struct SigV4CanonicalRequest {
  /// The canonical request text.
  let text: String
  /// The signed header names: lower-case, sorted, joined by `;`.
  let signedHeaders: String

  /// - Parameters:
  ///   - request: The request to canonicalize.
  ///   - service: The signing service; `s3` uses the path as given, every other service has its
  ///     path normalized and each segment percent-encoded again.
  ///   - payloadHash: The hex SHA-256 of the body.
  init(_ request: SigV4Request, service: String, payloadHash: String) {
    let headers = Self.canonicalHeaders(request.headers)
    signedHeaders = headers.map(\.name).joined(separator: ";")
    text = [
      request.method.uppercased(),
      Self.canonicalURI(request.path, service: service),
      Self.canonicalQuery(request.queryItems),
      headers.map { "\($0.name):\($0.value)\n" }.joined(),
      signedHeaders,
      payloadHash,
    ].joined(separator: "\n")
  }

  /// The path with empty and `.` segments removed and `..` segments resolved, each segment
  /// percent-encoded; a trailing slash is kept. For S3 the path is used as given.
  static func canonicalURI(_ path: String, service: String) -> String {
    guard service != "s3" else { return path.isEmpty ? "/" : path }
    var segments: [Substring] = []
    for segment in path.split(separator: "/") {
      switch segment {
      case ".": continue
      case "..": _ = segments.popLast()
      default: segments.append(segment)
      }
    }
    let trailingSlash = path.hasSuffix("/") && !segments.isEmpty ? "/" : ""
    return "/" + segments.map { URIEncoding.encode($0) }.joined(separator: "/") + trailingSlash
  }

  /// The percent-encoded query string, its items in canonical order.
  static func canonicalQuery(_ items: [SigV4Request.Field]) -> String {
    URIEncoding.query(canonicalOrder(items))
  }

  /// The query items sorted by percent-encoded name, then percent-encoded value (byte order).
  static func canonicalOrder(_ items: [SigV4Request.Field]) -> [SigV4Request.Field] {
    items
      .map { (item: $0, name: URIEncoding.encode($0.name), value: URIEncoding.encode($0.value)) }
      .sorted { left, right in
        left.name == right.name
          ? left.value.utf8.lexicographicallyPrecedes(right.value.utf8)
          : left.name.utf8.lexicographicallyPrecedes(right.name.utf8)
      }
      .map(\.item)
  }

  /// Lower-case names sorted in byte order; values trimmed, inner whitespace runs collapsed to one
  /// space, and the values of repeated names joined by `,` in the order they appear.
  static func canonicalHeaders(_ headers: [SigV4Request.Field]) -> [(name: String, value: String)] {
    var valuesByName: [String: [String]] = [:]
    for header in headers {
      valuesByName[header.name.lowercased(), default: []].append(normalizedValue(header.value))
    }
    return
      valuesByName
      .map { (name: $0.key, value: $0.value.joined(separator: ",")) }
      .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  private static func normalizedValue(_ value: String) -> String {
    value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

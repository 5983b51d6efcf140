import NIOCore
import NIOPosix

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Short, readable reasons for NIO and TLS errors, for messages meant for people.
enum NetworkErrorDescription {
  /// Why connecting failed, e.g. `Connection refused (errno 111)`.
  static func connect(_ error: any Error) -> String {
    guard let error = error as? NIOConnectionError else { return reason(error) }
    if error.connectionErrors.isEmpty, let dnsError = error.dnsAError ?? error.dnsAAAAError {
      return "could not resolve the host name (\(dnsError))"
    }
    switch error.connectionErrors.count {
    case 0:
      return "no address found for the host name"
    case 1:
      return reason(error.connectionErrors[0].error)
    default:
      return error.connectionErrors
        .map { "\($0.target.ipAddress ?? error.host): \(reason($0.error))" }
        .joined(separator: "; ")
    }
  }

  /// Why the TLS handshake failed, e.g. `CERTIFICATE_VERIFY_FAILED`.
  static func tls(_ error: any Error) -> String {
    let text = String(describing: error)
    let reasons = text.matches(of: /OPENSSL_internal:([A-Z0-9_]+)/).map { String($0.1) }
    return reasons.isEmpty ? text : reasons.joined(separator: ", ")
  }

  private static func reason(_ error: any Error) -> String {
    guard let error = error as? IOError else { return String(describing: error) }
    return "\(String(cString: strerror(error.errnoCode))) (errno \(error.errnoCode))"
  }
}

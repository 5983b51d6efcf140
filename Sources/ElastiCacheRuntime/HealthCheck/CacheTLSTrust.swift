public import NIOSSL

/// Which server certificates a ``CacheHealthCheck`` trusts over TLS.
public struct CacheTLSTrust: Sendable {
  private enum Roots: Sendable {
    case system
    case certificates([NIOSSLCertificate])
    case caFile(String)
    case none
  }

  /// A CA file that could not be loaded.
  private struct UnreadableCAFile: Error, CustomStringConvertible {
    var path: String
    var underlying: any Error

    var description: String { "cannot load CA certificates from \(path): \(underlying)" }
  }

  private let roots: Roots

  /// The system trust store, with host name verification. Right for ElastiCache, whose
  /// certificates are issued by a public CA.
  public static let systemDefault = CacheTLSTrust(roots: .system)

  /// Certificates issued by these CA certificates, with host name verification (the system trust
  /// store is not consulted).
  public static func certificates(_ certificates: [NIOSSLCertificate]) -> CacheTLSTrust {
    CacheTLSTrust(roots: .certificates(certificates))
  }

  /// Certificates issued by the CA certificates in a PEM file, with host name verification.
  public static func caCertificateFile(_ path: String) -> CacheTLSTrust {
    CacheTLSTrust(roots: .caFile(path))
  }

  /// Any certificate, without verification: encrypted but unauthenticated. For local testing only.
  public static let noVerification = CacheTLSTrust(roots: .none)

  /// A client TLS context that trusts accordingly.
  func makeClientContext() throws -> NIOSSLContext {
    var configuration = TLSConfiguration.makeClientConfiguration()
    switch roots {
    case .system:
      break
    case .certificates(let certificates):
      configuration.trustRoots = .certificates(certificates)
    case .caFile(let path):
      do {
        configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
      } catch {
        throw UnreadableCAFile(path: path, underlying: error)
      }
    case .none:
      configuration.certificateVerification = .none
    }
    return try NIOSSLContext(configuration: configuration)
  }
}

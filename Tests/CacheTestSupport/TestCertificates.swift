import Foundation

/// A throwaway CA and a server certificate for `localhost` / `127.0.0.1` signed by it, made with
/// `openssl` at test time (nothing is committed).
package struct TestCertificates {
  package let caCertificatePath: String
  package let serverCertificatePath: String
  package let serverKeyPath: String

  /// Generates the CA and the server certificate into `directory`.
  package init(in directory: TemporaryDirectory) throws {
    let openssl = try ExternalProgram("openssl")
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    try openssl.run(
      ["req", "-x509"] + ec + [
        "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=ElastiCacheRuntime Test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
      ],
      in: directory.url
    )
    try openssl.run(
      ["req"] + ec + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
      in: directory.url
    )
    try """
    subjectAltName=DNS:localhost,IP:127.0.0.1
    basicConstraints=CA:FALSE
    keyUsage=critical,digitalSignature
    extendedKeyUsage=serverAuth

    """.write(toFile: directory.path("server.ext"), atomically: true, encoding: .utf8)
    try openssl.run(
      [
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.crt", "-days", "1", "-extfile", "server.ext",
      ],
      in: directory.url
    )
    caCertificatePath = directory.path("ca.crt")
    serverCertificatePath = directory.path("server.crt")
    serverKeyPath = directory.path("server.key")
  }
}

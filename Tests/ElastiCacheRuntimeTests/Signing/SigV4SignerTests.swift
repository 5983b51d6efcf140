import ElastiCacheRuntime
import Foundation
import Testing

@Suite("SigV4 signer")
struct SigV4SignerTests {
  static let suiteDate = Date(timeIntervalSince1970: 1_440_938_160)  // 20150830T123600Z

  static func signer(sessionToken: String? = nil, service: String = "service") -> SigV4Signer {
    SigV4Signer(
      credentials: AWSCredentials(
        accessKeyId: "AKIDEXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: sessionToken
      ),
      region: "us-east-1",
      service: service
    )
  }

  @Test(
    "signs each published test-suite request to its canonical request, string to sign and signature",
    arguments: SigV4TestVector.all)
  func testSuiteVector(_ vector: SigV4TestVector) {
    let request = SigV4Request(
      method: vector.method,
      path: vector.path,
      queryItems: vector.queryItems.map { SigV4Request.Field($0.0, $0.1) },
      headers: [SigV4Request.Field("Host", "example.amazonaws.com")]
        + vector.headers.map { SigV4Request.Field($0.0, $0.1) },
      body: Data(vector.body.utf8)
    )

    let signed = Self.signer(sessionToken: vector.sessionToken).signHeaders(of: request, at: Self.suiteDate)

    #expect(signed.canonicalRequest == vector.canonicalRequest)
    #expect(signed.stringToSign == vector.stringToSign)
    #expect(signed.signature == vector.signature)
    let signedHeaders = vector.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last
    #expect(
      signed.request.headerValue("Authorization")
        == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        + "SignedHeaders=\(signedHeaders ?? ""), Signature=\(vector.signature)"
    )
    #expect(signed.request.headerValue("X-Amz-Date") == "20150830T123600Z")
    #expect(signed.request.headerValue("X-Amz-Security-Token") == vector.sessionToken)
  }

  @Test("the suite has at least eight vectors")
  func vectorCount() {
    #expect(SigV4TestVector.all.count >= 8)
  }

  @Test("replaces an existing X-Amz-Date header instead of adding a second one")
  func replacesDateHeader() {
    let request = SigV4Request(
      method: "GET",
      headers: [.init("Host", "example.amazonaws.com"), .init("x-amz-date", "19990101T000000Z")]
    )
    let signed = Self.signer().signHeaders(of: request, at: Self.suiteDate)
    #expect(signed.request.headers.filter { $0.name.lowercased() == "x-amz-date" }.count == 1)
    #expect(signed.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
  }

  @Test("double-encodes an already encoded path for other services but not for S3")
  func pathEncodingPerService() {
    let request = SigV4Request(method: "GET", path: "/a%2Fb/c d", headers: [.init("Host", "example.amazonaws.com")])
    let generic = Self.signer().signHeaders(of: request, at: Self.suiteDate)
    let s3 = Self.signer(service: "s3").signHeaders(of: request, at: Self.suiteDate)
    #expect(generic.canonicalRequest.split(separator: "\n")[1] == "/a%252Fb/c%20d")
    #expect(s3.canonicalRequest.split(separator: "\n")[1] == "/a%2Fb/c d")
  }

  @Test("presigns into the query string with the X-Amz parameters in canonical order and the signature last")
  func presign() throws {
    let request = SigV4Request(
      method: "GET",
      queryItems: [.init("Param2", "value 2"), .init("Param1", "value1")],
      headers: [.init("Host", "example.amazonaws.com")]
    )
    let presigned = Self.signer(sessionToken: "token/with+reserved=").presign(
      request, at: Self.suiteDate, expiresIn: 60)

    #expect(presigned.request.headers == request.headers)
    #expect(
      presigned.request.queryItems.map(\.name) == [
        "Param1", "Param2", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
        "X-Amz-Security-Token", "X-Amz-SignedHeaders", "X-Amz-Signature",
      ])
    #expect(
      presigned.canonicalRequest == """
        GET
        /
        Param1=value1&Param2=value%202&X-Amz-Algorithm=AWS4-HMAC-SHA256&\
        X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&\
        X-Amz-Date=20150830T123600Z&X-Amz-Expires=60&\
        X-Amz-Security-Token=token%2Fwith%2Breserved%3D&X-Amz-SignedHeaders=host
        host:example.amazonaws.com

        host
        e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        """
    )
    let target = presigned.request.target
    #expect(target.hasPrefix("/?Param1=value1&Param2=value%202&X-Amz-Algorithm=AWS4-HMAC-SHA256&"))
    #expect(target.hasSuffix("&X-Amz-Signature=\(presigned.signature)"))
    #expect(presigned.signature.count == 64)
  }
}

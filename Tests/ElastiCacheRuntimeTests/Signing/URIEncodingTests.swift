import Testing

@testable import ElastiCacheRuntime

@Suite("URI encoding")
struct URIEncodingTests {
  @Test("keeps exactly the RFC 3986 unreserved characters")
  func unreserved() {
    let unreserved = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    #expect(URIEncoding.encode(unreserved) == unreserved)
    #expect(URIEncoding.encode("!*'();:@&=+$,/?#[]%") == "%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D%25")
  }

  @Test("encodes a space as %20, never +, and UTF-8 byte by byte in upper-case hex")
  func spaceAndUTF8() {
    #expect(URIEncoding.encode("a b") == "a%20b")
    #expect(URIEncoding.encode("\u{1234}é") == "%E1%88%B4%C3%A9")
  }
}

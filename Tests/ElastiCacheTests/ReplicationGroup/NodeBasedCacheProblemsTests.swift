import ElastiCacheCDK
import Testing

/// The catalog of the node-based caches' problem codes.
@Suite("Node-based cache problem catalog")
struct NodeBasedCacheProblemsTests {
  @Test("Every code is listed once, named in upper camel case, summarized, and of the ElastiCache module")
  func catalog() {
    let codes = NodeBasedCacheProblems.codes
    #expect(Set(codes.map(\.name)).count == codes.count)
    for code in codes {
      #expect(code.module == "ElastiCache", "\(code)")
      #expect(code.name.first?.isUppercase == true && code.name.allSatisfy { $0.isLetter }, "\(code)")
      #expect(code.summary.hasSuffix("."), "\(code)")
    }
  }
}

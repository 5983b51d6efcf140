import ElastiCacheCDK
import Testing

/// Node types: an open value type with named current generations.
@Suite("Cache node types")
struct CacheNodeTypeTests {
  @Test("Named members are the current generation, each well formed and unique")
  func currentGeneration() {
    let names = CacheNodeType.currentGeneration.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(CacheNodeType.currentGeneration.allSatisfy { $0.isWellFormed })
    #expect(CacheNodeType.t4gMicro.name == "cache.t4g.micro")
    #expect(CacheNodeType.r7gLarge.name == "cache.r7g.large")
    #expect(CacheNodeType.m5_24XLarge.name == "cache.m5.24xlarge")
    #expect(CacheNodeType.c7gn_16XLarge.name == "cache.c7gn.16xlarge")
  }

  @Test("Any name works, and the parts are read from it")
  func escapeHatch() {
    let type = CacheNodeType("cache.r8g.xlarge")
    #expect(type.family == "r8g" && type.size == "xlarge" && type.isWellFormed)
    #expect(!CacheNodeType("r7g.large").isWellFormed && CacheNodeType("r7g.large").family == nil)
    #expect(!CacheNodeType("cache.R7G.large").isWellFormed)
    let literal: CacheNodeType = "cache.m7g.large"
    #expect(literal == .m7gLarge)
  }

  @Test("Only r6gd nodes tier data to SSDs")
  func dataTiering() {
    #expect(CacheNodeType.r6gdXLarge.supportsDataTiering)
    #expect(CacheNodeType.currentGeneration.filter { $0.supportsDataTiering }.allSatisfy { $0.family == "r6gd" })
    #expect(!CacheNodeType.r6gLarge.supportsDataTiering)
  }
}

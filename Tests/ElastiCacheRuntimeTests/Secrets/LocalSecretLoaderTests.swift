import CacheTestSupport
import ElastiCacheRuntime
import Foundation
import Testing

@Suite("Local secret loaders")
struct LocalSecretLoaderTests {
  static let payload = #"{"host":"localhost","port":6379,"username":"u","password":"p","tls":false}"#

  @Test("reads the secret from a file")
  func file() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("secret.json")
    try Self.payload.write(toFile: path, atomically: true, encoding: .utf8)

    let configuration = try await CacheConnectionConfiguration.load(from: FileSecretLoader(path: path))
    #expect(configuration.host == "localhost")
    #expect(!configuration.isTLSEnabled)
  }

  @Test("reports an unreadable file with its path")
  func missingFile() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("absent.json")
    let error = try await #require(throws: CacheSecretLoaderError.self) {
      try await FileSecretLoader(path: path).loadSecret()
    }
    print("MSG", error.message); #expect(error.code == .unreadable)
    #expect(error.message.contains(path))
  }

  @Test("reads the secret from an environment variable")
  func environment() async throws {
    let loader = EnvironmentSecretLoader(variable: "CACHE_SECRET", environment: ["CACHE_SECRET": Self.payload])
    #expect(try await loader.loadSecret() == Self.payload)
  }

  @Test("names the unset environment variable")
  func missingVariable() async throws {
    let error = try await #require(throws: CacheSecretLoaderError.self) {
      try await EnvironmentSecretLoader(environment: [:]).loadSecret()
    }
    print("MSG", error.message); #expect(error.code == .missingSetting)
    #expect(error.message.contains("REDIS_SECRET"))
  }

  @Test("surfaces an invalid payload as a configuration error")
  func invalidPayload() async throws {
    let loader = EnvironmentSecretLoader(variable: "S", environment: ["S": #"{"host":"h"}"#])
    let error = try await #require(throws: CacheConfigurationError.self) {
      try await CacheConnectionConfiguration.load(from: loader)
    }
    #expect(error.field == "port")
  }
}

import ElastiCacheRuntime
import Testing

@Suite("Configuration from environment variables")
struct EnvironmentConfigurationTests {
  static let environment = [
    "REDIS_HOST": "cache.example.com",
    "REDIS_PORT": "6380",
    "REDIS_USERNAME": "svc-orders",
    "REDIS_PASSWORD": "env-Secret-1",
    "REDIS_KEYSPACE": "orders",
  ]

  static func error(_ environment: [String: String], prefix: String = "REDIS_") -> CacheConfigurationError? {
    do {
      _ = try CacheConnectionConfiguration(environment: environment, prefix: prefix)
      return nil
    } catch {
      return error
    }
  }

  @Test("reads every REDIS_ variable")
  func complete() throws {
    let configuration = try CacheConnectionConfiguration(environment: Self.environment)
    #expect(
      configuration
        == CacheConnectionConfiguration(
          host: "cache.example.com",
          port: 6380,
          username: "svc-orders",
          password: "env-Secret-1",
          keyspace: "orders",
          isTLSEnabled: true
        )
    )
  }

  @Test("names the missing variable", arguments: ["HOST", "PORT", "USERNAME", "PASSWORD"])
  func missingVariable(_ suffix: String) throws {
    var environment = Self.environment
    environment["REDIS_\(suffix)"] = nil
    let error = try #require(Self.error(environment))
    #expect(error.code == .missingField)
    #expect(error.field == "REDIS_\(suffix)")
    #expect(error.message.contains("environment variable REDIS_\(suffix) is not set. Set REDIS_\(suffix) to"))
  }

  @Test("names the empty variable", arguments: ["HOST", "PORT", "USERNAME", "PASSWORD"])
  func emptyVariable(_ suffix: String) throws {
    var environment = Self.environment
    environment["REDIS_\(suffix)"] = ""
    let error = try #require(Self.error(environment))
    #expect(error.code == .emptyField)
    #expect(error.field == "REDIS_\(suffix)")
    #expect(error.message.contains("REDIS_\(suffix) is empty"))
  }

  @Test("rejects an invalid REDIS_PORT")
  func invalidPort() throws {
    var environment = Self.environment
    environment["REDIS_PORT"] = "70000"
    let error = try #require(Self.error(environment))
    #expect(error.code == .invalidPort)
    #expect(error.field == "REDIS_PORT")
    #expect(error.message.contains("Environment variable REDIS_PORT must be an integer between 1 and 65535"))
  }

  @Test("disables TLS for false, 0 and no", arguments: ["false", "0", "no", "FALSE", "off"])
  func tlsDisabled(_ value: String) throws {
    var environment = Self.environment
    environment["REDIS_TLS"] = value
    #expect(try !CacheConnectionConfiguration(environment: environment).isTLSEnabled)
  }

  @Test("keeps TLS on when REDIS_TLS is unset, empty or true", arguments: [nil, "", "true", "1", "yes"] as [String?])
  func tlsEnabled(_ value: String?) throws {
    var environment = Self.environment
    environment["REDIS_TLS"] = value
    #expect(try CacheConnectionConfiguration(environment: environment).isTLSEnabled)
  }

  @Test("rejects an unrecognised REDIS_TLS value")
  func invalidTLS() throws {
    var environment = Self.environment
    environment["REDIS_TLS"] = "perhaps"
    let error = try #require(Self.error(environment))
    #expect(error.code == .invalidField)
    #expect(error.field == "REDIS_TLS")
  }

  @Test("uses a custom prefix and an absent keyspace")
  func customPrefix() throws {
    let environment = ["CACHE_HOST": "h", "CACHE_PORT": "1", "CACHE_USERNAME": "u", "CACHE_PASSWORD": "p"]
    let configuration = try CacheConnectionConfiguration(environment: environment, prefix: "CACHE_")
    #expect(configuration.keyPrefix == "")
    let error = try #require(Self.error(environment))
    #expect(error.field == "REDIS_HOST")
  }

  @Test("never shows the password in errors or descriptions")
  func redaction() throws {
    var environment = Self.environment
    environment["REDIS_PORT"] = "x"
    let error = try #require(Self.error(environment))
    #expect(!error.message.contains("env-Secret-1"))
    let configuration = try CacheConnectionConfiguration(environment: Self.environment)
    #expect(!String(reflecting: configuration).contains("env-Secret-1"))
  }
}

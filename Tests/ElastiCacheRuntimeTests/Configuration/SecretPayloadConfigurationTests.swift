import ElastiCacheRuntime
import Foundation
import Testing

@Suite("Configuration from a secret payload")
struct SecretPayloadConfigurationTests {
  static let password = "s3cr3t-P@ss"

  /// A valid payload with `overrides` applied; a `nil` value removes the key.
  static func payload(_ overrides: [String: Any?] = [:]) -> String {
    var object: [String: Any] = [
      "host": "cache.example.com",
      "port": 6379,
      "username": "svc-orders",
      "password": password,
      "keyspace": "orders",
    ]
    for (key, value) in overrides {
      object[key] = value
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  static func error(_ payload: String) -> CacheConfigurationError? {
    do {
      _ = try CacheConnectionConfiguration(secretPayload: payload)
      return nil
    } catch {
      return error
    }
  }

  @Test("parses a complete payload")
  func completePayload() throws {
    let configuration = try CacheConnectionConfiguration(secretPayload: Self.payload(["tls": true]))
    #expect(
      configuration
        == CacheConnectionConfiguration(
          host: "cache.example.com",
          port: 6379,
          username: "svc-orders",
          password: Self.password,
          keyspace: "orders",
          isTLSEnabled: true
        )
    )
  }

  @Test("parses the payload from Data and ignores unknown keys")
  func fromData() throws {
    let data = Data(Self.payload(["engine": "valkey"]).utf8)
    let configuration = try CacheConnectionConfiguration(secretPayload: data)
    #expect(configuration.host == "cache.example.com")
  }

  @Test("names each missing required field", arguments: ["host", "port", "username", "password"])
  func missingField(_ field: String) throws {
    let error = try #require(Self.error(Self.payload([field: nil])))
    #expect(error.code == .missingField)
    #expect(error.field == field)
    #expect(error.message.hasPrefix("Redis secret is missing \"\(field)\"."))
    #expect(error.message.contains("Add \"\(field)\""))
  }

  @Test("names each null required field as missing", arguments: ["host", "port", "username", "password"])
  func nullField(_ field: String) throws {
    let error = try #require(Self.error(Self.payload([field: NSNull()])))
    #expect(error.code == .missingField)
    #expect(error.field == field)
  }

  @Test("names each empty required field", arguments: ["host", "port", "username", "password"])
  func emptyField(_ field: String) throws {
    let error = try #require(Self.error(Self.payload([field: ""])))
    #expect(error.code == .emptyField)
    #expect(error.field == field)
    #expect(error.message.hasPrefix("Redis secret is missing \"\(field)\" (the value is empty)."))
    #expect(error.message.contains("Set \"\(field)\" to"))
  }

  @Test("reports the first problem in the order host, port, username, password")
  func firstProblemWins() throws {
    let error = try #require(Self.error(#"{"username": "", "password": ""}"#))
    #expect(error.field == "host")
  }

  @Test("accepts the port as a number or a numeric string", arguments: [6379, 1, 65535])
  func portNumberOrString(_ port: Int) throws {
    let asNumber = try CacheConnectionConfiguration(secretPayload: Self.payload(["port": port]))
    let asString = try CacheConnectionConfiguration(secretPayload: Self.payload(["port": String(port)]))
    #expect(asNumber.port == port)
    #expect(asString.port == port)
  }

  @Test(
    "rejects a port that is not an integer from 1 to 65535",
    arguments: [
      (0, "0"), (65536, "65536"), (-1, "-1"), ("63 79", "\"63 79\""), ("abc", "\"abc\""), (6379.5, "6379.5"),
      (true, "a boolean"),
    ] as [(any Sendable, String)]
  )
  func invalidPort(_ port: any Sendable, _ shown: String) throws {
    let error = try #require(Self.error(Self.payload(["port": port])))
    #expect(error.code == .invalidPort)
    #expect(error.field == "port")
    #expect(error.message.contains("must be an integer between 1 and 65535, but is \(shown)."))
  }

  @Test("rejects a required field of the wrong type without showing its value")
  func wrongType() throws {
    let error = try #require(Self.error(Self.payload(["password": 12345])))
    #expect(error.code == .invalidField)
    #expect(error.field == "password")
    #expect(error.message.contains("must be a string, not a number"))
    #expect(!error.message.contains("12345"))
  }

  @Test("rejects a payload that is not JSON or not an object", arguments: ["not json", "[1, 2]", "\"text\"", ""])
  func malformedPayload(_ payload: String) throws {
    let error = try #require(Self.error(payload))
    #expect(error.code == .malformedPayload)
    #expect(error.field == nil)
    #expect(error.message.contains("Store the secret as a JSON object"))
  }

  @Test(
    "keeps TLS on unless the payload says false",
    arguments: [
      (nil, true), (true, true), (false, false),
    ] as [(Bool?, Bool)])
  func tlsFlag(_ tls: Bool?, _ expected: Bool) throws {
    let configuration = try CacheConnectionConfiguration(secretPayload: Self.payload(["tls": tls]))
    #expect(configuration.isTLSEnabled == expected)
  }

  @Test("accepts tls given as a string")
  func tlsAsString() throws {
    let off = try CacheConnectionConfiguration(secretPayload: Self.payload(["tls": "false"]))
    let on = try CacheConnectionConfiguration(secretPayload: Self.payload(["tls": "TRUE"]))
    #expect(!off.isTLSEnabled)
    #expect(on.isTLSEnabled)
  }

  @Test("rejects a tls value that is neither true nor false")
  func invalidTLS() throws {
    let error = try #require(Self.error(Self.payload(["tls": "maybe"])))
    #expect(error.code == .invalidField)
    #expect(error.field == "tls")
  }

  @Test("builds keys with the keyspace prefix")
  func keyPrefix() throws {
    let configuration = try CacheConnectionConfiguration(secretPayload: Self.payload())
    #expect(configuration.keyspace == "orders")
    #expect(configuration.keyPrefix == "orders:")
    #expect(configuration.key("cart:42") == "orders:cart:42")
  }

  @Test("uses no prefix without a keyspace, or with an empty one", arguments: [nil, ""] as [String?])
  func noKeyspace(_ keyspace: String?) throws {
    let configuration = try CacheConnectionConfiguration(secretPayload: Self.payload(["keyspace": keyspace]))
    #expect(configuration.keyspace == nil)
    #expect(configuration.keyPrefix == "")
    #expect(configuration.key("cart:42") == "cart:42")
  }

  @Test("never shows the password in descriptions or mirrors")
  func passwordRedaction() throws {
    let configuration = try CacheConnectionConfiguration(secretPayload: Self.payload())
    var dumped = ""
    dump(configuration, to: &dumped)
    for text in [configuration.description, configuration.debugDescription, "\(configuration)", dumped] {
      #expect(!text.contains(Self.password))
      #expect(text.contains("<redacted>"))
    }
    #expect(configuration.description.contains("cache.example.com"))
  }
}

import CacheTestSupport
import ElastiCacheRuntime
import Testing

@Suite("Lambda extension secret loader")
struct LambdaExtensionSecretLoaderTests {
  static let secretARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/redis-AbCdEf"

  static func loader(port: Int) -> LambdaExtensionSecretLoader {
    LambdaExtensionSecretLoader(
      secretId: secretARN,
      sessionToken: "session-token",
      endpoint: ServiceEndpoint(host: "127.0.0.1", port: port, usesTLS: false)
    )
  }

  @Test("asks the extension with the session token and returns the SecretString")
  func getSecret() async throws {
    let response = FakeHTTPServer.Response(
      status: 200,
      headers: [("Content-Type", "application/json")],
      body: #"{"ARN":"arn","Name":"orders/redis","SecretString":"{\"host\":\"h\"}","VersionId":"v1"}"#
    )
    try await FakeHTTPServer.with(answering: response) { server in
      let secret = try await Self.loader(port: server.port).loadSecret()
      #expect(secret == #"{"host":"h"}"#)

      let request = try #require(server.receivedRequests.first)
      #expect(request.method == "GET")
      #expect(
        request.uri
          == "/secretsmanager/get?secretId=arn%3Aaws%3Asecretsmanager%3Aeu-west-1%3A123456789012%3Asecret%3Aorders%2Fredis-AbCdEf"
      )
      #expect(request.header("X-Aws-Parameters-Secrets-Token") == "session-token")
    }
  }

  @Test("reports the extension's error answer")
  func errorAnswer() async throws {
    let response = FakeHTTPServer.Response(status: 400, headers: [], body: "not ready to serve traffic, please wait")
    try await FakeHTTPServer.with(answering: response) { server in
      let error = try await #require(throws: CacheSecretLoaderError.self) {
        try await Self.loader(port: server.port).loadSecret()
      }
      #expect(error.code == .unexpectedResponse)
      #expect(error.statusCode == 400)
      #expect(error.message.contains("not ready to serve traffic"))
    }
  }

  @Test("says to add the extension layer when nothing listens")
  func nothingListening() async throws {
    let port = try await LocalPort.unused()
    let error = try await #require(throws: CacheSecretLoaderError.self) {
      try await Self.loader(port: port).loadSecret()
    }
    #expect(error.code == .connectionFailed)
    #expect(error.message.contains("Lambda Extension layer"))
  }

  @Test("reads the secret id, session token and port from the environment")
  func fromEnvironment() throws {
    let environment = ["REDIS_SECRET_ARN": Self.secretARN, "AWS_SESSION_TOKEN": "token"]
    let standard = try LambdaExtensionSecretLoader(environment: environment)
    #expect(standard.secretId == Self.secretARN)
    #expect(standard.sessionToken == "token")
    #expect(standard.endpoint == ServiceEndpoint(host: "localhost", port: 2773, usesTLS: false))

    let custom = try LambdaExtensionSecretLoader(
      environment: environment.merging(["PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "2999"]) { $1 }
    )
    #expect(custom.endpoint.port == 2999)
  }

  @Test("names a missing session token and rejects an invalid port")
  func invalidEnvironment() throws {
    let noToken = try #require(throws: CacheSecretLoaderError.self) {
      try LambdaExtensionSecretLoader(environment: ["REDIS_SECRET_ARN": Self.secretARN])
    }
    #expect(noToken.code == .missingSetting)
    #expect(noToken.message.contains("AWS_SESSION_TOKEN"))

    let badPort = try #require(throws: CacheSecretLoaderError.self) {
      try LambdaExtensionSecretLoader(environment: [
        "REDIS_SECRET_ARN": Self.secretARN, "AWS_SESSION_TOKEN": "t", "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "http",
      ])
    }
    #expect(badPort.code == .invalidSetting)
    #expect(badPort.message.contains("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT"))
  }
}

import CacheTestSupport
import ElastiCacheRuntime
import Foundation
import Testing

@Suite("Secrets Manager secret loader")
struct SecretsManagerSecretLoaderTests {
  static let secretARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/redis-AbCdEf"
  static let payload =
    #"{"host":"cache.example.com","port":"6379","username":"svc-orders","password":"pw","keyspace":"orders"}"#
  static let credentials = AWSCredentials(
    accessKeyId: "AKIDEXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: "session-token/123="
  )

  static func success() throws -> FakeHTTPServer.Response {
    let body = try JSONSerialization.data(withJSONObject: [
      "ARN": secretARN, "Name": "orders/redis", "SecretString": payload, "VersionId": "v1",
    ])
    return FakeHTTPServer.Response(status: 200, body: String(decoding: body, as: UTF8.self))
  }

  static func loader(port: Int, timeout: Duration = .seconds(5)) -> SecretsManagerSecretLoader {
    SecretsManagerSecretLoader(
      secretId: secretARN,
      region: "eu-west-1",
      credentials: credentials,
      endpoint: ServiceEndpoint(host: "127.0.0.1", port: port, usesTLS: false),
      timeout: timeout
    )
  }

  static func loadError(_ loader: SecretsManagerSecretLoader) async -> CacheSecretLoaderError? {
    do {
      _ = try await loader.loadSecret()
      return nil
    } catch {
      return error
    }
  }

  @Test("sends a SigV4-signed GetSecretValue request and returns the SecretString")
  func getSecretValue() async throws {
    try await FakeHTTPServer.with(answering: Self.success()) { server in
      let secret = try await Self.loader(port: server.port).loadSecret()
      #expect(secret == Self.payload)

      let request = try #require(server.receivedRequests.first)
      #expect(request.method == "POST")
      #expect(request.uri == "/")
      #expect(request.header("X-Amz-Target") == "secretsmanager.GetSecretValue")
      #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
      #expect(request.header("Host") == "127.0.0.1:\(server.port)")
      #expect(request.header("X-Amz-Security-Token") == "session-token/123=")
      #expect(
        request.body == #"{"SecretId":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/redis-AbCdEf"}"#)

      let authorization = try #require(request.header("Authorization"))
      let match = try #require(
        authorization.wholeMatch(
          of:
            /AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/(\d{8})\/eu-west-1\/secretsmanager\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=([0-9a-f]{64})/
        )
      )
      let amzDate = try #require(request.header("X-Amz-Date"))
      #expect(amzDate.hasPrefix(String(match.1)))

      // The signature must verify over the request exactly as it arrived.
      let received = SigV4Request(
        method: request.method,
        path: request.uri,
        headers: ["Host", "Content-Type", "X-Amz-Target"].map { SigV4Request.Field($0, request.header($0) ?? "") },
        body: Data(request.body.utf8)
      )
      let recomputed = SigV4Signer(credentials: Self.credentials, region: "eu-west-1", service: "secretsmanager")
        .signHeaders(of: received, at: try Self.date(amzDate))
      #expect(recomputed.signature == String(match.2))
    }
  }

  @Test("loads and parses a configuration end to end")
  func loadConfiguration() async throws {
    try await FakeHTTPServer.with(answering: Self.success()) { server in
      let configuration = try await CacheConnectionConfiguration.load(from: Self.loader(port: server.port))
      #expect(configuration.port == 6379)
      #expect(configuration.key("a") == "orders:a")
    }
  }

  @Test("maps a service error's __type and message")
  func serviceError() async throws {
    let response = FakeHTTPServer.Response(
      status: 400,
      body:
        #"{"__type":"com.amazonaws.secretsmanager#ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}"#
    )
    try await FakeHTTPServer.with(answering: response) { server in
      let error = try #require(await Self.loadError(Self.loader(port: server.port)))
      #expect(error.code == .serviceError)
      #expect(error.statusCode == 400)
      #expect(error.serviceErrorType == "ResourceNotFoundException")
      #expect(error.message.contains("ResourceNotFoundException: Secrets Manager can't find the specified secret."))
      #expect(error.message.contains(Self.secretARN))
    }
  }

  @Test("reports an error answer that is not JSON with its status and text")
  func unexpectedErrorBody() async throws {
    let response = FakeHTTPServer.Response(status: 502, headers: [], body: "Bad Gateway")
    try await FakeHTTPServer.with(answering: response) { server in
      let error = try #require(await Self.loadError(Self.loader(port: server.port)))
      #expect(error.code == .unexpectedResponse)
      #expect(error.statusCode == 502)
      #expect(error.message.contains("HTTP 502"))
      #expect(error.message.contains("Bad Gateway"))
    }
  }

  @Test("rejects a binary secret without SecretString")
  func binarySecret() async throws {
    let response = FakeHTTPServer.Response(status: 200, body: #"{"ARN":"a","SecretBinary":"AAEC"}"#)
    try await FakeHTTPServer.with(answering: response) { server in
      let error = try #require(await Self.loadError(Self.loader(port: server.port)))
      #expect(error.code == .unexpectedResponse)
      #expect(error.message.contains("has no SecretString"))
    }
  }

  @Test("times out when the service never answers")
  func timeout() async throws {
    try await FakeHTTPServer.with(answering: nil) { server in
      let error = try #require(await Self.loadError(Self.loader(port: server.port, timeout: .milliseconds(300))))
      #expect(error.code == .timedOut)
    }
  }

  @Test("reports a refused connection")
  func connectionRefused() async throws {
    let error = try #require(await Self.loadError(Self.loader(port: try await LocalPort.unused())))
    #expect(error.code == .connectionFailed)
    #expect(error.message.contains("could not connect"))
  }

  @Test("reads the secret ARN, credentials and the ARN's region from the environment")
  func fromEnvironment() throws {
    let loader = try SecretsManagerSecretLoader(environment: [
      "REDIS_SECRET_ARN": Self.secretARN,
      "AWS_ACCESS_KEY_ID": "AKID",
      "AWS_SECRET_ACCESS_KEY": "secret",
      "AWS_SESSION_TOKEN": "token",
      "AWS_REGION": "us-east-1",
    ])
    #expect(loader.secretId == Self.secretARN)
    #expect(loader.region == "eu-west-1")
    #expect(loader.credentials == AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: "token"))
    #expect(
      loader.endpoint == ServiceEndpoint(host: "secretsmanager.eu-west-1.amazonaws.com", port: 443, usesTLS: true))
  }

  @Test("takes the region from AWS_REGION or AWS_DEFAULT_REGION for a secret name")
  func regionFromEnvironment() throws {
    var environment = ["MY_SECRET": "orders/redis", "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s"]
    environment["AWS_DEFAULT_REGION"] = "ap-southeast-2"
    #expect(
      try SecretsManagerSecretLoader(environment: environment, secretIdVariable: "MY_SECRET").region == "ap-southeast-2"
    )
    environment["AWS_REGION"] = "ca-central-1"
    #expect(
      try SecretsManagerSecretLoader(environment: environment, secretIdVariable: "MY_SECRET").region == "ca-central-1")
  }

  @Test("names what is missing from the environment")
  func missingEnvironment() throws {
    let credentials = ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s"]
    let noSecret = try #require(throws: CacheSecretLoaderError.self) {
      try SecretsManagerSecretLoader(environment: credentials)
    }
    #expect(noSecret.code == .missingSetting)
    #expect(noSecret.message.contains("REDIS_SECRET_ARN"))

    let noCredentials = try #require(throws: CacheSecretLoaderError.self) {
      try SecretsManagerSecretLoader(environment: ["REDIS_SECRET_ARN": Self.secretARN])
    }
    #expect(noCredentials.code == .missingSetting)
    #expect(noCredentials.message.contains("AWS_ACCESS_KEY_ID"))

    let noRegion = try #require(throws: CacheSecretLoaderError.self) {
      try SecretsManagerSecretLoader(environment: credentials.merging(["REDIS_SECRET_ARN": "name"]) { $1 })
    }
    #expect(noRegion.code == .missingSetting)
    #expect(noRegion.message.contains("AWS_REGION"))
  }

  /// Parses an `X-Amz-Date` value such as `20240501T083000Z`.
  static func date(_ amzDate: String) throws -> Date {
    let digits = amzDate.filter(\.isNumber)
    let values = try [0..<4, 4..<6, 6..<8, 8..<10, 10..<12, 12..<14].map { range in
      try #require(Int(digits.dropFirst(range.lowerBound).prefix(range.count)))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let components = DateComponents(
      year: values[0], month: values[1], day: values[2], hour: values[3], minute: values[4], second: values[5]
    )
    return try #require(calendar.date(from: components))
  }
}

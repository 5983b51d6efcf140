import ElastiCacheRuntime
import Foundation
import Testing

@Suite("Service endpoint")
struct ServiceEndpointTests {
  @Test("parses base URLs, defaulting the port to the scheme's")
  func fromURL() throws {
    let https = try #require(URL(string: "https://secretsmanager.eu-west-1.amazonaws.com"))
    let http = try #require(URL(string: "http://127.0.0.1:8080/ignored"))
    #expect(
      ServiceEndpoint(url: https)
        == ServiceEndpoint(host: "secretsmanager.eu-west-1.amazonaws.com", port: 443, usesTLS: true)
    )
    #expect(ServiceEndpoint(url: http) == ServiceEndpoint(host: "127.0.0.1", port: 8080, usesTLS: false))
    #expect(ServiceEndpoint(url: try #require(URL(string: "ftp://example.com"))) == nil)
  }

  @Test("writes the Host header with the port only when it is not the default")
  func hostHeader() {
    #expect(ServiceEndpoint(host: "example.com", port: 443, usesTLS: true).hostHeader == "example.com")
    #expect(ServiceEndpoint(host: "example.com", port: 443, usesTLS: false).hostHeader == "example.com:443")
    #expect(ServiceEndpoint(host: "::1", port: 2773, usesTLS: false).hostHeader == "[::1]:2773")
    #expect(ServiceEndpoint(host: "localhost", port: 2773, usesTLS: false).description == "http://localhost:2773")
  }

  @Test("uses the regional Secrets Manager endpoint, including China regions")
  func secretsManagerEndpoint() {
    #expect(
      SecretsManagerSecretLoader.defaultEndpoint(region: "us-east-1").host == "secretsmanager.us-east-1.amazonaws.com")
    #expect(
      SecretsManagerSecretLoader.defaultEndpoint(region: "cn-north-1").host
        == "secretsmanager.cn-north-1.amazonaws.com.cn")
  }
}
